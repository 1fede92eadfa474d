"""Each generated folder installs alone from a git URL into a fresh venv, and works there."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

# Runs inside the fresh venv: a local server stands in for JumpCloud.
CLIENT_SCRIPT = textwrap.dedent(
    """
    import json, threading, http.server
    import jcapiv1, jcapiv2, jcapi_insights
    from jcapiv2.api.user_groups import groups_user_list
    from jcapiv2.models import UserGroup

    seen = {}

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):
            seen["path"], seen["key"] = self.path, self.headers.get("x-api-key")
            body = json.dumps([{"id": "5f0c1a2b3c4d5e6f7a8b9c0d", "name": "Engineering", "type": "user_group",
                                "extra": "kept"}]).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    client = jcapiv2.connect(api_key="install-test-key", base_url=f"http://127.0.0.1:{server.server_address[1]}/api/v2")
    groups = groups_user_list.sync(client=client, limit=5)
    assert isinstance(groups[0], UserGroup), groups
    assert groups[0].name == "Engineering" and groups[0]["extra"] == "kept"
    assert seen == {"path": "/api/v2/usergroups?limit=5&skip=0", "key": "install-test-key"}, seen
    assert "install-test-key" not in repr(client)
    jcapiv1.connect(api_key="k"); jcapi_insights.connect(api_key="k")
    print("OK", jcapiv2.__file__)
    """
)


def _generated_is_committed() -> bool:
    status = subprocess.run(
        ["git", "status", "--porcelain", "--", "generated"], cwd=ROOT, capture_output=True, text=True, check=False
    )
    return status.returncode == 0 and status.stdout.strip() == ""


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")
def test_each_folder_installs_from_a_git_subdirectory(tmp_path: Path) -> None:
    if not _generated_is_committed():
        pytest.skip("generated/ has uncommitted changes; pip installs from the committed tree (commit, then rerun)")
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    python = venv / "bin" / "python"
    url = f"git+file://{ROOT}"
    requirements = [f"{url}#subdirectory=generated/{folder}" for folder in ("jcapiv1", "jcapiv2", "insights")]
    env = {**os.environ, "PIP_DISABLE_PIP_VERSION_CHECK": "1"}
    install = subprocess.run(
        [str(python), "-m", "pip", "install", "--quiet", *requirements],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    assert install.returncode == 0, install.stdout + install.stderr
    run = subprocess.run([str(python), "-c", CLIENT_SCRIPT], capture_output=True, text=True, cwd=tmp_path, check=False)
    assert run.returncode == 0, run.stdout + run.stderr
    assert run.stdout.startswith("OK") and str(venv) in run.stdout, "must import the installed copy, not the checkout"
