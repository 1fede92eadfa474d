"""Injectable clock: fixed by default (advances only when told), or real UTC time."""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta

DEFAULT_START = datetime(2026, 1, 15, 12, 0, 0, tzinfo=UTC)


class SimClock:
    """A callable clock returning aware UTC datetimes."""

    def __init__(self, start: datetime = DEFAULT_START, *, real: bool = False) -> None:
        self._start = start
        self._now = start
        self._real = real
        self._lock = threading.Lock()

    def __call__(self) -> datetime:
        """Return the current simulator time."""
        if self._real:
            return datetime.now(UTC)
        with self._lock:
            return self._now

    def advance(self, seconds: float) -> datetime:
        """Move a fixed clock forward (no effect on a real-time clock) and return the new time."""
        with self._lock:
            self._now += timedelta(seconds=seconds)
            return self._now

    def reset(self) -> None:
        """Back to the start time."""
        with self._lock:
            self._now = self._start

    def set(self, when: datetime) -> None:
        """Set a fixed clock to ``when`` (must be timezone-aware)."""
        with self._lock:
            self._now = when.astimezone(UTC)


def iso(dt: datetime) -> str:
    """Format as RFC 3339 with milliseconds and ``Z`` (as JumpCloud returns dates)."""
    return dt.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.") + f"{dt.microsecond // 1000:03d}Z"


def parse_iso(text: str) -> datetime:
    """Parse an RFC 3339 date-time (``Z`` or offset); raise ``ValueError`` if invalid."""
    value = datetime.fromisoformat(text.replace("Z", "+00:00").replace("z", "+00:00"))
    if value.tzinfo is None:
        raise ValueError(f"date-time without timezone: {text!r}")
    return value.astimezone(UTC)


def iso_from_millis(millis: int) -> str:
    """RFC 3339 text for epoch milliseconds."""
    return iso(datetime.fromtimestamp(millis / 1000, UTC))
