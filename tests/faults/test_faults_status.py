"""429 storms and 5xx bursts through ``connect()`` clients: retried to success when the storm
is shorter than the retry budget, a typed error (with ``retry_after``) when it is not, and
writes never resent."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from jcapiv1 import errors
from jcapiv1.api.systemusers import systemusers_list, systemusers_post
from jcapiv1.models import SystemUserPost
from jcapiv1.pagination import paginate

from ._support import FaultCase, assert_clear, results

pytestmark = pytest.mark.faults

USERS = "/api/systemusers"
Factory = Callable[..., Any]


def test_429_storm_with_retry_after_is_honoured_then_succeeds(fault_case: FaultCase, v1: Factory) -> None:
    case = fault_case("429 storm, Retry-After")
    case.add("status", status=429, retry_after="0.1", times=3, path_prefix=USERS)
    page = systemusers_list.sync(client=v1(), limit=5)
    assert len(results(page)) == 5
    assert case.received("GET", USERS) == 4
    assert 0.3 <= case.elapsed() < 1.5  # three waits of the server's 0.1 s, not the 0.01 s backoff
    case.survived()


def test_429_storm_without_retry_after_backs_off_then_succeeds(fault_case: FaultCase, v1: Factory) -> None:
    case = fault_case("429 storm, no Retry-After")
    case.add("status", status=429, times=3, path_prefix=USERS)
    page = systemusers_list.sync(client=v1(), limit=5)
    assert len(results(page)) == 5
    assert case.received("GET", USERS) == 4
    assert case.elapsed() < 1.0  # backoff_base 0.01, capped at 0.05
    case.survived()


def test_429_storm_longer_than_the_retries_raises_rate_limited(fault_case: FaultCase, v1: Factory) -> None:
    case = fault_case("429 storm > max_retries")
    case.add("status", status=429, retry_after="0.05", times=10, path_prefix=USERS)
    with pytest.raises(errors.RateLimited) as caught:
        systemusers_list.sync(client=v1(), limit=5)
    assert caught.value.retry_after == 0.05
    assert caught.value.status_code == 429
    assert_clear(caught.value, "429", "GET", f"{case.sim.url}{USERS}", "too many requests")
    assert case.received("GET", USERS) == 4  # 1 + max_retries
    assert case.elapsed() < 1.5
    case.failed()


def test_retry_after_over_the_cap_raises_at_once(fault_case: FaultCase, v1: Factory) -> None:
    case = fault_case("429 Retry-After > cap")
    case.add("status", status=429, retry_after=120, times=5, path_prefix=USERS)
    with pytest.raises(errors.RateLimited) as caught:
        systemusers_list.sync(client=v1(), limit=5)
    assert caught.value.retry_after == 120
    assert_clear(caught.value, "429", "GET", f"{case.sim.url}{USERS}")
    assert case.received("GET", USERS) == 1  # not slept for two minutes, not retried
    assert case.elapsed() < 0.5
    case.failed()


@pytest.mark.parametrize("status", [500, 502, 503, 504])
def test_5xx_burst_is_retried_to_success(fault_case: FaultCase, v1: Factory, status: int) -> None:
    case = fault_case("5xx burst")
    case.add("status", status=status, times=2, path_prefix=USERS)
    page = systemusers_list.sync(client=v1(), limit=5)
    assert len(results(page)) == 5
    assert case.received("GET", USERS) == 3
    assert case.elapsed() < 1.0
    case.survived()


def test_5xx_exhausted_raises_server_error(fault_case: FaultCase, v1: Factory) -> None:
    case = fault_case("5xx exhausted")
    case.add("status", status=503, times=10, path_prefix=USERS)
    with pytest.raises(errors.ServerError) as caught:
        systemusers_list.sync(client=v1(), limit=5)
    assert caught.value.status_code == 503
    assert_clear(caught.value, "503", "GET", f"{case.sim.url}{USERS}", "simulated error 503")
    assert case.received("GET", USERS) == 4
    assert case.elapsed() < 1.0
    case.failed()


def test_post_is_not_resent_after_a_503(fault_case: FaultCase, v1: Factory) -> None:
    case = fault_case("POST 503 (not retried)")
    case.add("status", status=503, method="POST", path_prefix=USERS)
    before = len(case.sim.state.users)
    with pytest.raises(errors.InternalServerError) as caught:
        systemusers_post.sync(client=v1(), body=SystemUserPost(email="storm@example.com", username="storm"))
    assert_clear(caught.value, "503", "POST", f"{case.sim.url}{USERS}")
    assert case.writes("POST", USERS) == 1, "the server may have acted on it: not resent"
    assert len(case.sim.state.users) == before  # the fault answered: nothing was created
    assert case.elapsed() < 0.5
    case.failed()


def test_a_429_post_is_sent_again_and_succeeds(fault_case: FaultCase, v1: Factory) -> None:
    """A 429 means JumpCloud did not process the request: resending a POST creates nothing twice."""
    case = fault_case("POST 429, then created")
    case.add("status", status=429, method="POST", path_prefix=USERS)
    before = len(case.sim.state.users)
    created = systemusers_post.sync(client=v1(), body=SystemUserPost(email="storm@example.com", username="storm"))
    assert created is not None and created.username == "storm"
    # sent twice, but a 429 is refused before any work: the user exists once (no duplicated write)
    assert case.received("POST", USERS) == 2
    assert len(case.sim.state.users) == before + 1, "created once"
    assert case.elapsed() < 1.0
    case.survived()


def test_paging_survives_intermittent_429_and_503(fault_case: FaultCase, v1: Factory) -> None:
    case = fault_case("paging through 429/503")
    case.sim.state.add_users(475)  # 500 users: 5 pages of 100
    case.add("status", status=429, retry_after="0", times=2, path_prefix=USERS)  # hits page 1
    ids: list[str] = []
    for user in paginate(systemusers_list, client=v1()):
        ids.append(str(user.field_id))
        if len(ids) == 200:
            case.add("status", status=503, times=3, path_prefix=USERS, restart_clock=False)  # page 3
    assert ids == sorted(case.sim.state.users)  # every user once, none skipped or repeated
    assert case.received("GET", USERS) == 5 + 5
    assert case.elapsed() < 2.0
    case.survived()
