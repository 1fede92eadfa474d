"""Export Directory Insights events to JSON lines, resumable from a checkpoint file.

SIEM and audit pipelines all run the same loop: query events for some services and a time
range, page with ``search_after``, append each event as one JSON line, remember where they
stopped. This module is that loop::

    from jcapi_insights import connect
    from jcapi_insights.events_export import export_events

    result = export_events(connect(), services=["all"], since="2026-01-01T00:00:00Z",
                           until="2026-02-01T00:00:00Z", dest="events.jsonl", checkpoint="state.json")
    print(result.events_written, result.total_events, result.search_after)

A rerun with the same checkpoint goes on where the last run stopped and writes no event twice
(the output is truncated back to the checkpoint's size, then appended after its cursor).
``export_events_async`` is the ``await`` twin. docs/reports-and-bulk-jobs.md ("Exporting
events") describes every behaviour and the checkpoint file (JSON, ``CHECKPOINT_VERSION``).
"""

from __future__ import annotations

import asyncio
import contextlib
import io
import json
import math
import os
import re
import sys
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, Any, Required, TypedDict, Unpack

import httpx

from ._files import cannot_create_in
from .api.event_query import directory_insights_events_post as events_post
from .client import AuthenticatedClient
from .errors import ConfigurationError, PaginationError, error_for_response
from .models.event_query import EventQuery
from .models.event_service_time_query_service_item import EventServiceTimeQueryServiceItem

__all__ = [
    "CHECKPOINT_FORMAT",
    "CHECKPOINT_VERSION",
    "MAX_PAGE_SIZE",
    "CheckpointError",
    "ExportOptions",
    "ExportProgress",
    "ExportResult",
    "export_events",
    "export_events_async",
    "parse_time",
]

#: JumpCloud's largest page of events (and the default page size).
MAX_PAGE_SIZE = 10_000
CHECKPOINT_FORMAT = "jcapi-events-export"
CHECKPOINT_VERSION = 1

Dest = str | os.PathLike[str] | IO[bytes]
Time = datetime | str
ProgressCallback = Callable[["ExportProgress"], None]

_SERVICE = re.compile(r"^[a-z][a-z0-9_]*$")


class CheckpointError(ConfigurationError):
    """The checkpoint file cannot be used for this export (unreadable, or made for another
    query or output); the message says why and what to do."""


@dataclass(frozen=True)
class ExportProgress:
    """Where an export stands: after a page (``waiting`` False) or before a follow wait (True)."""

    events_written: int  # this run
    total_events: int  # per the checkpoint, earlier runs included
    pages: int  # this run
    search_after: list[Any] | None
    last_timestamp: str | None  # of the last event written, when it has one
    waiting: bool = False
    next_poll_in: float | None = None


@dataclass(frozen=True)
class ExportResult:
    """What an export did."""

    events_written: int  # this run
    total_events: int  # per the checkpoint, earlier runs included
    pages: int  # this run
    search_after: list[Any] | None  # the cursor after the last written page
    path: Path | None  # the output file (None for stdout or a file object)
    checkpoint: Path | None
    services: tuple[str, ...]
    since: datetime
    until: datetime | None

    def to_json(self) -> dict[str, Any]:
        """A JSON-able summary (the CLI's ``--json`` document)."""
        return {
            "events_written": self.events_written,
            "total_events": self.total_events,
            "pages": self.pages,
            "search_after": self.search_after,
            "path": str(self.path) if self.path else None,
            "checkpoint": str(self.checkpoint) if self.checkpoint else None,
            "services": list(self.services),
            "since": _iso(self.since),
            "until": _iso(self.until) if self.until else None,
        }


# --------------------------------------------------------------------------- pure helpers
def parse_time(value: Time, name: str = "time") -> datetime:
    """An aware UTC datetime from a datetime (naive means UTC) or ISO 8601 text (``Z`` allowed)."""
    if isinstance(value, str):
        try:
            value = datetime.fromisoformat(value.strip().replace("Z", "+00:00").replace("z", "+00:00"))
        except ValueError:
            raise ConfigurationError(
                f"{name} {value!r} is not an ISO 8601 date-time: write it like 2026-01-01T00:00:00Z"
            ) from None
    if not isinstance(value, datetime):
        raise ConfigurationError(f"{name} must be a datetime or ISO 8601 text, not {type(value).__name__}")
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def _iso(value: datetime) -> str:
    return value.astimezone(UTC).isoformat().replace("+00:00", "Z")


def _services(services: Sequence[str] | str) -> tuple[str, ...]:
    items = [services] if isinstance(services, str) else list(services)
    names = [str(s.value if isinstance(s, EventServiceTimeQueryServiceItem) else s).strip().lower() for s in items]
    if not names:
        raise ConfigurationError('services is empty: name at least one Directory Insights service, e.g. ["all"]')
    bad = [n for n in names if not _SERVICE.match(n)]
    if bad:
        known = ", ".join(m.value for m in EventServiceTimeQueryServiceItem)
        raise ConfigurationError(f"invalid service name {bad[0]!r}: use service names such as {known}")
    return tuple(sorted(set(names)))


def _positive_int(value: object, name: str, maximum: int | None = None) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 1 or (maximum and value > maximum):
        upper = f" and {maximum:,}" if maximum else ""
        raise ConfigurationError(f"{name} must be an integer between 1{upper}, got {value!r}")
    return value


def _writable_folder(path: Path, what: str) -> None:
    folder = path.resolve().parent
    if not folder.is_dir():
        raise ConfigurationError(f"{what} folder {str(folder)!r} does not exist: create it or choose another path")
    why = cannot_create_in(folder)
    if why is not None:
        raise ConfigurationError(f"cannot create a file in {str(folder)!r} ({why}): choose another {what} path")


def build_query(
    services: tuple[str, ...], since: datetime, until: datetime | None, limit: int, after: list[Any] | None
) -> EventQuery:
    """The ``EventQuery`` body of one page request (ascending, from ``after``)."""
    query = EventQuery(
        service=[EventServiceTimeQueryServiceItem(s) for s in services], start_time=since, limit=limit, sort="ASC"
    )
    if until is not None:
        query.end_time = until
    if after is not None:
        query.search_after = list(after)
    return query


def read_page(response: Any, requested: int) -> tuple[list[dict[str, Any]], list[Any] | None, bool]:
    """A page's events (as dicts), its ``X-Search_after`` cursor (None if absent or unusable) and
    whether it was full (more may follow)."""
    page = response.parsed
    if page is None:
        status = int(response.status_code)
        if 200 <= status < 300:
            raise PaginationError(f"directory_insights_events_post answered {status} with no events body")
        raise error_for_response(httpx.Response(status, headers=response.headers, content=response.content))
    events = [e.to_dict() if hasattr(e, "to_dict") else dict(e) for e in page]
    raw = response.headers.get("x-search_after")
    try:
        cursor = json.loads(raw) if raw else None
    except ValueError:
        cursor = None
    if not isinstance(cursor, list) or not cursor:
        cursor = None
    try:
        limit = min(requested, int(response.headers.get("x-limit", requested)))
    except ValueError:
        limit = requested
    return events, cursor, bool(events) and len(events) >= limit


def encode_events(events: list[dict[str, Any]]) -> bytes:
    """One compact JSON line per event."""
    return b"".join(json.dumps(e, separators=(",", ":")).encode() + b"\n" for e in events)


def write_checkpoint(path: Path, state: dict[str, Any]) -> None:
    """Replace the checkpoint atomically: a temporary file in the same folder, fsync, ``os.replace``."""
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.resolve().parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            json.dump(state, f, indent=2)
            f.write("\n")
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def read_checkpoint(path: Path) -> dict[str, Any] | None:
    """The checkpoint's content, None when the file does not exist yet."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise CheckpointError(f"cannot read checkpoint {str(path)!r} ({exc.strerror or exc})") from None
    try:
        state = json.loads(text)
    except ValueError:
        state = None
    if (
        not isinstance(state, dict)
        or state.get("format") != CHECKPOINT_FORMAT
        or not isinstance(state.get("query"), dict)
        or not isinstance(state.get("events"), int)
    ):
        raise CheckpointError(
            f"{str(path)!r} is not an events export checkpoint: pass another --checkpoint path (or delete the file)"
        )
    if state.get("version") != CHECKPOINT_VERSION:
        raise CheckpointError(
            f"checkpoint {str(path)!r} has version {state.get('version')!r}; this SDK reads version "
            f"{CHECKPOINT_VERSION}: start a new checkpoint"
        )
    return state


# --------------------------------------------------------------------------- the export
class _Export:
    """One export run's state: validation, the next request, and what to do with a page."""

    def __init__(
        self,
        *,
        since: Time,
        dest: Dest,
        services: Sequence[str] | str = ("all",),
        until: Time | None = None,
        checkpoint: str | os.PathLike[str] | None = None,
        follow: bool = False,
        poll_interval: float = 30.0,
        page_size: int = MAX_PAGE_SIZE,
        max_events: int | None = None,
        on_progress: ProgressCallback | None = None,
    ) -> None:
        self.services = _services(services)
        self.since = parse_time(since, "since")
        self.until = parse_time(until, "until") if until is not None else None
        if follow and self.until is not None:
            raise ConfigurationError("follow keeps exporting new events, so it takes no until: drop until (--until)")
        if self.until is not None and not self.since < self.until:
            raise ConfigurationError(f"since ({_iso(self.since)}) must be before until ({_iso(self.until)})")
        self.page_size = _positive_int(page_size, "page_size", MAX_PAGE_SIZE)
        self.max_events = None if max_events is None else _positive_int(max_events, "max_events")
        if (
            isinstance(poll_interval, bool)
            or not isinstance(poll_interval, int | float)
            or not (poll_interval > 0 and math.isfinite(poll_interval))
        ):
            raise ConfigurationError(f"poll_interval must be a positive number of seconds, got {poll_interval!r}")
        if on_progress is not None and not callable(on_progress):
            raise ConfigurationError("on_progress must be a callable taking an ExportProgress, or None")
        self.follow = follow
        self.poll_interval = float(poll_interval)
        self.on_progress = on_progress

        # destination
        self.path: Path | None = None
        self.stream: IO[bytes] | None = None
        if isinstance(dest, str | os.PathLike):
            if os.fspath(dest) == "-":
                self.stream = sys.stdout.buffer
            else:
                self.path = Path(os.path.abspath(os.fspath(dest)))
                if self.path.is_dir():
                    raise ConfigurationError(
                        f"dest {str(self.path)!r} is a folder: give a file name such as events.jsonl"
                    )
                _writable_folder(self.path, "destination")
        elif not callable(getattr(dest, "write", None)) or isinstance(dest, io.TextIOBase):
            raise ConfigurationError('dest must be a path, "-" for stdout, or a binary file object (open(..., "ab"))')
        else:
            self.stream = dest

        # checkpoint
        self.checkpoint = Path(os.path.abspath(os.fspath(checkpoint))) if checkpoint is not None else None
        state: dict[str, Any] | None = None
        if self.checkpoint is not None:
            if self.checkpoint == self.path:
                raise ConfigurationError("the checkpoint and the output are the same file: give them different paths")
            if self.checkpoint.is_dir():
                raise ConfigurationError(f"checkpoint {str(self.checkpoint)!r} is a folder: give a file name")
            _writable_folder(self.checkpoint, "checkpoint")
            state = read_checkpoint(self.checkpoint)
        self.cursor: list[Any] | None = None
        self.total = 0
        self.total_pages = 0
        self.offset = 0  # output bytes to keep
        if state is not None:
            self._resume(state)
        elif self.until is None and not follow:
            self.until = datetime.now(UTC).replace(microsecond=0)
            if not self.since < self.until:
                raise ConfigurationError(f"since ({_iso(self.since)}) is in the future: give an earlier since")
        self.written = 0
        self.pages = 0
        self.last_timestamp: str | None = None
        self.file: IO[bytes] | None = None

    def _resume(self, state: dict[str, Any]) -> None:
        query = state["query"]
        where = str(self.checkpoint)
        recorded_until = query.get("until")
        if self.until is None and not self.follow and recorded_until is not None:
            self.until = parse_time(str(recorded_until), "the checkpoint's until")  # the same question again
        mine = {
            "services": list(self.services),
            "since": _iso(self.since),
            "until": _iso(self.until) if self.until else None,
        }
        theirs = {k: query.get(k) for k in mine}
        if mine != theirs:
            diff = "; ".join(f"{k} {theirs[k]!r} there, {mine[k]!r} here" for k in mine if mine[k] != theirs[k])
            raise CheckpointError(
                f"checkpoint {where!r} belongs to another query ({diff}): rerun with the same services, since and "
                "until, or give a new checkpoint path"
            )
        output = state.get("output")
        recorded_path = output.get("path") if isinstance(output, dict) else None
        mine_path = str(self.path) if self.path else None
        if recorded_path != mine_path:
            raise CheckpointError(
                f"checkpoint {where!r} was written for output {recorded_path or 'stdout / a file object'!r}, not "
                f"{mine_path or 'stdout / a file object'!r}: use that output again, or give a new checkpoint path"
            )
        if self.path is not None and isinstance(output, dict):
            self.offset = int(output.get("bytes") or 0)
            size = self.path.stat().st_size if self.path.exists() else 0
            if size < self.offset:
                raise CheckpointError(
                    f"{str(self.path)!r} has {size} bytes but checkpoint {where!r} records {self.offset}: the file "
                    "was changed or replaced; restore it, or start again with a new checkpoint and output"
                )
        cursor = state.get("search_after")
        self.cursor = cursor if isinstance(cursor, list) and cursor else None
        self.total = int(state["events"])
        pages = state.get("pages")
        self.total_pages = pages if isinstance(pages, int) else 0

    # ----------------------------------------------------------------- state
    def state(self) -> dict[str, Any]:
        return {
            "format": CHECKPOINT_FORMAT,
            "version": CHECKPOINT_VERSION,
            "query": {
                "services": list(self.services),
                "since": _iso(self.since),
                "until": _iso(self.until) if self.until else None,
            },
            "output": {"path": str(self.path), "bytes": self.offset} if self.path else None,
            "search_after": self.cursor,
            "events": self.total,
            "pages": self.total_pages,
            "updated_at": _iso(datetime.now(UTC)),
        }

    @contextlib.contextmanager
    def opened(self) -> Iterator[_Export]:
        """The output opened (a file truncated back to the checkpoint's size), the checkpoint saved."""
        if self.path is not None:
            if self.path.exists() and self.path.stat().st_size > self.offset:
                os.truncate(self.path, self.offset)
            self.file = open(self.path, "ab")  # closed when the export ends
        else:
            self.file = self.stream
        try:
            if self.checkpoint is not None:
                write_checkpoint(self.checkpoint, self.state())  # records until before the first request
            yield self
        finally:
            if self.path is not None and self.file is not None:
                self.file.close()

    def next_body(self) -> EventQuery:
        """The query of the next page request."""
        limit = self.page_size if self.max_events is None else min(self.page_size, self.max_events - self.written)
        self.requested = limit
        return build_query(self.services, self.since, self.until, limit, self.cursor)

    def take(self, response: Any) -> str:
        """Write a page and checkpoint it; returns "next", "wait" (follow) or "done"."""
        events, cursor, full = read_page(response, self.requested)
        if events:
            if cursor is None:
                raise PaginationError(
                    f"a page of {len(events)} events came without a usable X-Search_after header, so where it ends "
                    "cannot be recorded; nothing of it was written"
                )
            if cursor == self.cursor:
                raise PaginationError(
                    f"the X-Search_after cursor did not move ({cursor}); nothing of the page was written"
                )
            self._write(events, cursor)
        if self.max_events is not None and self.written >= self.max_events:
            return "done"
        if full:
            return "next"
        if not self.follow:
            return "done"
        self._report(waiting=True)
        return "wait"

    def _write(self, events: list[dict[str, Any]], cursor: list[Any]) -> None:
        assert self.file is not None
        self.file.write(encode_events(events))
        self.file.flush()
        if self.path is not None:
            os.fsync(self.file.fileno())
            self.offset = self.file.tell()
        self.cursor = cursor
        self.written += len(events)
        self.total += len(events)
        self.pages += 1
        self.total_pages += 1
        stamp = events[-1].get("timestamp")
        self.last_timestamp = stamp if isinstance(stamp, str) else self.last_timestamp
        if self.checkpoint is not None:
            write_checkpoint(self.checkpoint, self.state())
        self._report(waiting=False)

    def _report(self, *, waiting: bool) -> None:
        if self.on_progress is not None:
            self.on_progress(
                ExportProgress(
                    self.written,
                    self.total,
                    self.pages,
                    self.cursor,
                    self.last_timestamp,
                    waiting,
                    self.poll_interval if waiting else None,
                )
            )

    def result(self) -> ExportResult:
        return ExportResult(
            self.written,
            self.total,
            self.pages,
            self.cursor,
            self.path,
            self.checkpoint,
            self.services,
            self.since,
            self.until,
        )


# --------------------------------------------------------------------------- public API
class ExportOptions(TypedDict, total=False):
    """The arguments of :func:`export_events` and :func:`export_events_async` (``since`` and ``dest`` required).

    - ``services``: service names (``"all"``, the default, ``"directory"``, ``"sso"``, ...).
    - ``since``, ``until``: the time range (datetimes, naive meaning UTC, or ISO 8601 text);
      ``until=None``: now at the first run (kept in the checkpoint), or open-ended with ``follow``.
    - ``dest``: a file path, ``"-"`` for stdout, or a binary file object.
    - ``checkpoint``: a JSON file recording progress; a rerun with it writes no event twice.
    - ``follow``: after the last page, poll for new events every ``poll_interval`` seconds (30), forever.
    - ``page_size``: events per request, 1..10,000 (10,000); ``max_events``: stop this run after that many.
    - ``on_progress``: called with an :class:`ExportProgress` after every page and before every wait.
    """

    services: Sequence[str] | str
    since: Required[Time]
    until: Time | None
    dest: Required[Dest]
    checkpoint: str | os.PathLike[str] | None
    follow: bool
    poll_interval: float
    page_size: int
    max_events: int | None
    on_progress: ProgressCallback | None


def export_events(client: AuthenticatedClient, **options: Unpack[ExportOptions]) -> ExportResult:
    """Write Directory Insights events to JSON lines, resuming from and keeping a checkpoint.

    ``export_events(client, since="2026-01-01T00:00:00Z", dest="events.jsonl", checkpoint="state.json")``;
    the arguments are :class:`ExportOptions`. Raises ``errors.ConfigurationError`` (a bad argument or
    checkpoint, before any request), ``errors.PaginationError`` (a page without a usable, moving
    cursor) or the request's typed ``errors.JumpCloudError``.
    """
    run = _Export(**options)
    with run.opened():
        while (step := run.take(events_post.sync_detailed(client=client, body=run.next_body()))) != "done":
            if step == "wait":
                time.sleep(run.poll_interval)
    return run.result()


async def export_events_async(client: AuthenticatedClient, **options: Unpack[ExportOptions]) -> ExportResult:
    """The async twin of :func:`export_events` (cancel the task to stop a follow)."""
    run = _Export(**options)
    with run.opened():
        while (step := run.take(await events_post.asyncio_detailed(client=client, body=run.next_body()))) != "done":
            if step == "wait":
                await asyncio.sleep(run.poll_interval)
    return run.result()
