"""The seed flows from cassettes: a bulk user job to its last result, a report to its CSV, and
one event query per paging style (limit/skip and search_after)."""

from __future__ import annotations

import csv
import io
import os
from datetime import UTC, datetime
from pathlib import Path

import pytest

import jcapi_insights
import jcapiv1
import jcapiv2
import jcsim
from jcapi_insights.api.event_query import directory_insights_events_post
from jcapi_insights.models import EventQuery, EventServiceTimeQueryServiceItem
from jcapi_insights.reports import run_report
from jcapiv1.api.systemusers import systemusers_list
from jcapiv2.api.user_groups import groups_user_list
from jcapiv2.bulk import create_users, wait_for_bulk_job

from .conftest import Target

NEW_USERS = [
    {"email": "grace.example@example.com", "username": "grace.example", "firstname": "Grace", "lastname": "Example"},
    {"email": "linus.example@example.com", "username": "linus.example", "firstname": "Linus", "lastname": "Example"},
    {"email": "not-an-email", "username": "broken.example", "firstname": "Broken", "lastname": "Example"},
]


@pytest.mark.vcr
def test_bulk_user_job_from_submit_to_all_results(target: Target) -> None:
    client = jcapiv2.connect(**target.connect_args("v2"))
    job = create_users(client, NEW_USERS, suppress_email=True)
    assert job.job_id and job.submitted == 3
    result = wait_for_bulk_job(client, job.job_id, timeout=30, poll_interval=0.01)
    assert len(result.records) == 3 and len(result.succeeded) == 2
    assert len(result.failed) == 1 and "email" in result.failed[0].message.lower()
    assert not result.ok


@pytest.mark.vcr
def test_report_from_request_to_downloaded_csv(target: Target, tmp_path: Path) -> None:
    client = jcapi_insights.connect(**target.connect_args("insights"))
    result = run_report(client, "users-to-devices", format="csv", dest=tmp_path / "report.csv", poll_interval=0.01)
    assert result.path == tmp_path / "report.csv" and result.bytes_written == result.path.stat().st_size > 0
    rows = list(csv.DictReader(io.StringIO(result.path.read_text())))
    assert rows and "username" in rows[0]
    assert not list(tmp_path.glob(".*part")), "no temp file is left behind"


@pytest.mark.vcr
def test_paging_limit_skip(target: Target) -> None:
    client = jcapiv1.connect(**target.connect_args("v1"))
    users = list(jcapiv1.paginate(systemusers_list, client=client, page_size=10))
    assert len(users) == 25  # 3 pages of the seeded 25 users: 10, 10, 5
    assert len({u.field_id for u in users}) == 25


@pytest.mark.vcr
def test_paging_search_after(target: Target) -> None:
    client = jcapi_insights.connect(**target.connect_args("insights"))
    query = EventQuery(service=[EventServiceTimeQueryServiceItem.ALL], start_time=datetime(2000, 1, 1, tzinfo=UTC))
    events = list(jcapi_insights.paginate(directory_insights_events_post, client=client, body=query, page_size=100))
    ids = [event.additional_properties["id"] for event in events]
    assert len(ids) == 300 and len(set(ids)) == 300  # 100, 100, 100, then an empty page


@pytest.mark.vcr
def test_service_account_signs_in_once_for_v1_and_v2(target: Target) -> None:
    """A token request, then v1 and v2 calls with its bearer token (the cassette keeps neither the
    client secret, in the filtered Basic header, nor the token, scrubbed from the answer)."""
    if target.sim is None and target.mode != "none":  # a real org: its service account and region
        auth = jcapiv2.ServiceAccountAuth(os.environ["JUMPCLOUD_CLIENT_ID"], os.environ["JUMPCLOUD_CLIENT_SECRET"])
    else:
        token_url = target.roots["v2"] + "/oauth2/token"
        auth = jcapiv2.ServiceAccountAuth(jcsim.DEFAULT_CLIENT_ID, jcsim.DEFAULT_CLIENT_SECRET, token_url=token_url)
    v1 = jcapiv1.connect(auth=auth, **target.location("v1"))
    v2 = jcapiv2.connect(auth=auth, **target.location("v2"))
    users = systemusers_list.sync(client=v1, limit=5)
    groups = groups_user_list.sync(client=v2, limit=5)
    assert users is not None and groups is not None
    assert isinstance(users.results, list) and len(users.results) == 5 and len(groups) == 5
    assert auth.tokens_fetched == 1
