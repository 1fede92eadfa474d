"""Report download: a 200 MB CSV artifact via ``download_report`` vs raw httpx streaming.

The simulator (child process) holds one COMPLETED Directory Insights report whose CSV
artifact is 200 MB (50 MB with ``--quick``), generated row by row as it streams. Each
download runs in a fresh child process (``python -m benchmarks.report_download --child``)
so its peak RSS is its own: the child builds its client, samples its RSS (psutil) every
5 ms in a thread, downloads into a temporary folder, and prints seconds, bytes and peak RSS
growth over the RSS just before the download. Ours is
``jcapi_insights.reports.download_report(client, report, format="csv", dest=...)`` on a
``connect()`` client (the report's metadata is listed before timing starts); raw is
``httpx.Client.stream("GET", <artifact content URL>)`` + ``iter_bytes()`` written to a file.
Runs alternate, 3 each (1 with ``--quick``); medians. The simulator's own generation speed
bounds both sides alike.

Targets: ours >= 80% of raw MB/s, and RSS growth < 50 MB.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

from benchmarks._common import ROOT, Row, unavailable
from benchmarks._sim import API_KEY, SimProcess

MB = 1_000_000


def _available() -> bool:
    try:
        from jcapi_insights.reports import download_report  # noqa: F401
    except ImportError:
        return False
    return True


def _child(args: argparse.Namespace) -> dict[str, Any]:
    import httpx
    import psutil  # type: ignore[import-untyped]

    me = psutil.Process()
    dest = Path(args.dest)
    if args.mode == "ours":
        from jcapi_insights import connect
        from jcapi_insights.api.reports import directory_insights_reports_list_get
        from jcapi_insights.reports import download_report

        client = connect(API_KEY, base_url=args.url)
        reports = directory_insights_reports_list_get.sync(client=client) or []
        report = next(r for r in reports if r.id == args.report_id)

        def download() -> int:
            return download_report(client, report, format="csv", dest=dest).bytes_written

    else:
        raw = httpx.Client(base_url=args.url, headers={"x-api-key": API_KEY}, timeout=60)

        def download() -> int:
            written = 0
            url = f"/reports/{args.report_id}/artifacts/{args.artifact_id}/content"
            with raw.stream("GET", url) as response, dest.open("wb") as out:
                response.raise_for_status()
                for chunk in response.iter_bytes():
                    written += out.write(chunk)
            return written

    peak = [me.memory_info().rss]
    done = threading.Event()

    def sample() -> None:
        while not done.wait(0.005):
            peak[0] = max(peak[0], me.memory_info().rss)

    start_rss = me.memory_info().rss
    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    start = time.perf_counter()
    written = download()
    seconds = time.perf_counter() - start
    done.set()
    sampler.join()
    peak[0] = max(peak[0], me.memory_info().rss)
    return {"seconds": seconds, "bytes": written, "rss_growth": peak[0] - start_rss}


def _download(mode: str, sim: SimProcess, folder: Path) -> dict[str, Any]:
    report = sim.info["report"]
    dest = folder / f"{mode}.csv"
    out = subprocess.run(
        [
            sys.executable,
            "-m",
            "benchmarks.report_download",
            "--child",
            mode,
            "--url",
            sim.insights_url,
            "--report-id",
            report["id"],
            "--artifact-id",
            report["artifact_id"],
            "--dest",
            str(dest),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    dest.unlink(missing_ok=True)
    result: dict[str, Any] = json.loads(out.stdout)
    return result


def run(quick: bool = False) -> list[Row]:
    size, repeats = (50 * MB, 1) if quick else (200 * MB, 3)
    measure = f"download_report {size // MB} MB CSV"
    if not _available():
        return [
            unavailable(measure + " (throughput vs raw)", "MB/s", ">= 0.80x"),
            unavailable(measure + " (peak RSS growth)", "MB", "< 50 MB"),
        ]
    samples: dict[str, list[dict[str, Any]]] = {"ours": [], "raw": []}
    with SimProcess(report_bytes=size) as sim, tempfile.TemporaryDirectory(prefix="jcapi-bench-") as tmp:
        for _ in range(repeats):
            for mode in samples:
                samples[mode].append(_download(mode, sim, Path(tmp)))
    rate = {m: statistics.median(s["bytes"] / s["seconds"] / MB for s in runs) for m, runs in samples.items()}
    rss = {m: statistics.median(s["rss_growth"] / MB for s in runs) for m, runs in samples.items()}
    written = {m: runs[0]["bytes"] for m, runs in samples.items()}
    assert written["ours"] == written["raw"], f"sizes differ: {written}"
    ratio = rate["ours"] / rate["raw"]
    return [
        Row(
            measure + " (throughput vs raw)",
            "MB/s",
            rate["ours"],
            rate["raw"],
            ratio,
            ">= 0.80x",
            ratio >= 0.8,
            note=f"{written['ours']:,} bytes; raw httpx iter_bytes() to a file",
            extra={"samples": samples},
        ),
        Row(
            measure + " (peak RSS growth)",
            "MB",
            rss["ours"],
            rss["raw"],
            None,
            "< 50 MB",
            rss["ours"] < 50,
            note="baseline: raw httpx streaming; measured in a fresh process each",
        ),
    ]


def _main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--child", choices=("ours", "raw"), required=True, dest="mode")
    parser.add_argument("--url", required=True)
    parser.add_argument("--report-id", required=True)
    parser.add_argument("--artifact-id", required=True)
    parser.add_argument("--dest", required=True)
    print(json.dumps(_child(parser.parse_args())))


if __name__ == "__main__":
    _main()
