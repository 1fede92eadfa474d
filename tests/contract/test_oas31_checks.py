"""The contract checks' OpenAPI 3.1 parts can fail: byte path ids, file answers, ``const`` literals,
timestamps and booleans on the wire, ``examples`` and patterns in the synthesizer."""

from __future__ import annotations

import base64
import datetime
import typing

import httpx
import pytest

from .adapter import HttpxOpenAPIRequest, HttpxOpenAPIResponse
from .checks import CSV_BODY, request_problems
from .openapi_config import OAS31BinaryValidator
from .operations import (
    Operation,
    all_rows,
    build_arguments,
    build_request,
    load_operation,
    openapi_for,
    server_reading,
    to_python,
    type_problem,
)
from .synth import SchemaError, Synth


def _op(operation_id: str) -> Operation:
    return load_operation(next(r for r in all_rows() if r.operation_id == operation_id))


def test_path_check_reads_byte_ids_as_the_server_does() -> None:
    """A ``format: byte`` path id is compared after openapi-core's base64 decoding, and a changed one is noticed."""
    op = _op("AlertsService_GetAlert")
    param = next(p for p in op.parameters if p["name"] == "id")
    assert param["schema"].get("format") == "byte"
    args, sent = build_arguments(op)
    assert server_reading(op, param, sent["id"]) == base64.b64decode(sent["id"]).decode()
    assert request_problems(op, args, sent) == []
    other = base64.b64encode(b"world").decode()
    problems = request_problems(op, args, {**sent, "id": other})
    assert any(p.startswith("path id: the server reads 'hello'") for p in problems), problems


def test_raw_bytes_pass_only_as_binary_strings() -> None:
    """The 3.1 validator accepts raw bytes for ``{type: string, format: binary}`` and nowhere else."""
    assert OAS31BinaryValidator({"type": "string", "format": "binary"}).is_valid(b"%PDF")
    assert OAS31BinaryValidator({"type": ["string", "null"], "format": "binary"}).is_valid(b"%PDF")
    assert not OAS31BinaryValidator({"type": "string"}).is_valid(b"%PDF")
    assert not OAS31BinaryValidator({"type": "string", "format": "byte"}).is_valid(b"%PDF")
    assert not OAS31BinaryValidator({"type": "object", "format": "binary"}).is_valid(b"%PDF")
    assert not OAS31BinaryValidator({"type": "string", "format": "binary"}).is_valid(1)


def test_file_answer_is_still_validated() -> None:
    """A file answer in a declared media type validates; the same bytes in an undeclared one do not."""
    op = _op("logos_get")
    request = build_request(op, build_arguments(op)[0])
    for media_type, valid in (("image/png", True), ("text/html", False)):
        answer = httpx.Response(200, content=CSV_BODY, headers={"content-type": media_type}, request=request)
        result = openapi_for(op.api).unmarshal_response(HttpxOpenAPIRequest(request), HttpxOpenAPIResponse(answer))
        assert (not result.errors) is valid, (media_type, result.errors)
        if valid:
            assert result.data == CSV_BODY


def test_const_literals_and_timestamps_become_python_values() -> None:
    """``Literal`` (OpenAPI 3.1 ``const``) and ``datetime`` arguments are made, and checked, strictly."""
    assert to_python("v1", typing.Literal["v1"] | None) == "v1"
    with pytest.raises(TypeError):
        to_python("v2", typing.Literal["v1"] | None)
    assert type_problem("v1", typing.Literal["v1"] | None) is None
    assert type_problem("v2", typing.Literal["v1"] | None) is not None
    assert type_problem(1, typing.Literal[True] | None) is not None
    moment = to_python("2024-01-02T03:04:05Z", datetime.datetime | None)
    assert moment == datetime.datetime(2024, 1, 2, 3, 4, 5, tzinfo=datetime.UTC)
    assert to_python("2024-01-02", datetime.date | None) == datetime.date(2024, 1, 2)
    with pytest.raises(TypeError):
        to_python(20240102, datetime.datetime | None)


def test_query_timestamps_compare_as_instants() -> None:
    """The SDK writes ``+00:00`` for the ``Z`` we meant (the same instant); another instant is noticed."""
    op = _op("Reports_ListScheduledReportRuns")
    args, sent = build_arguments(op)
    assert sent["startDate"].endswith("Z")
    assert request_problems(op, args, sent) == []
    problems = request_problems(op, args, {**sent, "startDate": "2024-01-02T03:04:06Z"})
    assert any(p.startswith("query startDate") for p in problems), problems


def test_header_check_notices_a_changed_boolean() -> None:
    """A boolean header travels as ``true``/``false``; sending another value than meant is noticed."""
    op = _op("search_systemusers_post")
    args, sent = build_arguments(op)
    assert sent["x-eventually-consistent"] is True
    assert request_problems(op, args, sent) == []
    problems = request_problems(op, args, {**sent, "x-eventually-consistent": False})
    assert any(p.startswith("header x-eventually-consistent") for p in problems), problems


def test_synth_uses_examples_and_format_samples_for_patterns() -> None:
    """3.1 ``examples`` and known format samples satisfy a pattern; a pattern nothing satisfies still raises."""
    synth = Synth({})
    pin = {"type": "string", "pattern": "^[0-9]{6}$", "examples": ["123456"]}
    assert synth.value(pin, "request", name="pin") == "123456"
    email = {"type": "string", "pattern": r"^[a-zA-Z0-9.+-]+@[a-zA-Z0-9-]+(?:\.[a-zA-Z0-9-]+)*$"}
    assert synth.value(email, "request", name="email") == "user@example.com"
    with pytest.raises(SchemaError):
        synth.value({"type": "string", "pattern": "^[0-9]{6}$"}, "request", name="pin")


def test_synth_prefers_a_non_empty_enum_value() -> None:
    """``""`` (an enum's zero value) is only chosen when it is the only choice."""
    synth = Synth({})
    assert synth.value({"type": "string", "enum": ["", "firstname"]}, "request", name="sort") == "firstname"
    assert synth.value({"type": "string", "enum": [""]}, "request", name="sort") == ""
