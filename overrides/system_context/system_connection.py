"""``connect_as_system()``: a client for a JumpCloud-managed system calling the API as itself.

On a machine running the JumpCloud agent, no API key is needed for the operations that accept
System Context authorization (the ``OPERATIONS.md`` column SC): the agent's key signs each request::

    from jcapiv2 import connect_as_system
    from jcapiv2.api.graph import graph_system_member_of

    client, system_id = connect_as_system()        # reads /opt/jc/jcagent.conf and client.key
    for group in graph_system_member_of.sync(system_id, client=client) or []:
        print(group.id)

Any other operation answers 401 (``errors.AuthenticationError``).
"""

from __future__ import annotations

import os
from typing import Any

from .connection import JumpCloudClient, connect
from .system_context import SystemContextAuth

__all__ = ["connect_as_system"]


def connect_as_system(
    conf_path: str | os.PathLike[str] | None = None,
    key_path: str | os.PathLike[str] | None = None,
    **connect_args: Any,
) -> tuple[JumpCloudClient, str]:
    """A System-Context-signed client and this system's id, from the local agent's files.

    Args:
        conf_path: the agent's ``jcagent.conf`` (default: the agent's location on this OS).
        key_path: the agent's ``client.key`` (default: beside the conf).
        **connect_args: passed to ``connect()`` (``region``, ``base_url``, ``timeout``, ...).

    Example::

        client, system_id = connect_as_system(region="eu")
    """
    auth = SystemContextAuth.from_agent(conf_path, key_path)
    return connect(auth=auth, **connect_args), auth.system_id
