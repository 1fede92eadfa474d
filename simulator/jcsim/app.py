"""The ASGI application: request logging, fault injection and authentication in front of
the v1 (``/api``), v2 (``/api/v2``), Directory Insights (``/insights/directory/v1``) routes and
the service-account token endpoint (``/oauth2/token``, which checks its own client credentials);
the control routes (``/_sim``) bypass all three."""

from __future__ import annotations

from starlette.applications import Starlette
from starlette.datastructures import Headers
from starlette.exceptions import HTTPException
from starlette.routing import Mount
from starlette.types import ASGIApp, Receive, Scope, Send

from jcsim import auth, faults, oauth, routes_control, routes_insights, routes_v1, routes_v2
from jcsim.errors import ApiError, api_error_handler, error_response, http_error_handler
from jcsim.state import SimState

CONTROL_PREFIX = "/_sim"


class SimApp:
    """ASGI entry point; ``.state`` is the :class:`SimState` it serves."""

    def __init__(self, state: SimState, inner: ASGIApp) -> None:
        self.state = state
        self.inner = inner

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["path"].startswith(CONTROL_PREFIX):
            await self.inner(scope, receive, send)
            return
        method: str = scope["method"]
        path: str = scope["path"]
        query = scope.get("query_string", b"").decode("latin-1")
        self.state.log_request(method, path, query, list(scope.get("headers", [])))
        fault = self.state.faults.take(method, path)
        if fault is not None and await faults.apply(fault, scope, receive, send):
            return
        denied = None if path == oauth.TOKEN_PATH else self.authenticate(scope)
        if denied is not None:
            await error_response(denied.status, denied.message)(scope, receive, send)
            return
        await self.inner(scope, receive, send)

    def authenticate(self, scope: Scope) -> auth.Denied | None:
        """Check the API key, service-account bearer token or System Context signature; note who
        is calling in ``scope``. An ``x-api-key`` header wins over any ``Authorization``."""
        headers = Headers(scope=scope)
        method: str = scope["method"]
        path: str = scope["path"]
        authorization = headers.get("authorization", "")
        if authorization.startswith("Signature ") and not headers.get("x-api-key"):
            allowed, path_system = auth.system_context_route(method, path)
            if not allowed:
                return auth.Denied(401, "Unauthorized: System Context is not accepted on this route")
            raw_path: bytes = scope.get("raw_path") or path.encode()
            query: bytes = scope.get("query_string", b"")
            target = raw_path.decode("latin-1") + ("?" + query.decode("latin-1") if query else "")
            result = auth.verify_signature(self.state, method, target, authorization, headers.get("date"))
            if isinstance(result, auth.Denied):
                return result
            if path_system is not None and path_system != result:
                return auth.Denied(401, "Unauthorized: a system may only act on itself")
            scope["jcsim.system_id"] = result
            return None
        token = None if headers.get("x-api-key") else auth.bearer_token(authorization)
        if token is not None:
            org = auth.check_bearer(self.state, token, headers.get("x-org-id"))
        else:
            org = auth.check_api_key(self.state, headers.get("x-api-key"), headers.get("x-org-id"))
        if isinstance(org, auth.Denied):
            return org
        scope["jcsim.org_id"] = org
        return None


def create_app(state: SimState | None = None) -> SimApp:
    """Build the simulator app around ``state`` (a fresh ``SimState()`` by default)."""
    state = state or SimState()
    inner = Starlette(
        routes=[
            Mount("/api/v2", routes=routes_v2.routes(state)),
            Mount("/api", routes=routes_v1.routes(state)),
            Mount("/insights/directory/v1", routes=routes_insights.routes(state)),
            *oauth.routes(state),
            Mount(CONTROL_PREFIX, routes=routes_control.routes(state)),
        ],
        exception_handlers={ApiError: api_error_handler, HTTPException: http_error_handler},
    )
    return SimApp(state, inner)
