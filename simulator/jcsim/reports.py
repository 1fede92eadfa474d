"""Directory Insights reports: metadata lifecycle and streamed, seeded artifact content.

A report moves PENDING -> IN_PROGRESS -> COMPLETED (or FAILED) one step per listing of
``GET /reports``; a completed report expires to DELETED once the clock passes ``expiration``.
Artifacts are generated row by row from the seed with fixed-width rows, so their exact size is
known up front (``Content-Length``) and a 200 MB artifact streams with flat memory.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from jcsim.clock import iso

# The create route's enum says "user-account-health" while the list schema says
# "users-account-health"; both spellings are accepted and each route renders its own.
REPORT_TYPES = (
    "browser-patch-policy",
    "os-patch-policy",
    "os-version",
    "software-inventory",
    "user-account-health",
    "users-to-devices",
    "users-to-directories",
    "users-to-ldap-servers",
    "users-to-radius-servers",
    "users-to-sso-applications",
    "users-to-user-groups",
)
TYPE_ALIASES = {"users-account-health": "user-account-health"}
LIST_SPELLING = {"user-account-health": "users-account-health"}
SORT_KEYS = {
    "CREATED_AT": "created_at",
    "EXPIRATION": "expiration",
    "REQUESTER_EMAIL": "requester_email",
    "STATUS": "status",
    "TYPE": "type",
    "UPDATED_AT": "updated_at",
}
CHUNK_ROWS = 512
CSV_COLUMNS = ("user_id", "username", "email", "resource_type", "resource_id", "resource_name", "last_seen")


@dataclass
class Artifact:
    """One downloadable file of a report."""

    id: str
    format: str  # "CSV" | "JSON"


@dataclass
class Report:
    """A requested report and where it is in its lifecycle."""

    id: str
    type: str
    created: datetime
    updated: datetime
    expiration: datetime
    requester_id: str
    requester_email: str
    rows: int
    will_fail: bool
    parameters: list[dict[str, Any]] = field(default_factory=list)
    status: str = "PENDING"
    artifacts: list[Artifact] = field(default_factory=list)

    def to_json(self, *, list_spelling: bool) -> dict[str, Any]:
        """The report metadata body (only the fields the schema allows)."""
        kind = LIST_SPELLING.get(self.type, self.type) if list_spelling else self.type
        return {
            "id": self.id,
            "type": kind,
            "status": self.status,
            "created_at": iso(self.created),
            "updated_at": iso(self.updated),
            "expiration": iso(self.expiration),
            "requester_id": self.requester_id,
            "requester_email": self.requester_email,
            "parameters": self.parameters,
            "artifacts": [{"format": a.format, "id": a.id} for a in self.artifacts],
        }


def normalise_type(report_type: str) -> str | None:
    """The canonical report type, or ``None`` if unknown."""
    canonical = TYPE_ALIASES.get(report_type, report_type)
    return canonical if canonical in REPORT_TYPES else None


def advance(report: Report, now: datetime, artifact_ids: tuple[str, str]) -> None:
    """Move a report one lifecycle step (or to DELETED when expired)."""
    if report.status == "PENDING":
        report.status = "IN_PROGRESS"
    elif report.status == "IN_PROGRESS":
        if report.will_fail:
            report.status = "FAILED"
        else:
            report.status = "COMPLETED"
            report.artifacts = [Artifact(artifact_ids[0], "CSV"), Artifact(artifact_ids[1], "JSON")]
    else:
        return
    report.updated = now


def expire(report: Report, now: datetime) -> None:
    """Mark a report DELETED (artifacts gone) once past its expiration."""
    if report.status != "DELETED" and now >= report.expiration:
        report.status = "DELETED"
        report.artifacts = []
        report.updated = report.expiration


TABLE_SIZE = 1024


class RowMaker:
    """Builds fixed-width rows of a report quickly: the hashed and dated parts come from a
    seeded table of ``TABLE_SIZE`` entries, the per-row counter makes every row distinct."""

    def __init__(self, seed: int, report: Report) -> None:
        digests = [hashlib.sha256(f"{seed}:{report.id}:{i}".encode()).hexdigest() for i in range(TABLE_SIZE)]
        self.ids = [(d[:24], d[24:48]) for d in digests]
        self.seen = [iso(report.created - timedelta(seconds=(i * 37) % 10_000_000)) for i in range(TABLE_SIZE)]
        self.resource_type = report.type.removeprefix("users-to-")  # constant within a report

    def values(self, i: int) -> tuple[str, ...]:
        """The column values of row ``i``."""
        user_id, resource_id = self.ids[i % TABLE_SIZE]
        return (
            user_id,
            f"user{i:09d}",
            f"user{i:09d}@example.com",
            self.resource_type,
            resource_id,
            f"resource-{i % 100000:05d}",
            self.seen[i % TABLE_SIZE],
        )

    def csv(self, i: int) -> bytes:
        """One CSV row."""
        return (",".join(self.values(i)) + "\n").encode()

    def json(self, i: int) -> bytes:
        """One JSON object (values need no escaping: hex, digits and plain ASCII)."""
        pairs = ", ".join(f'"{k}": "{v}"' for k, v in zip(CSV_COLUMNS, self.values(i), strict=True))
        return ("{" + pairs + "}").encode()


def csv_header() -> bytes:
    """The CSV header line."""
    return (",".join(CSV_COLUMNS) + "\n").encode()


def content_length(seed: int, report: Report, fmt: str) -> int:
    """Exact artifact size in bytes, computed without generating the body."""
    if report.rows == 0:
        return len(csv_header()) if fmt == "CSV" else len(b"[]\n")
    rows = RowMaker(seed, report)
    if fmt == "CSV":
        return len(csv_header()) + report.rows * len(rows.csv(0))
    row = len(rows.json(0))
    return len(b"[\n") + report.rows * row + (report.rows - 1) * len(b",\n") + len(b"\n]\n")


def stream(seed: int, report: Report, fmt: str) -> Iterator[bytes]:
    """Yield the artifact in chunks of ``CHUNK_ROWS`` rows."""
    rows = RowMaker(seed, report)
    if fmt == "CSV":
        yield csv_header()
        for start in range(0, report.rows, CHUNK_ROWS):
            stop = min(start + CHUNK_ROWS, report.rows)
            yield b"".join(rows.csv(i) for i in range(start, stop))
        return
    if report.rows == 0:
        yield b"[]\n"
        return
    yield b"[\n"
    for start in range(0, report.rows, CHUNK_ROWS):
        stop = min(start + CHUNK_ROWS, report.rows)
        parts = [rows.json(i) for i in range(start, stop)]
        body = b",\n".join(parts)
        yield body + (b",\n" if stop < report.rows else b"\n]\n")


def rows_for_bytes(seed: int, report: Report, size: int) -> int:
    """How many rows make a CSV artifact of about ``size`` bytes."""
    return max(0, (size - len(csv_header())) // len(RowMaker(seed, report).csv(0)))
