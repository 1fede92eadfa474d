"""Real JumpCloud answers differ from the descriptions (jumpcloud-api-notes.md); the SDK reads them.

Against the simulator, which answers the recorded shapes: ``"attributes": null`` on groups and graph
objects, ``"color": null`` on v1 applications, a group type and a report status no description lists,
records narrowed by ``fields=``, and a mixed ``X-Search_after`` cursor. Each is read through the
generated operation and through ``paginate()``, sync and async; strict mode turns each into an error,
and a body of the wrong shape is still ``InvalidResponse``.
"""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import Awaitable, Callable, Iterator
from datetime import UTC, datetime
from typing import Any, TypeVar

import httpx
import pytest

import jcapi_insights
import jcapiv1
import jcapiv2
import jcsim
from jcapi_insights.api.event_query import directory_insights_events_post
from jcapi_insights.api.reports import directory_insights_reports_list_get
from jcapi_insights.models import EventQuery, EventServiceTimeQueryServiceItem, ReportStatus
from jcapiv1.api.applications import applications_list
from jcapiv2.api.graph import graph_system_associations_list
from jcapiv2.api.groups import groups_list
from jcapiv2.api.user_groups import groups_user_list
from jcapiv2.models import GraphSystemAssociationsListTargetsItem, GroupType
from jcsim import data as sim_data

T = TypeVar("T")


@pytest.fixture(scope="module")
def sim() -> Iterator[jcsim.RunningSim]:
    with jcsim.serve(jcsim.SimState(seed=5)) as running:
        yield running


def v1(sim: jcsim.RunningSim) -> jcapiv1.connection.JumpCloudClient:
    return jcapiv1.connect(api_key=jcsim.DEFAULT_API_KEY, base_url=sim.url + "/api")


def v2(sim: jcsim.RunningSim) -> jcapiv2.connection.JumpCloudClient:
    return jcapiv2.connect(api_key=jcsim.DEFAULT_API_KEY, base_url=sim.url + "/api/v2")


def insights(sim: jcsim.RunningSim) -> jcapi_insights.connection.JumpCloudClient:
    return jcapi_insights.connect(api_key=jcsim.DEFAULT_API_KEY, base_url=sim.url + "/insights/directory/v1")


def run(make: Callable[[], Awaitable[T]]) -> T:
    return asyncio.run(make())  # type: ignore[arg-type]


async def collect(iterator: Any) -> list[Any]:
    return [item async for item in iterator]


# --- v2 groups with "attributes": null -------------------------------------------------------


def test_user_groups_with_null_attributes(sim: jcsim.RunningSim) -> None:
    client = v2(sim)
    groups = groups_user_list.sync(client=client, limit=100)
    assert groups, "the simulator serves user groups"
    assert any(g.attributes is None for g in groups) and any(g.attributes is not None for g in groups)
    assert all(g.to_dict()["attributes"] is None for g in groups if g.attributes is None)
    paged = list(jcapiv2.paginate(groups_user_list, client=client))
    assert sorted(str(g.id) for g in paged) == sorted(str(g.id) for g in groups)
    assert run(lambda: groups_user_list.asyncio(client=v2(sim), limit=100)) == groups
    async_paged = run(lambda: collect(jcapiv2.paginate_async(groups_user_list, client=v2(sim))))
    assert [g.to_dict() for g in async_paged] == [g.to_dict() for g in paged]


def test_graph_objects_with_null_attributes(sim: jcsim.RunningSim) -> None:
    system_id = next(iter(sim.state.systems))
    targets = [GraphSystemAssociationsListTargetsItem.USER_GROUP]
    hops = graph_system_associations_list.sync(system_id, client=v2(sim), targets=targets)
    assert hops and all(h.attributes is None for h in hops)
    assert all(h.to is not None and not isinstance(h.to, jcapiv2.types.Unset) for h in hops)
    paged = list(jcapiv2.paginate(graph_system_associations_list, client=v2(sim), system_id=system_id, targets=targets))
    assert [h.to_dict() for h in paged] == [h.to_dict() for h in hops]


# --- unknown enum values ---------------------------------------------------------------------


def test_a_group_type_no_description_lists(sim: jcsim.RunningSim) -> None:
    groups = groups_list.sync(client=v2(sim), limit=100)
    assert groups
    (odd,) = [g for g in groups if g.type_ == sim_data.UNLISTED_GROUP_TYPE]
    assert isinstance(odd.type_, GroupType) and odd.type_ not in list(GroupType), "an open member"
    assert odd.to_dict()["type"] == sim_data.UNLISTED_GROUP_TYPE
    assert {g.type_ for g in groups} >= {GroupType.USER_GROUP, GroupType.SYSTEM_GROUP}
    paged = run(lambda: collect(jcapiv2.paginate_async(groups_list, client=v2(sim))))
    assert sorted(json.dumps(g.to_dict(), sort_keys=True) for g in paged) == sorted(
        json.dumps(g.to_dict(), sort_keys=True) for g in groups
    )


def test_a_report_status_no_description_lists(sim: jcsim.RunningSim) -> None:
    reports = directory_insights_reports_list_get.sync(client=insights(sim))
    assert reports
    (archived,) = [r for r in reports if r.status == sim_data.UNLISTED_REPORT_STATUS]
    assert isinstance(archived.status, ReportStatus)
    assert run(lambda: directory_insights_reports_list_get.asyncio(client=insights(sim))) == reports


# --- v1 applications with "color": null ------------------------------------------------------


def test_applications_with_null_color(sim: jcsim.RunningSim) -> None:
    page = applications_list.sync(client=v1(sim))
    assert page is not None and isinstance(page.results, list)
    assert any(a.color is None for a in page.results) and any(a.color is not None for a in page.results)
    paged = list(jcapiv1.paginate(applications_list, client=v1(sim)))
    assert sorted(str(a.field_id) for a in paged) == sorted(str(a.field_id) for a in page.results)
    assert [a.to_dict() for a in paged if a.color is None], "the null survives paging and to_dict()"
    assert len(run(lambda: collect(jcapiv1.paginate_async(applications_list, client=v1(sim))))) == len(paged)


def test_fields_narrows_answers_below_the_required_properties(sim: jcsim.RunningSim) -> None:
    page = applications_list.sync(client=v1(sim), fields="name")
    assert page is not None and isinstance(page.results, list) and page.results
    app = page.results[0]
    assert isinstance(app.sso_url, jcapiv1.types.Unset), "required by the description, absent from the answer"
    assert "ssoUrl" not in app.to_dict()


# --- Directory Insights: a mixed cursor, the page size JumpCloud's tools use --------------------


def test_events_with_a_mixed_search_after_and_unlisted_services(sim: jcsim.RunningSim) -> None:
    since = datetime(2000, 1, 1, tzinfo=UTC)
    query = EventQuery(service=[EventServiceTimeQueryServiceItem.ALL], start_time=since)
    client = insights(sim)
    first = directory_insights_events_post.sync_detailed(
        client=client, body=EventQuery(service=[EventServiceTimeQueryServiceItem.ALL], start_time=since, limit=10)
    )
    cursor = json.loads(first.headers["X-Search_after"])
    assert isinstance(cursor[0], int) and isinstance(cursor[1], str), "the real, mixed cursor"
    after = EventQuery(service=[EventServiceTimeQueryServiceItem.ALL], start_time=since, limit=10, search_after=cursor)
    assert after.to_dict()["search_after"] == cursor
    events = list(jcapi_insights.paginate(directory_insights_events_post, client=client, body=query, page_size=50))
    assert len(events) == len(sim.state.events)
    services = {e.additional_properties["service"] for e in events}
    assert {"workflows", "alert"} <= services
    workflows = EventQuery(service=[EventServiceTimeQueryServiceItem("workflows")], start_time=since)
    only = run(
        lambda: collect(
            jcapi_insights.paginate_async(directory_insights_events_post, client=insights(sim), body=workflows)
        )
    )
    assert only and {e.additional_properties["service"] for e in only} == {"workflows"}


def test_events_are_paged_10000_at_a_time_unless_asked_otherwise() -> None:
    bodies: list[dict[str, Any]] = []

    def answer(request: httpx.Request) -> httpx.Response:
        bodies.append(json.loads(request.content))
        return httpx.Response(200, json=[], headers={"X-Result-Count": "0", "X-Limit": "10000"})

    mock = httpx.MockTransport(answer)
    client = jcapi_insights.connect(api_key="k", base_url="http://jc.test/insights/directory/v1", transport=mock)
    query = EventQuery(service=[EventServiceTimeQueryServiceItem.ALL], start_time=datetime(2026, 1, 1, tzinfo=UTC))
    assert list(jcapi_insights.paginate(directory_insights_events_post, client=client, body=query)) == []
    assert list(jcapi_insights.paginate(directory_insights_events_post, client=client, body=query, page_size=500)) == []
    assert [b["limit"] for b in bodies] == [10_000, 500]


# --- deviations are visible: logged once, or raised in strict mode ----------------------------


def test_deviations_are_logged_once_per_model_and_field(
    sim: jcsim.RunningSim, caplog: pytest.LogCaptureFixture
) -> None:
    jcapiv2.tolerance._seen.clear()
    with caplog.at_level(logging.DEBUG, logger="jcapi.tolerance"):
        groups_user_list.sync(client=v2(sim), limit=100)
        groups_user_list.sync(client=v2(sim), limit=100)
    lines = [r.getMessage() for r in caplog.records if r.name == "jcapi.tolerance"]
    assert lines.count("UserGroup.attributes: null, which the description does not allow; kept as received") == 1
    assert not any("@" in line or "All Staff" in line for line in lines), "names and types only, never values"


@pytest.mark.parametrize(
    "call",
    [
        lambda sim: groups_user_list.sync(client=v2(sim), limit=100),
        lambda sim: applications_list.sync(client=v1(sim)),
        lambda sim: groups_list.sync(client=v2(sim), limit=100),
        lambda sim: directory_insights_reports_list_get.sync(client=insights(sim)),
    ],
    ids=["null attributes", "null color", "unlisted group type", "unlisted report status"],
)
def test_strict_mode_turns_each_deviation_into_invalid_response(sim: jcsim.RunningSim, call: Any) -> None:
    for package in (jcapiv1, jcapiv2, jcapi_insights):
        package.tolerance.set_strict(True)
    try:
        with pytest.raises(
            (jcapiv1.errors.InvalidResponse, jcapiv2.errors.InvalidResponse, jcapi_insights.errors.InvalidResponse)
        ) as caught:
            call(sim)
        assert "strict mode" in str(caught.value.__cause__)
    finally:
        for package in (jcapiv1, jcapiv2, jcapi_insights):
            package.tolerance.set_strict(False)


def test_strict_context_is_per_thread_and_restored() -> None:
    from jcapiv2 import tolerance
    from jcapiv2.models import UserGroup

    with tolerance.strict(), pytest.raises(tolerance.DeviationError, match=r"UserGroup\.attributes"):
        UserGroup.from_dict({"id": "1", "attributes": None})
    assert UserGroup.from_dict({"id": "1", "attributes": None}).attributes is None


# --- the wrong shape is not data -------------------------------------------------------------


@pytest.mark.parametrize(
    ("package", "base", "operation", "body"),
    [
        (jcapiv2, "http://jc.test/api/v2", groups_user_list, {}),
        (jcapiv2, "http://jc.test/api/v2", groups_user_list, {"results": []}),
        (jcapiv1, "http://jc.test/api", applications_list, {"totalCount": 1, "results": {}}),
        (jcapiv2, "http://jc.test/api/v2", groups_user_list, ["not a record"]),
    ],
    ids=["v2 list as {}", "v2 list as a v1 page", "v1 results as {}", "v2 record as a string"],
)
def test_a_body_of_the_wrong_shape_is_invalid_response(package: Any, base: str, operation: Any, body: object) -> None:
    mock = httpx.MockTransport(lambda request: httpx.Response(200, json=body))
    client = package.connect(api_key="k", base_url=base, transport=mock)
    with pytest.raises(package.errors.InvalidResponse):
        operation.sync(client=client)
