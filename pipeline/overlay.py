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
import re
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


def rule_legacy_operation_ids(spec: Spec, ctx: Context, args: dict[str, Any]) -> None:
    """Rename every operationId to JumpCloud's public (legacy) name."""
    table = ctx.table("legacy-operation-ids.json")[ctx.api]["snapshot_to_legacy"]
    unmapped = []
    for path, method, op in operations(spec):
        old = op.get("operationId")
        if old in table:
            op["operationId"] = table[old]
        elif old not in table.values():
            unmapped.append(f"{method.upper()} {path} ({old})")
    if unmapped:
        raise PipelineError(
            "operations without a legacy name in legacy-operation-ids.json: "
            + ", ".join(unmapped)
            + ". Fix: add them to the table or name them in an overlay patch."
        )


def _tag_for(path: str, aliases: dict[str, str]) -> str:
    segment = next((s for s in path.split("/") if s and not s.startswith("{")), "root")
    segment = aliases.get(segment, segment)
    return re.sub(r"[^0-9a-zA-Z]+", "_", segment).strip("_").lower()


def rule_tags_from_path(spec: Spec, ctx: Context, args: dict[str, Any]) -> None:
    """Tag every operation with its resource: the first literal path segment (or an alias)."""
    aliases = args.get("aliases", {})
    for path, _method, op in operations(spec):
        op["tags"] = [_tag_for(path, aliases)]


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
    """Remove ``default: ""`` from query parameters, so calls do not send ``sort=&fields=``."""
    candidates: list[Any] = list(spec.get("components", {}).get("parameters", {}).values())
    for _path, _method, op in operations(spec):
        candidates.extend(op.get("parameters", []))
    for item in spec.get("paths", {}).values():
        if isinstance(item, dict):
            candidates.extend(item.get("parameters", []))
    for param in candidates:
        schema = param.get("schema") if isinstance(param, dict) and param.get("in") == "query" else None
        if isinstance(schema, dict) and schema.get("default") == "":
            del schema["default"]


RULES: dict[str, Callable[[Spec, Context, dict[str, Any]], None]] = {
    "legacy-operation-ids": rule_legacy_operation_ids,
    "tags-from-path": rule_tags_from_path,
    "keep-unknown-fields": rule_keep_unknown_fields,
    "system-context-notes": rule_system_context_notes,
    "drop-empty-query-defaults": rule_drop_empty_query_defaults,
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


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--api", required=True)
    parser.add_argument("--spec", type=Path, required=True)
    parser.add_argument("--overlay", type=Path, action="append", required=True, help="repeatable, applied in order")
    parser.add_argument("--shared", type=Path, required=True)
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args(argv)
    spec = json.loads(args.spec.read_text())
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
