"""An endpoint with no generated function: JumpCloud publishes ``/systeminsights/{system_id}/os_version``
without an operation, so it is reached with ``client.request()`` (same auth, retries, typed errors).

python examples/raw_requests.py        # simulator, or your org with JUMPCLOUD_API_KEY set
"""

from __future__ import annotations

from _sandbox import Sandbox, sandbox

import jcapiv1
import jcapiv2
from jcapiv1.api.systems import systems_list


def run(box: Sandbox) -> None:
    """Each system's OS version, read through the raw request path and paged by path."""
    v1 = jcapiv1.connect(**box.connect_args("v1"))
    v2 = jcapiv2.connect(**box.connect_args("v2"))
    for system in jcapiv1.paginate(systems_list, client=v1, max_items=3):
        path = f"/systeminsights/{system.field_id}/os_version"
        for record in jcapiv2.paginate(path, client=v2):
            print(f"{system.hostname}: {record['name']} {record['version']} ({record['platform']})")
    try:
        v2.request("GET", "/systeminsights/000000000000000000000000/os_version")
    except jcapiv2.errors.NotFound as exc:
        print(f"an unknown system is a typed error: {type(exc).__name__} {exc.status_code}")


if __name__ == "__main__":
    with sandbox() as box:
        run(box)
