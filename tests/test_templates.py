"""Template hygiene: each fork of an openapi-python-client template is documented and pinned to
the upstream template it started from, so a generator upgrade fails here until forks are re-merged."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import openapi_python_client
import pytest

ROOT = Path(__file__).resolve().parent.parent
OURS = ROOT / "generator-config" / "templates"
STOCK = Path(openapi_python_client.__file__).parent / "templates"
FORKS = json.loads((ROOT / "generator-config" / "forks.json").read_text())["forks"]
OUR_TEMPLATES = sorted(p.relative_to(OURS).as_posix() for p in OURS.rglob("*.jinja"))


@pytest.mark.parametrize("name", sorted(FORKS))
def test_upstream_template_is_the_one_the_fork_started_from(name: str) -> None:
    upstream = STOCK / name
    assert upstream.is_file(), f"openapi-python-client no longer has {name}: drop or rework our fork"
    actual = hashlib.sha256(upstream.read_bytes()).hexdigest()
    assert actual == FORKS[name], (
        f"the pinned openapi-python-client changed {name}: re-merge generator-config/templates/{name} "
        "with it, then update its sha256 in generator-config/forks.json (see generator-config/README.md)"
    )


@pytest.mark.parametrize("name", OUR_TEMPLATES)
def test_every_template_of_ours_is_a_recorded_fork_or_our_own_and_documented(name: str) -> None:
    assert name in FORKS or not (STOCK / name).exists(), f"{name} replaces an upstream template not in forks.json"
    readme = (ROOT / "generator-config" / "README.md").read_text()
    assert f"`{name}`" in readme, f"generator-config/README.md does not say what {name} changes"


@pytest.mark.parametrize("name", sorted(FORKS))
def test_a_fork_changes_something(name: str) -> None:
    """A fork identical to upstream is hygiene debt: use the generator's own."""
    assert (OURS / name).read_bytes() != (STOCK / name).read_bytes()
