"""v2 groups, graph routes (API-key access) and bulk user jobs."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx
from conftest import response_schema

import jcsim

Validate = Callable[[str, dict[str, Any], Any], None]


def test_group_lists_are_bare_arrays_with_total(client: httpx.Client, validate: Validate) -> None:
    for path in ("/usergroups", "/systemgroups"):
        response = client.get("/api/v2" + path, params={"limit": 2, "skip": 1})
        body = response.json()
        assert isinstance(body, list) and len(body) == 2
        validate("v2", response_schema("v2", "get", path), body)
        total = int(response.headers["x-total-count"])
        assert total >= 3
        one = client.get(f"/api/v2{path}/{body[0]['id']}").json()
        assert one == body[0]
    named = client.get("/api/v2/usergroups", params={"filter": "name:eq:Finance"}).json()
    assert [g["name"] for g in named] == ["Finance"]


def test_graph_routes_with_api_key(sim: jcsim.RunningSim, client: httpx.Client, validate: Validate) -> None:
    system_id = next(iter(sim.state.systems))
    base = f"/api/v2/systems/{system_id}"
    memberof = client.get(base + "/memberof").json()
    validate("v2", response_schema("v2", "get", "/systems/{system_id}/memberof"), memberof)
    assert [m["type"] for m in memberof] == ["system_group"]
    users = client.get(base + "/users", params={"limit": 100}).json()
    validate("v2", response_schema("v2", "get", "/systems/{system_id}/users"), users)
    assert users and all(u["type"] == "user" and u["paths"] for u in users)
    groups = client.get(base + "/usergroups").json()
    validate("v2", response_schema("v2", "get", "/systems/{system_id}/usergroups"), groups)
    assoc = client.get(base + "/associations", params={"targets": "user"}).json()
    validate("v2", response_schema("v2", "get", "/systems/{system_id}/associations"), assoc)
    assert client.get(base + "/associations").status_code == 400  # targets is required
    new_user = list(sim.state.users)[-1]
    add = client.post(base + "/associations", json={"op": "add", "type": "user", "id": new_user})
    assert add.status_code == 204
    after = client.get(base + "/associations", params={"targets": "user"}).json()
    assert {"to": {"id": new_user, "type": "user", "attributes": None}, "attributes": None} in after


def _run_job(client: httpx.Client, path: str, job_id: str, polls: int = 20) -> list[list[dict[str, Any]]]:
    history = []
    for _ in range(polls):
        results = client.get(path.format(job_id=job_id), params={"limit": 100}).json()
        history.append(results)
        if all(r["status"] != "pending" for r in results):
            break
    return history


def test_bulk_create_progresses_to_finished_and_failed(
    sim: jcsim.RunningSim, client: httpx.Client, validate: Validate
) -> None:
    taken = next(iter(sim.state.users.values()))["email"]
    users = [
        {"username": "bulk.one", "email": "bulk.one@example.com", "firstname": "Bulk"},
        {"username": "bulk.two", "email": "not-an-email"},
        {"username": "bulk.three", "email": taken},
        {"username": "bulk.four", "email": "bulk.four@example.com"},
    ]
    response = client.post(
        "/api/v2/bulk/users",
        params={"suppressEmail": "true"},
        headers={"creation-source": "jumpcloud:scim"},
        json=users,
    )
    assert response.status_code == 201  # as JumpCloud's description documents
    validate("v2", response_schema("v2", "post", "/bulk/users"), response.json())
    job_id = response.json()["jobId"]
    history = _run_job(client, "/api/v2/bulk/users/{job_id}/results", job_id)
    validate("v2", response_schema("v2", "get", "/bulk/users/{job_id}/results"), history[-1])
    assert [r["status"] for r in history[0]] == ["pending"] * 4
    assert [r["status"] for r in history[1]] == ["finished", "failed", "pending", "pending"]  # 2 per step
    final = history[-1]
    assert len(history) == 3
    assert [r["status"] for r in final] == ["finished", "failed", "failed", "finished"]
    assert "invalid email" in final[1]["statusMsg"]
    assert "already in use" in final[2]["statusMsg"]
    created = sim.state.users[final[0]["persistedFields"]["id"]]
    assert created["username"] == "bulk.one" and created["creationSource"] == "jumpcloud:scim"
    assert all(r["createdAt"].endswith("Z") for r in final)
    details = client.get(f"/api/v2/jobs/{job_id}").json()
    assert details["id"] == job_id and details["status"] == "finished" and details["workUnitsCount"] == 4


def test_bulk_update_and_jobs_routes(sim: jcsim.RunningSim, client: httpx.Client) -> None:
    sim.state.records_per_step = 1
    uid = next(iter(sim.state.users))
    body = [{"id": uid, "department": "Bulk Dept"}, {"id": "ffffffffffffffffffffffff", "department": "x"}]
    job_id = client.patch("/api/v2/bulk/users", json=body).json()["jobId"]
    assert client.get(f"/api/v2/jobs/{job_id}").json()["status"] == "pending"
    assert client.get(f"/api/v2/jobs/{job_id}").json()["status"] == "in_progress"
    history = _run_job(client, "/api/v2/jobs/{job_id}/results", job_id)
    assert [r["status"] for r in history[-1]] == ["finished", "failed"]
    assert "not found" in history[-1][1]["statusMsg"]
    assert sim.state.users[uid]["department"] == "Bulk Dept"
    page = client.get(f"/api/v2/jobs/{job_id}/results", params={"limit": 1, "skip": 1})
    assert len(page.json()) == 1 and page.headers["x-total-count"] == "2"
    assert client.get(f"/api/v2/jobs/{job_id}/results", params={"limit": 101}).status_code == 400
    assert client.get("/api/v2/jobs/000000000000000000000000/results").status_code == 404
    assert client.post("/api/v2/bulk/users", json={"not": "a list"}).status_code == 400
