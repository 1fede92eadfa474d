"""Every fault kind, observed from a raw httpx client."""

from __future__ import annotations

import json
import time

import httpx
import pytest

import jcsim

USERS = "/api/systemusers"
pytestmark = pytest.mark.faults


def test_status_with_retry_after_seconds_then_recovers(sim: jcsim.RunningSim, client: httpx.Client) -> None:
    sim.state.faults.add("status", status=429, retry_after=2, times=2, path_prefix=USERS)
    first, second, third = (client.get(USERS) for _ in range(3))
    assert first.status_code == second.status_code == 429
    assert first.headers["retry-after"] == "2"
    assert third.status_code == 200
    assert len(sim.state.requests_to("GET", USERS)) == 3


@pytest.mark.parametrize("status", [500, 502, 503, 504])
def test_status_codes_match_method_and_prefix(sim: jcsim.RunningSim, client: httpx.Client, status: int) -> None:
    sim.state.faults.add("status", status=status, method="POST", path_prefix="/api/v2/bulk")
    assert client.get("/api/v2/usergroups").status_code == 200
    assert client.post("/api/v2/bulk/users", json=[]).status_code == status
    assert client.post("/api/v2/bulk/users", json=[]).status_code == 201


def test_retry_after_http_date(sim: jcsim.RunningSim, client: httpx.Client) -> None:
    date = "Thu, 15 Jan 2026 12:00:05 GMT"
    sim.state.faults.add("status", status=503, retry_after=date)
    response = client.get(USERS)
    assert response.status_code == 503 and response.headers["retry-after"] == date


def test_slow_delays_then_answers(sim: jcsim.RunningSim, client: httpx.Client) -> None:
    sim.state.faults.add("slow", delay=0.3)
    started = time.monotonic()
    assert client.get(USERS).status_code == 200
    assert time.monotonic() - started >= 0.3
    with pytest.raises(httpx.ReadTimeout):
        sim.state.faults.add("slow", delay=0.5)
        client.get(USERS, timeout=0.1)


def test_reset_before_is_a_connection_error(sim: jcsim.RunningSim, client: httpx.Client) -> None:
    sim.state.faults.add("reset_before", path_prefix=USERS)
    with pytest.raises(httpx.TransportError) as caught:
        client.get(USERS)
    assert isinstance(caught.value, httpx.ReadError | httpx.RemoteProtocolError)
    assert client.get(USERS).status_code == 200  # the client recovers on a new connection


def test_reset_mid_body_delivers_headers_then_drops(sim: jcsim.RunningSim, client: httpx.Client) -> None:
    sim.state.faults.add("reset_mid_body")
    with client.stream("GET", USERS) as response:
        assert response.status_code == 200
        with pytest.raises(httpx.RemoteProtocolError):
            response.read()
    assert client.get(USERS).status_code == 200


def test_malformed_json_and_wrong_content_type(sim: jcsim.RunningSim, client: httpx.Client) -> None:
    sim.state.faults.add("malformed_json")
    broken = client.get(USERS)
    assert broken.status_code == 200 and broken.headers["content-type"] == "application/json"
    with pytest.raises(json.JSONDecodeError):
        broken.json()
    sim.state.faults.add("wrong_content_type")
    html = client.get(USERS)
    assert html.status_code == 200 and html.headers["content-type"].startswith("text/html")
    assert html.text.startswith("<html>")


def test_faults_through_control_routes(sim: jcsim.RunningSim, client: httpx.Client) -> None:
    added = httpx.post(sim.url + "/_sim/faults", json={"kind": "status", "status": 502, "times": 3})
    assert added.status_code == 201
    assert httpx.get(sim.url + "/_sim/faults").json()[0]["times"] == 3
    assert client.get(USERS).status_code == 502
    assert httpx.delete(sim.url + "/_sim/faults").status_code == 204
    assert client.get(USERS).status_code == 200
    assert httpx.post(sim.url + "/_sim/faults", json={"kind": "explode"}).status_code == 400
