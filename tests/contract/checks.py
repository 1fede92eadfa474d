"""The contract checks: a request the SDK builds against the description, a synthesized answer
through the SDK's parser. Each returns a list of readable problems (empty when the contract holds)."""

from __future__ import annotations

import datetime
import importlib
import json
import typing
from dataclasses import dataclass
from typing import Any

import httpx

from .adapter import HttpxOpenAPIRequest, HttpxOpenAPIResponse
from .operations import (
    Operation,
    base_url,
    build_request,
    explodes,
    is_file_type,
    openapi_for,
    server_reading,
    type_problem,
)

CSV_BODY = b"id,name\n5f0c1b2a3d4e5f6a7b8c9d0e,report\n"


def describe_errors(errors: typing.Iterable[BaseException]) -> list[str]:
    """openapi-core errors as one line each, with their causes and schema errors."""
    lines = []
    for error in errors:
        text = f"{type(error).__name__}: {error}"
        cause = error.__cause__
        seen = 0
        while cause is not None and seen < 3:
            text += f" <- {type(cause).__name__}: {cause}"
            for schema_error in getattr(cause, "schema_errors", ()) or ():
                path = "/".join(str(p) for p in getattr(schema_error, "absolute_path", ()))
                text += f"\n      at {path or '<root>'}: {getattr(schema_error, 'message', schema_error)}"
            cause = cause.__cause__
            seen += 1
        lines.append(text)
    return lines


def _as_datetime(value: Any) -> datetime.datetime | None:
    if not isinstance(value, str) or "T" not in value:
        return None
    try:
        return datetime.datetime.fromisoformat(value)
    except ValueError:
        return None


def json_difference(sent: Any, got: Any, where: str = "$") -> str | None:
    """Where ``got`` differs from ``sent`` (None when equal). Timestamps compare as instants:
    ``...Z`` and ``...+00:00`` are the same value."""
    if isinstance(sent, dict) and isinstance(got, dict):
        for key in sorted(set(sent) | set(got)):
            if key not in got:
                return f"{where}.{key} was sent but is missing"
            if key not in sent:
                return f"{where}.{key} appeared ({got[key]!r})"
            diff = json_difference(sent[key], got[key], f"{where}.{key}")
            if diff:
                return diff
        return None
    if isinstance(sent, list) and isinstance(got, list):
        if len(sent) != len(got):
            return f"{where} has {len(got)} items, {len(sent)} were sent"
        for i, (a, b) in enumerate(zip(sent, got, strict=True)):
            diff = json_difference(a, b, f"{where}[{i}]")
            if diff:
                return diff
        return None
    if sent == got and type(sent) is type(got):
        return None
    a, b = _as_datetime(sent), _as_datetime(got)
    if a is not None and b is not None and a == b:
        return None
    return f"{where}: sent {sent!r}, got {got!r}"


def _wire_text(value: Any) -> str:
    """A primitive as it travels in a query, header or path (booleans as JSON spells them)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _wire_values(value: Any, param: dict[str, Any]) -> list[str]:
    """How the description says a query parameter value travels (form style)."""
    if isinstance(value, list):
        return [_wire_text(v) for v in value] if explodes(param) else [",".join(_wire_text(v) for v in value)]
    return [_wire_text(value)]


def _same_wire_values(expected: list[str], got: list[str]) -> bool:
    """Equal, timestamps compared as instants (``...Z`` and ``...+00:00`` are the same value)."""
    if len(expected) != len(got):
        return False
    for a, b in zip(expected, got, strict=True):
        instant_a, instant_b = _as_datetime(a), _as_datetime(b)
        if a != b and (instant_a is None or instant_a != instant_b):
            return False
    return True


def request_problems(op: Operation, args: dict[str, Any], sent: dict[str, Any]) -> list[str]:
    """Validate the SDK's request for ``args`` against the description; check that what we meant
    (``sent``: spec parameter name or "body" -> JSON value) is on the wire as the description says."""
    request = build_request(op, args)
    problems = []
    result = openapi_for(op.api).unmarshal_request(HttpxOpenAPIRequest(request))
    if result.errors:
        problems += [f"request {request.method} {request.url} is invalid: {e}" for e in describe_errors(result.errors)]
    for name, value in sent.items():
        if name == "body":
            if not request.content:
                problems.append("the body was not sent")
                continue
            if "json" not in request.headers.get("content-type", ""):
                continue  # form and multipart bodies: openapi-core validated them above
            try:
                on_wire = json.loads(request.content)
            except ValueError:
                problems.append(f"the body is not JSON: {request.content[:200]!r}")
                continue
            diff = json_difference(value, on_wire, "body")
            if diff:
                problems.append(f"the SDK changed the body: {diff}")
            continue
        param = next(p for p in op.parameters if p["name"] == name)
        where = param["in"]
        if where == "query":
            got = request.url.params.get_list(name)
            expected = _wire_values(value, param)
            if not _same_wire_values(expected, got):
                problems.append(f"query {name}: description says {expected}, SDK sent {got}")
        elif where == "header":
            # simple style, the only one for headers: arrays comma-joined
            meant = ",".join(_wire_values(value, {**param, "explode": False}))
            if request.headers.get(name) != meant:
                problems.append(f"header {name}: sent {request.headers.get(name)!r}, meant {meant!r}")
        elif where == "path" and not result.errors:
            # Compared as the server reads them: openapi-core decodes formats (byte: base64 -> text), so
            # what we meant goes through the same decoding before the comparison.
            read = result.parameters.path.get(name)
            meant = server_reading(op, param, value)
            if read != meant:
                problems.append(f"path {name}: the server reads {read!r}, meant {value!r} (read as {meant!r})")
    return problems


@dataclass
class Answer:
    """A synthesized answer for an operation, and what it should parse into."""

    response: httpx.Response
    body: Any  # the JSON sent, bytes for files, None without a body


def synthesize_answer(op: Operation, request: httpx.Request) -> Answer:
    """The first documented 2xx answer, with a body synthesized from its schema."""
    status, media_type, schema = op.success_response()
    if media_type is None or schema is None:
        return Answer(httpx.Response(status, request=request), None)
    if media_type == "application/json" and schema.get("format") != "binary":
        body = op.synth.value(schema, "response")
        return Answer(httpx.Response(status, json=body, request=request), body)
    return Answer(
        httpx.Response(status, content=CSV_BODY, headers={"content-type": media_type}, request=request), CSV_BODY
    )


def _client_for(op: Operation) -> Any:
    package = importlib.import_module(op.row.package)
    return package.AuthenticatedClient(base_url=base_url(op.api), token="t", raise_on_unexpected_status=True)


def _plain(value: Any) -> Any:
    if hasattr(value, "to_dict"):
        return value.to_dict()
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value


def response_problems(op: Operation, request: httpx.Request) -> list[str]:
    """Parse a synthesized 2xx answer with ``_parse_response``; check type and round trip."""
    answer = synthesize_answer(op, request)
    problems = []
    validation = openapi_for(op.api).unmarshal_response(
        HttpxOpenAPIRequest(request), HttpxOpenAPIResponse(answer.response)
    )
    if validation.errors:  # the fixture itself must honour the description
        problems += [f"synthesized answer is invalid (synth.py bug?): {e}" for e in describe_errors(validation.errors)]
    annotation = typing.get_type_hints(op.module._parse_response)["return"]
    try:
        parsed = op.module._parse_response(client=_client_for(op), response=answer.response)
    except Exception as exc:  # any exception is the finding
        return [*problems, f"_parse_response raised {type(exc).__name__}: {exc}"]
    status = answer.response.status_code
    if answer.body is None:
        if parsed is not None:
            problems.append(f"a body-less {status} parsed into {parsed!r}")
        return problems
    if parsed is None:
        return [*problems, f"_parse_response returned None for a documented {status} answer"]
    problem = type_problem(parsed, annotation)
    if problem:
        problems.append(f"parsed type does not match {annotation}: {problem}")
    if isinstance(answer.body, bytes):
        if is_file_type(type(parsed)):
            if parsed.payload.read() != answer.body:
                problems.append("the File payload differs from the body")
        elif parsed != answer.body:
            problems.append(f"binary body parsed into {parsed!r}")
        return problems
    diff = json_difference(answer.body, _plain(parsed), "answer")
    if diff:
        problems.append(f"to_dict() does not round-trip the answer: {diff}")
    return problems
