"""Service accounts: OAuth 2.0 client credentials, as an ``httpx.Auth``.

JumpCloud recommends automation sign in as a *service account* rather than with a person's admin
API key. The account's client id and secret buy a bearer token at JumpCloud's token endpoint
(``POST https://admin-oauth.id.jumpcloud.com/oauth2/token``, form ``grant_type=client_credentials
&scope=api``, HTTP Basic auth with the id and secret; ``admin-oauth.id.eu.jumpcloud.com`` in the
EU). The answer carries ``access_token``, ``token_type`` ``bearer`` and ``expires_in`` seconds; API
calls send ``Authorization: Bearer <token>``; there is no refresh token, so a new token is asked
for shortly before the old one expires. (JumpCloud's service-account documentation and its
``jc`` CLI; the India host follows the same pattern but could not be confirmed offline, so pass
``token_url=`` if it differs.)

``ServiceAccountAuth`` does all of it: the first request fetches a token, later ones reuse it, a
token is renewed ``renew_margin`` before it expires (at most a tenth of its lifetime), and a 401
from the API renews it once and resends the request. Renewal is single-flight: threads sharing
the auth wait for one token request (a lock), as do asyncio tasks of one event loop. The token
request goes through the SDK's request loop with its own timeout and retries (429 and 5xx, with
``Retry-After``; a token request is safe to repeat). A 401 from the token endpoint is
``AuthenticationError`` and a 403 ``PermissionDeniedError``, both naming the client id; the
secret and tokens appear in no ``repr``, log line or exception.

Hand-written: httpx has no OAuth client, and Authlib's ``httpx`` integration is a client
subclass, not an ``httpx.Auth`` that fits ``connect()``'s shared pool; the flow is one POST.

Example::

    from jcapiv2 import connect, ServiceAccountAuth

    client = connect(client_id="...", client_secret="...")          # or JUMPCLOUD_CLIENT_ID/_SECRET
    auth = ServiceAccountAuth("id", "secret", region="eu")          # usable with any httpx client
    jcapiv1_client = jcapiv1.connect(auth=auth)                     # one token for both packages
"""

from __future__ import annotations

import dataclasses
import threading
import time
import weakref
from collections.abc import AsyncGenerator, Callable, Generator
from typing import TYPE_CHECKING, Any

import httpx

from . import __version__, decoding, errors
from .auth import mask
from .pool import ConnectionPool
from .request_loop import REAL_TIME, Timing, asend, send
from .retries import RetryPolicy

if TYPE_CHECKING:
    import asyncio

__all__ = ["TOKEN_URLS", "ServiceAccountAuth"]

#: JumpCloud's token endpoint in each region (``in`` by the pattern of the other two).
TOKEN_URLS = {
    "us": "https://admin-oauth.id.jumpcloud.com/oauth2/token",
    "eu": "https://admin-oauth.id.eu.jumpcloud.com/oauth2/token",
    "in": "https://admin-oauth.id.in.jumpcloud.com/oauth2/token",
}
#: Seconds a token is assumed to live when the answer has no ``expires_in``.
DEFAULT_LIFETIME = 3600.0


@dataclasses.dataclass
class _Token:
    value: str = dataclasses.field(repr=False)
    expires_at: float  # monotonic seconds
    renew_at: float
    proven: bool = False  # the API accepted it at least once


class _TokenEndpoint:
    """What ``request_loop.send`` needs to post to the token endpoint: pools, retries, timing."""

    def __init__(
        self,
        basic: httpx.BasicAuth,
        timeout: httpx.Timeout,
        policy: RetryPolicy,
        timing: Timing,
        transport: httpx.BaseTransport | None,
        async_transport: httpx.AsyncBaseTransport | None,
    ) -> None:
        self.retry_policy, self.timing = policy, timing
        self._args: dict[str, Any] = {
            "auth": basic,
            "timeout": timeout,
            "headers": {"User-Agent": f"jcapi-python/{__version__}", "Accept": "application/json"},
        }
        self._transport, self._async_transport = transport, async_transport
        self._pool = ConnectionPool()

    def get_httpx_client(self) -> httpx.Client:
        return self._pool.sync_client(lambda: httpx.Client(transport=self._transport, **self._args))

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        return self._pool.async_client(lambda: httpx.AsyncClient(transport=self._async_transport, **self._args))


class ServiceAccountAuth(httpx.Auth):
    """Sign in as a JumpCloud service account (OAuth 2.0 client credentials); see the module docstring.

    Args:
        client_id, client_secret: the service account's credentials (JumpCloud console >
            Settings > Service Accounts).
        region: ``us`` (default), ``eu`` or ``in``: picks the token endpoint.
        token_url: the token endpoint itself (overrides ``region``; a simulator or a proxy).
        scope: the OAuth scope asked for (``api``).
        timeout: seconds for the token request.
        renew_margin: renew a token this many seconds before it expires (at most a tenth of its
            lifetime, so short-lived tokens are still used).
        retry: the token request's retry policy (default: 2 retries on 408/429/5xx).
        transport, async_transport: httpx transports for the token request (tests).

    Example::

        auth = ServiceAccountAuth(client_id, client_secret)
        with httpx.Client(base_url="https://console.jumpcloud.com/api/v2", auth=auth) as http:
            http.get("/usergroups")
    """

    requires_request_body = True  # a request answered 401 is sent again with a new token

    def __init__(
        self,
        client_id: str,
        client_secret: str,
        *,
        region: str = "us",
        token_url: str | None = None,
        scope: str = "api",
        timeout: float = 10.0,
        renew_margin: float = 60.0,
        retry: RetryPolicy | None = None,
        transport: httpx.BaseTransport | None = None,
        async_transport: httpx.AsyncBaseTransport | None = None,
        timing: Timing = REAL_TIME,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        for name, value in (("client_id", client_id), ("client_secret", client_secret)):
            if not isinstance(value, str) or not value.strip():
                raise errors.ConfigurationError(
                    f"{name} must be a non-empty string (JumpCloud console > Settings > Service Accounts)"
                )
            if any(ch.isspace() for ch in value.strip()):
                raise errors.ConfigurationError(f"{name} contains whitespace: copy it again without spaces or newlines")
        if token_url is None:
            key = region.strip().lower()
            if key not in TOKEN_URLS:
                raise errors.ConfigurationError(
                    f"unknown JumpCloud region {region!r}: use one of {', '.join(TOKEN_URLS)}, or pass token_url="
                )
            token_url = TOKEN_URLS[key]
        if not token_url.startswith(("http://", "https://")):
            raise errors.ConfigurationError(f"token_url must start with http:// or https://, got {token_url!r}")
        if not renew_margin >= 0 or not timeout > 0:
            raise errors.ConfigurationError("renew_margin must be >= 0 and timeout > 0 seconds")
        self.client_id = client_id.strip()
        self.token_url = token_url
        self.scope = scope
        self._margin = renew_margin
        self._clock = clock
        policy = retry if retry is not None else RetryPolicy(retry_non_idempotent=True)
        basic = httpx.BasicAuth(self.client_id, client_secret.strip())
        self._endpoint = _TokenEndpoint(basic, httpx.Timeout(timeout), policy, timing, transport, async_transport)
        self._token: _Token | None = None
        self._fresh_refusals = 0  # 401s of tokens never accepted, since one last was
        self._fetch_lock = threading.Lock()  # one token request at a time across threads
        self._lock = threading.Lock()  # the token and the per-loop locks: never held across I/O
        self._loop_locks: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, asyncio.Lock] = (
            weakref.WeakKeyDictionary()
        )
        self.tokens_fetched = 0  #: how many tokens this auth has asked for (a figure for tests and logs)

    def __repr__(self) -> str:
        return (
            f"ServiceAccountAuth(client_id={self.client_id!r}, client_secret={mask('')!r}, "
            f"token_url={self.token_url!r})"
        )

    # --- the flows httpx runs for every request ---------------------------------------------

    def sync_auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        token = self._valid() or self._renew(None)
        request.headers["Authorization"] = f"Bearer {token.value}"
        response = yield request
        if response.status_code == 401 and self._may_renew(token):
            token = self._renew(token)
            request.headers["Authorization"] = f"Bearer {token.value}"
            response = yield request
        self._judged(token, response)

    async def async_auth_flow(self, request: httpx.Request) -> AsyncGenerator[httpx.Request, httpx.Response]:
        token = self._valid() or await self._arenew(None)
        request.headers["Authorization"] = f"Bearer {token.value}"
        response = yield request
        if response.status_code == 401 and self._may_renew(token):
            token = await self._arenew(token)
            request.headers["Authorization"] = f"Bearer {token.value}"
            response = yield request
        self._judged(token, response)

    def _may_renew(self, token: _Token) -> bool:
        """Renew after a 401 when the token worked before (JumpCloud dropped it), and once for a
        token never accepted: an API that refuses every token must not get a new one per request."""
        with self._lock:
            if token.proven:
                return True
            self._fresh_refusals += 1
            return self._fresh_refusals == 1

    def _judged(self, token: _Token, response: httpx.Response) -> None:
        if response.status_code != 401 and not token.proven:
            token.proven = True
            self._fresh_refusals = 0

    # --- the token ---------------------------------------------------------------------------

    def _valid(self) -> _Token | None:
        token = self._token
        return token if token is not None and self._clock() < token.renew_at else None

    def _current(self, stale: _Token | None) -> _Token | None:
        """The token to use if another thread or task renewed it meanwhile (single flight)."""
        token = self._token
        if token is None or token is stale:
            return None
        return token if stale is not None else self._valid()

    def _renew(self, stale: _Token | None) -> _Token:
        with self._fetch_lock:
            current = self._current(stale)
            if current is not None:
                return current
            response = send(self._endpoint, self._token_request(), policy=self._endpoint.retry_policy)
            with self._lock:
                self._token = self._read(response)
                return self._token

    async def _arenew(self, stale: _Token | None) -> _Token:
        import asyncio

        loop = asyncio.get_running_loop()
        with self._lock:
            lock = self._loop_locks.setdefault(loop, asyncio.Lock())
        async with lock:
            current = self._current(stale)
            if current is not None:
                return current
            response = await asend(self._endpoint, self._token_request(), policy=self._endpoint.retry_policy)
            with self._lock:
                self._token = self._read(response)
                return self._token

    def _token_request(self) -> dict[str, Any]:
        return {
            "method": "POST",
            "url": self.token_url,
            "data": {"grant_type": "client_credentials", "scope": self.scope},
        }

    def _read(self, response: httpx.Response) -> _Token:
        """The token in a token-endpoint answer, or the typed error naming the client id."""
        self.tokens_fetched += 1
        if response.status_code in (401, 403):
            error = errors.error_for_response(response)
            why = (
                "check the client id and secret (JumpCloud console > Settings > Service Accounts)"
                if response.status_code == 401
                else "the service account is not allowed to sign in for the API (its role or scope)"
            )
            error.args = (
                f"service account {self.client_id!r} was refused by {self.token_url} ({response.status_code}): {why}",
            )
            raise error
        if not 200 <= response.status_code < 300:
            raise errors.error_for_response(response)
        try:
            body = decoding.json_body(response)
            value = body["access_token"]
            kind = str(body.get("token_type", "bearer"))
            lifetime = float(body.get("expires_in") or DEFAULT_LIFETIME)
        except (ValueError, KeyError, TypeError, AttributeError):
            value, kind, lifetime = None, "", 0.0
        if not isinstance(value, str) or not value or kind.lower() != "bearer" or not lifetime > 0:
            unusable = errors.invalid_response(response, ValueError("no bearer token"))
            unusable.content = b""  # the body may hold a token: it stays out of the exception
            unusable.args = (
                f"the token answer of {self.token_url} ({response.status_code}) has no bearer access_token "
                "with a positive expires_in",
            )
            raise unusable
        now = self._clock()
        margin = min(self._margin, lifetime / 10)
        return _Token(value, now + lifetime, now + lifetime - margin)
