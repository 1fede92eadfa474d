"""The ``jcapi`` command line (``python -m jcapi_insights``) as a subprocess against a served simulator:
exit codes, progress with and without a terminal, ``--json`` documents, and no key in any output."""

from __future__ import annotations

import io
import json
import os
import pty
import select
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from _sim import reset, served

import jcapi_cli as cli
import jcsim
from jcsim import data
from jcsim.server import RunningSim

KEY = jcsim.DEFAULT_API_KEY
REPORTS_PATH = "/insights/directory/v1/reports"


@pytest.fixture(scope="module")
def running() -> Iterator[RunningSim]:
    with served() as sim:
        yield sim


@pytest.fixture
def sim(running: RunningSim) -> RunningSim:
    return reset(running)


def environment(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("JUMPCLOUD_")}
    env["JUMPCLOUD_API_KEY"] = KEY
    env.update(extra)
    return env


def jcapi(
    *args: str, cwd: Path, env: dict[str, str] | None = None, timeout: float = 30
) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(
        [sys.executable, "-m", "jcapi_cli", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        env=env or environment(),
        timeout=timeout,
    )
    assert KEY not in result.stdout + result.stderr
    return result


def report_args(sim: RunningSim, *args: str) -> list[str]:
    return ["report", *args, "--poll-interval", "0.05", "--base-url", sim.url + "/insights/directory/v1"]


def bulk_args(sim: RunningSim, *args: str) -> list[str]:
    return ["bulk-users", *args, "--poll-interval", "0.05", "--base-url", sim.url + "/api/v2"]


def keep_first_report_pending(sim: RunningSim) -> str:
    """Make the listing show the first report (its id is seeded) as PENDING for a long while."""
    report_id = data.object_id(sim.state.seed, "report", 0)
    body = json.dumps([{"id": report_id, "status": "PENDING", "type": "os-version"}])
    sim.state.faults.add("status", status=200, body=body, times=10_000, path_prefix=REPORTS_PATH, method="GET")
    return report_id


# --------------------------------------------------------------------------- report
def test_report_success_plain_progress(sim: RunningSim, tmp_path: Path) -> None:
    result = jcapi(*report_args(sim, "users-to-devices", "--format", "csv", "-o", "out.csv"), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "out.csv").read_bytes().startswith(b"user_id,")
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert "\r" not in result.stderr
    assert any("IN_PROGRESS" in line for line in lines) and any("COMPLETED" in line for line in lines)
    assert lines[-1].startswith("saved ") and "out.csv" in lines[-1]


def test_report_json_document(sim: RunningSim, tmp_path: Path) -> None:
    result = jcapi(*report_args(sim, "os-version", "--format", "json", "-o", ".", "--json"), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    doc = json.loads(result.stdout)
    assert doc["ok"] is True and doc["format"] == "json" and doc["status"] == "COMPLETED"
    path = Path(doc["path"])
    assert path.parent == tmp_path and path.stat().st_size == doc["bytes"]
    json.loads(path.read_bytes())


def test_report_progress_on_a_terminal(sim: RunningSim, tmp_path: Path) -> None:
    master, replica = pty.openpty()
    proc = subprocess.Popen(
        [sys.executable, "-m", "jcapi_cli", *report_args(sim, "os-version", "-o", "r.csv", "--json")],
        stdout=subprocess.PIPE,
        stderr=replica,
        cwd=tmp_path,
        env=environment(),
    )
    os.close(replica)
    received = b""
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        ready, _, _ = select.select([master], [], [], 0.5)
        if not ready:
            if proc.poll() is not None:
                break
            continue
        try:
            chunk = os.read(master, 65536)
        except OSError:  # EIO: the child closed the terminal
            break
        if not chunk:
            break
        received += chunk
    os.close(master)
    stdout = proc.stdout.read() if proc.stdout else b""
    assert proc.wait(10) == 0
    text = received.decode()
    assert "\r\x1b[2K" in text  # one line, rewritten in place
    assert "COMPLETED" in text and "saved " in text
    assert KEY not in text
    assert json.loads(stdout)["ok"] is True


def test_invalid_type_exits_2_before_any_request(sim: RunningSim, tmp_path: Path) -> None:
    result = jcapi(*report_args(sim, "users-to-nowhere", "-o", "x.csv"), cwd=tmp_path)
    assert result.returncode == cli.EXIT_USAGE
    assert len(result.stderr.strip().splitlines()) == 1
    assert "unknown report type 'users-to-nowhere'" in result.stderr and "os-version" in result.stderr
    assert sim.state.requests == []


def test_missing_key_exits_2(sim: RunningSim, tmp_path: Path) -> None:
    env = environment()
    del env["JUMPCLOUD_API_KEY"]
    result = jcapi(*report_args(sim, "os-version", "-o", "x.csv", "--json"), cwd=tmp_path, env=env)
    assert result.returncode == cli.EXIT_USAGE
    assert "JUMPCLOUD_API_KEY" in result.stderr
    assert json.loads(result.stdout)["exit_code"] == cli.EXIT_USAGE
    assert sim.state.requests == []


def service_account_environment() -> dict[str, str]:
    env = environment(JUMPCLOUD_CLIENT_ID=jcsim.DEFAULT_CLIENT_ID, JUMPCLOUD_CLIENT_SECRET=jcsim.DEFAULT_CLIENT_SECRET)
    del env["JUMPCLOUD_API_KEY"]
    return env


def test_a_service_account_from_the_environment_runs_a_report_and_a_bulk_job(sim: RunningSim, tmp_path: Path) -> None:
    env = service_account_environment()
    result = jcapi(*report_args(sim, "os-version", "-o", "x.csv", "--json"), cwd=tmp_path, env=env)
    assert result.returncode == 0, result.stderr
    users = tmp_path / "users.json"
    users.write_text(json.dumps([{"email": "svc.made@example.com", "username": "svc.made"}]))
    result = jcapi(*bulk_args(sim, "create", str(users), "--json"), cwd=tmp_path, env=env)
    assert result.returncode == 0, result.stderr
    assert sim.state.tokens_issued == 2  # one per command
    assert jcsim.DEFAULT_CLIENT_SECRET not in result.stdout + result.stderr


def test_a_key_and_a_service_account_together_exit_2(sim: RunningSim, tmp_path: Path) -> None:
    env = service_account_environment()
    env["JUMPCLOUD_API_KEY"] = KEY
    result = jcapi(*report_args(sim, "os-version", "-o", "x.csv", "--json"), cwd=tmp_path, env=env)
    assert result.returncode == cli.EXIT_USAGE
    assert "JUMPCLOUD_CLIENT_ID" in result.stderr and jcsim.DEFAULT_CLIENT_SECRET not in result.stderr
    assert sim.state.requests == []


def test_failed_report_exits_1(sim: RunningSim, tmp_path: Path) -> None:
    sim.state.fail_next_reports = 1
    result = jcapi(*report_args(sim, "os-version", "-o", "x.csv", "--json"), cwd=tmp_path)
    assert result.returncode == cli.EXIT_FAILED
    assert "FAILED" in result.stderr.splitlines()[-1]
    doc = json.loads(result.stdout)
    assert doc["ok"] is False and doc["report_id"]
    assert list(tmp_path.iterdir()) == []


def test_timeout_exits_4_with_the_id_then_resume(sim: RunningSim, tmp_path: Path) -> None:
    report_id = keep_first_report_pending(sim)
    args = report_args(sim, "os-version", "-o", "x.csv", "--timeout", "0.3", "--json")
    result = jcapi(*args, cwd=tmp_path)
    assert result.returncode == cli.EXIT_TIMEOUT
    assert f"--resume {report_id}" in result.stderr.splitlines()[-1]
    assert json.loads(result.stdout)["report_id"] == report_id
    assert list(tmp_path.iterdir()) == []

    sim.state.faults.clear()
    resumed = jcapi(*report_args(sim, "--resume", report_id, "-o", "x.csv"), cwd=tmp_path)
    assert resumed.returncode == 0, resumed.stderr
    assert (tmp_path / "x.csv").stat().st_size > 0
    assert len(sim.state.requests_to("POST", REPORTS_PATH + "/os-version")) == 1  # not requested twice


def test_ctrl_c_while_waiting_exits_130_and_leaves_nothing(sim: RunningSim, tmp_path: Path) -> None:
    report_id = keep_first_report_pending(sim)
    proc = subprocess.Popen(
        [sys.executable, "-m", "jcapi_cli", *report_args(sim, "os-version", "-o", "x.csv")],
        stderr=subprocess.PIPE,
        text=True,
        cwd=tmp_path,
        env=environment(),
    )
    assert proc.stderr is not None
    for line in proc.stderr:
        if "PENDING" in line:
            break
    proc.send_signal(signal.SIGINT)
    rest = proc.stderr.read()
    assert proc.wait(10) == cli.EXIT_INTERRUPTED
    assert f"--resume {report_id}" in rest
    assert list(tmp_path.iterdir()) == []


def test_usage_errors(sim: RunningSim, tmp_path: Path) -> None:
    assert jcapi("report", "-o", "x.csv", cwd=tmp_path).returncode == cli.EXIT_USAGE  # no type
    no_folder = jcapi(*report_args(sim, "os-version", "-o", "missing/x.csv"), cwd=tmp_path)
    assert no_folder.returncode == cli.EXIT_USAGE and "does not exist" in no_folder.stderr
    assert jcapi("report", "os-version", "--format", "xml", "-o", "x", cwd=tmp_path).returncode == cli.EXIT_USAGE


# --------------------------------------------------------------------------- bulk-users
def test_bulk_create_csv_partial_failure_exits_3(sim: RunningSim, tmp_path: Path) -> None:
    (tmp_path / "users.csv").write_text(
        "username,email,firstname,suspended\nann,ann@example.com,Ann,false\nbob,bob@example.com,,\nbad,not-an-email,,\n"
    )
    result = jcapi(*bulk_args(sim, "create", "users.csv", "--suppress-email", "--json"), cwd=tmp_path)
    assert result.returncode == cli.EXIT_PARTIAL, result.stderr
    doc = json.loads(result.stdout)
    assert (doc["ok"], doc["total"], doc["succeeded"], doc["failed"]) == (False, 3, 2, 1)
    assert "failed: bad: invalid email" in result.stderr
    assert "1 of 3 records failed" in result.stderr.splitlines()[-1]
    created = {u["username"]: u for u in sim.state.users.values()}
    assert created["ann"]["firstname"] == "Ann" and created["ann"].get("suspended") is False


def test_bulk_batch_size_splits_the_file_into_jobs(sim: RunningSim, tmp_path: Path) -> None:
    rows = "".join(f"u{i},u{i}@example.com\n" for i in range(5))
    (tmp_path / "users.csv").write_text("username,email\n" + rows)
    result = jcapi(*bulk_args(sim, "create", "users.csv", "--batch-size", "2", "--json"), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    doc = json.loads(result.stdout)
    assert doc["total"] == doc["succeeded"] == 5 and len(doc["job_id"].split(",")) == 3
    assert len(sim.state.requests_to("POST", "/api/v2/bulk/users")) == 3
    zero = jcapi(*bulk_args(sim, "create", "users.csv", "--batch-size", "0", "--json"), cwd=tmp_path)
    assert zero.returncode == cli.EXIT_USAGE and "--batch-size must be 1 or more" in json.loads(zero.stdout)["error"]


def test_bulk_update_json_success_exits_0(sim: RunningSim, tmp_path: Path) -> None:
    ids = list(sim.state.users)[:2]
    (tmp_path / "changes.json").write_text(json.dumps({"users": [{"id": i, "department": "Ops"} for i in ids]}))
    result = jcapi(*bulk_args(sim, "update", "changes.json"), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "all 2 records succeeded" in result.stderr
    assert all(sim.state.users[i]["department"] == "Ops" for i in ids)


def test_bulk_bad_input_exits_2(sim: RunningSim, tmp_path: Path) -> None:
    missing = jcapi(*bulk_args(sim, "create", "nope.csv"), cwd=tmp_path)
    assert missing.returncode == cli.EXIT_USAGE and "cannot read" in missing.stderr
    (tmp_path / "noid.json").write_text('[{"firstname": "x"}]')
    noid = jcapi(*bulk_args(sim, "update", "noid.json"), cwd=tmp_path)
    assert noid.returncode == cli.EXIT_USAGE and "user 1: no id" in noid.stderr
    assert sim.state.requests == []


def test_bulk_without_jcapiv2_says_how_to_install(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setitem(sys.modules, "jcapiv2", None)  # import jcapiv2 now fails
    out, err = io.StringIO(), io.StringIO()
    code = cli.main(["bulk-users", "create", str(tmp_path / "u.csv"), "--json"], stdout=out, stderr=err)
    assert code == cli.EXIT_USAGE
    assert "needs the jcapiv2 package" in err.getvalue() and "pip install" in err.getvalue()
    assert json.loads(out.getvalue())["ok"] is False


def test_a_csv_with_a_multiline_cell_and_u2028_creates_exactly_its_users(sim: RunningSim, tmp_path: Path) -> None:
    users = tmp_path / "u.csv"
    users.write_text(
        'email,username,description\nann@example.com,ann,"two\nlines"\nbob@example.com,bob,one\u2028cell\n',
        newline="",
    )
    result = jcapi(*bulk_args(sim, "create", str(users), "--json"), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    doc = json.loads(result.stdout)
    assert len(doc["records"]) == 2 and {r["username"] for r in doc["records"]} == {"ann", "bob"}


@pytest.mark.parametrize(
    ("content", "extra", "message"),
    [
        ("email,username,lastname\nzoe@example.com,zoe,Bront\xeb\n".encode("latin-1"), [], "encoding latin-1"),
        (b"email;username\nann@example.com\n", [], "no username"),
        (b"email,username,unix_uid\nann@example.com,ann,abc\n", [], "'abc' is not a whole number"),
        (b"email,username\nann@example.com,ann,extra\n", [], "extra: 'extra'"),
        (b"email,email\na@example.com,b@example.com\n", [], "appears twice"),
        (b"email,username\nann@example.com,ann\n", ["--delimiter", "ab"], "--delimiter must be one character"),
    ],
    ids=["latin-1", "no-username", "wrong-type", "extra-cell", "duplicate-header", "bad-delimiter"],
)
def test_bad_users_files_exit_2_with_json_before_any_request(
    sim: RunningSim, tmp_path: Path, content: bytes, extra: list[str], message: str
) -> None:
    (tmp_path / "u.csv").write_bytes(content)
    result = jcapi(*bulk_args(sim, "create", "u.csv", "--json", *extra), cwd=tmp_path)
    assert result.returncode == cli.EXIT_USAGE and message in result.stderr, result.stderr
    assert json.loads(result.stdout)["exit_code"] == cli.EXIT_USAGE
    assert sim.state.requests == []


def test_a_latin1_file_is_read_with_encoding(sim: RunningSim, tmp_path: Path) -> None:
    (tmp_path / "u.csv").write_bytes("email,username,lastname\nzoe@example.com,zoe,Bront\xeb\n".encode("latin-1"))
    result = jcapi(*bulk_args(sim, "create", "u.csv", "--json", "--encoding", "latin-1"), cwd=tmp_path)
    assert result.returncode == 0, result.stderr


@pytest.mark.parametrize(
    "args",
    [["report"], ["report", "os-version", "--json"], ["nope", "--json"], ["bulk-users", "explode", "x", "--json"]],
)
def test_usage_errors_with_json_print_one_json_document(sim: RunningSim, tmp_path: Path, args: list[str]) -> None:
    result = jcapi(*args, cwd=tmp_path)
    assert result.returncode == cli.EXIT_USAGE
    assert "usage:" in result.stderr and "error:" in result.stderr
    if "--json" in args:
        doc = json.loads(result.stdout)
        assert doc["ok"] is False and doc["exit_code"] == cli.EXIT_USAGE and doc["error"]


def test_a_space_in_the_api_key_exits_2_with_the_fix(sim: RunningSim, tmp_path: Path) -> None:
    env = environment(JUMPCLOUD_API_KEY="abc def")
    result = jcapi(*report_args(sim, "os-version", "-o", "x.csv", "--json"), cwd=tmp_path, env=env)
    assert result.returncode == cli.EXIT_USAGE and "whitespace" in result.stderr
    assert json.loads(result.stdout)["exit_code"] == cli.EXIT_USAGE
    assert "Traceback" not in result.stderr


def test_version_and_help_list_what_a_user_needs(tmp_path: Path) -> None:
    version = jcapi("--version", cwd=tmp_path)
    assert version.returncode == 0 and version.stdout.startswith("jcapi ") and "jcapi_insights" in version.stdout
    report_help = jcapi("report", "--help", cwd=tmp_path).stdout
    assert "users-to-devices" in report_help and "csv, json" in report_help
    bulk_help = jcapi("bulk-users", "--help", cwd=tmp_path).stdout
    assert "unix_uid" in bulk_help and "--encoding" in bulk_help and "--delimiter" in bulk_help
