"""The raw request path: ``client.request()`` / ``request_raw()`` / ``arequest()`` / ``arequest_raw()``
and ``paginate(path)`` for endpoints JumpCloud publishes without an operation, against the simulator."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from _sim import reset, served, v2

import jcapiv1
import jcapiv2
import jcsim
from jcapiv2 import errors
from jcapiv2.pagination import PaginationError, paginate, paginate_async
from jcsim.server import RunningSim

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def _sim() -> Iterator[RunningSim]:
    with served() as sim:
        yield sim


@pytest.fixture
def sim(_sim: RunningSim) -> RunningSim:
    return reset(_sim)


def os_version_path(sim: RunningSim) -> tuple[str, str]:
    system_id = next(iter(sim.state.systems))
    return system_id, f"/systeminsights/{system_id}/os_version"


def test_the_path_has_no_generated_function() -> None:
    """The premise: JumpCloud publishes this path without operations, so only the raw path reaches it."""
    rows = json.loads((ROOT / "generated" / "jcapiv2" / "operations.json").read_text())
    assert not [row for row in rows if row["path"] == "/systeminsights/{system_id}/os_version"]
    spec = json.loads((ROOT / "build" / "specs" / "v2.json").read_text())
    assert "/systeminsights/{system_id}/os_version" in spec["paths"]


def test_request_returns_decoded_json_with_the_clients_auth(sim: RunningSim) -> None:
    system_id, path = os_version_path(sim)
    with v2(sim) as client:
        records = client.request("GET", path, params={"limit": 10})
    assert [r["system_id"] for r in records] == [system_id]
    (logged,) = sim.state.requests_to("GET", "/api/v2" + path)
    assert logged.headers["x-api-key"] == "<redacted>", "the API key went with the request"
    assert "limit=10" in logged.query


def test_request_raw_returns_the_response(sim: RunningSim) -> None:
    _, path = os_version_path(sim)
    with v2(sim) as client:
        response = client.request_raw("GET", path)
    assert isinstance(response, httpx.Response)
    assert response.status_code == 200 and response.headers["x-total-count"] == "1"


def test_async_twins(sim: RunningSim) -> None:
    system_id, path = os_version_path(sim)

    async def run() -> tuple[object, httpx.Response]:
        client = v2(sim)
        try:
            return await client.arequest("GET", path), await client.arequest_raw("GET", path)
        finally:
            await client.aclose()

    records, response = asyncio.run(run())
    assert isinstance(records, list) and records[0]["system_id"] == system_id
    assert response.json() == records


def test_a_404_is_the_typed_error_sync_and_async(sim: RunningSim) -> None:
    path = "/systeminsights/000000000000000000000000/os_version"
    with v2(sim) as client, pytest.raises(errors.NotFound) as caught:
        client.request("GET", path)
    assert caught.value.status_code == 404 and path in str(caught.value)

    async def run() -> None:
        client = v2(sim)
        try:
            await client.arequest("GET", path)
        finally:
            await client.aclose()

    with pytest.raises(errors.NotFound):
        asyncio.run(run())


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_a_429_then_a_200_gives_the_200(sim: RunningSim, mode: str) -> None:
    system_id, path = os_version_path(sim)
    sim.state.faults.add("status", status=429, retry_after="0", path_prefix="/api/v2" + path)
    client = v2(sim)
    if mode == "sync":
        records = client.request("GET", path)
        client.close()
    else:

        async def run() -> object:
            try:
                return await client.arequest("GET", path)
            finally:
                await client.aclose()

        records = asyncio.run(run())
    assert isinstance(records, list) and records[0]["system_id"] == system_id
    assert len(sim.state.requests_to("GET", "/api/v2" + path)) == 2


def test_a_non_json_success_is_invalid_response() -> None:
    transport = httpx.MockTransport(lambda request: httpx.Response(200, text="<html>", request=request))
    client = jcapiv2.connect(api_key="k", base_url="http://jc.test/api/v2", transport=transport)
    with pytest.raises(errors.InvalidResponse):
        client.request("GET", "/anything")
    assert client.request_raw("GET", "/anything").text == "<html>"


def test_an_empty_success_is_none_and_json_bodies_are_sent() -> None:
    seen: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(204, request=request)

    client = jcapiv1.connect(
        api_key="k", org_id="org1", base_url="http://jc.test/api", transport=httpx.MockTransport(answer)
    )
    assert client.request("POST", "/systemusers/reactivate", json={"ids": ["a"]}, params={"skip": None}) is None
    (request,) = seen
    assert request.url == "http://jc.test/api/systemusers/reactivate"
    assert json.loads(request.content) == {"ids": ["a"]}
    assert request.headers["x-org-id"] == "org1" and request.headers["x-api-key"] == "k"


@pytest.mark.parametrize("path", ["https://evil.example/steal", "//evil.example/x", "systemusers", ""])
def test_paths_that_leave_the_base_url_are_refused(path: str) -> None:
    client = jcapiv2.connect(
        api_key="k", base_url="http://jc.test/api/v2", transport=httpx.MockTransport(lambda r: httpx.Response(200))
    )
    with pytest.raises(errors.ConfigurationError, match=r"relative to the API's base URL|leave the base URL"):
        client.request("GET", path)


def test_paginate_accepts_a_path(sim: RunningSim) -> None:
    system_id, path = os_version_path(sim)
    with v2(sim) as client:
        records = list(paginate(path, client=client, page_size=5))
    assert [r["system_id"] for r in records] == [system_id]
    (logged,) = sim.state.requests_to("GET", "/api/v2" + path)
    assert "limit=5" in logged.query and "skip=0" in logged.query


def test_paginate_a_path_over_several_pages_and_v1_shaped_pages() -> None:
    """Bare lists page until a short page; ``{"results", "totalCount"}`` pages stop at the total."""
    people = [{"id": str(n)} for n in range(7)]

    def answer(request: httpx.Request) -> httpx.Response:
        limit, skip = int(request.url.params["limit"]), int(request.url.params["skip"])
        page = people[skip : skip + limit]
        if request.url.path.endswith("/v1style"):
            return httpx.Response(200, json={"totalCount": len(people), "results": page})
        return httpx.Response(200, json=page)

    mock = httpx.MockTransport(answer)
    client = jcapiv2.connect(api_key="k", base_url="http://jc.test/api/v2", transport=mock, async_transport=mock)
    assert [p["id"] for p in paginate("/bare", client=client, page_size=3)] == [str(n) for n in range(7)]
    assert [p["id"] for p in paginate("/v1style", client=client, page_size=7)] == [str(n) for n in range(7)]

    async def collect() -> list[str]:
        return [p["id"] async for p in paginate_async("/bare", client=client, page_size=2, max_items=5)]

    assert asyncio.run(collect()) == ["0", "1", "2", "3", "4"]


def test_paginate_a_path_that_is_not_a_list_says_so() -> None:
    transport = httpx.MockTransport(lambda request: httpx.Response(200, json={"name": "not a page"}))
    client = jcapiv2.connect(api_key="k", base_url="http://jc.test/api/v2", transport=transport)
    with pytest.raises(PaginationError, match="GET /settings answered an object without a `results` list"):
        list(paginate("/settings", client=client))


def test_paginate_a_path_needs_a_connected_client() -> None:
    plain = jcapiv2.AuthenticatedClient(base_url="http://jc.test", token="t")
    with pytest.raises(TypeError, match="needs a client made by connect"):
        list(paginate("/x", client=plain))


def test_default_key_is_never_in_the_raw_request_log(sim: RunningSim) -> None:
    _, path = os_version_path(sim)
    with v2(sim) as client:
        client.request("GET", path)
    assert jcsim.DEFAULT_API_KEY not in repr(sim.state.requests)
