"""One poll engine for report and bulk-job waiting: a sans-IO loop and two thin runners.

``engine(...)`` is a generator that makes every decision and does no I/O: it yields ``POLL``
when the runner must ask the server (the runner sends the answer back, or ``Failed(error)``)
and a number of seconds when it must sleep. It keeps the deadline, the interval (x1.5 up to a
cap, never past the deadline) and the failure budget (a 429 waits its ``Retry-After``; 5xx,
network failures and unreadable answers are tolerated a few times in a row), and returns what
``judge`` returns once it is not ``None``. ``run`` and ``arun`` drive it with blocking or async
I/O, so a waiter is written once and has a sync and an async form of two lines each::

    def judge(answer):                      # the caller's meaning of an answer
        return answer if answer["done"] else None

    steps = engine(judge=judge, timeout=600, poll_interval=10, max_interval=60,
                   clock=time.monotonic, timeout_error=lambda: MyTimeout(job_id))
    result = run(steps, poll=lambda: get_job(job_id), sleep=time.sleep)
    result = await arun(steps, poll=aget_job_coroutine_function, sleep=asyncio.sleep)

Hand-written: a dozen lines of arithmetic over the client's retry layer; a retry library would
add a second, conflicting retry policy, and none is sans-IO.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Generator
from typing import Any, NamedTuple, TypeVar

from .errors import APIConnectionError, InternalServerError, InvalidResponse, RateLimitError

__all__ = [
    "BACKOFF_FACTOR",
    "MAX_TRANSIENT_FAILURES",
    "POLL",
    "TRANSIENT",
    "Failed",
    "PollSchedule",
    "arun",
    "engine",
    "run",
]

T = TypeVar("T")
#: What ``engine`` yields when the runner must poll (otherwise it yields seconds to sleep).
POLL = None
Steps = Generator[float | None, Any, T]

BACKOFF_FACTOR = 1.5
#: Consecutive 5xx / network failures tolerated while polling (429s do not count).
MAX_TRANSIENT_FAILURES = 3
#: Failures a poll loop waits out instead of raising at once (an unreadable answer too: a proxy's
#: HTML error page or a body cut short is no reason to give up a report that is still running).
TRANSIENT = (RateLimitError, InternalServerError, APIConnectionError, InvalidResponse)


class PollSchedule:
    """Deadline, growing interval and failure budget of one poll loop."""

    def __init__(
        self,
        *,
        timeout: float,
        poll_interval: float,
        max_interval: float,
        clock: Callable[[], float],
        timeout_error: Callable[[], Exception],
    ) -> None:
        if timeout < 0 or poll_interval <= 0:
            raise ValueError("timeout must be >= 0 and poll_interval > 0")
        self.timeout = timeout
        self.interval = poll_interval
        self.max_interval = max(max_interval, poll_interval)
        self.clock = clock
        self.started = clock()
        self.deadline = self.started + timeout
        self.polls = 0
        self.failures = 0  # consecutive transient failures (not 429s)
        self._timeout_error = timeout_error

    @property
    def elapsed(self) -> float:
        """Seconds since the schedule started."""
        return self.clock() - self.started

    def answered(self) -> None:
        """Count one successful poll (and forget earlier failures)."""
        self.polls += 1
        self.failures = 0

    def after_failure(self, exc: BaseException) -> float:
        """The wait after a 429 / 5xx / network failure; re-raises past the budget or the deadline."""
        wait = self.interval
        if isinstance(exc, RateLimitError):
            if exc.retry_after is not None:
                wait = exc.retry_after
        else:
            self.failures += 1
            if self.failures > MAX_TRANSIENT_FAILURES:
                raise exc
        if wait > self.deadline - self.clock():
            raise self._timeout_error() from exc
        return wait

    def next_delay(self) -> float:
        """The sleep before the next poll; the timeout error once the deadline has passed."""
        remaining = self.deadline - self.clock()
        if remaining <= 0:
            raise self._timeout_error()
        delay = min(self.interval, remaining)
        self.interval = min(self.interval * BACKOFF_FACTOR, self.max_interval)
        return delay


def engine(
    *,
    judge: Callable[[Any], T | None],
    timeout: float,
    poll_interval: float,
    max_interval: float,
    clock: Callable[[], float],
    timeout_error: Callable[[], Exception],
    on_wait: Callable[[PollSchedule, float | None], None] | None = None,
) -> Steps[T]:
    """The poll loop's decisions (see the module docstring); ``on_wait(schedule, next_poll_in)``
    reports progress before each sleep, and once with ``None`` when ``judge`` returned a result."""
    schedule = PollSchedule(
        timeout=timeout,
        poll_interval=poll_interval,
        max_interval=max_interval,
        clock=clock,
        timeout_error=timeout_error,
    )
    while True:
        answer = yield POLL
        if isinstance(answer, Failed):
            wait = schedule.after_failure(answer.error)
        else:
            schedule.answered()
            result = judge(answer)
            if result is not None:
                if on_wait is not None:
                    on_wait(schedule, None)
                return result
            wait = schedule.next_delay()
        if on_wait is not None:
            on_wait(schedule, wait)
        yield wait


class Failed(NamedTuple):
    """What a runner sends ``engine`` when a poll failed with one of the ``TRANSIENT`` errors."""

    error: Exception


def run(steps: Steps[T], *, poll: Callable[[], Any], sleep: Callable[[float], object]) -> T:
    """Drive ``steps`` with blocking I/O: ``poll()`` asks the server, ``sleep(seconds)`` waits."""

    def answer() -> Any:
        try:
            return poll()
        except TRANSIENT as exc:
            return Failed(exc)

    try:
        step = next(steps)
        while True:
            step = steps.send(answer() if step is POLL else sleep(step))
    except StopIteration as done:
        result: T = done.value
        return result


async def arun(
    steps: Steps[T], *, poll: Callable[[], Awaitable[Any]], sleep: Callable[[float], Awaitable[object]]
) -> T:
    """The async runner: ``await poll()``, ``await sleep(seconds)``."""

    async def answer() -> Any:
        try:
            return await poll()
        except TRANSIENT as exc:
            return Failed(exc)

    try:
        step = next(steps)
        while True:
            step = steps.send(await answer() if step is POLL else await sleep(step))
    except StopIteration as done:
        result: T = done.value
        return result
