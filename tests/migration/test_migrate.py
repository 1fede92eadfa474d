"""``jcapi migrate`` on real-shaped jcapi-python code: the corpus (every per-operation example of
jcapi-python's docs, the README's three examples, a wrapper class, a bulk job, patterns with no
mechanical equivalent) is migrated, must compile, import only names our packages have, leave no
jcapi-python construct behind, be stable on a second run, and, where it calls the API, do the
same thing against the simulator."""

from __future__ import annotations

import ast
import importlib
import io
import json
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

import jcsim
from jcapi_cli import main, migrate
from jcsim.server import RunningSim

CORPUS = Path(__file__).parent / "corpus"
MAP = migrate.migration_map()
OLD_CLASSES = {m["class"] for p in MAP.values() for m in p["methods"].values()}
LEFTOVER = re.compile(r"\bConfiguration\(|\bApiClient\(|\b(" + "|".join(sorted(OLD_CLASSES)) + r")\(")
RUNNABLE = ("seed_v1_systemusers", "seed_v2_user_groups", "wrapper_jumpcloud", "bulk_onboarding")


@pytest.fixture(scope="module")
def migrated(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, dict[str, object]]]:
    """The corpus copied and migrated in place once (``jcapi migrate --write --json``)."""
    root = tmp_path_factory.mktemp("corpus")
    shutil.copytree(CORPUS, root, dirs_exist_ok=True)
    out = io.StringIO()
    assert main(["migrate", str(root), "--write", "--json"], stdout=out, stderr=io.StringIO()) == 0
    summary = json.loads(out.getvalue())
    assert summary["ok"] and summary["written"]
    yield root, summary


def files(root: Path) -> list[Path]:
    return sorted(root.rglob("*.py"))


def test_every_file_is_migrated_and_compiles(migrated: tuple[Path, dict[str, object]]) -> None:
    root, summary = migrated
    assert summary["errors"] == 0, summary["failed"]
    assert len(files(root)) == summary["files"] == len(files(CORPUS)) >= 48
    assert summary["changed"] == [str(p) for p in files(root)]  # every corpus file used jcapi-python
    for path in files(root):
        compile(path.read_text(), str(path), "exec")


def test_no_jcapi_python_construct_remains(migrated: tuple[Path, dict[str, object]]) -> None:
    root, _ = migrated
    for path in files(root):
        text = path.read_text()
        assert not LEFTOVER.search(text), (path.name, LEFTOVER.search(text))
        assert "jcapiv1.rest" not in text and "jcapiv2.rest" not in text and "ApiException(" not in text
        lines = text.splitlines()
        for i, line in enumerate(lines):  # a call still in jcapi-python's shape carries a note above it
            if re.search(
                r"\(.*\bcontent_type, accept\b|\(\s*CONTENT_TYPE, ACCEPT|\(\"application/json\", \"application/json\"",
                line,
            ):
                assert any("# jcapi migrate:" in above for above in lines[max(0, i - 4) : i]), (path.name, line)


def test_every_import_resolves(migrated: tuple[Path, dict[str, object]]) -> None:
    root, _ = migrated
    checked = 0
    for path in files(root):
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("jcapiv"):
                module = importlib.import_module(node.module)
                for alias in node.names:
                    assert hasattr(module, alias.name) or importlib.util.find_spec(f"{node.module}.{alias.name}"), (
                        path.name,
                        node.module,
                        alias.name,
                    )
                    checked += 1
    assert checked > 400


def test_a_second_run_changes_nothing(migrated: tuple[Path, dict[str, object]]) -> None:
    root, _ = migrated
    out, err = io.StringIO(), io.StringIO()
    assert main(["migrate", str(root)], stdout=out, stderr=err) == 0
    assert out.getvalue() == "" and "would change 0 of 48 files" in err.getvalue()


def test_the_default_is_a_diff_and_nothing_is_written(tmp_path: Path) -> None:
    script = tmp_path / "s.py"
    script.write_text("import jcapiv2\nc = jcapiv2.Configuration()\nc.api_key['x-api-key'] = KEY\n")
    out = io.StringIO()
    assert main(["migrate", str(tmp_path)], stdout=out, stderr=io.StringIO()) == 0
    assert (
        "-c = jcapiv2.Configuration()\n" in out.getvalue() and "+c = jcapiv2.connect(api_key=KEY)\n" in out.getvalue()
    )
    assert script.read_text().startswith("import jcapiv2\nc = jcapiv2.Configuration()")


def test_usage_errors_are_one_json_document(tmp_path: Path) -> None:
    out = io.StringIO()
    assert main(["migrate", str(tmp_path / "missing"), "--json"], stdout=out, stderr=io.StringIO()) == 2
    assert json.loads(out.getvalue()) == {
        "ok": False,
        "error": f"no such file or folder: {tmp_path / 'missing'}",
        "exit_code": 2,
    }


def test_every_documented_example_call_is_rewritten(migrated: tuple[Path, dict[str, object]]) -> None:
    """Each of the 370 per-operation examples calls its method: rewritten to ``.sync`` / ``.sync_detailed``,
    or left with the retirement note when JumpCloud no longer publishes the operation."""
    root, _ = migrated
    seen = 0
    for path in sorted((root / "jcapi_python_docs").glob("*.py")):
        package, cls = path.stem.split("_", 1)
        tree = path.read_text()
        for func in ast.parse(tree).body:
            if not isinstance(func, ast.FunctionDef):
                continue  # the docstring and the imports the migration added
            method = func.name.removeprefix("example_")
            entry = MAP[package]["methods"][f"{cls}.{method}"]
            body = ast.get_source_segment(tree, func) or ""
            if entry["status"] == "retired":
                assert f"JumpCloud no longer publishes {entry['http']} {entry['path']} ({method})" in body
            else:
                function = entry["module"].rsplit(".", 1)[1]
                assert re.search(rf"\b{function}\.sync(_detailed)?\(", body), (path.name, method)
            seen += 1
    assert seen == sum(len(p["methods"]) for p in MAP.values()) == 370


def test_notes_name_the_fix(migrated: tuple[Path, dict[str, object]]) -> None:
    text = (migrated[0] / "scripts" / "legacy_patterns.py").read_text()
    for expected in (
        "async_req=True has no counterpart: await systemusers_list.asyncio(...)",
        "systemusers_get.sync_detailed returns a Response (.parsed, .status_code, .headers), not a tuple",
        "to_dict() has JumpCloud's JSON names now (id is _id, total_count is totalCount, nested too): "
        "read attributes instead, e.g. .total_count",
        "read attributes instead, e.g. .results",
        'JumpCloud no longer publishes GET /tags (tags_list): use client.request("GET", "/tags")',
        "Configuration.verify_ssl has no counterpart here",
        "ApiException.reason has no counterpart",
    ):
        assert expected in text
    assert text.count("# jcapi migrate: ") == 8
    assert 'groups_user_list.sync(client=groups.with_headers({"x-org-id": ORG_ID}))' in text


# --------------------------------------------------------------------------- single rewrites
def rewrite(code: str) -> str:
    return migrate.migrate_source(code)


def test_connect_keeps_where_the_key_came_from() -> None:
    new = rewrite(
        "import os\nimport jcapiv2\nc = jcapiv2.Configuration()\nc.api_key['x-api-key'] = os.environ['JC_KEY']\n"
        "c.host = 'https://console.eu.jumpcloud.com/api/v2'\napi = jcapiv2.UserGroupsApi(jcapiv2.ApiClient(c))\n"
    )
    assert (
        "c = jcapiv2.connect(api_key=os.environ['JC_KEY'], base_url='https://console.eu.jumpcloud.com/api/v2')" in new
    )
    assert "api_key[" not in new and "c.host" not in new and "api = c\n" in new


def test_path_parameters_stay_in_order_and_headers_go() -> None:
    new = rewrite(
        "import jcapiv2\napi = jcapiv2.GraphApi(jcapiv2.ApiClient(jcapiv2.Configuration()))\n"
        "api.graph_user_group_members_list(gid, 'application/json', 'application/json', limit=5, x_org_id='')\n"
    )
    assert "graph_user_group_members_list.sync(gid, client=api, limit=5)" in new
    assert "from jcapiv2.api.graph import graph_user_group_members_list" in new


def test_dict_bodies_become_models_and_models_use_json_names() -> None:
    new = rewrite(
        "from jcapiv2 import UserGroupsApi, ApiClient, Configuration, UserGroupPost\n"
        "api = UserGroupsApi(ApiClient(Configuration()))\n"
        "api.groups_user_post('a', 'b', body={'name': 'x'})\n"
        "body = UserGroupPost(name='y', attributes=None)\n"
        "import jcapiv1\njit = jcapiv1.ApplicationtemplateJit(create_only=True)\n"
    )
    assert "groups_user_post.sync(client=api, body=UserGroupPost.from_dict({'name': 'x'}))" in new
    assert 'UserGroupPost.from_dict({"name": \'y\', "attributes": None})' in new
    assert 'jit = ApplicationTemplateJit.from_dict({"createOnly": True})' in new  # JSON names, our class
    assert "from jcapiv2 import" not in new  # the jcapi-python names are gone


def test_api_exception_becomes_the_error_root_under_its_alias() -> None:
    new = rewrite(
        "import jcapiv2\nfrom jcapiv1.rest import ApiException as E1\n"
        "try:\n    pass\nexcept (E1, jcapiv2.rest.ApiException) as e:\n    print(e.body)\n"
    )
    assert "from jcapiv1.errors import JumpCloudError as E1" in new
    assert "except (E1, jcapiv2.errors.JumpCloudError) as e:" in new
    assert "print(e.content)" in new


def test_write_keeps_the_file_mode_line_endings_and_symlinks(tmp_path: Path) -> None:
    real = tmp_path / "real.py"
    real.write_bytes(b"#!/usr/bin/env python3\r\nimport jcapiv2\r\nc = jcapiv2.Configuration()\r\n")
    real.chmod(0o755)
    link = tmp_path / "link.py"
    link.symlink_to(real)
    assert migrate.migrate_file(link, write=True).error is None
    assert link.is_symlink() and real.stat().st_mode & 0o777 == 0o755
    text = real.read_bytes()
    assert text.startswith(b"#!/usr/bin/env python3\r\nimport jcapiv2\r\n") and b"c = jcapiv2.connect()\r\n" in text
    assert text.count(b"\n") == text.count(b"\r\n")  # every line ending still CRLF


def test_one_name_for_both_packages_in_two_branches() -> None:
    """The same alias and variable hold v1 in one branch and v2 in the other (benchmarks/_jcapi_python_child.py)."""
    new = rewrite(
        "def main(api):\n    if api == 'v1':\n        import jcapiv1 as sdk\n"
        "        c = sdk.ApiClient(sdk.Configuration())\n        client = sdk.SystemusersApi(c)\n"
        "        users = client.systemusers_list('a', 'b', limit=5)\n"
        "    else:\n        import jcapiv2 as sdk\n"
        "        client = sdk.UserGroupsApi(sdk.ApiClient(sdk.Configuration()))\n"
        "        groups = client.groups_user_list('a', 'b', limit=5)\n"
    )
    assert "users = systemusers_list.sync(client=client, limit=5)" in new
    assert "groups = groups_user_list.sync(client=client, limit=5)" in new
    assert "from jcapiv1.api.systemusers import systemusers_list" in new


def test_a_method_jcapi_python_never_had_is_flagged_not_skipped() -> None:
    new = rewrite("import jcapiv2\napi = jcapiv2.UserGroupsApi()\napi.groups_user_frobnicate('a', 'b')\n")
    assert "# jcapi migrate: UserGroupsApi.groups_user_frobnicate is not in jcapi-python 4.0.0" in new


def test_code_that_is_not_jcapi_python_is_left_alone() -> None:
    code = "class Mine:\n    def systemusers_list(self):\n        return []\n\nMine().systemusers_list()\n"
    assert rewrite(code) == code


def test_a_file_that_does_not_parse_is_reported_and_untouched(tmp_path: Path) -> None:
    bad = tmp_path / "bad.py"
    bad.write_text("import jcapiv2\ndef broken(:\n")
    good = tmp_path / "good.py"
    good.write_text("import jcapiv2\nc = jcapiv2.Configuration()\n")
    err, out = io.StringIO(), io.StringIO()
    assert main(["migrate", str(tmp_path), "--write", "--json"], stdout=out, stderr=err) == 1
    summary = json.loads(out.getvalue())
    assert bad.read_text() == "import jcapiv2\ndef broken(:\n"
    assert "bad.py: not valid Python, left untouched" in err.getvalue()
    assert summary["errors"] == 1 and summary["changed"] == [str(good)]
    assert "jcapiv2.connect()" in good.read_text()
    assert not list(tmp_path.glob(".*"))  # no temporary file left behind


# --------------------------------------------------------------------------- against the simulator
@pytest.fixture(scope="module")
def sim() -> Iterator[RunningSim]:
    with jcsim.serve(jcsim.SimState(seed=11)) as running:
        yield running


def run_script(path: Path, sim: RunningSim, **env: str) -> subprocess.CompletedProcess[str]:
    user = next(iter(sim.state.users.values()))
    environment = {
        **os.environ,
        "JUMPCLOUD_API_KEY": jcsim.DEFAULT_API_KEY,
        "JUMPCLOUD_BASE_URL": sim.url,
        "SYSTEM_USER_ID": user["_id"] if "_id" in user else user["id"],
        "SYSTEM_USER_EMAIL": user["email"],
        "SYSTEM_USER_USERNAME": user["username"],
        **env,
    }
    return subprocess.run(
        [sys.executable, str(path)], env=environment, capture_output=True, text=True, timeout=60, check=False
    )


@pytest.mark.parametrize("name", RUNNABLE)
def test_migrated_scripts_do_what_they_did(
    name: str, migrated: tuple[Path, dict[str, object]], sim: RunningSim
) -> None:
    sim.state.reset()
    user_id = next(iter(sim.state.users))
    done = run_script(migrated[0] / "scripts" / f"{name}.py", sim)
    assert done.returncode == 0, done.stderr
    assert "Exception when calling" not in done.stdout
    state = sim.state
    if name == "seed_v1_systemusers":
        assert state.users[user_id]["lastname"] == "Updated Last Name"
        assert f"users: {min(100, len(state.users))}" in done.stdout
    elif name == "seed_v2_user_groups":
        assert {f"group: {g['name']}" for g in state.user_groups.values()} <= set(done.stdout.splitlines())
    elif name == "wrapper_jumpcloud":
        group = next(g for g in state.user_groups.values() if g["name"] == "migrated-group")
        assert state.user_group_members[group["id"]] == [user_id]
        assert json.dumps([user_id]).replace('"', "'") in done.stdout
    else:
        usernames = {u["username"] for u in state.users.values()}
        assert {"grace.hopper", "alan.turing"} <= usernames
        assert done.stdout.count("finished") == 2


def test_models_with_an_underscore_id_answer_to_id_as_jcapi_python_models_did() -> None:
    from jcapiv1.models import SystemUserReturn

    user = SystemUserReturn.from_dict({"_id": "5f0c", "username": "ada"})
    assert user.id == user.field_id == "5f0c"
    assert user.to_dict()["_id"] == "5f0c" and "id" not in user.to_dict()


def test_the_guide_table_has_a_row_for_every_jcapi_python_method() -> None:
    root = Path(__file__).resolve().parents[2]
    inventory = json.loads((root / "specs" / "jcapi-python" / "inventory.json").read_text())
    table = (root / "docs" / "jcapi-python-methods.md").read_text()
    rows = set(re.findall(r"^\| `(jcapiv[12]\.\w+\.\w+)` \|", table, flags=re.M))
    wanted = {f"{p}.{m['class']}.{m['method']}" for p, d in inventory["packages"].items() for m in d["methods"]}
    assert rows == wanted and len(wanted) == 370
    retired = sum(e["status"] == "retired" for p in MAP.values() for e in p["methods"].values())
    assert table.count("| retired |") == retired == 51
