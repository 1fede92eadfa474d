"""openapi-core views of httpx requests and responses (its ``Request`` / ``Response`` protocols)."""

from __future__ import annotations

from urllib.parse import parse_qsl

import httpx
from openapi_core.datatypes import RequestParameters
from werkzeug.datastructures import Headers, ImmutableMultiDict


class HttpxOpenAPIRequest:
    """An ``httpx.Request`` as openapi-core sees a request: query and headers as multi-dicts, raw body."""

    def __init__(self, request: httpx.Request) -> None:
        self.request = request
        query = parse_qsl(request.url.query.decode("ascii"), keep_blank_values=True)
        self.parameters = RequestParameters(
            query=ImmutableMultiDict(query),
            header=Headers(list(request.headers.items())),
            cookie=ImmutableMultiDict(),
        )

    @property
    def host_url(self) -> str:
        """Scheme and host, e.g. ``https://console.jumpcloud.com``."""
        return f"{self.request.url.scheme}://{self.request.url.netloc.decode('ascii')}"

    @property
    def path(self) -> str:
        """The decoded path, base path included."""
        return self.request.url.path

    @property
    def method(self) -> str:
        """The method, lower case."""
        return self.request.method.lower()

    @property
    def body(self) -> bytes | None:
        """The body as sent, or None when empty."""
        content = self.request.read()
        return content or None

    @property
    def content_type(self) -> str:
        """The Content-Type header (empty when there is no body)."""
        return self.request.headers.get("content-type", "")


class HttpxOpenAPIResponse:
    """An ``httpx.Response`` as openapi-core sees a response."""

    def __init__(self, response: httpx.Response) -> None:
        self.response = response

    @property
    def status_code(self) -> int:
        """The status code."""
        return self.response.status_code

    @property
    def content_type(self) -> str:
        """The Content-Type header."""
        return self.response.headers.get("content-type", "")

    @property
    def headers(self) -> Headers:
        """The headers as a werkzeug multi-dict."""
        return Headers(list(self.response.headers.items()))

    @property
    def data(self) -> bytes | None:
        """The body, or None when empty."""
        return self.response.content or None
