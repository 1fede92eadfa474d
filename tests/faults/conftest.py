"""Fault-injection suite: SDK clients from ``connect()`` against a served simulator whose
fault rules make it answer 429/5xx, stall, drop the connection or send broken bodies.

Every test goes through the ``fault_case`` fixture, which injects faults, measures elapsed
time, counts what the simulator received and records the outcome; at the end of the session
a table summarises, per fault, how many faults were injected, how many calls survived
(success after retry), how many failed as expected with a typed error, and how many writes
were duplicated (must be 0).

Clients authenticate as a multi-tenant admin (API key *and* org id on every request), so the
checks that no error message leaks either secret are meaningful.
"""

from __future__ import annotations

from collections.abc import Callable, Generator, Iterator
from typing import Any

import pytest

import jcapi_insights
import jcapiv1
import jcapiv2
import jcsim

from ._support import LEDGER, FaultCase, client_for, record


@pytest.fixture(scope="session")
def served() -> Iterator[jcsim.RunningSim]:
    """One simulator for the suite (uvicorn takes a while to stop)."""
    with jcsim.serve(jcsim.SimState(seed=11)) as running:
        yield running


@pytest.fixture
def sim(served: jcsim.RunningSim) -> jcsim.RunningSim:
    """The shared simulator, back to its seeded data, no faults, an empty request log."""
    served.state.reset()
    return served


@pytest.fixture
def fault_case(sim: jcsim.RunningSim, request: pytest.FixtureRequest) -> Iterator[FaultCase]:
    """``case = fault_case("label")``; the outcome is recorded only if the test passed."""
    case = FaultCase(sim)
    yield case
    report = getattr(request.node, "rep_call", None)
    if report is not None and report.passed:
        record(case)


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_makereport(
    item: pytest.Item, call: pytest.CallInfo[None]
) -> Generator[None, pytest.TestReport, pytest.TestReport]:
    """Keep the call phase's report on the item, for ``fault_case`` to see whether the test passed."""
    report = yield
    if report.when == "call":
        item.rep_call = report  # type: ignore[attr-defined]
    return report


@pytest.fixture
def v1(sim: jcsim.RunningSim) -> Callable[..., jcapiv1.connection.JumpCloudClient]:
    """``v1(**connect_overrides)``: a v1 client for the simulator with the suite's retry policy."""
    return lambda **kwargs: client_for(jcapiv1.connect, sim.url + "/api", **kwargs)


@pytest.fixture
def v2(sim: jcsim.RunningSim) -> Callable[..., jcapiv2.connection.JumpCloudClient]:
    """A v2 client factory, as ``v1``."""
    return lambda **kwargs: client_for(jcapiv2.connect, sim.url + "/api/v2", **kwargs)


@pytest.fixture
def insights(sim: jcsim.RunningSim) -> Callable[..., jcapi_insights.connection.JumpCloudClient]:
    """A Directory Insights client factory, as ``v1``."""
    return lambda **kwargs: client_for(jcapi_insights.connect, sim.url + "/insights/directory/v1", **kwargs)


def pytest_terminal_summary(terminalreporter: Any, exitstatus: int, config: pytest.Config) -> None:
    """The fault table (only when fault tests ran)."""
    if not LEDGER:
        return
    header = ("fault", "injected", "survived", "failed as expected", "duplicated writes")
    rows = [
        (label, str(r.injected), str(r.survived), str(r.failed), str(r.duplicated_writes))
        for label, r in sorted(LEDGER.items())
    ]
    total = (
        "total",
        str(sum(r.injected for r in LEDGER.values())),
        str(sum(r.survived for r in LEDGER.values())),
        str(sum(r.failed for r in LEDGER.values())),
        str(sum(r.duplicated_writes for r in LEDGER.values())),
    )
    widths = [max(len(row[i]) for row in [header, *rows, total]) for i in range(len(header))]

    def line(cells: tuple[str, ...]) -> str:
        first, *rest = cells
        return "  ".join([first.ljust(widths[0]), *(c.rjust(w) for c, w in zip(rest, widths[1:], strict=True))])

    terminalreporter.write_sep("=", "fault injection")
    terminalreporter.write_line(line(header))
    terminalreporter.write_line("  ".join("-" * w for w in widths))
    for row in rows:
        terminalreporter.write_line(line(row))
    terminalreporter.write_line("  ".join("-" * w for w in widths))
    terminalreporter.write_line(line(total))
