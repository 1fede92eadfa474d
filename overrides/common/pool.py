"""The connection pools a client and all its option copies share (``client.with_options(...)``).

One ``httpx.Client`` per client family, created once even when many threads make their first
call together; one ``httpx.AsyncClient`` per event loop, so a client serves several
``asyncio.run()`` calls (an ``AsyncClient`` is bound to the loop it first ran on, and fails with
"Event loop is closed" on the next). Copies made by ``with_options`` / ``with_timeout`` /
``with_headers`` / ``with_org_id`` share the pool: options travel with each request, not in it.

Written by hand: a lock and a per-loop map are all it takes; no library offers this for httpx.
"""

from __future__ import annotations

import threading
import weakref
from collections.abc import Callable
from typing import TYPE_CHECKING

import httpx

if TYPE_CHECKING:
    import asyncio  # imported where a loop is needed: ~20 ms a sync-only program need not pay

__all__ = ["ConnectionPool"]


class ConnectionPool:
    """Lazily built httpx clients, shared by a client and its copies (see the module docstring)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._sync: httpx.Client | None = None
        self._async: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, httpx.AsyncClient] = (
            weakref.WeakKeyDictionary()
        )

    def sync_client(self, build: Callable[[], httpx.Client]) -> httpx.Client:
        """The shared ``httpx.Client``, built by ``build`` on first use (once, whatever the threads)."""
        client = self._sync
        if client is None or client.is_closed:
            with self._lock:
                if self._sync is None or self._sync.is_closed:  # closed by close() or a with-block: reopen
                    self._sync = build()
                client = self._sync
        return client

    def async_client(self, build: Callable[[], httpx.AsyncClient]) -> httpx.AsyncClient:
        """The ``httpx.AsyncClient`` of the running event loop, built by ``build`` on first use there."""
        import asyncio

        loop = asyncio.get_running_loop()
        with self._lock:
            # A finished asyncio.run() leaves its loop closed; its client's open connections keep
            # the loop alive, so the weak key alone never lets go: drop those entries here.
            for old in [other for other in self._async if other.is_closed()]:
                del self._async[old]
            client = self._async.get(loop)
            if client is None or client.is_closed:
                client = build()
                self._async[loop] = client
        return client

    def close(self) -> None:
        """Close the sync client (the async ones close with :meth:`aclose`, on their loop)."""
        with self._lock:
            client, self._sync = self._sync, None
        if client is not None:
            client.close()

    async def aclose(self) -> None:
        """Close the running loop's async client."""
        import asyncio

        loop = asyncio.get_running_loop()
        with self._lock:
            client = self._async.pop(loop, None)
        if client is not None:
            await client.aclose()
