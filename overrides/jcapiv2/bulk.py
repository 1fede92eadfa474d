"""Bulk user jobs (v2): submit users to create or update, wait, and get every per-user result.

JumpCloud processes ``POST /bulk/users`` (create) and ``PATCH /bulk/users`` (update)
asynchronously: the call answers ``{"jobId": ...}`` at once, and each submitted user becomes
a work result (``GET /bulk/users/{job_id}/results``, or ``GET /jobs/{id}/results``, paged
with ``limit`` <= 100 and ``skip``) whose status moves from ``pending`` to ``finished`` or
``failed`` with a ``statusMsg``. This module wraps the generated operations::

    from jcapiv2 import connect
    from jcapiv2.bulk import create_users, wait_for_bulk_job

    client = connect()
    job = create_users(client, [
        {"username": "ada", "email": "ada@example.com", "firstname": "Ada"},
        {"username": "alan", "email": "alan@example.com"},
    ], suppress_email=True)
    result = wait_for_bulk_job(client, job, timeout=300)
    for record in result.failed:
        print(record.username or record.email, record.message)

Behaviour
---------
* ``users`` are dicts (JumpCloud's JSON field names, e.g. ``costCenter``; unknown fields are
  sent as given) or the generated ``BulkUserCreate`` / ``BulkUserUpdate`` models; an update
  needs each user's ``id``. Nothing is sent when the input is invalid.
* Waiting pages through every result (``limit=100``, ``skip``) on each poll until every
  record is terminal. Status spellings are matched loosely (``finished``/``success``/
  ``completed`` ..., ``failed``/``error`` ...), anything else counts as still pending.
* **A partial failure is data, not an exception**: ``BulkJobResult.failed`` lists the
  records JumpCloud rejected, each with its message; ``BulkJobResult.ok`` is ``False``.
* Polling starts at ``poll_interval`` and backs off x1.5 up to 30 s, never past the
  deadline; a 429 waits ``Retry-After`` within the deadline; a few consecutive transient
  5xx / network failures are tolerated. The deadline raises ``BulkJobTimeout`` carrying
  ``job_id`` (the job keeps running: call ``wait_for_bulk_job`` again). JumpCloud has no
  endpoint to cancel a bulk job.
* ``on_progress`` receives a :class:`BulkJobProgress` after every poll; ``sleep`` and
  ``clock`` are injectable for tests. Async twins: ``create_users_async``,
  ``update_users_async``, ``wait_for_bulk_job_async``.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

from . import polling
from .api.bulk_job_requests import bulk_users_create, bulk_users_create_results, bulk_users_update, jobs_results
from .client import AuthenticatedClient
from .errors import JumpCloudError
from .models.bulk_user_create import BulkUserCreate
from .models.bulk_user_update import BulkUserUpdate
from .models.bulk_users_create_creation_source import BulkUsersCreateCreationSource
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

#: Results page size (JumpCloud's maximum).
PAGE_SIZE = 100
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
    """A submitted bulk job: its id, what it does and how many users were sent."""

    job_id: str
    kind: JobKind
    submitted: int


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

    job_id: str
    records: list[BulkRecord]

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
def _models(users: Iterable[Any], model: type[Any], kind: JobKind) -> list[Any]:
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
    return out


def _creation_source(value: str | BulkUsersCreateCreationSource | None) -> BulkUsersCreateCreationSource:
    if value is None:
        return BulkUsersCreateCreationSource.JUMPCLOUDBULK
    known = {source.value: source for source in BulkUsersCreateCreationSource}  # listed values only
    if value not in known:  # the enum itself is open (it accepts new values in answers): check first
        raise ValueError(f"unknown creation_source {value!r}; use one of: {', '.join(known)}")
    return known[value]


def _job(answer: JobID | None, kind: JobKind, count: int) -> BulkJob:
    if answer is None or isinstance(answer.job_id, Unset) or not answer.job_id:
        raise BulkJobError("JumpCloud accepted the bulk job but returned no jobId")
    return BulkJob(answer.job_id, kind, count)


def create_users(
    client: AuthenticatedClient,
    users: Sequence[Mapping[str, Any] | BulkUserCreate],
    *,
    suppress_email: bool = False,
    creation_source: str | BulkUsersCreateCreationSource | None = None,
) -> BulkJob:
    """Submit a bulk create job (``POST /bulk/users``); returns at once with the job id.

    ``suppress_email`` stops JumpCloud's activation emails; ``creation_source`` is one of
    ``BulkUsersCreateCreationSource`` (default ``jumpcloud:bulk``).
    """
    body = _models(users, BulkUserCreate, "create")
    answer = bulk_users_create.sync(
        client=client,
        body=body,
        suppress_email=True if suppress_email else UNSET,
        creation_source=_creation_source(creation_source),
    )
    return _job(answer, "create", len(body))


def update_users(
    client: AuthenticatedClient,
    users: Sequence[Mapping[str, Any] | BulkUserUpdate],
    *,
    suppress_email: bool = False,
) -> BulkJob:
    """Submit a bulk update job (``PATCH /bulk/users``); each user needs its ``id``."""
    body = _models(users, BulkUserUpdate, "update")
    answer = bulk_users_update.sync(client=client, body=body, suppress_email=True if suppress_email else UNSET)
    return _job(answer, "update", len(body))


async def create_users_async(
    client: AuthenticatedClient,
    users: Sequence[Mapping[str, Any] | BulkUserCreate],
    *,
    suppress_email: bool = False,
    creation_source: str | BulkUsersCreateCreationSource | None = None,
) -> BulkJob:
    """The async twin of :func:`create_users`."""
    body = _models(users, BulkUserCreate, "create")
    answer = await bulk_users_create.asyncio(
        client=client,
        body=body,
        suppress_email=True if suppress_email else UNSET,
        creation_source=_creation_source(creation_source),
    )
    return _job(answer, "create", len(body))


async def update_users_async(
    client: AuthenticatedClient,
    users: Sequence[Mapping[str, Any] | BulkUserUpdate],
    *,
    suppress_email: bool = False,
) -> BulkJob:
    """The async twin of :func:`update_users`."""
    body = _models(users, BulkUserUpdate, "update")
    answer = await bulk_users_update.asyncio(client=client, body=body, suppress_email=True if suppress_email else UNSET)
    return _job(answer, "update", len(body))


# --------------------------------------------------------------------------- wait
def _waiting(
    job: str | BulkJob,
    expected: int | None,
    timeout: float,
    poll_interval: float,
    on_progress: ProgressCallback | None,
    clock: Callable[[], float],
) -> tuple[str, polling.Steps[BulkJobResult]]:
    """(job id, the poll engine for it): done when every record is finished or failed."""
    job_id = job.job_id if isinstance(job, BulkJob) else job
    if not job_id:
        raise ValueError("job_id is required")
    wanted = job.submitted if isinstance(job, BulkJob) and expected is None else expected
    records: list[BulkRecord] = []

    def counts() -> tuple[int, int, int]:
        total = max(len(records), wanted or 0)
        return total, sum(r.outcome == "succeeded" for r in records), sum(r.outcome == "failed" for r in records)

    def judge(results: list[JobWorkResult]) -> BulkJobResult | None:
        by_id: dict[str, BulkRecord] = {}
        anonymous: list[BulkRecord] = []
        for result in results:
            record = BulkRecord.from_result(result)
            if record.id:
                by_id[record.id] = record  # a record shifted across pages counts once
            else:
                anonymous.append(record)
        records[:] = [*by_id.values(), *anonymous]
        total, ok, bad = counts()
        return BulkJobResult(job_id, list(records)) if records and ok + bad == total else None

    def progress(schedule: polling.PollSchedule, next_poll_in: float | None) -> None:
        if on_progress is not None:
            total, ok, bad = counts()
            elapsed, polls = schedule.elapsed, schedule.polls
            on_progress(BulkJobProgress(job_id, total, ok + bad, ok, bad, elapsed, polls, next_poll_in))

    def timed_out() -> BulkJobTimeout:
        total, ok, bad = counts()
        return BulkJobTimeout(job_id, ok + bad, total, timeout)

    steps = polling.engine(
        judge=judge,
        timeout=timeout,
        poll_interval=poll_interval,
        max_interval=MAX_POLL_INTERVAL,
        clock=clock,
        timeout_error=timed_out,
        on_wait=progress,
    )
    return job_id, steps


def _results_query(endpoint: Endpoint, job_id: str) -> tuple[Any, dict[str, Any]]:
    """The results operation of ``endpoint`` and its job-id path parameter."""
    if endpoint == "bulk":
        return bulk_users_create_results, {"job_id": job_id}
    if endpoint == "jobs":
        return jobs_results, {"id": job_id}
    raise ValueError(f"endpoint must be 'bulk' or 'jobs', not {endpoint!r}")


def _fetch_all(client: AuthenticatedClient, job_id: str, endpoint: Endpoint) -> list[JobWorkResult]:
    op, path = _results_query(endpoint, job_id)
    return list(paginate(op, client=client, page_size=PAGE_SIZE, **path))


async def _fetch_all_async(client: AuthenticatedClient, job_id: str, endpoint: Endpoint) -> list[JobWorkResult]:
    op, path = _results_query(endpoint, job_id)
    return [result async for result in paginate_async(op, client=client, page_size=PAGE_SIZE, **path)]


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
    """Poll the job's results until every record is finished or failed; return them all.

    ``job_id`` may be the :class:`BulkJob` returned by ``create_users``/``update_users`` (then
    the number of users submitted is known and waited for). ``endpoint="jobs"`` reads
    ``/jobs/{id}/results`` instead of ``/bulk/users/{job_id}/results``. Raises
    ``BulkJobTimeout`` (with ``job_id``) at the deadline; failed records are returned, not raised.
    """
    job_id, steps = _waiting(job_id, expected, timeout, poll_interval, on_progress, clock)
    return polling.run(steps, poll=lambda: _fetch_all(client, job_id, endpoint), sleep=sleep)


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
    job_id, steps = _waiting(job_id, expected, timeout, poll_interval, on_progress, clock)
    return await polling.arun(steps, poll=lambda: _fetch_all_async(client, job_id, endpoint), sleep=sleep)
