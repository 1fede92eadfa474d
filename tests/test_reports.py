"""jcapi_insights.reports against the local simulator: every report status path, sync and async."""

from __future__ import annotations

import asyncio
import io
import json
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import psutil  # type: ignore[import-untyped]
import pytest
from _sim import FakeClock, insights, reset, served

from jcapi_insights import connect, polling, reports
from jcapi_insights.errors import ServerError
from jcapi_insights.models import Report, ReportType
from jcsim import data
from jcsim.server import RunningSim

INSIGHTS = "/insights/directory/v1"
REPORTS_PATH = INSIGHTS + "/reports"


@pytest.fixture(scope="module")
def running() -> Iterator[RunningSim]:
    with served() as sim:
        yield sim


@pytest.fixture
def sim(running: RunningSim) -> RunningSim:
    return reset(running)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


class Api:
    """The four public functions in one mode: ``sync`` or ``async`` (each async call on a fresh client)."""

    def __init__(self, mode: str, sim: RunningSim, clock: FakeClock, **client_args: Any) -> None:
        self.mode = mode
        self.sim = sim
        self.clock = clock
        self.client_args = client_args
        self.client = insights(sim, **client_args)

    def _call(self, sync_fn: Callable[..., Any], async_fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        waits = "sleep" in kwargs
        if self.mode == "sync":
            if waits:
                kwargs["sleep"] = self.clock.sleep
            return sync_fn(self.client, *args, **kwargs)
        if waits:
            kwargs["sleep"] = self.clock.asleep

        async def go() -> Any:
            client = insights(self.sim, **self.client_args)
            try:
                return await async_fn(client, *args, **kwargs)
            finally:
                await client.aclose()

        return asyncio.run(go())

    def request(self, report_type: str) -> Report:
        return self._call(reports.request_report, reports.request_report_async, report_type)

    def wait(self, report_id: str, **kwargs: Any) -> Report:
        kwargs.setdefault("poll_interval", 1.0)
        return self._call(
            reports.wait_for_report, reports.wait_for_report_async, report_id, sleep=None, clock=self.clock, **kwargs
        )

    def download(self, report: Report, **kwargs: Any) -> reports.ReportResult:
        return self._call(reports.download_report, reports.download_report_async, report, **kwargs)

    def run(self, report_type: str, **kwargs: Any) -> reports.ReportResult:
        kwargs.setdefault("poll_interval", 1.0)
        return self._call(
            reports.run_report, reports.run_report_async, report_type, sleep=None, clock=self.clock, **kwargs
        )


@pytest.fixture(params=["sync", "async"])
def api(request: pytest.FixtureRequest, sim: RunningSim, clock: FakeClock) -> Api:
    return Api(request.param, sim, clock)


def pending_list(report_id: str, status: str = "PENDING") -> str:
    return json.dumps([{"id": report_id, "status": status, "type": "os-version", "artifacts": []}])


def first_report_id(sim: RunningSim) -> str:
    """The id the simulator gives the first report after a reset (ids are seeded)."""
    return data.object_id(sim.state.seed, "report", 0)


# --------------------------------------------------------------------------- completed
def test_run_report_csv_to_path(api: Api, sim: RunningSim, tmp_path: Path) -> None:
    seen: list[reports.ReportProgress] = []
    result = api.run("users-to-devices", format="csv", dest=tmp_path / "out.csv", on_progress=seen.append)
    assert result.path == tmp_path / "out.csv"
    body = result.path.read_bytes()
    assert len(body) == result.bytes_written > 0
    assert body.startswith(b"user_id,username,email")
    assert body.count(b"\n") == 101  # header + report_rows
    assert reports.report_status(result.report) == "COMPLETED"
    assert [p.status for p in seen if p.phase == "waiting"] == ["IN_PROGRESS", "COMPLETED"]
    assert seen[-1].phase == "downloading" and seen[-1].bytes_done == seen[-1].bytes_total == len(body)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.csv"]


def test_run_report_json_into_folder(api: Api, tmp_path: Path) -> None:
    # user-account-health is listed as "users-account-health" (not in the enum): still works
    result = api.run("user-account-health", format="JSON", dest=tmp_path)
    assert result.path is not None and result.path.parent == tmp_path
    assert result.path.name == f"user-account-health-{result.report_id}.json"
    assert len(json.loads(result.path.read_bytes())) == 100


def test_run_report_to_file_object(api: Api) -> None:
    buffer = io.BytesIO()
    result = api.run("os-version", dest=buffer)
    assert result.path is None
    assert len(buffer.getvalue()) == result.bytes_written > 0


def test_step_by_step(api: Api, clock: FakeClock, tmp_path: Path) -> None:
    report = api.request("os-version")
    assert reports.report_status(report) == "PENDING"
    done = api.wait(str(report.id), poll_interval=10.0)
    assert clock.sleeps == [10.0]  # one poll saw IN_PROGRESS, the next COMPLETED
    result = api.download(done, format="csv", dest=tmp_path / "r.csv")
    assert result.artifact_id and (tmp_path / "r.csv").stat().st_size == result.bytes_written


# --------------------------------------------------------------------------- failed / gone
def test_failed_report(api: Api, sim: RunningSim, tmp_path: Path) -> None:
    sim.state.fail_next_reports = 1
    with pytest.raises(reports.ReportFailed) as caught:
        api.run("os-version", dest=tmp_path / "x.csv")
    assert reports.report_status(caught.value.report) == "FAILED"
    assert caught.value.report_id == first_report_id(sim)
    assert isinstance(caught.value, reports.ReportError)
    assert list(tmp_path.iterdir()) == []


def test_report_vanishes_from_list(api: Api, sim: RunningSim) -> None:
    report = api.request("os-version")
    sim.state.reports.clear()
    with pytest.raises(reports.ReportGone) as caught:
        api.wait(str(report.id))
    assert caught.value.report_id == report.id and caught.value.report is None


def test_deleted_report(api: Api, sim: RunningSim) -> None:
    report = api.request("os-version")
    sim.state.clock.advance(8 * 86400)  # type: ignore[attr-defined]  # past the 7-day expiration
    with pytest.raises(reports.ReportGone, match="DELETED") as caught:
        api.wait(str(report.id))
    assert caught.value.report is not None


# --------------------------------------------------------------------------- timeout and resume
def test_timeout_then_resume(api: Api, sim: RunningSim, tmp_path: Path) -> None:
    with pytest.raises(reports.ReportTimeout) as caught:
        api.run("os-version", dest=tmp_path / "x.csv", timeout=0)
    exc = caught.value
    assert exc.report_id == first_report_id(sim) and exc.status == "IN_PROGRESS"
    assert "wait_for_report" in str(exc) and isinstance(exc, TimeoutError)
    assert list(tmp_path.iterdir()) == []
    report = api.wait(exc.report_id)  # the report was not lost
    assert api.download(report, dest=tmp_path / "x.csv").bytes_written > 0


def test_backoff_is_gentle_bounded_and_stops_at_the_deadline(api: Api, sim: RunningSim, clock: FakeClock) -> None:
    report = api.request("os-version")
    sim.state.faults.add(
        "status", status=200, body=pending_list(str(report.id)), times=20, path_prefix=REPORTS_PATH, method="GET"
    )
    with pytest.raises(reports.ReportTimeout):
        api.wait(str(report.id), poll_interval=1.0, timeout=30.0)
    assert clock.sleeps[:4] == [1.0, 1.5, 2.25, 3.375]
    assert sum(clock.sleeps) == pytest.approx(30.0)  # never sleeps past the deadline

    clock.sleeps.clear()
    with pytest.raises(reports.ReportTimeout):
        api.wait(str(report.id), poll_interval=50.0, timeout=150.0)
    assert clock.sleeps == [50.0, 60.0, 40.0]  # capped at 60 s, last one cut at the deadline


def test_unknown_status_keeps_waiting(api: Api, sim: RunningSim) -> None:
    report = api.request("os-version")
    sim.state.faults.add(
        "status", status=200, body=pending_list(str(report.id), "QUEUED"), path_prefix=REPORTS_PATH, method="GET"
    )
    assert reports.report_status(api.wait(str(report.id))) == "COMPLETED"


# --------------------------------------------------------------------------- rate limits
def test_429_while_polling_honours_retry_after(sim: RunningSim, clock: FakeClock, mode: str) -> None:
    api = Api(mode, sim, clock, max_retries=0)
    report = api.request("os-version")
    sim.state.faults.add("status", status=429, retry_after=7, times=2, path_prefix=REPORTS_PATH, method="GET")
    done = api.wait(str(report.id), poll_interval=1.0)
    assert reports.report_status(done) == "COMPLETED"
    assert clock.sleeps[:2] == [7.0, 7.0]


def test_429_beyond_the_deadline_times_out_with_the_id(sim: RunningSim, clock: FakeClock, mode: str) -> None:
    api = Api(mode, sim, clock, max_retries=0)
    report = api.request("os-version")
    sim.state.faults.add("status", status=429, retry_after=120, path_prefix=REPORTS_PATH, method="GET")
    with pytest.raises(reports.ReportTimeout) as caught:
        api.wait(str(report.id), timeout=60)
    assert caught.value.report_id == report.id and clock.sleeps == []


def test_persistent_server_errors_surface(sim: RunningSim, clock: FakeClock) -> None:
    api = Api("sync", sim, clock, max_retries=0)
    report = api.request("os-version")
    sim.state.faults.add("status", status=503, times=10, path_prefix=REPORTS_PATH, method="GET")
    with pytest.raises(ServerError):
        api.wait(str(report.id))
    assert len(clock.sleeps) == polling.MAX_TRANSIENT_FAILURES


@pytest.fixture(params=["sync", "async"])
def mode(request: pytest.FixtureRequest) -> str:
    return str(request.param)


# --------------------------------------------------------------------------- downloads
def test_interrupted_download_leaves_no_file(api: Api, sim: RunningSim, tmp_path: Path) -> None:
    report = api.wait(str(api.request("os-version").id))
    sim.state.faults.add("reset_mid_body", path_prefix=REPORTS_PATH + f"/{report.id}/artifacts/")
    with pytest.raises(reports.DownloadError, match="broke off") as caught:
        api.download(report, dest=tmp_path / "r.csv")
    assert caught.value.report_id == report.id
    assert list(tmp_path.iterdir()) == []
    assert api.download(report, dest=tmp_path / "r.csv").bytes_written > 0  # and a retry works


def test_keyboard_interrupt_mid_download_leaves_no_file(api: Api, sim: RunningSim, tmp_path: Path) -> None:
    sim.state.report_rows = 20_000  # a few chunks

    def interrupt(progress: reports.ReportProgress) -> None:
        if progress.bytes_done > 0:
            raise KeyboardInterrupt

    report = api.wait(str(api.request("os-version").id))
    with pytest.raises(KeyboardInterrupt):
        api.download(report, dest=tmp_path / "r.csv", on_progress=interrupt)
    assert list(tmp_path.iterdir()) == []


def test_interrupt_while_waiting_names_the_report(api: Api, sim: RunningSim, tmp_path: Path) -> None:
    def interrupt(progress: reports.ReportProgress) -> None:
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt) as caught:
        api.run("os-version", dest=tmp_path / "r.csv", on_progress=interrupt)
    assert any(first_report_id(sim) in note for note in getattr(caught.value, "__notes__", []))
    assert list(tmp_path.iterdir()) == []


def _truncating_transport(declared: int, body: bytes) -> Callable[[httpx.Request], httpx.Response]:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, headers={"content-length": str(declared)}, stream=httpx.ByteStream(body))

    return handler


def _completed(report_id: str = "r1") -> Report:
    return Report.from_dict(
        {
            "id": report_id,
            "status": "COMPLETED",
            "type": "os-version",
            "artifacts": [{"format": "CSV", "id": "a-csv"}, {"format": "JSON", "id": "a-json"}],
        }
    )


def test_content_length_mismatch_sync(tmp_path: Path) -> None:
    transport = httpx.MockTransport(_truncating_transport(100, b"x" * 40))
    client = connect(api_key="k", base_url="http://jc.test", transport=transport)
    with pytest.raises(reports.DownloadError, match="Content-Length says 100 bytes but 40"):
        reports.download_report(client, _completed(), dest=tmp_path / "r.csv")
    assert list(tmp_path.iterdir()) == []


def test_content_length_mismatch_async(tmp_path: Path) -> None:
    transport = httpx.MockTransport(_truncating_transport(100, b"x" * 140))
    client = connect(api_key="k", base_url="http://jc.test", async_transport=transport)
    with pytest.raises(reports.DownloadError, match="Content-Length says 100 bytes but 140"):
        asyncio.run(reports.download_report_async(client, _completed(), dest=tmp_path / "r.csv"))
    assert list(tmp_path.iterdir()) == []


def test_missing_format_lists_the_available_ones(api: Api, tmp_path: Path) -> None:
    report = api.wait(str(api.request("os-version").id))
    assert not isinstance(report.artifacts, type(None))
    report.artifacts = [a for a in report.artifacts if str(a.format_) == "CSV"]  # type: ignore[union-attr]
    with pytest.raises(reports.FormatNotAvailable, match="no json artifact; available formats: csv") as caught:
        api.download(report, format="json", dest=tmp_path / "r.json")
    assert caught.value.available == ["csv"]
    assert list(tmp_path.iterdir()) == []


def test_download_requires_a_completed_report(api: Api) -> None:
    report = api.request("os-version")
    with pytest.raises(reports.ReportError, match="PENDING, not COMPLETED"):
        api.download(report)


# --------------------------------------------------------------------------- validation
def test_invalid_type_is_rejected_before_any_request(api: Api, sim: RunningSim, tmp_path: Path) -> None:
    with pytest.raises(reports.InvalidReportType, match="did you mean 'users-to-devices'") as caught:
        api.run("users-to-device", dest=tmp_path)
    assert "os-version" in str(caught.value) and isinstance(caught.value, ValueError)
    with pytest.raises(ValueError, match="use one of: csv, json"):
        api.run("os-version", format="xml", dest=tmp_path)
    with pytest.raises(FileNotFoundError, match="does not exist"):
        api.run("os-version", dest=tmp_path / "missing" / "r.csv")
    assert sim.state.requests == []


def test_type_spellings() -> None:
    assert reports.validate_report_type("OS_VERSION") is ReportType.OS_VERSION
    assert reports.validate_report_type("users-account-health") is ReportType.USER_ACCOUNT_HEALTH
    with pytest.raises(reports.InvalidReportType):
        reports.validate_report_type(42)  # type: ignore[arg-type]


# --------------------------------------------------------------------------- memory
def test_200_mb_download_keeps_memory_flat(sim: RunningSim, clock: FakeClock, tmp_path: Path) -> None:
    api = Api("sync", sim, clock)
    report = api.request("users-to-devices")
    sim.state.set_report_size(str(report.id), 200 * 1024 * 1024)
    report = api.wait(str(report.id))
    process = psutil.Process()
    baseline = process.memory_info().rss
    peak = baseline
    done = threading.Event()

    def watch() -> None:
        nonlocal peak
        while not done.is_set():
            peak = max(peak, process.memory_info().rss)
            time.sleep(0.005)

    watcher = threading.Thread(target=watch)
    watcher.start()
    try:
        result = api.download(report, dest=tmp_path / "big.csv")
    finally:
        done.set()
        watcher.join()
    assert result.bytes_written >= 200 * 1024 * 1024 - 1024
    assert peak - baseline < 8 * 1024 * 1024, f"RSS grew {(peak - baseline) / 1e6:.1f} MB"
