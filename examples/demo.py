"""`make demo`: the seed flows through the public SDK against a local JumpCloud simulator, offline.

1. the old jcapi-python README's examples: list users, update one, list user groups;
2. System Context: a system reads its groups and updates its own record, signed by its key;
3. a bulk user job from submit to every per-user result;
4. a Directory Insights report from request to downloaded CSV;
5. paging through every user and every event;
6. an endpoint JumpCloud publishes without an operation, through the raw request path;
7. a service account (OAuth 2.0 client credentials) instead of an admin's key;
8. moving off jcapi-python: `jcapi migrate` rewrites the old README's example, which then runs.
"""

from __future__ import annotations

import importlib
import time

from _sandbox import sandbox

import jcsim
from jcsim.clock import SimClock

STEPS = [
    ("users_and_groups", "jcapi-python's README examples (v1 users, v2 user groups)"),
    ("system_context", "System Context: a system calls the API as itself"),
    ("bulk_users", "Bulk user job: submit, wait, per-user results"),
    ("report_download", "Directory Insights report: request, wait, download CSV"),
    ("paging", "Paging: every user (limit/skip) and every event (search_after)"),
    ("raw_requests", "An endpoint with no generated function, through client.request()"),
    ("service_account", "A service account: OAuth 2.0 token, shared by v1 and v2, renewed on expiry"),
    ("migrate_jcapi_python", "Moving off jcapi-python: jcapi migrate, then the rewritten script runs"),
]


def main() -> int:
    with jcsim.serve(jcsim.SimState(clock=SimClock(real=True))) as sim, sandbox(sim) as box:
        print(f"local JumpCloud simulator at {sim.url}\n")
        for number, (module_name, title) in enumerate(STEPS, start=1):
            print(f"== {number}. {title}")
            started = time.monotonic()
            module = importlib.import_module(module_name)
            module.run(box)
            print(f"   ({time.monotonic() - started:.2f} s)\n")
        print(f"demo finished: {len(STEPS)} flows, {len(sim.state.requests)} requests served")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
