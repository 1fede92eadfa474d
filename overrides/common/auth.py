"""API key authentication for JumpCloud, as an ``httpx.Auth``.

``APIKeyAuth`` adds ``x-api-key`` to every request and, for multi-tenant (MSP) administrators,
``x-org-id``, except on the routes where JumpCloud refuses an org id (403): organizations,
administrators, providers and integrations, as JumpCloud's own PowerShell SDK does.

The key lives only in this object, whose ``repr`` masks it, so it cannot leak through the
repr of a client, a log line or an exception::

    >>> APIKeyAuth("my-secret-key", org_id="5f0c1a2b3c4d5e6f7a8b9c0d")
    APIKeyAuth(api_key='<redacted>', org_id='5f0c1a2b3c4d5e6f7a8b9c0d')

Normally built for you by ``connect()``.
"""

from __future__ import annotations

from collections.abc import Generator

import httpx

from .errors import ConfigurationError

__all__ = ["ORG_ID_EXEMPT_PREFIXES", "APIKeyAuth"]

#: Path prefixes on which JumpCloud does not accept ``x-org-id`` (after the host).
ORG_ID_EXEMPT_PREFIXES = (
    "/api/organizations",
    "/api/search/organizations",
    "/api/users",
    "/api/v2/organizations",
    "/api/v2/administrators",
    "/api/v2/providers",
    "/api/v2/integrations/",
)


def mask(secret: str) -> str:
    """What a repr shows in place of a secret: nothing of it."""
    return "<redacted>"


class APIKeyAuth(httpx.Auth):
    """Send the admin API key (and org id) with every request.

    Example::

        client = httpx.Client(base_url="https://console.jumpcloud.com/api", auth=APIKeyAuth(key))
    """

    requires_request_body = False
    requires_response_body = False

    def __init__(self, api_key: str, org_id: str | None = None) -> None:
        if not isinstance(api_key, str) or not api_key.strip():
            raise ConfigurationError("api_key must be a non-empty string (JumpCloud console > API Settings)")
        if any(ch.isspace() for ch in api_key.strip()) or "\n" in api_key:
            raise ConfigurationError("api_key contains whitespace: copy the key again without spaces or newlines")
        if org_id is not None and (not org_id.strip() or any(ch.isspace() for ch in org_id.strip())):
            raise ConfigurationError("org_id must be a non-empty id without spaces (JumpCloud console > Settings)")
        self._api_key = api_key.strip()
        self.org_id = org_id.strip() if org_id else None

    def __repr__(self) -> str:
        return f"APIKeyAuth(api_key={mask(self._api_key)!r}, org_id={self.org_id!r})"

    def with_org_id(self, org_id: str | None) -> APIKeyAuth:
        """The same key for another organization (``None``: send no org id)."""
        return APIKeyAuth(self._api_key, org_id=org_id)

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.headers["x-api-key"] = self._api_key
        if self.org_id and not request.url.path.startswith(ORG_ID_EXEMPT_PREFIXES):
            request.headers["x-org-id"] = self.org_id
        yield request
