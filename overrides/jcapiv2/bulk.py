"""Bulk user jobs (v2): submit users to create or update, wait, and get every per-user result.

JumpCloud runs ``POST /bulk/users`` (create) and ``PATCH /bulk/users`` (update) as background
jobs: the call answers ``{"jobId": ...}`` and each user becomes a work result whose status
moves from ``pending`` to ``finished`` or ``failed`` (docs/reports-and-bulk-jobs.md has the
whole behaviour)::

    from jcapiv2 import connect
    from jcapiv2.bulk import create_users, wait_for_bulk_job

    client = connect()
    job = create_users(client, [{"username": "ada", "email": "ada@example.com"}], suppress_email=True)
    result = wait_for_bulk_job(client, job, timeout=300)
    for record in result.failed:             # a partial failure is data, not an exception
        print(record.username or record.email, record.message)

Large inputs go in batches of ``batch_size`` users (default 100), one job each; waiting polls
each job's status (``GET /jobs/{id}``) and reads its results once, when it has finished.
Async twins: ``create_users_async``, ``update_users_async``, ``wait_for_bulk_job_async``.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

from . import polling
from .api.bulk_job_requests import (
    bulk_users_create,
    bulk_users_create_results,
    bulk_users_update,
    jobs_get,
    jobs_results,
)
from .client import AuthenticatedClient
from .errors import JumpCloudError, NotFoundError
from .models.bulk_user_create import BulkUserCreate
from .models.bulk_user_update import BulkUserUpdate
from .models.bulk_users_create_creation_source import BulkUsersCreateCreationSource
from .models.job_details import JobDetails
from .models.job_id import JobID
from .models.job_work_result import JobWorkResult
from .pagination import paginate, paginate_async
from .types import UNSET, Unset

__all__ = [
    "BulkJob",
    "BulkJobError",
    "BulkJobProgress",
    "BulkJobResult",
    "BulkJobTimeout",
    "BulkRecord",
    "create_users",
    "create_users_async",
    "update_users",
    "update_users_async",
    "wait_for_bulk_job",
    "wait_for_bulk_job_async",
]

#: Results page size (JumpCloud's maximum ``limit``: jumpcloud-api-notes.md, seeds/001).
PAGE_SIZE = 100
#: Users per job. JumpCloud documents no cap on the array; 100 makes each job's results one page
#: (its ``limit`` maximum) and bounds what one rejected request costs. ``batch_size=`` changes it.
DEFAULT_BATCH_SIZE = 100
#: Ceiling of the poll interval in seconds (it grows x1.5 per poll: see ``polling``).
MAX_POLL_INTERVAL = 30.0

SUCCESS_STATUSES = frozenset({"finished", "success", "succeeded", "successful", "completed", "complete", "done", "ok"})
FAILURE_STATUSES = frozenset({"failed", "failure", "error", "errored", "rejected", "invalid", "cancelled", "canceled"})

Endpoint = Literal["bulk", "jobs"]
JobKind = Literal["create", "update"]


# --------------------------------------------------------------------------- errors
class BulkJobError(JumpCloudError):
    """Base class of this module's errors."""


class BulkJobTimeout(BulkJobError, TimeoutError):
    """The deadline passed with records still pending; the job keeps running on JumpCloud."""

    def __init__(self, job_id: str, done: int, total: int, timeout: float) -> None:
        self.job_id = job_id
        self.done = done
        self.total = total
        self.timeout = timeout
        super().__init__(
            f"bulk job {job_id}: {done} of {total} records done after {timeout:g} s; it keeps running: "
            f"resume with wait_for_bulk_job(client, {job_id!r})"
        )


# --------------------------------------------------------------------------- results
@dataclass(frozen=True)
class BulkJob:
    """A submitted bulk job: one JumpCloud job per batch, what they do, how many users were sent."""

    job_ids: tuple[str, ...]
    kind: JobKind
    submitted: int

    @property
    def job_id(self) -> str:
        """The job ids joined with ``,`` (what ``wait_for_bulk_job`` and ``jcapi bulk-users wait`` take)."""
        return ",".join(self.job_ids)


def _plain(value: Any) -> dict[str, Any]:
    if isinstance(value, Unset) or value is None:
        return {}
    if hasattr(value, "to_dict"):
        return dict(value.to_dict())
    return dict(value) if isinstance(value, Mapping) else {}


def normalise_status(status: str | None) -> Literal["succeeded", "failed", "pending"]:
    """``succeeded``, ``failed`` or ``pending`` for any spelling JumpCloud may use."""
    key = (status or "").strip().lower().replace("-", "_").replace(" ", "_")
    if key in SUCCESS_STATUSES:
        return "succeeded"
    if key in FAILURE_STATUSES:
        return "failed"
    return "pending"


@dataclass(frozen=True)
class BulkRecord:
    """One user's result: ``outcome`` is ``succeeded``, ``failed`` or ``pending``."""

    id: str
    status: str  # as JumpCloud spelled it
    outcome: Literal["succeeded", "failed", "pending"]
    message: str
    meta: dict[str, Any]
    persisted_fields: dict[str, Any]
    result: JobWorkResult = field(repr=False)

    @classmethod
    def from_result(cls, result: JobWorkResult) -> BulkRecord:
        """Build from the generated model."""
        status = "" if isinstance(result.status, Unset) else str(result.status)
        return cls(
            id="" if isinstance(result.id, Unset) else str(result.id),
            status=status,
            outcome=normalise_status(status),
            message="" if isinstance(result.status_msg, Unset) else str(result.status_msg or ""),
            meta=_plain(result.meta),
            persisted_fields=_plain(result.persisted_fields),
            result=result,
        )

    @property
    def username(self) -> str | None:
        """The user's username, from the persisted fields or the submitted ones."""
        value = self.persisted_fields.get("username") or self.meta.get("username")
        return str(value) if value else None

    @property
    def email(self) -> str | None:
        """The user's email, from the persisted fields or the submitted ones."""
        value = self.persisted_fields.get("email") or self.meta.get("email")
        return str(value) if value else None

    @property
    def user_id(self) -> str | None:
        """The system user's id (created or updated), when JumpCloud reported it."""
        value = self.persisted_fields.get("id") or self.persisted_fields.get("_id") or self.meta.get("id")
        return str(value) if value else None

    def to_json(self) -> dict[str, Any]:
        """A JSON-able summary."""
        return {
            "id": self.id,
            "status": self.status,
            "outcome": self.outcome,
            "message": self.message,
            "user_id": self.user_id,
            "username": self.username,
            "email": self.email,
        }


@dataclass(frozen=True)
class BulkJobResult:
    """Every record of a finished job, split into ``succeeded`` and ``failed``."""

    job_id: str  # the job ids joined with ","
    records: list[BulkRecord]

    @property
    def job_ids(self) -> list[str]:
        """Each JumpCloud job of the submission."""
        return self.job_id.split(",")

    @property
    def succeeded(self) -> list[BulkRecord]:
        """Records JumpCloud applied."""
        return [r for r in self.records if r.outcome == "succeeded"]

    @property
    def failed(self) -> list[BulkRecord]:
        """Records JumpCloud rejected (see each ``message``)."""
        return [r for r in self.records if r.outcome == "failed"]

    @property
    def ok(self) -> bool:
        """True when no record failed."""
        return not self.failed

    def to_json(self) -> dict[str, Any]:
        """A JSON-able summary (counts and every record)."""
        return {
            "job_id": self.job_id,
            "total": len(self.records),
            "succeeded": len(self.succeeded),
            "failed": len(self.failed),
            "records": [r.to_json() for r in self.records],
        }


@dataclass(frozen=True)
class BulkJobProgress:
    """A progress update: ``done`` of ``total`` records terminal after ``polls`` polls."""

    job_id: str
    total: int
    done: int
    succeeded: int
    failed: int
    elapsed: float
    polls: int
    next_poll_in: float | None = None


ProgressCallback = Callable[[BulkJobProgress], None]


# --------------------------------------------------------------------------- submit
def _models(users: Iterable[Any], model: type[Any], kind: JobKind, batch_size: int) -> list[list[Any]]:
    """The users as models, in batches; every user and ``batch_size`` are checked before any request."""
    if isinstance(batch_size, bool) or not isinstance(batch_size, int) or batch_size < 1:
        raise ValueError(f"batch_size must be a whole number of users, 1 or more, got {batch_size!r}")
    if isinstance(users, Mapping | str | bytes):
        raise TypeError("users must be a list of user dicts or models, not a single object")
    out: list[Any] = []
    for index, user in enumerate(users):
        if isinstance(user, model):
            item = user
        elif isinstance(user, Mapping):
            try:
                item = model.from_dict(dict(user))
            except (TypeError, ValueError, KeyError, AttributeError) as exc:
                raise ValueError(f"user #{index + 1}: {exc}") from exc
        else:
            raise TypeError(f"user #{index + 1} is a {type(user).__name__}: pass dicts or {model.__name__} models")
        if kind == "update" and not (isinstance(item.id, str) and item.id):
            raise ValueError(f"user #{index + 1} has no 'id': an update needs each user's id")
        out.append(item)
    if not out:
        raise ValueError("no users given: a bulk job needs at least one")
    return [out[i : i + batch_size] for i in range(0, len(out), batch_size)]


def _creation_source(value: str | BulkUsersCreateCreationSource | None) -> BulkUsersCreateCreationSource:
    if value is None:
        return BulkUsersCreateCreationSource.JUMPCLOUDBULK
    known = {source.value: source for source in BulkUsersCreateCreationSource}  # listed values only
    if value not in known:  # the enum itself is open (it accepts new values in answers): check first
        raise ValueError(f"unknown creation_source {value!r}; use one of: {', '.join(known)}")
    return known[value]


def _submission(kind: JobKind, users: Any, batch_size: int, suppress_email: bool, source: Any) -> tuple[Any, ...]:
    """(operation, batches, keyword arguments) of a create or update submission."""
    model = BulkUserCreate if kind == "create" else BulkUserUpdate
    kwargs: dict[str, Any] = {"suppress_email": True if suppress_email else UNSET}
    if kind == "create":
        kwargs["creation_source"] = _creation_source(source)
    op = bulk_users_create if kind == "create" else bulk_users_update
    return op, _models(users, model, kind, batch_size), kwargs


def _job_id(answer: JobID | None) -> str:
    if answer is None or isinstance(answer.job_id, Unset) or not answer.job_id:
        raise BulkJobError("JumpCloud accepted the bulk job but returned no jobId")
    return answer.job_id


def _submit(
    client: AuthenticatedClient, kind: JobKind, users: Any, batch_size: int, email: bool, source: Any
) -> BulkJob:
    op, batches, kwargs = _submission(kind, users, batch_size, email, source)
    ids = tuple(_job_id(op.sync(client=client, body=batch, **kwargs)) for batch in batches)
    return BulkJob(ids, kind, sum(map(len, batches)))


async def _asubmit(
    client: AuthenticatedClient, kind: JobKind, users: Any, batch_size: int, email: bool, source: Any
) -> BulkJob:
    op, batches, kwargs = _submission(kind, users, batch_size, email, source)
    ids = tuple([_job_id(await op.asyncio(client=client, body=batch, **kwargs)) for batch in batches])
    return BulkJob(ids, kind, sum(map(len, batches)))


def create_users(
    client: AuthenticatedClient,
    users: Sequence[Mapping[str, Any] | BulkUserCreate],
    *,
    suppress_email: bool = False,
    creation_source: str | BulkUsersCreateCreationSource | None = None,
    batch_size: int = DEFAULT_BATCH_SIZE,
) -> BulkJob:
    """Submit users to create (``POST /bulk/users``, one job per ``batch_size`` users); returns at once.

    ``suppress_email`` stops JumpCloud's activation emails; ``creation_source`` is one of
    ``BulkUsersCreateCreationSource`` (default ``jumpcloud:bulk``). Nothing is sent if any user is invalid.
    """
    return _submit(client, "create", users, batch_size, suppress_email, creation_source)


def update_users(
    client: AuthenticatedClient,
    users: Sequence[Mapping[str, Any] | BulkUserUpdate],
    *,
    suppress_email: bool = False,
    batch_size: int = DEFAULT_BATCH_SIZE,
) -> BulkJob:
    """Submit users to update (``PATCH /bulk/users``, one job per batch); each user needs its ``id``."""
    return _submit(client, "update", users, batch_size, suppress_email, None)


async def create_users_async(
    client: AuthenticatedClient,
    users: Sequence[Mapping[str, Any] | BulkUserCreate],
    *,
    suppress_email: bool = False,
    creation_source: str | BulkUsersCreateCreationSource | None = None,
    batch_size: int = DEFAULT_BATCH_SIZE,
) -> BulkJob:
    """The async twin of :func:`create_users`."""
    return await _asubmit(client, "create", users, batch_size, suppress_email, creation_source)


async def update_users_async(
    client: AuthenticatedClient,
    users: Sequence[Mapping[str, Any] | BulkUserUpdate],
    *,
    suppress_email: bool = False,
    batch_size: int = DEFAULT_BATCH_SIZE,
) -> BulkJob:
    """The async twin of :func:`update_users`."""
    return await _asubmit(client, "update", users, batch_size, suppress_email, None)


# --------------------------------------------------------------------------- wait
class _Jobs:
    """Where each job of a submission stands, and what the next poll must fetch (no I/O here).

    A job is asked for its status (``GET /jobs/{id}``) until it has finished, then its results are
    read once. A job whose status cannot be read (404: the jobs API is not there) has its results
    polled instead, as do results that still hold pending records after the job said finished.
    """

    def __init__(self, job_ids: list[str], expected: int | None) -> None:
        self.ids = job_ids
        self.expected = expected or 0
        self.finished: set[str] = set()  # the job's status says it has finished
        self.by_results: set[str] = set()  # no readable status: poll the results
        self.units: dict[str, int] = {}
        self.records: dict[str, list[BulkRecord]] = {}
        self.complete: set[str] = set()  # results read, every record terminal

    def to_ask(self) -> list[str]:
        return [j for j in self.ids if j not in self.finished and j not in self.by_results]

    def to_read(self) -> list[str]:
        return [j for j in self.ids if (j in self.finished or j in self.by_results) and j not in self.complete]

    def status(self, job_id: str, details: JobDetails | None) -> None:
        if details is None:
            self.by_results.add(job_id)
            return
        if isinstance(details.work_units_count, int):
            self.units[job_id] = details.work_units_count
        status = details.status if isinstance(details.status, str) else ""
        if normalise_status(status) != "pending":
            self.finished.add(job_id)

    def results(self, job_id: str, results: list[JobWorkResult]) -> None:
        by_id: dict[str, BulkRecord] = {}
        anonymous: list[BulkRecord] = []
        for result in results:
            record = BulkRecord.from_result(result)
            if record.id:
                by_id[record.id] = record  # a record shifted across pages counts once
            else:
                anonymous.append(record)
        records = self.records[job_id] = [*by_id.values(), *anonymous]
        if records and all(r.outcome != "pending" for r in records) and len(records) >= self.units.get(job_id, 0):
            self.complete.add(job_id)

    def counts(self) -> tuple[int, int, int, int]:
        """(total, done, succeeded, failed) records."""
        read = [r for j in self.complete for r in self.records[j]]
        ok = sum(r.outcome == "succeeded" for r in read)
        waiting = sum(self.units.get(j, 0) for j in self.finished - self.complete)
        total = max(self.expected, sum(self.units.values()), sum(len(r) for r in self.records.values()))
        return total, len(read) + waiting, ok, len(read) - ok

    def result(self) -> BulkJobResult | None:
        if len(self.complete) < len(self.ids):
            return None
        return BulkJobResult(",".join(self.ids), [r for j in self.ids for r in self.records[j]])


def _job_ids(job: str | BulkJob) -> list[str]:
    ids = list(job.job_ids) if isinstance(job, BulkJob) else [j.strip() for j in str(job).split(",") if j.strip()]
    if not ids:
        raise ValueError("job_id is required")
    return ids


def _waiting(
    job: str | BulkJob,
    expected: int | None,
    timeout: float,
    poll_interval: float,
    on_progress: ProgressCallback | None,
    clock: Callable[[], float],
) -> tuple[_Jobs, polling.Steps[BulkJobResult]]:
    """The jobs' state and the poll engine over it: done when every job's results are read."""
    jobs = _Jobs(_job_ids(job), job.submitted if isinstance(job, BulkJob) and expected is None else expected)
    joined = ",".join(jobs.ids)

    def progress(schedule: polling.PollSchedule, next_poll_in: float | None) -> None:
        if on_progress is not None:
            total, done, ok, bad = jobs.counts()
            on_progress(BulkJobProgress(joined, total, done, ok, bad, schedule.elapsed, schedule.polls, next_poll_in))

    def timed_out() -> BulkJobTimeout:
        total, done, _, _ = jobs.counts()
        return BulkJobTimeout(joined, done, total, timeout)

    steps = polling.engine(
        judge=lambda _: jobs.result(),
        timeout=timeout,
        poll_interval=poll_interval,
        max_interval=MAX_POLL_INTERVAL,
        clock=clock,
        timeout_error=timed_out,
        on_wait=progress,
    )
    return jobs, steps


def _results_query(endpoint: Endpoint, job_id: str) -> tuple[Any, dict[str, Any]]:
    """The results operation of ``endpoint`` and its job-id path parameter."""
    if endpoint == "bulk":
        return bulk_users_create_results, {"job_id": job_id}
    if endpoint == "jobs":
        return jobs_results, {"id": job_id}
    raise ValueError(f"endpoint must be 'bulk' or 'jobs', not {endpoint!r}")


def _poll(client: AuthenticatedClient, jobs: _Jobs, endpoint: Endpoint) -> _Jobs:
    for job_id in jobs.to_ask():
        try:
            jobs.status(job_id, jobs_get.sync(job_id, client=client))
        except NotFoundError:
            jobs.status(job_id, None)
    for job_id in jobs.to_read():
        op, path = _results_query(endpoint, job_id)
        jobs.results(job_id, list(paginate(op, client=client, page_size=PAGE_SIZE, **path)))
    return jobs


async def _apoll(client: AuthenticatedClient, jobs: _Jobs, endpoint: Endpoint) -> _Jobs:
    for job_id in jobs.to_ask():
        try:
            jobs.status(job_id, await jobs_get.asyncio(job_id, client=client))
        except NotFoundError:
            jobs.status(job_id, None)
    for job_id in jobs.to_read():
        op, path = _results_query(endpoint, job_id)
        jobs.results(job_id, [r async for r in paginate_async(op, client=client, page_size=PAGE_SIZE, **path)])
    return jobs


def wait_for_bulk_job(
    client: AuthenticatedClient,
    job_id: str | BulkJob,
    *,
    timeout: float = 600.0,
    poll_interval: float = 2.0,
    on_progress: ProgressCallback | None = None,
    endpoint: Endpoint = "bulk",
    expected: int | None = None,
    sleep: Callable[[float], object] = time.sleep,
    clock: Callable[[], float] = time.monotonic,
) -> BulkJobResult:
    """Wait until every job of ``job_id`` has finished and return every per-user result.

    ``job_id``: the :class:`BulkJob` from ``create_users`` / ``update_users``, or job ids joined with
    ``,``. ``endpoint="jobs"`` reads results from ``/jobs/{id}/results``. Raises ``BulkJobTimeout``
    (with ``job_id``: call again to resume) at the deadline; failed records are returned, not raised.
    """
    _results_query(endpoint, "")
    jobs, steps = _waiting(job_id, expected, timeout, poll_interval, on_progress, clock)
    return polling.run(steps, poll=lambda: _poll(client, jobs, endpoint), sleep=sleep)


async def wait_for_bulk_job_async(
    client: AuthenticatedClient,
    job_id: str | BulkJob,
    *,
    timeout: float = 600.0,
    poll_interval: float = 2.0,
    on_progress: ProgressCallback | None = None,
    endpoint: Endpoint = "bulk",
    expected: int | None = None,
    sleep: Callable[[float], Awaitable[object]] = asyncio.sleep,
    clock: Callable[[], float] = time.monotonic,
) -> BulkJobResult:
    """The async twin of :func:`wait_for_bulk_job`."""
    _results_query(endpoint, "")
    jobs, steps = _waiting(job_id, expected, timeout, poll_interval, on_progress, clock)
    return await polling.arun(steps, poll=lambda: _apoll(client, jobs, endpoint), sleep=sleep)
