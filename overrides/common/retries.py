"""The retry rules of the one request loop (``request_loop``): what is retried, and how long to wait.

:class:`RetryPolicy` is set on a client (``connect(max_retries=...)``, ``connect(retry=RetryPolicy(...))``,
``client.with_options(max_retries=...)``); ``decide_after_error`` / ``decide_after_response`` tell
the loop, after each attempt, whether to try again and after how long::

    from jcapiv2 import connect
    from jcapiv2.retries import RetryPolicy

    client = connect(retry=RetryPolicy(max_retries=4, retry_after_cap=120))

What is retried
---------------
* Connection failures (``httpx.ConnectError``, ``httpx.ConnectTimeout``, and
  ``httpx.PoolTimeout``): the request provably never reached the server, so it is
  retried whatever its method.
* A 429, for every method, with or without ``Retry-After``: JumpCloud did not process the request.
* Other transport errors (``ReadError``, ``WriteError``, ``ReadTimeout``,
  ``WriteTimeout``, ``RemoteProtocolError``, ...) and the other statuses in
  ``RetryPolicy.retry_statuses`` (408, 500, 502, 503, 504): the server may have acted
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
loop does not sleep at all: it returns that response at once, so a typed ``RateLimitError`` /
``InternalServerError`` (with ``retry_after``) is raised quickly instead of blocking for
minutes. Without ``Retry-After`` the delay before retry *n* (n = 1, 2, ...) is exponential
with full jitter: ``uniform(0, min(backoff_cap, backoff_base * 2 ** (n - 1)))`` (no jitter:
the upper bound itself).

Why hand-written
----------------
Two PyPI packages were examined (wheels downloaded and read):

* ``httpx-retries`` 0.6.0 (``Retry`` + ``RetryTransport``, sync and async) has full
  jitter, HTTP-date ``Retry-After`` and a per-request ``extensions["retry"]``, but:
  methods outside ``allowed_methods`` are never retried, not even after a
  ``ConnectError`` (so POST can only be "never" or "always" retried, and an
  ``Idempotency-Key`` changes nothing); a ``Retry-After`` above ``max_backoff_wait`` is
  clamped and slept rather than returned at once; as a transport it sits under httpx's
  auth, so it resends the request signed for the first attempt; sleeping is hard-wired
  to ``time.sleep`` / ``asyncio.sleep``. Meeting our rules would mean overriding its retry
  loop, i.e. rewriting the part that matters on top of a pre-1.0 dependency.
* ``httpx-retry`` 2025.4.23 retries every exception and any status >= 500 for every
  method (POST included), ignores ``Retry-After``, does not close a failed response
  before retrying and has no re-sign hook.

Neither meets the rules above, and the SDK's hand-written modules may depend only on
the standard library and httpx, so this module implements them directly, as decisions the
client's own loop (``request_loop``) asks for: retries live above auth, not in a transport.
"""

from __future__ import annotations

import dataclasses
import math
import random as _random
import re
import time
from collections.abc import Callable
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime

import httpx

__all__ = [
    "IDEMPOTENT_METHODS",
    "NO_RETRY",
    "RetryPolicy",
    "coerce_policy",
    "decide_after_error",
    "decide_after_response",
    "is_replayable",
    "parse_retry_after",
]

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


def is_replayable(request: httpx.Request) -> bool:
    """Whether the body of ``request`` (built, not yet sent) can be sent again: bytes, JSON, form or
    files, not a one-shot stream (a generator). Ask before sending: a transport or auth that reads
    a one-shot body replaces its stream, and a rebuilt request would then send nothing."""
    stream = request.stream
    if isinstance(stream, httpx.ByteStream):  # json=, content=bytes, data=, or read
        return True
    # files= uploads: httpx's MultipartStream seeks each file back to 0 when re-iterated.
    kind = type(stream)
    return kind.__name__ == "MultipartStream" and kind.__module__.startswith("httpx")


Decision = tuple[float | None, str | None]
"""(delay before the next attempt or None to stop, note for the log line)."""


def coerce_policy(value: object) -> RetryPolicy:
    """``value`` as this package's :class:`RetryPolicy`.

    Each generated package has its own copy of this module, so a policy built with
    ``jcapiv1.retries`` may reach ``jcapiv2``: anything with the same fields is accepted.
    """
    if isinstance(value, RetryPolicy):
        return value
    names = [f.name for f in dataclasses.fields(RetryPolicy)]
    if all(hasattr(value, name) for name in names):
        return RetryPolicy(**{name: getattr(value, name) for name in names})
    raise TypeError(f"a retry policy must be a RetryPolicy, not {type(value).__name__}")


def _budget(policy: RetryPolicy, replayable: bool, retries_done: int) -> Decision | None:
    if retries_done >= policy.max_retries:
        return None, f"giving up after {retries_done} retries"
    if not replayable:
        return None, "streamed body cannot be resent"
    return None


def decide_after_error(
    policy: RetryPolicy,
    request: httpx.Request,
    exc: httpx.TransportError,
    retries_done: int,
    random: Callable[[], float] = _random.random,
    *,
    replayable: bool | None = None,
) -> Decision:
    """After an attempt that got no answer: the delay before the next one, or ``None`` to stop.

    ``replayable``: whether the body can be resent, as :func:`is_replayable` said before sending
    (default: asked of ``request`` now).
    """
    if not isinstance(exc, _NOT_SENT + _MAYBE_SENT):
        return None, "not retryable"
    if not isinstance(exc, _NOT_SENT) and not policy.may_resend(request):
        return None, f"{request.method} is not idempotent: not retried"
    replay = is_replayable(request) if replayable is None else replayable
    return _budget(policy, replay, retries_done) or (policy.backoff(retries_done, random), None)


def decide_after_response(
    policy: RetryPolicy,
    request: httpx.Request,
    response: httpx.Response,
    retries_done: int,
    random: Callable[[], float] = _random.random,
    now: Callable[[], float] = time.time,
    *,
    replayable: bool | None = None,
) -> Decision:
    """After an attempt that got ``response``: the delay before the next one, or ``None`` to stop.

    A 429 is retried for every method (JumpCloud did not process the request); the other
    retryable statuses only where resending is safe (``RetryPolicy.may_resend``).
    """
    if response.status_code not in policy.retry_statuses:
        return None, None
    if response.status_code != 429 and not policy.may_resend(request):
        return None, f"{request.method} is not idempotent: not retried"
    stop = _budget(policy, is_replayable(request) if replayable is None else replayable, retries_done)
    if stop is not None:
        return stop
    wait = parse_retry_after(response.headers.get("retry-after"), date=response.headers.get("date"), now=now)
    if wait is None:
        return policy.backoff(retries_done, random), None
    if wait > policy.retry_after_cap:
        return None, f"Retry-After {wait:.0f}s exceeds the {policy.retry_after_cap:g}s cap: giving up"
    return wait, "Retry-After"
