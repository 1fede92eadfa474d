"""Calls to endpoints that have no generated function: ``client.request(...)`` and friends.

JumpCloud publishes about 150 paths without operations (console-internal ones, new ones, the
``/jobs`` paths before our overlay added them), and tomorrow's endpoints come before any
description does. These methods reach them through the same client as every generated
operation, so the same API-key or System Context auth, org id, retries, timeouts, redacted
logging and typed errors apply::

    from jcapiv2 import connect

    client = connect()
    selection = client.request("GET", "/applications/selection", params={"limit": 10})
    response = client.request_raw("GET", "/logos/5f0c...")      # the httpx.Response itself
    groups = await client.arequest("GET", "/usergroups", params={"filter": ["name:eq:ops"]})

The path is relative to the package's base URL (``/usergroups``, not ``/api/v2/usergroups``);
quote ids yourself (``urllib.parse.quote(id, safe="")``). A list in ``params`` is sent repeated
(``filter=a&filter=b``). An absolute URL is refused: the client's credentials go only to its
own base URL.

Written by hand: openapi-python-client generates nothing for undescribed paths, and this is
the thin glue between httpx and our errors module.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import httpx

from . import decoding, errors
from .request_loop import asend, send

__all__ = ["RawRequests", "decode_json"]

Params = Mapping[str, Any] | None


def _relative(path: str) -> str:
    """``path`` as a URL relative to the base URL; an absolute URL is a configuration error."""
    if not isinstance(path, str) or not path.startswith("/"):
        raise errors.ConfigurationError(
            f"request() takes a path relative to the API's base URL starting with '/', e.g. '/usergroups', "
            f"got {path!r}; to call another host, use httpx directly (the client's credentials stay with it)"
        )
    if path.startswith("//") or "\\" in path:
        raise errors.ConfigurationError(f"request() path {path!r} could leave the base URL ('//' or a backslash)")
    if any(ch.isspace() or ord(ch) < 32 or ord(ch) == 127 for ch in path):
        raise errors.ConfigurationError(
            f"request() path {path!r} holds whitespace or control characters: quote each part "
            "(urllib.parse.quote(part, safe=''))"
        )
    return path


def _checked(response: httpx.Response) -> httpx.Response:
    if not 200 <= response.status_code < 300:
        response.read()
        raise errors.error_for_response(response)
    return response


def decode_json(response: httpx.Response) -> Any:
    """The JSON body of a 2xx answer (``None`` when empty); anything else is ``InvalidResponse``."""
    if not response.content.strip():
        return None
    try:
        return decoding.json_body(response)
    except ValueError as exc:
        raise errors.invalid_response(response, exc) from exc


def _arguments(
    method: str,
    path: str,
    params: Params,
    json: Any,
    headers: Mapping[str, str] | None,
    timeout: float | httpx.Timeout | None,
) -> dict[str, Any]:
    arguments: dict[str, Any] = {"method": method.upper(), "url": _relative(path)}
    if params:
        arguments["params"] = {k: v for k, v in params.items() if v is not None}
    if json is not None:
        arguments["json"] = json
    if headers:
        arguments["headers"] = dict(headers)
    if timeout is not None:
        arguments["timeout"] = timeout
    return arguments


class RawRequests:
    """Mixin of the client: the raw request path, through the client's one request loop."""

    def request_raw(
        self,
        method: str,
        path: str,
        *,
        params: Params = None,
        json: Any = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> httpx.Response:
        """Send a request to ``path`` and return the ``httpx.Response`` of a 2xx answer.

        Raises the package's typed errors (``errors.NotFound``, ``errors.RateLimited``, ...) for any
        other status, after the client's retries.

        Example::

            response = client.request_raw("GET", "/logos/5f0c1b2a3d4e5f6a7b8c9d0e")
            Path("logo.png").write_bytes(response.content)
        """
        arguments = _arguments(method, path, params, json, headers, timeout)
        return _checked(send(self, arguments))

    def request(
        self,
        method: str,
        path: str,
        *,
        params: Params = None,
        json: Any = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> Any:
        """Send a request to ``path`` and return its decoded JSON body (``None`` when empty).

        Example::

            selection = client.request("GET", "/applications/selection", params={"limit": 10})
        """
        return decode_json(self.request_raw(method, path, params=params, json=json, headers=headers, timeout=timeout))

    async def arequest_raw(
        self,
        method: str,
        path: str,
        *,
        params: Params = None,
        json: Any = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> httpx.Response:
        """The async twin of :meth:`request_raw`."""
        arguments = _arguments(method, path, params, json, headers, timeout)
        return _checked(await asend(self, arguments))

    async def arequest(
        self,
        method: str,
        path: str,
        *,
        params: Params = None,
        json: Any = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> Any:
        """The async twin of :meth:`request`: ``await client.arequest("GET", "/usergroups")``."""
        response = await self.arequest_raw(method, path, params=params, json=json, headers=headers, timeout=timeout)
        return decode_json(response)
