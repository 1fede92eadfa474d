"""Fixtures for the simulator tests: a served simulator per test, an authenticated httpx
client, and validation of bodies against the upstream Swagger schemas."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterator
from functools import cache
from pathlib import Path
from typing import Any

import httpx
import jsonschema  # type: ignore[import-untyped,unused-ignore]
import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "simulator"))

import jcsim  # noqa: E402

SPECS = {
    "v1": "JumpCloud.SDK.V1.json",
    "v2": "JumpCloud.SDK.V2.json",
    "insights": "JumpCloud.SDK.DirectoryInsights.json",
}
SPEC_DIRS = (ROOT / "specs" / "upstream", Path("/work/shared/specs/upstream"))


@cache
def load_spec(api: str) -> dict[str, Any]:
    """The upstream Swagger document of ``api`` (v1, v2 or insights)."""
    for folder in SPEC_DIRS:
        path = folder / SPECS[api]
        if path.exists():
            spec: dict[str, Any] = json.loads(path.read_text())
            return spec
    pytest.skip(f"upstream spec {SPECS[api]} not available")


def response_schema(api: str, method: str, path: str, status: str = "200") -> dict[str, Any]:
    """The response schema the spec declares for an operation."""
    schema: dict[str, Any] = load_spec(api)["paths"][path][method]["responses"][status]["schema"]
    return schema


def assert_valid(api: str, schema: dict[str, Any], instance: Any) -> None:
    """Validate ``instance`` against ``schema`` (refs resolved in the spec), formats included."""
    root = dict(load_spec(api))
    root_schema = {**schema, "definitions": root["definitions"]}
    validator = jsonschema.Draft4Validator(root_schema, format_checker=jsonschema.Draft4Validator.FORMAT_CHECKER)
    errors = sorted(validator.iter_errors(instance), key=lambda e: list(e.path))
    assert not errors, "; ".join(f"{list(e.path)}: {e.message}" for e in errors[:5])


@pytest.fixture(scope="session")
def _served() -> Iterator[jcsim.RunningSim]:
    """One simulator for the session (uvicorn takes ~0.15 s to stop, so it is shared)."""
    with jcsim.serve(jcsim.SimState()) as running:
        yield running


@pytest.fixture
def sim(_served: jcsim.RunningSim) -> jcsim.RunningSim:
    """The shared simulator, reset to its seeded data, knobs and clock for this test."""
    _served.state.reset()
    return _served


@pytest.fixture
def client(sim: jcsim.RunningSim) -> Iterator[httpx.Client]:
    """An httpx client for the served simulator carrying the default admin API key."""
    with httpx.Client(base_url=sim.url, headers={"x-api-key": jcsim.DEFAULT_API_KEY}, timeout=10) as c:
        yield c


@pytest.fixture
def validate() -> Callable[[str, dict[str, Any], Any], None]:
    """The ``assert_valid`` helper as a fixture."""
    return assert_valid
