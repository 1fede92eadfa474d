"""JumpCloud Directory Insights API (``/insights/directory/v1``): event search with
``search_after`` paging, event count/distinct/interval, and the reports lifecycle with
streamed artifact downloads."""

from __future__ import annotations

import json
from collections import Counter
from typing import Any

from starlette.requests import Request
from starlette.responses import Response, StreamingResponse
from starlette.routing import Route

from jcsim import events, reports
from jcsim.clock import iso_from_millis, parse_iso
from jcsim.errors import ApiError, json_response
from jcsim.routes_v1 import json_object
from jcsim.state import SimState

DEFAULT_EVENT_LIMIT = 10_000
MAX_EVENT_LIMIT = 10_000
INTERVAL_SECONDS = {"s": 1, "m": 60, "h": 3600, "d": 86400, "w": 604800}


def _millis(body: dict[str, Any], name: str, *, required: bool) -> int | None:
    raw = body.get(name)
    if raw is None:
        if required:
            raise ApiError(400, f"{name} is required")
        return None
    try:
        return int(parse_iso(str(raw)).timestamp() * 1000)
    except ValueError:
        raise ApiError(400, f"{name} must be an RFC 3339 date-time") from None


def parse_query(body: dict[str, Any]) -> events.Query:
    """Validate an ``EventQuery`` body."""
    services = body.get("service")
    if not isinstance(services, list) or not services or not all(s in events.SERVICES for s in services):
        raise ApiError(400, f"service must be a non-empty list of: {', '.join(events.SERVICES)}")
    start = _millis(body, "start_time", required=True)
    assert start is not None
    sort = str(body.get("sort", "ASC")).upper()
    if sort not in ("ASC", "DESC"):
        raise ApiError(400, "sort must be ASC or DESC")
    search_after = body.get("search_after")
    after: tuple[int, str] | None = None
    if search_after:
        if not isinstance(search_after, list) or len(search_after) != 2:
            raise ApiError(400, "search_after must be the two values of the X-Search_after header")
        try:
            after = (int(search_after[0]), str(search_after[1]))
        except (TypeError, ValueError):
            raise ApiError(400, "search_after must be the two values of the X-Search_after header") from None
    text = body.get("q") or body.get("exact_match")
    fields = body.get("fields")
    return events.Query(
        services=frozenset(services),
        start_ms=start,
        end_ms=_millis(body, "end_time", required=False),
        text=str(text).lower() if text else None,
        descending=sort == "DESC",
        search_after=after,
        fields=tuple(fields) if isinstance(fields, list) and fields else None,
    )


def routes(state: SimState) -> list[Route]:
    """The Directory Insights routes bound to ``state``."""

    async def post_events(request: Request) -> Response:
        body = await json_object(request)
        q = parse_query(body)
        limit = body.get("limit", DEFAULT_EVENT_LIMIT)
        if not isinstance(limit, int) or limit < 1 or limit > MAX_EVENT_LIMIT:
            raise ApiError(400, f"limit must be an integer between 1 and {MAX_EVENT_LIMIT}")
        skip = body.get("skip", 0)
        if not isinstance(skip, int) or skip < 0:
            raise ApiError(400, "skip must be a non-negative integer")
        matched = events.after(events.select(state.events, q), q)[skip : skip + limit]
        headers = {"X-Result-Count": str(len(matched)), "X-Limit": str(limit)}
        if matched:
            headers["X-Search_after"] = json.dumps(events.sort_values(matched[-1]), separators=(",", ":"))
        return json_response([events.project(e, q.fields) for e in matched], headers=headers)

    async def count_events(request: Request) -> Response:
        q = parse_query(await json_object(request))
        return json_response({"count": len(events.after(events.select(state.events, q), q))})

    async def distinct_events(request: Request) -> Response:
        body = await json_object(request)
        q = parse_query(body)
        field = body.get("field")
        if not isinstance(field, str) or not field:
            raise ApiError(400, "field is required")
        counts = Counter(
            json.dumps(e.body[field]) if not isinstance(e.body[field], str) else e.body[field]
            for e in events.select(state.events, q)
            if field in e.body
        )
        buckets = [{"key": k, "doc_count": n} for k, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))]
        return json_response({"buckets": buckets, "doc_count_error_upper_bound": 0, "sum_other_doc_count": 0})

    async def interval_events(request: Request) -> Response:
        body = await json_object(request)
        q = parse_query(body)
        unit = body.get("interval_unit")
        if unit not in INTERVAL_SECONDS:
            raise ApiError(400, "interval_unit must be one of s, m, h, d, w")
        try:
            size_ms = int(body.get("interval_value") or 1) * INTERVAL_SECONDS[unit] * 1000
        except ValueError:
            raise ApiError(400, "interval_value must be an integer") from None
        counts = Counter(e.millis - e.millis % size_ms for e in events.select(state.events, q))
        buckets = [{"key": k, "key_as_string": iso_from_millis(k), "doc_count": n} for k, n in sorted(counts.items())]
        return json_response({"buckets": buckets})

    async def create_report(request: Request) -> Response:
        kind = reports.normalise_type(request.path_params["report_type"])
        if kind is None:
            raise ApiError(400, f"invalid report type {request.path_params['report_type']!r}")
        report = state.create_report(kind)
        return json_response(report.to_json(list_spelling=False), status=202)

    async def list_reports(request: Request) -> Response:
        sort = request.query_params.get("sort", "")
        desc = sort.startswith("-")
        key = reports.SORT_KEYS.get(sort.lstrip("-").upper()) if sort else "created_at"
        if key is None:
            raise ApiError(400, f"invalid sort {sort!r}; expected one of {', '.join(reports.SORT_KEYS)}")
        with state.lock:
            bodies = [r.to_json(list_spelling=True) for r in state.list_reports()]
        bodies.sort(key=lambda b: (str(b[key]), b["id"]), reverse=desc)
        return json_response(bodies)

    async def artifact_content(request: Request) -> Response:
        report_id, artifact_id = request.path_params["report_id"], request.path_params["artifact_id"]
        with state.lock:
            report = state.reports.get(report_id)
            if report is not None:
                reports.expire(report, state.clock())
            artifact = next((a for a in report.artifacts if a.id == artifact_id), None) if report else None
        if report is None or artifact is None:
            raise ApiError(404, "report or artifact not found")
        media = "text/csv" if artifact.format == "CSV" else "application/json"
        size = reports.content_length(state.seed, report, artifact.format)
        return StreamingResponse(
            reports.stream(state.seed, report, artifact.format),
            media_type=media,
            headers={"Content-Length": str(size)},
        )

    return [
        Route("/events", post_events, methods=["POST"]),
        Route("/events/count", count_events, methods=["POST"]),
        Route("/events/distinct", distinct_events, methods=["POST"]),
        Route("/events/interval", interval_events, methods=["POST"]),
        Route("/reports", list_reports, methods=["GET"]),
        Route("/reports/{report_type}", create_report, methods=["POST"]),
        Route("/reports/{report_id}/artifacts/{artifact_id}/content", artifact_content, methods=["GET"]),
    ]
