"""Run the simulator with uvicorn on 127.0.0.1 in a background thread (``serve``)."""

from __future__ import annotations

import contextlib
import socket
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass

import uvicorn

from jcsim.app import create_app
from jcsim.oauth import TOKEN_PATH
from jcsim.state import SimState

V1_PREFIX = "/api"
V2_PREFIX = "/api/v2"
INSIGHTS_PREFIX = "/insights/directory/v1"


@dataclass(frozen=True)
class RunningSim:
    """A served simulator: ``url`` (no trailing slash) and its ``state``."""

    url: str
    state: SimState

    @property
    def v1_url(self) -> str:
        """Base URL of the v1 API."""
        return self.url + V1_PREFIX

    @property
    def v2_url(self) -> str:
        """Base URL of the v2 API."""
        return self.url + V2_PREFIX

    @property
    def insights_url(self) -> str:
        """Base URL of the Directory Insights API."""
        return self.url + INSIGHTS_PREFIX

    @property
    def token_url(self) -> str:
        """URL of the service-account token endpoint (OAuth 2.0 client credentials)."""
        return self.url + TOKEN_PATH


def make_config(state: SimState, host: str, port: int) -> uvicorn.Config:
    """uvicorn settings the fault injection relies on (h11, asyncio, no proxy headers)."""
    return uvicorn.Config(
        create_app(state),
        host=host,
        port=port,
        http="h11",
        loop="asyncio",
        lifespan="off",
        proxy_headers=False,
        access_log=False,
        log_level="warning",
    )


@contextlib.contextmanager
def serve(state: SimState | None = None, port: int = 0, *, timeout: float = 10.0) -> Iterator[RunningSim]:
    """Serve a simulator on 127.0.0.1 (``port=0``: a free port) until the block exits."""
    state = state or SimState()
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    # Accepted connections inherit this: without it Nagle + delayed ACK add ~40 ms to small answers.
    sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    sock.bind(("127.0.0.1", port))
    actual_port = sock.getsockname()[1]
    server = uvicorn.Server(make_config(state, "127.0.0.1", actual_port))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, name="jcsim", daemon=True)
    thread.start()
    try:
        deadline = time.monotonic() + timeout
        while not server.started:
            if not thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError("jcsim server did not start")
            time.sleep(0.01)
        yield RunningSim(f"http://127.0.0.1:{actual_port}", state)
    finally:
        server.should_exit = True
        thread.join(timeout)
        sock.close()
