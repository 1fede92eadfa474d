"""Broken 200 answers: a truncated JSON body, and an HTML page (a proxy's error page) with
``text/html``. Today the generated code calls ``response.json()`` and the caller gets
``json.JSONDecodeError``: loud (never a silent ``None``) but untyped and without the method,
URL or content type. These tests pin that behaviour; the xfail test states the better one."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

import pytest

from jcapi_insights.api.events import directory_insights_events_post
from jcapi_insights.models import EventQuery, EventServiceTimeQueryServiceItem
from jcapiv1 import errors
from jcapiv1.api.systemusers import systemusers_get, systemusers_list
from jcapiv2.api.usergroups import groups_user_list

from ._support import FaultCase, assert_clear

pytestmark = pytest.mark.faults

USERS = "/api/systemusers"
Factory = Callable[..., Any]


def test_malformed_json_on_200_raises_json_decode_error(fault_case: FaultCase, v1: Factory) -> None:
    case = fault_case("malformed JSON on 200 (JSONDecodeError)")
    case.add("malformed_json", path_prefix=USERS, times=5)
    with pytest.raises(json.JSONDecodeError) as caught:
        systemusers_list.sync(client=v1(), limit=5)
    assert_clear(caught.value)  # no secret in it (and no method or URL either)
    assert case.received("GET", USERS) == 1  # a 200 is not retried, whatever its body
    assert case.elapsed() < 0.5
    case.failed()


def test_malformed_json_single_object_and_v2_list(fault_case: FaultCase, v1: Factory, v2: Factory) -> None:
    case = fault_case("malformed JSON on 200 (JSONDecodeError)")
    user_id = next(iter(case.sim.state.users))
    case.add("malformed_json", path_prefix=f"{USERS}/{user_id}")
    with pytest.raises(json.JSONDecodeError):
        systemusers_get.sync(user_id, client=v1())
    case.add("malformed_json", path_prefix="/api/v2/usergroups", body='[{"id": "5f0c", "name": "Eng')
    with pytest.raises(json.JSONDecodeError):
        groups_user_list.sync(client=v2())
    assert case.received("GET", f"{USERS}/{user_id}") == 1
    assert case.received("GET", "/api/v2/usergroups") == 1
    case.failed()


def test_html_on_200_raises_json_decode_error(fault_case: FaultCase, v1: Factory) -> None:
    case = fault_case("text/html on 200 (JSONDecodeError)")
    case.add("wrong_content_type", path_prefix=USERS)
    with pytest.raises(json.JSONDecodeError, match="Expecting value: line 1 column 1") as caught:
        systemusers_list.sync(client=v1(), limit=5)
    assert_clear(caught.value)
    assert case.received("GET", USERS) == 1
    assert case.elapsed() < 0.5
    case.failed()


def test_html_on_200_for_a_post_query(fault_case: FaultCase, insights: Factory) -> None:
    case = fault_case("text/html on 200 (JSONDecodeError)")
    case.add("wrong_content_type", path_prefix="/insights/directory/v1/events")
    query = EventQuery(service=[EventServiceTimeQueryServiceItem.ALL], start_time=datetime(2000, 1, 1, tzinfo=UTC))
    with pytest.raises(json.JSONDecodeError):
        directory_insights_events_post.sync(client=insights(), body=query)
    assert case.writes("POST", "/insights/directory/v1/events") == 1
    case.failed()


@pytest.mark.xfail(strict=True, raises=json.JSONDecodeError, reason="no typed error for an unparseable 200 yet")
def test_unparseable_200_should_be_a_typed_error(fault_case: FaultCase, v1: Factory) -> None:
    case = fault_case("text/html on 200 (typed)")
    case.add("wrong_content_type", path_prefix=USERS)
    with pytest.raises(errors.APIError) as caught:
        systemusers_list.sync(client=v1(), limit=5)
    assert_clear(caught.value, "200", "GET", f"{case.sim.url}{USERS}", "text/html")
