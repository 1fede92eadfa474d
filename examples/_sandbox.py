"""Where the examples run: your JumpCloud org when JUMPCLOUD_API_KEY is set, else a local simulator.

Against the simulator (no network, no key) each example starts ``jcsim`` in-process, so
``python examples/<name>.py`` always works; ``make demo`` runs them all against one simulator.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass
from pathlib import Path
from typing import Any

PREFIXES = {"v1": "/api", "v2": "/api/v2", "insights": "/insights/directory/v1"}


@dataclass
class Sandbox:
    """Connection settings for the three APIs, and the simulator when there is one."""

    root: str | None  # simulator URL, or None for the real JumpCloud
    api_key: str | None
    sim: Any = None

    def connect_args(self, api: str) -> dict[str, Any]:
        """Keyword arguments for ``connect()`` of one API (``v1``, ``v2`` or ``insights``)."""
        return {"api_key": self.api_key, **self.location(api)}

    def location(self, api: str) -> dict[str, Any]:
        """``base_url=`` for one API on the simulator; nothing (the region's URL) for a real org."""
        return {} if self.root is None else {"base_url": self.root + PREFIXES[api]}

    def agent_files(self) -> tuple[Path, Path] | None:
        """(jcagent.conf, client.key) of a system: a fake agent on the simulator, else the real one."""
        if self.sim is None:
            return None
        return make_fake_agent(self.sim, Path(tempfile.mkdtemp(prefix="jcagent-")))


def make_fake_agent(sim: Any, folder: Path) -> tuple[Path, Path]:
    """Create an agent key for one of the simulator's systems, as the JumpCloud agent would."""
    import json

    from cryptography.hazmat.primitives import serialization

    from jcsim.signing import generate_keypair

    system_id = next(iter(sim.state.systems))
    key, public = generate_keypair()
    pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    sim.state.register_system(system_id, public)
    conf, key_file = folder / "jcagent.conf", folder / "client.key"
    conf.write_text(json.dumps({"systemKey": system_id, "agentServerHost": "agent.jumpcloud.com"}))
    key_file.write_bytes(pem)
    key_file.chmod(0o600)
    return conf, key_file


@contextmanager
def sandbox(sim: Any = None) -> Iterator[Sandbox]:
    """Yield a Sandbox: the given simulator, the real org (JUMPCLOUD_API_KEY set), or a new simulator."""
    if sim is not None:
        yield Sandbox(sim.url, _sim_key(), sim)
        return
    if os.environ.get("JUMPCLOUD_API_KEY"):
        with nullcontext():
            yield Sandbox(None, None)
        return
    import jcsim
    from jcsim.clock import SimClock

    with jcsim.serve(jcsim.SimState(clock=SimClock(real=True))) as running:
        yield Sandbox(running.url, jcsim.DEFAULT_API_KEY, running)


def _sim_key() -> str:
    import jcsim

    return jcsim.DEFAULT_API_KEY
