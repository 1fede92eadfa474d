"""The one request path: every generated operation, ``client.request()`` and the helpers send here.

Like openai-python's ``_base_client.request`` and stripe-python's ``request_with_retries``, the
client owns one loop. Each attempt builds the request afresh and sends it through httpx with the
client's auth, so an ``httpx.Auth`` runs again on every attempt (System Context signs each one
with a fresh ``Date``); a failure worth retrying waits and tries again; a request that never got
an answer ends as ``errors.APIConnectionError`` / ``errors.APITimeoutError`` (wrapping httpx's)::

    response = send(client, {"method": "GET", "url": "/usergroups", "params": {"limit": 100}})
    response = send(client, {"method": "GET", "url": path}, stream=True)   # body not read: stream it
    response = send(client, kwargs, policy=RetryPolicy(max_retries=0))     # this call only

The retry rules (``retries.RetryPolicy``) are those of the README: connection failures for every
method (the request never reached the server); a 429 for every method, with or without
``Retry-After`` (JumpCloud did not process it); other retryable statuses (408, 500, 502, 503, 504)
and failures after sending only for idempotent methods, or with ``Idempotency-Key`` or
``retry_non_idempotent``. A body cut short mid-way is retried like any other failure, since the
body is read inside the loop (unless ``stream=True``). Each attempt writes one redacted DEBUG line.

Written by hand: see ``retries`` for why no retry library fits; this loop is the glue between it,
httpx and the errors module.
"""

from __future__ import annotations

import contextlib
import dataclasses
import random as _random
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from http import HTTPStatus
from typing import Any, cast

import httpx

from . import errors
from ._logging import log_request, log_response
from .retries import NO_RETRY, RetryPolicy, coerce_policy, decide_after_error, decide_after_response, is_replayable

__all__ = ["Timing", "asend", "http_status", "send"]


async def _asyncio_sleep(seconds: float) -> None:
    """``asyncio.sleep``, imported on first use: asyncio costs ~20 ms to import, and a sync-only
    program (most scripts) never needs it (``make bench``: one operation module's cold import)."""
    import asyncio

    await asyncio.sleep(seconds)


@dataclasses.dataclass(frozen=True)
class Timing:
    """How the loop waits and draws jitter (real time by default; tests pass fakes)."""

    sleep: Callable[[float], None] = time.sleep
    asleep: Callable[[float], Awaitable[Any]] = _asyncio_sleep
    random: Callable[[], float] = _random.random
    now: Callable[[], float] = time.time


REAL_TIME = Timing()


def _settings(client: Any, policy: RetryPolicy | None) -> tuple[RetryPolicy, Timing]:
    """The policy (the call's, else the client's, else none: a stock client does not retry) and timing."""
    chosen = policy if policy is not None else getattr(client, "retry_policy", None)
    return (NO_RETRY if chosen is None else coerce_policy(chosen)), getattr(client, "timing", REAL_TIME)


def http_status(code: int) -> HTTPStatus:
    """``HTTPStatus(code)``, or the bare code for one the enum does not know (a proxy's 520)."""
    try:
        return HTTPStatus(code)
    except ValueError:
        return cast(HTTPStatus, code)


def _prepare(client: Any, arguments: dict[str, Any]) -> tuple[dict[str, Any], Any]:
    """The request arguments with the client copy's headers and timeout, and the auth to send with.

    A ``connect()`` client's copies share one pool, so their options travel with each request
    (``JumpCloudClient.request_options``); a stock generated client keeps them in its httpx client.
    """
    options = getattr(client, "request_options", None)
    if options is None:
        return arguments, httpx.USE_CLIENT_DEFAULT
    merged = dict(arguments)
    if options.headers:
        headers = httpx.Headers(options.headers)  # case-insensitive: the call's Content-Type replaces the client's
        headers.update(arguments.get("headers") or {})
        merged["headers"] = headers
    if options.timeout is not None and "timeout" not in merged:
        merged["timeout"] = options.timeout
    return merged, options.auth if options.auth is not None else httpx.USE_CLIENT_DEFAULT


@dataclasses.dataclass
class _Attempt:
    """One attempt's facts for the retry decision and its log line."""

    policy: RetryPolicy
    timing: Timing
    request: httpx.Request
    done: int  # retries made before this attempt
    replayable: bool  # asked before the first send (a transport may consume a one-shot body)
    started: float


def _after_failure(attempt: _Attempt, exc: httpx.TransportError) -> float:
    """Log an attempt that got no answer; the wait before the next, or the typed error raised."""
    request, number = attempt.request, attempt.done + 1
    delay, note = decide_after_error(
        attempt.policy, request, exc, attempt.done, attempt.timing.random, replayable=attempt.replayable
    )
    log_request(request, number, error=exc, elapsed=time.perf_counter() - attempt.started, retry_in=delay, note=note)
    if delay is None:
        raise errors.connection_error(exc, request, number, note) from exc
    return delay


def _after_answer(attempt: _Attempt, response: httpx.Response) -> float | None:
    """Log an attempt that got ``response``; the wait before the next, or ``None``: return it."""
    timing, elapsed = attempt.timing, time.perf_counter() - attempt.started
    delay, note = decide_after_response(
        attempt.policy,
        attempt.request,
        response,
        attempt.done,
        timing.random,
        timing.now,
        replayable=attempt.replayable,
    )
    log_response(response, attempt.done + 1, request=attempt.request, elapsed=elapsed, retry_in=delay, note=note)
    return delay


def send(
    client: Any, arguments: dict[str, Any], *, stream: bool = False, policy: RetryPolicy | None = None
) -> httpx.Response:
    """Send ``arguments`` (``httpx.Client.build_request`` keywords) with retries; return the final response.

    Any status comes back as a response (the caller raises typed errors for non-2xx); only a request
    that never got an answer raises (``errors.APIConnectionError``). With ``stream=True`` the body of
    the returned response is not read: the caller reads and closes it.
    """
    http = client.get_httpx_client()
    policy, timing = _settings(client, policy)
    arguments, auth = _prepare(client, arguments)
    done, replayable = 0, True
    while True:
        request = http.build_request(**arguments)
        replayable = replayable and is_replayable(request)
        attempt = _Attempt(policy, timing, request, done, replayable, time.perf_counter())
        try:
            response = http.send(request, auth=auth, stream=True)
            if not stream:
                with _closed_on_error(response):
                    response.read()  # inside the loop: a body cut short is retried like any failure
        except httpx.TransportError as exc:
            delay = _after_failure(attempt, exc)
        except httpx.DecodingError as exc:  # a body its Content-Encoding does not describe
            raise errors.undecodable(response, exc) from exc
        else:
            answer_delay = _after_answer(attempt, response)
            if answer_delay is None:
                return response
            delay = answer_delay
            with contextlib.suppress(httpx.HTTPError, httpx.StreamError):
                response.read()
            response.close()
        timing.sleep(delay)
        done += 1


async def asend(
    client: Any, arguments: dict[str, Any], *, stream: bool = False, policy: RetryPolicy | None = None
) -> httpx.Response:
    """The async twin of :func:`send`."""
    http = client.get_async_httpx_client()
    policy, timing = _settings(client, policy)
    arguments, auth = _prepare(client, arguments)
    done, replayable = 0, True
    while True:
        request = http.build_request(**arguments)
        replayable = replayable and is_replayable(request)
        attempt = _Attempt(policy, timing, request, done, replayable, time.perf_counter())
        try:
            response = await http.send(request, auth=auth, stream=True)
            if not stream:
                async with _aclosed_on_error(response):
                    await response.aread()
        except httpx.TransportError as exc:
            delay = _after_failure(attempt, exc)
        except httpx.DecodingError as exc:  # a body its Content-Encoding does not describe
            raise errors.undecodable(response, exc) from exc
        else:
            answer_delay = _after_answer(attempt, response)
            if answer_delay is None:
                return response
            delay = answer_delay
            with contextlib.suppress(httpx.HTTPError, httpx.StreamError):
                await response.aread()
            await response.aclose()
        await timing.asleep(delay)
        done += 1


@contextlib.contextmanager
def _closed_on_error(response: httpx.Response) -> Iterator[None]:
    try:
        yield
    except httpx.TransportError:
        response.close()
        raise


@contextlib.asynccontextmanager
async def _aclosed_on_error(response: httpx.Response) -> AsyncIterator[None]:
    try:
        yield
    except httpx.TransportError:
        await response.aclose()
        raise
