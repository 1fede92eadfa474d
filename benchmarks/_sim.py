"""The simulator in a child process, so its server work never competes with the measured
client for this process's GIL.

``SimProcess(users=..., user_groups=..., report_bytes=..., realistic=...)`` starts ``python -m benchmarks._sim``,
which builds a :class:`jcsim.SimState` of that size (extra v2 user groups; with ``realistic``, users
and groups real-shaped by :mod:`benchmarks.realistic`; and optionally one
COMPLETED Directory Insights report whose artifacts are ``report_bytes`` long), serves it on
127.0.0.1 and prints one JSON line (URLs, report ids); it exits when its stdin closes.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from types import TracebackType
from typing import Any

from benchmarks._common import ROOT

API_KEY = "jcsim-admin-key-0123456789abcdef"  # jcsim.DEFAULT_API_KEY, without importing jcsim here


class SimProcess:
    """Context manager: a simulator child process; ``info`` holds what it printed."""

    def __init__(
        self, *, users: int = 25, user_groups: int = 0, report_bytes: int = 0, realistic: bool = False
    ) -> None:
        self.args = [f"--users={users}", f"--user-groups={user_groups}", f"--report-bytes={report_bytes}"]
        if realistic:
            self.args.append("--realistic")
        self.proc: subprocess.Popen[str] | None = None
        self.info: dict[str, Any] = {}

    def __enter__(self) -> SimProcess:
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "benchmarks._sim", *self.args],
            cwd=ROOT,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert self.proc.stdout is not None
        line = self.proc.stdout.readline()
        if not line:
            self.proc.wait()
            raise RuntimeError(f"simulator child exited with {self.proc.returncode}")
        self.info = json.loads(line)
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if self.proc is not None:
            assert self.proc.stdin is not None
            self.proc.stdin.close()
            try:
                self.proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()

    @property
    def v1_url(self) -> str:
        return str(self.info["url"]) + "/api"

    @property
    def v2_url(self) -> str:
        return str(self.info["url"]) + "/api/v2"

    @property
    def insights_url(self) -> str:
        return str(self.info["url"]) + "/insights/directory/v1"


def _main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--users", type=int, default=25)
    parser.add_argument("--user-groups", type=int, default=0)
    parser.add_argument("--report-bytes", type=int, default=0)
    parser.add_argument("--realistic", action="store_true", help="real-shaped users and groups (benchmarks.realistic)")
    args = parser.parse_args()

    import socket
    import threading
    import time

    import uvicorn

    import jcsim
    from jcsim import data
    from jcsim.server import make_config

    state = jcsim.SimState(users=args.users)
    for _ in range(args.user_groups):
        n = state._next("user_group")
        group = data.group_record(state.seed, "user_group", n, f"Bench group {n:04d}")
        state.user_groups[group["id"]] = group
        state.user_group_members[group["id"]] = []
    if args.realistic:
        from benchmarks import realistic

        for n, (uid, user) in enumerate(list(state.users.items())):
            state.users[uid] = realistic.system_user(n, user)
        for n, (gid, group) in enumerate(list(state.user_groups.items())):
            state.user_groups[gid] = realistic.user_group(n, group)
    report: dict[str, Any] = {}
    if args.report_bytes:
        created = state.create_report("users-to-devices")
        state.set_report_size(created.id, args.report_bytes)
        state.list_reports()  # PENDING -> IN_PROGRESS
        state.list_reports()  # -> COMPLETED, with a CSV and a JSON artifact
        csv = next(a for a in created.artifacts if a.format == "CSV")
        report = {"id": created.id, "artifact_id": csv.id, "format": "CSV", "rows": created.rows}
    # As jcsim.serve(), but with TCP_NODELAY on the listening socket (inherited by accepted ones):
    # uvicorn writes headers and body separately, and Nagle + delayed ACK would add ~40 ms to
    # every small response, drowning what is measured.
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    server = uvicorn.Server(make_config(state, "127.0.0.1", port))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    while not server.started:
        if not thread.is_alive():
            raise SystemExit("simulator did not start")
        time.sleep(0.01)
    url = f"http://127.0.0.1:{port}"
    print(json.dumps({"url": url, "api_key": jcsim.DEFAULT_API_KEY, "report": report}), flush=True)
    sys.stdin.read()  # until the parent closes our stdin
    server.should_exit = True
    thread.join(10)


if __name__ == "__main__":
    _main()
