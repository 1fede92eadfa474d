"""Apply our declarative fixes (``specs/overlays/<api>.yaml``) to a converted OpenAPI 3 file.

Usage::

    python -m pipeline.overlay --api v2 --spec build/oas3/v2.json \
        --overlay specs/overlays/_common.yaml --overlay specs/overlays/v2.yaml \
        --shared ../shared --out build/specs/v2.json

An overlay file is a YAML list of steps; every step has a one-line ``reason`` and either

- ``patch``: RFC 6902 JSON Patch operations, applied with the maintained ``jsonpatch``
  library (use ``test`` operations to guard index-based paths), or
- ``rule``: one of the named, data-driven transforms in ``RULES`` below, for fixes that are
  the same rule applied to hundreds of operations (a JSON Patch listing them all would be
  unreadable and would rot with every upstream change).

The rules are hand-written because they are table lookups over ``paths``; no overlay library
expresses "rename every operationId from this table" or "tag by first path segment".
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import jsonpatch
import yaml

from pipeline import PipelineError

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")

Spec = dict[str, Any]


def operations(spec: Spec) -> Iterator[tuple[str, str, dict[str, Any]]]:
    """Yield ``(path, method, operation)`` for every operation, in document order."""
    for path, item in spec.get("paths", {}).items():
        for method in HTTP_METHODS:
            if isinstance(item, dict) and method in item:
                yield path, method, item[method]


def resolve(spec: Spec, schema: Any) -> Any:
    """A local ``$ref`` followed to its target (``#/components/schemas/x``), else the node itself."""
    while isinstance(schema, dict) and isinstance(schema.get("$ref"), str) and schema["$ref"].startswith("#/"):
        target: Any = spec
        for part in schema["$ref"][2:].split("/"):
            target = target.get(part.replace("~1", "/").replace("~0", "~"), {}) if isinstance(target, dict) else {}
        schema = target
    return schema


def all_parameters(spec: Spec) -> list[dict[str, Any]]:
    """Every parameter object of the document once: shared (components), per path and per operation."""
    found: dict[int, dict[str, Any]] = {}
    holders: list[Any] = [{"parameters": list(spec.get("components", {}).get("parameters", {}).values())}]
    holders += [item for item in spec.get("paths", {}).values() if isinstance(item, dict)]
    holders += [op for _path, _method, op in operations(spec)]
    for holder in holders:
        for param in holder.get("parameters", []):
            if isinstance(param, dict) and "$ref" not in param:
                found.setdefault(id(param), param)
    return list(found.values())


def operation_parameters(spec: Spec, path: str, op: dict[str, Any]) -> list[dict[str, Any]]:
    """The parameters an operation takes: its path's and its own, ``$ref`` followed."""
    params = [*spec["paths"][path].get("parameters", []), *op.get("parameters", [])]
    return [resolved for param in params if isinstance(resolved := resolve(spec, param), dict)]


class Context:
    """What rules may read besides the spec: the API name and the shared fact tables."""

    def __init__(self, api: str, shared: Path) -> None:
        self.api = api
        self.shared = shared

    def table(self, name: str) -> Any:
        path = self.shared / "specs" / name
        try:
            return json.loads(path.read_text())
        except OSError as exc:
            raise PipelineError(
                f"cannot read {path}: {exc.strerror}. Fix: pass SHARED_DIR=<dir holding specs/{name}>"
            ) from exc


def rule_keep_unknown_fields(spec: Spec, ctx: Context, args: dict[str, Any]) -> None:
    """Drop every ``additionalProperties: false`` so models keep fields the API adds."""

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            if node.get("additionalProperties") is False:
                del node["additionalProperties"]
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(spec)


def rule_system_context_notes(spec: Spec, ctx: Context, args: dict[str, Any]) -> None:
    """Say in their docs which operations accept System Context authorization."""
    accepted = set(ctx.table("system-context-operations.json")[ctx.api])
    note = args["note"].strip()
    found = set()
    for _path, _method, op in operations(spec):
        if op.get("operationId") in accepted:
            found.add(op["operationId"])
            op["description"] = (op.get("description", "").rstrip() + "\n\n" + note).strip()
            op["x-jcapi-system-context"] = True
    if found != accepted:
        raise PipelineError(f"System Context operations missing from the spec: {sorted(accepted - found)}")


def rule_drop_empty_query_defaults(spec: Spec, ctx: Context, args: dict[str, Any]) -> None:
    """Remove ``default: ""`` (and ``""`` as an enum value) from query parameters, so calls do not send
    ``sort=&fields=``: an empty value the description does not allow (``allowEmptyValue`` unset)."""
    for param in all_parameters(spec):
        schema = param.get("schema") if param.get("in") == "query" else None
        if isinstance(schema, dict) and schema.get("default") == "":
            del schema["default"]
        if isinstance(schema, dict) and "" in schema.get("enum", []):  # a member that would send `sort=`
            schema["enum"] = [value for value in schema["enum"] if value != ""]


def _walk_schemas(node: Any) -> Iterator[dict[str, Any]]:
    """Every mapping in the document, skipping example values (they are data, not schemas)."""
    stack = [node]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            yield item
            stack.extend(value for key, value in item.items() if key not in ("example", "examples"))
        elif isinstance(item, list):
            stack.extend(item)


def rule_drop_sentence_titles(spec: Spec, ctx: Context, args: dict[str, Any]) -> None:
    """Drop schema ``title``s that are sentences rather than names (the generator makes class names of them)."""
    max_words = int(args.get("max_words", 6))
    dropped = 0
    for node in _walk_schemas(spec.get("components", {})), _walk_schemas(spec.get("paths", {})):
        for item in node:
            title = item.get("title")
            if isinstance(title, str) and (len(title.split()) > max_words or "\n" in title or "://" in title):
                del item["title"]
                dropped += 1
    if not dropped:
        raise PipelineError("no sentence titles left: drop this step")


def rule_nullable_objects_as_objects(spec: Spec, ctx: Context, args: dict[str, Any]) -> None:
    """Turn OpenAPI 3.1 ``type: [object, "null"]`` (and ``default: null`` on objects) into plain ``object``.

    openapi-python-client 0.29 reads a nullable object as a union ``Model | None`` and then cannot
    use it in ``allOf`` ("Cannot take allOf a non-object"), nor name its inline parts uniquely;
    the generated reader accepts ``null`` for such properties anyway (see the model template).
    """
    changed = 0
    for item in _walk_schemas(spec):
        kind = item.get("type")
        if isinstance(kind, list) and "object" in kind and "null" in kind:
            rest = [k for k in kind if k != "null"]
            item["type"] = rest[0] if len(rest) == 1 else rest
            changed += 1
        if item.get("type") == "object" and "default" in item and item["default"] is None:
            del item["default"]
    if not changed:
        raise PipelineError("no nullable objects left: drop this step")


def _is_json(media_type: str) -> bool:
    return media_type.split(";")[0].strip() in ("application/json", "*/*") or media_type.endswith("+json")


#: What the generator reads as a file once generator-config maps the type to application/octet-stream.
FILE_SCHEMA = {"type": "string", "format": "binary"}


def _is_structured(spec: Spec, schema: Any) -> bool:
    """Whether a schema describes JSON records (an object or an array), after following ``$ref``."""
    schema = resolve(spec, schema)
    return isinstance(schema, dict) and (
        schema.get("type") in ("array", "object") or "items" in schema or "properties" in schema
    )


def rule_file_responses(spec: Spec, ctx: Context, args: dict[str, Any]) -> None:
    """2xx bodies of non-JSON media types become binary (``File``); mislabelled JSON becomes JSON.

    ``generator-config/<api>.yaml`` maps each file media type to ``application/octet-stream``
    (``content_type_overrides``), which the generator returns as ``File``; a media type missing
    there fails generation with a warning, so a new one is noticed. A non-JSON media type whose
    schema is a JSON structure (``text/html`` with an array of records, as on
    ``systeminsights_list_tpm_info``) is a labelling mistake: it becomes ``application/json``, as
    does any error answer (JumpCloud's errors are JSON).
    """
    for _path, _method, op in operations(spec):
        for code, response in op.get("responses", {}).items():
            content = response.get("content") if isinstance(response, dict) else None
            if not content or any(_is_json(media_type) for media_type in content):
                if content and str(code).startswith("2"):
                    for media_type, body in content.items():
                        if not _is_json(media_type):
                            body["schema"] = dict(FILE_SCHEMA)
                continue
            first = next(iter(content.values()))
            if not str(code).startswith("2") or _is_structured(spec, first.get("schema")):
                response["content"] = {"application/json": first}
            else:
                for body in content.values():
                    body["schema"] = dict(FILE_SCHEMA)


def rule_empty_json_as_open_object(spec: Spec, ctx: Context, args: dict[str, Any]) -> None:
    """A 2xx JSON body declared with an empty schema (``{}``) becomes an open object model.

    These are JumpCloud's gRPC-gateway operations ("A successful response."): their answers are
    protobuf messages, always JSON objects. An open object keeps every field it receives
    (``additional_properties``) instead of leaving the function returning ``Any``.
    """
    changed = 0
    for _path, _method, op in operations(spec):
        for code, response in op.get("responses", {}).items():
            body = (response.get("content") or {}).get("application/json") if isinstance(response, dict) else None
            if str(code).startswith("2") and isinstance(body, dict) and body.get("schema") == {}:
                body["schema"] = {"type": "object", "additionalProperties": True}
                changed += 1
    if not changed:
        raise PipelineError("no empty 2xx schemas left: drop this step")


def rule_query_explode(spec: Spec, ctx: Context, args: dict[str, Any]) -> None:
    """Set ``explode`` on every query parameter named ``args.name`` (``array: true`` also makes a
    string parameter an array of strings), for the query formats JumpCloud actually reads."""
    name, explode = args["name"], bool(args["explode"])
    changed = 0
    for param in all_parameters(spec):
        if param.get("in") != "query" or param.get("name") != name:
            continue
        schema = param.setdefault("schema", {})
        if args.get("array") and schema.get("type") == "string":
            param["schema"] = {"type": "array", "items": {k: v for k, v in schema.items() if k != "default"}}
        if param["schema"].get("type") == "array":
            param["style"], param["explode"] = "form", explode
            changed += 1
    if not changed:
        raise PipelineError(f"no array query parameter named {name!r}: drop this step")


#: The header parameters the client's auth sends: System Context's ``Authorization`` and ``Date``
#: (``SystemContextAuth`` signs every attempt) and ``x-org-id`` (``connect(org_id=...)``).
AUTH_HEADERS = {"authorization", "date", "x-org-id"}


def rule_auth_headers_from_client(spec: Spec, ctx: Context, args: dict[str, Any]) -> None:
    """Remove the auth header parameters from every operation: the client's auth sends them."""

    def is_auth_header(param: Any) -> bool:
        param = resolve(spec, param)
        return bool(param.get("in") == "header" and str(param.get("name", "")).lower() in AUTH_HEADERS)

    holders: list[dict[str, Any]] = [op for _path, _method, op in operations(spec)]
    holders += [item for item in spec.get("paths", {}).values() if isinstance(item, dict)]
    for holder in holders:
        if "parameters" in holder:
            holder["parameters"] = [param for param in holder["parameters"] if not is_auth_header(param)]


RULES: dict[str, Callable[[Spec, Context, dict[str, Any]], None]] = {
    "keep-unknown-fields": rule_keep_unknown_fields,
    "system-context-notes": rule_system_context_notes,
    "drop-empty-query-defaults": rule_drop_empty_query_defaults,
    "drop-sentence-titles": rule_drop_sentence_titles,
    "auth-headers-from-client": rule_auth_headers_from_client,
    "file-responses": rule_file_responses,
    "query-explode": rule_query_explode,
    "empty-json-as-open-object": rule_empty_json_as_open_object,
    "nullable-objects-as-objects": rule_nullable_objects_as_objects,
}


def apply_overlay(spec: Spec, steps: list[dict[str, Any]], ctx: Context, source: str) -> Spec:
    """Apply each step in order; a failing step names the overlay file, the step and its reason."""
    for index, step in enumerate(steps):
        reason = step.get("reason")
        label = f"{source} step {index + 1} ({reason or 'no reason given'})"
        if not reason:
            raise PipelineError(f"{label}: every overlay step needs a one-line `reason`")
        try:
            if "rule" in step:
                rule = RULES.get(step["rule"])
                if rule is None:
                    raise PipelineError(f"unknown rule {step['rule']!r}; known: {', '.join(RULES)}")
                rule(spec, ctx, step.get("args", {}))
            elif "patch" in step:
                spec = jsonpatch.apply_patch(spec, step["patch"], in_place=True)
            else:
                raise PipelineError("a step needs `rule` or `patch`")
        except (jsonpatch.JsonPatchException, jsonpatch.JsonPointerException, KeyError) as exc:
            raise PipelineError(f"{label}: {exc}") from exc
        except PipelineError as exc:
            raise PipelineError(f"{label}: {exc}") from exc
    return spec


class _SpecLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # type: ignore[misc]
    """A safe YAML loader (libyaml's C parser when PyYAML has it: v2 is 2.9 MB) that keeps
    timestamps as strings: OpenAPI is JSON data, and ``example: 2020-01-01`` is a string there."""


_SpecLoader.yaml_implicit_resolvers = {
    first: [entry for entry in entries if entry[0] != "tag:yaml.org,2002:timestamp"]
    for first, entries in _SpecLoader.yaml_implicit_resolvers.items()
}


def load_spec(path: Path) -> Spec:
    """Read a JSON or YAML description."""
    text = path.read_text(encoding="utf-8")
    spec = json.loads(text) if path.suffix == ".json" else yaml.load(text, Loader=_SpecLoader)  # noqa: S506 (safe)
    if not isinstance(spec, dict) or "paths" not in spec:
        raise PipelineError(f"{path} is not an OpenAPI description (no `paths`)")
    return spec


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--api", required=True)
    parser.add_argument("--spec", type=Path, required=True)
    parser.add_argument("--overlay", type=Path, action="append", required=True, help="repeatable, applied in order")
    parser.add_argument("--shared", type=Path, required=True)
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args(argv)
    spec = load_spec(args.spec)
    ctx = Context(args.api, args.shared)
    count = 0
    for overlay in args.overlay:
        steps = yaml.safe_load(overlay.read_text()) or []
        count += len(steps)
        try:
            spec = apply_overlay(spec, steps, ctx, str(overlay))
        except PipelineError as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 2
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(spec, indent=1, sort_keys=False) + "\n")
    print(f"overlay: {args.api}: {count} steps applied -> {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
