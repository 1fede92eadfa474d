"""The main fault cases again through the async clients (the request loop's ``asend``)."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

import httpx
import pytest

from jcapiv1 import errors
from jcapiv1.api.systemusers import systemusers_list, systemusers_post
from jcapiv1.models import SystemUserPost
from jcapiv1.pagination import paginate_async

from ._support import READ_TIMEOUT, FaultCase, assert_clear, results

pytestmark = pytest.mark.faults

USERS = "/api/systemusers"
Factory = Callable[..., Any]
T = TypeVar("T")


def run(client: Any, call: Callable[[Any], Awaitable[T]]) -> T:
    """Run ``call(client)`` in a fresh event loop and close the client's async pool."""

    async def main() -> T:
        try:
            return await call(client)
        finally:
            await client.aclose()

    return asyncio.run(main())


async def list_five(client: Any) -> Any:
    return await systemusers_list.asyncio(client=client, limit=5)


def test_async_429_storm_with_retry_after_then_succeeds(fault_case: FaultCase, v1: Factory) -> None:
    case = fault_case("async: 429 storm, Retry-After")
    case.add("status", status=429, retry_after="0.1", times=3, path_prefix=USERS)
    page = run(v1(), list_five)
    assert len(results(page)) == 5
    assert case.received("GET", USERS) == 4
    assert 0.3 <= case.elapsed() < 1.5
    case.survived()


def test_async_429_storm_too_long_raises_rate_limited(fault_case: FaultCase, v1: Factory) -> None:
    case = fault_case("async: 429 storm > max_retries")
    case.add("status", status=429, times=10, path_prefix=USERS)
    with pytest.raises(errors.RateLimited) as caught:
        run(v1(), list_five)
    assert caught.value.retry_after is None  # the storm sent no Retry-After
    assert_clear(caught.value, "429", "GET", f"{case.sim.url}{USERS}")
    assert case.received("GET", USERS) == 4
    assert case.elapsed() < 1.0
    case.failed()


def test_async_5xx_exhausted_raises_server_error(fault_case: FaultCase, v1: Factory) -> None:
    case = fault_case("async: 5xx exhausted")
    case.add("status", status=502, times=10, path_prefix=USERS)
    with pytest.raises(errors.ServerError) as caught:
        run(v1(), list_five)
    assert_clear(caught.value, "502", "GET", f"{case.sim.url}{USERS}")
    assert case.received("GET", USERS) == 4
    assert case.elapsed() < 1.0
    case.failed()


def test_async_reset_before_get_is_retried(fault_case: FaultCase, v1: Factory) -> None:
    case = fault_case("async: reset before response, GET")
    case.add("reset_before", path_prefix=USERS)
    page = run(v1(), list_five)
    assert len(results(page)) == 5
    assert case.received("GET", USERS) == 2
    assert case.elapsed() < 1.0
    case.survived()


def test_async_reset_mid_body_get_is_retried(fault_case: FaultCase, v1: Factory) -> None:
    case = fault_case("async: reset mid-body, GET")
    case.add("reset_mid_body", path_prefix=USERS)
    page = run(v1(), list_five)
    assert len(results(page)) == 5
    assert case.received("GET", USERS) == 2
    case.survived()


@pytest.mark.parametrize("kind", ["reset_before", "reset_mid_body"])
def test_async_reset_post_is_not_resent(fault_case: FaultCase, v1: Factory, kind: str) -> None:
    label = {"reset_before": "reset before response", "reset_mid_body": "reset mid-body"}[kind]
    case = fault_case(f"async: {label}, POST")
    case.add(kind, method="POST", path_prefix=USERS)

    async def create(client: Any) -> Any:
        body = SystemUserPost(email="async-reset@example.com", username="asyncreset")
        return await systemusers_post.asyncio(client=client, body=body)

    with pytest.raises(errors.APIConnectionError) as caught:
        run(v1(), create)
    assert caught.value.method == "POST"
    assert isinstance(caught.value.__cause__, httpx.ReadError | httpx.RemoteProtocolError), "wraps httpx's error"
    assert_clear(caught.value)
    assert case.writes("POST", USERS) == 1
    assert case.elapsed() < 0.5
    case.failed()


def test_async_slow_get_retried_after_read_timeout(fault_case: FaultCase, v1: Factory) -> None:
    case = fault_case("async: slow past read timeout, GET once")
    case.add("slow", delay=READ_TIMEOUT + 0.5, path_prefix=USERS)
    page = run(v1(), list_five)
    assert len(results(page)) == 5
    assert case.received("GET", USERS) == 2
    assert READ_TIMEOUT <= case.elapsed() < READ_TIMEOUT + 0.6
    case.survived()


def test_async_slow_get_every_time_raises_read_timeout(fault_case: FaultCase, v1: Factory) -> None:
    case = fault_case("async: slow past read timeout, GET always")
    case.add("slow", delay=READ_TIMEOUT + 0.5, times=10, path_prefix=USERS)
    with pytest.raises(errors.APITimeoutError):
        run(v1(max_retries=1), list_five)
    assert case.received("GET", USERS) == 2
    assert 2 * READ_TIMEOUT <= case.elapsed() < 2 * READ_TIMEOUT + 0.6
    case.failed()


def test_async_malformed_json_is_an_invalid_response(fault_case: FaultCase, v1: Factory) -> None:
    case = fault_case("async: malformed JSON on 200 (InvalidResponse)")
    case.add("malformed_json", path_prefix=USERS)
    with pytest.raises(errors.InvalidResponse):
        run(v1(), list_five)
    assert case.received("GET", USERS) == 1
    case.failed()


def test_async_paging_survives_a_storm(fault_case: FaultCase, v1: Factory) -> None:
    case = fault_case("async: paging through 429/503")
    case.sim.state.add_users(275)  # 300 users: 3 pages of 100
    case.add("status", status=503, times=2, path_prefix=USERS)
    case.add("status", status=429, retry_after="0", times=1, path_prefix=USERS)

    async def collect(client: Any) -> list[str]:
        return [str(u.field_id) async for u in paginate_async(systemusers_list, client=client)]

    assert run(v1(), collect) == sorted(case.sim.state.users)
    assert case.received("GET", USERS) == 3 + 3
    assert case.elapsed() < 1.5
    case.survived()
