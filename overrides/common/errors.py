"""The SDK's errors: one tree per package, so ``except errors.JumpCloudError`` catches every failure.

::

    from jcapiv1 import connect, errors
    from jcapiv1.api.systemusers import systemusers_get

    try:
        user = systemusers_get.sync("5f0c...", client=connect())
    except errors.NotFoundError as exc:
        print(exc.status_code, exc.request_id, exc)
    except errors.JumpCloudError as exc:       # anything else the SDK raises
        print("failed:", exc)

The tree (as in the Stainless-generated clients; old names stay as aliases)::

    JumpCloudError
    ├── APIConnectionError          the request got no answer (refused, reset, DNS; wraps httpx's error)
    │   └── APITimeoutError         ... because a timeout expired
    ├── APIError                    JumpCloud answered
    │   ├── APIStatusError          ... with a status that is not a success
    │   │   ├── BadRequestError             400
    │   │   ├── AuthenticationError         401
    │   │   ├── PermissionDeniedError       403   (alias PermissionDenied)
    │   │   ├── NotFoundError               404   (alias NotFound)
    │   │   ├── ConflictError               409
    │   │   ├── UnprocessableEntityError    422
    │   │   ├── RateLimitError              429   (alias RateLimited; ``retry_after``)
    │   │   ├── InternalServerError         5xx   (alias ServerError)
    │   │   └── UnexpectedStatus            any other
    │   └── InvalidResponse         ... with a success whose body is not what was described
    ├── ConfigurationError          a setting the SDK cannot use (also a ValueError)
    ├── PaginationError             a list that does not advance (also a RuntimeError; pagination)
    ├── SystemContextError          agent files or keys (v1, v2; also a ValueError; system_context)
    ├── ReportError                 Directory Insights reports (jcapi_insights.reports)
    └── BulkJobError                bulk user jobs (jcapiv2.bulk)

The message names the method, the URL (query string dropped: it can carry filters with
personal data) and JumpCloud's own error message; the body kept on the exception is
truncated, and no request header is ever copied into it, so API keys and signatures cannot
leak through ``str()``, ``repr()`` or logs. Each package has its own copy of this module
(each installs alone): catch the one of the package you called.
"""

from __future__ import annotations

import json

import httpx

from .retries import parse_retry_after

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ConfigurationError",
    "ConflictError",
    "InternalServerError",
    "InvalidResponse",
    "JumpCloudError",
    "NotFound",
    "NotFoundError",
    "PaginationError",
    "PermissionDenied",
    "PermissionDeniedError",
    "RateLimitError",
    "RateLimited",
    "ServerError",
    "UnexpectedStatus",
    "UnprocessableEntityError",
    "connection_error",
    "error_for_response",
    "invalid_response",
    "undecodable",
]

#: How much of a response body an exception keeps (bytes).
BODY_LIMIT = 2048
#: Response headers that carry a request id, first match wins.
REQUEST_ID_HEADERS = ("x-request-id", "x-jc-request-id", "x-amzn-requestid", "x-correlation-id")

_HINTS = {
    401: "check the API key (JUMPCLOUD_API_KEY) or, for System Context, the system id, key and clock",
    403: "the key's administrator lacks this permission, or x-org-id was sent where it is not accepted",
    404: "check the id; for a multi-tenant admin also the org id (JUMPCLOUD_ORG_ID)",
    429: "too many requests: slow down or raise max_retries",
}


class JumpCloudError(Exception):
    """The root of every error this package raises."""


class ConfigurationError(JumpCloudError, ValueError):
    """The SDK was given (or found in the environment) a setting it cannot use; says which and how to fix."""


class PaginationError(JumpCloudError, RuntimeError):
    """A paged list that does not advance, or a page that does not allow fetching the next one."""


class APIConnectionError(JumpCloudError):
    """No answer came: the connection was refused or reset, DNS failed, ... (after the retries).

    ``__cause__`` is httpx's own exception; ``method`` and ``url`` (no query string) name the request.
    """

    def __init__(self, message: str, *, method: str = "", url: str = "") -> None:
        super().__init__(message)
        self.method = method
        self.url = url


class APITimeoutError(APIConnectionError):
    """No answer came in time (a connect, read, write or pool timeout), after the retries."""


class APIError(JumpCloudError):
    """JumpCloud answered, but not with what was asked for (see the subclasses).

    Attributes:
        status_code: the HTTP status.
        method: the request method.
        url: the request URL without its query string.
        content: the response body, truncated to ``BODY_LIMIT`` bytes.
        request_id: the request id response header, when present.
    """

    status_code: int
    method: str
    url: str
    content: bytes
    request_id: str | None

    def __init__(
        self,
        status_code: int,
        content: bytes = b"",
        *,
        method: str = "",
        url: str = "",
        request_id: str | None = None,
    ) -> None:
        self.status_code = status_code
        self.content = content[:BODY_LIMIT]
        self.method = method
        self.url = url
        self.request_id = request_id
        super().__init__(self._message())

    def _message(self) -> str:
        where = f" for {self.method} {self.url}" if self.method else ""
        text = f"JumpCloud answered {self.status_code}{where}"
        detail = _server_message(self.content)
        if detail:
            text += f": {detail}"
        hint = _HINTS.get(self.status_code)
        if hint:
            text += f" ({hint})"
        if self.request_id:
            text += f" [request id {self.request_id}]"
        return text

    def __repr__(self) -> str:
        return f"{type(self).__name__}(status_code={self.status_code}, method={self.method!r}, url={self.url!r})"


class APIStatusError(APIError):
    """JumpCloud answered with a status that is not a success."""


class BadRequestError(APIStatusError):
    """400: JumpCloud refused the request as malformed (its message says what)."""


class AuthenticationError(APIStatusError):
    """401: the API key, org id or System Context signature was not accepted."""


class PermissionDeniedError(APIStatusError):
    """403: authenticated, but not allowed (or the IP is blocked)."""


class NotFoundError(APIStatusError):
    """404: no such object (or org)."""


class ConflictError(APIStatusError):
    """409: the object exists already, or changed meanwhile."""


class UnprocessableEntityError(APIStatusError):
    """422: the request was understood but its content refused."""


class RateLimitError(APIStatusError):
    """429: too many requests; ``retry_after`` is the server's advice in seconds, if any."""

    retry_after: float | None = None


class InternalServerError(APIStatusError):
    """5xx: JumpCloud failed; retried automatically where that is safe."""


class UnexpectedStatus(APIStatusError):
    """Any other status that is not a success (other 4xx, 1xx, 3xx)."""


#: The names before the PEP 8 ``...Error`` suffix, kept so existing code keeps working.
PermissionDenied = PermissionDeniedError
NotFound = NotFoundError
RateLimited = RateLimitError
ServerError = InternalServerError


class InvalidResponse(APIError):
    """A success status whose body is not what the API description promises (not JSON, wrong shape).

    Not retried: the server answered, and asking again usually gives the same body.
    """

    content_type: str = ""


def _server_message(content: bytes, limit: int = 300) -> str:
    """JumpCloud's own error text from a JSON body (``message`` / ``error``), else the text."""
    text = content.decode("utf-8", errors="replace").strip()
    try:
        data = json.loads(text)
    except ValueError:
        data = None
    if isinstance(data, dict):
        for key in ("message", "error", "detail", "msg"):
            value = data.get(key)
            if isinstance(value, str) and value:
                text = value
                break
            if isinstance(value, dict) and isinstance(value.get("message"), str):
                text = value["message"]
                break
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


_BY_STATUS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def _class_for(status: int) -> type[APIStatusError]:
    return InternalServerError if status >= 500 else _BY_STATUS.get(status, UnexpectedStatus)


def safe_url(url: httpx.URL) -> str:
    """The URL to show: no query string (filters can carry personal data), no ``user:password@``."""
    return str(url.copy_with(query=None, userinfo=b""))


def _request_facts(response: httpx.Response) -> tuple[str, str]:
    """The request's method and URL without its query string (filters can carry personal data)."""
    try:
        request = response.request
    except RuntimeError:
        return "", ""
    return request.method, safe_url(request.url)


def invalid_response(response: httpx.Response, cause: Exception) -> InvalidResponse:
    """The error for a 2xx answer whose body could not be parsed (the caller raises it).

    >>> import httpx
    >>> request = httpx.Request("GET", "https://console.jumpcloud.com/api/systemusers")
    >>> str(invalid_response(httpx.Response(200, request=request, text="<html>"), ValueError("x")))[:60]
    'JumpCloud answered 200 for GET https://console.jumpcloud.com'
    """
    method, url = _request_facts(response)
    content_type = response.headers.get("content-type", "no content type")
    error = InvalidResponse(response.status_code, response.content, method=method, url=url)
    error.content_type = content_type
    kind = type(cause).__name__
    error.args = (
        f"JumpCloud answered {response.status_code} for {method} {url} with a body the SDK cannot read "
        f"({content_type}; {kind}: {str(cause)[:120]}); first bytes: {response.content[:80]!r}",
    )
    return error


def error_for_response(response: httpx.Response) -> APIStatusError:
    """Build the typed error for a response that is not a success (the caller raises it).

    >>> import httpx
    >>> request = httpx.Request("GET", "https://console.jumpcloud.com/api/systemusers/x?filter=a")
    >>> error_for_response(httpx.Response(404, request=request, json={"message": "Not Found"}))
    NotFoundError(status_code=404, method='GET', url='https://console.jumpcloud.com/api/systemusers/x')
    """
    method, url = _request_facts(response)
    request_id = next((response.headers[h] for h in REQUEST_ID_HEADERS if h in response.headers), None)
    try:
        content = response.content
    except httpx.ResponseNotRead:
        content = b""
    error = _class_for(response.status_code)(
        response.status_code,
        content,
        method=method,
        url=url,
        request_id=request_id,
    )
    if isinstance(error, RateLimitError):
        error.retry_after = parse_retry_after(response.headers.get("retry-after"), date=response.headers.get("date"))
    return error


def undecodable(response: httpx.Response, cause: Exception) -> InvalidResponse:
    """The error for an answer whose body could not be decoded (a bad gzip stream, say)."""
    method, url = _request_facts(response)
    error = InvalidResponse(response.status_code, b"", method=method, url=url)
    error.content_type = response.headers.get("content-type", "no content type")
    encoding = response.headers.get("content-encoding", "no content encoding")
    error.args = (
        f"JumpCloud answered {response.status_code} for {method} {url} with a body that cannot be decoded "
        f"({encoding}; {type(cause).__name__}: {str(cause)[:120]})",
    )
    return error


def connection_error(
    exc: httpx.TransportError, request: httpx.Request, attempts: int, note: str | None = None
) -> APIConnectionError:
    """The typed error for a request that got no answer (the caller raises it ``from exc``).

    >>> import httpx
    >>> request = httpx.Request("GET", "https://console.jumpcloud.com/api/systemusers?filter=a")
    >>> str(connection_error(httpx.ConnectError("refused"), request, 3))
    'no answer from GET https://console.jumpcloud.com/api/systemusers: ConnectError: refused (attempt 3)'
    """
    url = safe_url(request.url)
    why = f"; {note}" if note else ""
    kind = APITimeoutError if isinstance(exc, httpx.TimeoutException) else APIConnectionError
    message = f"no answer from {request.method} {url}: {type(exc).__name__}: {exc} (attempt {attempts}{why})"
    return kind(message, method=request.method, url=url)
