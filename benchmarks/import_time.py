"""Cold import time: ``import httpx`` vs ``import jcapiv2`` vs one operation module.

Each sample is a fresh ``python`` process (same interpreter, cwd and environment) that times
its own ``import X`` with ``time.perf_counter`` and prints it, so the figure is the import
alone, without interpreter start-up (which is the same for every case and would only dilute
the ratio); the process wall time is recorded too (``extra``). The cases run in turn, 11
times each (5 with ``--quick``); medians are reported, and the ratio is the median of the
per-round ratios (steadier than a ratio of medians when other work loads the machine).
Bytecode is written during the warm-up round and used after it (``PYTHONDONTWRITEBYTECODE`` is
dropped for the children): an installed package has its ``.pyc`` files (pip compiles them), and
httpx, the baseline, is measured with its own; compiling ``jcapiv2/models/__init__.py`` (the name
table of 1,400 lazily imported models) on every run would measure the compiler, not the import.
Target: importing one operation module (``jcapiv2.api.user_groups.groups_user_list``, which
pulls in httpx, attrs, the client and the models it uses) costs at most 1.3x ``import httpx``.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time

from benchmarks._common import ROOT, Row, paired_ratio, ratio_row

CASES = {
    "httpx": "httpx",
    "jcapiv2": "jcapiv2",
    "one operation": "jcapiv2.api.user_groups.groups_user_list",
}
CHILD = "import time; t = time.perf_counter(); import {module}; print(time.perf_counter() - t)"


def sample(module: str) -> tuple[float, float]:
    """(import seconds measured inside a fresh process, that process's wall seconds)."""
    env = {name: value for name, value in os.environ.items() if name != "PYTHONDONTWRITEBYTECODE"}
    start = time.perf_counter()
    out = subprocess.run(
        [sys.executable, "-c", CHILD.format(module=module)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    wall = time.perf_counter() - start
    return float(out.stdout.strip()), wall


def run(quick: bool = False) -> list[Row]:
    runs = 5 if quick else 11
    for module in CASES.values():  # warm the OS file cache and write any missing .pyc
        sample(module)
    imports: dict[str, list[float]] = {name: [] for name in CASES}
    walls: dict[str, list[float]] = {name: [] for name in CASES}
    for _ in range(runs):
        for name, module in CASES.items():
            took, wall = sample(module)
            imports[name].append(took * 1000)
            walls[name].append(wall * 1000)
    med = {name: statistics.median(values) for name, values in imports.items()}
    wall_ms = {name: statistics.median(values) for name, values in walls.items()}
    base = med["httpx"]
    rows = [
        Row(
            "import httpx (fresh process)",
            "ms",
            base,
            note=f"process wall {wall_ms['httpx']:.0f} ms",
            extra={"samples_ms": imports["httpx"], "wall_ms": wall_ms["httpx"]},
        ),
        Row(
            "import jcapiv2",
            "ms",
            med["jcapiv2"],
            base,
            paired_ratio(imports["jcapiv2"], imports["httpx"]),
            note=f"process wall {wall_ms['jcapiv2']:.0f} ms",
            extra={"samples_ms": imports["jcapiv2"], "wall_ms": wall_ms["jcapiv2"]},
        ),
        ratio_row(
            f"import {CASES['one operation']}",
            "ms",
            med["one operation"],
            base,
            op="<=",
            limit=1.3,
            ratio=paired_ratio(imports["one operation"], imports["httpx"]),
            note=f"baseline: import httpx; process wall {wall_ms['one operation']:.0f} ms",
            extra={"samples_ms": imports["one operation"], "wall_ms": wall_ms["one operation"]},
        ),
    ]
    return rows
