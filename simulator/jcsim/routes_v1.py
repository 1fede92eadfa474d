"""JumpCloud API v1 (``/api``): system users CRUD and systems (list, and the System Context
``GET/PUT/DELETE /systems/{id}``)."""

from __future__ import annotations

import copy
from typing import Any

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from jcsim import query
from jcsim.errors import ApiError, json_response
from jcsim.state import SimState

SYSTEM_PUT_FIELDS = frozenset(
    {
        "allowMultiFactorAuthentication",
        "allowPublicKeyAuthentication",
        "allowSshPasswordAuthentication",
        "allowSshRootLogin",
        "attributes",
        "displayName",
    }
)


async def json_object(request: Request) -> dict[str, Any]:
    """The request body as a JSON object, else 400."""
    try:
        body = await request.json()
    except ValueError:
        raise ApiError(400, "request body is not valid JSON") from None
    if not isinstance(body, dict):
        raise ApiError(400, "request body must be a JSON object")
    return body


def system_context_guard(request: Request, system_id: str) -> None:
    """A system signing the request may act only on itself."""
    signer = request.scope.get("jcsim.system_id")
    if signer is not None and signer != system_id:
        raise ApiError(401, "Unauthorized: a system may only act on itself")


def listing(records: list[dict[str, Any]], request: Request, id_field: str) -> Response:
    """A v1 list body ``{totalCount, results}`` with ``x-total-count``."""
    params = request.query_params
    limit, skip = query.paging(params)
    matched = query.apply_sort(query.apply_filters(records, params, v1=True), params, v1=True)
    results = [query.apply_fields(r, params, id_field, v1=True) for r in query.page(matched, limit, skip)]
    return json_response({"totalCount": len(matched), "results": results}, headers={"x-total-count": str(len(matched))})


def routes(state: SimState) -> list[Route]:
    """The v1 routes bound to ``state``."""

    async def list_applications(request: Request) -> Response:
        """``GET /applications``: SSO applications, some with ``"color": null`` as real ones have."""
        with state.lock:
            records = list(state.applications)
        return listing(records, request, "_id")

    async def list_users(request: Request) -> Response:
        with state.lock:
            records = list(state.users.values())
        return listing(records, request, "_id")

    async def create_user(request: Request) -> Response:
        body = await json_object(request)
        return json_response(state.create_user(body))

    def get_user_record(user_id: str) -> dict[str, Any]:
        user = state.users.get(user_id)
        if user is None:
            raise ApiError(404, f"user {user_id} not found")
        return user

    async def get_user(request: Request) -> Response:
        with state.lock:
            user = get_user_record(request.path_params["id"])
            return json_response(query.apply_fields(user, request.query_params, "_id", v1=True))

    async def put_user(request: Request) -> Response:
        body = await json_object(request)
        return json_response(state.update_user(request.path_params["id"], body))

    async def delete_user(request: Request) -> Response:
        with state.lock:
            user = get_user_record(request.path_params["id"])
            del state.users[user["_id"]]
            for members in state.user_group_members.values():
                if user["_id"] in members:
                    members.remove(user["_id"])
            for assoc in state.system_associations.values():
                assoc[:] = [a for a in assoc if a != ("user", user["_id"])]
            return json_response(user)

    async def list_systems(request: Request) -> Response:
        with state.lock:
            records = list(state.systems.values())
        return listing(records, request, "_id")

    def get_system_record(request: Request) -> dict[str, Any]:
        system_id = request.path_params["id"]
        system_context_guard(request, system_id)
        system = state.systems.get(system_id)
        if system is None:
            raise ApiError(404, f"system {system_id} not found")
        return system

    async def get_system(request: Request) -> Response:
        with state.lock:
            system = get_system_record(request)
            return json_response(query.apply_fields(system, request.query_params, "_id", v1=True))

    async def put_system(request: Request) -> Response:
        body = await json_object(request)
        with state.lock:
            system = get_system_record(request)
            unknown = sorted(set(body) - SYSTEM_PUT_FIELDS - {"agentBoundMessages"})
            if unknown:
                raise ApiError(400, f"fields cannot be updated: {', '.join(unknown)}")
            for key in SYSTEM_PUT_FIELDS & set(body):
                system[key] = copy.deepcopy(body[key])
            return json_response(system)

    async def delete_system(request: Request) -> Response:
        with state.lock:
            system = get_system_record(request)
            sid = system["_id"]
            del state.systems[sid]
            state.system_keys.pop(sid, None)
            state.system_associations.pop(sid, None)
            for members in state.system_group_members.values():
                if sid in members:
                    members.remove(sid)
            return json_response(system)

    return [
        Route("/applications", list_applications, methods=["GET"]),
        Route("/systemusers", list_users, methods=["GET"]),
        Route("/systemusers", create_user, methods=["POST"]),
        Route("/systemusers/{id}", get_user, methods=["GET"]),
        Route("/systemusers/{id}", put_user, methods=["PUT"]),
        Route("/systemusers/{id}", delete_user, methods=["DELETE"]),
        Route("/systems", list_systems, methods=["GET"]),
        Route("/systems/{id}", get_system, methods=["GET"]),
        Route("/systems/{id}", put_system, methods=["PUT"]),
        Route("/systems/{id}", delete_system, methods=["DELETE"]),
    ]
