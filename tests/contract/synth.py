"""Synthesize JSON values from OpenAPI 3.0 / 3.1 schemas: the smallest valid value, plus optional parts.

Deterministic: the same schema always gives the same value, so failures reproduce.
``direction`` is ``"request"`` (readOnly properties left out) or ``"response"`` (writeOnly left out).
"""

from __future__ import annotations

import re
from typing import Any, Literal

Direction = Literal["request", "response"]

HEX_ID = "5f0c1b2a3d4e5f6a7b8c9d0e"  # what JumpCloud ids look like: 24 hex digits
_HARD_DEPTH = 12  # required properties are followed this deep at most (guards against cycles)

_FORMATS: dict[str, Any] = {
    "date-time": "2024-01-02T03:04:05Z",
    "date": "2024-01-02",
    "email": "user@example.com",
    "uuid": "123e4567-e89b-12d3-a456-426614174000",
    "uri": "https://example.com/x",
    "url": "https://example.com/x",
    "hostname": "host.example.com",
    "ipv4": "192.0.2.10",
    "ipv6": "2001:db8::10",
    "byte": "aGVsbG8=",
    "binary": "binary-content",
    "password": "s3cret-Passw0rd",
}


class SchemaError(Exception):
    """The schema cannot be satisfied (e.g. a pattern no candidate matches)."""


def looks_like_id(name: str) -> bool:
    """Whether a property or parameter name holds a JumpCloud object id."""
    low = name.lower()
    return low in {"id", "_id", "objectid"} or low.endswith(("_id", "objectid")) or name.endswith("Id")


class Synth:
    """Value synthesizer bound to one OpenAPI document (for ``$ref`` resolution)."""

    def __init__(self, spec: dict[str, Any], *, optional_depth: int = 2) -> None:
        self.spec = spec
        self.optional_depth = optional_depth

    def resolve(self, node: dict[str, Any]) -> dict[str, Any]:
        """Follow ``$ref`` (local JSON pointers) until a concrete node."""
        seen = 0
        while "$ref" in node:
            ref = node["$ref"]
            if not ref.startswith("#/"):
                raise SchemaError(f"non-local $ref {ref!r}")
            target: Any = self.spec
            for part in ref[2:].split("/"):
                target = target[part.replace("~1", "/").replace("~0", "~")]
            node = target
            seen += 1
            if seen > 50:
                raise SchemaError(f"$ref loop at {ref!r}")
        return node

    def flatten(self, schema: dict[str, Any]) -> dict[str, Any]:
        """Resolve refs, merge ``allOf`` parts, and pick the first ``oneOf``/``anyOf`` branch."""
        schema = self.resolve(schema)
        if "allOf" in schema:
            merged: dict[str, Any] = {k: v for k, v in schema.items() if k != "allOf"}
            props: dict[str, Any] = dict(merged.get("properties", {}))
            required: list[str] = list(merged.get("required", []))
            for part in schema["allOf"]:
                flat = self.flatten(part)
                props.update(flat.get("properties", {}))
                required += [r for r in flat.get("required", []) if r not in required]
                for key, value in flat.items():
                    if key not in ("properties", "required"):
                        merged.setdefault(key, value)
            if props:
                merged["properties"] = props
                merged.setdefault("type", "object")
            if required:
                merged["required"] = required
            return merged
        for key in ("oneOf", "anyOf"):
            if key in schema:
                rest = {k: v for k, v in schema.items() if k != key}
                first = self.flatten(schema[key][0])
                return {**rest, **first}
        return schema

    def value(self, schema: dict[str, Any], direction: Direction, *, name: str = "", depth: int = 0) -> Any:
        """A value valid against ``schema``: every required part, optional parts to ``optional_depth``."""
        if depth > _HARD_DEPTH:
            raise SchemaError(f"schema too deep at {name!r} (required cycle?)")
        schema = self.flatten(schema)
        if "enum" in schema:
            choices = [e for e in schema["enum"] if e is not None]
            if not choices:
                raise SchemaError(f"enum of {name!r} has no non-null value")
            # "" in a string enum is the zero value of the server's enum type (grpc-gateway, Go), not a
            # representative value, and in a query it cannot travel without allowEmptyValue: prefer another.
            return next((c for c in choices if c != ""), choices[0])
        if "const" in schema:
            return schema["const"]
        kind = schema.get("type")
        if isinstance(kind, list):  # OpenAPI 3.1: ["string", "null"] -> the first non-null type
            kind = next((k for k in kind if k != "null"), "null")
        if kind == "null":
            return None
        if kind is None:
            kind = "object" if "properties" in schema or "additionalProperties" in schema else "string"
        if kind == "object":
            return self._object(schema, direction, depth)
        if kind == "array":
            items = schema.get("items", {})
            count = max(1, int(schema.get("minItems", 1)))
            if depth >= self.optional_depth + 2 and not schema.get("minItems"):
                return []
            values = [self.value(items, direction, name=name, depth=depth + 1) for _ in range(count)]
            if schema.get("uniqueItems") and count > 1:
                values = [_distinct(v, i) for i, v in enumerate(values)]
            return values
        if kind == "integer":
            return _number(schema, 1, integer=True)
        if kind == "number":
            return _number(schema, 1.5, integer=False)
        if kind == "boolean":
            return True
        if kind == "string":
            return _string(schema, name)
        raise SchemaError(f"unsupported schema type {kind!r} at {name!r}")

    def _object(self, schema: dict[str, Any], direction: Direction, depth: int) -> dict[str, Any]:
        skip = "readOnly" if direction == "request" else "writeOnly"
        props: dict[str, Any] = schema.get("properties", {})
        required = set(schema.get("required", []))
        out: dict[str, Any] = {}
        for prop, sub in props.items():
            flat = self.flatten(sub)
            if flat.get(skip) or (self.resolve(sub).get(skip)):
                continue
            if prop in required or depth < self.optional_depth:
                out[prop] = self.value(sub, direction, name=prop, depth=depth + 1)
        extra = schema.get("additionalProperties")
        if not props and extra and depth < self.optional_depth:
            out["extra_key"] = "extra" if extra is True else self.value(extra, direction, name="", depth=depth + 1)
        return out


def _distinct(value: Any, index: int) -> Any:
    if isinstance(value, str):
        return f"{value}{index}" if index else value
    if isinstance(value, int) and not isinstance(value, bool):
        return value + index
    return value


def _number(schema: dict[str, Any], preferred: float, *, integer: bool) -> Any:
    low = schema.get("minimum")
    high = schema.get("maximum")
    value: float = preferred
    if low is not None:
        value = max(value, low + (1 if schema.get("exclusiveMinimum") is True else 0))
    if high is not None:
        value = min(value, high - (1 if schema.get("exclusiveMaximum") is True else 0))
    for key, step in (("exclusiveMinimum", 1), ("exclusiveMaximum", -1)):  # OpenAPI 3.1: a number
        bound = schema.get(key)
        if isinstance(bound, int | float) and not isinstance(bound, bool):
            value = max(value, bound + step) if step > 0 else min(value, bound + step)
    return int(value) if integer else float(value)


def _string(schema: dict[str, Any], name: str) -> str:
    fmt = schema.get("format", "")
    candidates: list[str] = []
    if fmt in _FORMATS:
        candidates.append(_FORMATS[fmt])
    elif looks_like_id(name):
        candidates.append(HEX_ID)
    else:
        candidates.append(f"{re.sub(r'[^A-Za-z0-9]', '', name) or 'value'}1")
    # The description's own samples: OpenAPI 3.0 ``example``, JSON Schema 2020-12 (OpenAPI 3.1) ``examples``.
    examples = [schema.get("example"), *(schema.get("examples") or [])]
    candidates += [e for e in examples if isinstance(e, str)]
    pattern = schema.get("pattern")
    if pattern:
        # A pattern often restates a format without naming it (``email`` with an e-mail regex): the
        # sample values of every known format are candidates too, after the ones above.
        candidates += [v for v in _FORMATS.values() if v not in candidates]
        matching = [c for c in candidates if re.search(pattern, c)]
        if not matching:
            raise SchemaError(f"no candidate for {name!r} matches pattern {pattern!r}")
        candidates = matching
    text = candidates[0]
    low, high = schema.get("minLength"), schema.get("maxLength")
    if low is not None and len(text) < low:
        text = text + "x" * (low - len(text))
    if high is not None and len(text) > high:
        text = text[:high]
    return text
