"""Reports fail early and downloads never lie (issue 13): each case the old code got wrong."""

from __future__ import annotations

import asyncio
import io
import os
import signal
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from _sim import FakeClock, insights, reset, served

from jcapi_insights import connect, reports
from jcapi_insights.models import Report
from jcsim.server import RunningSim

REPORTS_PATH = "/insights/directory/v1/reports"
CSV = b"user_id,username\n1,ada\n2,grace\n"


@pytest.fixture(scope="module")
def running() -> Iterator[RunningSim]:
    with served() as sim:
        yield sim


@pytest.fixture
def sim(running: RunningSim) -> RunningSim:
    return reset(running)


def completed(report_id: str = "5f0c1a2b3c4d5e6f7a8b9c0d", fmt: str = "CSV") -> Report:
    return Report.from_dict(
        {"id": report_id, "status": "COMPLETED", "type": "os-version", "artifacts": [{"id": "art/1", "format": fmt}]}
    )


def mock_client(body: bytes | list[bytes], *, length: bool, seen: list[str] | None = None) -> Any:
    def answer(request: httpx.Request) -> httpx.Response:
        if seen is not None:
            seen.append(request.url.raw_path.decode())
        chunks = body if isinstance(body, list) else [body]
        headers = {"content-length": str(sum(map(len, chunks)))} if length else {}
        return httpx.Response(200, headers=headers, stream=httpx.ByteStream(b"".join(chunks)))

    base_url = "https://example.invalid/insights/directory/v1"
    return connect("k" * 40, base_url=base_url, transport=httpx.MockTransport(answer))


# --------------------------------------------------------------------------- checked before the first request
@pytest.mark.parametrize(("kwargs", "message"), [({"poll_interval": 0}, "poll_interval"), ({"timeout": -1}, "timeout")])
def test_bad_waiting_arguments_fail_before_the_report_is_requested(
    sim: RunningSim, tmp_path: Path, kwargs: dict[str, Any], message: str
) -> None:
    with pytest.raises(ValueError, match=message):
        reports.run_report(insights(sim), "os-version", dest=tmp_path, **kwargs)

    async def go() -> None:
        await reports.run_report_async(insights(sim), "os-version", dest=tmp_path, **kwargs)

    with pytest.raises(ValueError, match=message):
        asyncio.run(go())
    assert sim.state.requests == []


@pytest.mark.parametrize(
    ("dest", "error"),
    [
        (Path("/proc/jcapi-report.csv"), PermissionError),  # a folder no file can be created in (even as root)
        (io.StringIO(), TypeError),  # a text file object
    ],
    ids=["unwritable-folder", "text-file-object"],
)
def test_an_unusable_destination_fails_before_the_report_is_requested(
    sim: RunningSim, dest: Any, error: type[Exception]
) -> None:
    with pytest.raises(error):
        reports.run_report(insights(sim), "os-version", dest=dest)
    assert sim.state.requests == []


def test_a_file_opened_for_reading_is_refused_first(sim: RunningSim, tmp_path: Path) -> None:
    (tmp_path / "r.csv").write_bytes(b"")
    with (tmp_path / "r.csv").open("rb") as readonly, pytest.raises(TypeError, match="'wb'"):
        reports.run_report(insights(sim), "os-version", dest=readonly)
    assert sim.state.requests == []


# --------------------------------------------------------------------------- polling
def test_an_unreadable_answer_while_polling_spends_the_failure_budget(sim: RunningSim, tmp_path: Path) -> None:
    clock = FakeClock()
    client = insights(sim, max_retries=0)
    report = reports.request_report(client, "os-version")
    sim.state.faults.add("malformed_json", times=1, path_prefix=REPORTS_PATH, method="GET")
    done = reports.wait_for_report(client, str(report.id), poll_interval=1.0, sleep=clock.sleep, clock=clock)
    assert reports.report_status(done) == "COMPLETED" and len(clock.sleeps) >= 1


# --------------------------------------------------------------------------- downloads that never lie
def test_a_csv_cut_short_without_content_length_is_an_error_and_leaves_nothing(tmp_path: Path) -> None:
    client = mock_client(CSV[:-7], length=False)
    with pytest.raises(reports.DownloadError, match="ends mid-line"):
        reports.download_report(client, completed(), dest=tmp_path / "r.csv")
    assert list(tmp_path.iterdir()) == []


def test_a_complete_csv_without_content_length_is_verified_by_its_format(tmp_path: Path) -> None:
    result = reports.download_report(mock_client(CSV, length=False), completed(), dest=tmp_path / "r.csv")
    assert result.verified == "format" and (tmp_path / "r.csv").read_bytes() == CSV
    with_length = reports.download_report(mock_client(CSV, length=True), completed(), dest=tmp_path / "s.csv")
    assert with_length.verified == "content-length"


def test_an_unclosed_json_without_content_length_is_an_error(tmp_path: Path) -> None:
    client = mock_client(b'[{"user_id": 1}, {"user_id"', length=False)
    with pytest.raises(reports.DownloadError, match="not closed"):
        reports.download_report(client, completed(fmt="JSON"), format="json", dest=tmp_path / "r.json")
    assert list(tmp_path.iterdir()) == []


def test_sigterm_mid_download_removes_the_temp_file(tmp_path: Path) -> None:
    def terminate(progress: reports.ReportProgress) -> None:
        if progress.bytes_done > 0:
            os.kill(os.getpid(), signal.SIGTERM)

    client = mock_client([CSV, CSV, CSV], length=True)
    with pytest.raises(SystemExit) as caught:
        reports.download_report(client, completed(), dest=tmp_path / "r.csv", on_progress=terminate)
    assert caught.value.code == 128 + signal.SIGTERM
    assert list(tmp_path.iterdir()) == []
    assert signal.getsignal(signal.SIGTERM) is signal.SIG_DFL  # the handler is put back


def test_a_symlink_destination_is_written_through(tmp_path: Path) -> None:
    target = tmp_path / "real" / "report.csv"
    target.parent.mkdir()
    target.write_bytes(b"old\n")
    link = tmp_path / "latest.csv"
    link.symlink_to(target)
    reports.download_report(mock_client(CSV, length=True), completed(), dest=link)
    assert link.is_symlink() and target.read_bytes() == CSV


def test_the_saved_file_mode_follows_the_umask(tmp_path: Path) -> None:
    old = os.umask(0o027)
    try:
        reports.download_report(mock_client(CSV, length=True), completed(), dest=tmp_path / "r.csv")
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "r.csv").stat().st_mode) == 0o640


def test_server_ids_are_quoted_in_urls_and_cleaned_in_file_names(tmp_path: Path) -> None:
    seen: list[str] = []
    client = mock_client(CSV, length=True, seen=seen)
    result = reports.download_report(client, completed("../../etc/x"), dest=tmp_path)
    assert seen == ["/insights/directory/v1/reports/..%2F..%2Fetc%2Fx/artifacts/art%2F1/content"]
    assert result.path is not None and result.path.parent == tmp_path
    assert result.path.name == "os-version-etc_x.csv"
