"""Users for a bulk job from a CSV or JSON file, checked before anything is sent.

``read_users(path, kind="create")`` returns the users as dicts ready for ``bulk.create_users`` /
``bulk.update_users``, or raises ``BulkInputError`` naming the file, row and column and the fix.
Nothing half-read is ever submitted:

* CSV is read with the ``csv`` module from the file itself (``newline=""``): a quoted cell may
  hold line breaks, and characters ``str.splitlines`` would split on (U+2028, ``\\x0b``, ``\\x0c``,
  ``\\x1c``-``\\x1e``, ``\\x85``) stay inside their cell instead of starting a phantom user.
* UTF-8 with or without a BOM; any other encoding is refused with the way out (``encoding=``,
  ``jcapi bulk-users --encoding latin-1``) instead of a traceback. A UTF-16 file is recognised by
  its BOM.
* The delimiter is ``,``, ``;``, tab or ``|``, detected from the header row (or given).
* Every column must be a field JumpCloud's bulk job accepts (those of v1 system user creation,
  ``USER_FIELDS``); an unknown column, an empty or duplicate header, and a row with more cells
  than headers are refused, naming them.
* Values are converted by the field's type: ``true``/``false``/``yes``/``no``/``1``/``0`` only in
  boolean columns, whole numbers in ``unix_uid``/``unix_guid``, JSON in list and object columns
  (``addresses``, ``attributes``, ...); text columns keep the cell exactly (a password's spaces
  too; ``True`` in a text column stays the text ``True``). An empty cell is left out.
* Each user is checked for what its job needs: ``email`` and ``username`` to create, ``id`` to
  update.

Hand-written: the checks are JumpCloud's rules for this one request body; ``csv`` does the
reading. ``USER_FIELDS`` is the v1 description's ``systemuserputpost`` (the bulk model's own
description points there for "the full list of attributes"); a test compares the two.

Example::

    from jcapiv2.bulk_input import read_users
    users = read_users("new-hires.csv")                  # [{'email': ..., 'username': ...}, ...]
    job = bulk.create_users(client, users)
"""

from __future__ import annotations

import codecs
import csv
import io
import json
import os
from collections.abc import Sequence
from typing import Any, Literal

from .errors import ConfigurationError

__all__ = ["DELIMITERS", "REQUIRED", "USER_FIELDS", "BulkInputError", "parse_users", "read_users"]

Kind = Literal["create", "update"]

#: Field -> how a CSV cell is read: "str" as is, "bool", "int", "json" (a list or object).
USER_FIELDS: dict[str, str] = {
    **dict.fromkeys(
        (
            "alternateEmail company costCenter department description displayname email employeeIdentifier "
            "employeeType external_dn external_password_expiration_date external_source_type firstname jobTitle "
            "lastname location manager middlename password public_key state username managedAppleId"
        ).split(),
        "str",
    ),
    **dict.fromkeys(
        (
            "account_locked activated allow_public_key disableDeviceMaxLoginAttempts enable_managed_uid "
            "enable_user_portal_multifactor ldap_binding_user password_never_expires passwordless_sudo "
            "samba_service_user sudo suspended"
        ).split(),
        "bool",
    ),
    "unix_guid": "int",
    "unix_uid": "int",
    **dict.fromkeys(
        (
            "addresses attributes phoneNumbers relationships tags restrictedFields externally_managed mfa "
            "recoveryEmail delegatedAuthority"
        ).split(),
        "json",
    ),
    "id": "str",  # updates: the user to change
    "organization": "str",  # updates (BulkUserUpdate)
}
#: What each kind of job needs in every user.
REQUIRED: dict[Kind, tuple[str, ...]] = {"create": ("email", "username"), "update": ("id",)}
DELIMITERS = (",", ";", "\t", "|")
_TRUE, _FALSE = {"true", "yes", "1"}, {"false", "no", "0"}


class BulkInputError(ConfigurationError):
    """A users file that cannot be submitted as it is (``row`` and ``column`` when known)."""

    def __init__(self, message: str, *, row: int | None = None, column: str | None = None) -> None:
        super().__init__(message)
        self.row, self.column = row, column


def read_users(
    path: str | os.PathLike[str], *, kind: Kind = "create", encoding: str | None = None, delimiter: str | None = None
) -> list[dict[str, Any]]:
    """The users in a ``.json`` (an array, or ``{"users": [...]}``) or CSV file (a header row).

    Example::

        read_users("changes.csv", kind="update", delimiter=";")
    """
    name = os.fspath(path)
    try:
        with open(name, "rb") as file:
            raw = file.read()
    except OSError as exc:
        raise BulkInputError(f"cannot read {name!r}: {exc.strerror or exc}") from None
    return parse_users(_decode(raw, name, encoding), name, kind=kind, delimiter=delimiter)


def parse_users(
    text: str, name: str = "<input>", *, kind: Kind = "create", delimiter: str | None = None
) -> list[dict[str, Any]]:
    """``read_users`` on text already decoded (``name`` is used in messages)."""
    if kind not in REQUIRED:
        raise BulkInputError(f"kind must be 'create' or 'update', got {kind!r}")
    stripped = text.lstrip()
    users = _from_json(stripped, name) if name.lower().endswith(".json") or stripped.startswith(("[", "{")) else None
    if users is None:
        users = _from_csv(text, name, delimiter)
    if not users:
        raise BulkInputError(f"{name}: no users found")
    for number, user in enumerate(users, start=1):
        missing = [field for field in REQUIRED[kind] if not user.get(field)]
        if missing:
            raise BulkInputError(
                f"{name}, user {number}: no {' or '.join(missing)} (a bulk {kind} needs {', '.join(REQUIRED[kind])})",
                row=number,
                column=missing[0],
            )
    return users


def _decode(raw: bytes, name: str, encoding: str | None) -> str:
    if encoding is None and raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        encoding = "utf-16"
    try:
        return raw.decode(encoding or "utf-8-sig")
    except LookupError:
        raise BulkInputError(
            f"unknown encoding {encoding!r}: use a Python codec name such as utf-8 or latin-1"
        ) from None
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise BulkInputError(
            f"{name}, line {line}: not {encoding or 'UTF-8'} (byte {raw[exc.start]:#04x}); save the file as UTF-8, "
            "or name its encoding (encoding='latin-1', jcapi bulk-users --encoding latin-1)",
            row=line,
        ) from None


def _from_json(text: str, name: str) -> list[dict[str, Any]]:
    try:
        data = json.loads(text)
    except ValueError as exc:
        raise BulkInputError(f"{name}: not valid JSON ({exc})") from None
    if isinstance(data, dict) and isinstance(data.get("users"), list):
        data = data["users"]
    if not isinstance(data, list) or not all(isinstance(user, dict) for user in data):
        raise BulkInputError(f'{name}: expected a JSON array of user objects (or {{"users": [...]}})')
    for number, user in enumerate(data, start=1):
        for column, value in user.items():
            _check_json_value(name, number, column, value)
    return data


def _check_json_value(name: str, row: int, column: str, value: Any) -> None:
    kind = _kind_of(name, column, row)
    expected: type | tuple[type, ...] = {"str": str, "bool": bool, "int": int}.get(kind, (list, dict))
    if value is not None and (not isinstance(value, expected) or (kind == "int" and isinstance(value, bool))):
        raise BulkInputError(
            f"{name}, user {row}, field {column!r}: {type(value).__name__} where {_KIND_TEXT[kind]} is expected",
            row=row,
            column=column,
        )


_KIND_TEXT = {"str": "text", "bool": "true or false", "int": "a whole number", "json": "a JSON list or object"}


def _kind_of(name: str, column: str, row: int | None = None) -> str:
    kind = USER_FIELDS.get(column)
    if kind is None:
        where = f"{name}, user {row}" if row is not None else name
        raise BulkInputError(
            f"{where}: unknown field {column!r}; the fields a bulk user job accepts: {', '.join(sorted(USER_FIELDS))}",
            row=row,
            column=column,
        )
    return kind


def _from_csv(text: str, name: str, delimiter: str | None) -> list[dict[str, Any]]:
    rows = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter or _sniff(text), strict=True)
    try:
        header = next(rows, None)
        if not header or not any(cell.strip() for cell in header):
            raise BulkInputError(f"{name}: empty CSV (a header row naming the user fields is needed)")
        columns = [cell.strip() for cell in header]
        for index, column in enumerate(columns):
            if not column:
                raise BulkInputError(f"{name}, header: column {index + 1} has no name", row=1)
            if column in columns[:index]:
                raise BulkInputError(f"{name}, header: column {column!r} appears twice", row=1, column=column)
            _kind_of(name, column)
        users = [_row(name, number, columns, cells) for number, cells in enumerate(rows, start=2) if any(cells)]
    except csv.Error as exc:
        raise BulkInputError(f"{name}, line {rows.line_num}: {exc}", row=rows.line_num) from None
    return users


def _sniff(text: str) -> str:
    """The delimiter of the header row: the listed one it contains most of (``,`` when none)."""
    first = text.lstrip("\ufeff").split("\n", 1)[0]
    counts = {d: first.count(d) for d in DELIMITERS}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


def _row(name: str, number: int, columns: Sequence[str], cells: Sequence[str]) -> dict[str, Any]:
    if len(cells) > len(columns):
        extra = ", ".join(repr(c) for c in cells[len(columns) :])
        raise BulkInputError(
            f"{name}, row {number}: {len(cells)} cells for {len(columns)} columns (extra: {extra}); "
            "quote cells that contain the delimiter",
            row=number,
        )
    user: dict[str, Any] = {}
    for column, cell in zip(columns, cells, strict=False):
        if cell == "":
            continue
        user[column] = _convert(name, number, column, cell)
    return user


def _convert(name: str, row: int, column: str, cell: str) -> Any:
    kind = USER_FIELDS[column]
    if kind == "str":
        return cell
    text = cell.strip()
    if kind == "bool" and text.lower() in _TRUE | _FALSE:
        return text.lower() in _TRUE
    if kind == "int" and text.lstrip("-").isdigit():
        return int(text)
    if kind == "json":
        try:
            value = json.loads(text)
        except ValueError:
            value = None
        if isinstance(value, list | dict):
            return value
    raise BulkInputError(
        f"{name}, row {row}, column {column!r}: {cell!r} is not {_KIND_TEXT[kind]}", row=row, column=column
    )
