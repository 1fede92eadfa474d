"""Debug logging for the SDK's HTTP traffic, with secrets masked.

All records go to the ``"jcapi"`` logger (shared by ``jcapiv1``, ``jcapiv2`` and
``jcapi_insights``), at DEBUG only: nothing is emitted at INFO or above by default, and a
:class:`logging.NullHandler` is attached so an application without logging configured
sees no "no handler" warning. To watch the traffic::

    import logging

    logging.basicConfig()
    logging.getLogger("jcapi").setLevel(logging.DEBUG)

or, with no code change, set ``JCAPI_LOG=debug``: the ``jcapi`` logger then writes these lines
(redacted as below) to standard error.

Each HTTP attempt (the first try and every retry) produces exactly ONE line, written by
:func:`log_response` when an answer came back or by :func:`log_request` when the attempt
ended with a transport error (there is no response to describe). A line names the method,
the URL without its query string (filters can carry personal data), the status or the
error, the elapsed time, the attempt number, what happens next (retry delay or not), and
the request headers passed through :func:`redact_headers`, so API keys, System Context
signatures, cookies and most of the org id never reach a log.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterable, Mapping

import httpx

__all__ = [
    "FULLY_MASKED_HEADERS",
    "MASK",
    "format_url",
    "log_request",
    "log_response",
    "logger",
    "redact_headers",
]

logger = logging.getLogger("jcapi")
# The module is copied into each of the three packages: attach the handlers only once.
if not any(isinstance(h, logging.NullHandler) for h in logger.handlers):
    logger.addHandler(logging.NullHandler())


def _log_from_environment() -> None:
    """``JCAPI_LOG=debug``: the redacted request log on standard error, without touching code."""
    if os.environ.get("JCAPI_LOG", "").strip().lower() != "debug":
        return
    if not any(getattr(h, "name", None) == "jcapi-env" for h in logger.handlers):
        handler = logging.StreamHandler()
        handler.set_name("jcapi-env")
        handler.setFormatter(logging.Formatter("%(asctime)s %(name)s %(levelname)s %(message)s"))
        logger.addHandler(handler)
    logger.setLevel(logging.DEBUG)


_log_from_environment()

#: What replaces a secret header value.
MASK = "[REDACTED]"

#: Headers whose value is replaced entirely (lower-case names).
FULLY_MASKED_HEADERS = frozenset(
    {
        "x-api-key",
        "authorization",
        "proxy-authorization",
        "cookie",
        "set-cookie",
    }
)

#: Any other header whose lower-case name contains one of these is masked too, as a
#: safety net for credentials this module does not know by name.
_SENSITIVE_FRAGMENTS = ("token", "secret", "password", "signature", "api-key", "apikey")

_ORG_ID_HEADER = "x-org-id"
_ORG_ID_VISIBLE = 4

HeadersLike = httpx.Headers | Mapping[str, str] | Iterable[tuple[str, str]]


def _mask_org_id(value: str) -> str:
    # Keep the first 4 characters so two tenants can be told apart in a log; an id too
    # short to hide anything after that is masked entirely.
    if len(value) <= 2 * _ORG_ID_VISIBLE:
        return "…"
    return value[:_ORG_ID_VISIBLE] + "…"


def _redact_value(name: str, value: str) -> str:
    lower = name.lower()
    if lower in FULLY_MASKED_HEADERS or any(f in lower for f in _SENSITIVE_FRAGMENTS):
        return MASK
    if lower == _ORG_ID_HEADER:
        return _mask_org_id(value)
    return value


def redact_headers(headers: HeadersLike) -> dict[str, str]:
    """Return a copy of ``headers`` safe to log.

    ``x-api-key``, ``authorization``, ``proxy-authorization``, ``cookie`` and
    ``set-cookie`` (and any header whose name looks like a token, secret, password,
    signature or API key) become ``"[REDACTED]"``; ``x-org-id`` keeps its first 4
    characters followed by ``"…"``. Other headers are copied as they are. Accepts
    :class:`httpx.Headers`, a mapping or an iterable of ``(name, value)`` pairs; names
    keep the spelling given (``httpx.Headers`` gives them lower-case). Repeated headers
    are joined with ``", "``.
    """
    if isinstance(headers, httpx.Headers):
        pairs: Iterable[tuple[str, str]] = headers.multi_items()
    elif isinstance(headers, Mapping):
        pairs = headers.items()
    else:
        pairs = headers
    out: dict[str, str] = {}
    for name, value in pairs:
        masked = _redact_value(name, value)
        out[name] = f"{out[name]}, {masked}" if name in out else masked
    return out


def format_url(url: httpx.URL | str) -> str:
    """The URL without its query string (``?…`` marks that there was one)."""
    parsed = httpx.URL(url) if isinstance(url, str) else url
    base = str(parsed.copy_with(query=None, fragment=None, userinfo=b""))  # no user:password@ either
    return base + "?…" if parsed.query else base


def _next_step(retry_in: float | None, note: str | None) -> str:
    parts = []
    if retry_in is not None:
        parts.append(f"retrying in {retry_in:.3f}s")
    if note:
        parts.append(note)
    return "; ".join(parts) if parts else "final"


def log_request(
    request: httpx.Request,
    attempt: int,
    *,
    error: BaseException | None = None,
    elapsed: float | None = None,
    retry_in: float | None = None,
    note: str | None = None,
) -> None:
    """Log one DEBUG line for an attempt of ``request`` that got no response.

    ``attempt`` counts from 1 (the first try); ``error`` is the transport exception that
    ended the attempt, ``elapsed`` its duration in seconds, ``retry_in`` the delay before
    the next attempt (``None``: no retry follows) and ``note`` a short reason.
    """
    if not logger.isEnabledFor(logging.DEBUG):
        return
    logger.debug(
        "%s %s -> %s elapsed=%s attempt=%d (%s) headers=%s",
        request.method,
        format_url(request.url),
        f"{type(error).__name__}: {error}" if error is not None else "sent",
        f"{elapsed:.3f}s" if elapsed is not None else "-",
        attempt,
        _next_step(retry_in, note),
        redact_headers(request.headers),
    )


def log_response(
    response: httpx.Response,
    attempt: int,
    *,
    request: httpx.Request | None = None,
    elapsed: float | None = None,
    retry_in: float | None = None,
    note: str | None = None,
) -> None:
    """Log one DEBUG line for an attempt that got ``response``.

    ``request`` defaults to ``response.request`` (which a transport has not set yet, so
    the request loop passes the attempt's request); the other arguments are as for :func:`log_request`. The line
    carries the status, the ``Retry-After`` header when present, and the request headers
    redacted.
    """
    if not logger.isEnabledFor(logging.DEBUG):
        return
    req = request if request is not None else response.request
    status = str(response.status_code)
    retry_after = response.headers.get("retry-after")
    if retry_after is not None:
        status += f" (Retry-After: {retry_after})"
    logger.debug(
        "%s %s -> %s elapsed=%s attempt=%d (%s) headers=%s",
        req.method,
        format_url(req.url),
        status,
        f"{elapsed:.3f}s" if elapsed is not None else "-",
        attempt,
        _next_step(retry_in, note),
        redact_headers(req.headers),
    )
