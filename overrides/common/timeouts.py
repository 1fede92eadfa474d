"""Default HTTP timeouts for the SDK's clients.

httpx's own default is 5 s for every phase, which is short for JumpCloud list and report
endpoints; no timeout at all would let a stalled connection hang a script forever. The
SDK therefore uses :data:`DEFAULT_TIMEOUT`:

* connect: 10 s to open the TCP + TLS connection (a host that does not answer by then is
  very likely unreachable; a connect failure is retried by the request loop);
* read: 30 s between two chunks of the response (not for the whole body);
* write: 30 s between two chunks of the request body;
* pool: 30 s waiting for a free connection from the client's pool.

These apply per attempt: with retries, a call can take up to ``(max_retries + 1)`` times
as long, plus the back-off delays.
"""

from __future__ import annotations

import httpx

__all__ = ["DEFAULT_TIMEOUT", "resolve_timeout"]

#: connect 10 s; read, write and pool 30 s.
DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=10.0)


def resolve_timeout(value: float | httpx.Timeout | None) -> httpx.Timeout:
    """Turn a user-supplied ``timeout`` argument into an :class:`httpx.Timeout`.

    * ``None`` (the caller did not choose): :data:`DEFAULT_TIMEOUT`. To disable timeouts
      entirely, pass ``httpx.Timeout(None)`` explicitly.
    * a number of seconds: that limit for every phase (connect, read, write, pool), as
      ``httpx`` itself reads a bare number. It must be positive.
    * an :class:`httpx.Timeout`: returned unchanged.
    """
    if value is None:
        return DEFAULT_TIMEOUT
    if isinstance(value, httpx.Timeout):
        return value
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise TypeError(f"timeout must be a number of seconds, an httpx.Timeout or None, not {type(value).__name__}")
    if not value > 0:  # also rejects NaN
        raise ValueError(f"timeout must be positive, got {value!r}")
    return httpx.Timeout(float(value))
