"""Importing one operation module loads what it needs and no more (issue 15; the figure is in
``make bench``'s ``import_time``, this pins the reasons): no asyncio for sync-only programs, no
model the operation does not use, no other operation module."""

from __future__ import annotations

import json
import subprocess
import sys

PROBE = """
import json, sys
import jcapiv2.api.user_groups.groups_user_list
print(json.dumps(sorted(sys.modules)))
"""


def loaded_after_import() -> set[str]:
    out = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, check=True).stdout
    return set(json.loads(out))


def test_one_operation_module_loads_only_its_own_models_and_no_asyncio() -> None:
    modules = loaded_after_import()
    assert "asyncio" not in modules, "asyncio is imported where a loop runs, not at import"
    models = {m.rsplit(".", 1)[1] for m in modules if m.startswith("jcapiv2.models.")}
    assert models == {"user_group", "group_membership_method_type"}, models
    operations = {m for m in modules if m.startswith("jcapiv2.api.") and m.count(".") == 3}
    assert operations == {"jcapiv2.api.user_groups.groups_user_list"}
