"""Control routes under ``/_sim`` (no auth) for driving the simulator out of process:
register system keys, add service accounts, set the token lifetime, count tokens, add/clear
faults, reset, move the clock, set knobs, read the log."""

from __future__ import annotations

from typing import Any

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from jcsim.clock import SimClock, iso
from jcsim.errors import ApiError, json_response
from jcsim.routes_v1 import json_object
from jcsim.state import DEFAULT_ORG_ID, SimState

KNOBS = (
    "records_per_step",
    "report_rows",
    "fail_next_reports",
    "max_clock_skew",
    "report_size_bytes",
    "token_lifetime",
)
KNOB_TYPES: dict[str, type] = {
    "records_per_step": int,
    "report_rows": int,
    "fail_next_reports": int,
    "max_clock_skew": float,
    "report_size_bytes": int,
    "token_lifetime": float,
}


def routes(state: SimState) -> list[Route]:
    """The control routes bound to ``state``."""

    async def health(request: Request) -> Response:
        return json_response({"ok": True, "seed": state.seed, "now": iso(state.clock())})

    async def register_system(request: Request) -> Response:
        body = await json_object(request)
        try:
            system = state.register_system(
                str(body["system_id"]), str(body["public_key_pem"]), hostname=body.get("hostname")
            )
        except (KeyError, ValueError) as exc:
            raise ApiError(400, f"need system_id and an RSA public_key_pem: {exc}") from None
        return json_response(system, status=201)

    async def add_service_account(request: Request) -> Response:
        body = await json_object(request)
        client_id, secret = body.get("client_id"), body.get("client_secret")
        org_id, permitted = body.get("org_id", DEFAULT_ORG_ID), body.get("permitted", True)
        if not (isinstance(client_id, str) and isinstance(secret, str) and isinstance(org_id, str)):
            raise ApiError(400, "need string client_id and client_secret (and org_id)")
        if not isinstance(permitted, bool):
            raise ApiError(400, "permitted must be a boolean")
        try:
            account = state.add_service_account(client_id, secret, org_id=org_id, permitted=permitted)
        except ValueError as exc:
            raise ApiError(400, str(exc)) from None
        return json_response(
            {"client_id": account.client_id, "org_id": account.org_id, "permitted": account.permitted}, status=201
        )

    async def set_token_lifetime(request: Request) -> Response:
        body = await json_object(request)
        seconds = body.get("seconds")
        if isinstance(seconds, bool) or not isinstance(seconds, int | float):
            raise ApiError(400, "seconds must be a number")
        try:
            state.token_lifetime = seconds
        except ValueError as exc:
            raise ApiError(400, str(exc)) from None
        return json_response({"seconds": state.token_lifetime})

    async def get_tokens(request: Request) -> Response:
        return json_response({"issued": state.tokens_issued, "live": state.tokens.live()})

    async def revoke_tokens(request: Request) -> Response:
        client_id = request.query_params.get("client_id")
        return json_response({"revoked": state.revoke_tokens(client_id)})

    async def add_fault(request: Request) -> Response:
        body = await json_object(request)
        options: dict[str, Any] = {
            k: body[k]
            for k in ("times", "path_prefix", "method", "status", "retry_after", "delay", "body")
            if k in body
        }
        try:
            fault = state.faults.add(str(body.get("kind")), **options)
        except (TypeError, ValueError) as exc:
            raise ApiError(400, str(exc)) from None
        return json_response(fault.describe(), status=201)

    async def list_faults(request: Request) -> Response:
        return json_response([f.describe() for f in state.faults.pending()])

    async def clear_faults(request: Request) -> Response:
        state.faults.clear()
        return Response(status_code=204)

    async def reset(request: Request) -> Response:
        state.reset()
        return Response(status_code=204)

    async def advance_clock(request: Request) -> Response:
        body = await json_object(request)
        if not isinstance(state.clock, SimClock):
            raise ApiError(400, "the simulator clock is not a SimClock")
        seconds = body.get("seconds")
        if not isinstance(seconds, int | float):
            raise ApiError(400, "seconds must be a number")
        return json_response({"now": iso(state.clock.advance(float(seconds)))})

    async def get_requests(request: Request) -> Response:
        with state.lock:
            return json_response([r.to_json() for r in state.requests])

    async def clear_requests(request: Request) -> Response:
        with state.lock:
            state.requests.clear()
        return Response(status_code=204)

    async def add_users(request: Request) -> Response:
        body = await json_object(request)
        count = body.get("count")
        if not isinstance(count, int) or count < 0:
            raise ApiError(400, "count must be a non-negative integer")
        return json_response({"ids": state.add_users(count)}, status=201)

    async def set_knobs(request: Request) -> Response:
        body = await json_object(request)
        with state.lock:
            try:
                for name in KNOBS:
                    if name in body:
                        value = body[name]
                        setattr(state, name, None if value is None else KNOB_TYPES[name](value))
            except (TypeError, ValueError) as exc:
                raise ApiError(400, f"bad knob value: {exc}") from None
            if "report_fail_types" in body:
                state.report_fail_types = set(body["report_fail_types"])
            knobs = {name: getattr(state, name) for name in KNOBS}
            return json_response({**knobs, "report_fail_types": sorted(state.report_fail_types)})

    return [
        Route("/health", health, methods=["GET"]),
        Route("/systems", register_system, methods=["POST"]),
        Route("/service-accounts", add_service_account, methods=["POST"]),
        Route("/token-lifetime", set_token_lifetime, methods=["POST"]),
        Route("/tokens", get_tokens, methods=["GET"]),
        Route("/tokens", revoke_tokens, methods=["DELETE"]),
        Route("/faults", add_fault, methods=["POST"]),
        Route("/faults", list_faults, methods=["GET"]),
        Route("/faults", clear_faults, methods=["DELETE"]),
        Route("/reset", reset, methods=["POST"]),
        Route("/clock/advance", advance_clock, methods=["POST"]),
        Route("/requests", get_requests, methods=["GET"]),
        Route("/requests", clear_requests, methods=["DELETE"]),
        Route("/users", add_users, methods=["POST"]),
        Route("/knobs", set_knobs, methods=["POST"]),
    ]
