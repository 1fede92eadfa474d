"""Contract tests over every generated operation of jcapiv1, jcapiv2 and jcapi_insights.

For each row of the packages' operations.json:

* the request ``_get_kwargs`` builds, from arguments synthesized from the OpenAPI description
  (defaults only, then with every optional parameter), validates against the description with
  openapi-core, and carries on the wire exactly the values we passed;
* a 2xx answer synthesized from the description parses with ``_parse_response`` into the
  annotated type, and ``to_dict()`` gives back what was sent.
"""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest
from openapi_core import OpenAPI

from .adapter import HttpxOpenAPIRequest
from .checks import json_difference, request_problems, response_problems
from .operations import (
    PACKAGES,
    Row,
    all_rows,
    base_url,
    build_arguments,
    build_request,
    load_operation,
    load_rows,
    openapi_for,
    spec_operations,
    type_problem,
)
from .registry import missing_parts, record

ROWS = all_rows()
IDS = [row.operation_id for row in ROWS]

#: Operations allowed to fail ONE check, with the reason. Keep it short (it is empty: the
#: `default: ""` query parameters that needed it are fixed by the `drop-empty-query-defaults`
#: overlay rule); an entry that starts passing fails the test, so the list cannot go stale.
ALLOWLIST: dict[str, str] = {}


@pytest.fixture(scope="session")
def apis() -> dict[str, OpenAPI]:
    """The three openapi-core objects, built once per session (v2 takes a few seconds)."""
    return {package.api: openapi_for(package.api) for package in PACKAGES}


def _fail(row: Row, what: str, problems: list[str]) -> None:
    pytest.fail(f"{row.key} ({row.method} {row.path}) {what}:\n  - " + "\n  - ".join(problems), pytrace=False)


@pytest.mark.parametrize("row", ROWS, ids=IDS)
def test_request_with_defaults(row: Row, apis: dict[str, OpenAPI]) -> None:
    """Only required arguments: what most calls look like; the generated defaults go on the wire."""
    op = load_operation(row)
    args, sent = build_arguments(op, optional=False)
    problems = request_problems(op, args, sent)
    if row.operation_id in ALLOWLIST:
        assert problems, f"{row.operation_id} passes now: remove it from ALLOWLIST"
        unexpected = [p for p in problems if "EmptyQueryParameterValue" not in p]
        assert not unexpected, f"{row.key} fails beyond its allowlisted reason:\n  - " + "\n  - ".join(unexpected)
        record(row.key, "request_defaults")
        pytest.xfail(ALLOWLIST[row.operation_id])
    if problems:
        _fail(row, "sends a request the description rejects", problems)
    record(row.key, "request_defaults")


@pytest.mark.parametrize("row", ROWS, ids=IDS)
def test_request_with_optional_parameters(row: Row, apis: dict[str, OpenAPI]) -> None:
    """Every optional query and header parameter given as well."""
    op = load_operation(row)
    args, sent = build_arguments(op, optional=True)
    problems = request_problems(op, args, sent)
    if problems:
        _fail(row, "sends a request the description rejects", problems)
    record(row.key, "request_full")


@pytest.mark.parametrize("row", ROWS, ids=IDS)
def test_response(row: Row, apis: dict[str, OpenAPI]) -> None:
    """The first documented 2xx answer parses into the annotated type and round-trips."""
    op = load_operation(row)
    args, _ = build_arguments(op, optional=False)
    problems = response_problems(op, build_request(op, args))
    if problems:
        _fail(row, "cannot read its documented answer", problems)
    record(row.key, "response")


def test_query_arrays_with_several_values_follow_the_declared_style(apis: dict[str, OpenAPI]) -> None:
    """Two values in every array query parameter travel as the (overlaid) description says: joined in one
    value where it declares ``explode: false`` (v2 ``fields``, ``sort``, ``targets``), repeated where it
    declares ``explode: true`` (``filter``, per the overlays). The per-operation tests give arrays one
    value, so this is where a joining mistake shows."""
    problems: list[str] = []
    checked = 0
    for row in ROWS:
        op = load_operation(row)
        if not any(p["in"] == "query" and p.get("schema", {}).get("type") == "array" for p in op.parameters):
            continue
        checked += 1
        args, sent = build_arguments(op, multi=True)
        problems += [f"{row.key}: {problem}" for problem in request_problems(op, args, sent)]
    assert checked > 200, "the v2 list operations with array query parameters were all checked"
    assert not problems, f"{len(problems)} problems, e.g.:\n  - " + "\n  - ".join(problems[:5])


# --- the checks can fail -------------------------------------------------------------------


def _row(operation_id: str) -> Row:
    return next(r for r in ROWS if r.operation_id == operation_id)


def test_validator_rejects_limit_over_maximum(apis: dict[str, OpenAPI]) -> None:
    """limit=101 breaks the v1 overlay's maximum of 100 for systemusers_list."""
    op = load_operation(_row("systemusers_list"))
    args, sent = build_arguments(op)
    problems = request_problems(op, {**args, "limit": 101}, {**sent, "limit": 101})
    assert any("limit" in p for p in problems), problems


def test_validator_rejects_missing_required_body_field(apis: dict[str, OpenAPI]) -> None:
    """A user group without its required ``name`` is not a valid groups_user_post request."""
    op = load_operation(_row("groups_user_post"))
    args, _ = build_arguments(op)
    kwargs = op.module._get_kwargs(**args)
    body = dict(kwargs["json"])
    assert "name" in body
    del body["name"]
    kwargs["json"] = body
    request = httpx.Client(base_url=base_url("v2")).build_request(**kwargs)
    request.headers["x-api-key"] = "k"
    result = apis["v2"].unmarshal_request(HttpxOpenAPIRequest(request))
    assert result.errors, "a body without its required name validated"


def test_validator_rejects_missing_org_id_header(apis: dict[str, OpenAPI]) -> None:
    """Directory Insights requires x-org-id next to x-api-key: without it the request is invalid."""
    op = load_operation(_row("directoryInsights_reportsListGet"))
    request = build_request(op, build_arguments(op)[0])
    assert {"x-api-key", "x-org-id"} <= set(request.headers)
    del request.headers["x-org-id"]
    assert apis["insights"].unmarshal_request(HttpxOpenAPIRequest(request)).errors


def test_wire_check_notices_a_changed_value(apis: dict[str, OpenAPI]) -> None:
    """If the SDK sent another value than the one we passed, the request check says so."""
    op = load_operation(_row("systemusers_list"))
    args, sent = build_arguments(op)
    problems = request_problems(op, args, {**sent, "skip": sent["skip"] + 1})
    assert any("query skip" in p for p in problems), problems


def test_parser_rejects_wrong_response_type(apis: dict[str, OpenAPI]) -> None:
    """A JSON list where systemusers_list expects an object cannot parse into SystemUsersList."""
    from jcapiv1 import AuthenticatedClient, errors

    op = load_operation(_row("systemusers_list"))
    request = build_request(op, build_arguments(op)[0])
    client = AuthenticatedClient(base_url=base_url("v1"), token="t", raise_on_unexpected_status=True)
    wrong = httpx.Response(200, json=["not", "an", "object"], request=request)
    # errors.InvalidResponse (an APIError) once the generator wraps parse failures; a bare error before.
    with pytest.raises((errors.APIError, TypeError, ValueError, AttributeError)):
        op.module._parse_response(client=client, response=wrong)


def test_type_check_and_round_trip_notice_mismatches() -> None:
    """The response checks are not vacuous: a wrong type or a lost field is reported."""
    from jcapiv1.models.system_users_list import SystemUsersList

    assert type_problem("text", SystemUsersList | None) is not None
    assert type_problem([SystemUsersList()], list[SystemUsersList] | None) is None
    assert type_problem([1], list[SystemUsersList] | None) is not None
    assert json_difference({"a": 1, "b": "2024-01-02T03:04:05Z"}, {"a": 1, "b": "2024-01-02T03:04:05+00:00"}) is None
    assert json_difference({"a": 1, "b": 2}, {"a": 1}) == "$.b was sent but is missing"


def test_parser_raises_for_a_non_2xx_answer(apis: dict[str, OpenAPI]) -> None:
    """Non-2xx answers are not parsed: they raise a typed errors.APIError."""
    from jcapiv2 import AuthenticatedClient, errors

    op = load_operation(_row("groups_user_list"))
    request = build_request(op, build_arguments(op)[0])
    client = AuthenticatedClient(base_url=base_url("v2"), token="t", raise_on_unexpected_status=True)
    with pytest.raises(errors.APIError):
        op.module._parse_response(client=client, response=httpx.Response(404, json={"message": "no"}, request=request))


# --- nothing slips through -----------------------------------------------------------------


def test_every_operation_was_exercised(request: pytest.FixtureRequest) -> None:
    """operations.json, the generated modules and the description agree, and every operation
    whose checks ran in this session passed all of them (allowlisted failures count as run)."""
    problems = []
    for package in PACKAGES:
        rows = load_rows(package)
        declared = spec_operations(package.api)
        listed = {(r.method, r.path) for r in rows}
        problems += [f"{package.name}: {m} {p} is in the description but not generated" for m, p in declared - listed]
        problems += [f"{package.name}: {m} {p} is generated but not described" for m, p in listed - declared]
        api_dir = package.folder / package.name / "api"
        on_disk = {
            ".".join((package.name, *path.relative_to(package.folder / package.name).with_suffix("").parts))
            for path in Path(api_dir).rglob("*.py")
            if path.name != "__init__.py"
        }
        modules = {r.module for r in rows}
        problems += [f"{package.name}: module {m} is not in operations.json" for m in sorted(on_disk - modules)]
        problems += [f"{package.name}: operations.json lists missing module {m}" for m in sorted(modules - on_disk)]
    selected: dict[str, int] = {}
    for item in request.session.items:
        callspec = getattr(item, "callspec", None)
        if callspec is not None and isinstance(callspec.params.get("row"), Row):
            key = callspec.params["row"].key
            selected[key] = selected.get(key, 0) + 1
    for row in ROWS:
        if selected.get(row.key) == 3 and missing_parts(row.key):
            problems.append(f"{row.key}: not exercised ({', '.join(sorted(missing_parts(row.key)))} did not pass)")
    known = {r.operation_id for r in ROWS}
    problems += [f"ALLOWLIST names {op}, which no operations.json lists" for op in sorted(set(ALLOWLIST) - known)]
    assert not problems, "contract coverage is incomplete:\n  - " + "\n  - ".join(problems)
