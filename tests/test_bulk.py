"""jcapiv2.bulk against the local simulator: submit, page every result, partial failures, timeouts, async."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from typing import Any
from urllib.parse import parse_qs

import pytest
from _sim import FakeClock, reset, served, v2

from jcapiv2 import bulk
from jcapiv2.models import BulkUserCreate
from jcsim.server import RunningSim

V2 = "/api/v2"


@pytest.fixture(scope="module")
def running() -> Iterator[RunningSim]:
    with served() as sim:
        yield sim


@pytest.fixture
def sim(running: RunningSim) -> RunningSim:
    return reset(running)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


def new_users(count: int, prefix: str = "bulk") -> list[dict[str, Any]]:
    return [{"username": f"{prefix}{i:04d}", "email": f"{prefix}{i:04d}@example.com"} for i in range(count)]


def result_queries(sim: RunningSim, job_id: str, path: str = "/bulk/users/{}/results") -> list[dict[str, list[str]]]:
    return [parse_qs(r.query) for r in sim.state.requests_to("GET", V2 + path.format(job_id))]


# --------------------------------------------------------------------------- create
def test_create_to_every_result_with_some_failures(sim: RunningSim, clock: FakeClock) -> None:
    client = v2(sim)
    taken = next(iter(sim.state.users.values()))["username"]
    users: list[Any] = new_users(6)
    users += [
        {"username": "nomail", "email": "not-an-email"},
        {"username": taken, "email": "fresh@example.com"},
        BulkUserCreate(username="model", email="model@example.com", firstname="Mo"),
    ]
    job = bulk.create_users(client, users, suppress_email=True, creation_source="jumpcloud:custom_integration")
    assert job.kind == "create" and job.submitted == 9

    progress: list[bulk.BulkJobProgress] = []
    result = bulk.wait_for_bulk_job(
        client, job, poll_interval=1.0, on_progress=progress.append, sleep=clock.sleep, clock=clock
    )
    assert not result.ok
    assert len(result.records) == 9 and len(result.succeeded) == 7 and len(result.failed) == 2
    messages = {r.username: r.message for r in result.failed}
    assert "invalid email" in messages["nomail"]
    assert "already in use" in messages[taken]
    created = {r.username: r.user_id for r in result.succeeded}
    assert created["model"] in sim.state.users and sim.state.users[created["model"]]["firstname"] == "Mo"
    assert progress[-1].done == progress[-1].total == 9 and progress[-1].failed == 2
    assert [p.done for p in progress] == sorted(p.done for p in progress)
    assert clock.sleeps[:3] == [1.0, 1.5, 2.25]

    post = sim.state.requests_to("POST", V2 + "/bulk/users")[0]
    assert parse_qs(post.query) == {"suppressEmail": ["true"]}
    assert post.headers["creation-source"] == "jumpcloud:custom_integration"
    assert result.to_json()["failed"] == 2


def test_paging_across_more_than_100_records(sim: RunningSim, clock: FakeClock) -> None:
    sim.state.records_per_step = 60
    client = v2(sim)
    job = bulk.create_users(client, new_users(250), batch_size=250)
    assert job.job_ids == (job.job_id,)
    result = bulk.wait_for_bulk_job(client, job.job_id, poll_interval=0.5, sleep=clock.sleep, clock=clock)
    assert result.ok and len(result.records) == 250
    assert len({r.id for r in result.records}) == 250
    queries = result_queries(sim, job.job_id)
    assert [q["skip"][0] for q in queries] == ["0", "100", "200"]  # read once, when the job had finished
    assert {q["limit"][0] for q in queries} == {"100"}


# --------------------------------------------------------------------------- at scale
def test_large_inputs_go_in_batches_and_results_are_read_once(sim: RunningSim, clock: FakeClock) -> None:
    sim.state.records_per_step = 40
    client = v2(sim)
    job = bulk.create_users(client, new_users(250))
    posts = sim.state.requests_to("POST", V2 + "/bulk/users")
    assert len(posts) == 3 and len(job.job_ids) == 3 and job.submitted == 250
    assert [len(sim.state.jobs[j].items) for j in job.job_ids] == [100, 100, 50]
    assert job.job_id == ",".join(job.job_ids)

    progress: list[bulk.BulkJobProgress] = []
    result = bulk.wait_for_bulk_job(
        client, job, poll_interval=1.0, on_progress=progress.append, sleep=clock.sleep, clock=clock
    )
    assert result.ok and len(result.records) == 250 and result.job_ids == list(job.job_ids)
    for job_id in job.job_ids:  # one page of results per job (x-total-count ends it), none while it ran
        assert [q["skip"][0] for q in result_queries(sim, job_id)] == ["0"]
        assert len(sim.state.requests_to("GET", V2 + f"/jobs/{job_id}")) >= 2  # progress from the job's status
    done = [p.done for p in progress]
    assert done == sorted(done) and done[-1] == 250 and progress[-1].total == 250
    assert set(done) == {0, 50, 250}  # whole jobs count as they finish: the 50-user job first


def test_progress_comes_from_job_status_and_a_timeout_names_every_job(sim: RunningSim, clock: FakeClock) -> None:
    sim.state.records_per_step = 1
    client = v2(sim)
    job = bulk.create_users(client, new_users(10), batch_size=4)  # jobs of 4, 4 and 2 users
    with pytest.raises(bulk.BulkJobTimeout) as caught:
        bulk.wait_for_bulk_job(client, job, timeout=3.0, poll_interval=1.0, sleep=clock.sleep, clock=clock)
    assert caught.value.job_id == job.job_id and (caught.value.done, caught.value.total) == (2, 10)
    assert result_queries(sim, job.job_ids[2]) and not result_queries(sim, job.job_ids[0])
    result = bulk.wait_for_bulk_job(client, caught.value.job_id, poll_interval=1.0, sleep=clock.sleep, clock=clock)
    assert result.ok and len(result.records) == 10


def test_without_the_jobs_api_the_results_are_polled(sim: RunningSim, clock: FakeClock) -> None:
    sim.state.records_per_step = 2
    client = v2(sim)
    job = bulk.create_users(client, new_users(5))
    sim.state.faults.add("status", status=404, times=100, path_prefix=V2 + "/jobs/", method="GET")
    result = bulk.wait_for_bulk_job(client, job, poll_interval=1.0, sleep=clock.sleep, clock=clock)
    assert result.ok and len(result.records) == 5
    assert len(result_queries(sim, job.job_id)) == 4  # 0, 2, 4, then 5 of 5 records resolved


@pytest.mark.parametrize("size", [0, -1, 2.5, True, "10"])
def test_batch_size_is_checked_before_anything_is_sent(sim: RunningSim, size: object) -> None:
    with pytest.raises(ValueError, match="batch_size must be a whole number of users"):
        bulk.create_users(v2(sim), new_users(3), batch_size=size)  # type: ignore[arg-type]
    assert sim.state.requests == []


def test_update_and_the_jobs_results_endpoint(sim: RunningSim, clock: FakeClock) -> None:
    client = v2(sim)
    ids = list(sim.state.users)[:3]
    changes = [{"id": uid, "department": "Research"} for uid in ids] + [
        {"id": "000000000000000000000000", "department": "Nowhere"}
    ]
    job = bulk.update_users(client, changes)
    result = bulk.wait_for_bulk_job(client, job, endpoint="jobs", poll_interval=0.1, sleep=clock.sleep, clock=clock)
    assert len(result.succeeded) == 3 and len(result.failed) == 1
    assert "not found" in result.failed[0].message
    assert all(sim.state.users[uid]["department"] == "Research" for uid in ids)
    assert result_queries(sim, job.job_id, "/jobs/{}/results")
    assert not result_queries(sim, job.job_id)


# --------------------------------------------------------------------------- timeout
def test_timeout_carries_the_job_id_and_waiting_resumes(sim: RunningSim, clock: FakeClock) -> None:
    sim.state.records_per_step = 1
    client = v2(sim)
    job = bulk.create_users(client, new_users(10))
    with pytest.raises(bulk.BulkJobTimeout) as caught:
        bulk.wait_for_bulk_job(client, job, timeout=3.0, poll_interval=1.0, sleep=clock.sleep, clock=clock)
    exc = caught.value
    assert exc.job_id == job.job_id and exc.done == 0 and exc.total == 10  # the one job has not finished
    assert sum(clock.sleeps) == pytest.approx(3.0)
    assert isinstance(exc, TimeoutError) and job.job_id in str(exc)
    result = bulk.wait_for_bulk_job(client, exc.job_id, poll_interval=1.0, sleep=clock.sleep, clock=clock)
    assert result.ok and len(result.records) == 10


def test_429_while_polling_honours_retry_after(sim: RunningSim, clock: FakeClock) -> None:
    client = v2(sim, max_retries=0)
    job = bulk.create_users(client, new_users(2))
    sim.state.faults.add("status", status=429, retry_after=5, times=2, path_prefix=V2 + "/jobs/", method="GET")
    result = bulk.wait_for_bulk_job(client, job, poll_interval=1.0, sleep=clock.sleep, clock=clock)
    assert result.ok and clock.sleeps[:2] == [5.0, 5.0]


# --------------------------------------------------------------------------- status spellings
@pytest.mark.parametrize(
    ("status", "outcome"),
    [
        ("finished", "succeeded"),
        ("Success", "succeeded"),
        ("COMPLETED", "succeeded"),
        ("failed", "failed"),
        ("Error", "failed"),
        ("pending", "pending"),
        ("in-progress", "pending"),
        (None, "pending"),
    ],
)
def test_status_spellings(status: str | None, outcome: str) -> None:
    assert bulk.normalise_status(status) == outcome


def test_unknown_spellings_in_results_are_tolerated(sim: RunningSim, clock: FakeClock) -> None:
    client = v2(sim)
    body = '[{"id": "w1", "status": "Queued", "statusMsg": ""}, {"id": "w2", "status": "SUCCESS", "statusMsg": "ok"}]'
    sim.state.faults.add("status", status=200, body=body, times=1, path_prefix=V2 + "/bulk/users/", method="GET")
    job = bulk.create_users(client, new_users(2))
    result = bulk.wait_for_bulk_job(client, job, poll_interval=1.0, sleep=clock.sleep, clock=clock)
    assert result.ok and len(result.records) == 2


# --------------------------------------------------------------------------- validation
def test_invalid_input_is_rejected_before_any_request(sim: RunningSim) -> None:
    client = v2(sim)
    with pytest.raises(ValueError, match="no 'id'"):
        bulk.update_users(client, [{"firstname": "x"}])
    with pytest.raises(ValueError, match="at least one"):
        bulk.create_users(client, [])
    with pytest.raises(TypeError, match="list of user dicts"):
        bulk.create_users(client, {"username": "x"})  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="user #1 is a str"):
        bulk.create_users(client, ["x"])  # type: ignore[list-item]
    with pytest.raises(ValueError, match="unknown creation_source"):
        bulk.create_users(client, new_users(1), creation_source="somewhere")
    assert sim.state.requests == []


# --------------------------------------------------------------------------- async
def test_async_create_update_and_wait(sim: RunningSim, clock: FakeClock) -> None:
    sim.state.records_per_step = 60

    async def go() -> tuple[bulk.BulkJobResult, bulk.BulkJobResult]:
        client = v2(sim)
        try:
            job = await bulk.create_users_async(client, [*new_users(120), {"username": "bad", "email": "bad"}])
            created = await bulk.wait_for_bulk_job_async(
                client, job, poll_interval=1.0, sleep=clock.asleep, clock=clock
            )
            ids = [r.user_id for r in created.succeeded[:2]]
            update = await bulk.update_users_async(client, [{"id": uid, "lastname": "Async"} for uid in ids])
            updated = await bulk.wait_for_bulk_job_async(
                client, update.job_id, endpoint="jobs", poll_interval=1.0, sleep=clock.asleep, clock=clock
            )
            return created, updated
        finally:
            await client.aclose()

    created, updated = asyncio.run(go())
    assert len(created.records) == 121 and len(created.failed) == 1
    assert updated.ok and len(updated.records) == 2


def test_async_timeout(sim: RunningSim, clock: FakeClock) -> None:
    sim.state.records_per_step = 1

    async def go() -> None:
        client = v2(sim)
        try:
            job = await bulk.create_users_async(client, new_users(5))
            await bulk.wait_for_bulk_job_async(
                client, job, timeout=1.0, poll_interval=1.0, sleep=clock.asleep, clock=clock
            )
        finally:
            await client.aclose()

    with pytest.raises(bulk.BulkJobTimeout) as caught:
        asyncio.run(go())
    assert caught.value.total == 5
