"""ServiceAccountAuth (OAuth 2.0 client credentials) against mock token and API endpoints.

The simulator-backed tests (token lifetime, many threads and tasks for seconds) are in
test_service_account_sim.py; here every branch is driven exactly: token fetched once and reused,
renewed before expiry, a 401 renews once, single flight under threads and tasks, retries of the
token request, typed errors naming the client id, and no secret or token in any text.
"""

from __future__ import annotations

import asyncio
import base64
import logging
import threading
import time
from collections.abc import Callable
from typing import Any
from urllib.parse import parse_qs

import httpx
import pytest

from jcapiv2 import ServiceAccountAuth, connect, errors
from jcapiv2.api.user_groups import groups_user_list
from jcapiv2.request_loop import Timing
from jcapiv2.service_account import TOKEN_URLS

CLIENT_ID = "svc-automation-01"
SECRET = "s3cr3t-Th1s-Must-Never-Show"
TOKEN_URL = "https://auth.test/oauth2/token"
API = "https://api.test/api/v2"
NO_WAIT = Timing(sleep=lambda s: None, random=lambda: 0.0)


class TokenServer:
    """A token endpoint: checks the grant and Basic auth, issues numbered tokens."""

    def __init__(self, *, lifetime: int | None = 3600, delay: float = 0.0) -> None:
        self.lifetime, self.delay = lifetime, delay
        self.issued: list[str] = []
        self.script: list[httpx.Response] = []  # answers to give first (errors), then tokens
        self.lock = threading.Lock()

    def __call__(self, request: httpx.Request) -> httpx.Response:
        form = parse_qs(request.content.decode())
        assert form == {"grant_type": ["client_credentials"], "scope": ["api"]}
        basic = base64.b64decode(request.headers["authorization"].removeprefix("Basic ")).decode()
        if self.delay:
            time.sleep(self.delay)
        with self.lock:
            if self.script:
                return self.script.pop(0)
            if basic != f"{CLIENT_ID}:{SECRET}":
                return httpx.Response(401, json={"error": "invalid_client"})
            token = f"tok-{len(self.issued) + 1}-{'x' * 20}"
            self.issued.append(token)
        body: dict[str, Any] = {"access_token": token, "token_type": "bearer", "scope": "api"}
        if self.lifetime is not None:
            body["expires_in"] = self.lifetime
        return httpx.Response(200, json=body)


class Api:
    """The API side: 200 for the current token, 401 for any other."""

    def __init__(self, tokens: TokenServer) -> None:
        self.tokens = tokens
        self.seen: list[str] = []
        self.refuse_next = 0

    def __call__(self, request: httpx.Request) -> httpx.Response:
        token = request.headers.get("authorization", "").removeprefix("Bearer ")
        self.seen.append(token)
        if self.refuse_next:
            self.refuse_next -= 1
            return httpx.Response(401, json={"message": "Unauthorized"})
        if not self.tokens.issued or token != self.tokens.issued[-1]:
            return httpx.Response(401, json={"message": "Unauthorized"})
        return httpx.Response(200, json=[])


def make(tokens: TokenServer, clock: Callable[[], float] = time.monotonic, **kw: Any) -> ServiceAccountAuth:
    async def slow_async(request: httpx.Request) -> httpx.Response:
        await asyncio.sleep(0.05)  # a real wait, so the other tasks ask while this request is out
        return tokens(request)

    return ServiceAccountAuth(
        CLIENT_ID,
        SECRET,
        token_url=TOKEN_URL,
        transport=httpx.MockTransport(tokens),
        async_transport=httpx.MockTransport(slow_async),
        timing=NO_WAIT,
        clock=clock,
        **kw,
    )


def client_for(auth: ServiceAccountAuth, api: Api) -> Any:
    return connect(
        auth=auth, base_url=API, transport=httpx.MockTransport(api), async_transport=httpx.MockTransport(api)
    )


def test_a_token_is_fetched_on_first_use_and_reused() -> None:
    tokens = TokenServer()
    api = Api(tokens)
    client = client_for(make(tokens), api)
    for _ in range(5):
        assert groups_user_list.sync(client=client) == []
    assert len(tokens.issued) == 1
    assert api.seen == [tokens.issued[0]] * 5


def test_the_token_is_renewed_a_margin_before_it_expires() -> None:
    now = [1000.0]
    tokens = TokenServer(lifetime=100)
    client = client_for(make(tokens, clock=lambda: now[0], renew_margin=60), Api(tokens))
    groups_user_list.sync(client=client)
    now[0] += 89  # margin is a tenth of a 100 s lifetime: renewed from 90 s on
    groups_user_list.sync(client=client)
    assert len(tokens.issued) == 1
    now[0] += 2
    groups_user_list.sync(client=client)
    assert len(tokens.issued) == 2


def test_a_missing_expires_in_means_an_hour() -> None:
    now = [0.0]
    tokens = TokenServer(lifetime=None)
    client = client_for(make(tokens, clock=lambda: now[0]), Api(tokens))
    groups_user_list.sync(client=client)
    now[0] = 3600 - 61
    groups_user_list.sync(client=client)
    assert len(tokens.issued) == 1
    now[0] = 3600 - 59
    groups_user_list.sync(client=client)
    assert len(tokens.issued) == 2


def test_a_401_from_the_api_renews_once_and_the_call_succeeds() -> None:
    tokens = TokenServer()
    api = Api(tokens)
    client = client_for(make(tokens), api)
    groups_user_list.sync(client=client)
    api.refuse_next = 1  # the server dropped the token early
    assert groups_user_list.sync(client=client) == []
    assert len(tokens.issued) == 2 and api.seen[-1] == tokens.issued[-1]


def test_an_api_refusing_every_token_does_not_get_a_new_token_per_request() -> None:
    tokens = TokenServer()
    api = Api(tokens)
    client = client_for(make(tokens), api)
    api.refuse_next = 10
    for _ in range(5):
        with pytest.raises(errors.AuthenticationError):
            groups_user_list.sync(client=client)
    assert len(tokens.issued) == 2 and len(api.seen) == 6  # one renewal in all, not one per request
    api.refuse_next = 0
    assert groups_user_list.sync(client=client) == []  # accepted: a later 401 renews again
    api.refuse_next = 1
    assert groups_user_list.sync(client=client) == [] and len(tokens.issued) == 3


def test_a_second_401_is_the_callers_authentication_error() -> None:
    tokens = TokenServer()
    api = Api(tokens)
    client = client_for(make(tokens), api)
    api.refuse_next = 2
    with pytest.raises(errors.AuthenticationError):
        groups_user_list.sync(client=client)
    assert len(tokens.issued) == 2  # renewed once, not in a loop


@pytest.mark.parametrize(("status", "error"), [(401, errors.AuthenticationError), (403, errors.PermissionDeniedError)])
def test_refused_credentials_raise_a_typed_error_naming_the_client_id_not_the_secret(
    status: int, error: type[Exception]
) -> None:
    tokens = TokenServer()
    tokens.script = [httpx.Response(status, json={"error": "invalid_client" if status == 401 else "access_denied"})]
    client = client_for(make(tokens), Api(tokens))
    with pytest.raises(error) as caught:
        groups_user_list.sync(client=client)
    text = str(caught.value) + repr(caught.value)
    assert CLIENT_ID in str(caught.value) and SECRET not in text
    assert "Service Accounts" in str(caught.value) or "not allowed" in str(caught.value)


def test_the_token_request_is_retried_on_429_and_503() -> None:
    tokens = TokenServer()
    tokens.script = [
        httpx.Response(429, headers={"Retry-After": "0"}, json={}),
        httpx.Response(503, json={}),
    ]
    client = client_for(make(tokens), Api(tokens))
    assert groups_user_list.sync(client=client) == []
    assert len(tokens.issued) == 1


def test_an_unusable_token_answer_is_invalid_response_without_the_body() -> None:
    tokens = TokenServer()
    tokens.script = [httpx.Response(200, json={"access_token": "leaky-token-value", "token_type": "mac"})]
    client = client_for(make(tokens), Api(tokens))
    with pytest.raises(errors.InvalidResponse) as caught:
        groups_user_list.sync(client=client)
    assert "leaky-token-value" not in str(caught.value) and caught.value.content == b""


def test_threads_sharing_the_auth_cause_one_token_request() -> None:
    tokens = TokenServer(delay=0.2)  # slow enough that all threads ask at once
    api = Api(tokens)
    client = client_for(make(tokens), api)
    barrier = threading.Barrier(10)
    failures: list[BaseException] = []

    def call() -> None:
        barrier.wait()
        try:
            groups_user_list.sync(client=client)
        except BaseException as exc:  # collected for the assertion below
            failures.append(exc)

    threads = [threading.Thread(target=call) for _ in range(10)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert failures == [] and len(tokens.issued) == 1 and len(api.seen) == 10


def test_a_thread_fetching_a_token_does_not_block_an_event_loop() -> None:
    """A sync thread's slow token request must not stall async tasks of the same auth on another loop."""
    tokens = TokenServer()

    def slow_sync(request: httpx.Request) -> httpx.Response:
        time.sleep(0.6)  # the thread's token request takes a while
        return tokens(request)

    auth = ServiceAccountAuth(
        CLIENT_ID,
        SECRET,
        token_url=TOKEN_URL,
        transport=httpx.MockTransport(slow_sync),
        async_transport=httpx.MockTransport(tokens),
        timing=NO_WAIT,
    )
    api = Api(tokens)
    client = client_for(auth, api)
    worker = threading.Thread(target=lambda: groups_user_list.sync(client=client))  # its answer is not the point
    gaps: list[float] = []

    async def ticker() -> None:
        last = time.monotonic()
        for _ in range(12):
            await asyncio.sleep(0.05)
            now = time.monotonic()
            gaps.append(now - last)
            last = now

    async def main() -> None:
        worker.start()
        await asyncio.sleep(0.1)  # the thread is inside its token request now
        await asyncio.gather(ticker(), auth._arenew(None))

    asyncio.run(main())
    worker.join()
    assert max(gaps) < 0.4, gaps  # before: the loop waited for the thread's request (0.6 s)


def test_tasks_sharing_the_auth_cause_one_token_request() -> None:
    tokens = TokenServer()
    api = Api(tokens)
    client = client_for(make(tokens), api)

    async def main() -> None:
        results = await asyncio.gather(*(groups_user_list.asyncio(client=client) for _ in range(10)))
        assert results == [[]] * 10

    asyncio.run(main())
    asyncio.run(main())  # a second event loop reuses the token
    assert len(tokens.issued) == 1 and len(api.seen) == 20


def test_async_401_renews_once() -> None:
    tokens = TokenServer()
    api = Api(tokens)
    client = client_for(make(tokens), api)

    async def main() -> None:
        await groups_user_list.asyncio(client=client)
        api.refuse_next = 1
        assert await groups_user_list.asyncio(client=client) == []

    asyncio.run(main())
    assert len(tokens.issued) == 2


def test_no_secret_or_token_in_reprs_or_debug_logs(caplog: pytest.LogCaptureFixture) -> None:
    tokens = TokenServer()
    auth = make(tokens)
    client = client_for(auth, Api(tokens))
    with caplog.at_level(logging.DEBUG, logger="jcapi"):
        groups_user_list.sync(client=client)
    text = repr(auth) + repr(client) + caplog.text
    assert SECRET not in text and tokens.issued[0] not in text
    assert CLIENT_ID in repr(auth) and "<redacted>" in repr(auth)


# --- connect() ------------------------------------------------------------------------------


@pytest.fixture
def no_env(monkeypatch: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    for name in (
        "JUMPCLOUD_API_KEY",
        "JUMPCLOUD_CLIENT_ID",
        "JUMPCLOUD_CLIENT_SECRET",
        "JUMPCLOUD_TOKEN_URL",
        "JUMPCLOUD_BASE_URL",
        "JUMPCLOUD_REGION",
        "JUMPCLOUD_ORG_ID",
    ):
        monkeypatch.delenv(name, raising=False)
    return monkeypatch


def test_connect_with_client_credentials_builds_the_auth(no_env: pytest.MonkeyPatch) -> None:
    client = connect(client_id=CLIENT_ID, client_secret=SECRET)
    auth = client.request_options.auth
    assert isinstance(auth, ServiceAccountAuth) and auth.token_url == TOKEN_URLS["us"]
    assert SECRET not in repr(client)
    eu = connect(client_id=CLIENT_ID, client_secret=SECRET, region="eu").request_options.auth
    assert isinstance(eu, ServiceAccountAuth) and eu.token_url == "https://admin-oauth.id.eu.jumpcloud.com/oauth2/token"


@pytest.mark.parametrize(
    ("base_url", "token_url"),
    [
        ("https://console.eu.jumpcloud.com/api/v2", "https://admin-oauth.id.eu.jumpcloud.com/oauth2/token"),
        ("https://api.in.jumpcloud.com/insights/directory/v1", "https://admin-oauth.id.in.jumpcloud.com/oauth2/token"),
        ("https://console.jumpcloud.com/api", TOKEN_URLS["us"]),
    ],
)
def test_the_token_endpoint_follows_the_region_of_a_jumpcloud_base_url(
    no_env: pytest.MonkeyPatch, base_url: str, token_url: str
) -> None:
    auth = connect(client_id=CLIENT_ID, client_secret=SECRET, base_url=base_url).request_options.auth
    assert isinstance(auth, ServiceAccountAuth) and auth.token_url == token_url


def test_connect_reads_the_environment(no_env: pytest.MonkeyPatch) -> None:
    no_env.setenv("JUMPCLOUD_CLIENT_ID", CLIENT_ID)
    no_env.setenv("JUMPCLOUD_CLIENT_SECRET", SECRET)
    no_env.setenv("JUMPCLOUD_BASE_URL", "http://127.0.0.1:8123")
    auth = connect().request_options.auth
    assert isinstance(auth, ServiceAccountAuth) and auth.token_url == "http://127.0.0.1:8123/oauth2/token"
    no_env.setenv("JUMPCLOUD_TOKEN_URL", "https://proxy.example/token")
    auth = connect().request_options.auth
    assert isinstance(auth, ServiceAccountAuth) and auth.token_url == "https://proxy.example/token"


def test_a_key_and_client_credentials_together_are_a_clear_error(no_env: pytest.MonkeyPatch) -> None:
    with pytest.raises(errors.ConfigurationError, match="either api_key= or client_id="):
        connect("k" * 40, client_id=CLIENT_ID, client_secret=SECRET)
    no_env.setenv("JUMPCLOUD_API_KEY", "k" * 40)
    no_env.setenv("JUMPCLOUD_CLIENT_ID", CLIENT_ID)
    no_env.setenv("JUMPCLOUD_CLIENT_SECRET", SECRET)
    with pytest.raises(errors.ConfigurationError, match="both JUMPCLOUD_API_KEY and JUMPCLOUD_CLIENT_ID") as caught:
        connect()
    assert SECRET not in str(caught.value)
    # an explicit choice wins over the other kind in the environment
    assert isinstance(connect("k" * 40).request_options.auth, type(connect("k" * 40).request_options.auth))
    assert isinstance(connect(client_id=CLIENT_ID, client_secret=SECRET).request_options.auth, ServiceAccountAuth)


def test_half_a_service_account_is_a_clear_error(no_env: pytest.MonkeyPatch) -> None:
    with pytest.raises(errors.ConfigurationError, match="both client_id and client_secret"):
        connect(client_id=CLIENT_ID)
    no_env.setenv("JUMPCLOUD_CLIENT_SECRET", SECRET)
    with pytest.raises(errors.ConfigurationError, match="both client_id and client_secret") as caught:
        connect()
    assert SECRET not in str(caught.value)


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"client_id": "", "client_secret": SECRET}, "client_id must be a non-empty"),
        ({"client_id": "a b", "client_secret": SECRET}, "client_id contains whitespace"),
        ({"client_id": CLIENT_ID, "client_secret": SECRET, "region": "mars"}, "unknown JumpCloud region"),
        ({"client_id": CLIENT_ID, "client_secret": SECRET, "token_url": "ftp://x"}, "token_url must start"),
    ],
)
def test_bad_service_account_arguments_name_the_problem(kwargs: dict[str, Any], message: str) -> None:
    with pytest.raises(errors.ConfigurationError, match=message) as caught:
        ServiceAccountAuth(**kwargs)
    assert SECRET not in str(caught.value)
