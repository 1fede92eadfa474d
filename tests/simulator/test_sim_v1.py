"""v1 system users and systems: paging, limit errors, filter, sort, fields, CRUD, schemas."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx
from conftest import response_schema

import jcsim

Validate = Callable[[str, dict[str, Any], Any], None]


def test_list_matches_schema_and_counts(client: httpx.Client, validate: Validate) -> None:
    response = client.get("/api/systemusers")
    body = response.json()
    assert response.status_code == 200
    assert body["totalCount"] == 25 and response.headers["x-total-count"] == "25"
    assert len(body["results"]) == 10  # default limit
    validate("v1", response_schema("v1", "get", "/systemusers"), body)
    assert all(len(u["_id"]) == 24 and u["email"].endswith("@example.com") for u in body["results"])


def test_paging_with_sort_id_visits_every_user_once(sim: jcsim.RunningSim, client: httpx.Client) -> None:
    sim.state.add_users(10_000)
    seen: list[str] = []
    skip = 0
    while skip < 400:
        page = client.get("/api/systemusers", params={"limit": 100, "skip": skip, "sort": "_id"}).json()
        seen += [u["_id"] for u in page["results"]]
        skip += 100
    assert page["totalCount"] == 10_025
    assert len(seen) == len(set(seen)) == 400
    assert seen == sorted(seen)
    last = client.get("/api/systemusers", params={"limit": 100, "skip": 10_000}).json()
    assert len(last["results"]) == 25


def test_limit_over_100_is_rejected(client: httpx.Client) -> None:
    response = client.get("/api/systemusers", params={"limit": 101})
    assert response.status_code == 400
    assert response.json() == {"message": 'request parameter "limit" exceeds maximum value of 100'}
    assert client.get("/api/v2/usergroups", params={"limit": 500}).status_code == 400
    assert client.get("/api/systemusers", params={"limit": "ten"}).status_code == 400


def test_filters_combine_and_sort_descending(sim: jcsim.RunningSim, client: httpx.Client) -> None:
    users = list(sim.state.users.values())
    dept = users[0]["department"]
    expected = sorted((u["username"] for u in users if u["department"] == dept), reverse=True)
    body = client.get(
        "/api/systemusers", params={"filter": f"department:$eq:{dept}", "sort": "-username", "limit": 100}
    ).json()
    assert [u["username"] for u in body["results"]] == expected
    assert body["totalCount"] == len(expected)
    two = client.get(
        "/api/systemusers",
        params=[("filter", f"department:$eq:{dept}"), ("filter", f"username:$eq:{expected[0]}")],
    ).json()
    assert [u["username"] for u in two["results"]] == [expected[0]]
    assert client.get("/api/systemusers", params={"filter": "username:eq:x"}).status_code == 400


def test_fields_limits_returned_keys(client: httpx.Client) -> None:
    body = client.get("/api/systemusers", params={"fields": "username email", "limit": 3}).json()
    assert all(set(u) == {"_id", "username", "email"} for u in body["results"])


def test_user_crud_round_trip(client: httpx.Client, validate: Validate) -> None:
    created = client.post(
        "/api/systemusers", json={"username": "grace.h", "email": "grace.h@example.com", "firstname": "Grace"}
    )
    assert created.status_code == 200
    user = created.json()
    validate("v1", response_schema("v1", "post", "/systemusers"), user)
    assert "password" not in user
    uid = user["_id"]
    assert client.get(f"/api/systemusers/{uid}").json()["username"] == "grace.h"
    updated = client.put(f"/api/systemusers/{uid}", json={"department": "Research"})
    assert updated.json()["department"] == "Research"
    dup = client.post("/api/systemusers", json={"username": "other", "email": "GRACE.H@example.com"})
    assert dup.status_code == 409 and "already in use" in dup.json()["message"]
    assert client.post("/api/systemusers", json={"username": "x", "email": "nope"}).status_code == 400
    assert client.delete(f"/api/systemusers/{uid}").json()["_id"] == uid
    assert client.get(f"/api/systemusers/{uid}").status_code == 404


def test_systems_list_get_put_delete(client: httpx.Client, validate: Validate) -> None:
    listing = client.get("/api/systems").json()
    validate("v1", response_schema("v1", "get", "/systems"), listing)
    system_id = listing["results"][0]["_id"]
    got = client.get(f"/api/systems/{system_id}").json()
    validate("v1", response_schema("v1", "get", "/systems/{id}"), got)
    put = client.put(f"/api/systems/{system_id}", json={"displayName": "renamed"})
    assert put.status_code == 200 and put.json()["displayName"] == "renamed"
    assert client.put(f"/api/systems/{system_id}", json={"hostname": "x"}).status_code == 400
    assert client.delete(f"/api/systems/{system_id}").status_code == 200
    assert client.get(f"/api/systems/{system_id}").status_code == 404
