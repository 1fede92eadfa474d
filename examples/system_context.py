"""System Context: a managed system calls the API as itself, signed by its agent key, no API key.

The old jcapi-python made you compute the signature and pass ``date=`` and ``authorization=``
to every call; here ``connect_as_system()`` signs each request (and each retry) for you.

    sudo python examples/system_context.py     # on a machine running the JumpCloud agent
    python examples/system_context.py          # anywhere: a simulator and a fake agent
"""

from __future__ import annotations

from _sandbox import Sandbox, sandbox

import jcapiv1
import jcapiv2
from jcapiv1.api.systems import systems_get, systems_put
from jcapiv1.models import SystemPut
from jcapiv2.api.graph import graph_system_member_of


def run(box: Sandbox) -> None:
    """List the groups this system belongs to (v2), then update its own record (v1)."""
    files = box.agent_files()  # None on a real agent: the default /opt/jc paths
    conf, key = files if files else (None, None)

    v2, system_id = jcapiv2.connect_as_system(conf, key, **box.location("v2"))
    groups = graph_system_member_of.sync(system_id, client=v2) or []
    print(f"system {system_id} is a member of {len(groups)} group(s): " + ", ".join(g.id for g in groups))

    v1, _ = jcapiv1.connect_as_system(conf, key, **box.location("v1"))
    me = systems_get.sync(system_id, client=v1)
    assert me is not None
    print(f"signed GET  /systems/{system_id}: {me.hostname}, displayName {me.display_name!r}")
    renamed = systems_put.sync(system_id, client=v1, body=SystemPut(display_name=f"{me.hostname} (managed)"))
    assert renamed is not None
    print(f"signed PUT  /systems/{system_id}: displayName is now {renamed.display_name!r}")


if __name__ == "__main__":
    with sandbox() as box:
        run(box)
