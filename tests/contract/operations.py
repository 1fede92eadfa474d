"""The operations under contract: rows of each package's operations.json joined with the spec and the module.

Also: arguments for an operation synthesized from its OpenAPI description (by introspecting the
generated signature), the request the SDK builds from them, and the response a server could send.
"""

from __future__ import annotations

import datetime
import enum
import functools
import importlib
import inspect
import io
import json
import re
import types
import typing
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
from openapi_core import OpenAPI
from openapi_core.unmarshalling.unmarshallers import BaseUnmarshaller

from .openapi_config import config_for
from .synth import HEX_ID, Synth

ROOT = Path(__file__).resolve().parents[2]
SPEC_DIR = ROOT / "build" / "specs"


@dataclass(frozen=True)
class Package:
    """One generated package and the description it was generated from."""

    api: str  # v1, v2, insights
    name: str  # import name
    folder: Path  # distribution folder holding operations.json


PACKAGES = (
    Package("v1", "jcapiv1", ROOT / "generated" / "jcapiv1"),
    Package("v2", "jcapiv2", ROOT / "generated" / "jcapiv2"),
    Package("insights", "jcapi_insights", ROOT / "generated" / "insights"),
)
PACKAGE_BY_NAME = {p.name: p for p in PACKAGES}
HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")
API_KEY = "contract-test-api-key"
SECURITY_VALUES = {"x-api-key": API_KEY, "x-org-id": HEX_ID}


@dataclass(frozen=True)
class Row:
    """One row of an operations.json."""

    package: str
    operation_id: str
    module: str
    method: str
    path: str
    typed_2xx: bool

    @property
    def key(self) -> str:
        """``package:operation_id``, unique across the three packages."""
        return f"{self.package}:{self.operation_id}"


def load_rows(package: Package) -> list[Row]:
    """The rows of ``package``'s operations.json."""
    raw = json.loads((package.folder / "operations.json").read_text())
    return [
        Row(package.name, r["operation_id"], r["module"], r["method"].upper(), r["path"], bool(r["typed_2xx"]))
        for r in raw
    ]


@functools.cache
def all_rows() -> tuple[Row, ...]:
    """Every row of the three packages, in file order."""
    return tuple(row for package in PACKAGES for row in load_rows(package))


@functools.cache
def load_spec(api: str) -> dict[str, Any]:
    """The overlaid OpenAPI 3 description of ``api`` (``make specs`` writes them)."""
    path = SPEC_DIR / f"{api}.json"
    if not path.exists():
        raise FileNotFoundError(f"{path} is missing: run `flock /tmp/jcapi-generate.lock make specs` first")
    spec: dict[str, Any] = json.loads(path.read_text())
    return spec


@functools.cache
def openapi_for(api: str) -> OpenAPI:
    """The openapi-core object of ``api``, built once per process (v2 takes seconds)."""
    spec = load_spec(api)
    return OpenAPI.from_dict(spec, config=config_for(spec))


@functools.cache
def synth_for(api: str) -> Synth:
    """The value synthesizer of ``api``'s description."""
    return Synth(load_spec(api))


def spec_operations(api: str) -> set[tuple[str, str]]:
    """(METHOD, path) of every operation the description declares."""
    return {(m.upper(), p) for p, item in load_spec(api)["paths"].items() for m in item if m in HTTP_METHODS}


def _norm(name: str) -> str:
    return re.sub(r"[^a-z0-9]", "", name.lower())


@dataclass
class Operation:
    """A row joined with its spec operation and its generated module."""

    row: Row
    api: str
    module: types.ModuleType
    spec_op: dict[str, Any]
    parameters: list[dict[str, Any]]  # resolved, path-level ones included
    hints: dict[str, Any] = field(default_factory=dict)  # sync_detailed's resolved annotations

    @property
    def synth(self) -> Synth:
        """The synthesizer of this operation's description."""
        return synth_for(self.api)

    def spec_parameter(self, python_name: str) -> dict[str, Any] | None:
        """The spec parameter a generated argument stands for (names compared loosely)."""
        wanted = _norm(python_name)
        for param in self.parameters:
            if _norm(param["name"]) == wanted:
                return param
        return None

    def request_body_schema(self) -> tuple[str, dict[str, Any]] | None:
        """(content type, schema) of the request body, or None."""
        body = self.spec_op.get("requestBody")
        if body is None:
            return None
        content: dict[str, Any] = self.synth.resolve(body).get("content", {})
        for media_type, media in content.items():
            return media_type, media.get("schema", {})
        return None

    def success_response(self) -> tuple[int, str | None, dict[str, Any] | None]:
        """(status, content type, schema) of the first 2xx answer with a body, else the first 2xx."""
        responses: dict[str, Any] = self.spec_op.get("responses", {})
        successes = sorted(code for code in responses if code.startswith("2"))
        if not successes:
            raise AssertionError(f"{self.row.key}: the description declares no 2xx answer")
        for code in successes:
            content: dict[str, Any] = self.synth.resolve(responses[code]).get("content") or {}
            if content:
                # JSON first, unless the JSON "schema" is a file download: then its other media type.
                ranked = sorted(content, key=lambda m: (_media_rank(m, content[m]), m))
                media_type = ranked[0]
                return int(code), media_type, content[media_type].get("schema", {})
        return int(successes[0]), None, None


def _is_json(media_type: str) -> bool:
    return media_type == "application/json" or media_type.endswith("+json")


def _is_binary(media: dict[str, Any]) -> bool:
    return bool(media.get("schema", {}).get("format") == "binary")


def _media_rank(media_type: str, media: dict[str, Any]) -> int:
    """0: a JSON document; 1: any other media type; 2: a file declared as JSON."""
    if not _is_json(media_type):
        return 1
    return 2 if _is_binary(media) else 0


def load_operation(row: Row) -> Operation:
    """Join ``row`` with its spec operation and import its module."""
    api = PACKAGE_BY_NAME[row.package].api
    spec = load_spec(api)
    item = spec["paths"].get(row.path)
    if item is None or row.method.lower() not in item:
        raise AssertionError(f"{row.key}: {row.method} {row.path} is not in build/specs/{api}.json")
    spec_op = item[row.method.lower()]
    if spec_op.get("operationId") != row.operation_id:
        raise AssertionError(f"{row.key}: the description names {row.method} {row.path} {spec_op.get('operationId')}")
    synth = synth_for(api)
    merged: dict[tuple[str, str], dict[str, Any]] = {}
    for raw in [*item.get("parameters", []), *spec_op.get("parameters", [])]:
        param = synth.resolve(raw)
        merged[(param["name"], param["in"])] = param
    module = importlib.import_module(row.module)
    hints = typing.get_type_hints(module.sync_detailed)
    return Operation(row, api, module, spec_op, list(merged.values()), hints)


# --- Python values from JSON values, and type checks ---------------------------------------


def _members(annotation: Any) -> list[Any]:
    """The members of a union annotation without Unset and None (or the annotation itself)."""
    if typing.get_origin(annotation) in (typing.Union, types.UnionType):
        return [a for a in typing.get_args(annotation) if a is not type(None) and getattr(a, "__name__", "") != "Unset"]
    return [annotation]


def is_file_type(tp: Any) -> bool:
    """Whether ``tp`` is a generated package's ``types.File``."""
    return isinstance(tp, type) and tp.__name__ == "File" and tp.__module__.endswith(".types")


def to_python(value: Any, annotation: Any) -> Any:
    """Turn a JSON value into the Python value a generated signature expects (models via ``from_dict``)."""
    errors: list[str] = []
    for member in _members(annotation):
        try:
            return _to_python_one(value, member)
        except (TypeError, ValueError, KeyError, AttributeError) as exc:
            errors.append(f"{member}: {exc!r}")
    raise TypeError(f"cannot make {annotation} from {value!r}: {'; '.join(errors)}")


def _to_python_one(value: Any, tp: Any) -> Any:
    origin = typing.get_origin(tp)
    if tp is Any:
        return value
    if origin is list:
        if not isinstance(value, list):
            raise TypeError("not a list")
        (item,) = typing.get_args(tp) or (Any,)
        return [to_python(v, item) for v in value]
    if origin is dict or tp is dict:
        if not isinstance(value, dict):
            raise TypeError("not an object")
        return value
    if origin is typing.Literal:  # OpenAPI 3.1 ``const`` (and one-value enums)
        if not any(_same_json(value, choice) for choice in typing.get_args(tp)):
            raise TypeError(f"{value!r} is not one of {typing.get_args(tp)}")
        return value
    if tp is datetime.datetime and isinstance(value, str):  # format: date-time
        return datetime.datetime.fromisoformat(value)  # Python 3.11+ reads the "Z" suffix
    if tp is datetime.date and isinstance(value, str):  # format: date
        return datetime.date.fromisoformat(value)
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        return tp(value)
    if is_file_type(tp):
        payload = value if isinstance(value, bytes) else str(value).encode()
        return tp(payload=io.BytesIO(payload), file_name="upload.bin", mime_type="application/octet-stream")
    if isinstance(tp, type) and hasattr(tp, "from_dict"):
        if not isinstance(value, dict):
            raise TypeError("not an object")
        return tp.from_dict(value)
    if tp is float and isinstance(value, int | float) and not isinstance(value, bool):
        return float(value)
    if isinstance(tp, type) and isinstance(value, tp) and (tp is bool or not isinstance(value, bool)):
        return value
    raise TypeError(f"{value!r} is not a {tp}")


def _same_json(a: Any, b: Any) -> bool:
    """Equal and of the same JSON type (``True`` is not ``1``)."""
    return bool(a == b and type(a) is type(b))


def type_problem(value: Any, annotation: Any, where: str = "result") -> str | None:
    """Why ``value`` does not match ``annotation`` (None when it does). ``Any`` members are ignored
    when the union has others: they stand for the body-less 2xx answers."""
    members = _members(annotation)
    concrete = [m for m in members if m is not Any] or members
    problems = []
    for member in concrete:
        problem = _type_problem_one(value, member, where)
        if problem is None:
            return None
        problems.append(problem)
    return " / ".join(problems)


def _type_problem_one(value: Any, tp: Any, where: str) -> str | None:
    origin = typing.get_origin(tp)
    if tp is Any:
        return None
    if origin is list:
        if not isinstance(value, list):
            return f"{where} is {type(value).__name__}, not a list"
        (item,) = typing.get_args(tp) or (Any,)
        for i, v in enumerate(value):
            problem = type_problem(v, item, f"{where}[{i}]")
            if problem:
                return problem
        return None
    if origin is dict:
        return None if isinstance(value, dict) else f"{where} is {type(value).__name__}, not a dict"
    if origin is typing.Literal:
        if any(_same_json(value, choice) for choice in typing.get_args(tp)):
            return None
        return f"{where} is {value!r}, not one of {typing.get_args(tp)}"
    check = origin or tp
    if isinstance(check, type):
        if isinstance(value, check) and (check is bool or not isinstance(value, bool)):
            return None
        return f"{where} is {type(value).__name__}, not {check.__name__}"
    return f"{where}: cannot check against {tp}"


# --- arguments, requests, responses -------------------------------------------------------


def explodes(param: dict[str, Any]) -> bool:
    """Whether an array parameter travels as repeated ``name=v`` pairs (else comma-joined)."""
    default = param.get("style", "form" if param["in"] in ("query", "cookie") else "simple") == "form"
    return bool(param.get("explode", default))


def parameter_value(op: Operation, param: dict[str, Any], *, multi: bool = False) -> Any:
    """A JSON value for a spec parameter (ids as 24 hex digits). Arrays get two items when
    ``multi`` or when the parameter explodes (so repetition is checked), else one."""
    schema = param.get("schema", {})
    value = op.synth.value(schema, "request", name=param["name"])
    if isinstance(value, list) and value and (multi or explodes(param)):
        value = [*value, *_another_item(op, schema, value[-1])]
    return value


def _another_item(op: Operation, schema: dict[str, Any], item: Any) -> list[Any]:
    """A second array item next to ``item``: another allowed value for enums and consts, else a variant
    (``"x"`` -> ``"xb"``). Nothing when the only allowed value may not repeat (``uniqueItems``)."""
    array = op.synth.flatten(schema)
    items = op.synth.flatten(array.get("items", {}))
    unique = bool(array.get("uniqueItems"))
    allowed = [items["const"]] if "const" in items else [e for e in items.get("enum", []) if e is not None]
    if allowed:
        others = [a for a in allowed if a != item]
        if others:
            return [others[0]]
        return [] if unique else [item]
    if isinstance(item, str):
        return [f"{item}b"]
    if isinstance(item, int) and not isinstance(item, bool) and unique:
        return [item + 1]
    return [] if unique else [item]


def build_arguments(
    op: Operation, *, optional: bool = True, multi: bool = False
) -> tuple[dict[str, Any], dict[str, Any]]:
    """Arguments for ``sync_detailed`` (minus ``client``), and the JSON value behind each.

    Required path, query and header parameters and the body are always given; optional query and
    header parameters too when ``optional`` (they are cheap: plain values and lists of strings).
    ``multi``: every array parameter gets two values (see ``parameter_value``).
    """
    signature = inspect.signature(op.module.sync_detailed)
    args: dict[str, Any] = {}
    sent: dict[str, Any] = {}
    for name, parameter in signature.parameters.items():
        if name == "client":
            continue
        annotation = op.hints[name]
        required = parameter.default is inspect.Parameter.empty
        if name == "body":
            body = op.request_body_schema()
            if body is None:
                raise AssertionError(f"{op.row.key}: the SDK takes a body the description does not declare")
            _media_type, schema = body
            value = op.synth.value(schema, "request", name="body")
            args[name] = to_python(value, annotation)
            sent[name] = value
            continue
        spec_param = op.spec_parameter(name)
        if spec_param is None:
            raise AssertionError(f"{op.row.key}: argument {name!r} matches no parameter of the description")
        if required or optional:
            value = parameter_value(op, spec_param, multi=multi)
            args[name] = to_python(value, annotation)
            sent[spec_param["name"]] = value
    return args, sent


def server_reading(op: Operation, param: dict[str, Any], value: Any) -> Any:
    """What openapi-core's request unmarshaller makes of ``value`` for spec parameter ``param`` (its
    formats applied: ``byte`` base64-decoded, ``date-time`` parsed...), i.e. how the server reads it."""
    openapi = openapi_for(op.api)
    item = openapi.spec / "paths" / op.row.path
    schema = None
    for holder in (item, item / op.row.method.lower()):  # operation-level parameters override path-level ones
        if "parameters" not in holder:
            continue
        for candidate in holder / "parameters":
            if candidate["name"] == param["name"] and candidate["in"] == param["in"]:
                schema = candidate / "schema"
    if schema is None:
        raise AssertionError(f"{op.row.key}: no schema for {param['in']} parameter {param['name']!r}")
    unmarshaller = openapi.request_unmarshaller
    assert isinstance(unmarshaller, BaseUnmarshaller), unmarshaller
    return unmarshaller.schema_unmarshallers_factory.create(openapi.spec, schema).unmarshal(value)


@functools.cache
def _http_client(base_url: str) -> httpx.Client:
    return httpx.Client(base_url=base_url)


def base_url(api: str) -> str:
    """The first server of the description."""
    url: str = load_spec(api)["servers"][0]["url"]
    return url


def security_headers(op: Operation) -> dict[str, str]:
    """Header credentials for the first security requirement of the operation (or of the document)."""
    spec = load_spec(op.api)
    requirements = op.spec_op.get("security", spec.get("security", []))
    if not requirements:
        return {}
    schemes = spec["components"]["securitySchemes"]
    headers: dict[str, str] = {}
    for name in requirements[0]:
        scheme = schemes[name]
        if scheme.get("type") != "apiKey" or scheme.get("in") != "header":
            raise AssertionError(f"{op.row.key}: unsupported security scheme {scheme}")
        headers[scheme["name"]] = SECURITY_VALUES.get(scheme["name"].lower(), "credential")
    return headers


def build_request(op: Operation, args: dict[str, Any]) -> httpx.Request:
    """The request the SDK sends for ``args``: ``_get_kwargs`` on the spec's first server, plus credentials."""
    kwargs = op.module._get_kwargs(**args)
    request = _http_client(base_url(op.api)).build_request(**kwargs)
    for header, value in security_headers(op).items():
        request.headers.setdefault(header, value)
    return request
