"""Directory Insights: event search with search_after paging, count, and the report lifecycle."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from conftest import response_schema

import jcsim

Validate = Callable[[str, dict[str, Any], Any], None]
DI = "/insights/directory/v1"
WINDOW = {"service": ["all"], "start_time": "2026-01-01T00:00:00Z", "end_time": "2026-01-16T00:00:00Z"}


def test_events_search_after_paging_covers_everything_once(client: httpx.Client) -> None:
    total = client.post(DI + "/events/count", json=WINDOW).json()["count"]
    assert total == 300
    seen: list[str] = []
    body: dict[str, Any] = {**WINDOW, "limit": 70, "sort": "DESC"}
    while True:
        response = client.post(DI + "/events", json=body)
        page = response.json()
        assert response.headers["X-Limit"] == "70"
        assert int(response.headers["X-Result-Count"]) == len(page)
        seen += [e["id"] for e in page]
        if len(page) < 70:
            break
        after = json.loads(response.headers["X-Search_after"])
        assert isinstance(after, list) and after[1] == page[-1]["id"]
        body["search_after"] = after
    assert len(seen) == len(set(seen)) == total
    full = client.post(DI + "/events", json={**WINDOW, "limit": 1000, "sort": "DESC"}).json()
    assert [e["id"] for e in full] == seen
    assert [e["timestamp"] for e in full] == sorted((e["timestamp"] for e in full), reverse=True)


def test_events_filters_by_service_and_projects_fields(client: httpx.Client) -> None:
    sso = client.post(DI + "/events", json={**WINDOW, "service": ["sso"], "fields": ["id", "service"]}).json()
    assert sso and all(e.keys() == {"id", "service"} and e["service"] == "sso" for e in sso)
    distinct = client.post(DI + "/events/distinct", json={**WINDOW, "field": "service"}).json()
    assert sum(b["doc_count"] for b in distinct["buckets"]) == 300
    assert (
        client.post(DI + "/events", json={"service": ["bogus"], "start_time": WINDOW["start_time"]}).status_code == 400
    )
    assert client.post(DI + "/events", json={"service": ["all"]}).status_code == 400  # start_time required


def _poll_until(client: httpx.Client, report_id: str, terminal: set[str]) -> list[str]:
    statuses = []
    for _ in range(10):
        listing = client.get(DI + "/reports", params={"sort": "-CREATED_AT"}).json()
        status = next(r for r in listing if r["id"] == report_id)["status"]
        statuses.append(status)
        if status in terminal:
            break
    return statuses


def test_report_lifecycle_to_completed_and_download(
    sim: jcsim.RunningSim, client: httpx.Client, validate: Validate
) -> None:
    created = client.post(DI + "/reports/users-to-devices")
    assert created.status_code == 202
    report = created.json()
    validate("insights", response_schema("insights", "post", "/reports/{report_type}", "202"), report)
    assert report["status"] == "PENDING" and report["artifacts"] == []
    assert _poll_until(client, report["id"], {"COMPLETED", "FAILED"}) == ["IN_PROGRESS", "COMPLETED"]
    listing = client.get(DI + "/reports").json()
    validate("insights", response_schema("insights", "get", "/reports"), listing)
    done = next(r for r in listing if r["id"] == report["id"])
    assert sorted(a["format"] for a in done["artifacts"]) == ["CSV", "JSON"]
    for artifact in done["artifacts"]:
        url = f"{DI}/reports/{report['id']}/artifacts/{artifact['id']}/content"
        response = client.get(url)
        assert response.status_code == 200
        assert int(response.headers["content-length"]) == len(response.content)
        if artifact["format"] == "CSV":
            assert response.headers["content-type"].startswith("text/csv")
            lines = response.text.splitlines()
            assert lines[0].startswith("user_id,username,email") and len(lines) == 101
        else:
            assert response.headers["content-type"].startswith("application/json")
            assert len(response.json()) == 100
    missing = client.get(f"{DI}/reports/{report['id']}/artifacts/nope/content")
    assert missing.status_code == 404
    assert isinstance(sim.state.clock, jcsim.SimClock)
    sim.state.clock.advance(8 * 86400)
    assert _poll_until(client, report["id"], {"DELETED"}) == ["DELETED"]
    assert client.get(f"{DI}/reports/{report['id']}/artifacts/{done['artifacts'][0]['id']}/content").status_code == 404


def test_report_failures_and_bad_type(sim: jcsim.RunningSim, client: httpx.Client) -> None:
    sim.state.report_fail_types.add("os-version")
    failing = client.post(DI + "/reports/os-version").json()
    assert _poll_until(client, failing["id"], {"COMPLETED", "FAILED"}) == ["IN_PROGRESS", "FAILED"]
    httpx.post(sim.url + "/_sim/knobs", json={"fail_next_reports": 1}).raise_for_status()
    knob = client.post(DI + "/reports/users-to-user-groups").json()
    assert _poll_until(client, knob["id"], {"COMPLETED", "FAILED"})[-1] == "FAILED"
    assert client.post(DI + "/reports/not-a-report").status_code == 400
    assert client.get(DI + "/reports", params={"sort": "SIZE"}).status_code == 400


@pytest.mark.parametrize("size", [5_000_000])
def test_large_artifact_streams_with_exact_length(sim: jcsim.RunningSim, client: httpx.Client, size: int) -> None:
    httpx.post(sim.url + "/_sim/knobs", json={"report_size_bytes": size}).raise_for_status()
    report = client.post(DI + "/reports/software-inventory").json()
    _poll_until(client, report["id"], {"COMPLETED"})
    done = next(r for r in client.get(DI + "/reports").json() if r["id"] == report["id"])
    csv_id = next(a["id"] for a in done["artifacts"] if a["format"] == "CSV")
    received = 0
    with client.stream("GET", f"{DI}/reports/{report['id']}/artifacts/{csv_id}/content") as response:
        declared = int(response.headers["content-length"])
        for chunk in response.iter_bytes():
            received += len(chunk)
    assert received == declared
    assert size - 200 < declared <= size
