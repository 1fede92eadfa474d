"""API-key and x-org-id checks, and the request log."""

from __future__ import annotations

import httpx
import pytest

import jcsim


@pytest.mark.parametrize("path", ["/api/systemusers", "/api/v2/usergroups", "/insights/directory/v1/reports"])
def test_missing_and_wrong_key_are_401(sim: jcsim.RunningSim, path: str) -> None:
    no_key = httpx.get(sim.url + path)
    wrong = httpx.get(sim.url + path, headers={"x-api-key": "not-a-key"})
    assert no_key.status_code == wrong.status_code == 401
    assert "Unauthorized" in wrong.json()["message"]


def test_single_tenant_key_works_with_and_without_its_org(sim: jcsim.RunningSim) -> None:
    headers = {"x-api-key": jcsim.DEFAULT_API_KEY}
    assert httpx.get(sim.url + "/api/systemusers", headers=headers).status_code == 200
    with_org = {**headers, "x-org-id": jcsim.DEFAULT_ORG_ID}
    assert httpx.get(sim.url + "/api/systemusers", headers=with_org).status_code == 200


@pytest.mark.parametrize(
    ("org", "status"),
    [(None, 401), ("not-an-org-id", 400), ("aaaaaaaaaaaaaaaaaaaaaaaa", 404), (jcsim.MSP_ORG_IDS[1], 200)],
)
def test_multi_tenant_key_needs_a_known_org(sim: jcsim.RunningSim, org: str | None, status: int) -> None:
    headers = {"x-api-key": jcsim.MSP_API_KEY}
    if org is not None:
        headers["x-org-id"] = org
    response = httpx.get(sim.url + "/api/v2/systemgroups", headers=headers)
    assert response.status_code == status
    if status != 200:
        assert response.json()["message"]


def test_request_log_records_each_request_once_with_secrets_redacted(
    sim: jcsim.RunningSim, client: httpx.Client
) -> None:
    response = client.post("/api/systemusers", json={"username": "newbie", "email": "newbie@example.com"})
    assert response.status_code == 200
    posts = sim.state.requests_to("POST", "/api/systemusers")
    assert len(posts) == 1
    assert posts[0].headers["x-api-key"] == "<redacted>"
    assert jcsim.DEFAULT_API_KEY not in repr(sim.state.requests)
    log = httpx.get(sim.url + "/_sim/requests").json()
    assert [(r["method"], r["path"]) for r in log] == [("POST", "/api/systemusers")]
