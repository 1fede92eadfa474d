"""Contract-test plumbing: the coverage gate runs last, the coverage summary prints at the end."""

from __future__ import annotations

import pytest
from _pytest.terminal import TerminalReporter

from .registry import EXERCISED, coverage_lines


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Move the coverage gate after every per-operation test."""
    gates = [i for i in items if i.name == "test_every_operation_was_exercised"]
    for gate in gates:
        items.remove(gate)
        items.append(gate)


def pytest_terminal_summary(terminalreporter: TerminalReporter) -> None:
    """Print the contract coverage when contract tests ran."""
    if not EXERCISED:
        return
    terminalreporter.section("contract coverage")
    for line in coverage_lines():
        terminalreporter.write_line(line)
