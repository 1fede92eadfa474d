"""``python -m benchmarks [measure ...] [--quick]``: run the measures, print one table, write JSON.

Measures (default: all, in this order): import_time, per_call, model_parsing, paging,
report_download, generate_time. The table and the machine are written to
``benchmarks/results/latest.json``. A measure that fails is reported as an error row and
the others still run; the exit status is 1 if any measure errored (a missed target is
reported in the table, not in the exit status).
"""

from __future__ import annotations

import argparse
import dataclasses
import importlib
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from benchmarks._common import RESULTS, ROOT, Row

MEASURES = ("import_time", "per_call", "model_parsing", "paging", "report_download", "generate_time")


def machine() -> dict[str, Any]:
    """Where the figures were taken."""
    cpu = platform.processor() or "?"
    try:
        with open("/proc/cpuinfo") as info:
            cpu = next(line.split(":", 1)[1].strip() for line in info if line.startswith("model name"))
    except (OSError, StopIteration):
        pass
    return {
        "nproc": os.cpu_count(),
        "cpu": cpu,
        "python": platform.python_version(),
        "implementation": platform.python_implementation(),
        "platform": platform.platform(),
    }


def _fmt(value: float | None, unit: str) -> str:
    if value is None:
        return "-"
    if unit in ("records/s", "calls/s"):
        return f"{value:,.0f} {unit}"
    if unit == "us/call":
        return f"{value:,.0f} us"
    if unit == "s":
        return f"{value:.2f} s"
    return f"{value:,.1f} {unit}"


def table(rows: list[Row]) -> str:
    """The results as a Markdown table (also readable in a terminal)."""
    header = ["measure", "ours", "baseline", "ratio", "target", "result"]
    lines = [
        [
            row.measure,
            _fmt(row.ours, row.unit),
            _fmt(row.baseline, row.unit),
            "-" if row.ratio is None else f"{row.ratio:.2f}x",
            row.target or "-",
            row.status,
        ]
        for row in rows
    ]
    widths = [max(len(str(cells[i])) for cells in [header, *lines]) for i in range(len(header))]
    out = ["| " + " | ".join(h.ljust(w) for h, w in zip(header, widths, strict=True)) + " |"]
    out.append("| " + " | ".join("-" * w for w in widths) + " |")
    out += ["| " + " | ".join(c.ljust(w) for c, w in zip(cells, widths, strict=True)) + " |" for cells in lines]
    return "\n".join(out)


def notes(rows: list[Row]) -> str:
    """One line per row with a note."""
    return "\n".join(f"- {row.measure}: {row.note}" for row in rows if row.note)


def run_isolated(name: str, quick: bool) -> list[Row]:
    """Run one measure in a fresh interpreter (so no measure inherits another's live objects,
    GC pressure or threads) and return its rows."""
    with tempfile.NamedTemporaryFile(suffix=".json") as out:
        cmd = [sys.executable, "-m", "benchmarks", "--child", out.name, name] + (["--quick"] if quick else [])
        proc = subprocess.run(cmd, cwd=ROOT, check=False)
        if proc.returncode != 0:
            raise RuntimeError(f"measure {name} failed (exit {proc.returncode}); its traceback is above")
        return [Row(**fields) for fields in json.loads(Path(out.name).read_text())]


def _child(name: str, out: str, quick: bool) -> int:
    rows = importlib.import_module(f"benchmarks.{name}").run(quick=quick)
    Path(out).write_text(json.dumps([dataclasses.asdict(row) for row in rows], default=str))
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__.splitlines()[0])
    parser.add_argument("measures", nargs="*", metavar="measure", help=f"one of {', '.join(MEASURES)} (default: all)")
    parser.add_argument("--quick", action="store_true", help="fewer repeats, smaller report (a smoke test)")
    parser.add_argument("--child", metavar="OUT", help=argparse.SUPPRESS)  # internal: run one measure here
    args = parser.parse_args(argv)
    unknown = sorted(set(args.measures) - set(MEASURES))
    if unknown:
        parser.error(f"unknown measure {', '.join(unknown)}; choose from {', '.join(MEASURES)}")
    chosen = args.measures or list(MEASURES)
    if args.child:
        return _child(chosen[0], args.child, args.quick)
    rows: list[Row] = []
    errors = 0
    durations: dict[str, float] = {}
    started = time.perf_counter()
    for name in chosen:
        print(f"bench: {name} ...", file=sys.stderr, flush=True)
        begin = time.perf_counter()
        try:
            rows += run_isolated(name, args.quick)
        except Exception as exc:  # one broken measure must not hide the others
            errors += 1
            print(exc, file=sys.stderr)
            rows.append(Row(name, "", None, note=f"error: {type(exc).__name__}: {str(exc)[-300:]}"))
        durations[name] = time.perf_counter() - begin
        print(f"bench: {name} done in {durations[name]:.1f} s", file=sys.stderr, flush=True)
    total = time.perf_counter() - started
    print(table(rows))
    print()
    print(notes(rows))
    print(f"\n(total {total:.0f} s{', quick' if args.quick else ''})")
    RESULTS.mkdir(parents=True, exist_ok=True)
    report = {
        "when": datetime.now(UTC).isoformat(timespec="seconds"),
        "quick": args.quick,
        "machine": machine(),
        "seconds": {"total": total, **durations},
        "table": table(rows),
        "rows": [{**dataclasses.asdict(row), "result": row.status} for row in rows],
    }
    (RESULTS / "latest.json").write_text(json.dumps(report, indent=1, default=str) + "\n")
    return 1 if errors else 0


if __name__ == "__main__":
    raise SystemExit(main())
