"""JumpCloud API v2 (``/api/v2``): user and system groups, the System Context graph routes of
a system, system group membership, bulk user jobs with their results, and one path JumpCloud
publishes without an operation (per-system System Insights OS version, for the raw request path)."""

from __future__ import annotations

from typing import Any

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from jcsim import data, query
from jcsim.errors import ApiError, json_response
from jcsim.routes_v1 import json_object, system_context_guard
from jcsim.state import SimState

SYSTEM_TARGETS = ("command", "policy", "policy_group", "user", "user_group")
CREATION_SOURCES = (
    "jumpcloud:gapps",
    "jumpcloud:o365",
    "jumpcloud:workday",
    "jumpcloud:scim",
    "jumpcloud:bulk",
    "jumpcloud:custom_integration",
)


def v2_list(records: list[dict[str, Any]], request: Request) -> Response:
    """A bare JSON array page with ``x-total-count``."""
    params = request.query_params
    limit, skip = query.paging(params)
    matched = query.apply_sort(query.apply_filters(records, params, v1=False), params, v1=False)
    body = [query.apply_fields(r, params, "id", v1=False) for r in query.page(matched, limit, skip)]
    return json_response(body, headers={"x-total-count": str(len(matched))})


def paged_array(items: list[dict[str, Any]], request: Request) -> Response:
    """Page an already-built array (graph results) with ``limit``/``skip``."""
    limit, skip = query.paging(request.query_params)
    return json_response(query.page(items, limit, skip), headers={"x-total-count": str(len(items))})


def node(kind: str, object_id: str) -> dict[str, Any]:
    """A ``GraphObject``: real answers carry ``"attributes": null`` (the descriptions say object)."""
    return {"id": object_id, "type": kind, "attributes": None}


def hop(kind: str, object_id: str) -> dict[str, Any]:
    """A ``GraphConnection`` to an object, ``"attributes": null`` as real answers have it."""
    return {"to": node(kind, object_id), "attributes": None}


def parse_bool(raw: str | None, name: str) -> bool:
    """A boolean query parameter."""
    if raw is None or raw == "":
        return False
    if raw.lower() in ("true", "1"):
        return True
    if raw.lower() in ("false", "0"):
        return False
    raise ApiError(400, f'request parameter "{name}" must be a boolean')


async def json_array(request: Request) -> list[dict[str, Any]]:
    """The request body as a JSON array of objects, else 400."""
    try:
        body = await request.json()
    except ValueError:
        raise ApiError(400, "request body is not valid JSON") from None
    if not isinstance(body, list) or not all(isinstance(item, dict) for item in body):
        raise ApiError(400, "request body must be a JSON array of objects")
    return body


def routes(state: SimState) -> list[Route]:
    """The v2 routes bound to ``state``."""

    def system_id_of(request: Request) -> str:
        system_id: str = request.path_params["system_id"]
        system_context_guard(request, system_id)
        if system_id not in state.systems:
            raise ApiError(404, f"system {system_id} not found")
        return system_id

    async def list_user_groups(request: Request) -> Response:
        with state.lock:
            return v2_list(list(state.user_groups.values()), request)

    async def get_user_group(request: Request) -> Response:
        group = state.user_groups.get(request.path_params["id"])
        if group is None:
            raise ApiError(404, "user group not found")
        return json_response(group)

    async def post_user_group(request: Request) -> Response:
        """``POST /usergroups``: 201 with the new group (a name is required and unique)."""
        body = await json_object(request)
        name = body.get("name")
        if not isinstance(name, str) or not name.strip():
            raise ApiError(400, "name is required")
        with state.lock:
            if any(g["name"] == name for g in state.user_groups.values()):
                raise ApiError(409, f"a user group named {name!r} already exists")
            group = state.add_user_group(name)
            group.update({k: v for k, v in body.items() if k in ("description", "email", "attributes")})
        return json_response(group, 201)

    async def delete_user_group(request: Request) -> Response:
        with state.lock:
            group = state.user_groups.pop(request.path_params["id"], None)
            if group is None:
                raise ApiError(404, "user group not found")
            state.user_group_members.pop(group["id"], None)
        return json_response(group)

    async def list_user_group_members(request: Request) -> Response:
        with state.lock:
            members = state.user_group_members.get(request.path_params["group_id"])
            if members is None:
                raise ApiError(404, "user group not found")
            items = [hop("user", uid) for uid in members]
        return paged_array(items, request)

    async def post_user_group_member(request: Request) -> Response:
        """``POST /usergroups/{group_id}/members``: ``{"op": "add"|"remove", "type": "user", "id": ...}``, 204."""
        body = await json_object(request)
        op, kind, target = body.get("op"), body.get("type"), body.get("id")
        if op not in ("add", "remove") or kind != "user" or not isinstance(target, str):
            raise ApiError(400, "body must have op (add|remove), type user and id")
        with state.lock:
            members = state.user_group_members.get(request.path_params["group_id"])
            if members is None:
                raise ApiError(404, "user group not found")
            if target not in state.users:
                raise ApiError(404, f"user {target} not found")
            if op == "add" and target in members:
                raise ApiError(409, "user is already a member")
            if op == "remove" and target not in members:
                raise ApiError(404, "user is not a member")
            if op == "add":
                members.append(target)
            else:
                members.remove(target)
        return Response(status_code=204)

    async def list_system_groups(request: Request) -> Response:
        with state.lock:
            return v2_list(list(state.system_groups.values()), request)

    async def get_system_group(request: Request) -> Response:
        group = state.system_groups.get(request.path_params["id"])
        if group is None:
            raise ApiError(404, "system group not found")
        return json_response(group)

    async def system_member_of(request: Request) -> Response:
        with state.lock:
            sid = system_id_of(request)
            items = [
                {"id": gid, "type": "system_group", "paths": [[hop("system_group", gid)]], "compiledAttributes": None}
                for gid, members in state.system_group_members.items()
                if sid in members
            ]
        return paged_array(items, request)

    async def system_associations(request: Request) -> Response:
        targets = request.query_params.get("targets")
        if targets not in SYSTEM_TARGETS:
            raise ApiError(400, f'request parameter "targets" must be one of {", ".join(SYSTEM_TARGETS)}')
        with state.lock:
            sid = system_id_of(request)
            items = [hop(kind, oid) for kind, oid in state.system_associations.get(sid, []) if kind == targets]
        return paged_array(items, request)

    async def post_system_association(request: Request) -> Response:
        body = await json_object(request)
        op, kind, target = body.get("op"), body.get("type"), body.get("id")
        if op not in ("add", "remove", "update") or kind not in SYSTEM_TARGETS or not isinstance(target, str):
            raise ApiError(400, "body must have op (add|remove|update), type and id")
        with state.lock:
            sid = system_id_of(request)
            known = {"user": state.users, "user_group": state.user_groups}.get(kind)
            if known is not None and target not in known:
                raise ApiError(404, f"{kind} {target} not found")
            assoc = state.system_associations.setdefault(sid, [])
            exists = (kind, target) in assoc
            if op == "add":
                if exists:
                    raise ApiError(409, "association already exists")
                assoc.append((kind, target))
            elif not exists:
                raise ApiError(404, "association not found")
            elif op == "remove":
                assoc.remove((kind, target))
        return Response(status_code=204)

    async def system_users(request: Request) -> Response:
        with state.lock:
            sid = system_id_of(request)
            paths: dict[str, list[list[dict[str, Any]]]] = {}
            for kind, oid in state.system_associations.get(sid, []):
                if kind == "user" and oid in state.users:
                    paths.setdefault(oid, []).append([hop("user", oid)])
                elif kind == "user_group":
                    for uid in state.user_group_members.get(oid, []):
                        paths.setdefault(uid, []).append([hop("user_group", oid), hop("user", uid)])
            items = [{"id": uid, "type": "user", "paths": p, "compiledAttributes": None} for uid, p in paths.items()]
        return paged_array(items, request)

    async def system_user_groups(request: Request) -> Response:
        with state.lock:
            sid = system_id_of(request)
            items = [
                {"id": oid, "type": "user_group", "paths": [[hop("user_group", oid)]], "compiledAttributes": None}
                for kind, oid in state.system_associations.get(sid, [])
                if kind == "user_group"
            ]
        return paged_array(items, request)

    async def list_system_group_members(request: Request) -> Response:
        with state.lock:
            members = state.system_group_members.get(request.path_params["group_id"])
            if members is None:
                raise ApiError(404, "system group not found")
            items = [hop("system", sid) for sid in members]
        return paged_array(items, request)

    async def post_system_group_member(request: Request) -> Response:
        body = await json_object(request)
        op, kind, target = body.get("op"), body.get("type"), body.get("id")
        if op not in ("add", "remove") or kind != "system" or not isinstance(target, str):
            raise ApiError(400, "body must have op (add|remove), type system and id")
        signer = request.scope.get("jcsim.system_id")
        if signer is not None and signer != target:
            raise ApiError(401, "Unauthorized: a system may only change its own membership")
        with state.lock:
            members = state.system_group_members.get(request.path_params["group_id"])
            if members is None:
                raise ApiError(404, "system group not found")
            if target not in state.systems:
                raise ApiError(404, f"system {target} not found")
            if op == "add":
                if target in members:
                    raise ApiError(409, "system is already a member")
                members.append(target)
            elif target in members:
                members.remove(target)
            else:
                raise ApiError(404, "system is not a member")
        return Response(status_code=204)

    async def bulk_create(request: Request) -> Response:
        payload = await json_array(request)
        suppress = parse_bool(request.query_params.get("suppressEmail"), "suppressEmail")
        source = request.headers.get("creation-source", "jumpcloud:bulk")
        if source not in CREATION_SOURCES:
            raise ApiError(400, f"invalid creation-source {source!r}")
        job = state.create_job("create", payload, suppress_email=suppress, creation_source=source)
        return json_response({"jobId": job.id}, 201)  # 201 Created, as JumpCloud's description documents

    async def bulk_update(request: Request) -> Response:
        payload = await json_array(request)
        suppress = parse_bool(request.query_params.get("suppressEmail"), "suppressEmail")
        job = state.create_job("update", payload, suppress_email=suppress, creation_source="jumpcloud:bulk")
        return json_response({"jobId": job.id}, 201)

    def job_results(job_id: str, request: Request) -> Response:
        limit, skip = query.paging(request.query_params)
        _, snapshot = state.poll_job(job_id, advance=skip == 0)
        return json_response(query.page(snapshot, limit, skip), headers={"x-total-count": str(len(snapshot))})

    async def bulk_results(request: Request) -> Response:
        return job_results(request.path_params["job_id"], request)

    async def jobs_results(request: Request) -> Response:
        return job_results(request.path_params["id"], request)

    async def job_details(request: Request) -> Response:
        with state.lock:
            job, _ = state.poll_job(request.path_params["id"], advance=False)
            body = job.to_details()
            state.poll_job(job.id, advance=True)
        return json_response(body)

    async def system_insights_os_version(request: Request) -> Response:
        """``GET /systeminsights/{system_id}/os_version``: JumpCloud still publishes this path, without
        an operation (jcapi-python 3.x had it as ``systeminsights_list_os_version``); SDK users reach it
        through the raw request path."""
        system_id = request.path_params["system_id"]
        with state.lock:
            system = state.systems.get(system_id)
            if system is None:
                raise ApiError(404, "system not found")
            major, _, minor = str(system["version"]).partition(".")
            record = {
                "system_id": system_id,
                "name": system["os"],
                "platform": system["osFamily"],
                "version": system["version"],
                "major": int(major) if major.isdigit() else 0,
                "minor": int(minor.split(".")[0]) if minor.split(".")[0].isdigit() else 0,
                "collection_time": system["lastContact"],
            }
        return paged_array([record], request)

    async def list_groups(request: Request) -> Response:
        """``GET /groups``: every group, including one of a kind no description lists yet."""
        with state.lock:
            records = [
                {"id": g["id"], "name": g["name"], "type": g["type"], "attributes": g["attributes"]}
                for g in [*state.user_groups.values(), *state.system_groups.values()]
            ]
        records.append(
            {
                "id": data.object_id(state.seed, data.UNLISTED_GROUP_TYPE, 0),
                "name": "Remote agents",
                "type": data.UNLISTED_GROUP_TYPE,
                "attributes": None,
            }
        )
        return v2_list(records, request)

    return [
        Route("/groups", list_groups, methods=["GET"]),
        Route("/systeminsights/{system_id}/os_version", system_insights_os_version, methods=["GET"]),
        Route("/usergroups", list_user_groups, methods=["GET"]),
        Route("/usergroups", post_user_group, methods=["POST"]),
        Route("/usergroups/{id}", get_user_group, methods=["GET"]),
        Route("/usergroups/{id}", delete_user_group, methods=["DELETE"]),
        Route("/usergroups/{group_id}/members", list_user_group_members, methods=["GET"]),
        Route("/usergroups/{group_id}/members", post_user_group_member, methods=["POST"]),
        Route("/systemgroups", list_system_groups, methods=["GET"]),
        Route("/systemgroups/{id}", get_system_group, methods=["GET"]),
        Route("/systemgroups/{group_id}/members", list_system_group_members, methods=["GET"]),
        Route("/systemgroups/{group_id}/members", post_system_group_member, methods=["POST"]),
        Route("/systems/{system_id}/memberof", system_member_of, methods=["GET"]),
        Route("/systems/{system_id}/associations", system_associations, methods=["GET"]),
        Route("/systems/{system_id}/associations", post_system_association, methods=["POST"]),
        Route("/systems/{system_id}/users", system_users, methods=["GET"]),
        Route("/systems/{system_id}/usergroups", system_user_groups, methods=["GET"]),
        Route("/bulk/users", bulk_create, methods=["POST"]),
        Route("/bulk/users", bulk_update, methods=["PATCH"]),
        Route("/bulk/users/{job_id}/results", bulk_results, methods=["GET"]),
        Route("/jobs/{id}/results", jobs_results, methods=["GET"]),
        Route("/jobs/{id}", job_details, methods=["GET"]),
    ]
