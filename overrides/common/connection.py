"""``connect()``: a ready client in one call.

::

    from jcapiv2 import connect
    from jcapiv2.api.user_groups import groups_user_list

    client = connect()                       # JUMPCLOUD_API_KEY, JUMPCLOUD_ORG_ID, JUMPCLOUD_REGION
    client = connect("key", region="eu")     # or explicit arguments
    client = connect(auth=SystemContextAuth.from_agent())   # a system calling for itself
    for group in groups_user_list.sync(client=client, limit=100) or []:
        print(group.name)

The client returned is the generated ``AuthenticatedClient`` (every operation accepts it) with: the key sent
as ``x-api-key`` by an ``httpx.Auth`` (never a plain header, so reprs stay clean), the org id
for multi-tenant admins, the region's base URL, default timeouts, retries with backoff
(see ``retries``), and typed errors raised for every answer that is not a success.
"""

from __future__ import annotations

import dataclasses
import os
import ssl
from typing import Any

import httpx
from attrs import define, evolve, field

from .auth import APIKeyAuth
from .client import AuthenticatedClient
from .errors import ConfigurationError
from .raw import RawRequests
from .retries import AsyncRetryTransport, RetryPolicy, RetryTransport
from .timeouts import resolve_timeout

__all__ = ["REGIONS", "ConfigurationError", "JumpCloudClient", "base_url_for", "connect"]

#: Base URL of each API in each region; the package picks its own row.
BASE_URLS: dict[str, dict[str, str]] = {
    "jcapiv1": {
        "us": "https://console.jumpcloud.com/api",
        "eu": "https://console.eu.jumpcloud.com/api",
        "in": "https://console.in.jumpcloud.com/api",
    },
    "jcapiv2": {
        "us": "https://console.jumpcloud.com/api/v2",
        "eu": "https://console.eu.jumpcloud.com/api/v2",
        "in": "https://console.in.jumpcloud.com/api/v2",
    },
    "jcapi_insights": {
        "us": "https://api.jumpcloud.com/insights/directory/v1",
        "eu": "https://api.eu.jumpcloud.com/insights/directory/v1",
        "in": "https://api.in.jumpcloud.com/insights/directory/v1",
    },
}
REGIONS = ("us", "eu", "in")
_PACKAGE = __name__.rpartition(".")[0]


def base_url_for(region: str, package: str = _PACKAGE) -> str:
    """The base URL of this package's API in a region (``us``, ``eu`` or ``in``).

    >>> base_url_for("eu", "jcapiv2")
    'https://console.eu.jumpcloud.com/api/v2'
    """
    key = region.strip().lower()
    if key not in REGIONS:
        raise ConfigurationError(
            f"unknown JumpCloud region {region!r}: use one of {', '.join(REGIONS)} "
            "(argument region= or JUMPCLOUD_REGION), or pass base_url="
        )
    return BASE_URLS[package][key]


@define
class JumpCloudClient(AuthenticatedClient, RawRequests):
    """The generated ``AuthenticatedClient`` plus auth, retries and timeouts (built by ``connect()``).

    Credentials travel in an ``httpx.Auth`` (``auth``), never in ``token``, which stays empty.
    ``request()`` / ``request_raw()`` (and ``arequest()`` / ``arequest_raw()``) reach endpoints
    that have no generated function, through the same auth, retries and errors (see ``raw``).
    """

    token: str = field(default="", repr=False)
    _auth: httpx.Auth | None = field(default=None, kw_only=True, alias="auth")
    _retry: RetryPolicy = field(factory=RetryPolicy, kw_only=True, alias="retry")
    _transport: httpx.BaseTransport | None = field(default=None, kw_only=True, alias="transport")
    _async_transport: httpx.AsyncBaseTransport | None = field(default=None, kw_only=True, alias="async_transport")

    def _client_args(self) -> dict[str, Any]:
        """What the sync and async httpx clients share."""
        return {
            "base_url": self._base_url,
            "cookies": self._cookies,
            "headers": self._headers,
            "timeout": self._timeout,
            "follow_redirects": self._follow_redirects,
            "auth": self._auth,
            **self._httpx_args,
        }

    def get_httpx_client(self) -> httpx.Client:
        """The underlying ``httpx.Client``, built on first use."""
        if self._client is None:
            inner = self._transport or httpx.HTTPTransport(verify=self._verify_ssl)
            self._client = httpx.Client(transport=RetryTransport(inner, policy=self._retry), **self._client_args())
        return self._client

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        """The underlying ``httpx.AsyncClient``, built on first use."""
        if self._async_client is None:
            inner = self._async_transport or httpx.AsyncHTTPTransport(verify=self._verify_ssl)
            self._async_client = httpx.AsyncClient(
                transport=AsyncRetryTransport(inner, policy=self._retry), **self._client_args()
            )
        return self._async_client

    def with_timeout(self, timeout: httpx.Timeout | float) -> JumpCloudClient:
        """A copy of this client with another timeout; this one keeps its own.

        (The generated ``Client.with_timeout`` also changes the timeout of the client it is
        called on; for a per-call override that would leak into every later call.)

        Example::

            slow = client.with_timeout(120)
            report = some_operation.sync(client=slow)
        """
        return evolve(self, timeout=resolve_timeout(timeout))

    def with_headers(self, headers: dict[str, str]) -> JumpCloudClient:
        """A copy of this client that also sends ``headers``; this one is unchanged."""
        return evolve(self, headers={**self._headers, **headers})

    def with_org_id(self, org_id: str | None) -> JumpCloudClient:
        """A copy of this client that works in another organization (for MSP administrators).

        Generated functions take no ``x_org_id`` argument: the org id is part of the client's
        auth (``connect(org_id=...)`` or ``JUMPCLOUD_ORG_ID``), which also knows the routes where
        JumpCloud refuses one. This copy keeps the key and every other setting.

        Example::

            for org in ("5f0c...", "60a1..."):
                users = systemusers_list.sync(client=client.with_org_id(org), limit=100)
        """
        if not isinstance(self._auth, APIKeyAuth):
            raise ConfigurationError(
                f"with_org_id() needs an API-key client; this one authenticates with {type(self._auth).__name__} "
                "(a system always acts in its own organization)"
            )
        return evolve(self, auth=self._auth.with_org_id(org_id))

    def close(self) -> None:
        """Close the sync connection pool (the async one closes with ``aclose()``)."""
        if self._client is not None:
            self._client.close()

    async def aclose(self) -> None:
        """Close the async connection pool."""
        if self._async_client is not None:
            await self._async_client.aclose()


def _env(name: str) -> str | None:
    value = os.environ.get(name, "").strip()
    return value or None


def connect(
    api_key: str | None = None,
    *,
    org_id: str | None = None,
    region: str | None = None,
    base_url: str | None = None,
    timeout: float | httpx.Timeout | None = None,
    auth: httpx.Auth | None = None,
    max_retries: int | None = None,
    retry: RetryPolicy | None = None,
    headers: dict[str, str] | None = None,
    verify_ssl: bool | str | ssl.SSLContext = True,
    transport: httpx.BaseTransport | None = None,
    async_transport: httpx.AsyncBaseTransport | None = None,
    httpx_args: dict[str, Any] | None = None,
) -> JumpCloudClient:
    """A client for this package's API, ready for every operation.

    Args:
        api_key: admin API key; default ``JUMPCLOUD_API_KEY``. Not needed with ``auth=``.
        org_id: organization id for multi-tenant (MSP) admins; default ``JUMPCLOUD_ORG_ID``.
        region: ``us`` (default), ``eu`` or ``in``; default ``JUMPCLOUD_REGION``.
        base_url: overrides the region (e.g. a local simulator).
        timeout: seconds or an ``httpx.Timeout``; default 30 s read, 10 s connect.
        auth: any ``httpx.Auth``, e.g. ``SystemContextAuth`` (then no API key is used).
        max_retries: retries of failed requests (default 2); ``retry`` sets the whole policy.
        headers: extra headers sent with every request.
        verify_ssl: TLS verification, as in httpx.
        transport, async_transport: the httpx transports under the retry layer (e.g. an
            ``httpx.MockTransport`` in tests); default httpx's own.
        httpx_args: further keyword arguments for ``httpx.Client`` / ``httpx.AsyncClient``.

    Example::

        client = connect(region="eu")
        users = systemusers_list.sync(client=client, limit=100)
    """
    if auth is None:
        key = api_key if api_key is not None else _env("JUMPCLOUD_API_KEY")
        if not key:
            raise ConfigurationError(
                "no JumpCloud API key: pass connect(api_key=...) or set JUMPCLOUD_API_KEY "
                "(JumpCloud console > your account > My API Key); a managed system can use "
                "connect(auth=SystemContextAuth.from_agent()) instead"
            )
        auth = APIKeyAuth(key, org_id=org_id if org_id is not None else _env("JUMPCLOUD_ORG_ID"))
    elif api_key is not None:
        raise ConfigurationError("pass either api_key= or auth=, not both")
    if base_url is None:
        base_url = base_url_for(region or _env("JUMPCLOUD_REGION") or "us")
    elif not base_url.startswith(("http://", "https://")):
        raise ConfigurationError(f"base_url must start with http:// or https://, got {base_url!r}")
    policy = retry if retry is not None else RetryPolicy()
    if max_retries is not None:
        if max_retries < 0:
            raise ConfigurationError("max_retries must be 0 or more")
        policy = dataclasses.replace(policy, max_retries=max_retries)
    return JumpCloudClient(
        base_url=base_url.rstrip("/"),
        headers=dict(headers or {}),
        timeout=resolve_timeout(timeout),
        verify_ssl=verify_ssl,
        httpx_args=dict(httpx_args or {}),
        raise_on_unexpected_status=True,
        auth=auth,
        retry=policy,
        transport=transport,
        async_transport=async_transport,
    )
