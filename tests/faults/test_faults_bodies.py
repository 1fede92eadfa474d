"""Broken 200 answers: a truncated JSON body, and an HTML page (a proxy's error page) with
``text/html``. The caller gets ``errors.InvalidResponse`` (an ``APIError``) naming the status,
method, URL and content type: loud, typed, never a silent ``None``, and not retried."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

import pytest

import jcapi_insights.errors
import jcapiv2.errors
from jcapi_insights.api.event_query import directory_insights_events_post
from jcapi_insights.models import EventQuery, EventServiceTimeQueryServiceItem
from jcapiv1 import errors
from jcapiv1.api.systemusers import systemusers_get, systemusers_list
from jcapiv2.api.user_groups import groups_user_list

from ._support import FaultCase, assert_clear

pytestmark = pytest.mark.faults

USERS = "/api/systemusers"
Factory = Callable[..., Any]


def test_malformed_json_on_200_is_an_invalid_response(fault_case: FaultCase, v1: Factory) -> None:
    case = fault_case("malformed JSON on 200 (InvalidResponse)")
    case.add("malformed_json", path_prefix=USERS, times=5)
    with pytest.raises(errors.InvalidResponse) as caught:
        systemusers_list.sync(client=v1(), limit=5)
    assert_clear(caught.value, "200", "GET", f"{case.sim.url}{USERS}", "JSONDecodeError")
    assert case.received("GET", USERS) == 1  # a 200 is not retried, whatever its body
    assert case.elapsed() < 0.5
    case.failed()


def test_malformed_json_single_object_and_v2_list(fault_case: FaultCase, v1: Factory, v2: Factory) -> None:
    case = fault_case("malformed JSON on 200 (InvalidResponse)")
    user_id = next(iter(case.sim.state.users))
    case.add("malformed_json", path_prefix=f"{USERS}/{user_id}")
    with pytest.raises(errors.InvalidResponse):
        systemusers_get.sync(user_id, client=v1())
    case.add("malformed_json", path_prefix="/api/v2/usergroups", body='[{"id": "5f0c", "name": "Eng')
    with pytest.raises(jcapiv2.errors.InvalidResponse):
        groups_user_list.sync(client=v2())
    assert case.received("GET", f"{USERS}/{user_id}") == 1
    assert case.received("GET", "/api/v2/usergroups") == 1
    case.failed()


def test_html_on_200_is_an_invalid_response(fault_case: FaultCase, v1: Factory) -> None:
    case = fault_case("text/html on 200 (InvalidResponse)")
    case.add("wrong_content_type", path_prefix=USERS)
    with pytest.raises(errors.InvalidResponse) as caught:
        systemusers_list.sync(client=v1(), limit=5)
    assert_clear(caught.value, "200", "GET", f"{case.sim.url}{USERS}", "text/html")
    assert caught.value.content_type.startswith("text/html")
    assert case.received("GET", USERS) == 1
    assert case.elapsed() < 0.5
    case.failed()


def test_html_on_200_for_a_post_query(fault_case: FaultCase, insights: Factory) -> None:
    case = fault_case("text/html on 200 (InvalidResponse)")
    case.add("wrong_content_type", path_prefix="/insights/directory/v1/events")
    query = EventQuery(service=[EventServiceTimeQueryServiceItem.ALL], start_time=datetime(2000, 1, 1, tzinfo=UTC))
    with pytest.raises(jcapi_insights.errors.InvalidResponse):
        directory_insights_events_post.sync(client=insights(), body=query)
    assert case.writes("POST", "/insights/directory/v1/events") == 1
    case.failed()
