"""Contract-test plumbing: the coverage gates run last, the coverage summary prints at the end."""

from __future__ import annotations

import pytest
from _pytest.terminal import TerminalReporter

from .registry import EXERCISED, MODELS_EXERCISED, coverage_lines, model_coverage_lines

GATES = ("test_every_operation_was_exercised", "test_every_model_was_exercised")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Move the coverage gates after every per-operation and per-model test."""
    gates = [i for i in items if i.name in GATES]
    for gate in gates:
        items.remove(gate)
        items.append(gate)


def pytest_terminal_summary(terminalreporter: TerminalReporter) -> None:
    """Print the contract coverage when contract tests (operations, models) ran."""
    lines = (coverage_lines() if EXERCISED else []) + (model_coverage_lines() if MODELS_EXERCISED else [])
    if not lines:
        return
    terminalreporter.section("contract coverage")
    for line in lines:
        terminalreporter.write_line(line)
