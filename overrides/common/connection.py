"""``connect()``: a ready client in one call.

::

    from jcapiv2 import connect
    from jcapiv2.api.user_groups import groups_user_list

    client = connect()                       # JUMPCLOUD_API_KEY, JUMPCLOUD_ORG_ID, JUMPCLOUD_REGION
    client = connect("key", region="eu")     # or explicit arguments
    client = connect(client_id="...", client_secret="...")   # a service account (OAuth 2.0)
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

from . import __version__
from .auth import APIKeyAuth
from .client import AuthenticatedClient
from .errors import ConfigurationError
from .pool import ConnectionPool
from .raw import RawRequests
from .request_loop import REAL_TIME, Timing
from .retries import RetryPolicy
from .service_account import TOKEN_URLS, ServiceAccountAuth
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
#: Where each API lives under a root URL given as ``JUMPCLOUD_BASE_URL`` (a simulator, a proxy).
API_PATHS = {"jcapiv1": "/api", "jcapiv2": "/api/v2", "jcapi_insights": "/insights/directory/v1"}
#: Sent with every request: who is calling (JumpCloud's PowerShell module identifies itself too).
USER_AGENT = f"jcapi-python/{__version__} {_PACKAGE} python-httpx/{httpx.__version__}"


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


@dataclasses.dataclass(frozen=True)
class RequestOptions:
    """What a client copy adds to each request it sends through the shared pool (see ``request_loop``)."""

    headers: dict[str, str]
    timeout: httpx.Timeout | None
    auth: httpx.Auth | None


@define
class JumpCloudClient(AuthenticatedClient, RawRequests):
    """The generated ``AuthenticatedClient`` plus auth, retries and timeouts (built by ``connect()``).

    Credentials travel in an ``httpx.Auth`` (``auth``), never in ``token``, which stays empty.
    Every generated operation sends through ``request_loop.send`` with this client's auth,
    retry policy and timeout; ``request()`` / ``request_raw()`` (and ``arequest()`` /
    ``arequest_raw()``) reach endpoints that have no generated function the same way (see
    ``raw``). ``with_options()`` makes copies that share the connection pool (see ``pool``).
    """

    token: str = field(default="", repr=False)
    _auth: httpx.Auth | None = field(default=None, kw_only=True, alias="auth")
    _retry: RetryPolicy = field(factory=RetryPolicy, kw_only=True, alias="retry")
    _transport: httpx.BaseTransport | None = field(default=None, kw_only=True, alias="transport")
    _async_transport: httpx.AsyncBaseTransport | None = field(default=None, kw_only=True, alias="async_transport")
    timing: Timing = field(default=REAL_TIME, kw_only=True, repr=False)
    _pool: ConnectionPool = field(factory=ConnectionPool, kw_only=True, alias="pool", repr=False)

    @property
    def retry_policy(self) -> RetryPolicy:
        """The retry policy of this client (``with_options(max_retries=...)`` for a copy with another)."""
        return self._retry

    @property
    def request_options(self) -> RequestOptions:
        """Headers, timeout and auth this copy sends with each request (the pool holds none of them)."""
        return RequestOptions(self._headers, self._timeout, self._auth)

    def _client_args(self) -> dict[str, Any]:
        """What the shared sync and async httpx clients are built with (no per-copy options)."""
        return {
            "base_url": self._base_url,
            "cookies": self._cookies,
            "follow_redirects": self._follow_redirects,
            "headers": {"User-Agent": USER_AGENT},
            **self._httpx_args,
        }

    def get_httpx_client(self) -> httpx.Client:
        """The shared ``httpx.Client``, built on first use (once, however many threads ask)."""
        transport = {"transport": self._transport} if self._transport else {"verify": self._verify_ssl}
        return self._pool.sync_client(lambda: httpx.Client(**transport, **self._client_args()))

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        """The ``httpx.AsyncClient`` of the running event loop, built on first use there."""
        transport = {"transport": self._async_transport} if self._async_transport else {"verify": self._verify_ssl}
        return self._pool.async_client(lambda: httpx.AsyncClient(**transport, **self._client_args()))

    def __enter__(self) -> JumpCloudClient:
        """``with connect() as client:`` closes the pool (shared with copies) at the end; it reopens on next use."""
        return self

    def __exit__(self, *args: object) -> None:
        self.close()

    async def __aenter__(self) -> JumpCloudClient:
        return self

    async def __aexit__(self, *args: object) -> None:
        await self.aclose()

    def __repr__(self) -> str:
        """Base URL and options only: headers may carry credentials, and the auth masks its own."""
        return (
            f"{type(self).__name__}(base_url={self._base_url!r}, auth={self._auth!r}, "
            f"timeout={self._timeout!r}, max_retries={self._retry.max_retries})"
        )

    def with_options(
        self,
        *,
        timeout: httpx.Timeout | float | None = None,
        max_retries: int | None = None,
        retry: RetryPolicy | None = None,
        headers: dict[str, str] | None = None,
    ) -> JumpCloudClient:
        """A copy with other options that shares this client's connection pool; this one is unchanged.

        Example::

            patient = client.with_options(timeout=120, max_retries=5)
            report = some_operation.sync(client=patient)
            quiet = client.with_options(max_retries=0, headers={"x-trace": "job-42"})
        """
        changes: dict[str, Any] = {}
        if timeout is not None:
            changes["timeout"] = resolve_timeout(timeout)
        if retry is not None or max_retries is not None:
            changes["retry"] = _policy(retry if retry is not None else self._retry, max_retries)
        if headers:
            changes["headers"] = {**self._headers, **headers}
        return evolve(self, **changes)

    def with_timeout(self, timeout: httpx.Timeout | float) -> JumpCloudClient:
        """``with_options(timeout=...)``: a copy with another timeout, sharing the pool.

        (The generated ``Client.with_timeout`` also changes the timeout of the client it is
        called on; for a per-call override that would leak into every later call.)
        """
        return self.with_options(timeout=timeout)

    def with_headers(self, headers: dict[str, str]) -> JumpCloudClient:
        """``with_options(headers=...)``: a copy that also sends ``headers``, sharing the pool."""
        return self.with_options(headers=headers)

    def with_org_id(self, org_id: str | None) -> JumpCloudClient:
        """A copy of this client that works in another organization (for MSP administrators).

        Generated functions take no ``x_org_id`` argument: the org id is part of the client's
        auth (``connect(org_id=...)`` or ``JUMPCLOUD_ORG_ID``), which also knows the routes where
        JumpCloud refuses one. This copy keeps the key and every other setting, and the pool.

        Example::

            for org in ("5f0c...", "60a1..."):
                users = systemusers_list.sync(client=client.with_org_id(org), limit=100)
        """
        if not isinstance(self._auth, APIKeyAuth):
            raise ConfigurationError(
                f"with_org_id() needs an API-key client; this one authenticates with {type(self._auth).__name__} "
                "(a system or a service account always acts in its own organization)"
            )
        return evolve(self, auth=self._auth.with_org_id(org_id))

    def close(self) -> None:
        """Close the sync connection pool, shared with this client's copies (async: ``aclose()``)."""
        self._pool.close()

    async def aclose(self) -> None:
        """Close the running event loop's async connection pool, shared with this client's copies."""
        await self._pool.aclose()


def _policy(base: RetryPolicy, max_retries: int | None) -> RetryPolicy:
    if max_retries is None:
        return base
    if isinstance(max_retries, bool) or not isinstance(max_retries, int) or max_retries < 0:
        raise ConfigurationError(f"max_retries must be 0 or more, got {max_retries!r}")
    return dataclasses.replace(base, max_retries=max_retries)


def _env(name: str) -> str | None:
    value = os.environ.get(name, "").strip()
    return value or None


def _region_of(base_url: str | None) -> str | None:
    """The region a JumpCloud base URL is in (``https://console.eu.jumpcloud.com/api`` -> ``eu``)."""
    host = httpx.URL(base_url).host if base_url else ""
    for region in REGIONS:
        if host in {httpx.URL(urls[region]).host for urls in BASE_URLS.values()}:
            return region
    return None


def _service_account(
    client_id: str | None,
    client_secret: str | None,
    token_url: str | None,
    region: str | None,
    root: str | None,
    base_url: str | None,
) -> ServiceAccountAuth | None:
    """The service-account auth for these arguments (else the ``JUMPCLOUD_CLIENT_*`` variables), or None."""
    if client_id is None and client_secret is None:
        client_id, client_secret = _env("JUMPCLOUD_CLIENT_ID"), _env("JUMPCLOUD_CLIENT_SECRET")
        if client_id is None and client_secret is None:
            return None
    if not client_id or not client_secret:
        raise ConfigurationError(
            "a service account needs both client_id and client_secret "
            "(or JUMPCLOUD_CLIENT_ID and JUMPCLOUD_CLIENT_SECRET)"
        )
    token_url = token_url or _env("JUMPCLOUD_TOKEN_URL")
    if token_url is None and root is not None:
        token_url = root + "/oauth2/token"  # a simulator or proxy serves the token endpoint too
    if token_url is None:
        key = (region or _region_of(base_url) or _env("JUMPCLOUD_REGION") or "us").strip().lower()
        token_url = TOKEN_URLS.get(key)
    return ServiceAccountAuth(client_id, client_secret, region=region or "us", token_url=token_url)


def connect(
    api_key: str | None = None,
    *,
    client_id: str | None = None,
    client_secret: str | None = None,
    token_url: str | None = None,
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
    timing: Timing | None = None,
) -> JumpCloudClient:
    """A client for this package's API, ready for every operation.

    Args:
        api_key: admin API key; default ``JUMPCLOUD_API_KEY``. Not needed with ``auth=``.
        client_id, client_secret: a service account's credentials instead of a key (OAuth 2.0
            client credentials, see ``ServiceAccountAuth``); default ``JUMPCLOUD_CLIENT_ID`` and
            ``JUMPCLOUD_CLIENT_SECRET``. Passing (or setting) both a key and these is an error.
        token_url: the service accounts' token endpoint (default: the region's, or
            ``JUMPCLOUD_TOKEN_URL``, or ``<JUMPCLOUD_BASE_URL>/oauth2/token``).
        org_id: organization id for multi-tenant (MSP) admins; default ``JUMPCLOUD_ORG_ID``.
        region: ``us`` (default), ``eu`` or ``in``; default ``JUMPCLOUD_REGION``.
        base_url: overrides the region (e.g. a local simulator). Without ``base_url`` and
            ``region``, ``JUMPCLOUD_BASE_URL`` is used when set: a root URL under which this API
            lives at ``API_PATHS`` (``/api``, ``/api/v2``, ``/insights/directory/v1``), as on the
            simulator; an explicit ``region=`` always wins.
        timeout: seconds or an ``httpx.Timeout``; default 30 s read, 10 s connect.
        auth: any ``httpx.Auth``, e.g. ``SystemContextAuth`` (then no API key is used).
        max_retries: retries of failed requests (default 2); ``retry`` sets the whole policy.
        headers: extra headers sent with every request.
        verify_ssl: TLS verification, as in httpx.
        transport, async_transport: the httpx transports (e.g. an ``httpx.MockTransport`` in
            tests); default httpx's own.
        httpx_args: further keyword arguments for ``httpx.Client`` / ``httpx.AsyncClient``.
        timing: how retries sleep and draw jitter (``request_loop.Timing``; tests pass fakes).

    Example::

        client = connect(region="eu")
        users = systemusers_list.sync(client=client, limit=100)
    """
    root = None
    if base_url is None and region is None and (root := _env("JUMPCLOUD_BASE_URL")):
        if not root.startswith(("http://", "https://")):
            raise ConfigurationError(f"JUMPCLOUD_BASE_URL must start with http:// or https://, got {root!r}")
        root = root.rstrip("/")
        base_url = root + API_PATHS[_PACKAGE]
    elif (
        base_url is not None and base_url.rstrip("/").endswith(API_PATHS[_PACKAGE]) and "jumpcloud.com" not in base_url
    ):
        root = base_url.rstrip("/")[: -len(API_PATHS[_PACKAGE])]  # a simulator's root
    if auth is None:
        explicit_key = api_key is not None
        explicit_account = client_id is not None or client_secret is not None
        if explicit_key and explicit_account:
            raise ConfigurationError("pass either api_key= or client_id=/client_secret= (a service account), not both")
        key = api_key if explicit_key else None if explicit_account else _env("JUMPCLOUD_API_KEY")
        account = (
            None if explicit_key else _service_account(client_id, client_secret, token_url, region, root, base_url)
        )
        if key and account is not None:
            raise ConfigurationError(
                "both JUMPCLOUD_API_KEY and JUMPCLOUD_CLIENT_ID/JUMPCLOUD_CLIENT_SECRET are set: "
                "unset one, or pass api_key= or client_id=/client_secret= explicitly"
            )
        if account is not None:
            auth = account
        elif not key:
            raise ConfigurationError(
                "no JumpCloud credentials: pass connect(api_key=...) or set JUMPCLOUD_API_KEY "
                "(JumpCloud console > your account > My API Key), or a service account's "
                "connect(client_id=..., client_secret=...) / JUMPCLOUD_CLIENT_ID and JUMPCLOUD_CLIENT_SECRET; "
                "a managed system can use connect(auth=SystemContextAuth.from_agent()) instead"
            )
        else:
            auth = APIKeyAuth(key, org_id=org_id if org_id is not None else _env("JUMPCLOUD_ORG_ID"))
    elif api_key is not None or client_id is not None or client_secret is not None:
        raise ConfigurationError("pass either auth= or credentials (api_key=, client_id=/client_secret=), not both")
    if base_url is None:
        base_url = base_url_for(region or _env("JUMPCLOUD_REGION") or "us")
    elif not base_url.startswith(("http://", "https://")):
        raise ConfigurationError(f"base_url must start with http:// or https://, got {base_url!r}")
    policy = _policy(retry if retry is not None else RetryPolicy(), max_retries)
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
        timing=timing or REAL_TIME,
    )
