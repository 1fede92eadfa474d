"""Nested models built on first read (deferred.py), JSON decoding (decoding.py) and UNSET's identity.

A deferred field must be indistinguishable from an eager one to every caller: same value, same
type, same ``repr``/``==``/``to_dict()``/pickle/copy, same tolerant-reader outcome (reported when
first read), and strict mode still fails the parse.
"""

from __future__ import annotations

import copy
import json
import logging
import pickle
import threading
from typing import Any

import attrs
import httpx
import pytest

from jcapiv1 import decoding as decoding_v1
from jcapiv1.models.system_user_return import SystemUserReturn
from jcapiv2 import decoding, tolerance
from jcapiv2.models.group_attributes_user_group import GroupAttributesUserGroup
from jcapiv2.models.member_query_exemption import MemberQueryExemption
from jcapiv2.models.user_group import UserGroup
from jcapiv2.types import UNSET

GROUP: dict[str, Any] = {
    "id": "5f0c1a2b3c4d5e6f7a8b9c0d",
    "name": "Engineering",
    "type": "user_group",
    "attributes": {"sudo": {"enabled": True, "withoutPassword": False}, "ldapGroups": [{"name": "eng"}]},
    "memberQueryExemptions": [{"id": "5f0c1a2b3c4d5e6f7a8b9c0e", "type": "USER"}],
    "suggestionCounts": {"add": 1, "remove": 0, "total": 1},
    "membershipMethod": "STATIC",
    "somethingNew": {"kept": True},
}


def pending(record: Any) -> set[str]:
    try:
        return set(object.__getattribute__(record, "_jcapi_pending"))
    except AttributeError:
        return set()


def test_nested_fields_wait_until_read_and_are_built_once() -> None:
    group = UserGroup.from_dict(GROUP)
    assert pending(group) == {"attributes", "member_query_exemptions", "suggestion_counts"}
    attributes = group.attributes
    assert isinstance(attributes, GroupAttributesUserGroup)
    assert attributes.sudo.enabled is True  # type: ignore[union-attr]
    assert group.attributes is attributes  # stored: the second read is the same object
    assert isinstance(group.member_query_exemptions, list)
    assert isinstance(group.member_query_exemptions[0], MemberQueryExemption)
    assert group.member_query is UNSET  # absent: never deferred


def test_empty_and_null_values_are_read_at_once() -> None:
    group = UserGroup.from_dict({"id": "1", "attributes": None, "memberQueryExemptions": []})
    assert pending(group) == set()
    assert group.member_query_exemptions == []
    assert group.attributes is None  # null kept as received (and reported)


def test_a_deferred_record_equals_reprs_and_round_trips_as_an_eager_one() -> None:
    lazy = UserGroup.from_dict(GROUP)
    with tolerance.strict(False):
        eager = UserGroup.from_dict(GROUP)
        for field in attrs.fields(UserGroup):
            getattr(eager, field.name)
    assert pending(UserGroup.from_dict(GROUP))
    assert lazy == eager
    assert repr(UserGroup.from_dict(GROUP)) == repr(eager)
    assert UserGroup.from_dict(GROUP).to_dict() == GROUP
    assert "Deferred" not in repr(UserGroup.from_dict(GROUP)) and "_jcapi" not in repr(eager)


@pytest.mark.parametrize(
    "clone",
    [copy.copy, copy.deepcopy, lambda g: pickle.loads(pickle.dumps(g))],
    ids=["copy", "deepcopy", "pickle"],
)
def test_copies_of_an_unread_record_carry_every_field(clone: Any) -> None:
    twin = clone(UserGroup.from_dict(GROUP))
    assert twin == UserGroup.from_dict(GROUP)
    assert twin.to_dict() == GROUP
    assert twin.member_query is UNSET  # UNSET stays UNSET through the copy


def test_evolve_of_an_unread_record_carries_the_nested_fields() -> None:
    twin = attrs.evolve(UserGroup.from_dict(GROUP), name="Renamed")
    assert twin.name == "Renamed"
    assert twin.attributes == UserGroup.from_dict(GROUP).attributes
    assert twin.suggestion_counts == UserGroup.from_dict(GROUP).suggestion_counts


def test_an_unknown_attribute_is_still_an_attribute_error() -> None:
    group = UserGroup.from_dict(GROUP)
    with pytest.raises(AttributeError, match="'UserGroup' object has no attribute 'nmae'"):
        group.nmae  # type: ignore[attr-defined]  # noqa: B018
    assert getattr(group, "nmae", "default") == "default"
    assert not hasattr(group, "_jcapi_pending_x")


def test_a_deviation_inside_a_deferred_field_is_kept_and_reported_when_read(caplog: pytest.LogCaptureFixture) -> None:
    record = {"id": "1", "attributes": "not an object"}
    group = UserGroup.from_dict(record)
    with caplog.at_level(logging.DEBUG, logger="jcapi.tolerance"):
        assert group.attributes == "not an object"  # kept as received
    assert "UserGroup.attributes" in caplog.text
    assert group.to_dict() == record


def test_strict_mode_builds_eagerly_so_the_parse_fails() -> None:
    with tolerance.strict(), pytest.raises(tolerance.DeviationError, match=r"UserGroup\.attributes"):
        UserGroup.from_dict({"id": "1", "attributes": "not an object"})
    with tolerance.strict():
        group = UserGroup.from_dict(GROUP)
    assert pending(group) == set()


def test_threads_reading_one_record_all_see_the_built_value() -> None:
    group = UserGroup.from_dict(GROUP)
    seen: list[Any] = []
    barrier = threading.Barrier(8)

    def read() -> None:
        barrier.wait()
        seen.append(group.attributes)

    threads = [threading.Thread(target=read) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(seen) == 8 and all(isinstance(value, GroupAttributesUserGroup) for value in seen)
    assert all(value == seen[0] for value in seen)


def test_a_v1_user_with_nested_lists_round_trips() -> None:
    user = {
        "_id": "5f0c1a2b3c4d5e6f7a8b9c0d",
        "username": "ada",
        "email": "ada@example.com",
        "addresses": [{"type": "work", "locality": "Boulder", "country": "US"}],
        "phoneNumbers": [{"type": "mobile", "number": "+1 303 555 0100"}],
        "attributes": [{"name": "team", "value": "core"}],
        "ssh_keys": [{"name": "laptop", "public_key": "ssh-ed25519 AAAA", "create_date": "2025-01-01"}],
        "mfa": {"configured": True, "exclusion": False},
    }
    parsed = SystemUserReturn.from_dict(user)
    assert pending(parsed) >= {"addresses", "phone_numbers", "mfa"}
    assert parsed.to_dict() == user
    assert parsed.addresses[0].locality == "Boulder"  # type: ignore[index]


# --- decoding ---------------------------------------------------------------------------------


@pytest.fixture(params=["orjson", "json"])
def decoder(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """Each decoding test runs with orjson (the [fast] extra) and with the standard library alone."""
    if request.param == "orjson":
        pytest.importorskip("orjson", reason="the [fast] extra (orjson) is not installed")
    else:
        monkeypatch.setattr(decoding, "_fast", None)
    assert decoding.decoder() == request.param
    return str(request.param)


@pytest.mark.parametrize(
    "body",
    [
        b'{"results": [{"id": "1", "n": 1.5, "none": null}], "totalCount": 1}',
        b"[]",
        '{"name": "Zo\u00eb \u2028 \U0001f600"}'.encode(),
        b'{"x": NaN}',  # not JSON, but json reads it: the fallback keeps that behaviour
        '{"utf16": "yes"}'.encode("utf-16"),
        b'{"dup": 1, "dup": 2}',
    ],
    ids=["page", "empty-list", "unicode", "nan", "utf16", "duplicate-key"],
)
def test_both_decoders_read_what_json_reads(decoder: str, body: bytes) -> None:
    expected = json.loads(body)
    got = decoding.loads(body)
    assert json.dumps(got, sort_keys=True) == json.dumps(expected, sort_keys=True)


def test_integers_beyond_64_bits_are_exact_with_json_and_floats_with_orjson(decoder: str) -> None:
    value = decoding.loads(b'{"big": 123456789012345678901234567890}')["big"]
    if decoder == "json":
        assert value == 123456789012345678901234567890
    else:  # documented in decoding.py: JumpCloud sends no such integer
        assert value == pytest.approx(1.2345678901234568e29)


@pytest.mark.parametrize("body", [b"{not json", b"", b'{"a": 1'])
def test_both_decoders_refuse_what_json_refuses_with_a_value_error(decoder: str, body: bytes) -> None:
    with pytest.raises(ValueError):
        decoding.loads(body)


def test_an_operation_parses_through_either_decoder(decoder: str, monkeypatch: pytest.MonkeyPatch) -> None:
    from jcapiv2 import connect
    from jcapiv2.api.user_groups import groups_user_list

    body = json.dumps([GROUP]).encode()
    transport = httpx.MockTransport(lambda request: httpx.Response(200, content=body))
    client = connect("k" * 40, base_url="https://example.invalid/api/v2", transport=transport)
    groups = groups_user_list.sync(client=client)
    assert groups is not None and groups[0].to_dict() == GROUP


def test_each_package_has_its_own_decoding_module() -> None:
    assert decoding_v1.loads(b"[1]") == [1]
