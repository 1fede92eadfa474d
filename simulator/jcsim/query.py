"""List query parameters shared by v1 and v2: ``limit``/``skip`` paging (max 100), ``filter``
(v1 ``field:$op:value``, v2 ``field:op:value``), ``sort`` and ``fields``."""

from __future__ import annotations

import functools
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


def filters(params: QueryParams, *, v1: bool) -> list[Callable[[dict[str, Any]], bool]]:
    """Predicates for every ``filter`` parameter (all must hold)."""
    out: list[Callable[[dict[str, Any]], bool]] = []
    for raw in params.getlist("filter"):
        if not raw:
            continue
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


def apply_filters(records: list[dict[str, Any]], params: QueryParams, *, v1: bool) -> list[dict[str, Any]]:
    """Records matching every ``filter`` parameter."""
    preds = filters(params, v1=v1)
    return [r for r in records if all(p(r) for p in preds)] if preds else records


def _sort_key(name: str, record: dict[str, Any]) -> tuple[bool, str]:
    value = record.get(name)
    return (value is None, "" if value is None else str(value))


def apply_sort(records: list[dict[str, Any]], params: QueryParams) -> list[dict[str, Any]]:
    """Records sorted by the space/comma separated ``sort`` keys (``-`` prefix = descending)."""
    keys = [k for k in params.get("sort", "").replace(",", " ").split() if k]
    out = list(records)
    for key in reversed(keys):
        desc = key.startswith("-")
        name = key.lstrip("-+")
        out.sort(key=functools.partial(_sort_key, name), reverse=desc)
    return out


def apply_fields(record: dict[str, Any], params: QueryParams, id_field: str) -> dict[str, Any]:
    """The record limited to the space separated ``fields`` (the id is always kept)."""
    wanted = params.get("fields", "").replace(",", " ").split()
    if not wanted:
        return record
    return {k: v for k, v in record.items() if k in wanted or k == id_field}


def page(records: list[Any], limit: int, skip: int) -> list[Any]:
    """The requested page."""
    return records[skip : skip + limit]
