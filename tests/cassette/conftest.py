"""Cassette tests: recorded HTTP exchanges (vcrpy via pytest-recording), replayed offline.

Modes (``--record-mode``, from pytest-recording):
- ``none`` (the default, CI): replay ``tests/cassettes/``; no server runs, and a request that
  is not in a cassette fails the test.
- ``rewrite`` (``make cassettes``): record again, against the local simulator, or against a
  real org when ``JUMPCLOUD_API_KEY`` and ``JUMPCLOUD_BASE_URL`` are set (``JUMPCLOUD_BASE_URL``
  is the console root, e.g. ``https://console.jumpcloud.com``; Directory Insights goes to
  ``JUMPCLOUD_INSIGHTS_BASE_URL``, default ``https://api.jumpcloud.com``).

Whatever the target, cassettes name one canonical host (``https://jumpcloud.test``), and the
headers that carry secrets or identities are removed before anything is written. Set
``JCAPI_SCRUB_EMAILS=1`` when recording a real org to replace e-mail addresses too.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

import jcsim

CANONICAL = "https://jumpcloud.test"
CASSETTES = Path(__file__).resolve().parent.parent / "cassettes"
PREFIXES = {"v1": "/api", "v2": "/api/v2", "insights": "/insights/directory/v1"}
SECRET_HEADERS = ["x-api-key", "authorization", "x-org-id", "cookie", "set-cookie", "date", "host"]
_HOST = re.compile(r"^https?://[^/]+")
_EMAIL = re.compile(rb"[A-Za-z0-9._%+-]+@(?!example\.com)[A-Za-z0-9.-]+\.[A-Za-z]{2,}")


@dataclass
class Target:
    """Where requests go while a test runs (replay: nowhere)."""

    mode: str
    roots: dict[str, str]
    api_key: str
    sim: Any = None
    state: Any = field(default=None)

    def connect_args(self, api: str) -> dict[str, Any]:
        return {"api_key": self.api_key, **self.location(api)}

    def location(self, api: str) -> dict[str, Any]:
        return {"base_url": self.roots[api] + PREFIXES[api], "max_retries": 0}


def _canonical_request(request: Any) -> Any:
    request.uri = _HOST.sub(CANONICAL, request.uri)
    if os.environ.get("JCAPI_SCRUB_EMAILS") and isinstance(request.body, bytes):
        request.body = _EMAIL.sub(b"user@example.com", request.body)
    return request


_ACCESS_TOKEN = re.compile(rb'("access_token"\s*:\s*")[^"]*(")')
#: What a recorded token answer carries instead of the token (replay sends it back as the bearer).
RECORDED_TOKEN = b"recorded-token-redacted"


def _scrubbed_response(response: dict[str, Any]) -> dict[str, Any]:
    headers = response.get("headers", {})
    for name in list(headers):
        if name.lower() in SECRET_HEADERS:
            del headers[name]
    body = response.get("body", {}).get("string")
    if isinstance(body, bytes) and b"access_token" in body:  # a service account's token answer
        body = response["body"]["string"] = _ACCESS_TOKEN.sub(rb"\1" + RECORDED_TOKEN + rb"\2", body)
    if os.environ.get("JCAPI_SCRUB_EMAILS") and isinstance(body, bytes):
        response["body"]["string"] = _EMAIL.sub(b"user@example.com", body)
    return response


@pytest.fixture(scope="session")
def vcr_config() -> dict[str, Any]:
    return {
        "filter_headers": SECRET_HEADERS,
        "before_record_request": _canonical_request,
        "before_record_response": _scrubbed_response,
        "match_on": ["method", "scheme", "host", "port", "path", "query", "body"],
        "decode_compressed_response": True,
    }


@pytest.fixture
def vcr_cassette_dir(request: pytest.FixtureRequest) -> str:
    """One folder of cassettes per test module: tests/cassettes/<module>/<test>.yaml."""
    return str(CASSETTES / request.module.__name__.rpartition(".")[2])


@pytest.fixture
def target(request: pytest.FixtureRequest) -> Iterator[Target]:
    """Replay: an unreachable host (the cassette answers). Record: the simulator or a real org."""
    mode = request.config.getoption("--record-mode") or "none"
    key = os.environ.get("JUMPCLOUD_API_KEY")
    if mode == "none":
        nowhere = "http://127.0.0.1:9"
        yield Target(mode, dict.fromkeys(PREFIXES, nowhere), jcsim.DEFAULT_API_KEY, state=jcsim.SimState())
    elif key and os.environ.get("JUMPCLOUD_BASE_URL"):
        console = os.environ["JUMPCLOUD_BASE_URL"].rstrip("/")
        insights = os.environ.get("JUMPCLOUD_INSIGHTS_BASE_URL", "https://api.jumpcloud.com").rstrip("/")
        yield Target(mode, {"v1": console, "v2": console, "insights": insights}, key)
    else:
        state = jcsim.SimState()  # fixed clock and seed: recordings are byte-stable
        with jcsim.serve(state) as sim:
            yield Target(mode, dict.fromkeys(PREFIXES, sim.url), jcsim.DEFAULT_API_KEY, sim=sim, state=state)
