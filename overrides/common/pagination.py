"""Iterate over every record of a JumpCloud list, one page request at a time.

``paginate()`` takes a generated list operation (its module), a client and the operation's own
parameters, and yields typed records, not pages, fetching the next page only when the previous
one is used up::

    from jcapiv1 import connect, paginate
    from jcapiv1.api.systemusers import systemusers_list

    client = connect()
    for user in paginate(systemusers_list, client=client, filter_=["activated:$eq:true"]):
        print(user.username)                     # a SystemUserReturn

    # v2 (bare-list pages), at most 250 groups; the server's total once the first page came
    from jcapiv2.api.user_groups import groups_user_list

    groups = paginate(groups_user_list, client=jcapiv2.connect(), max_items=250)
    names = [g.name for g in groups]             # list[UserGroup] for mypy
    print(groups.total)                          # x-total-count, when JumpCloud sends it

    # Directory Insights events (search_after paging), async
    from jcapi_insights.api.event_query import directory_insights_events_post
    from jcapi_insights.models import EventQuery, EventServiceTimeQueryServiceItem

    query = EventQuery(service=[EventServiceTimeQueryServiceItem.ALL], start_time=since)
    async for event in paginate_async(directory_insights_events_post, client=client, body=query):
        print(event.additional_properties["event_type"])

    # a path with no generated function (limit/skip, records as dicts)
    for record in paginate("/applications/selection", client=client): ...

Paging styles, decided when the package is generated
-----------------------------------------------------
``pipeline.build`` reads the description and gives every pageable operation a ``PAGINATION``
plan (its style, where the records and the total are, its parameters, its record type), so
nothing here inspects signatures at run time, and mypy types ``paginate(op, ...)`` from the plan.

* **limit/skip** (v1 and v2 lists): a v1 page is an object with ``results`` (total in
  ``totalCount``), a v2 page a bare list (total in the ``x-total-count`` header). Paging
  stops once the total was seen (or at an empty page); without a total, at the first page
  shorter than requested.
  ``page_size`` is at most 100 (JumpCloud rejects a larger ``limit``). If the operation has a
  ``sort`` parameter and you pass none, ``sort=_id`` is sent, as JumpCloud advises when paging
  with ``skip``. A ``skip=`` you pass is the starting offset.
* **search_after** (Directory Insights events): each page's ``X-Search_after`` response header
  (a JSON array) becomes the next body's ``search_after``; paging goes on while
  ``X-Result-Count`` equals ``X-Limit``. Your ``body`` is copied, never modified. ``page_size``
  is 10,000 unless you set a smaller one (JumpCloud's own tools page events 10,000 at a time).

Guards: a page identical record for record to the previous one while the server gives no total
(a server ignoring ``skip``), a cursor that does not move, or more than ``max_pages`` pages end
the iteration with ``errors.PaginationError`` naming the
operation, instead of looping forever. ``max_items`` bounds the records yielded. Request
failures raise the usual typed errors after the client's retries.

Why hand-written
----------------
openapi-python-client generates one function per operation and nothing across calls; the
JumpCloud specs mark no pagination in a form a generator understands (the search_after
cursor lives in response headers). A thin loop over the generated ``*_detailed`` functions
keeps full typing of records, reuses the client's request loop, and adds no dependency.
"""

from __future__ import annotations

import copy
import json
import sys
import types
from collections.abc import AsyncIterator, Callable, Iterator
from dataclasses import dataclass
from typing import Any, Generic, Protocol, TypeVar, cast, overload

import httpx

from . import errors
from .raw import decode_json

__all__ = [
    "MAX_EVENTS_PAGE_SIZE",
    "MAX_PAGES",
    "MAX_PAGE_SIZE",
    "AsyncPages",
    "Pageable",
    "Pages",
    "PaginationError",
    "Plan",
    "paginate",
    "paginate_async",
]

#: JumpCloud's maximum ``limit`` for v1 and v2 lists.
MAX_PAGE_SIZE = 100
#: The largest ``limit`` used for a Directory Insights events query.
MAX_EVENTS_PAGE_SIZE = 10_000
#: More pages than this end the iteration (10 million records at 100 a page): a server that
#: keeps answering full pages forever is a bug, not data.
MAX_PAGES = 100_000

LIMIT_SKIP = "limit_skip"
SEARCH_AFTER = "search_after"

PaginationError = errors.PaginationError  # defined with the other errors, re-exported here

T = TypeVar("T")
T_co = TypeVar("T_co", covariant=True)


@dataclass(frozen=True)
class Plan(Generic[T_co]):
    """How one list operation pages (written into each pageable operation module as ``PAGINATION``)."""

    name: str
    style: str
    sync: Callable[..., Any]
    asyncio: Callable[..., Any]
    parameters: frozenset[str] | None  # None: any (the query parameters of a raw path)
    results: str | None = None  # v1 pages: the records are in this attribute; None: a bare list
    total: str | None = None  # where the server's total is: a page attribute or a response header
    default_sort: str | list[str] | None = None  # sent as ``sort`` when the caller gives none


class Pageable(Protocol[T_co]):
    """A generated operation module that can be paged (it has a ``PAGINATION`` plan)."""

    @property
    def PAGINATION(self) -> Plan[T_co]: ...  # upper case: the module attribute's name


class _RawPage:
    """A page fetched through the raw request path, read like a generated ``Response``."""

    __slots__ = ("content", "headers", "parsed", "status_code")

    def __init__(self, response: httpx.Response) -> None:
        self.parsed = decode_json(response)
        self.headers = response.headers
        self.status_code = response.status_code
        self.content = response.content


def _raw_client(client: Any, path: str) -> Any:
    if not hasattr(client, "request_raw"):
        raise TypeError(f"paginate({path!r}) needs a client made by connect() (it has request_raw())")
    return client


def _raw_plan(path: str) -> Plan[Any]:
    """Paging of a path with no generated function: GET with ``limit``/``skip`` through ``request_raw``."""

    def sync(*, client: Any, **query: Any) -> _RawPage:
        return _RawPage(_raw_client(client, path).request_raw("GET", path, params=query))

    async def asyncio_(*, client: Any, **query: Any) -> _RawPage:
        return _RawPage(await _raw_client(client, path).arequest_raw("GET", path, params=query))

    return Plan(f"GET {path}", LIMIT_SKIP, sync, asyncio_, None, total="x-total-count")


_STYLES = (
    "limit/skip lists (v1 and v2 operations with `limit` and `skip` parameters returning a list, or an "
    "object with `results`) and search_after queries (Directory Insights `directory_insights_events_post`)"
)


def _plan(operation: object) -> Plan[Any]:
    if isinstance(operation, str):
        return _raw_plan(operation)
    if not isinstance(operation, types.ModuleType):
        module = sys.modules.get(getattr(operation, "__module__", None) or "") if callable(operation) else None
        if module is None:
            raise TypeError(
                f"paginate() needs a generated operation module (or its sync / asyncio function) or a path, "
                f"not {operation!r}"
            )
        operation = module  # its sync / asyncio / *_detailed function: the module it belongs to
    plan: Any = getattr(operation, "PAGINATION", None)
    if type(plan).__name__ != "Plan":  # this package's Plan, or another package's copy of it
        raise TypeError(f"{operation.__name__} cannot be paginated: paginate() supports {_STYLES}")
    return cast(Plan[Any], plan)


def _fingerprint(records: list[Any]) -> int:
    """A page, record for record (asked only while the server has not said its total)."""
    return hash(tuple(repr(r.to_dict() if hasattr(r, "to_dict") else r) for r in records))


class _Cursor:
    """The paging state of one iteration: what to request next, and what a page means."""

    def __init__(
        self,
        plan: Plan[Any],
        client: Any,
        page_size: int | None,
        max_items: int | None,
        max_pages: int,
        params: dict[str, Any],
    ) -> None:
        if page_size is None:  # the largest page JumpCloud serves: fewest requests
            page_size = MAX_PAGE_SIZE if plan.style == LIMIT_SKIP else MAX_EVENTS_PAGE_SIZE
        if isinstance(page_size, bool) or not isinstance(page_size, int) or page_size < 1:
            raise ValueError(f"page_size must be a positive integer, got {page_size!r}")
        if max_items is not None and (isinstance(max_items, bool) or not isinstance(max_items, int) or max_items < 0):
            raise ValueError(f"max_items must be None or an integer >= 0, got {max_items!r}")
        if isinstance(max_pages, bool) or not isinstance(max_pages, int) or max_pages < 1:
            raise ValueError(f"max_pages must be a positive integer, got {max_pages!r}")
        unknown = sorted(set(params) - plan.parameters) if plan.parameters is not None else []
        if unknown:
            raise TypeError(f"{plan.name} has no parameter {', '.join(unknown)}")
        self.plan = plan
        self.remaining = max_items
        self.done = max_items == 0
        self.seen = 0
        self.pages = 0
        self.max_pages = max_pages
        self.total: int | None = None
        self.requested = page_size
        self._previous: int | None = None
        kwargs = dict(params)
        kwargs["client"] = client
        if plan.style == LIMIT_SKIP:
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
        if self.pages >= self.max_pages:
            raise PaginationError(f"{self.plan.name}: more than {self.max_pages} pages (max_pages); stopped")
        self.pages += 1
        size = self._page_size if self.remaining is None else min(self._page_size, self.remaining)
        self.requested = size
        if self.plan.style == LIMIT_SKIP:
            self.kwargs["limit"] = size
            self.kwargs["skip"] = self.skip
        else:
            body = copy.copy(self.kwargs["body"])  # the caller's body is never modified
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
        records = (
            self._limit_skip(page, response) if self.plan.style == LIMIT_SKIP else self._search_after(page, response)
        )
        if self.remaining is not None:
            if len(records) >= self.remaining:
                records = records[: self.remaining]
                self.done = True
            self.remaining -= len(records)
        return records

    def _limit_skip(self, page: Any, response: Any) -> list[Any]:
        plan = self.plan
        if isinstance(page, dict):  # a raw path's v1-style page: {"totalCount": n, "results": [...]}
            records, total = page.get("results"), page.get("totalCount")
            if not isinstance(records, list):
                raise PaginationError(f"{plan.name} answered an object without a `results` list")
        elif plan.results is None:
            if not isinstance(page, list):
                raise PaginationError(f"{plan.name} answered {type(page).__name__}, not a list of records")
            records, total = page, _int_header(response.headers, plan.total, None) if plan.total else None
        else:
            records = getattr(page, plan.results)
            if not isinstance(records, list):  # no `results` in the answer: not a page of this list
                raise PaginationError(f"{plan.name} answered a page without a `{plan.results}` list")
            total = getattr(page, "total_count", None) if plan.total else None
        if isinstance(total, int) and not isinstance(total, bool):
            self.total = total
        count = len(records)
        if count and self.total is None:  # with a total, paging ends there anyway: no guess needed
            fingerprint = _fingerprint(records)
            if fingerprint == self._previous:
                raise PaginationError(
                    f"{plan.name}: the page at skip={self.skip} repeats the previous one record for record "
                    "(the server ignores skip?); stopped instead of looping"
                )
            self._previous = fingerprint
        self.skip += count
        self.seen += count
        if self.total is not None:  # a server may serve shorter pages than asked: go on to its total
            self.done = count == 0 or self.skip >= self.total  # skip counts from the caller's start offset
        elif count < self.requested:
            self.done = True
        return list(records)

    def _search_after(self, page: Any, response: Any) -> list[Any]:
        records = list(page)
        count = len(records)
        headers = response.headers
        result_count = _int_header(headers, "x-result-count", count)
        limit = _int_header(headers, "x-limit", self.requested)
        if count == 0 or result_count is None or limit is None or result_count < limit:
            self.done = True
            return records
        cursor = headers.get("x-search_after")
        try:
            after = json.loads(cursor) if cursor else None
        except ValueError:
            after = None
        if not isinstance(after, list) or not after:
            # Raised on the next request only, after this page's records were yielded.
            self._problem = PaginationError(
                f"{self.plan.name}: a full page ({count} records) came without a usable X-Search_after "
                f"header ({cursor!r}), so the next page cannot be requested"
            )
        elif after == self._after:
            self._problem = PaginationError(
                f"{self.plan.name}: the X-Search_after cursor did not move ({cursor}); stopped instead of looping"
            )
        else:
            self._after = after
        return records


def _absent(value: object) -> bool:
    """None or the generated ``UNSET`` (of any of the three packages)."""
    return value is None or type(value).__name__ == "Unset"


def _int_header(headers: Any, name: str, default: int | None) -> int | None:
    value = headers.get(name)
    try:
        return int(value) if value is not None else default
    except ValueError:
        return default


def _error(plan: Plan[Any], response: Any) -> Exception:
    """The typed error for a page without a parsed body (a client with raise_on_unexpected_status=False)."""
    if 200 <= int(response.status_code) < 300:
        return PaginationError(f"{plan.name} answered {int(response.status_code)} with no records body")
    return errors.error_for_response(
        httpx.Response(int(response.status_code), headers=response.headers, content=response.content)
    )


class Pages(Iterator[T]):
    """The records of a paged list (an iterator), and the server's ``total`` once a page told it."""

    def __init__(self, cursor: _Cursor) -> None:
        self._cursor = cursor
        self._records: Iterator[Any] = iter(())

    @property
    def total(self) -> int | None:
        """The total JumpCloud reported (``x-total-count`` / ``totalCount``), ``None`` before or without one."""
        return self._cursor.total

    def __iter__(self) -> Pages[T]:
        return self

    def __next__(self) -> T:
        while True:
            for record in self._records:
                return cast(T, record)
            cursor = self._cursor
            if cursor.done:
                raise StopIteration
            self._records = iter(cursor.records(cursor.plan.sync(**cursor.next_kwargs())))


class AsyncPages(AsyncIterator[T]):
    """The async twin of :class:`Pages`: ``async for record in paginate_async(...)``."""

    def __init__(self, cursor: _Cursor) -> None:
        self._cursor = cursor
        self._records: Iterator[Any] = iter(())

    @property
    def total(self) -> int | None:
        """As :attr:`Pages.total`."""
        return self._cursor.total

    def __aiter__(self) -> AsyncPages[T]:
        return self

    async def __anext__(self) -> T:
        while True:
            for record in self._records:
                return cast(T, record)
            cursor = self._cursor
            if cursor.done:
                raise StopAsyncIteration
            self._records = iter(cursor.records(await cursor.plan.asyncio(**cursor.next_kwargs())))


@overload
def paginate(
    operation: Pageable[T],
    *,
    client: Any,
    page_size: int | None = None,
    max_items: int | None = None,
    max_pages: int = MAX_PAGES,
    **params: Any,
) -> Pages[T]: ...
@overload
def paginate(
    operation: str | Callable[..., Any],
    *,
    client: Any,
    page_size: int | None = None,
    max_items: int | None = None,
    max_pages: int = MAX_PAGES,
    **params: Any,
) -> Pages[Any]: ...
def paginate(
    operation: Pageable[Any] | str | Callable[..., Any],
    *,
    client: Any,
    page_size: int | None = None,
    max_items: int | None = None,
    max_pages: int = MAX_PAGES,
    **params: Any,
) -> Pages[Any]:
    """Every record of a paged list, fetched lazily page by page.

    Args:
        operation: a generated list operation module (``systemusers_list``), or the path of a
            limit/skip list that has no generated function (``"/applications/selection"``), fetched
            with ``GET`` through ``client.request_raw()``: its pages may be bare lists or objects
            with ``results`` (and ``totalCount``), and ``**params`` are sent as query parameters.
            An operation's ``sync`` / ``asyncio`` function works too, typed as ``Any`` records.
        client: the client to call it with (e.g. from ``connect()``).
        page_size: records per request; default and maximum 100 for limit/skip lists, and
            10,000 for events, as JumpCloud's own tools ask.
        max_items: stop after this many records (None: all).
        max_pages: stop with ``PaginationError`` after this many pages (a server that never ends).
        **params: the operation's other parameters, by keyword, path ones included
            (``group_id=``, ``filter_``, ``fields``, ``sort``, ``body`` for events, ...); not ``limit``.

    Raises:
        TypeError: the operation is not pageable, or a parameter is unknown.
        ValueError: page_size, max_items or max_pages out of range (checked before any request).
        errors.PaginationError: a page repeats, the cursor does not move, or max_pages is passed.
        errors.JumpCloudError: a request failed (a typed subclass), after the client's retries.
    """
    return Pages(_Cursor(_plan(operation), client, page_size, max_items, max_pages, params))


@overload
def paginate_async(
    operation: Pageable[T],
    *,
    client: Any,
    page_size: int | None = None,
    max_items: int | None = None,
    max_pages: int = MAX_PAGES,
    **params: Any,
) -> AsyncPages[T]: ...
@overload
def paginate_async(
    operation: str | Callable[..., Any],
    *,
    client: Any,
    page_size: int | None = None,
    max_items: int | None = None,
    max_pages: int = MAX_PAGES,
    **params: Any,
) -> AsyncPages[Any]: ...
def paginate_async(
    operation: Pageable[Any] | str | Callable[..., Any],
    *,
    client: Any,
    page_size: int | None = None,
    max_items: int | None = None,
    max_pages: int = MAX_PAGES,
    **params: Any,
) -> AsyncPages[Any]:
    """The async twin of :func:`paginate` (same arguments): ``async for record in paginate_async(...)``.

    Arguments are checked at the call, before the first ``await``.
    """
    return AsyncPages(_Cursor(_plan(operation), client, page_size, max_items, max_pages, params))
