"""Dropped connections and stalled responses: GET is resent, POST never is (the simulator's
request log proves each write reached it exactly once), and every wait is bounded."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from jcapiv1 import errors
from jcapiv1.api.systemusers import systemusers_list, systemusers_post
from jcapiv1.models import SystemUserPost

from ._support import READ_TIMEOUT, FaultCase, assert_clear, results

pytestmark = pytest.mark.faults

USERS = "/api/systemusers"
Factory = Callable[..., Any]


def new_user(name: str) -> SystemUserPost:
    return SystemUserPost(email=f"{name}@example.com", username=name)


def test_reset_before_response_get_is_retried(fault_case: FaultCase, v1: Factory) -> None:
    case = fault_case("reset before response, GET")
    case.add("reset_before", path_prefix=USERS)
    page = systemusers_list.sync(client=v1(), limit=5)
    assert len(results(page)) == 5
    assert case.received("GET", USERS) == 2
    assert case.elapsed() < 1.0
    case.survived()


def test_reset_before_response_post_is_not_resent(fault_case: FaultCase, v1: Factory) -> None:
    case = fault_case("reset before response, POST")
    case.add("reset_before", method="POST", path_prefix=USERS)
    before = len(case.sim.state.users)
    with pytest.raises(errors.APIConnectionError) as caught:
        systemusers_post.sync(client=v1(), body=new_user("reset"))
    assert caught.value.method == "POST" and caught.value.url.endswith(USERS)
    assert_clear(caught.value, "POST", USERS)  # names the request, no secret
    assert case.writes("POST", USERS) == 1
    assert len(case.sim.state.users) == before
    assert case.elapsed() < 0.5
    case.failed()


def test_reset_mid_body_get_is_retried(fault_case: FaultCase, v1: Factory) -> None:
    case = fault_case("reset mid-body, GET")
    case.add("reset_mid_body", path_prefix=USERS)
    page = systemusers_list.sync(client=v1(), limit=5)
    assert len(results(page)) == 5
    assert case.received("GET", USERS) == 2
    case.survived()


def test_reset_mid_body_post_is_not_resent(fault_case: FaultCase, v1: Factory) -> None:
    case = fault_case("reset mid-body, POST")
    case.add("reset_mid_body", method="POST", path_prefix=USERS)
    with pytest.raises(errors.APIConnectionError) as caught:
        systemusers_post.sync(client=v1(), body=new_user("midbody"))
    assert caught.value.method == "POST"
    assert isinstance(caught.value.__cause__, httpx.ReadError | httpx.RemoteProtocolError), "wraps httpx's error"
    assert_clear(caught.value)
    assert case.writes("POST", USERS) == 1
    assert case.elapsed() < 0.5
    case.failed()


def test_slow_response_get_times_out_then_retry_succeeds(fault_case: FaultCase, v1: Factory) -> None:
    case = fault_case("slow past read timeout, GET once")
    case.add("slow", delay=READ_TIMEOUT + 0.5, path_prefix=USERS)
    page = systemusers_list.sync(client=v1(), limit=5)
    assert len(results(page)) == 5
    assert case.received("GET", USERS) == 2
    assert READ_TIMEOUT <= case.elapsed() < READ_TIMEOUT + 0.6  # one timeout, not the full stall
    case.survived()


def test_slow_response_get_every_time_raises_read_timeout(fault_case: FaultCase, v1: Factory) -> None:
    case = fault_case("slow past read timeout, GET always")
    case.add("slow", delay=READ_TIMEOUT + 0.5, times=10, path_prefix=USERS)
    with pytest.raises(errors.APITimeoutError) as caught:
        systemusers_list.sync(client=v1(max_retries=1), limit=5)
    assert caught.value.method == "GET" and isinstance(caught.value.__cause__, httpx.ReadTimeout)
    assert_clear(caught.value)
    assert case.received("GET", USERS) == 2  # 1 + max_retries
    assert 2 * READ_TIMEOUT <= case.elapsed() < 2 * READ_TIMEOUT + 0.6
    case.failed()


def test_slow_response_post_times_out_and_is_not_resent(fault_case: FaultCase, v1: Factory) -> None:
    case = fault_case("slow past read timeout, POST")
    case.add("slow", delay=READ_TIMEOUT + 0.3, method="POST", path_prefix=USERS)
    before = len(case.sim.state.users)
    with pytest.raises(errors.APITimeoutError):
        systemusers_post.sync(client=v1(), body=new_user("slowpoke"))
    assert READ_TIMEOUT <= case.elapsed() < READ_TIMEOUT + 0.3
    # Let the stalled request finish server-side. The simulator delays *before* reading the
    # body, so with the client gone the write is dropped; a real server may apply it. Either
    # way it reached the server once and is applied at most once.
    time.sleep(0.4)
    assert len(case.sim.state.users) in (before, before + 1)
    assert case.writes("POST", USERS) == 1
    case.failed()


def test_transport_error_messages_name_method_and_url(fault_case: FaultCase, v1: Factory) -> None:
    fault_case("reset before response, POST").add("reset_before", method="POST", path_prefix=USERS)
    with pytest.raises(errors.APIConnectionError) as caught:
        systemusers_post.sync(client=v1(), body=new_user("named"))
    assert_clear(caught.value, "POST", USERS)
