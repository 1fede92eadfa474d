"""Service accounts against the simulator's token endpoint (real time, real sockets).

Issue 14's measure: with a 2-second token lifetime, 10 threads (and then 10 asyncio tasks)
making calls for 6 seconds on one client all succeed, and the simulator issues at most 5 tokens
(a token is renewed a tenth of its lifetime before expiry: ~4 in 6 s, single flight). A token the
server no longer accepts is renewed once and the call succeeds; wrong credentials are a typed
error naming the client id.
"""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Iterator
from typing import Any

import pytest

import jcapi_insights
import jcapiv1
import jcapiv2
import jcsim
from jcapiv1.api.systemusers import systemusers_list
from jcapiv2.api.user_groups import groups_user_list
from jcsim.clock import SimClock

pytestmark = pytest.mark.slow
DURATION = 6.0
WORKERS = 10


@pytest.fixture
def sim() -> Iterator[jcsim.RunningSim]:
    with jcsim.serve(jcsim.SimState(clock=SimClock(real=True), token_lifetime=2.0)) as running:
        yield running


def client_for(sim: jcsim.RunningSim, secret: str = jcsim.DEFAULT_CLIENT_SECRET) -> Any:
    return jcapiv2.connect(
        client_id=jcsim.DEFAULT_CLIENT_ID, client_secret=secret, base_url=sim.url + "/api/v2", max_retries=0
    )


def test_ten_threads_for_six_seconds_share_at_most_five_tokens(sim: jcsim.RunningSim) -> None:
    client = client_for(sim)
    calls, failures = [0] * WORKERS, []
    deadline = time.monotonic() + DURATION

    def worker(n: int) -> None:
        while time.monotonic() < deadline:
            try:
                groups_user_list.sync(client=client, limit=5)
                calls[n] += 1
            except Exception as exc:  # collected for the assertion below
                failures.append(exc)
                return

    threads = [threading.Thread(target=worker, args=(n,)) for n in range(WORKERS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert failures == []
    assert all(count > 0 for count in calls), calls
    assert 3 <= sim.state.tokens_issued <= 5, f"{sim.state.tokens_issued} tokens for {sum(calls)} calls"


def test_ten_tasks_for_six_seconds_share_at_most_five_tokens(sim: jcsim.RunningSim) -> None:
    client = client_for(sim)

    async def worker() -> int:
        count, deadline = 0, time.monotonic() + DURATION
        while time.monotonic() < deadline:
            await groups_user_list.asyncio(client=client, limit=5)
            count += 1
        return count

    async def main() -> list[int]:
        return await asyncio.gather(*(worker() for _ in range(WORKERS)))

    calls = asyncio.run(main())
    assert all(count > 0 for count in calls), calls
    assert 3 <= sim.state.tokens_issued <= 5, f"{sim.state.tokens_issued} tokens for {sum(calls)} calls"


def test_a_stale_token_answered_401_is_renewed_once_and_the_call_succeeds(sim: jcsim.RunningSim) -> None:
    frozen = [0.0]  # the auth's clock stands still: it believes its first token is still good
    auth = jcapiv2.ServiceAccountAuth(
        jcsim.DEFAULT_CLIENT_ID,
        jcsim.DEFAULT_CLIENT_SECRET,
        token_url=sim.url + "/oauth2/token",
        clock=lambda: frozen[0],
    )
    client = jcapiv2.connect(auth=auth, base_url=sim.url + "/api/v2", max_retries=0)
    sim.state.token_lifetime = 0.3
    groups_user_list.sync(client=client, limit=1)
    time.sleep(0.5)  # the simulator has expired the token
    assert groups_user_list.sync(client=client, limit=1) is not None
    assert auth.tokens_fetched == 2 and sim.state.tokens_issued == 2


def test_wrong_credentials_are_a_typed_error_naming_the_client_id(sim: jcsim.RunningSim) -> None:
    with pytest.raises(jcapiv2.errors.AuthenticationError) as caught:
        groups_user_list.sync(client=client_for(sim, secret="not-the-secret"), limit=1)
    assert jcsim.DEFAULT_CLIENT_ID in str(caught.value)
    assert "not-the-secret" not in str(caught.value) + repr(caught.value)


def test_one_auth_serves_all_three_packages_with_one_token(sim: jcsim.RunningSim) -> None:
    auth = jcapiv2.ServiceAccountAuth(
        jcsim.DEFAULT_CLIENT_ID, jcsim.DEFAULT_CLIENT_SECRET, token_url=sim.url + "/oauth2/token"
    )
    v1 = jcapiv1.connect(auth=auth, base_url=sim.url + "/api")
    v2 = jcapiv2.connect(auth=auth, base_url=sim.url + "/api/v2")
    insights = jcapi_insights.connect(auth=auth, base_url=sim.url + "/insights/directory/v1")
    from jcapi_insights.api.reports import directory_insights_reports_list_get

    assert systemusers_list.sync(client=v1, limit=1) is not None
    assert groups_user_list.sync(client=v2, limit=1) is not None
    assert directory_insights_reports_list_get.sync(client=insights) is not None
    assert auth.tokens_fetched == 1


def test_jumpcloud_base_url_makes_connect_use_the_simulators_token_endpoint(
    sim: jcsim.RunningSim, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in ("JUMPCLOUD_API_KEY", "JUMPCLOUD_REGION", "JUMPCLOUD_TOKEN_URL"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("JUMPCLOUD_BASE_URL", sim.url)
    monkeypatch.setenv("JUMPCLOUD_CLIENT_ID", jcsim.DEFAULT_CLIENT_ID)
    monkeypatch.setenv("JUMPCLOUD_CLIENT_SECRET", jcsim.DEFAULT_CLIENT_SECRET)
    assert groups_user_list.sync(client=jcapiv2.connect(), limit=1) is not None
    assert sim.state.tokens_issued == 1
