"""Shared pieces of the fault-injection suite: the clients' settings, the per-test
:class:`FaultCase`, the outcome ledger printed at the end of the session and ``assert_clear``."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import httpx

import jcsim
from jcapiv1.retries import RetryPolicy

API_KEY = jcsim.MSP_API_KEY
ORG_ID = jcsim.DEFAULT_ORG_ID
#: Short waits: a storm of 3 faults costs tens of milliseconds.
POLICY = RetryPolicy(max_retries=3, backoff_base=0.01, backoff_cap=0.05, retry_after_cap=2.0)
#: Read timeout short enough for "slow" faults of a few tenths of a second.
READ_TIMEOUT = 0.25
TIMEOUT = httpx.Timeout(2.0, read=READ_TIMEOUT)


@dataclass
class Row:
    """One line of the summary table."""

    injected: int = 0
    survived: int = 0
    failed: int = 0
    duplicated_writes: int = 0
    tests: int = 0


#: Outcomes by fault label, filled by passing tests.
LEDGER: dict[str, Row] = {}


@dataclass
class FaultCase:
    """One test's faults, clock and outcome (see the module docstring)."""

    sim: jcsim.RunningSim
    label: str = ""
    added: list[jcsim.Fault] = field(default_factory=list)
    outcome: str | None = None
    duplicated_writes: int = 0
    started: float = field(default_factory=time.perf_counter)

    def __call__(self, label: str) -> FaultCase:
        self.label = label
        return self

    def add(self, kind: str, *, restart_clock: bool = True, **kwargs: Any) -> jcsim.Fault:
        """Inject a fault (``jcsim.FaultSet.add`` arguments); by default restarts the clock."""
        fault = self.sim.state.faults.add(kind, **kwargs)
        self.added.append(fault)
        if restart_clock:
            self.started = time.perf_counter()
        return fault

    def elapsed(self) -> float:
        """Seconds since the last fault was added."""
        return time.perf_counter() - self.started

    def received(self, method: str, path: str) -> int:
        """How many requests with this method and path the simulator received."""
        return len(self.sim.state.requests_to(method, path))

    def writes(self, method: str, path: str) -> int:
        """Requests received for a write sent once; any beyond the first is a duplicated write."""
        count = self.received(method, path)
        self.duplicated_writes += max(0, count - 1)
        return count

    def survived(self) -> None:
        """Mark: the call succeeded after the fault(s)."""
        self.outcome = "survived"

    def failed(self) -> None:
        """Mark: the call failed as expected (typed or documented error)."""
        self.outcome = "failed"


def record(case: FaultCase) -> None:
    if not case.label or case.outcome is None:
        return
    row = LEDGER.setdefault(case.label, Row())
    row.tests += 1
    row.injected += sum(f.hits for f in case.added)
    row.survived += case.outcome == "survived"
    row.failed += case.outcome == "failed"
    row.duplicated_writes += case.duplicated_writes


Connect = Callable[..., Any]


def client_for(connect: Connect, base_url: str, **kwargs: Any) -> Any:
    options: dict[str, Any] = {"org_id": ORG_ID, "base_url": base_url, "retry": POLICY, "timeout": TIMEOUT}
    options.update(kwargs)
    return connect(API_KEY, **options)


def assert_clear(exc: BaseException, *fragments: str) -> None:
    """The error's message names every fragment (status, method, URL...) and no secret."""
    text = f"{exc} {exc!r}"
    for fragment in fragments:
        assert fragment in text, f"{fragment!r} missing from {text!r}"
    assert API_KEY not in text, "the API key leaked into an error message"
    assert ORG_ID not in text, "the org id leaked into an error message"


def results(page: Any) -> list[Any]:
    """The ``results`` of a v1 list page (asserting there is one)."""
    assert page is not None and isinstance(page.results, list)
    return page.results
