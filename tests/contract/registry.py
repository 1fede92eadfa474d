"""Which operations the contract tests exercised, for the coverage gate and summary."""

from __future__ import annotations

from .model_contract import all_models
from .operations import PACKAGES, all_rows

#: Checks every operation must pass to count as exercised.
PARTS = ("request_defaults", "request_full", "response")

#: operation key ("package:operation_id") -> the parts it passed (or failed as allowlisted).
EXERCISED: dict[str, set[str]] = {}


#: model key ("package:Name") -> "pass", or "expected" when it failed only its listed expected failures.
MODELS_EXERCISED: dict[str, str] = {}


def record(key: str, part: str) -> None:
    """Note that operation ``key`` passed ``part``."""
    EXERCISED.setdefault(key, set()).add(part)


def missing_parts(key: str) -> set[str]:
    """The parts operation ``key`` has not passed."""
    return set(PARTS) - EXERCISED.get(key, set())


def coverage_lines() -> list[str]:
    """One line per package: operations exercised (every part) over operations generated."""
    lines = []
    rows = all_rows()
    for package in PACKAGES:
        keys = [r.key for r in rows if r.package == package.name]
        done = sum(1 for k in keys if not missing_parts(k))
        pct = 100.0 * done / len(keys) if keys else 100.0
        lines.append(
            f"contract coverage {package.name}: exercised {done} / generated {len(keys)} operations ({pct:.1f}%)"
        )
    return lines


def model_coverage_lines() -> list[str]:
    """One line per package: models whose every check ran over the names of ``models.__all__``."""
    lines = []
    models = all_models()
    for package in PACKAGES:
        keys = [m.key for m in models if m.package == package.name]
        done = sum(1 for k in keys if k in MODELS_EXERCISED)
        expected = sum(1 for k in keys if MODELS_EXERCISED.get(k) == "expected")
        pct = 100.0 * done / len(keys) if keys else 100.0
        line = f"model contract coverage {package.name}: {done} / {len(keys)} models ({pct:.1f}%)"
        if expected:
            line += f", {expected} of them failing only listed expected failures"
        lines.append(line)
    return lines
