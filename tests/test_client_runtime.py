"""The client at run time: one pool under threads and event loops, one error tree, its identity."""

from __future__ import annotations

import asyncio
import subprocess
import sys
import threading
import tomllib
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

import jcapi_insights
import jcapiv1
import jcapiv2
import jcsim
from jcapiv2 import errors
from jcapiv2.api.user_groups import groups_user_list
from jcapiv2.pagination import paginate, paginate_async

ROOT = Path(__file__).resolve().parent.parent
KEY = "runtime-key-0123456789abcdef0123"


@pytest.fixture(autouse=True)
def clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("JUMPCLOUD_API_KEY", "JUMPCLOUD_ORG_ID", "JUMPCLOUD_REGION", "JUMPCLOUD_BASE_URL", "JCAPI_LOG"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture(scope="module")
def sim() -> Iterator[jcsim.RunningSim]:
    with jcsim.serve(jcsim.SimState(seed=3)) as running:
        yield running


def v2(sim: jcsim.RunningSim, **kwargs: Any) -> jcapiv2.connection.JumpCloudClient:
    return jcapiv2.connect(api_key=jcsim.DEFAULT_API_KEY, base_url=sim.url + "/api/v2", **kwargs)


# --- one pool -------------------------------------------------------------------------------


def test_twenty_threads_first_calls_open_one_pool(sim: jcsim.RunningSim, monkeypatch: pytest.MonkeyPatch) -> None:
    built: list[httpx.Client] = []
    original_init = httpx.Client.__init__

    def counting_init(self: httpx.Client, *args: Any, **kwargs: Any) -> None:
        original_init(self, *args, **kwargs)
        built.append(self)

    monkeypatch.setattr(httpx.Client, "__init__", counting_init)
    client = v2(sim)
    start = threading.Barrier(20)
    failures: list[BaseException] = []

    def first_call() -> None:
        start.wait()
        try:
            groups_user_list.sync(client=client, limit=5)
        except BaseException as exc:  # collected and asserted below
            failures.append(exc)

    threads = [threading.Thread(target=first_call) for _ in range(20)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert failures == []
    assert len(built) == 1, "one httpx.Client for 20 concurrent first calls"
    client.close()
    assert built[0].is_closed, "close() closes the one pool: nothing left open"


def test_one_client_serves_successive_event_loops(sim: jcsim.RunningSim) -> None:
    client = v2(sim)

    async def fifty_calls() -> int:
        answers = await asyncio.gather(*(groups_user_list.asyncio(client=client, limit=5) for _ in range(50)))
        return sum(1 for answer in answers if answer is not None)

    assert [asyncio.run(fifty_calls()) for _ in range(3)] == [50, 50, 50]


def test_copies_share_the_pool_across_loops(sim: jcsim.RunningSim) -> None:
    client = v2(sim)
    copy = client.with_options(max_retries=0)

    async def both() -> bool:
        return client.get_async_httpx_client() is copy.get_async_httpx_client()

    assert asyncio.run(both())
    assert client.get_httpx_client() is copy.get_httpx_client()


# --- one error tree -------------------------------------------------------------------------


def refused_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])  # closed when the block ends: nothing listens there


def cases(sim: jcsim.RunningSim) -> dict[str, Callable[[], Any]]:
    refused = jcapiv2.connect(api_key=KEY, base_url=f"http://127.0.0.1:{refused_port()}/api/v2", max_retries=0)
    stuck = httpx.MockTransport(lambda r: httpx.Response(200, json=[{"id": "same"}]))  # a server ignoring skip
    loop = jcapiv2.connect(api_key=KEY, base_url="http://jc.test/api/v2", transport=stuck, async_transport=stuck)
    return {
        "refused connection": lambda: groups_user_list.sync(client=refused),
        "timeout": lambda: (
            sim.state.faults.add("slow", delay=1.0, path_prefix="/api/v2/usergroups")
            and groups_user_list.sync(client=v2(sim, timeout=0.2, max_retries=0))
        ),
        "404": lambda: v2(sim).request("GET", "/usergroups/000000000000000000000000"),
        "pagination loop": lambda: list(paginate(groups_user_list, client=loop, page_size=1)),
        "configuration": lambda: jcapiv2.connect(api_key="has a space"),
    }


@pytest.mark.parametrize("case", ["refused connection", "timeout", "404", "pagination loop", "configuration"])
def test_one_except_catches_every_failure_sync(sim: jcsim.RunningSim, case: str) -> None:
    sim.state.faults.clear()
    with pytest.raises(errors.JumpCloudError) as caught:
        cases(sim)[case]()
    expected = {
        "refused connection": errors.APIConnectionError,
        "timeout": errors.APITimeoutError,
        "404": errors.NotFoundError,
        "pagination loop": errors.PaginationError,
        "configuration": errors.ConfigurationError,
    }[case]
    assert isinstance(caught.value, expected)


@pytest.mark.parametrize("case", ["refused connection", "timeout", "404", "pagination loop"])
def test_one_except_catches_every_failure_async(sim: jcsim.RunningSim, case: str) -> None:
    sim.state.faults.clear()
    refused = jcapiv2.connect(api_key=KEY, base_url=f"http://127.0.0.1:{refused_port()}/api/v2", max_retries=0)
    stuck = httpx.MockTransport(lambda r: httpx.Response(200, json=[{"id": "same"}]))
    loop = jcapiv2.connect(api_key=KEY, base_url="http://jc.test/api/v2", transport=stuck, async_transport=stuck)

    async def run() -> Any:
        if case == "refused connection":
            return await groups_user_list.asyncio(client=refused)
        if case == "timeout":
            sim.state.faults.add("slow", delay=1.0, path_prefix="/api/v2/usergroups")
            return await groups_user_list.asyncio(client=v2(sim, timeout=0.2, max_retries=0))
        if case == "404":
            return await v2(sim).arequest("GET", "/usergroups/000000000000000000000000")
        return [g async for g in paginate_async(groups_user_list, client=loop, page_size=1)]

    with pytest.raises(errors.JumpCloudError) as caught:
        asyncio.run(run())
    assert type(caught.value).__name__ in {"APIConnectionError", "APITimeoutError", "NotFoundError", "PaginationError"}


def test_old_error_names_still_work() -> None:
    assert errors.NotFound is errors.NotFoundError and errors.RateLimited is errors.RateLimitError
    assert errors.ServerError is errors.InternalServerError and errors.PermissionDenied is errors.PermissionDeniedError
    assert issubclass(errors.ConfigurationError, ValueError) and issubclass(errors.PaginationError, RuntimeError)
    assert issubclass(errors.APIStatusError, errors.APIError) and issubclass(errors.InvalidResponse, errors.APIError)
    from jcapi_insights.reports import ReportError
    from jcapiv2.bulk import BulkJobError
    from jcapiv2.system_context import SystemContextError

    assert issubclass(SystemContextError, errors.JumpCloudError) and issubclass(BulkJobError, errors.JumpCloudError)
    assert issubclass(ReportError, jcapi_insights.errors.JumpCloudError)
    assert "JumpCloudError" in (errors.__doc__ or "") and "APITimeoutError" in (errors.__doc__ or "")


# --- identity -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("package", "folder"), [(jcapiv1, "jcapiv1"), (jcapiv2, "jcapiv2"), (jcapi_insights, "insights")]
)
def test_version_and_user_agent(package: Any, folder: str) -> None:
    declared = tomllib.loads((ROOT / "generated" / folder / "pyproject.toml").read_text())["project"]["version"]
    assert package.__version__ == declared
    seen: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={})

    mock = httpx.MockTransport(answer)
    package.connect(api_key=KEY, base_url="http://jc.test/x", transport=mock).request("GET", "/ping")
    agent = seen[0].headers["user-agent"]
    assert agent == f"jcapi-python/{declared} {package.__name__} python-httpx/{httpx.__version__}"


def test_jumpcloud_base_url_is_honoured(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("JUMPCLOUD_BASE_URL", "http://127.0.0.1:8000/")
    assert str(jcapiv1.connect(api_key=KEY).get_httpx_client().base_url) == "http://127.0.0.1:8000/api/"
    assert str(jcapiv2.connect(api_key=KEY).get_httpx_client().base_url) == "http://127.0.0.1:8000/api/v2/"
    insights = jcapi_insights.connect(api_key=KEY).get_httpx_client().base_url
    assert str(insights) == "http://127.0.0.1:8000/insights/directory/v1/"
    eu = str(jcapiv2.connect(api_key=KEY, region="eu").get_httpx_client().base_url)
    assert eu == "https://console.eu.jumpcloud.com/api/v2/", "an explicit region wins over the environment"
    monkeypatch.setenv("JUMPCLOUD_BASE_URL", "ftp://nope")
    with pytest.raises(errors.ConfigurationError, match="JUMPCLOUD_BASE_URL must start with http"):
        jcapiv2.connect(api_key=KEY)


def test_jcapi_log_debug_turns_on_the_redacted_request_log() -> None:
    code = (
        "import httpx, jcapiv2\n"
        "mock = httpx.MockTransport(lambda r: httpx.Response(200, json=[]))\n"
        f"c = jcapiv2.connect(api_key='{KEY}', base_url='http://jc.test/api/v2', transport=mock)\n"
        "c.request('GET', '/usergroups', params={'filter': 'name:eq:secret-group'})\n"
    )
    env = {"JCAPI_LOG": "debug", "PATH": "/usr/bin:/bin"}
    done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True, cwd=ROOT)
    assert "GET http://jc.test/api/v2/usergroups?…" in done.stderr
    assert "[REDACTED]" in done.stderr
    assert KEY not in done.stderr and "secret-group" not in done.stderr
    quiet = subprocess.run(
        [sys.executable, "-c", code],
        env={"PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    )
    assert quiet.stderr == ""


def test_a_with_block_closes_the_pool_and_the_client_reopens() -> None:
    seen: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json=[])

    client = jcapiv2.connect(api_key=KEY, base_url="http://jc.test/api/v2", transport=httpx.MockTransport(answer))
    with client as c:
        groups_user_list.sync(client=c)
        first = client.get_httpx_client()
    assert first.is_closed
    groups_user_list.sync(client=client.with_options(max_retries=0))  # a copy after the block: reopened
    assert len(seen) == 2 and client.get_httpx_client() is not first


def test_repr_shows_no_header_values() -> None:
    client = jcapiv2.connect(api_key=KEY, headers={"x-custom-token": "secret-value"})
    assert "secret-value" not in repr(client) and KEY not in repr(client)


def test_url_credentials_never_reach_errors_or_logs(caplog: pytest.LogCaptureFixture) -> None:
    import logging

    mock = httpx.MockTransport(lambda r: httpx.Response(404, json={"message": "nope"}))
    client = jcapiv2.connect(api_key=KEY, base_url="https://user:pa55word@proxy.example/api/v2", transport=mock)
    with caplog.at_level(logging.DEBUG, logger="jcapi"), pytest.raises(errors.NotFoundError) as caught:
        client.request("GET", "/usergroups")
    text = f"{caught.value} {caught.value!r} {caplog.text}"
    assert "pa55word" not in text and "proxy.example/api/v2/usergroups" in text


def test_headers_merge_case_insensitively() -> None:
    seen: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={})

    client = jcapiv2.connect(
        api_key=KEY,
        base_url="http://jc.test/api/v2",
        headers={"content-type": "text/plain"},
        transport=httpx.MockTransport(answer),
    )
    client.request("POST", "/x", json={}, headers={"Content-Type": "application/json"})
    assert seen[0].headers.get_list("content-type") == ["application/json"]


def test_an_unknown_status_is_still_the_typed_error() -> None:
    mock = httpx.MockTransport(lambda r: httpx.Response(520, text="origin error"))
    client = jcapiv2.connect(api_key=KEY, base_url="http://jc.test/api/v2", transport=mock, max_retries=0)
    with pytest.raises(errors.InternalServerError):
        groups_user_list.sync(client=client)


@pytest.mark.parametrize("path", ["/a b", "/a\tb", "/\\evil.example/x", "/x\x7f"])
def test_raw_paths_with_whitespace_or_backslashes_are_refused(path: str) -> None:
    client = jcapiv2.connect(
        api_key=KEY, base_url="http://jc.test/api/v2", transport=httpx.MockTransport(lambda r: httpx.Response(200))
    )
    with pytest.raises(errors.ConfigurationError):
        client.request("GET", path)


def test_finished_event_loops_do_not_keep_their_pools(sim: jcsim.RunningSim) -> None:
    """Real sockets keep a loop alive through its client: the pool drops closed loops itself."""
    client = v2(sim)
    for _ in range(10):
        asyncio.run(client.arequest("GET", "/usergroups", params={"limit": 1}))
    assert len(client._pool._async) <= 1


def test_strict_mode_is_per_task_and_never_sticks() -> None:
    from jcapiv2 import tolerance

    async def task(enabled: bool, entered: asyncio.Event, other: asyncio.Event) -> bool:
        with tolerance.strict(enabled):
            entered.set()
            await other.wait()
            return tolerance.is_strict()

    async def both() -> tuple[bool, bool]:
        a_in, b_in = asyncio.Event(), asyncio.Event()
        return tuple(await asyncio.gather(task(True, a_in, b_in), task(False, b_in, a_in)))  # type: ignore[return-value]

    assert asyncio.run(both()) == (True, False), "each task sees its own setting"
    assert tolerance.is_strict() is False, "nothing left behind"
