"""When to poll again: the schedule shared by report waiting and bulk-job waiting.

A poll loop asks :class:`PollSchedule` how long to sleep: after an answer (``next_delay``:
the interval grows x1.5 up to a cap, never past the deadline) or after a failure that
outlived the client's own retries (``after_failure``: a 429 waits its ``Retry-After``; 5xx,
network failures and unreadable answers are tolerated a few times in a row). The loop's own code decides what
an answer means and what to raise on timeout::

    schedule = PollSchedule(timeout=600, poll_interval=10, max_interval=60,
                            clock=time.monotonic, timeout_error=lambda: MyTimeout(job_id))
    while True:
        try:
            answer = poll()
        except TRANSIENT as exc:
            time.sleep(schedule.after_failure(exc))
            continue
        schedule.answered()
        if done(answer):
            return answer
        time.sleep(schedule.next_delay())

Hand-written: a dozen lines of arithmetic over the client's retry layer; a retry library
would add a second, conflicting retry policy.
"""

from __future__ import annotations

from collections.abc import Callable

from .errors import APIConnectionError, InternalServerError, InvalidResponse, RateLimitError

__all__ = ["BACKOFF_FACTOR", "MAX_TRANSIENT_FAILURES", "TRANSIENT", "PollSchedule"]

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
