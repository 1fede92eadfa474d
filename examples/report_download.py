"""A Directory Insights report from request to a CSV on disk, with live progress.

    python examples/report_download.py         # simulator, or your org with JUMPCLOUD_API_KEY set

``run_report`` requests the report, polls until JumpCloud has generated it (JumpCloud has no
cancel endpoint: a timeout or Ctrl-C only stops the waiting, and leaves no partial file) and
streams the CSV into place. The step-by-step functions show how to resume after a timeout.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _sandbox import Sandbox, sandbox

import jcapi_insights
from jcapi_insights.reports import ReportProgress, ReportTimeout, download_report, run_report, wait_for_report


def show(progress: ReportProgress) -> None:
    """Print each status change and the end of the download."""
    if progress.phase == "waiting":
        print(f"   report {progress.report_id}: {progress.status} after {progress.elapsed:.1f} s")
    elif progress.bytes_total is not None and progress.bytes_done == progress.bytes_total:
        print(f"   downloaded {progress.bytes_done} bytes")


def run(box: Sandbox) -> None:
    """Run a users-to-devices report and save it as CSV in a temporary folder."""
    client = jcapi_insights.connect(**box.connect_args("insights"))
    poll = 0.2 if box.sim is not None else 10.0  # the simulator moves a report on at every poll
    folder = Path(tempfile.mkdtemp(prefix="jcapi-report-"))
    try:
        result = run_report(
            client, "users-to-devices", format="csv", dest=folder, poll_interval=poll, timeout=600, on_progress=show
        )
    except ReportTimeout as exc:
        # The report keeps running on JumpCloud's side: wait again, then download.
        report = wait_for_report(client, exc.report_id, poll_interval=poll, timeout=1800)
        result = download_report(client, report, format="csv", dest=folder)
    assert result.path is not None
    with result.path.open() as csv_file:
        header, first = csv_file.readline().strip(), csv_file.readline().strip()
    print(f"saved {result.path} ({result.bytes_written} bytes)")
    print(f"   columns: {header}")
    print(f"   first row: {first[:100]}")
    client.close()


if __name__ == "__main__":
    with sandbox() as box:
        run(box)
