"""Shared helpers: the result row, timing, and the repository paths."""

from __future__ import annotations

import dataclasses
import gc
import statistics
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "benchmarks" / "results"
NA = "n/a (not available)"


@dataclasses.dataclass
class Row:
    """One line of the results table.

    ``ratio`` is ``ours / baseline`` in the row's ``unit`` unless ``note`` says otherwise;
    ``target`` reads against the ratio (``<= 1.50x``) or names another condition;
    ``passed`` is ``None`` for information-only rows and unavailable measures.
    """

    measure: str
    unit: str
    ours: float | None
    baseline: float | None = None
    ratio: float | None = None
    target: str = ""
    passed: bool | None = None
    note: str = ""
    extra: dict[str, Any] = dataclasses.field(default_factory=dict)

    @property
    def status(self) -> str:
        if self.ours is None:
            return "n/a"
        if self.passed is None:
            return "info"
        return "PASS" if self.passed else "FAIL"


def unavailable(measure: str, unit: str, target: str, why: str = NA) -> Row:
    """A row for a measure whose subject does not exist (yet)."""
    return Row(measure, unit, None, target=target, note=why)


def ratio_row(
    measure: str,
    unit: str,
    ours: float,
    baseline: float,
    *,
    op: str,
    limit: float,
    ratio: float | None = None,
    note: str = "",
    extra: dict[str, Any] | None = None,
) -> Row:
    """A row judged on ``ratio`` (default ``ours / baseline``) against ``op`` (``"<="`` / ``">="``) ``limit``."""
    if ratio is None:
        ratio = ours / baseline if baseline else float("inf")
    passed = ratio <= limit if op == "<=" else ratio >= limit
    return Row(measure, unit, ours, baseline, ratio, f"{op} {limit:.2f}x", passed, note, extra or {})


def paired_ratio(ours: list[float], baseline: list[float]) -> float:
    """Median of the per-round ratios ``ours[i] / baseline[i]`` of samples taken in turn.

    On a shared machine, load comes and goes; a round's two samples see about the same load,
    so the median of paired ratios is steadier than the ratio of the two medians.
    """
    return statistics.median(a / b for a, b in zip(ours, baseline, strict=True))


def time_once(fn: Callable[[], object]) -> float:
    """Seconds one call of ``fn`` takes."""
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def interleaved_samples(fns: dict[str, Callable[[], object]], repeats: int, warmup: int = 1) -> dict[str, list[float]]:
    """Seconds of each call of each function, running them in turn so drift hits every side alike."""
    for fn in fns.values():
        for _ in range(warmup):
            fn()
    samples: dict[str, list[float]] = {name: [] for name in fns}
    for _ in range(repeats):
        for name, fn in fns.items():
            gc.collect()
            samples[name].append(time_once(fn))
    return samples


def interleaved(fns: dict[str, Callable[[], object]], repeats: int, warmup: int = 1) -> dict[str, float]:
    """Median seconds per function of :func:`interleaved_samples`."""
    return {name: statistics.median(values) for name, values in interleaved_samples(fns, repeats, warmup).items()}
