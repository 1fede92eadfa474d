"""Users files for bulk jobs (jcapiv2.bulk_input): each way the old reader let people down."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from jcapiv2.bulk_input import USER_FIELDS, BulkInputError, parse_users, read_users
from jcapiv2.errors import ConfigurationError, JumpCloudError

ROOT = Path(__file__).resolve().parent.parent


def write(tmp_path: Path, text: str | bytes, name: str = "users.csv") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode() if isinstance(text, str) else text)
    return path


def test_a_quoted_cell_keeps_its_line_break(tmp_path: Path) -> None:
    path = write(tmp_path, 'email,username,description\r\nada@example.com,ada,"line one\r\nline two"\r\n')
    assert read_users(path) == [{"email": "ada@example.com", "username": "ada", "description": "line one\r\nline two"}]


@pytest.mark.parametrize("char", ["\u2028", "\x0b", "\x0c", "\x1c", "\x1d", "\x1e", "\x85"])
def test_characters_splitlines_splits_on_stay_in_their_cell(tmp_path: Path, char: str) -> None:
    path = write(tmp_path, f"email,username,description\nada@example.com,ada,one{char}two\n")
    users = read_users(path)
    assert len(users) == 1 and users[0]["description"] == f"one{char}two"


def test_a_latin1_file_is_refused_with_the_way_out_and_read_when_named(tmp_path: Path) -> None:
    path = write(tmp_path, "email,username,lastname\nzoe@example.com,zoe,Bront\xeb\n".encode("latin-1"))
    with pytest.raises(BulkInputError, match=r"line 2: not UTF-8.*encoding='latin-1'") as caught:
        read_users(path)
    assert isinstance(caught.value, ConfigurationError) and isinstance(caught.value, JumpCloudError)
    assert read_users(path, encoding="latin-1")[0]["lastname"] == "Bront\xeb"


def test_a_utf16_file_is_read_by_its_bom(tmp_path: Path) -> None:
    path = write(tmp_path, "email,username\nada@example.com,ada\n".encode("utf-16"))
    assert read_users(path) == [{"email": "ada@example.com", "username": "ada"}]


def test_a_utf8_bom_is_not_part_of_the_first_column(tmp_path: Path) -> None:
    path = write(tmp_path, "\ufeffemail,username\nada@example.com,ada\n")
    assert read_users(path) == [{"email": "ada@example.com", "username": "ada"}]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("email,username\n,ada\n", r"user 1: no email"),
        ("email,firstname\nada@example.com,Ada\n", r"user 1: no username"),
    ],
)
def test_users_without_email_or_username_are_refused(text: str, message: str) -> None:
    with pytest.raises(BulkInputError, match=message):
        parse_users(text, "users.csv")


def test_an_update_needs_ids() -> None:
    with pytest.raises(BulkInputError, match="no id"):
        parse_users("email,lastname\nada@example.com,Lovelace\n", kind="update")
    assert parse_users("id,lastname\n5f0c1a2b3c4d5e6f7a8b9c0d,Lovelace\n", kind="update") == [
        {"id": "5f0c1a2b3c4d5e6f7a8b9c0d", "lastname": "Lovelace"}
    ]


def test_values_follow_the_field_types() -> None:
    text = "email,username,company,sudo,unix_uid,password,attributes\n"
    text += 'ada@example.com,ada,True,yes,5003,  two spaces  ,"[{""name"": ""team"", ""value"": ""core""}]"\n'
    (user,) = parse_users(text)
    assert user["company"] == "True"  # text stays text
    assert user["sudo"] is True and user["unix_uid"] == 5003
    assert user["password"] == "  two spaces  "  # never stripped
    assert user["attributes"] == [{"name": "team", "value": "core"}]


@pytest.mark.parametrize(
    ("row", "message"),
    [
        ("ada@example.com,ada,abc,", r"row 2, column 'unix_uid': 'abc' is not a whole number"),
        ("ada@example.com,ada,,maybe", r"row 2, column 'sudo': 'maybe' is not true or false"),
    ],
)
def test_wrong_types_are_refused_naming_row_and_column(row: str, message: str) -> None:
    with pytest.raises(BulkInputError, match=message) as caught:
        parse_users("email,username,unix_uid,sudo\n" + row + "\n")
    assert caught.value.row == 2


def test_extra_cells_are_refused() -> None:
    with pytest.raises(BulkInputError, match=r"row 3: 3 cells for 2 columns \(extra: 'Lovelace'\)"):
        parse_users("email,username\ngrace@example.com,grace\nada@example.com,ada,Lovelace\n")


def test_duplicate_and_unknown_headers_are_refused() -> None:
    with pytest.raises(BulkInputError, match="column 'email' appears twice"):
        parse_users("email,username,email\na@example.com,a,b@example.com\n")
    with pytest.raises(BulkInputError, match=r"unknown field 'e-mail'.*email"):
        parse_users("e-mail,username\na@example.com,a\n")


@pytest.mark.parametrize("delimiter", [";", "\t", "|"])
def test_the_delimiter_is_detected(delimiter: str) -> None:
    text = delimiter.join(["email", "username", "lastname"]) + "\n"
    text += delimiter.join(["ada@example.com", "ada", "Lovelace, Countess"]) + "\n"
    assert parse_users(text) == [{"email": "ada@example.com", "username": "ada", "lastname": "Lovelace, Countess"}]


def test_json_users_are_checked_too(tmp_path: Path) -> None:
    path = write(
        tmp_path, json.dumps({"users": [{"email": "a@example.com", "username": "a", "unix_uid": "5"}]}), "u.json"
    )
    with pytest.raises(BulkInputError, match=r"user 1, field 'unix_uid': str where a whole number is expected"):
        read_users(path)
    path.write_text(json.dumps([{"email": "a@example.com", "username": "a", "unix_uid": 5}]))
    assert read_users(path) == [{"email": "a@example.com", "username": "a", "unix_uid": 5}]


def test_an_unreadable_file_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(BulkInputError, match="cannot read"):
        read_users(tmp_path / "missing.csv")
    with pytest.raises(BulkInputError, match="no users found"):
        read_users(write(tmp_path, "email,username\n"))


def test_user_fields_are_the_v1_descriptions_user_creation_fields() -> None:
    spec = ROOT / "build" / "specs" / "v1.json"
    if not spec.is_file():
        pytest.skip("build/specs/v1.json is made by `make specs` (make test runs it first)")
    schema = json.loads(spec.read_text())["components"]["schemas"]["systemuserputpost"]
    kinds = {"string": "str", "boolean": "bool", "integer": "int", "array": "json", "object": "json"}
    expected = {}
    for name, prop in schema["properties"].items():
        kind = prop.get("type", "object") if "$ref" not in prop else "object"
        kind = next((k for k in kind if k != "null"), "object") if isinstance(kind, list) else kind
        expected[name] = kinds[kind]
    assert {k: v for k, v in USER_FIELDS.items() if k not in ("id", "organization")} == expected
