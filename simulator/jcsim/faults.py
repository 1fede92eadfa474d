"""Fault injection: canned failures (error statuses, delays, dropped connections, bad bodies)
served instead of, or before, the normal response. Off unless a test adds a fault.

Connection drops reach through uvicorn's ``send`` (a bound method of its request-response
cycle) to the socket transport: ``reset_before`` sets ``SO_LINGER`` 0 and aborts (the client
sees a reset before any byte), ``reset_mid_body`` sends headers and part of the body with a
larger ``Content-Length`` and then closes the transport.
"""

from __future__ import annotations

import asyncio
import socket
import struct
import threading
from dataclasses import dataclass, field
from typing import Any, Literal, get_args

from starlette.types import Receive, Scope, Send

FaultKind = Literal["status", "slow", "reset_before", "reset_mid_body", "malformed_json", "wrong_content_type"]
FAULT_KINDS: tuple[str, ...] = get_args(FaultKind)


@dataclass
class Fault:
    """One fault rule; ``times`` is how many matching requests it still applies to."""

    kind: FaultKind
    times: int = 1
    path_prefix: str | None = None
    method: str | None = None
    status: int = 503
    retry_after: str | None = None
    delay: float = 1.0
    body: str | None = None
    hits: int = 0

    def matches(self, method: str, path: str) -> bool:
        """Whether this fault applies to a request."""
        if self.times <= 0:
            return False
        if self.method is not None and self.method.upper() != method.upper():
            return False
        return self.path_prefix is None or path.startswith(self.path_prefix)

    def describe(self) -> dict[str, Any]:
        """A JSON-able summary (for the control routes)."""
        return {
            "kind": self.kind,
            "times": self.times,
            "path_prefix": self.path_prefix,
            "method": self.method,
            "status": self.status,
            "retry_after": self.retry_after,
            "delay": self.delay,
            "hits": self.hits,
        }


@dataclass
class FaultSet:
    """Thread-safe list of fault rules, consumed first-added first."""

    _faults: list[Fault] = field(default_factory=list)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def add(
        self,
        kind: str,
        *,
        times: int = 1,
        path_prefix: str | None = None,
        method: str | None = None,
        status: int = 503,
        retry_after: float | str | None = None,
        delay: float = 1.0,
        body: str | None = None,
    ) -> Fault:
        """Add a fault. ``status``/``retry_after`` apply to kind ``status``, ``delay`` to ``slow``.

        ``retry_after`` may be seconds (number) or an HTTP-date string.
        """
        if kind not in FAULT_KINDS:
            raise ValueError(f"unknown fault kind {kind!r}; expected one of {FAULT_KINDS}")
        if times < 1:
            raise ValueError("times must be >= 1")
        if not 100 <= status <= 599:
            raise ValueError("status must be an HTTP status code")
        ra = None if retry_after is None else _retry_after_text(retry_after)
        fault = Fault(kind, times, path_prefix, method, status, ra, float(delay), body)  # type: ignore[arg-type]
        with self._lock:
            self._faults.append(fault)
        return fault

    def take(self, method: str, path: str) -> Fault | None:
        """Consume one use of the first fault matching the request, if any."""
        with self._lock:
            for fault in self._faults:
                if fault.matches(method, path):
                    fault.times -= 1
                    fault.hits += 1
                    if fault.times == 0:
                        self._faults.remove(fault)
                    return fault
        return None

    def clear(self) -> None:
        """Remove every fault."""
        with self._lock:
            self._faults.clear()

    def pending(self) -> list[Fault]:
        """Faults not yet used up."""
        with self._lock:
            return list(self._faults)


def _retry_after_text(value: float | str) -> str:
    if isinstance(value, str):
        return value
    return str(int(value)) if float(value).is_integer() else str(value)


async def _start(send: Send, status: int, headers: list[tuple[bytes, bytes]]) -> None:
    await send({"type": "http.response.start", "status": status, "headers": headers})


async def _send_simple(
    send: Send, status: int, content_type: str, body: bytes, extra: list[tuple[bytes, bytes]]
) -> None:
    headers = [(b"content-type", content_type.encode()), (b"content-length", str(len(body)).encode()), *extra]
    await _start(send, status, headers)
    await send({"type": "http.response.body", "body": body})


def _transport(send: Send) -> asyncio.Transport | None:
    cycle = getattr(send, "__self__", None)
    transport = getattr(cycle, "transport", None)
    return transport if isinstance(transport, asyncio.BaseTransport) else None  # type: ignore[return-value]


class ConnectionDropUnsupported(RuntimeError):
    """The server running the app does not expose its transport (not uvicorn's h11 cycle)."""


async def drop_connection(send: Send, *, reset: bool) -> None:
    """Close the client connection now; with ``reset`` send a TCP RST instead of a FIN."""
    transport = _transport(send)
    if transport is None:
        raise ConnectionDropUnsupported("cannot drop the connection: transport not reachable")
    if reset:
        sock = transport.get_extra_info("socket")
        if sock is not None:
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        transport.abort()
    else:
        transport.close()
    # Let connection_lost run so the server marks the cycle disconnected (no 500 fallback).
    for _ in range(3):
        await asyncio.sleep(0)


async def apply(fault: Fault, scope: Scope, receive: Receive, send: Send) -> bool:
    """Serve ``fault``. Return ``True`` if the response was handled, ``False`` to continue."""
    if fault.kind == "slow":
        await asyncio.sleep(fault.delay)
        return False
    if fault.kind == "status":
        extra = [(b"retry-after", fault.retry_after.encode())] if fault.retry_after else []
        body = fault.body or f'{{"message":"simulated error {fault.status}"}}'
        await _send_simple(send, fault.status, "application/json", body.encode(), extra)
    elif fault.kind == "malformed_json":
        body = fault.body or '{"totalCount":25,"results":[{"_id":"5f0c1a2b3c4d5e6f7a8b9c0d","userna'
        await _send_simple(send, 200, "application/json", body.encode(), [])
    elif fault.kind == "wrong_content_type":
        body = fault.body or "<html><body><h1>502 Bad Gateway</h1><p>upstream maintenance</p></body></html>"
        await _send_simple(send, 200, "text/html; charset=utf-8", body.encode(), [])
    elif fault.kind == "reset_before":
        await drop_connection(send, reset=True)
    elif fault.kind == "reset_mid_body":
        partial = (fault.body or '{"totalCount":25,"results":[{"_id":"5f0c1a2b3c4d5e6f').encode()
        headers = [(b"content-type", b"application/json"), (b"content-length", str(len(partial) * 4).encode())]
        await _start(send, 200, headers)
        await send({"type": "http.response.body", "body": partial, "more_body": True})
        await asyncio.sleep(0.02)  # let the partial body reach the client before closing
        await drop_connection(send, reset=False)
    return True
