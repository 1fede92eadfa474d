"""Paging: every system user (limit/skip, 100 a page) and every recent event (search_after).

python examples/paging.py        # simulator, or your org with JUMPCLOUD_API_KEY set
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from _sandbox import Sandbox, sandbox

import jcapi_insights
import jcapiv1
from jcapi_insights.api.event_query import directory_insights_events_post
from jcapi_insights.models import EventQuery, EventServiceTimeQueryServiceItem
from jcapiv1.api.systemusers import systemusers_list


def run(box: Sandbox) -> None:
    """Count users by department and events by type, page after page, with no paging code."""
    v1 = jcapiv1.connect(**box.connect_args("v1"))
    departments: dict[str, int] = {}
    for user in jcapiv1.paginate(systemusers_list, client=v1):  # sort=_id, 100 a page
        department = user.department if isinstance(user.department, str) and user.department else "(none)"
        departments[department] = departments.get(department, 0) + 1
    print("users by department: " + ", ".join(f"{k} {v}" for k, v in sorted(departments.items())))

    insights = jcapi_insights.connect(**box.connect_args("insights"))
    since = datetime.now(UTC) - timedelta(days=3650)
    query = EventQuery(service=[EventServiceTimeQueryServiceItem.ALL], start_time=since)
    kinds: dict[str, int] = {}
    for event in jcapi_insights.paginate(directory_insights_events_post, client=insights, body=query, max_items=1000):
        kind = str(event.additional_properties.get("event_type", "?"))
        kinds[kind] = kinds.get(kind, 0) + 1
    print(f"{sum(kinds.values())} events: " + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())))


if __name__ == "__main__":
    with sandbox() as box:
        run(box)
