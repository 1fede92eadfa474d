"""connect(): arguments, environment fallbacks, clear errors, and no key in reprs or logs."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

import jcapi_insights
import jcapiv1
import jcapiv2
from jcapiv1.api.systemusers import systemusers_list
from jcapiv2.api.administrators import administrator_organizations_list_by_administrator as admin_orgs
from jcapiv2.api.user_groups import groups_user_list
from jcapiv2.connection import JumpCloudClient
from jcapiv2.errors import ConfigurationError

KEY = "test-key-0123456789abcdef0123456789"
ORG = "5f0c1a2b3c4d5e6f7a8b9c0d"


@pytest.fixture(autouse=True)
def clean_env(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    for name in ("JUMPCLOUD_API_KEY", "JUMPCLOUD_ORG_ID", "JUMPCLOUD_REGION"):
        monkeypatch.delenv(name, raising=False)
    yield


def capture(
    client: JumpCloudClient | jcapiv1.connection.JumpCloudClient, status: int = 200, body: object = ()
) -> list[httpx.Request]:
    """Route the client's requests to a MockTransport (under our retry transport) and record them."""
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(status, json=list(body) if isinstance(body, tuple) else body)

    client._transport = httpx.MockTransport(handler)
    return seen


def test_missing_key_names_the_argument_and_the_variable() -> None:
    with pytest.raises(ConfigurationError) as info:
        jcapiv2.connect()
    assert "JUMPCLOUD_API_KEY" in str(info.value) and "api_key=" in str(info.value)


def test_environment_supplies_key_org_and_region(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("JUMPCLOUD_API_KEY", KEY)
    monkeypatch.setenv("JUMPCLOUD_ORG_ID", ORG)
    monkeypatch.setenv("JUMPCLOUD_REGION", "eu")
    client = jcapiv2.connect()
    seen = capture(client)
    groups_user_list.sync(client=client)
    assert str(seen[0].url).startswith("https://console.eu.jumpcloud.com/api/v2/usergroups")
    assert seen[0].headers["x-api-key"] == KEY and seen[0].headers["x-org-id"] == ORG


def test_arguments_win_over_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("JUMPCLOUD_API_KEY", "env-key-that-must-not-be-used")
    monkeypatch.setenv("JUMPCLOUD_REGION", "eu")
    client = jcapiv1.connect(KEY, region="in")
    seen = capture(client, body={"totalCount": 0, "results": []})
    result = systemusers_list.sync(client=client, limit=5)
    assert result is not None and result.total_count == 0
    assert str(seen[0].url).startswith("https://console.in.jumpcloud.com/api/systemusers?")
    assert seen[0].headers["x-api-key"] == KEY and "x-org-id" not in seen[0].headers


@pytest.mark.parametrize(
    ("module", "region", "url"),
    [
        (jcapiv1, "us", "https://console.jumpcloud.com/api"),
        (jcapiv2, "eu", "https://console.eu.jumpcloud.com/api/v2"),
        (jcapi_insights, "in", "https://api.in.jumpcloud.com/insights/directory/v1"),
    ],
)
def test_regions(module: object, region: str, url: str) -> None:
    client = module.connect(KEY, region=region)  # type: ignore[attr-defined]
    assert client.get_httpx_client().base_url == httpx.URL(url + "/")


def test_unknown_region_lists_the_valid_ones() -> None:
    with pytest.raises(ConfigurationError, match="unknown JumpCloud region 'mars': use one of us, eu, in"):
        jcapiv2.connect(KEY, region="mars")


def test_bad_base_url_and_conflicting_auth_are_refused() -> None:
    with pytest.raises(ConfigurationError, match="base_url must start with http"):
        jcapiv2.connect(KEY, base_url="console.jumpcloud.com")
    with pytest.raises(ConfigurationError, match="either auth= or credentials"):
        jcapiv2.connect(KEY, auth=httpx.BasicAuth("a", "b"))
    with pytest.raises(ValueError, match="whitespace"):
        jcapiv2.connect("two words")


def test_org_id_is_not_sent_where_jumpcloud_refuses_it() -> None:
    client = jcapiv2.connect(KEY, org_id=ORG)
    seen = capture(client)
    admin_orgs.sync_detailed("5f0c1a2b3c4d5e6f7a8b9c0e", client=client)
    groups_user_list.sync_detailed(client=client)
    assert "x-org-id" not in seen[0].headers and seen[1].headers["x-org-id"] == ORG


def test_key_is_never_in_repr_or_debug_logs(caplog: pytest.LogCaptureFixture) -> None:
    client = jcapiv2.connect(KEY, org_id=ORG)
    assert KEY not in repr(client) and KEY not in str(client)
    capture(client)
    with caplog.at_level(logging.DEBUG, logger="jcapi"):
        groups_user_list.sync(client=client)
    assert caplog.records, "one debug line per request is expected"
    assert KEY not in caplog.text


def test_any_httpx_auth_replaces_the_key() -> None:
    client = jcapiv2.connect(auth=httpx.BasicAuth("user", "pass"))
    seen = capture(client)
    groups_user_list.sync(client=client)
    assert seen[0].headers["authorization"].startswith("Basic ") and "x-api-key" not in seen[0].headers


def test_errors_are_typed_and_secret_free() -> None:
    client = jcapiv2.connect(KEY, max_retries=0)
    capture(client, status=404, body={"message": "group not found"})
    with pytest.raises(jcapiv2.errors.NotFound) as info:
        groups_user_list.sync(client=client, filter_=["name:$eq:secret-filter"])
    text = str(info.value)
    assert "404" in text and "group not found" in text and "/api/v2/usergroups" in text
    assert KEY not in text and "secret-filter" not in text, "no key and no query string in messages"


def test_package_exports_are_lazy_but_complete() -> None:
    assert set(jcapiv2.__all__) >= {"connect", "SystemContextAuth", "APIError", "Client", "AuthenticatedClient"}
    assert "SystemContextAuth" not in jcapi_insights.__all__
    with pytest.raises(AttributeError, match="no attribute 'nope'"):
        jcapiv2.nope  # noqa: B018


def recording_client(**kwargs: Any) -> tuple[JumpCloudClient, list[httpx.Request]]:
    """A v2 client whose (shared) pool answers 200 [] and records every request."""
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json=[])

    mock = httpx.MockTransport(handler)
    return jcapiv2.connect(KEY, transport=mock, async_transport=mock, **kwargs), seen


def test_with_options_copies_share_the_pool_and_leave_the_original_alone() -> None:
    client, seen = recording_client()
    slow = client.with_timeout(120)
    tagged = client.with_headers({"x-trace": "1"})
    quiet = client.with_options(max_retries=0, timeout=5)
    assert slow.get_httpx_client() is client.get_httpx_client() is tagged.get_httpx_client(), "one pool"
    for c in (client, slow, tagged, quiet):
        groups_user_list.sync(client=c)
    timeouts = [r.extensions["timeout"]["read"] for r in seen]
    assert timeouts == [30.0, 120, 30.0, 5]
    assert [r.headers.get("x-trace") for r in seen] == [None, None, "1", None]
    assert all(r.headers["x-api-key"] == KEY for r in seen), "copies keep the auth"
    assert quiet.retry_policy.max_retries == 0 and client.retry_policy.max_retries == 2
    with pytest.raises(ConfigurationError, match="max_retries must be 0 or more"):
        client.with_options(max_retries=-1)


def test_with_org_id_is_a_copy_in_another_organization() -> None:
    client, seen = recording_client(org_id=ORG)
    other = client.with_org_id("60a1b2c3d4e5f60718293a4b")
    groups_user_list.sync(client=other)
    groups_user_list.sync(client=client)
    groups_user_list.sync(client=client.with_org_id(None))
    assert seen[0].headers["x-org-id"] == "60a1b2c3d4e5f60718293a4b"
    assert seen[1].headers["x-org-id"] == ORG, "the original keeps its org"
    assert "x-org-id" not in seen[2].headers
    assert all(r.headers["x-api-key"] == KEY for r in seen)
    admin_orgs.sync("5f0c1a2b3c4d5e6f7a8b9c0e", client=other)  # an exempt route never gets one either
    assert "x-org-id" not in seen[-1].headers


def test_with_org_id_refuses_a_system_context_client() -> None:
    from jcsim.signing import generate_keypair

    pem, _ = generate_keypair()
    client = jcapiv2.connect(auth=jcapiv2.SystemContextAuth(system_id="5f0c1a2b3c4d5e6f7a8b9c0d", private_key=pem))
    with pytest.raises(ConfigurationError, match="a system or a service account always acts in its own organization"):
        client.with_org_id(ORG)
