"""Every Python example in README.md runs, against the simulator standing in for JumpCloud."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest

import jcapi_insights.connection
import jcapiv1.connection
import jcapiv2.connection
import jcsim

README = Path(__file__).resolve().parent.parent / "README.md"
BLOCKS = re.findall(r"```python\n(.*?)```", README.read_text(), flags=re.DOTALL)
#: Blocks that need a machine running the JumpCloud agent (covered by examples/system_context.py).
NEEDS_AGENT = "connect_as_system"


@pytest.fixture(scope="module")
def sim() -> Iterator[jcsim.RunningSim]:
    with jcsim.serve() as running:
        yield running


@pytest.fixture
def us_region_is_the_simulator(sim: jcsim.RunningSim, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("JUMPCLOUD_API_KEY", jcsim.DEFAULT_API_KEY)
    for module, package, prefix in (
        (jcapiv1.connection, "jcapiv1", "/api"),
        (jcapiv2.connection, "jcapiv2", "/api/v2"),
        (jcapi_insights.connection, "jcapi_insights", "/insights/directory/v1"),
    ):
        monkeypatch.setitem(module.BASE_URLS[package], "us", sim.url + prefix)
        monkeypatch.setitem(module.TOKEN_URLS, "us", sim.token_url)  # service accounts' token endpoint


#: README placeholders for a service account's credentials, and the simulator's account.
PLACEHOLDERS = {
    'client_id="..."': f'client_id="{jcsim.DEFAULT_CLIENT_ID}"',
    'client_secret="..."': f'client_secret="{jcsim.DEFAULT_CLIENT_SECRET}"',
}


def test_readme_has_examples() -> None:
    assert len(BLOCKS) >= 3


@pytest.mark.usefixtures("us_region_is_the_simulator")
@pytest.mark.parametrize("code", BLOCKS, ids=[block.splitlines()[0][:40] for block in BLOCKS])
def test_readme_example_runs(code: str, sim: jcsim.RunningSim, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)  # examples that save files save them here
    if NEEDS_AGENT in code:
        pytest.skip("needs a JumpCloud agent's files; examples/system_context.py runs the same flow")
    before = len(sim.state.requests)
    for placeholder, value in PLACEHOLDERS.items():
        code = code.replace(placeholder, value)
    exec(compile(code, "README.md", "exec"), {})
    assert len(sim.state.requests) > before, "the example must talk to the API"
