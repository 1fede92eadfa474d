"""v2 bulk user jobs: per-user work results that move from ``pending`` to ``finished``/``failed``.

Progress is counted in polls, not wall time: each poll of a job shows its state and then
resolves the next ``records_per_step`` pending records, so recordings are stable.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Literal

from jcsim.clock import iso

EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[A-Za-z]{2,}$")
JobKind = Literal["create", "update"]


@dataclass
class WorkItem:
    """One user of a bulk job (rendered as a v2 ``job-workresult``)."""

    id: str
    payload: dict[str, Any]
    created: datetime
    updated: datetime
    status: str = "pending"
    status_msg: str = ""
    persisted: dict[str, Any] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        """The ``job-workresult`` body."""
        meta = {k: self.payload[k] for k in ("id", "email", "username") if k in self.payload}
        return {
            "id": self.id,
            "status": self.status,
            "statusMsg": self.status_msg,
            "meta": meta,
            "persistedFields": self.persisted,
            "createdAt": iso(self.created),
            "updatedAt": iso(self.updated),
        }


@dataclass
class Job:
    """A bulk users create or update job."""

    id: str
    kind: JobKind
    admin_id: str
    items: list[WorkItem]
    created: datetime
    updated: datetime
    suppress_email: bool = False
    creation_source: str = "jumpcloud:bulk"
    polls: int = 0

    @property
    def status(self) -> str:
        """``pending`` until a record is resolved, ``in_progress``, then ``finished``."""
        done = sum(1 for item in self.items if item.status != "pending")
        if done == 0 and self.items:
            return "pending"
        return "finished" if done == len(self.items) else "in_progress"

    def to_details(self) -> dict[str, Any]:
        """A ``JobDetails``-like body (fields of JumpCloud's v2 clients' model)."""
        failed = sum(1 for item in self.items if item.status == "failed")
        return {
            "id": self.id,
            "adminId": self.admin_id,
            "status": self.status,
            "workUnitsCount": len(self.items),
            "meta": {"kind": f"bulk_user_{self.kind}", "failed": failed},
            "persistedFields": {},
            "createdAt": iso(self.created),
            "updatedAt": iso(self.updated),
        }


def validate_email(email: Any) -> str | None:
    """An error message when ``email`` is not a plausible address."""
    if not isinstance(email, str) or not EMAIL_RE.match(email):
        return f"invalid email address: {email!r}"
    return None
