"""The sans-IO poll engine (polling.engine) and its two runners, without any server."""

from __future__ import annotations

import asyncio
from typing import Any

import httpx
import pytest

from jcapiv2 import polling
from jcapiv2.errors import InternalServerError, InvalidResponse, RateLimitError


class Timeout(Exception):
    pass


class Clock:
    def __init__(self) -> None:
        self.now = 0.0
        self.sleeps: list[float] = []

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds

    async def asleep(self, seconds: float) -> None:
        self.sleep(seconds)


def steps(clock: Clock, done_after: int, progress: list[Any] | None = None, timeout: float = 100.0) -> Any:
    def judge(answer: int) -> str | None:
        return f"done at poll {answer}" if answer >= done_after else None

    return polling.engine(
        judge=judge,
        timeout=timeout,
        poll_interval=1.0,
        max_interval=3.0,
        clock=clock,
        timeout_error=Timeout,
        on_wait=None if progress is None else lambda s, wait: progress.append((s.polls, wait)),
    )


def answers(*script: Any) -> Any:
    """A poll function answering the script in turn (an exception in it is raised)."""
    items = iter(script)

    def poll() -> Any:
        item = next(items)
        if isinstance(item, Exception):
            raise item
        return item

    return poll


def error(kind: type[Exception], status: int, **headers: str) -> Exception:
    response = httpx.Response(status, headers=headers, request=httpx.Request("GET", "https://x.test/"))
    from jcapiv2.errors import error_for_response, invalid_response

    return invalid_response(response, ValueError("x")) if kind is InvalidResponse else error_for_response(response)


def test_the_interval_grows_to_its_cap_and_the_result_is_returned() -> None:
    clock = Clock()
    progress: list[Any] = []
    result = polling.run(steps(clock, 5, progress), poll=answers(1, 2, 3, 4, 5), sleep=clock.sleep)
    assert result == "done at poll 5"
    assert clock.sleeps == [1.0, 1.5, 2.25, 3.0]
    assert progress == [(1, 1.0), (2, 1.5), (3, 2.25), (4, 3.0), (5, None)]


def test_transient_failures_spend_the_budget_and_429_waits_its_retry_after() -> None:
    clock = Clock()
    script = (error(RateLimitError, 429, **{"retry-after": "7"}), error(InvalidResponse, 200), 1, 2)
    assert polling.run(steps(clock, 2), poll=answers(*script), sleep=clock.sleep) == "done at poll 2"
    assert clock.sleeps == [7.0, 1.0, 1.0]


def test_past_the_failure_budget_the_failure_is_raised() -> None:
    clock = Clock()
    failures = [error(InternalServerError, 503) for _ in range(polling.MAX_TRANSIENT_FAILURES + 1)]
    with pytest.raises(InternalServerError):
        polling.run(steps(clock, 1), poll=answers(*failures), sleep=clock.sleep)
    assert len(clock.sleeps) == polling.MAX_TRANSIENT_FAILURES


def test_the_deadline_raises_the_callers_timeout_without_sleeping_past_it() -> None:
    clock = Clock()
    with pytest.raises(Timeout):
        polling.run(steps(clock, 99, timeout=5.0), poll=answers(*range(1, 20)), sleep=clock.sleep)
    assert sum(clock.sleeps) == pytest.approx(5.0)


def test_a_non_transient_failure_ends_the_wait_at_once() -> None:
    clock = Clock()
    with pytest.raises(KeyError):
        polling.run(steps(clock, 2), poll=answers(KeyError("boom")), sleep=clock.sleep)
    assert clock.sleeps == []


def test_the_async_runner_makes_the_same_decisions() -> None:
    sync_clock, async_clock = Clock(), Clock()
    script = (error(RateLimitError, 429, **{"retry-after": "2"}), 1, 2, 3)
    expected = polling.run(steps(sync_clock, 3), poll=answers(*script), sleep=sync_clock.sleep)
    poll = answers(*script)

    async def apoll() -> Any:
        return poll()

    got = asyncio.run(polling.arun(steps(async_clock, 3), poll=apoll, sleep=async_clock.asleep))
    assert got == expected and async_clock.sleeps == sync_clock.sleeps == [2.0, 1.0, 1.5]
