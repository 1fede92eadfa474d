"""Shared helpers for the reports, bulk and CLI tests: one served simulator per test module,
reset between tests, SDK clients pointed at it, and a fake clock whose ``sleep`` only moves time."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from typing import Any

import jcapi_insights
import jcapiv2
import jcsim
from jcsim.server import RunningSim

#: Knobs tests change on the shared state, with their defaults (restored by ``reset``).
DEFAULT_KNOBS: dict[str, Any] = {
    "records_per_step": 2,
    "report_rows": 100,
    "fail_next_reports": 0,
}


@contextlib.contextmanager
def served() -> Iterator[RunningSim]:
    """A simulator served for a whole test module."""
    with jcsim.serve(jcsim.SimState(seed=7)) as sim:
        yield sim


def reset(sim: RunningSim) -> RunningSim:
    """Back to the seeded data, no faults, an empty request log and default knobs."""
    sim.state.reset()
    for name, value in DEFAULT_KNOBS.items():
        setattr(sim.state, name, value)
    sim.state.report_fail_types.clear()
    return sim


def insights(sim: RunningSim, **kwargs: Any) -> jcapi_insights.connection.JumpCloudClient:
    """A Directory Insights client for the simulator."""
    return jcapi_insights.connect(api_key=jcsim.DEFAULT_API_KEY, base_url=sim.url + "/insights/directory/v1", **kwargs)


def v2(sim: RunningSim, **kwargs: Any) -> jcapiv2.connection.JumpCloudClient:
    """A v2 client for the simulator."""
    return jcapiv2.connect(api_key=jcsim.DEFAULT_API_KEY, base_url=sim.url + "/api/v2", **kwargs)


class FakeClock:
    """``clock()`` / ``sleep()`` / ``asleep()`` for the pollers: sleeping advances time instantly."""

    def __init__(self) -> None:
        self.now = 1000.0
        self.sleeps: list[float] = []

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        assert seconds >= 0
        self.sleeps.append(seconds)
        self.now += seconds

    async def asleep(self, seconds: float) -> None:
        self.sleep(seconds)
