"""List query parameters shared by v1 and v2, read the way JumpCloud reads them
(``jumpcloud-api-notes.md``, "Query parameters as JumpCloud reads them"):

- ``limit``/``skip`` paging (max 100);
- ``filter`` repeated, one expression per parameter, ANDed (v1 ``field:$op:value``, also
  ``filter[0]=``; v2 ``field:op:value``); a v2 value holding a comma-joined second expression is a
  400, as is a v2 ``filter`` sent the old ``filter[0]=`` way;
- ``sort`` and ``fields``: one parameter, comma-separated in v2 (``sort=name,-id``),
  space-separated in v1 (``sort=name -id``); the parameter repeated, or the other separator, is a 400.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from typing import Any

from starlette.datastructures import QueryParams

from jcsim.errors import ApiError

MAX_LIMIT = 100
DEFAULT_LIMIT = 10


def _int_param(params: QueryParams, name: str, default: int) -> int:
    raw = params.get(name)
    if raw is None or raw == "":
        return default
    try:
        return int(raw)
    except ValueError:
        raise ApiError(400, f'request parameter "{name}" must be an integer') from None


def paging(params: QueryParams) -> tuple[int, int]:
    """``(limit, skip)``; a limit over 100 or a negative value is a 400 like the real API."""
    limit = _int_param(params, "limit", DEFAULT_LIMIT)
    skip = _int_param(params, "skip", 0)
    if limit > MAX_LIMIT:
        raise ApiError(400, f'request parameter "limit" exceeds maximum value of {MAX_LIMIT}')
    if limit < 0:
        raise ApiError(400, 'request parameter "limit" must be at least 0')
    if skip < 0:
        raise ApiError(400, 'request parameter "skip" must be at least 0')
    return (limit or DEFAULT_LIMIT), skip


def _compare(op: str, actual: Any, value: str) -> bool:
    text = "" if actual is None else (str(actual).lower() if isinstance(actual, bool) else str(actual))
    if op == "eq":
        return text == value
    if op == "ne":
        return text != value
    if op == "in":
        return text in value.split("|")
    if op == "search":
        return value.lower() in text.lower()
    numeric = {"gt": float.__gt__, "ge": float.__ge__, "lt": float.__lt__, "le": float.__le__}
    if op in numeric:
        try:
            return bool(numeric[op](float(text), float(value)))
        except ValueError:
            return bool({"gt": text > value, "ge": text >= value, "lt": text < value, "le": text <= value}[op])
    raise ApiError(400, f"unsupported filter operator {op!r}")


def _matches(field: str, op: str, value: str, record: dict[str, Any]) -> bool:
    return _compare(op, record.get(field), value)


_EXPRESSION_AFTER_COMMA = re.compile(r",\s*[A-Za-z_][\w.]*:\$?[a-z]+:")


def filters(params: QueryParams, *, v1: bool) -> list[Callable[[dict[str, Any]], bool]]:
    """Predicates for every ``filter`` parameter (all must hold)."""
    out: list[Callable[[dict[str, Any]], bool]] = []
    indexed = [key for key in params if key.startswith("filter[")]
    if indexed and not v1:
        raise ApiError(400, f"unsupported query parameter {indexed[0]!r}: repeat filter= once per expression")
    raws = params.getlist("filter") + [value for key in indexed for value in params.getlist(key)]
    for raw in raws:
        if not raw:
            continue
        if not v1 and _EXPRESSION_AFTER_COMMA.search(raw):
            raise ApiError(400, f"invalid filter {raw!r}: one expression per filter parameter (repeat filter=)")
        parts = raw.split(":", 2)
        if len(parts) != 3:
            raise ApiError(400, f"invalid filter {raw!r}: expected field:operator:value")
        field, op, value = parts
        if v1:
            if not op.startswith("$"):
                raise ApiError(400, f"invalid filter {raw!r}: v1 operators look like $eq")
            op = op[1:]
        out.append(functools.partial(_matches, field, op, value))
    return out


def field_list(params: QueryParams, name: str, *, v1: bool) -> list[str]:
    """``sort`` or ``fields`` as a list: one parameter, space-separated (v1) or comma-separated (v2)."""
    values = params.getlist(name)
    if len(values) > 1:
        joined = " " if v1 else ","
        raise ApiError(
            400,
            f"request parameter {name!r} given {len(values)} times: send one, {'space' if v1 else 'comma'}-"
            f"separated ({name}={joined.join(values)})",
        )
    raw = values[0].strip() if values else ""
    if not raw:
        return []
    wrong, right = (",", " ") if v1 else (" ", ",")
    if wrong in raw:
        raise ApiError(400, f"invalid {name} {raw!r}: {'v1' if v1 else 'v2'} separates fields with {right!r}")
    return [item for item in raw.split(right) if item]


def apply_filters(records: list[dict[str, Any]], params: QueryParams, *, v1: bool) -> list[dict[str, Any]]:
    """Records matching every ``filter`` parameter."""
    preds = filters(params, v1=v1)
    return [r for r in records if all(p(r) for p in preds)] if preds else records


def _sort_key(name: str, record: dict[str, Any]) -> tuple[bool, str]:
    value = record.get(name)
    return (value is None, "" if value is None else str(value))


def apply_sort(records: list[dict[str, Any]], params: QueryParams, *, v1: bool) -> list[dict[str, Any]]:
    """Records sorted by the ``sort`` keys (``-`` prefix = descending)."""
    out = list(records)
    for key in reversed(field_list(params, "sort", v1=v1)):
        desc = key.startswith("-")
        name = key.lstrip("-+")
        out.sort(key=functools.partial(_sort_key, name), reverse=desc)
    return out


def apply_fields(record: dict[str, Any], params: QueryParams, id_field: str, *, v1: bool) -> dict[str, Any]:
    """The record limited to the requested ``fields`` (the id is always kept), as JumpCloud narrows answers."""
    wanted = field_list(params, "fields", v1=v1)
    if not wanted:
        return record
    return {k: v for k, v in record.items() if k in wanted or k == id_field}


def page(records: list[Any], limit: int, skip: int) -> list[Any]:
    """The requested page."""
    return records[skip : skip + limit]
