"""Directory Insights reports, from request to a file on disk, in one call.

JumpCloud queues a report (``POST /reports/{type}``), lists it in ``GET /reports`` while it moves
through ``PENDING`` and ``IN_PROGRESS`` to ``COMPLETED`` (or ``FAILED``; old reports expire to
``DELETED``), and serves a completed report's CSV and JSON artifacts. This module does the flow::

    from jcapi_insights import connect
    from jcapi_insights.reports import run_report

    result = run_report(connect(), "users-to-devices", format="csv", dest="devices.csv")
    print(result.path, result.bytes_written, result.report.id)

Step by step (a timed-out wait resumes by id): ``request_report``, ``wait_for_report``,
``download_report``; each has an ``_async`` twin. Arguments and the destination are checked
before the report is requested (JumpCloud cannot cancel one); downloads go to a temporary file
renamed into place once complete. docs/reports-and-bulk-jobs.md describes every behaviour.
The list route spells one type ``users-account-health`` (the create route
``user-account-health``): ``TYPE_ALIASES`` maps it back.
"""

from __future__ import annotations

import asyncio
import contextlib
import difflib
import io
import os
import re
import signal
import tempfile
import threading
import time
from collections.abc import Awaitable, Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any, Literal
from urllib.parse import quote

import httpx

from . import polling
from ._files import cannot_create_in
from .api.reports import directory_insights_reports_create, directory_insights_reports_list_get
from .client import AuthenticatedClient
from .errors import JumpCloudError, error_for_response
from .models.report import Report
from .models.report_type import ReportType
from .request_loop import asend, send
from .types import Unset

__all__ = [
    "FORMATS",
    "DownloadError",
    "FormatNotAvailable",
    "InvalidReportType",
    "ReportError",
    "ReportFailed",
    "ReportGone",
    "ReportProgress",
    "ReportResult",
    "ReportTimeout",
    "download_report",
    "download_report_async",
    "report_status",
    "request_report",
    "request_report_async",
    "run_report",
    "run_report_async",
    "validate_report_type",
    "wait_for_report",
    "wait_for_report_async",
]

#: The artifact formats a completed report offers.
FORMATS = ("csv", "json")
#: Ceiling of the poll interval in seconds (it grows x1.5 per poll: see ``polling``).
MAX_POLL_INTERVAL = 60.0
#: Download chunk size in bytes.
CHUNK_SIZE = 64 * 1024
#: Spellings JumpCloud uses besides the enum's (the list route's ``users-account-health``).
TYPE_ALIASES = {"users-account-health": ReportType.USER_ACCOUNT_HEALTH}

_WAITING = frozenset({"PENDING", "IN_PROGRESS"})
Format = Literal["csv", "json"]
Dest = str | os.PathLike[str] | IO[bytes] | None


# --------------------------------------------------------------------------- errors
class ReportError(JumpCloudError):
    """Base class of this module's errors; ``report_id`` when a report was involved."""

    report_id: str | None = None


class InvalidReportType(ReportError, ValueError):
    """The report type is not one JumpCloud offers (no request was sent)."""

    def __init__(self, value: object) -> None:
        valid = [t.value for t in ReportType]
        close = difflib.get_close_matches(str(value).lower(), valid, n=1)
        hint = f" (did you mean {close[0]!r}?)" if close else ""
        super().__init__(f"unknown report type {value!r}{hint}; valid types: {', '.join(valid)}")
        self.value = value
        self.valid = valid


class ReportFailed(ReportError):
    """JumpCloud reports the report as FAILED; ``report`` is its last metadata."""

    def __init__(self, report: Report) -> None:
        self.report = report
        self.report_id = _str(report.id)
        super().__init__(f"report {self.report_id} ({_type_text(report)}) FAILED on JumpCloud's side; request it again")


class ReportGone(ReportError):
    """The report is DELETED (expired) or no longer listed; ``report`` when it was listed."""

    report_id: str

    def __init__(self, report_id: str, report: Report | None = None) -> None:
        self.report_id = report_id
        self.report = report
        why = "was DELETED (reports expire)" if report is not None else "is no longer in the report list"
        super().__init__(f"report {report_id} {why}; request it again")


class ReportTimeout(ReportError, TimeoutError):
    """The deadline passed while the report was still running; resume with ``wait_for_report``."""

    report_id: str

    def __init__(self, report_id: str, status: str, timeout: float) -> None:
        self.report_id = report_id
        self.status = status
        self.timeout = timeout
        super().__init__(
            f"report {report_id} still {status} after {timeout:g} s; it keeps running on JumpCloud: "
            f"resume with wait_for_report(client, {report_id!r})"
        )


class FormatNotAvailable(ReportError, ValueError):
    """The report has no artifact in the requested format; ``available`` lists those it has."""

    def __init__(self, report: Report, wanted: str, available: Sequence[str]) -> None:
        self.report = report
        self.report_id = _str(report.id)
        self.wanted = wanted
        self.available = list(available)
        has = ", ".join(self.available) if self.available else "none"
        super().__init__(f"report {self.report_id} has no {wanted} artifact; available formats: {has}")


class DownloadError(ReportError):
    """The artifact download broke off or was incomplete; nothing was left at the destination."""

    report_id: str

    def __init__(self, report_id: str, message: str) -> None:
        self.report_id = report_id
        super().__init__(f"download of report {report_id} failed: {message}; no file was written, download again")


# --------------------------------------------------------------------------- results
@dataclass(frozen=True)
class ReportProgress:
    """A progress update for ``on_progress``.

    ``phase`` is ``"waiting"`` (``status`` is the report's status, ``next_poll_in`` the
    delay before the next poll) or ``"downloading"`` (``bytes_done`` of ``bytes_total``,
    the latter ``None`` when the server did not say).
    """

    report_id: str
    phase: Literal["waiting", "downloading"]
    status: str
    elapsed: float
    polls: int = 0
    next_poll_in: float | None = None
    bytes_done: int = 0
    bytes_total: int | None = None


@dataclass(frozen=True)
class ReportResult:
    """A downloaded report: where it went, how big it is, and the report's metadata."""

    report: Report
    format: str
    artifact_id: str
    bytes_written: int
    path: Path | None  # None when the destination was a file object
    #: how completeness was checked: "content-length", "format" (no length sent: the CSV ends
    #: with a complete line / the JSON document is closed), or "unverified" (nothing to check)
    verified: str = "content-length"

    @property
    def report_id(self) -> str:
        """The report's id."""
        return _str(self.report.id)


ProgressCallback = Callable[[ReportProgress], None]


# --------------------------------------------------------------------------- helpers
def _str(value: object) -> str:
    return "" if isinstance(value, Unset) or value is None else str(value)


def _type_text(report: Report) -> str:
    """The report's type, in the spelling ``ReportType`` uses (the listing spells one differently)."""
    kind = report.type_ if isinstance(report.type_, str) else str(report.additional_properties.get("type", "unknown"))
    return TYPE_ALIASES[kind].value if kind in TYPE_ALIASES else kind


def report_status(report: Report) -> str:
    """The report's status as text (an unknown status is kept as JumpCloud sent it)."""
    if not isinstance(report.status, Unset):
        return report.status.value
    return str(report.additional_properties.get("status", "UNKNOWN"))


def validate_report_type(report_type: str | ReportType) -> ReportType:
    """The ``ReportType`` for a type name (case, ``_``/``-`` tolerant), or ``InvalidReportType``.

    >>> validate_report_type("USERS_TO_DEVICES")
    <ReportType.USERS_TO_DEVICES: 'users-to-devices'>
    """
    if isinstance(report_type, ReportType):
        return report_type
    if not isinstance(report_type, str):
        raise InvalidReportType(report_type)
    key = report_type.strip().lower().replace("_", "-")
    if key in TYPE_ALIASES:
        return TYPE_ALIASES[key]
    known = ReportType._value2member_map_  # listed types only: the enum itself is open for answers
    if key not in known:
        raise InvalidReportType(report_type)
    return ReportType(key)


def _validate_format(format: str) -> Format:
    key = str(format).strip().lower()
    if key == "csv":
        return "csv"
    if key == "json":
        return "json"
    raise ValueError(f"unknown report format {format!r}; use one of: {', '.join(FORMATS)}")


def _find(reports: list[Report], report_id: str) -> Report | None:
    return next((r for r in reports if _str(r.id) == report_id), None)


def _emit(callback: ProgressCallback | None, progress: ReportProgress) -> None:
    if callback is not None:
        callback(progress)


def _waiting(
    report_id: str,
    timeout: float,
    poll_interval: float,
    on_progress: ProgressCallback | None,
    clock: Callable[[], float],
) -> polling.Steps[Report]:
    """The poll engine for one report: COMPLETED returns it, FAILED / DELETED / unlisted raise."""
    if not report_id:
        raise ValueError("report_id is required")
    status = ["UNKNOWN"]

    def judge(reports: list[Report] | None) -> Report | None:
        report = _find(reports or [], report_id)
        if report is None:
            raise ReportGone(report_id)
        status[0] = report_status(report)
        if status[0] == "FAILED":
            raise ReportFailed(report)
        if status[0] == "DELETED":
            raise ReportGone(report_id, report)
        return report if status[0] == "COMPLETED" else None  # PENDING, IN_PROGRESS or a new status: wait

    def progress(schedule: polling.PollSchedule, next_poll_in: float | None) -> None:
        elapsed, polls = schedule.elapsed, schedule.polls
        _emit(on_progress, ReportProgress(report_id, "waiting", status[0], elapsed, polls, next_poll_in=next_poll_in))

    return polling.engine(
        judge=judge,
        timeout=timeout,
        poll_interval=poll_interval,
        max_interval=MAX_POLL_INTERVAL,
        clock=clock,
        timeout_error=lambda: ReportTimeout(report_id, status[0], timeout),
        on_wait=progress,
    )


def _artifact_for(report: Report, format: Format) -> str:
    status = report_status(report)
    report_id = _str(report.id)
    if status != "COMPLETED":
        raise ReportError(f"report {report_id} is {status}, not COMPLETED: wait_for_report() first")
    artifacts = [] if isinstance(report.artifacts, Unset) else report.artifacts
    available: list[str] = []
    for artifact in artifacts:
        fmt = artifact.additional_properties.get("format") if isinstance(artifact.format_, Unset) else artifact.format_
        fmt_text = str(fmt).lower()
        available.append(fmt_text)
        if fmt_text == format and not isinstance(artifact.id, Unset) and artifact.id:
            return artifact.id
    raise FormatNotAvailable(report, format, available)


def _content_request(report: Report, artifact_id: str) -> dict[str, Any]:
    """The artifact download, sent with ``stream=True`` so the file never sits in memory."""
    report_id, artifact = (
        quote(_str(report.id), safe=""),
        quote(artifact_id, safe=""),
    )  # ids from the server: a path segment each
    return {"method": "GET", "url": f"/reports/{report_id}/artifacts/{artifact}/content"}


def _safe(text: str) -> str:
    """``text`` reduced to characters safe in a file name: letters, digits, ``_`` and ``-``."""
    return re.sub(r"[^A-Za-z0-9_-]+", "_", text).strip("_") or "report"


def _default_name(report: Report, format: Format) -> str:
    return f"{_safe(_type_text(report))}-{_safe(_str(report.id))}.{format}"


def _target_path(dest: str | os.PathLike[str] | None, report: Report, format: Format) -> Path:
    path = Path.cwd() if dest is None else Path(os.fspath(dest))
    if path.is_dir():
        path = path / _default_name(report, format)
    if not path.parent.is_dir():
        raise FileNotFoundError(f"destination folder {str(path.parent)!r} does not exist")
    return path


def _check_dest(dest: Dest) -> None:
    """Fail before a report is requested when the destination cannot be written: the folder must
    exist and a file must be creatable (and removable) there; a file object must take bytes."""
    if dest is None or isinstance(dest, str | os.PathLike):
        path = Path.cwd() if dest is None else Path(os.fspath(dest))
        folder = path if path.is_dir() else path.resolve().parent
        if not folder.is_dir():
            raise FileNotFoundError(f"destination folder {str(folder)!r} does not exist")
        why = cannot_create_in(folder)
        if why is not None:
            raise PermissionError(f"cannot create a file in {str(folder)!r} ({why}): choose another destination")
    elif not callable(getattr(dest, "write", None)) or isinstance(dest, io.TextIOBase):
        raise TypeError("dest must be a path, a folder or a binary file object (open(..., 'wb'))")
    elif callable(getattr(dest, "writable", None)) and not dest.writable():
        raise TypeError("dest is a file object opened for reading: open it with 'wb'")


def _check_wait(timeout: float, poll_interval: float) -> None:
    """Fail before anything is requested when the waiting arguments make no sense."""
    if not poll_interval > 0 or poll_interval != poll_interval:
        raise ValueError(f"poll_interval must be a positive number of seconds, got {poll_interval!r}")
    if not timeout >= 0:
        raise ValueError(f"timeout must be 0 or more seconds, got {timeout!r}")


def _expected_length(response: httpx.Response) -> int | None:
    raw = response.headers.get("content-length")
    try:
        return int(raw) if raw is not None else None
    except ValueError:
        return None


class _Sink:
    """Where the bytes go: a temp file renamed into place, or the caller's file object."""

    def __init__(self, dest: Dest, report: Report, format: Format) -> None:
        self.path: Path | None = None
        self._tmp: Path | None = None
        self.file: IO[bytes]
        if dest is not None and not isinstance(dest, str | os.PathLike):
            if not hasattr(dest, "write"):
                raise TypeError("dest must be a path, a folder or a binary file object")
            self.file = dest
            self._own = False
            return
        self.path = _target_path(dest, report, format)
        # A symlink is written through: its target gets the file, the link stays a link.
        self._final = Path(os.path.realpath(self.path)) if self.path.is_symlink() else self.path
        fd, tmp = tempfile.mkstemp(prefix=f".{self._final.name}.", suffix=".part", dir=self._final.parent)
        self._tmp = Path(tmp)
        self.file = os.fdopen(fd, "wb")
        self._own = True

    def commit(self) -> None:
        if not self._own:
            self.file.flush()
            return
        if self._tmp is not None and self.path is not None:
            self.file.flush()
            os.fsync(self.file.fileno())
            self.file.close()
            os.chmod(self._tmp, 0o666 & ~_umask())  # mkstemp makes 0600: a saved report follows the umask
            os.replace(self._tmp, self._final)
            self._tmp = None

    def discard(self) -> None:
        if self._own and self._tmp is not None:
            try:
                self.file.close()
            finally:
                self._tmp.unlink(missing_ok=True)
                self._tmp = None


def _umask() -> int:
    """The process umask: read from /proc where there is one (os.umask can only swap it)."""
    try:
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError, IndexError):
        pass
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


@contextmanager
def _terminated_as_exit() -> Iterator[None]:
    """SIGTERM during a download raises ``SystemExit(143)`` (so the temp file is removed, as on
    Ctrl-C) when the program has no SIGTERM handler of its own and this is the main thread."""
    if threading.current_thread() is not threading.main_thread() or signal.getsignal(signal.SIGTERM) not in (
        signal.SIG_DFL,
        None,
    ):
        yield
        return

    def terminate(signum: int, frame: object) -> None:
        raise SystemExit(128 + signum)

    previous = signal.signal(signal.SIGTERM, terminate)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


@contextmanager
def _sink(dest: Dest, report: Report, format: Format) -> Iterator[_Sink]:
    with _terminated_as_exit():
        sink = _Sink(dest, report, format)
        try:
            yield sink
        except BaseException:
            sink.discard()
            raise
        sink.commit()


class _Download:
    """One artifact download, minus the I/O: the request, byte accounting, checks and the result."""

    def __init__(
        self, report: Report, format: str, on_progress: ProgressCallback | None, clock: Callable[[], float]
    ) -> None:
        self.report = report
        self.format = _validate_format(format)
        self.artifact_id = _artifact_for(report, self.format)
        self.request = _content_request(report, self.artifact_id)  # sent with stream=True
        self.report_id = _str(report.id)
        self.on_progress = on_progress
        self.clock = clock
        self.started = clock()
        self.written = 0
        self.expected: int | None = None
        self.first = b""  # the first and last bytes: enough to tell a cut-short CSV or JSON
        self.last = b""

    def sink(self, dest: Dest) -> contextlib.AbstractContextManager[_Sink]:
        return _sink(dest, self.report, self.format)

    def start(self, response: httpx.Response) -> None:
        """Check the answer (its body already read when it is not a 200)."""
        if response.status_code != 200:
            raise error_for_response(response)
        self.expected = _expected_length(response)
        self._progress()

    @contextmanager
    def receiving(self) -> Iterator[None]:
        """A connection that breaks off mid-body is a ``DownloadError``."""
        try:
            yield
        except httpx.TransportError as exc:
            raise DownloadError(self.report_id, f"connection broke off after {self.written} bytes ({exc})") from exc

    def chunk(self, sink: _Sink, data: bytes) -> None:
        sink.file.write(data)
        self.written += len(data)
        if data:
            self.first = self.first or data[:64]
            self.last = (self.last + data[-64:])[-64:]  # no copy of the whole chunk
        self._progress()

    def finish(self, response: httpx.Response, sink: _Sink) -> ReportResult:
        """The result, once the download is checked complete (see ``ReportResult.verified``)."""
        return ReportResult(
            self.report, self.format, self.artifact_id, self.written, sink.path, self._verified(response)
        )

    def _verified(self, response: httpx.Response) -> str:
        received = response.num_bytes_downloaded  # bytes on the wire (before any decompression)
        if self.expected is not None:
            if received != self.expected:
                raise DownloadError(self.report_id, f"Content-Length says {self.expected} bytes but {received} arrived")
            return "content-length"
        if not self.first and not self.last:
            return "unverified"
        if self.format == "csv" and not self.last.endswith(b"\n"):
            raise DownloadError(self.report_id, "no Content-Length and the CSV ends mid-line: the body was cut short")
        if self.format == "json" and not (
            self.first.lstrip()[:1] in (b"[", b"{") and self.last.rstrip()[-1:] in (b"]", b"}")
        ):
            raise DownloadError(self.report_id, "no Content-Length and the JSON document is not closed: cut short")
        return "format"

    def _progress(self) -> None:
        _emit(
            self.on_progress,
            ReportProgress(
                self.report_id,
                "downloading",
                "COMPLETED",
                self.clock() - self.started,
                bytes_done=self.written,
                bytes_total=self.expected,
            ),
        )


@contextmanager
def _resuming(report_id: str) -> Iterator[None]:
    """Any failure after the report was requested gets a note naming the report id to resume."""
    try:
        yield
    except BaseException as exc:
        _with_resume_note(exc, report_id)
        raise


def _prepared(report_type: str | ReportType, format: str, timeout: float, poll_interval: float, dest: Dest) -> str:
    """Everything ``run_report`` checks before the report is requested; returns the report type."""
    _validate_format(format)
    kind = validate_report_type(report_type).value
    _check_wait(timeout, poll_interval)
    _check_dest(dest)
    return kind


def _with_resume_note(exc: BaseException, report_id: str) -> None:
    if not isinstance(exc, ReportError):
        exc.add_note(
            f"report {report_id} was requested and keeps running on JumpCloud: "
            f"resume with wait_for_report(client, {report_id!r})"
        )


# --------------------------------------------------------------------------- sync API
def request_report(client: AuthenticatedClient, report_type: str | ReportType) -> Report:
    """Ask JumpCloud to generate a report; returns its metadata (status ``PENDING``) at once.

    The type is validated before any request (``InvalidReportType``). The request is not
    retried automatically (a POST could create the report twice).
    """
    kind = validate_report_type(report_type)
    report = directory_insights_reports_create.sync(kind, client=client)
    if report is None or not _str(report.id):
        raise ReportError(f"JumpCloud accepted the {kind.value} report request but returned no report id")
    return report


def wait_for_report(
    client: AuthenticatedClient,
    report_id: str,
    *,
    timeout: float = 600.0,
    poll_interval: float = 10.0,
    on_progress: ProgressCallback | None = None,
    sleep: Callable[[float], object] = time.sleep,
    clock: Callable[[], float] = time.monotonic,
) -> Report:
    """Poll ``GET /reports`` until the report is COMPLETED and return its metadata.

    Raises ``ReportFailed``, ``ReportGone`` or ``ReportTimeout`` (with ``report_id``: call
    this again to keep waiting; JumpCloud has no cancel endpoint, the report keeps running).
    """
    steps = _waiting(report_id, timeout, poll_interval, on_progress, clock)
    return polling.run(steps, poll=lambda: directory_insights_reports_list_get.sync(client=client), sleep=sleep)


def download_report(
    client: AuthenticatedClient,
    report: Report,
    *,
    format: str = "csv",
    dest: Dest = None,
    on_progress: ProgressCallback | None = None,
    clock: Callable[[], float] = time.monotonic,
) -> ReportResult:
    """Stream a COMPLETED report's artifact to ``dest`` (a file path, a folder, or a binary file object).

    A path gets a temporary ``.part`` file in the same folder, renamed into place once the
    download is complete and matches ``Content-Length``; on any failure (``DownloadError``,
    ``KeyboardInterrupt``, ...) the temporary file is removed and nothing is left behind.
    A folder (or ``None``: the current folder) gets ``<type>-<report id>.<format>``.
    """
    job = _Download(report, format, on_progress, clock)
    with job.sink(dest) as sink, contextlib.closing(send(client, job.request, stream=True)) as response:
        job.start(response if response.status_code == 200 else _read(response))
        with job.receiving():
            for data in response.iter_bytes(CHUNK_SIZE):
                job.chunk(sink, data)
        return job.finish(response, sink)


def _read(response: httpx.Response) -> httpx.Response:
    response.read()
    return response


def run_report(
    client: AuthenticatedClient,
    report_type: str | ReportType,
    *,
    format: str = "csv",
    dest: Dest = None,
    timeout: float = 600.0,
    poll_interval: float = 10.0,
    on_progress: ProgressCallback | None = None,
    sleep: Callable[[float], object] = time.sleep,
    clock: Callable[[], float] = time.monotonic,
) -> ReportResult:
    """Request a report, wait for it (up to ``timeout`` seconds) and download it to ``dest``.

    ``timeout`` bounds the waiting; the download itself is bounded by the client's HTTP
    timeouts. On ``ReportTimeout`` the report keeps running (JumpCloud cannot cancel one):
    resume with ``wait_for_report(client, exc.report_id)`` then ``download_report``.
    """
    report = request_report(client, _prepared(report_type, format, timeout, poll_interval, dest))
    waiting: dict[str, Any] = {
        "timeout": timeout,
        "poll_interval": poll_interval,
        "on_progress": on_progress,
        "clock": clock,
    }
    with _resuming(_str(report.id)):
        done = wait_for_report(client, _str(report.id), sleep=sleep, **waiting)
        return download_report(client, done, format=format, dest=dest, on_progress=on_progress, clock=clock)


# --------------------------------------------------------------------------- async API
async def request_report_async(client: AuthenticatedClient, report_type: str | ReportType) -> Report:
    """The async twin of :func:`request_report`."""
    kind = validate_report_type(report_type)
    report = await directory_insights_reports_create.asyncio(kind, client=client)
    if report is None or not _str(report.id):
        raise ReportError(f"JumpCloud accepted the {kind.value} report request but returned no report id")
    return report


async def wait_for_report_async(
    client: AuthenticatedClient,
    report_id: str,
    *,
    timeout: float = 600.0,
    poll_interval: float = 10.0,
    on_progress: ProgressCallback | None = None,
    sleep: Callable[[float], Awaitable[object]] = asyncio.sleep,
    clock: Callable[[], float] = time.monotonic,
) -> Report:
    """The async twin of :func:`wait_for_report` (cancelling the task stops the waiting only)."""

    async def poll() -> list[Report]:
        return await directory_insights_reports_list_get.asyncio(client=client) or []

    return await polling.arun(_waiting(report_id, timeout, poll_interval, on_progress, clock), poll=poll, sleep=sleep)


async def download_report_async(
    client: AuthenticatedClient,
    report: Report,
    *,
    format: str = "csv",
    dest: Dest = None,
    on_progress: ProgressCallback | None = None,
    clock: Callable[[], float] = time.monotonic,
) -> ReportResult:
    """The async twin of :func:`download_report` (file writes are small, synchronous chunks)."""
    job = _Download(report, format, on_progress, clock)
    with job.sink(dest) as sink:
        async with contextlib.aclosing(await asend(client, job.request, stream=True)) as response:
            job.start(response if response.status_code == 200 else await _aread(response))
            with job.receiving():
                async for data in response.aiter_bytes(CHUNK_SIZE):
                    job.chunk(sink, data)
            return job.finish(response, sink)


async def _aread(response: httpx.Response) -> httpx.Response:
    await response.aread()
    return response


async def run_report_async(
    client: AuthenticatedClient,
    report_type: str | ReportType,
    *,
    format: str = "csv",
    dest: Dest = None,
    timeout: float = 600.0,
    poll_interval: float = 10.0,
    on_progress: ProgressCallback | None = None,
    sleep: Callable[[float], Awaitable[object]] = asyncio.sleep,
    clock: Callable[[], float] = time.monotonic,
) -> ReportResult:
    """The async twin of :func:`run_report`."""
    report = await request_report_async(client, _prepared(report_type, format, timeout, poll_interval, dest))
    waiting: dict[str, Any] = {
        "timeout": timeout,
        "poll_interval": poll_interval,
        "on_progress": on_progress,
        "clock": clock,
    }
    with _resuming(_str(report.id)):
        done = await wait_for_report_async(client, _str(report.id), sleep=sleep, **waiting)
        return await download_report_async(client, done, format=format, dest=dest, on_progress=on_progress, clock=clock)
