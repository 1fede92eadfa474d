"""Wall time of the generation pipeline (what ``make generate`` runs), into a temporary folder.

The Makefile's steps, for the three APIs, with every output redirected to a temp dir (under
``build/``, since ``pipeline.build`` names its destination relative to the repository) so the
repository's ``build/specs``, ``build/gen`` and ``generated/`` are untouched: ``pipeline.upstream`` (locate and
check the pinned descriptions), ``pipeline.overlay`` (read the YAML, apply the overlays) and
``pipeline.build`` (openapi-python-client with our templates, overrides, headers, ruff,
checks). One run (the pipeline takes ~20-30 s; it is deterministic, so more runs would only
measure the machine). Information only: no target.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks._common import ROOT, Row, unavailable

APIS = ("v1", "v2", "insights")


def _run(*args: str) -> None:
    subprocess.run(list(args), cwd=ROOT, capture_output=True, text=True, check=True)


def pipeline(out: Path) -> None:
    """Run every generation step into ``out``."""
    py = sys.executable
    shared = Path(os.environ.get("SHARED_DIR", ROOT.parent / "shared"))
    upstream_dir = Path(os.environ.get("UPSTREAM_DIR", shared / "specs" / "upstream"))
    _run(py, "-m", "pipeline.upstream", "--pins", "specs/pins.json", "--upstream-dir", str(upstream_dir),
         "--out", str(out / "upstream"))  # fmt: skip
    located = json.loads((out / "upstream" / "located.json").read_text())
    for api in APIS:
        spec = out / "specs" / f"{api}.json"
        _run(py, "-m", "pipeline.overlay", "--api", api, "--spec", located[api],
             "--overlay", "specs/overlays/_common.yaml", "--overlay", f"specs/overlays/{api}.yaml",
             "--shared", str(shared), "--out", str(spec))  # fmt: skip
        _run(py, "-m", "pipeline.build", "--api", api, "--spec", str(spec), "--pins", "specs/pins.json",
             "--scratch", str(out / "gen"), "--dest", str(out / "generated"))  # fmt: skip


def run(quick: bool = False) -> list[Row]:
    measure = "generation pipeline, 3 packages (make generate)"
    (ROOT / "build").mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="bench-gen-", dir=ROOT / "build") as tmp:
        start = time.perf_counter()
        try:
            pipeline(Path(tmp))
        except subprocess.CalledProcessError as exc:
            return [unavailable(measure, "s", "info", f"failed: {exc.cmd[:4]} {exc.stderr.strip()[-300:]}")]
        seconds = time.perf_counter() - start
        files = sum(1 for p in (Path(tmp) / "generated").rglob("*.py"))
    return [Row(measure, "s", seconds, note=f"{files} Python files; into a temp folder, generated/ untouched")]
