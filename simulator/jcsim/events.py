"""Directory Insights events: a seeded event stream with service/time/text filtering and
``search_after`` paging on (timestamp, id) like the real Elasticsearch-backed service."""

from __future__ import annotations

import hashlib
import json
import random
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from jcsim.clock import iso

SERVICES = (
    "alerts", "all", "directory", "ldap", "mdm", "notifications", "object_storage",
    "password_manager", "radius", "reports", "saas_app_management", "software", "sso",
    "systems", "access_management", "asset_management",
    "workflows", "alert",  # served by JumpCloud, listed by no description yet (jumpcloud-api-notes.md)
)  # fmt: skip
EVENT_KINDS = (
    ("directory", "user_login_attempt"),
    ("directory", "admin_login_attempt"),
    ("directory", "user_update"),
    ("sso", "sso_auth"),
    ("systems", "login_attempt"),
    ("radius", "radius_auth_attempt"),
    ("ldap", "ldap_bind"),
    ("mdm", "mdm_command_result"),
    ("workflows", "workflow_run"),  # services the descriptions do not list yet (jumpcloud-api-notes.md)
    ("alert", "alert_raised"),
)


@dataclass(frozen=True)
class Event:
    """A stored event: its sort keys plus the JSON body."""

    millis: int
    id: str
    service: str
    body: dict[str, Any]
    text: str


def generate(seed: int, count: int, end: datetime, usernames: list[str], org_id: str) -> list[Event]:
    """``count`` events spread over the 7 days before ``end``, sorted ascending."""
    rng = random.Random(f"{seed}:events")  # noqa: S311 - seeded test data, not crypto
    start = end - timedelta(days=7)
    span_ms = 7 * 24 * 3600 * 1000
    out: list[Event] = []
    for n in range(count):
        service, event_type = EVENT_KINDS[rng.randrange(len(EVENT_KINDS))]
        when = start + timedelta(milliseconds=rng.randrange(span_ms))
        event_id = hashlib.sha256(f"{seed}:event:{n}".encode()).hexdigest()[:24]
        user = usernames[rng.randrange(len(usernames))] if usernames else "unknown"
        success = rng.random() > 0.15
        body: dict[str, Any] = {
            "id": event_id,
            "event_type": event_type,
            "service": service,
            "timestamp": iso(when),
            "organization": org_id,
            "success": success,
            "client_ip": f"198.51.100.{rng.randrange(1, 255)}",
            "initiated_by": {"type": "user", "username": user, "id": event_id[::-1]},
            "geoip": {"country_code": rng.choice(("US", "GB", "IN", "DE")), "timezone": "UTC"},
            "useragent": {"name": "Chrome", "os": rng.choice(("Mac OS X", "Windows", "Linux"))},
            "mfa": rng.random() > 0.5,
        }
        if not success:
            body["error_message"] = "invalid credentials"
        millis = int(when.timestamp() * 1000)
        out.append(Event(millis, event_id, service, body, json.dumps(body).lower()))
    out.sort(key=lambda e: (e.millis, e.id))
    return out


@dataclass(frozen=True)
class Query:
    """A parsed ``EventQuery`` body."""

    services: frozenset[str]
    start_ms: int
    end_ms: int | None
    text: str | None
    descending: bool
    search_after: tuple[int, str] | None
    fields: tuple[str, ...] | None


def select(events: list[Event], query: Query) -> list[Event]:
    """All events matching ``query`` in sort order (before ``search_after`` / limit)."""
    wanted = [
        e
        for e in events
        if ("all" in query.services or e.service in query.services)
        and e.millis >= query.start_ms
        and (query.end_ms is None or e.millis < query.end_ms)
        and (query.text is None or query.text in e.text)
    ]
    if query.descending:
        wanted.reverse()
    return wanted


def after(events: list[Event], query: Query) -> list[Event]:
    """Drop events up to and including the ``search_after`` position."""
    if query.search_after is None:
        return events
    key = query.search_after
    if query.descending:
        return [e for e in events if (e.millis, e.id) < key]
    return [e for e in events if (e.millis, e.id) > key]


def project(event: Event, fields: tuple[str, ...] | None) -> dict[str, Any]:
    """The event body limited to ``fields`` when given."""
    if not fields:
        return event.body
    return {k: v for k, v in event.body.items() if k in fields}


def sort_values(event: Event) -> list[int | str]:
    """The ``X-Search_after`` value for an event: a mixed list, ``[1576181718000, "DZrPyW8BNsa9iKWoOm7h"]``,
    as real answers carry it (jumpcloud-api-notes.md), not the strings an older description typed."""
    return [event.millis, event.id]
