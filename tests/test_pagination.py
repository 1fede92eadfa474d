"""``paginate()`` / ``paginate_async()`` (overrides/common/pagination.py) against the simulator
(v1, v2 and Directory Insights paging) and against ``httpx.MockTransport`` (request bodies,
header edge cases, errors)."""

from __future__ import annotations

import asyncio
import itertools
import json
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from typing import Any
from urllib.parse import parse_qs

import httpx
import pytest

import jcapi_insights
import jcapiv1
import jcapiv2
import jcsim
from jcapi_insights.api.event_query import directory_insights_events_count_post, directory_insights_events_post
from jcapi_insights.models import EventQuery, EventServiceTimeQueryServiceItem
from jcapi_insights.pagination import PaginationError
from jcapi_insights.pagination import paginate as paginate_insights
from jcapi_insights.pagination import paginate_async as paginate_insights_async
from jcapiv1 import errors
from jcapiv1.api.systemusers import systemusers_get, systemusers_list
from jcapiv1.pagination import paginate, paginate_async
from jcapiv2.api.graph import graph_system_group_members_list
from jcapiv2.api.user_groups import groups_user_list
from jcapiv2.pagination import paginate as paginate_v2

USERS = 10_000
USERS_PATH = "/api/systemusers"
EVENTS_PATH = "/insights/directory/v1/events"


@pytest.fixture(scope="module")
def served() -> Iterator[jcsim.RunningSim]:
    """One simulator with 10,000 users for the module (building it takes about a second)."""
    with jcsim.serve(jcsim.SimState(seed=3, users=USERS)) as running:
        yield running


@pytest.fixture
def sim(served: jcsim.RunningSim) -> jcsim.RunningSim:
    """The module's simulator with an empty request log and no faults (the data is read-only here)."""
    served.state.faults.clear()
    with served.state.lock:
        served.state.requests.clear()
    return served


def v1(sim: jcsim.RunningSim, **kwargs: Any) -> jcapiv1.connection.JumpCloudClient:
    return jcapiv1.connect(jcsim.DEFAULT_API_KEY, base_url=sim.url + "/api", **kwargs)


def v2(sim: jcsim.RunningSim, **kwargs: Any) -> jcapiv2.connection.JumpCloudClient:
    return jcapiv2.connect(jcsim.DEFAULT_API_KEY, base_url=sim.url + "/api/v2", **kwargs)


def insights(sim: jcsim.RunningSim, **kwargs: Any) -> jcapi_insights.connection.JumpCloudClient:
    return jcapi_insights.connect(jcsim.DEFAULT_API_KEY, base_url=sim.url + "/insights/directory/v1", **kwargs)


def params(record: Any) -> dict[str, list[str]]:
    return parse_qs(record.query, keep_blank_values=True)


def all_events_query(**kwargs: Any) -> EventQuery:
    return EventQuery(
        service=[EventServiceTimeQueryServiceItem.ALL], start_time=datetime(2000, 1, 1, tzinfo=UTC), **kwargs
    )


# --------------------------------------------------------------------------- limit/skip, v1
def test_v1_ten_thousand_users_each_once_in_order_with_100_requests(sim: jcsim.RunningSim) -> None:
    users = list(paginate(systemusers_list, client=v1(sim)))
    ids = [u.field_id for u in users]
    assert len(ids) == USERS
    assert ids == sorted(sim.state.users)  # sort=_id: each exactly once, in _id order
    logged = sim.state.requests_to("GET", USERS_PATH)
    assert len(logged) == 100  # stops on totalCount: no extra empty page
    assert [params(r)["skip"] for r in logged] == [[str(100 * n)] for n in range(100)]
    assert all(params(r)["limit"] == ["100"] and params(r)["sort"] == ["_id"] for r in logged)


def test_v1_is_lazy(sim: jcsim.RunningSim) -> None:
    first = list(itertools.islice(paginate(systemusers_list, client=v1(sim)), 150))
    assert len(first) == 150
    assert len(sim.state.requests_to("GET", USERS_PATH)) == 2


def test_v1_keeps_the_callers_sort_filter_and_start_offset(sim: jcsim.RunningSim) -> None:
    users = list(paginate(systemusers_list.sync, client=v1(sim), sort="-username", skip=9_990, page_size=4))
    expected = sorted(sim.state.users.values(), key=lambda u: u["username"], reverse=True)[9_990:]
    assert [u.username for u in users] == [u["username"] for u in expected]
    logged = sim.state.requests_to("GET", USERS_PATH)
    assert [(params(r)["skip"], params(r)["sort"]) for r in logged] == [
        (["9990"], ["-username"]),
        (["9994"], ["-username"]),
        (["9998"], ["-username"]),
    ]


def test_max_items(sim: jcsim.RunningSim) -> None:
    users = list(paginate(systemusers_list, client=v1(sim), max_items=250))
    assert [u.field_id for u in users] == sorted(sim.state.users)[:250]
    logged = sim.state.requests_to("GET", USERS_PATH)
    assert [params(r)["limit"] for r in logged] == [["100"], ["100"], ["50"]]  # the last asks only for 50
    assert list(paginate(systemusers_list, client=v1(sim), max_items=0)) == []
    assert len(sim.state.requests_to("GET", USERS_PATH)) == 3  # max_items=0: no request at all


@pytest.mark.parametrize("page_size", [101, 1000])
def test_page_size_over_100_is_refused_before_any_request(sim: jcsim.RunningSim, page_size: int) -> None:
    with pytest.raises(ValueError, match=rf"page_size={page_size} is over JumpCloud's maximum of 100"):
        paginate(systemusers_list, client=v1(sim), page_size=page_size)
    with pytest.raises(ValueError, match="page_size=101"):
        paginate_v2(groups_user_list, client=v2(sim), page_size=101)
    assert sim.state.requests == []


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"page_size": 0}, "page_size must be a positive integer"),
        ({"page_size": True}, "page_size must be a positive integer"),
        ({"max_items": -1}, "max_items must be None or an integer >= 0"),
    ],
)
def test_bad_arguments(sim: jcsim.RunningSim, kwargs: dict[str, Any], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        paginate(systemusers_list, client=v1(sim), **kwargs)


def test_limit_and_unknown_parameters_are_refused(sim: jcsim.RunningSim) -> None:
    with pytest.raises(TypeError, match="pass page_size="):
        paginate(systemusers_list, client=v1(sim), limit=50)
    with pytest.raises(TypeError, match="systemusers_list has no parameter colour"):
        paginate(systemusers_list, client=v1(sim), colour="blue")


def test_async_twin(sim: jcsim.RunningSim) -> None:
    async def collect() -> list[str]:
        client = v1(sim)
        try:
            return [u.field_id async for u in paginate_async(systemusers_list.asyncio, client=client)]
        finally:
            await client.aclose()

    assert asyncio.run(collect()) == sorted(sim.state.users)
    assert len(sim.state.requests_to("GET", USERS_PATH)) == 100


def test_errors_propagate_typed_after_the_pages_already_yielded(sim: jcsim.RunningSim) -> None:
    sim.state.faults.add("status", status=404, path_prefix=USERS_PATH)
    with pytest.raises(errors.NotFound):
        next(paginate(systemusers_list, client=v1(sim)))
    pages = paginate(systemusers_list, client=v1(sim, max_retries=0))
    first_page = list(itertools.islice(pages, 100))
    sim.state.faults.add("status", status=500, path_prefix=USERS_PATH)  # hits the second page
    with pytest.raises(errors.ServerError, match=r"500 for GET http://127\.0\.0\.1:\d+/api/systemusers"):
        next(pages)
    assert [u.field_id for u in first_page] == sorted(sim.state.users)[:100]


# --------------------------------------------------------------------------- limit/skip, v2
def test_v2_bare_list_pages_with_sort_as_a_list(sim: jcsim.RunningSim) -> None:
    groups = list(paginate_v2(groups_user_list, client=v2(sim), page_size=2))
    # Each once, in the simulator's order for sort=_id (its v2 records carry "id", not "_id",
    # so it keeps insertion order; sorted order if it ever sorts them by id).
    assert [g.id for g in groups] in (list(sim.state.user_groups), sorted(sim.state.user_groups))
    logged = sim.state.requests_to("GET", "/api/v2/usergroups")
    assert [(params(r)["limit"], params(r)["skip"], params(r)["sort"]) for r in logged] == [
        (["2"], ["0"], ["_id"]),
        (["2"], ["2"], ["_id"]),
        (["2"], ["4"], ["_id"]),  # 1 record: shorter than the page, the last request
    ]


def test_v2_exact_multiple_stops_at_the_servers_total(sim: jcsim.RunningSim) -> None:
    count = len(sim.state.user_groups)
    groups = paginate_v2(groups_user_list, client=v2(sim), page_size=count)
    assert groups.total is None, "no page yet"
    assert len(list(groups)) == count and groups.total == count
    assert len(sim.state.requests_to("GET", "/api/v2/usergroups")) == 1, "x-total-count says there is no more"


def test_v2_exact_multiple_without_a_total_ends_on_an_empty_page() -> None:
    """Where a v2 route sends no x-total-count, a full last page is followed by one empty page."""
    pages = [[{"id": "a"}, {"id": "b"}], []]
    seen: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json=pages[len(seen) - 1])

    mock = httpx.MockTransport(answer)
    client = jcapiv2.connect("key", base_url="https://x.example/api/v2", transport=mock)
    found = paginate_v2(groups_user_list, client=client, page_size=2)
    assert [g.id for g in found] == ["a", "b"] and found.total is None
    assert len(seen) == 2


def test_v2_many_pages_of_an_operation_without_sort(sim: jcsim.RunningSim) -> None:
    group_id = next(iter(sim.state.system_group_members))
    members = sim.state.system_group_members[group_id]
    saved = list(members)
    members.extend(f"{n:024x}" for n in range(1_000 - len(saved)))  # exactly 10 pages of 100
    try:
        found = list(paginate_v2(graph_system_group_members_list, client=v2(sim), group_id=group_id))
        assert [m.to.id for m in found] == members
    finally:
        members[:] = saved
    logged = sim.state.requests_to("GET", f"/api/v2/systemgroups/{group_id}/members")
    assert len(logged) == 10  # x-total-count (1,000) tells the 10th page is the last
    assert all("sort" not in params(r) for r in logged)  # the operation has no sort parameter


# --------------------------------------------------------------------------- search_after
def test_events_search_after_over_several_pages(sim: jcsim.RunningSim) -> None:
    query = all_events_query()
    events = list(paginate_insights(directory_insights_events_post, client=insights(sim), body=query, page_size=70))
    ids = [e.additional_properties["id"] for e in events]
    assert ids == [e.id for e in sim.state.events]  # ascending (timestamp, id), each once
    assert len(ids) == 300
    assert len(sim.state.requests_to("POST", EVENTS_PATH)) == 5  # 70, 70, 70, 70, 20
    assert query.to_dict() == all_events_query().to_dict()  # the caller's body is not modified


def test_events_max_items_and_async(sim: jcsim.RunningSim) -> None:
    async def collect() -> list[str]:
        client = insights(sim)
        try:
            pages = paginate_insights_async(
                directory_insights_events_post.asyncio, client=client, body=all_events_query(), max_items=120
            )
            return [e.additional_properties["id"] async for e in pages]
        finally:
            await client.aclose()

    assert asyncio.run(collect()) == [e.id for e in sim.state.events][:120]
    requests = sim.state.requests_to("POST", EVENTS_PATH)
    assert len(requests) == 1, "events pages default to 10,000, so 120 events take one request"


def recording_transport(
    handler: Callable[[httpx.Request], httpx.Response], seen: list[httpx.Request]
) -> httpx.MockTransport:
    def record(request: httpx.Request) -> httpx.Response:
        request.read()
        seen.append(request)
        return handler(request)

    return httpx.MockTransport(record)


def test_events_request_bodies_carry_limit_and_the_previous_cursor() -> None:
    pages = [
        ([{"id": "a"}, {"id": "b"}], {"X-Result-Count": "2", "X-Limit": "2", "X-Search_after": '[1700000000000,"b"]'}),
        ([{"id": "c"}, {"id": "d"}], {"X-Result-Count": "2", "X-Limit": "2", "X-Search_after": '[1700000000005,"d"]'}),
        ([{"id": "e"}], {"X-Result-Count": "1", "X-Limit": "2", "X-Search_after": '[1700000000009,"e"]'}),
    ]
    seen: list[httpx.Request] = []
    transport = recording_transport(
        lambda r: httpx.Response(200, json=pages[len(seen) - 1][0], headers=pages[len(seen) - 1][1]), seen
    )
    client = jcapi_insights.connect("key", base_url="https://di.example/insights/directory/v1", transport=transport)
    query = all_events_query(search_after=["1699999999999", "start"], q="login")
    ids = [
        e.additional_properties["id"]
        for e in paginate_insights(directory_insights_events_post, client=client, body=query, page_size=2)
    ]
    assert ids == ["a", "b", "c", "d", "e"]
    bodies = [json.loads(r.content) for r in seen]
    assert [b["search_after"] for b in bodies] == [
        ["1699999999999", "start"],
        [1700000000000, "b"],
        [1700000000005, "d"],
    ]
    assert all(b["limit"] == 2 and b["q"] == "login" for b in bodies)


def test_events_full_page_without_cursor_is_an_error_not_a_silent_stop() -> None:
    transport = httpx.MockTransport(
        lambda r: httpx.Response(200, json=[{"id": "a"}], headers={"X-Result-Count": "1", "X-Limit": "1"})
    )
    client = jcapi_insights.connect("key", base_url="https://di.example/insights/directory/v1", transport=transport)
    pages = paginate_insights(directory_insights_events_post, client=client, body=all_events_query(), page_size=1)
    assert next(pages).additional_properties["id"] == "a"
    with pytest.raises(PaginationError, match="without a usable X-Search_after header"):
        next(pages)


def test_events_page_size_limit() -> None:
    client = jcapi_insights.connect("key", base_url="https://di.example/insights/directory/v1")
    with pytest.raises(ValueError, match="page_size=10001 is over the 10000"):
        paginate_insights(directory_insights_events_post, client=client, body=all_events_query(), page_size=10_001)
    with pytest.raises(TypeError, match="needs body="):
        paginate_insights(directory_insights_events_post, client=client)


# --------------------------------------------------------------------------- not pageable
@pytest.mark.parametrize(
    ("operation", "name"),
    [
        (systemusers_get, "jcapiv1.api.systemusers.systemusers_get"),
        (systemusers_get.sync, "jcapiv1.api.systemusers.systemusers_get"),
        (directory_insights_events_count_post, "jcapi_insights.api.event_query.directory_insights_events_count_post"),
        (json, "json cannot be paginated"),
    ],
)
def test_non_pageable_operation(operation: Any, name: str) -> None:
    client = jcapiv1.connect("key", base_url="https://x.example/api")
    with pytest.raises(TypeError, match=name) as caught:
        paginate(operation, client=client)
    assert "limit/skip" in str(caught.value) and "search_after" in str(caught.value)


def test_not_an_operation_at_all() -> None:
    with pytest.raises(TypeError, match="needs a generated operation module"):
        paginate(42, client=None)  # type: ignore[call-overload]


def test_plain_client_without_raising_gets_a_typed_error() -> None:
    transport = httpx.MockTransport(lambda r: httpx.Response(403, json={"message": "IP blocked"}))
    client = jcapiv1.connect("key", base_url="https://x.example/api", transport=transport)
    client.raise_on_unexpected_status = False
    with pytest.raises(errors.PermissionDenied, match="403"):
        list(paginate(systemusers_list, client=client))


# --------------------------------------------------------------------------- loop guards
def test_a_stuck_events_cursor_ends_in_pagination_error() -> None:
    """A full page whose X-Search_after equals the one before cannot advance: stop, do not loop."""
    calls: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        calls.append(request)
        headers = {"X-Result-Count": "2", "X-Limit": "2", "X-Search_after": '[1700000000000, "x"]'}
        return httpx.Response(200, json=[{"id": f"e{len(calls)}a"}, {"id": f"e{len(calls)}b"}], headers=headers)

    mock = httpx.MockTransport(answer)
    client = jcapi_insights.connect("key", base_url="https://x.example/insights/directory/v1", transport=mock)
    seen: list[str] = []
    with pytest.raises(PaginationError, match="directory_insights_events_post: the X-Search_after cursor did not move"):
        for event in paginate_insights(
            directory_insights_events_post, client=client, body=all_events_query(), page_size=2
        ):
            seen.append(event.additional_properties["id"])
    assert seen == ["e1a", "e1b", "e2a", "e2b"], "every record that came is yielded first"
    assert len(calls) == 2


def test_more_pages_than_max_pages_ends_in_pagination_error() -> None:
    """A server that always has one more distinct full page is stopped by the bound."""
    count = itertools.count()

    def answer(request: httpx.Request) -> httpx.Response:
        n = next(count)
        return httpx.Response(200, json=[{"id": f"g{n}a"}, {"id": f"g{n}b"}])

    mock = httpx.MockTransport(answer)
    client = jcapiv2.connect("key", base_url="https://x.example/api/v2", transport=mock)
    pages = paginate_v2(groups_user_list, client=client, page_size=2, max_pages=3)
    with pytest.raises(jcapiv2.errors.PaginationError, match=r"groups_user_list: more than 3 pages \(max_pages\)"):
        list(pages)
    assert next(count) == 3, "exactly max_pages requests"
    with pytest.raises(ValueError, match="max_pages must be a positive integer"):
        paginate_v2(groups_user_list, client=client, max_pages=0)


def test_a_repeated_page_ends_in_pagination_error_async() -> None:
    mock = httpx.MockTransport(lambda r: httpx.Response(200, json=[{"id": "same"}]))
    client = jcapiv2.connect("key", base_url="https://x.example/api/v2", transport=mock, async_transport=mock)

    async def collect() -> list[Any]:
        return [g async for g in jcapiv2.paginate_async(groups_user_list, client=client, page_size=1)]

    with pytest.raises(jcapiv2.errors.PaginationError, match="repeats the previous one"):
        asyncio.run(collect())


def test_v2_pages_with_another_records_list_and_total() -> None:
    """v2 lists whose page is an object with one list (`records`) and `totalCount` page like v1's."""
    from jcapiv2.api.providers import providers_retrieve_integrations

    integrations = [{"integrationId": f"i{n}", "type": "autotask"} for n in range(5)]
    seen: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        limit, skip = int(request.url.params["limit"]), int(request.url.params["skip"])
        return httpx.Response(200, json={"records": integrations[skip : skip + limit], "totalCount": 5})

    client = jcapiv2.connect("key", base_url="https://x.example/api/v2", transport=httpx.MockTransport(answer))
    found = paginate_v2(providers_retrieve_integrations, client=client, provider_id="p1", page_size=2)
    assert [i.integration_id for i in found] == [f"i{n}" for n in range(5)] and found.total == 5
    assert len(seen) == 3, "stops at the total"
    assert all(r.url.path == "/api/v2/providers/p1/integrations" for r in seen)
