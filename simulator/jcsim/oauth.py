"""Service-account sign-in as JumpCloud's ``admin-oauth`` serves it: OAuth 2.0 client credentials
(``POST /oauth2/token``, form ``grant_type=client_credentials&scope=api``, HTTP Basic client id and
secret) answering a bearer token that the APIs accept instead of ``x-api-key``.

Tokens expire in real (monotonic) time, independent of the simulator clock, so tests can run
threads for a few seconds against a short lifetime."""

from __future__ import annotations

import base64
import binascii
import math
import secrets
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING
from urllib.parse import parse_qs

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from jcsim.errors import json_response

if TYPE_CHECKING:
    from jcsim.state import SimState

TOKEN_PATH = "/oauth2/token"  # noqa: S105 (a path, not a secret)
SCOPE = "api"
FORM_TYPE = "application/x-www-form-urlencoded"


@dataclass(frozen=True)
class ServiceAccount:
    """A service account: its OAuth client credentials, the org it acts for, and whether it may sign in."""

    client_id: str
    client_secret: str
    org_id: str
    permitted: bool = True

    def __repr__(self) -> str:
        return f"ServiceAccount(client_id={self.client_id!r}, org_id={self.org_id!r}, permitted={self.permitted})"


class TokenStore:
    """Thread-safe live tokens (token -> client id, monotonic expiry) and a count of those issued."""

    def __init__(self, now: Callable[[], float] = time.monotonic) -> None:
        self._now = now
        self._lock = threading.Lock()
        self._live: dict[str, tuple[str, float]] = {}
        self._issued = 0

    @property
    def issued(self) -> int:
        """Tokens issued since the last ``clear``."""
        with self._lock:
            return self._issued

    def issue(self, client_id: str, lifetime: float) -> str:
        """A new token for ``client_id`` valid for ``lifetime`` seconds."""
        token = secrets.token_urlsafe(32)
        with self._lock:
            self._prune()
            self._live[token] = (client_id, self._now() + lifetime)
            self._issued += 1
        return token

    def client_of(self, token: str) -> str | None:
        """The client id a live token belongs to; ``None`` if unknown or expired."""
        with self._lock:
            entry = self._live.get(token)
            if entry is None:
                return None
            if self._now() >= entry[1]:
                del self._live[token]
                return None
            return entry[0]

    def live(self) -> int:
        """How many issued tokens have not expired or been revoked."""
        with self._lock:
            self._prune()
            return len(self._live)

    def revoke(self, client_id: str | None = None) -> int:
        """Drop the live tokens of ``client_id`` (all when ``None``); return how many."""
        with self._lock:
            doomed = [t for t, (cid, _) in self._live.items() if client_id is None or cid == client_id]
            for token in doomed:
                del self._live[token]
            return len(doomed)

    def clear(self) -> None:
        """Forget every token and reset the issued count."""
        with self._lock:
            self._live.clear()
            self._issued = 0

    def _prune(self) -> None:
        now = self._now()
        for token in [t for t, (_, expiry) in self._live.items() if now >= expiry]:
            del self._live[token]


def oauth_error(status: int, error: str, description: str) -> Response:
    """An RFC 6749 error answer (401s carry a Basic challenge)."""
    headers = {"Cache-Control": "no-store"}
    if status == 401:
        headers["WWW-Authenticate"] = 'Basic realm="jumpcloud"'
    return json_response({"error": error, "error_description": description}, status, headers)


def basic_credentials(authorization: str) -> tuple[str, str] | None:
    """(client id, secret) from an ``Authorization: Basic`` header, else ``None``."""
    scheme, _, encoded = authorization.strip().partition(" ")
    if scheme.lower() != "basic":
        return None
    try:
        decoded = base64.b64decode(encoded.strip(), validate=True).decode()
    except (binascii.Error, UnicodeDecodeError):
        return None
    client_id, colon, secret = decoded.partition(":")
    return (client_id, secret) if colon and client_id else None


def parse_form(content_type: str, body: bytes) -> dict[str, list[str]] | None:
    """The form fields of an ``application/x-www-form-urlencoded`` body, else ``None``."""
    if content_type.split(";")[0].strip().lower() != FORM_TYPE:
        return None
    try:
        return parse_qs(body.decode(), keep_blank_values=True)
    except (UnicodeDecodeError, ValueError):
        return None


def routes(state: SimState) -> list[Route]:
    """The token endpoint bound to ``state`` (mounted at the app root)."""

    async def token(request: Request) -> Response:
        credentials = basic_credentials(request.headers.get("authorization", ""))
        if credentials is None:
            return oauth_error(401, "invalid_client", "client authentication with HTTP Basic is required")
        client_id, secret = credentials
        account = state.service_accounts.get(client_id)
        if account is None or not secrets.compare_digest(account.client_secret.encode(), secret.encode()):
            return oauth_error(401, "invalid_client", "client authentication failed")
        form = parse_form(request.headers.get("content-type", ""), await request.body())
        if form is None:
            return oauth_error(400, "unsupported_grant_type", f"the body must be {FORM_TYPE}")
        grant = form.get("grant_type")
        if not grant or len(grant) > 1 or not grant[0]:
            return oauth_error(400, "invalid_request", "exactly one grant_type is required")
        if grant[0] != "client_credentials":
            return oauth_error(400, "unsupported_grant_type", f"grant_type {grant[0]!r} is not supported")
        scope = form.get("scope")
        if scope is not None and (len(scope) > 1 or scope[0].split() != [SCOPE]):
            return oauth_error(400, "invalid_scope", f"the only scope is {SCOPE!r}")
        if not account.permitted:
            return oauth_error(403, "access_denied", "the service account may not sign in for the API")
        lifetime = state.token_lifetime
        body = {
            "access_token": state.tokens.issue(client_id, lifetime),
            "token_type": "bearer",
            "expires_in": math.ceil(lifetime),
            "scope": SCOPE,
        }
        return json_response(body, headers={"Cache-Control": "no-store", "Pragma": "no-cache"})

    return [Route(TOKEN_PATH, token, methods=["POST"])]
