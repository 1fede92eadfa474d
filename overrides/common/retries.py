"""Bounded, idempotency-aware retries for JumpCloud calls, as httpx transports.

:class:`RetryTransport` (sync) and :class:`AsyncRetryTransport` (async) wrap another
transport (by default ``httpx.HTTPTransport()`` / ``httpx.AsyncHTTPTransport()``) and
resend a request that failed in a way worth retrying, following a :class:`RetryPolicy`::

    import httpx
    from jcapiv2.retries import RetryPolicy, RetryTransport

    client = httpx.Client(transport=RetryTransport(policy=RetryPolicy(max_retries=3)))

What is retried
---------------
* Connection failures (``httpx.ConnectError``, ``httpx.ConnectTimeout``, and
  ``httpx.PoolTimeout``): the request provably never reached the server, so it is
  retried whatever its method.
* Other transport errors (``ReadError``, ``WriteError``, ``ReadTimeout``,
  ``WriteTimeout``, ``RemoteProtocolError``, ...) and the statuses in
  ``RetryPolicy.retry_statuses`` (408, 429, 500, 502, 503, 504): the server may have acted
  on the request, so only idempotent methods (GET, HEAD, OPTIONS, PUT, DELETE) are
  retried, unless the caller opted in with ``RetryPolicy(retry_non_idempotent=True)`` or
  the request carries an ``Idempotency-Key`` header.
* Nothing else: any other status (403 "IP blocked due to suspected abuse" included) is
  returned at once, and every retry loop is bounded by ``max_retries``.
* A request whose body is a one-shot stream (a generator, a file read in chunks) is
  never resent, since the body could not be sent again; bodies from ``json=``,
  ``content=bytes``, ``data=`` and ``files=`` are fine.

Waiting
-------
A ``Retry-After`` header (delta-seconds or an HTTP-date, the latter measured against
the response's own ``Date`` header when it has one, so client clock skew does not
matter) is honoured up to ``retry_after_cap``. If the server asks for a longer wait, the
transport does not sleep at all: it returns that response at once, so the caller's error
layer raises a typed ``RateLimited`` / ``ServerError`` (with ``retry_after``) quickly
instead of blocking for minutes. Without ``Retry-After`` the delay before retry *n*
(n = 1, 2, ...) is exponential with full jitter: ``uniform(0, min(backoff_cap,
backoff_base * 2 ** (n - 1)))`` (no jitter: the upper bound itself).

A retried response is read and closed first (so its connection returns to the pool).
When the retries are exhausted, the last response is returned as is (the SDK's error
layer turns it into a typed exception) or the last transport exception is re-raised.
Each attempt writes one DEBUG line to the ``"jcapi"`` logger with secrets redacted (see
``_logging``).

Per-request settings (``request.extensions``)
---------------------------------------------
``"jcapi_retry"``: a :class:`RetryPolicy` used for this request instead of the
transport's, e.g. ``RetryPolicy(max_retries=0)`` to disable retries for one call::

    client.get(url, extensions={"jcapi_retry": RetryPolicy(max_retries=0)})

``"jcapi_resign"``: a callable ``(httpx.Request) -> httpx.Request`` called before every
retry (never before the first attempt), see below.

Re-signing (System Context)
---------------------------
httpx applies a client's ``auth`` (an ``httpx.Auth`` flow) *before* handing the request
to the transport, so a transport-level retry resends exactly the headers that were
signed for the first attempt. That is harmless for an API key, but a System Context
request is signed over its ``Date`` header and JumpCloud's allowed clock skew is not
documented: a retry after backing off must be signed again. Hence:

a. without a hook, the transport resends ``request`` unchanged (right for API-key auth);
b. when ``request.extensions["jcapi_resign"]`` holds a callable, the transport calls it
   with the previous attempt's request before each retry and sends what it returns (a new
   request, or the same one with fresh ``Date`` / ``Authorization`` headers). The
   extensions of the previous request (timeouts, this hook, ``"jcapi_retry"``) are carried
   over to the returned request unless it sets its own. System Context auth should set
   this extension in its ``auth_flow`` (e.g. ``request.extensions["jcapi_resign"] =
   self._sign``, where ``_sign`` stamps a new ``Date`` and ``Authorization``).

Why hand-written
----------------
Two PyPI packages were examined (wheels downloaded and read):

* ``httpx-retries`` 0.6.0 (``Retry`` + ``RetryTransport``, sync and async) has full
  jitter, HTTP-date ``Retry-After`` and a per-request ``extensions["retry"]``, but:
  methods outside ``allowed_methods`` are never retried, not even after a
  ``ConnectError`` (so POST can only be "never" or "always" retried, and an
  ``Idempotency-Key`` changes nothing); a ``Retry-After`` above ``max_backoff_wait`` is
  clamped and slept rather than returned at once; it resends the same request object
  with no hook to re-sign it; sleeping is hard-wired to ``time.sleep`` /
  ``asyncio.sleep``. Meeting our rules would mean overriding its retry loop, i.e.
  rewriting the part that matters on top of a pre-1.0 dependency.
* ``httpx-retry`` 2025.4.23 retries every exception and any status >= 500 for every
  method (POST included), ignores ``Retry-After``, does not close a failed response
  before retrying and has no re-sign hook.

Neither meets the rules above, and the SDK's hand-written modules may depend only on
the standard library and httpx, so this module implements them directly.
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import math
import random as _random
import re
import time
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime

import httpx

from ._logging import format_url, log_request, log_response

__all__ = [
    "IDEMPOTENT_METHODS",
    "NO_RETRY",
    "RESIGN_EXTENSION",
    "RETRY_EXTENSION",
    "STREAM_EXTENSION",
    "AsyncRetryTransport",
    "RetryPolicy",
    "RetryTransport",
    "parse_retry_after",
]

#: Request extension holding a per-request :class:`RetryPolicy`.
RETRY_EXTENSION = "jcapi_retry"
#: Request extension holding a ``(httpx.Request) -> httpx.Request`` re-signing hook.
RESIGN_EXTENSION = "jcapi_resign"
#: Request extension: ``True`` for a streamed download, whose body the transport must not read.
STREAM_EXTENSION = "jcapi_stream"
#: Methods that may be resent after the server might have seen them.
IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE"})

# The request provably never reached the server: safe to resend for any method.
_NOT_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)
# The server may have received (and acted on) the request.
_MAYBE_SENT = (httpx.NetworkError, httpx.TimeoutException, httpx.RemoteProtocolError)

_DELTA_SECONDS = re.compile(r"\d+(\.\d+)?")


@dataclasses.dataclass(frozen=True)
class RetryPolicy:
    """How many times, on what and how long to wait before resending a request.

    ``max_retries`` counts retries, not attempts (2 means up to 3 attempts; 0 disables
    retries). Delays are in seconds.
    """

    max_retries: int = 2
    backoff_base: float = 0.5
    backoff_cap: float = 8.0
    jitter: bool = True
    retry_after_cap: float = 60.0
    retry_statuses: tuple[int, ...] = (408, 429, 500, 502, 503, 504)
    retry_non_idempotent: bool = False

    def __post_init__(self) -> None:
        if self.max_retries < 0:
            raise ValueError("max_retries must be >= 0")
        for name in ("backoff_base", "backoff_cap", "retry_after_cap"):
            value = getattr(self, name)
            if not value >= 0:  # also rejects NaN
                raise ValueError(f"{name} must be >= 0, got {value!r}")
        object.__setattr__(self, "retry_statuses", tuple(self.retry_statuses))

    def backoff(self, retries_done: int, random: Callable[[], float] = _random.random) -> float:
        """Delay before the next retry when the server gave no ``Retry-After``.

        ``retries_done`` is the number of retries already made (0 before the first).
        """
        ceiling = min(self.backoff_cap, self.backoff_base * 2.0 ** min(retries_done, 64))
        return ceiling * random() if self.jitter else ceiling

    def may_resend(self, request: httpx.Request) -> bool:
        """Whether ``request`` may be resent after the server might have received it."""
        return (
            self.retry_non_idempotent
            or request.method.upper() in IDEMPOTENT_METHODS
            or bool(request.headers.get("idempotency-key"))
        )


#: A policy that never retries.
NO_RETRY = RetryPolicy(max_retries=0)


def parse_retry_after(
    value: str | None,
    *,
    date: str | None = None,
    now: Callable[[], float] = time.time,
) -> float | None:
    """Seconds to wait according to a ``Retry-After`` header value.

    Accepts delta-seconds or an HTTP-date; a date is measured against ``date`` (the
    response's ``Date`` header) when that parses, else against ``now()``. A date in the
    past gives 0. Returns ``None`` when ``value`` is missing or malformed.
    """
    if value is None or not value.strip():
        return None
    value = value.strip()
    if _DELTA_SECONDS.fullmatch(value):
        return float(value)
    target = _parse_http_date(value)
    if target is None:
        return None
    reference = _parse_http_date(date) if date else None
    base = reference if reference is not None else now()
    return max(0.0, target - base)


def _parse_http_date(value: str) -> float | None:
    try:
        parsed = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if parsed.tzinfo is None:  # "-0000" or no zone: HTTP dates are always GMT
        parsed = parsed.replace(tzinfo=UTC)
    seconds = (parsed - datetime(1970, 1, 1, tzinfo=UTC)).total_seconds()
    return seconds if math.isfinite(seconds) else None


def _coerce_policy(value: object) -> RetryPolicy:
    if isinstance(value, RetryPolicy):
        return value
    # Each generated package has its own copy of this module, so a policy built with
    # jcapiv1.retries may reach a jcapiv2 transport: accept anything with the same fields.
    names = [f.name for f in dataclasses.fields(RetryPolicy)]
    if all(hasattr(value, name) for name in names):
        return RetryPolicy(**{name: getattr(value, name) for name in names})
    raise TypeError(f'request.extensions["{RETRY_EXTENSION}"] must be a RetryPolicy, not {type(value).__name__}')


def _is_replayable(request: httpx.Request) -> bool:
    stream = request.stream
    if isinstance(stream, httpx.ByteStream):  # json=, content=bytes, data=, or read
        return True
    # files= uploads: httpx's MultipartStream seeks each file back to 0 when re-iterated.
    kind = type(stream)
    return kind.__name__ == "MultipartStream" and kind.__module__.startswith("httpx")


Decision = tuple[float | None, str | None]
"""(delay before the next attempt or None to stop, note for the log line)."""


class _RetryCore:
    def __init__(
        self,
        policy: RetryPolicy | None,
        random: Callable[[], float],
        now: Callable[[], float],
    ) -> None:
        self.policy = policy if policy is not None else RetryPolicy()
        self._random = random
        self._now = now

    def _policy_for(self, request: httpx.Request) -> RetryPolicy:
        override = request.extensions.get(RETRY_EXTENSION)
        hook = request.extensions.get(RESIGN_EXTENSION)
        if hook is not None and not callable(hook):
            raise TypeError(f'request.extensions["{RESIGN_EXTENSION}"] must be callable, not {type(hook).__name__}')
        return self.policy if override is None else _coerce_policy(override)

    def _after_error(
        self,
        policy: RetryPolicy,
        request: httpx.Request,
        exc: httpx.TransportError,
        retries_done: int,
    ) -> Decision:
        if not isinstance(exc, _NOT_SENT + _MAYBE_SENT):
            return None, "not retryable"
        if not isinstance(exc, _NOT_SENT) and not policy.may_resend(request):
            return None, f"{request.method} is not idempotent: not retried"
        return self._budget(policy, request, retries_done) or (
            policy.backoff(retries_done, self._random),
            None,
        )

    def _after_response(
        self,
        policy: RetryPolicy,
        request: httpx.Request,
        response: httpx.Response,
        retries_done: int,
    ) -> Decision:
        if response.status_code not in policy.retry_statuses:
            return None, None
        if not policy.may_resend(request):
            return None, f"{request.method} is not idempotent: not retried"
        stop = self._budget(policy, request, retries_done)
        if stop is not None:
            return stop
        wait = parse_retry_after(
            response.headers.get("retry-after"),
            date=response.headers.get("date"),
            now=self._now,
        )
        if wait is None:
            return policy.backoff(retries_done, self._random), None
        if wait > policy.retry_after_cap:
            return None, (f"Retry-After {wait:.0f}s exceeds the {policy.retry_after_cap:g}s cap: giving up")
        return wait, "Retry-After"

    @staticmethod
    def _budget(policy: RetryPolicy, request: httpx.Request, retries_done: int) -> Decision | None:
        if retries_done >= policy.max_retries:
            return None, f"giving up after {retries_done} retries"
        if not _is_replayable(request):
            return None, "streamed body cannot be resent"
        return None

    @staticmethod
    def _next_request(request: httpx.Request) -> httpx.Request:
        hook = request.extensions.get(RESIGN_EXTENSION)
        if hook is None:
            return request
        fresh = hook(request)
        if not isinstance(fresh, httpx.Request):
            raise TypeError(f'the "{RESIGN_EXTENSION}" hook must return an httpx.Request, not {type(fresh).__name__}')
        if fresh is not request:
            fresh.extensions = {**request.extensions, **fresh.extensions}
        return fresh


def _reads_body_here(request: httpx.Request, policy: RetryPolicy) -> bool:
    """Read the body inside the retry loop when a failure there could be retried.

    httpx reads a body after the transport returns, outside any retry; for a request we
    may resend (idempotent, replayable, retries left) and that is not a streamed download,
    reading it here turns a connection dropped mid-body into an ordinary retry.
    """
    return (
        policy.max_retries > 0
        and request.extensions.get(STREAM_EXTENSION) is not True
        and policy.may_resend(request)
        and _is_replayable(request)
    )


def _explained(exc: httpx.TransportError, request: httpx.Request, attempts: int, note: str | None) -> Exception:
    """The same kind of httpx error, its message naming the request and why we stopped."""
    why = f": {note}" if note else ""
    message = f"{exc} ({request.method} {format_url(request.url)}, attempt {attempts}{why})"
    try:
        return type(exc)(message, request=request)
    except TypeError:  # an exception class with another signature: keep it as it was
        return exc


class RetryTransport(_RetryCore, httpx.BaseTransport):
    """A sync transport that retries ``transport`` according to ``policy``.

    ``sleep``, ``random`` (uniform in [0, 1), for jitter) and ``now`` (epoch seconds,
    for ``Retry-After`` dates without a response ``Date``) are injectable for tests.
    """

    def __init__(
        self,
        transport: httpx.BaseTransport | None = None,
        policy: RetryPolicy | None = None,
        *,
        sleep: Callable[[float], None] = time.sleep,
        random: Callable[[], float] = _random.random,
        now: Callable[[], float] = time.time,
    ) -> None:
        super().__init__(policy, random, now)
        self.transport = transport if transport is not None else httpx.HTTPTransport()
        self._sleep = sleep

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        policy = self._policy_for(request)
        retries_done = 0
        while True:
            started = time.perf_counter()
            try:
                response = self.transport.handle_request(request)
                if _reads_body_here(request, policy):
                    try:
                        response.read()  # a drop mid-body is then retried like any other
                    except httpx.TransportError:
                        response.close()
                        raise
            except httpx.TransportError as exc:
                delay, note = self._after_error(policy, request, exc, retries_done)
                log_request(
                    request,
                    retries_done + 1,
                    error=exc,
                    elapsed=time.perf_counter() - started,
                    retry_in=delay,
                    note=note,
                )
                if delay is None:
                    raise _explained(exc, request, retries_done + 1, note) from exc
            else:
                delay, note = self._after_response(policy, request, response, retries_done)
                log_response(
                    response,
                    retries_done + 1,
                    request=request,
                    elapsed=time.perf_counter() - started,
                    retry_in=delay,
                    note=note,
                )
                if delay is None:
                    return response
                with contextlib.suppress(httpx.HTTPError, httpx.StreamError):
                    response.read()
                response.close()
            self._sleep(delay)
            request = self._next_request(request)
            retries_done += 1

    def close(self) -> None:
        self.transport.close()


class AsyncRetryTransport(_RetryCore, httpx.AsyncBaseTransport):
    """The async twin of :class:`RetryTransport`.

    The default ``sleep`` is :func:`asyncio.sleep`; under trio pass ``sleep=trio.sleep``.
    """

    def __init__(
        self,
        transport: httpx.AsyncBaseTransport | None = None,
        policy: RetryPolicy | None = None,
        *,
        sleep: Callable[[float], Awaitable[object]] = asyncio.sleep,
        random: Callable[[], float] = _random.random,
        now: Callable[[], float] = time.time,
    ) -> None:
        super().__init__(policy, random, now)
        self.transport = transport if transport is not None else httpx.AsyncHTTPTransport()
        self._sleep = sleep

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        policy = self._policy_for(request)
        retries_done = 0
        while True:
            started = time.perf_counter()
            try:
                response = await self.transport.handle_async_request(request)
                if _reads_body_here(request, policy):
                    try:
                        await response.aread()  # a drop mid-body is then retried like any other
                    except httpx.TransportError:
                        await response.aclose()
                        raise
            except httpx.TransportError as exc:
                delay, note = self._after_error(policy, request, exc, retries_done)
                log_request(
                    request,
                    retries_done + 1,
                    error=exc,
                    elapsed=time.perf_counter() - started,
                    retry_in=delay,
                    note=note,
                )
                if delay is None:
                    raise _explained(exc, request, retries_done + 1, note) from exc
            else:
                delay, note = self._after_response(policy, request, response, retries_done)
                log_response(
                    response,
                    retries_done + 1,
                    request=request,
                    elapsed=time.perf_counter() - started,
                    retry_in=delay,
                    note=note,
                )
                if delay is None:
                    return response
                with contextlib.suppress(httpx.HTTPError, httpx.StreamError):
                    await response.aread()
                await response.aclose()
            await self._sleep(delay)
            request = self._next_request(request)
            retries_done += 1

    async def aclose(self) -> None:
        await self.transport.aclose()
