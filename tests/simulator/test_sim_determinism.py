"""Same seed, same bytes; different seed, different data; control routes and the runner."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import httpx

import jcsim

DI = "/insights/directory/v1"
WINDOW = {"service": ["all"], "start_time": "2026-01-01T00:00:00Z", "limit": 50}


def transcript(seed: int) -> list[bytes]:
    """The raw bodies of a fixed scenario against a fresh simulator."""
    out: list[bytes] = []
    with jcsim.serve(jcsim.SimState(seed=seed)) as sim:
        with httpx.Client(base_url=sim.url, headers={"x-api-key": jcsim.DEFAULT_API_KEY}) as c:
            out.append(c.get("/api/systemusers", params={"limit": 100}).content)
            out.append(c.get("/api/systems").content)
            out.append(c.get("/api/v2/usergroups").content)
            job = c.post("/api/v2/bulk/users", json=[{"username": "d.x", "email": "d.x@example.com"}]).json()
            out.append(repr(job).encode())
            for _ in range(2):
                out.append(c.get(f"/api/v2/bulk/users/{job['jobId']}/results").content)
            out.append(c.post(DI + "/events", json=WINDOW).content)
            report = c.post(DI + "/reports/os-version").json()
            for _ in range(2):
                out.append(c.get(DI + "/reports").content)
            listing = c.get(DI + "/reports").json()
            (mine,) = [r for r in listing if r["id"] == report["id"]]
            artifact = mine["artifacts"][0]["id"]
            out.append(c.get(f"{DI}/reports/{report['id']}/artifacts/{artifact}/content").content)
    return out


def test_same_seed_gives_identical_bytes() -> None:
    first, second = transcript(7), transcript(7)
    assert first == second
    assert transcript(8)[0] != first[0]


def test_control_routes(sim: jcsim.RunningSim, client: httpx.Client) -> None:
    assert httpx.get(sim.url + "/_sim/health").json()["ok"] is True
    before = sim.state.clock()
    moved = httpx.post(sim.url + "/_sim/clock/advance", json={"seconds": 90}).json()
    assert (sim.state.clock() - before).total_seconds() == 90 and moved["now"].endswith("Z")
    assert httpx.post(sim.url + "/_sim/users", json={"count": 5}).status_code == 201
    assert client.get("/api/systemusers").json()["totalCount"] == 30
    knobs = httpx.post(sim.url + "/_sim/knobs", json={"records_per_step": 10}).json()
    assert knobs["records_per_step"] == 10 and sim.state.records_per_step == 10
    assert httpx.delete(sim.url + "/_sim/requests").status_code == 204
    assert httpx.get(sim.url + "/_sim/requests").json() == []
    assert httpx.post(sim.url + "/_sim/reset").status_code == 204
    assert sim.state.clock() == before
    assert client.get("/api/systemusers").json()["totalCount"] == 25


def test_python_m_jcsim_serves(tmp_path: Path) -> None:
    with jcsim.serve() as probe:  # find a free port, then release it
        port = int(probe.url.rsplit(":", 1)[1])
    proc = subprocess.Popen(
        [sys.executable, "-m", "jcsim", "--port", str(port)],
        cwd=Path(jcsim.__file__).parents[1],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 10
        while True:
            try:
                response = httpx.get(f"http://127.0.0.1:{port}/_sim/health")
                break
            except httpx.TransportError:
                assert time.monotonic() < deadline, "python -m jcsim did not start"
                time.sleep(0.05)
        assert response.json()["seed"] == 0
    finally:
        proc.terminate()
        proc.wait(10)
