"""The generation pipeline: pins, overlays and what it produced (golden facts of generated/)."""

from __future__ import annotations

import functools
import hashlib
import http.server
import importlib
import json
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from pipeline import PipelineError
from pipeline.build import diff_operations
from pipeline.overlay import Context, apply_overlay, load_spec

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
FOLDERS = {"jcapiv1": "jcapiv1", "jcapiv2": "jcapiv2", "jcapi_insights": "insights"}


def run_upstream(tmp_path: Path, pins: dict[str, Any], upstream_dir: Path) -> subprocess.CompletedProcess[str]:
    pins_file = tmp_path / "pins.json"
    pins_file.write_text(json.dumps({"apis": pins}))
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "pipeline.upstream",
            "--pins",
            str(pins_file),
            "--upstream-dir",
            str(upstream_dir),
            "--out",
            str(tmp_path / "out"),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )


@pytest.fixture
def served_file(tmp_path: Path) -> Iterator[tuple[str, bytes]]:
    """A local HTTP server holding one file, standing in for the pinned URL."""
    body = b'{"swagger": "2.0"}'
    site = tmp_path / "site"
    site.mkdir()
    (site / "spec.json").write_bytes(body)
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/spec.json", body
    server.shutdown()


def test_wrong_sha256_names_file_both_hashes_and_the_fix(tmp_path: Path) -> None:
    upstream = tmp_path / "up"
    upstream.mkdir()
    (upstream / "a.json").write_text("{}")
    result = run_upstream(
        tmp_path, {"v9": {"file": "a.json", "url": "http://127.0.0.1:9/a", "sha256": "0" * 64}}, upstream
    )
    assert result.returncode == 2
    assert "sha256 mismatch" in result.stderr and "a.json" in result.stderr
    assert "0" * 64 in result.stderr and hashlib.sha256(b"{}").hexdigest() in result.stderr
    assert "specs/pins.json" in result.stderr and "re-pin" in result.stderr


def test_missing_file_and_unreachable_url_is_a_clear_error(tmp_path: Path) -> None:
    pins = {"v9": {"file": "gone.json", "url": "http://127.0.0.1:9/gone.json", "sha256": "0" * 64}}
    result = run_upstream(tmp_path, pins, tmp_path / "nowhere")
    assert result.returncode == 2
    assert "cannot download gone.json from http://127.0.0.1:9/gone.json" in result.stderr
    assert "UPSTREAM_DIR" in result.stderr
    assert not list((tmp_path / "out").glob("*.part")), "a failed download must leave nothing behind"


def test_missing_file_is_downloaded_from_the_pinned_url_and_verified(
    tmp_path: Path, served_file: tuple[str, bytes]
) -> None:
    url, body = served_file
    pins = {"v9": {"file": "spec.json", "url": url, "sha256": hashlib.sha256(body).hexdigest()}}
    result = run_upstream(tmp_path, pins, tmp_path / "nowhere")
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "out" / "spec.json").read_bytes() == body
    located = json.loads((tmp_path / "out" / "located.json").read_text())
    assert located == {"v9": str(tmp_path / "out" / "spec.json")}


def test_downloaded_file_with_wrong_hash_is_refused(tmp_path: Path, served_file: tuple[str, bytes]) -> None:
    url, _ = served_file
    result = run_upstream(tmp_path, {"v9": {"file": "spec.json", "url": url, "sha256": "f" * 64}}, tmp_path / "x")
    assert result.returncode == 2 and "sha256 mismatch" in result.stderr


def test_the_pins_match_the_shared_sources() -> None:
    sources = (SHARED / "specs" / "SOURCES.md").read_text()
    pins = json.loads((ROOT / "specs" / "pins.json").read_text())["apis"]
    for pin in pins.values():
        assert pin["sha256"] in sources and pin["url"] in sources


def test_overlay_step_without_reason_is_refused() -> None:
    with pytest.raises(PipelineError, match="needs a one-line `reason`"):
        apply_overlay({"paths": {}}, [{"patch": []}], Context("v1", SHARED), "x.yaml")


def test_overlay_failing_guard_names_the_step() -> None:
    steps = [{"reason": "fix a title", "patch": [{"op": "test", "path": "/info/title", "value": "B"}]}]
    with pytest.raises(PipelineError, match=r"x.yaml step 1 \(fix a title\)"):
        apply_overlay({"info": {"title": "A"}}, steps, Context("v1", SHARED), "x.yaml")


def _apply_rule(rule: str, spec: dict[str, Any], args: dict[str, Any] | None = None) -> dict[str, Any]:
    apply_overlay(spec, [{"reason": "test", "rule": rule, "args": args or {}}], Context("v2", SHARED), "x.yaml")
    return spec


def test_auth_header_parameters_are_removed_inline_and_by_reference() -> None:
    spec: dict[str, Any] = {
        "components": {"parameters": {"org": {"in": "header", "name": "x-org-id", "schema": {"type": "string"}}}},
        "paths": {
            "/systems/{id}": {
                "get": {
                    "operationId": "systems_get",
                    "parameters": [
                        {"$ref": "#/components/parameters/org"},
                        {"in": "header", "name": "Authorization", "schema": {"type": "string"}},
                        {"in": "header", "name": "Date", "schema": {"type": "string"}},
                        {"in": "header", "name": "x-provider-id", "schema": {"type": "string"}},
                        {"in": "query", "name": "date", "schema": {"type": "string"}},
                    ],
                }
            }
        },
    }
    kept = _apply_rule("auth-headers-from-client", spec)["paths"]["/systems/{id}"]["get"]["parameters"]
    assert [(p["in"], p["name"]) for p in kept] == [("header", "x-provider-id"), ("query", "date")]


def test_nullable_objects_become_objects_and_lose_null_defaults() -> None:
    spec: dict[str, Any] = {
        "components": {"schemas": {"A": {"type": ["object", "null"], "default": None, "properties": {}}}},
        "paths": {},
    }
    assert _apply_rule("nullable-objects-as-objects", spec)["components"]["schemas"]["A"] == {
        "type": "object",
        "properties": {},
    }
    with pytest.raises(PipelineError, match="drop this step"):
        _apply_rule("nullable-objects-as-objects", spec)


def test_sentence_titles_are_dropped_and_names_kept() -> None:
    spec: dict[str, Any] = {
        "components": {
            "schemas": {
                "A": {"title": "duration format as mentioned in https://example.com", "type": "string"},
                "B": {"title": "Import User Address", "type": "object", "example": {"title": "a b c d e f g h"}},
            }
        },
        "paths": {},
    }
    schemas = _apply_rule("drop-sentence-titles", spec, {"max_words": 6})["components"]["schemas"]
    assert "title" not in schemas["A"]
    assert schemas["B"]["title"] == "Import User Address"
    assert schemas["B"]["example"] == {"title": "a b c d e f g h"}, "examples are data, never rewritten"


def test_file_responses_become_binary_and_mislabelled_json_becomes_json() -> None:
    records = {"type": "array", "items": {"$ref": "#/components/schemas/R"}}
    spec: dict[str, Any] = {
        "components": {"schemas": {"R": {"type": "object"}, "Pem": {"type": "string"}, "Rec": {"type": "object"}}},
        "paths": {
            "/pem": {
                "get": {
                    "responses": {
                        "200": {"content": {"application/x-pem-file": {"schema": {"$ref": "#/components/schemas/Pem"}}}}
                    }
                }
            },
            "/rec": {
                "get": {
                    "responses": {"200": {"content": {"text/html": {"schema": {"$ref": "#/components/schemas/Rec"}}}}}
                }
            },
            "/invoice": {
                "get": {"responses": {"200": {"content": {"application/pdf": {"schema": {"type": "string"}}}}}}
            },
            "/tpm": {"get": {"responses": {"200": {"content": {"text/html": {"schema": records}}}}}},
            "/err": {
                "get": {
                    "responses": {
                        "200": {"content": {"application/json": {"schema": {"type": "object"}}}},
                        "400": {"content": {"application/pdf": {"schema": {"$ref": "#/components/schemas/E"}}}},
                    }
                }
            },
        },
    }
    paths = _apply_rule("file-responses", spec)["paths"]
    assert paths["/invoice"]["get"]["responses"]["200"]["content"] == {
        "application/pdf": {"schema": {"type": "string", "format": "binary"}}
    }
    assert paths["/tpm"]["get"]["responses"]["200"]["content"] == {"application/json": {"schema": records}}
    assert list(paths["/err"]["get"]["responses"]["400"]["content"]) == ["application/json"]
    assert paths["/pem"]["get"]["responses"]["200"]["content"]["application/x-pem-file"]["schema"] == {
        "type": "string",
        "format": "binary",
    }, "a $ref to a string is a file, not records"
    assert list(paths["/rec"]["get"]["responses"]["200"]["content"]) == ["application/json"]


def test_empty_json_schemas_become_open_objects() -> None:
    body: dict[str, Any] = {"schema": {}}
    spec = {
        "paths": {
            "/x": {
                "get": {
                    "operationId": "Devices_GetLockPin",
                    "responses": {"200": {"content": {"application/json": body}}},
                }
            }
        }
    }
    _apply_rule("empty-json-as-open-object", spec)
    assert body["schema"] == {"type": "object", "additionalProperties": True}


def test_yaml_descriptions_keep_dates_as_strings(tmp_path: Path) -> None:
    path = tmp_path / "d.yaml"
    path.write_text("openapi: 3.1.0\npaths: {}\ncomponents: {schemas: {A: {type: string, example: 2020-01-01}}}\n")
    assert load_spec(path)["components"]["schemas"]["A"]["example"] == "2020-01-01"


def test_operation_diff_reports_added_removed_changed() -> None:
    old = [{"operation_id": "a", "method": "GET", "path": "/a", "digest": "1"}]
    old += [{"operation_id": "b", "method": "GET", "path": "/b", "digest": "1"}]
    new = [{"operation_id": "b", "method": "GET", "path": "/b", "digest": "2"}]
    new += [{"operation_id": "c", "method": "POST", "path": "/c", "digest": "1"}]
    assert diff_operations(old, new) == ["  + c (POST /c)", "  - a (GET /a)", "  ~ b (GET /b)"]


# --- golden facts of the generated packages -------------------------------------------------


def operations_of(package: str) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = json.loads((ROOT / "generated" / FOLDERS[package] / "operations.json").read_text())
    return rows


#: JumpCloud's own descriptions: v1 61, v2 782 (+ jobs_get and jobs_results from our overlay), Directory Insights 7.
@pytest.mark.parametrize(("package", "count"), [("jcapiv1", 61), ("jcapiv2", 784), ("jcapi_insights", 7)])
def test_operation_counts(package: str, count: int) -> None:
    rows = operations_of(package)
    assert len(rows) == count
    modules = list((ROOT / "generated" / FOLDERS[package] / package / "api").glob("*/*.py"))
    assert len([m for m in modules if m.name != "__init__.py"]) == len(rows)


@pytest.mark.parametrize("package", list(FOLDERS))
def test_every_public_name_jcapi_python_users_know_still_exists(package: str) -> None:
    """Every public operationId of the old snapshot (jcapi-python's method names) is still generated."""
    api = {"jcapiv1": "v1", "jcapiv2": "v2", "jcapi_insights": "insights"}[package]
    table = json.loads((SHARED / "specs" / "legacy-operation-ids.json").read_text())[api]
    ids = {row["operation_id"] for row in operations_of(package)}
    assert set(table["snapshot_to_legacy"].values()) <= ids
    assert set(table["absent"]) <= ids, "the operations the old snapshot lacked are back"


def test_the_functions_the_issue_names_exist() -> None:
    from jcapiv1.api.systemusers import systemusers_delete
    from jcapiv2.api.bulk_job_requests import bulk_user_expires  # noqa: F401

    importlib.import_module("jcapiv1.api.systemusers.systemusers_state_suspend")
    importlib.import_module("jcapiv1.api.systemusers.systemusers_password")
    importlib.import_module("jcapiv2.api.user_groups.groups_user_list")
    assert "cascade_manager" in systemusers_delete.sync.__annotations__


@pytest.mark.parametrize("package", list(FOLDERS))
def test_no_function_takes_auth_headers(package: str) -> None:
    """Authorization / Date (System Context) and x-org-id are the client's job, never arguments."""
    offenders = [
        path.name
        for path in (ROOT / "generated" / FOLDERS[package] / package / "api").glob("*/*.py")
        if any(f"    {name}:" in path.read_text() for name in ("authorization", "date", "x_org_id"))
    ]
    assert offenders == []


@pytest.mark.parametrize(
    "module",
    [
        "jcapiv1.api.systemusers.systemusers_list",
        "jcapiv1.api.systems.systems_put",
        "jcapiv2.api.bulk_job_requests.bulk_users_create",
        "jcapiv2.api.graph.graph_system_member_of",
        "jcapiv2.api.bulk_job_requests.jobs_get",
        "jcapiv2.api.bulk_job_requests.jobs_results",
        "jcapi_insights.api.reports.directory_insights_reports_create",
    ],
)
def test_known_functions_exist_with_sync_and_async(module: str) -> None:
    mod = importlib.import_module(module)
    for name in ("sync", "sync_detailed", "asyncio", "asyncio_detailed"):
        assert callable(getattr(mod, name))


def test_previously_untyped_responses_are_typed() -> None:
    from jcapiv1.api.search import search_systems_post
    from jcapiv1.api.systems import systems_list
    from jcapiv2.api.applications import import_users

    assert "SystemsList" in str(systems_list.sync.__annotations__["return"])
    assert "SystemsSearchList" in str(search_systems_post.sync.__annotations__["return"])
    assert "ImportUsersResponse" in str(import_users.sync.__annotations__["return"])


def test_every_generated_file_says_it_is_generated() -> None:
    unmarked = [
        path
        for path in (ROOT / "generated").rglob("*")
        if path.is_file()
        and path.suffix in (".py", ".md", ".toml")
        and "Generated by `make generate`" not in path.read_text()[:400]
    ]
    assert unmarked == []


def test_system_context_operations_are_documented() -> None:
    facts = json.loads((SHARED / "specs" / "system-context-operations.json").read_text())
    for package, api in (("jcapiv1", "v1"), ("jcapiv2", "v2")):
        marked = {row["operation_id"] for row in operations_of(package) if row["system_context"]}
        assert marked == set(facts[api])
    from jcapiv2.api.graph import graph_system_member_of

    assert "System Context" in (graph_system_member_of.sync.__doc__ or "")


def test_models_are_imported_lazily() -> None:
    code = (
        "import sys, jcapiv2.api.user_groups.groups_user_list; "
        "print(sum(1 for m in sys.modules if m.startswith('jcapiv2.models.')))"
    )
    loaded = int(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout)
    assert 0 < loaded < 20
    from jcapiv2.models import UserGroup

    assert UserGroup.__name__ == "UserGroup"
    with pytest.raises(AttributeError, match="no attribute 'NoSuchModel'"):
        importlib.import_module("jcapiv2.models").NoSuchModel  # noqa: B018
