"""Iterate over every record of a JumpCloud list, one page request at a time.

``paginate()`` takes a generated operation (the module, or its ``sync`` / ``asyncio``
function), a client and the operation's own parameters, and yields records, not pages,
fetching the next page only when the previous one is used up::

    from jcapiv1 import connect
    from jcapiv1.api.systemusers import systemusers_list
    from jcapiv1.pagination import paginate

    client = connect()
    for user in paginate(systemusers_list, client=client, filter_=["activated:$eq:true"]):
        print(user.username)

    # v2 (bare-list pages), at most 250 groups
    from jcapiv2.api.user_groups import groups_user_list
    from jcapiv2.pagination import paginate

    names = [g.name for g in paginate(groups_user_list, client=jcapiv2.connect(), max_items=250)]

    # Directory Insights events (search_after paging), async
    from jcapi_insights.api.event_query import directory_insights_events_post
    from jcapi_insights.models import EventQuery, EventServiceTimeQueryServiceItem
    from jcapi_insights.pagination import paginate_async

    query = EventQuery(service=[EventServiceTimeQueryServiceItem.ALL], start_time=since)
    async for event in paginate_async(directory_insights_events_post, client=client, body=query, page_size=1000):
        print(event.additional_properties["event_type"])

Paging styles
-------------
* **limit/skip** (v1 and v2 lists; recognised by ``limit`` and ``skip`` parameters): a v1
  page is an object with ``results`` (and ``total_count``), a v2 page a bare list. Paging
  stops at the first page shorter than requested, an empty page, or once ``total_count``
  records were seen. ``page_size`` is at most 100 (JumpCloud rejects a larger ``limit``).
  If the operation has a ``sort`` parameter and you pass none, ``sort="_id"`` is sent, as
  JumpCloud advises when paging with ``skip``, so that records are neither skipped nor
  repeated while data changes. A ``skip=`` you pass is the starting offset.
* **search_after** (Directory Insights ``directory_insights_events_post``; recognised by a
  ``body`` model with ``limit`` and ``search_after``): each page's ``X-Search_after``
  response header (a JSON array) becomes the next body's ``search_after``; paging goes on
  while ``X-Result-Count`` equals ``X-Limit``. Your ``body`` is copied, never modified.
  ``page_size`` is 10,000 unless you set a smaller one (JumpCloud's own tools page events
  10,000 at a time).

``max_items`` bounds the records yielded (and the last request asks only for what is
still needed). Any other operation raises ``TypeError`` naming it; request failures raise
the usual typed errors (``errors.RateLimited``, ``errors.ServerError``, ...) after the
client's retries.

Why hand-written
----------------
openapi-python-client generates one function per operation and nothing across calls; the
JumpCloud specs mark no pagination in a form a generator understands (the search_after
cursor lives in response headers). A thin loop over the generated ``*_detailed``
functions keeps full typing of records, reuses the client's auth, retries and typed
errors, and adds no dependency. It costs one signature inspection per operation (cached)
and a few attribute reads per page.
"""

from __future__ import annotations

import copy
import inspect
import json
import sys
import types
import typing
from collections.abc import AsyncIterator, Callable, Iterator
from dataclasses import dataclass
from typing import Any

import httpx

from . import errors
from .raw import decode_json

__all__ = [
    "MAX_EVENTS_PAGE_SIZE",
    "MAX_PAGE_SIZE",
    "PaginationError",
    "paginate",
    "paginate_async",
]

#: JumpCloud's maximum ``limit`` for v1 and v2 lists.
MAX_PAGE_SIZE = 100
#: The largest ``limit`` used for a Directory Insights events query.
MAX_EVENTS_PAGE_SIZE = 10_000

_LIMIT_SKIP = "limit_skip"
_SEARCH_AFTER = "search_after"
_STYLES = (
    "limit/skip lists (v1 and v2 operations with `limit` and `skip` parameters returning a list, "
    "or an object with `results`) and search_after queries (Directory Insights "
    "`directory_insights_events_post`, whose body has `limit` and `search_after`)"
)


class PaginationError(RuntimeError):
    """A page came back in a form that does not allow fetching the next one."""


@dataclass(frozen=True)
class _Plan:
    name: str
    style: str
    sync: Callable[..., Any]
    asyncio: Callable[..., Any]
    parameters: frozenset[str] | None  # None: any (query parameters of a raw path)
    results_attr: str | None = None  # v1 pages: records in this attribute; None: a bare list
    default_sort: str | list[str] | None = None  # sent as ``sort`` when the caller gave none


_PLANS: dict[str, _Plan] = {}


def _operation_module(operation: object) -> types.ModuleType:
    if isinstance(operation, types.ModuleType):
        return operation
    module = sys.modules.get(getattr(operation, "__module__", None) or "")
    if module is None or not callable(operation):
        raise TypeError(
            f"paginate() needs a generated operation module or its sync/asyncio function, not {operation!r}"
        )
    return module


def _type_args(annotation: object) -> tuple[Any, ...]:
    """The members of ``X | Unset`` (or ``(annotation,)`` when not a union)."""
    if isinstance(annotation, types.UnionType) or typing.get_origin(annotation) is typing.Union:
        return typing.get_args(annotation)
    return (annotation,)


def _signature(fn: Callable[..., Any]) -> inspect.Signature:
    try:
        return inspect.signature(fn, eval_str=True)
    except (NameError, TypeError):  # an unresolvable forward reference: keep the strings
        return inspect.signature(fn)


class _RawPage:
    """A page fetched through the raw request path, read like a generated ``Response``."""

    __slots__ = ("content", "headers", "parsed", "status_code")

    def __init__(self, response: httpx.Response) -> None:
        self.parsed = decode_json(response)
        self.headers = response.headers
        self.status_code = response.status_code
        self.content = response.content


def _raw_plan(path: str) -> _Plan:
    """Paging of a path with no generated function: GET with ``limit``/``skip`` through ``client.request_raw``."""

    def sync(*, client: Any, **query: Any) -> _RawPage:
        return _RawPage(_raw_client(client, path).request_raw("GET", path, params=query))

    async def asyncio_(*, client: Any, **query: Any) -> _RawPage:
        return _RawPage(await _raw_client(client, path).arequest_raw("GET", path, params=query))

    return _Plan(f"GET {path}", _LIMIT_SKIP, sync, asyncio_, None)


def _raw_client(client: Any, path: str) -> Any:
    if not hasattr(client, "request_raw"):
        raise TypeError(f"paginate({path!r}) needs a client made by connect() (it has request_raw())")
    return client


def _plan(operation: object) -> _Plan:
    if isinstance(operation, str):
        return _raw_plan(operation)
    module = _operation_module(operation)
    plan = _PLANS.get(module.__name__)
    if plan is not None:
        return plan
    name = module.__name__
    sync, asyncio_ = getattr(module, "sync_detailed", None), getattr(module, "asyncio_detailed", None)
    if sync is None or asyncio_ is None:
        raise TypeError(f"{name} is not a generated API operation: paginate() supports {_STYLES}")
    signature = _signature(sync)
    params = signature.parameters
    returned = typing.get_args(signature.return_annotation)
    page_type = returned[0] if returned else None
    parameters = frozenset(p for p in params if p != "client")
    if "limit" in params and "skip" in params:
        results_attr: str | None
        if typing.get_origin(page_type) is list:
            results_attr = None
        elif "results" in getattr(page_type, "__annotations__", {}):
            results_attr = "results"
        else:
            raise TypeError(
                f"{name} takes limit and skip but returns {getattr(page_type, '__name__', page_type)}, "
                f"neither a list nor an object with `results`: paginate() supports {_STYLES}"
            )
        default_sort: str | list[str] | None = None
        if "sort" in params:
            kinds = _type_args(params["sort"].annotation)
            is_list = any(typing.get_origin(k) is list or (isinstance(k, str) and "list[" in k) for k in kinds)
            default_sort = ["_id"] if is_list else "_id"
        plan = _Plan(name, _LIMIT_SKIP, sync, asyncio_, parameters, results_attr, default_sort)
    elif "body" in params and typing.get_origin(page_type) is list and _has_cursor(params["body"].annotation):
        plan = _Plan(name, _SEARCH_AFTER, sync, asyncio_, parameters)
    else:
        raise TypeError(f"{name} cannot be paginated: paginate() supports {_STYLES}")
    _PLANS[name] = plan
    return plan


def _has_cursor(annotation: object) -> bool:
    for kind in _type_args(annotation):
        fields = getattr(kind, "__attrs_attrs__", None)
        if fields is not None and hasattr(fields, "search_after") and hasattr(fields, "limit"):
            return True
    return False


class _Cursor:
    """The paging state of one iteration: what to request next, and what a page means."""

    __slots__ = ("_after", "_page_size", "_problem", "done", "kwargs", "plan", "remaining", "requested", "seen", "skip")

    def __init__(
        self, plan: _Plan, client: Any, page_size: int | None, max_items: int | None, params: dict[str, Any]
    ) -> None:
        if page_size is None:  # the largest page JumpCloud serves: fewest requests
            page_size = MAX_PAGE_SIZE if plan.style == _LIMIT_SKIP else MAX_EVENTS_PAGE_SIZE
        if isinstance(page_size, bool) or not isinstance(page_size, int) or page_size < 1:
            raise ValueError(f"page_size must be a positive integer, got {page_size!r}")
        if max_items is not None and (isinstance(max_items, bool) or not isinstance(max_items, int) or max_items < 0):
            raise ValueError(f"max_items must be None or an integer >= 0, got {max_items!r}")
        unknown = sorted(set(params) - plan.parameters) if plan.parameters is not None else []
        if unknown:
            raise TypeError(f"{plan.name} has no parameter {', '.join(unknown)}")
        self.plan = plan
        self.remaining = max_items
        self.done = max_items == 0
        self.seen = 0
        self.requested = page_size
        kwargs = dict(params)
        kwargs["client"] = client
        if plan.style == _LIMIT_SKIP:
            if page_size > MAX_PAGE_SIZE:
                raise ValueError(
                    f"page_size={page_size} is over JumpCloud's maximum of {MAX_PAGE_SIZE} records per "
                    f"request (a larger limit is rejected); paginate() fetches every page anyway"
                )
            if "limit" in params:
                raise TypeError("pass page_size= (and max_items=) to paginate(), not limit=")
            self.skip = params.get("skip") or 0
            if plan.default_sort is not None and _absent(kwargs.get("sort")):
                kwargs["sort"] = plan.default_sort
        else:
            if page_size > MAX_EVENTS_PAGE_SIZE:
                raise ValueError(f"page_size={page_size} is over the {MAX_EVENTS_PAGE_SIZE} allowed for {plan.name}")
            if "body" not in params:
                raise TypeError(f"{plan.name} needs body= (the query) to paginate")
            self.skip = 0
        self.kwargs = kwargs
        self._page_size = page_size
        self._after: list[Any] | None = None
        self._problem: Exception | None = None  # raised when the next page is asked for

    def next_kwargs(self) -> dict[str, Any]:
        """Keyword arguments for the next request."""
        if self._problem is not None:
            raise self._problem
        size = self._page_size if self.remaining is None else min(self._page_size, self.remaining)
        self.requested = size
        if self.plan.style == _LIMIT_SKIP:
            self.kwargs["limit"] = size
            self.kwargs["skip"] = self.skip
        else:
            # A shallow copy per request: the caller's body is never modified.
            body = copy.copy(self.kwargs["body"])
            body.limit = size
            if self._after is not None:
                body.search_after = self._after
            self.kwargs["body"] = body
        return self.kwargs

    def records(self, response: Any) -> list[Any]:
        """The records of a page (``response`` from ``*_detailed``); updates the state."""
        page = response.parsed
        if page is None:
            raise _error(self.plan, response)
        plan = self.plan
        if plan.style == _LIMIT_SKIP:
            if isinstance(page, dict):  # a raw path's v1-style page: {"totalCount": n, "results": [...]}
                records, total = page.get("results"), page.get("totalCount")
                if not isinstance(records, list):
                    raise PaginationError(f"{plan.name} answered an object without a `results` list")
            elif plan.results_attr is None:
                if not isinstance(page, list):
                    raise PaginationError(f"{plan.name} answered {type(page).__name__}, not a list of records")
                records = page
                total = None
            else:
                records = getattr(page, plan.results_attr)
                if not isinstance(records, list):  # UNSET: no results key
                    records = []
                total = getattr(page, "total_count", None)
            count = len(records)
            self.skip += count
            self.seen += count
            if count < self.requested or (isinstance(total, int) and self.seen >= total):
                self.done = True
        else:
            records = page
            count = len(records)
            headers = response.headers
            result_count = _int_header(headers, "x-result-count", count)
            limit = _int_header(headers, "x-limit", self.requested)
            if count == 0 or result_count < limit:
                self.done = True
            else:
                cursor = headers.get("x-search_after")
                try:
                    after = json.loads(cursor) if cursor else None
                except ValueError:
                    after = None
                if not isinstance(after, list) or not after:
                    # Raised on the next request only, after this page's records were yielded.
                    self._problem = PaginationError(
                        f"{plan.name}: a full page ({count} records) came without a usable X-Search_after "
                        f"header ({cursor!r}), so the next page cannot be requested"
                    )
                else:
                    self._after = after
        if self.remaining is not None:
            if count >= self.remaining:
                records = records[: self.remaining]
                self.done = True
            self.remaining -= len(records)
        return records


def _absent(value: object) -> bool:
    """None or the generated ``UNSET`` (of any of the three packages)."""
    return value is None or type(value).__name__ == "Unset"


def _int_header(headers: Any, name: str, default: int) -> int:
    value = headers.get(name)
    try:
        return int(value) if value is not None else default
    except ValueError:
        return default


def _error(plan: _Plan, response: Any) -> Exception:
    """The typed error for a page without a parsed body (a client with raise_on_unexpected_status=False)."""
    if 200 <= int(response.status_code) < 300:
        return PaginationError(f"{plan.name} answered {int(response.status_code)} with no records body")
    return errors.error_for_response(
        httpx.Response(int(response.status_code), headers=response.headers, content=response.content)
    )


def paginate(
    operation: types.ModuleType | Callable[..., Any] | str,
    *,
    client: Any,
    page_size: int | None = None,
    max_items: int | None = None,
    **params: Any,
) -> Iterator[Any]:
    """Every record of a paged list, fetched lazily page by page.

    Args:
        operation: a generated operation module (``systemusers_list``) or its ``sync`` /
            ``asyncio`` / ``*_detailed`` function; or the path of a limit/skip list that has no
            generated function (``"/applications/selection"``), fetched with ``GET`` through
            ``client.request_raw()``: its pages may be bare lists or objects with ``results``
            (and ``totalCount``), and ``**params`` are sent as query parameters as given.
        client: the client to call it with (e.g. from ``connect()``).
        page_size: records per request; default and maximum 100 for limit/skip lists, and
            10,000 for events, as JumpCloud's own tools ask.
        max_items: stop after this many records (None: all).
        **params: the operation's other parameters, by keyword, path ones included
            (``group_id=``, ``filter_``, ``fields``, ``sort``, ``body`` for events, ...);
            not ``limit``.

    Raises:
        TypeError: the operation is not pageable (the message names the supported styles),
            or a parameter is unknown.
        ValueError: page_size or max_items out of range (checked at once, before any request).
        errors.APIError: a request failed (typed subclass), after the client's retries.
    """
    cursor = _Cursor(_plan(operation), client, page_size, max_items, params)
    return _iterate(cursor)


def _iterate(cursor: _Cursor) -> Iterator[Any]:
    call = cursor.plan.sync
    while not cursor.done:
        yield from cursor.records(call(**cursor.next_kwargs()))


def paginate_async(
    operation: types.ModuleType | Callable[..., Any] | str,
    *,
    client: Any,
    page_size: int | None = None,
    max_items: int | None = None,
    **params: Any,
) -> AsyncIterator[Any]:
    """The async twin of :func:`paginate` (same arguments): ``async for record in paginate_async(...)``.

    Arguments are checked at the call, before the first ``await``.
    """
    cursor = _Cursor(_plan(operation), client, page_size, max_items, params)
    return _aiterate(cursor)


async def _aiterate(cursor: _Cursor) -> AsyncIterator[Any]:
    call = cursor.plan.asyncio
    while not cursor.done:
        for record in cursor.records(await call(**cursor.next_kwargs())):
            yield record
