"""Fault-injection tests (``pytest -m faults``)."""
