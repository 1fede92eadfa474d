"""The model checks the generated code fails today, each with the template line that causes it.

One entry per (model, check, JSON key): the test fails on anything not listed here, and on an entry
that passes (remove it then), so the list cannot hide a new failure or go stale. Each reason names
the template and the fix proposed for it (generator-config/templates, then ``make generate``);
``symptom`` is the part of the problem message the entry expects, so another failure of the same
check and key is not hidden either.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Known:
    """Why a check fails, and the message it must fail with."""

    reason: str
    symptom: str


#: The symptom a strict-mode check reports when a deviation passes without DeviationError.
SILENT = "strict mode accepted the deviation silently"

#: None today: the template fixes this list once held (list_property.py.jinja: null or a missing
#: required list of plain items reported; union_property.py.jinja: null and absence reported, the
#: strict-mode DeviationError no longer swallowed, an object for a list-only union a ShapeError) are in.
#: A model check that starts failing must be fixed, or listed here with its template cause.
EXPECTED_FAILURES: dict[tuple[str, str, str], Known] = {}
