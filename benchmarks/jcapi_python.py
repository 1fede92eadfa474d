"""The old swagger-codegen ``jcapi-python`` on the same records, in the same run (issue 15).

jcapi-python is not on PyPI and its import names (``jcapiv1``, ``jcapiv2``) are ours too, so it
runs in its own interpreter: set ``JCAPI_PYTHON`` to a Python that can import it, e.g.::

    git clone https://github.com/TheJumpCloud/jcapi-python /tmp/jcapi-python
    python3 -m venv /tmp/jcapi-python-venv
    /tmp/jcapi-python-venv/bin/pip install /tmp/jcapi-python/jcapiv1 /tmp/jcapi-python/jcapiv2
    JCAPI_PYTHON=/tmp/jcapi-python-venv/bin/python make bench

Without it the row says so and is skipped. Measured against the same simulator process as the
per-call rows: rounds alternate a batch of our ``sync()`` calls (timed here) and a batch of
jcapi-python's (timed in its child, ``_jcapi_python_child``, so the pipe is not counted); the ratio
is the median per-round ratio. Target: ours faster (ratio < 1).
"""

from __future__ import annotations

import gc
import os
import subprocess
import time
from pathlib import Path

from benchmarks._common import ROOT, Row, paired_ratio, ratio_row, unavailable
from benchmarks._sim import API_KEY

CHILD = Path(__file__).with_name("_jcapi_python_child.py")
HOW = "set JCAPI_PYTHON to a Python with jcapi-python installed (docs/benchmarks.md)"


def measure(api: str, base_url: str, name: str, calls: int, repeats: int, limit: int = 100) -> Row:
    """Per-call time of ours vs jcapi-python for ``api`` against the simulator at ``base_url``."""
    from benchmarks.per_call import _ours

    measure_name = f"per-call {name} sync (sim) vs jcapi-python"
    python = os.environ.get("JCAPI_PYTHON", "")
    if not python:
        return unavailable(measure_name, "us/call", "< 1.00x", f"skipped: {HOW}")
    child = subprocess.Popen(
        [python, "-I", str(CHILD), base_url, api, API_KEY, str(calls), str(limit)],
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert child.stdin is not None and child.stdout is not None
    try:
        ready = child.stdout.readline().split()
        if ready[:1] != ["ready"] or int(ready[1]) != limit:
            child.kill()
            err = child.stderr.read() if child.stderr else ""
            return unavailable(measure_name, "us/call", "< 1.00x", f"jcapi-python did not run: {err[-300:]}")
        sync, _, connect = _ours(api)
        client = connect(API_KEY, base_url=base_url)
        sync(client=client, limit=limit)
        ours: list[float] = []
        theirs: list[float] = []
        for _ in range(repeats):
            gc.collect()
            start = time.perf_counter()
            for _ in range(calls):
                sync(client=client, limit=limit)
            ours.append((time.perf_counter() - start) / calls)
            child.stdin.write("go\n")
            child.stdin.flush()
            theirs.append(float(child.stdout.readline()) / calls)
        client.close()
    finally:
        child.stdin.close()
        child.wait(timeout=30)
    ours_median, theirs_median = sorted(ours)[len(ours) // 2], sorted(theirs)[len(theirs) // 2]
    return ratio_row(
        measure_name,
        "us/call",
        ours_median * 1e6,
        theirs_median * 1e6,
        op="<=",
        limit=1.0,
        ratio=paired_ratio(ours, theirs),
        note=f"baseline: jcapi-python ({python}) on the same records",
    )
