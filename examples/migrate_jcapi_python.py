"""Moving off jcapi-python: ``jcapi migrate`` rewrites the old README's v2 example, which then runs.

python examples/migrate_jcapi_python.py     # simulator, or your org with JUMPCLOUD_API_KEY set
"""

from __future__ import annotations

import io
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from _sandbox import Sandbox, sandbox

from jcapi_cli import main as jcapi

#: The jcapi-python README's v2 example, as its users copied it (the key read from the environment).
OLD_SCRIPT = """\
import os

import jcapiv2
from jcapiv2.rest import ApiException

CONFIGURATION = jcapiv2.Configuration()
CONFIGURATION.api_key["x-api-key"] = os.environ["JUMPCLOUD_API_KEY"]
API_INSTANCE = jcapiv2.UserGroupsApi(jcapiv2.ApiClient(CONFIGURATION))

try:
    for group in API_INSTANCE.groups_user_list("application/json", "application/json", limit=3):
        print("     ", group.name)
except ApiException as err:
    print("Exception when calling UserGroupsApi->groups_user_list: %s" % err)
"""


def run(box: Sandbox) -> None:
    """Show the diff, rewrite the file, run it."""
    with tempfile.TemporaryDirectory(prefix="jcapi-migrate-") as folder:
        script = Path(folder) / "user_groups.py"
        script.write_text(OLD_SCRIPT)
        diff = io.StringIO()
        jcapi(["migrate", str(script)], stdout=diff, stderr=io.StringIO())
        changed = [line for line in diff.getvalue().splitlines() if line[:1] in "+-" and line[:3] not in ("+++", "---")]
        print(f"   jcapi migrate changes {len(changed)} lines, e.g.:")
        for line in changed[:6]:
            print(f"     {line}")
        jcapi(["migrate", "--write", str(script)], stdout=io.StringIO(), stderr=io.StringIO())
        env = {**os.environ, "JUMPCLOUD_API_KEY": box.api_key or os.environ.get("JUMPCLOUD_API_KEY", "")}
        if box.root is not None:
            env["JUMPCLOUD_BASE_URL"] = box.root
        done = subprocess.run([sys.executable, str(script)], env=env, capture_output=True, text=True, check=True)
        print("   the migrated script runs:")
        print(done.stdout.rstrip())


if __name__ == "__main__":
    with sandbox() as box:
        run(box)
