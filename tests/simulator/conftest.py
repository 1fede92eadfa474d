"""Fixtures for the simulator tests: a served simulator per test, an authenticated httpx
client, and validation of bodies against JumpCloud's own (unpatched) descriptions."""

from __future__ import annotations

import json
import os
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
from jcsim import data as sim_data  # noqa: E402
from pipeline.overlay import load_spec as load_description  # noqa: E402

PINS = json.loads((ROOT / "specs" / "pins.json").read_text())["apis"]
UPSTREAM = Path(os.environ.get("UPSTREAM_DIR", ROOT.parent / "shared" / "specs" / "upstream"))


@cache
def load_spec(api: str) -> dict[str, Any]:
    """JumpCloud's own (unpatched) description of ``api`` (v1, v2 or insights): the simulator must
    answer within what JumpCloud documents, not within our overlays."""
    path = UPSTREAM / PINS[api]["file"]
    if not path.is_file():
        pytest.skip(f"upstream description {path} not available (set UPSTREAM_DIR)")
    return load_description(path)


def response_schema(api: str, method: str, path: str, status: str | None = None) -> dict[str, Any]:
    """The JSON response schema the description declares for an operation (its only 2xx by default)."""
    responses = load_spec(api)["paths"][path][method]["responses"]
    if status is None:
        (status,) = [code for code in responses if str(code).startswith("2")]
    schema: dict[str, Any] = responses[status]["content"]["application/json"]["schema"]
    return schema


#: Where real JumpCloud answers (and so the simulator) knowingly differ from the descriptions
#: (jumpcloud-api-notes.md, "Real answers differ from the descriptions"): ``null`` where an object
#: is declared, and enum values no description lists yet. Anything else must validate.
UNLISTED_VALUES = frozenset({sim_data.UNLISTED_REPORT_STATUS, sim_data.UNLISTED_GROUP_TYPE, "workflows", "alert"})


def real_data_deviation(error: jsonschema.ValidationError) -> bool:
    """Whether a validation error is one of the documented real-data deviations."""
    if error.validator == "type" and error.instance is None:
        return True
    return error.validator == "enum" and error.instance in UNLISTED_VALUES


def assert_valid(api: str, schema: dict[str, Any], instance: Any) -> None:
    """Validate ``instance`` against ``schema`` (refs resolved in the description), formats included,
    allowing only the documented real-data deviations (``real_data_deviation``)."""
    root_schema = {**schema, "components": load_spec(api)["components"]}
    validator = jsonschema.Draft202012Validator(
        root_schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
    )
    errors = sorted(
        (e for e in validator.iter_errors(instance) if not real_data_deviation(e)), key=lambda e: list(e.path)
    )
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
