"""The JSON error bodies JumpCloud answers with (``{"message": ...}``) and the exception carrying them."""

from __future__ import annotations

import json
from typing import Any

from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import Response


class ApiError(Exception):
    """Raised by handlers to answer ``status`` with a JumpCloud-style error body."""

    def __init__(self, status: int, message: str, headers: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.headers = headers or {}


def dumps(body: Any) -> bytes:
    """Deterministic compact JSON encoding used for every response body."""
    return json.dumps(body, separators=(",", ":"), ensure_ascii=False).encode()


def json_response(body: Any, status: int = 200, headers: dict[str, str] | None = None) -> Response:
    """A JSON response with a deterministic body."""
    return Response(dumps(body), status_code=status, headers=headers, media_type="application/json")


def error_response(status: int, message: str, headers: dict[str, str] | None = None) -> Response:
    """A JumpCloud-style JSON error."""
    return json_response({"message": message}, status, headers)


async def api_error_handler(request: Request, exc: Exception) -> Response:
    """Starlette exception handler turning :class:`ApiError` into its response."""
    assert isinstance(exc, ApiError)
    return error_response(exc.status, exc.message, exc.headers)


async def http_error_handler(request: Request, exc: Exception) -> Response:
    """Starlette's own 404/405 errors as JumpCloud-style JSON."""
    assert isinstance(exc, HTTPException)
    return error_response(exc.status_code, exc.detail, dict(exc.headers or {}))
