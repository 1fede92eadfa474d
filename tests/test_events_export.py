"""Directory Insights events export (``jcapi_insights.events_export`` and ``jcapi events export``) against
a served simulator: every event exactly once across runs, interruptions and partial pages, checkpoints
refused for another query, argument checks before any request, the async twin and the CLI."""

from __future__ import annotations

import asyncio
import io
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from _sim import insights, reset, served

import jcsim
from jcapi_insights import errors, paginate
from jcapi_insights.api.event_query import directory_insights_events_post
from jcapi_insights.events_export import (
    CheckpointError,
    ExportProgress,
    export_events,
    export_events_async,
    parse_time,
)
from jcapi_insights.models import EventQuery, EventServiceTimeQueryServiceItem
from jcsim import events as sim_events
from jcsim.server import RunningSim

EVENTS_PATH = "/insights/directory/v1/events"
SINCE = "2026-01-01T00:00:00Z"
UNTIL = "2026-01-16T00:00:00Z"
PAGE = 7


@pytest.fixture(scope="module")
def running() -> Iterator[RunningSim]:
    with served() as sim:
        yield sim


@pytest.fixture
def sim(running: RunningSim) -> RunningSim:
    return reset(running)


def expected_ids(sim: RunningSim) -> list[str]:
    """The ids of one full paginate of the same query."""
    query = EventQuery(
        service=[EventServiceTimeQueryServiceItem.ALL],
        start_time=parse_time(SINCE),
        end_time=parse_time(UNTIL),
        sort="ASC",
    )
    with insights(sim) as client:
        ids = [e["id"] for e in paginate(directory_insights_events_post, client=client, body=query, page_size=50)]
    sim.state.requests.clear()
    return ids


def ids_in(path: Path) -> list[str]:
    return [json.loads(line)["id"] for line in path.read_text().splitlines()]


def event_requests(sim: RunningSim) -> int:
    return len(sim.state.requests_to("POST", EVENTS_PATH))


def run(sim: RunningSim, dest: Any, checkpoint: Path | None = None, **kwargs: Any) -> Any:
    with insights(sim) as client:
        return export_events(
            client, since=SINCE, until=UNTIL, dest=dest, checkpoint=checkpoint, page_size=PAGE, **kwargs
        )


# --------------------------------------------------------------------------- exactly once
def test_two_runs_write_every_event_once(sim: RunningSim, tmp_path: Path) -> None:
    want = expected_ids(sim)
    assert len(want) > 5 * PAGE
    out, state = tmp_path / "events.jsonl", tmp_path / "state.json"
    first = run(sim, out, state, max_events=3 * PAGE + 2)
    assert (first.events_written, first.pages, first.total_events) == (3 * PAGE + 2, 4, 3 * PAGE + 2)
    second = run(sim, out, state)
    assert second.events_written == len(want) - first.events_written
    assert second.total_events == len(want)
    assert ids_in(out) == want
    third = run(sim, out, state)  # caught up: nothing new, nothing twice
    assert third.events_written == 0 and ids_in(out) == want
    saved = json.loads(state.read_text())
    assert saved["format"] == "jcapi-events-export" and saved["version"] == 1
    assert saved["query"] == {"services": ["all"], "since": SINCE, "until": UNTIL}
    assert saved["events"] == len(want) and saved["search_after"] == third.search_after
    assert saved["output"] == {"path": str(out), "bytes": out.stat().st_size}
    line = out.read_text().splitlines()[0]
    assert line == json.dumps(json.loads(line), separators=(",", ":"))


def test_interrupted_by_a_failing_request_then_resumed(sim: RunningSim, tmp_path: Path) -> None:
    want = expected_ids(sim)
    out, state = tmp_path / "events.jsonl", tmp_path / "state.json"

    def fail_after_three_pages(p: ExportProgress) -> None:
        if p.pages == 3:
            sim.state.faults.add("status", status=400, path_prefix=EVENTS_PATH, method="POST")

    with pytest.raises(errors.BadRequestError):
        run(sim, out, state, on_progress=fail_after_three_pages)
    assert len(ids_in(out)) == 3 * PAGE
    assert json.loads(state.read_text())["events"] == 3 * PAGE
    run(sim, out, state)
    assert ids_in(out) == want


def test_page_written_after_the_last_checkpoint_is_dropped(sim: RunningSim, tmp_path: Path) -> None:
    want = expected_ids(sim)
    out, state = tmp_path / "events.jsonl", tmp_path / "state.json"
    run(sim, out, state, max_events=2 * PAGE)
    with out.open("ab") as f:  # killed mid-page: part of the next page on disk, no checkpoint for it
        f.write(b'{"id":"' + want[2 * PAGE].encode() + b'","event_type":"x"}\n{"id":"half-writ')
    run(sim, out, state)
    assert ids_in(out) == want


def test_checkpoint_of_another_query_is_refused(sim: RunningSim, tmp_path: Path) -> None:
    out, state = tmp_path / "events.jsonl", tmp_path / "state.json"
    run(sim, out, state, max_events=PAGE)
    sim.state.requests.clear()
    with insights(sim) as client:
        with pytest.raises(CheckpointError, match="another query") as info:
            export_events(client, since="2026-01-02T00:00:00Z", until=UNTIL, dest=out, checkpoint=state)
        assert isinstance(info.value, ValueError)
        with pytest.raises(CheckpointError, match="another query"):
            export_events(client, services=["sso"], since=SINCE, until=UNTIL, dest=out, checkpoint=state)
        with pytest.raises(CheckpointError, match="output"):
            export_events(client, since=SINCE, until=UNTIL, dest=tmp_path / "other.jsonl", checkpoint=state)
        (tmp_path / "junk.json").write_text("{}")
        with pytest.raises(CheckpointError, match="not an events export checkpoint"):
            export_events(client, since=SINCE, until=UNTIL, dest=out, checkpoint=tmp_path / "junk.json")
    assert event_requests(sim) == 0


def test_until_defaults_to_now_and_is_kept(sim: RunningSim, tmp_path: Path) -> None:
    out, state = tmp_path / "events.jsonl", tmp_path / "state.json"
    with insights(sim) as client:
        first = export_events(client, since=SINCE, dest=out, checkpoint=state, page_size=PAGE, max_events=PAGE)
        assert first.until is not None
        second = export_events(client, since=SINCE, dest=out, checkpoint=state, page_size=PAGE)
    assert second.until == first.until
    assert json.loads(state.read_text())["query"]["until"] == first.to_json()["until"]
    ids = ids_in(out)
    assert len(ids) == len(set(ids)) == len(sim.state.events)


def test_stdout_destination(sim: RunningSim, capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    want = expected_ids(sim)
    result = run(sim, "-")
    lines = capsysbinary.readouterr().out.decode().splitlines()
    assert [json.loads(line)["id"] for line in lines] == want
    assert result.path is None and result.events_written == len(want)


def test_file_object_destination(sim: RunningSim) -> None:
    want = expected_ids(sim)
    buffer = io.BytesIO()
    run(sim, buffer)
    assert [json.loads(line)["id"] for line in buffer.getvalue().decode().splitlines()] == want


def test_async_twin_resumes_the_same(sim: RunningSim, tmp_path: Path) -> None:
    want = expected_ids(sim)
    out, state = tmp_path / "events.jsonl", tmp_path / "state.json"

    async def go(**kwargs: Any) -> Any:
        async with insights(sim) as client:
            return await export_events_async(
                client, since=SINCE, until=UNTIL, dest=out, checkpoint=state, page_size=PAGE, **kwargs
            )

    first = asyncio.run(go(max_events=10))
    assert first.events_written == 10
    second = asyncio.run(go())
    assert second.total_events == len(want)
    assert ids_in(out) == want


def test_follow_polls_for_new_events(sim: RunningSim, tmp_path: Path) -> None:
    out, state = tmp_path / "events.jsonl", tmp_path / "state.json"
    total = len(sim.state.events)
    waits: list[ExportProgress] = []
    extra = sim.state.events[-3:]

    def on_progress(p: ExportProgress) -> None:
        if p.waiting:
            waits.append(p)
            assert len(waits) < 20, "the new events never came"
            if len(waits) == 1:  # new events arrive while the export waits
                last = sim.state.events[-1].millis
                sim.state.events.extend(
                    sim_events.Event(last + 60_000 * n, e.id + "n", e.service, {**e.body, "id": e.id + "n"}, e.text)
                    for n, e in enumerate(extra, 1)
                )

    with insights(sim) as client:
        result = export_events(
            client,
            since=SINCE,
            dest=out,
            checkpoint=state,
            follow=True,
            poll_interval=0.01,
            page_size=PAGE,
            max_events=total + 3,
            on_progress=on_progress,
        )
    assert result.events_written == total + 3 and result.until is None
    ids = ids_in(out)
    assert len(ids) == len(set(ids)) == total + 3
    assert waits and waits[0].total_events == total


@pytest.mark.parametrize(
    ("kwargs", "match"),
    [
        ({"since": UNTIL, "until": SINCE}, "must be before until"),
        ({"since": "yesterday"}, "not an ISO 8601"),
        ({"page_size": 0}, "page_size"),
        ({"page_size": 10_001}, "page_size"),
        ({"poll_interval": 0}, "poll_interval"),
        ({"follow": True}, "drop until"),
        ({"services": []}, "services is empty"),
        ({"dest": "/nonexistent-folder/events.jsonl"}, "does not exist"),
        ({"dest": io.StringIO()}, "binary file object"),
        ({"checkpoint": "/nonexistent-folder/state.json"}, "does not exist"),
        ({"max_events": 0}, "max_events"),
    ],
)
def test_arguments_checked_before_any_request(
    sim: RunningSim, tmp_path: Path, kwargs: dict[str, Any], match: str
) -> None:
    args: dict[str, Any] = {"since": SINCE, "until": UNTIL, "dest": tmp_path / "e.jsonl", **kwargs}
    with insights(sim) as client, pytest.raises(errors.ConfigurationError, match=match):
        export_events(client, **args)
    assert event_requests(sim) == 0
    assert not (tmp_path / "e.jsonl").exists()


# --------------------------------------------------------------------------- CLI
def jcapi(sim: RunningSim, *args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("JUMPCLOUD_")}
    env["JUMPCLOUD_API_KEY"] = jcsim.DEFAULT_API_KEY
    argv = [sys.executable, "-m", "jcapi_cli", "events", "export", *args]
    argv += ["--base-url", sim.url + "/insights/directory/v1"]
    return subprocess.run(argv, capture_output=True, text=True, cwd=cwd, env=env, timeout=30)


def test_cli_twice_with_checkpoint_writes_each_event_once(sim: RunningSim, tmp_path: Path) -> None:
    want = expected_ids(sim)
    args = ["--since", SINCE, "--until", UNTIL, "-o", "events.jsonl", "--checkpoint", "state.json"]
    first = jcapi(sim, *args, "--page-size", str(PAGE), "--json", cwd=tmp_path)
    assert first.returncode == 0, first.stderr
    document = json.loads(first.stdout)
    assert document["ok"] is True and document["events_written"] == len(want)
    assert document["total_events"] == len(want) and document["pages"] >= len(want) // PAGE
    assert document["path"] == str(tmp_path / "events.jsonl")
    assert document["checkpoint"] == str(tmp_path / "state.json")
    assert document["services"] == ["all"] and (document["since"], document["until"]) == (SINCE, UNTIL)
    assert isinstance(document["search_after"], list)
    assert f"wrote {len(want)} events" in first.stderr
    second = jcapi(sim, *args, "--page-size", str(PAGE), cwd=tmp_path)
    assert second.returncode == 0, second.stderr
    assert "wrote 0 events" in second.stderr
    assert ids_in(tmp_path / "events.jsonl") == want


def test_cli_usage_errors(sim: RunningSim, tmp_path: Path) -> None:
    bad = jcapi(sim, "--since", UNTIL, "--until", SINCE, "-o", "e.jsonl", "--json", cwd=tmp_path)
    assert bad.returncode == 2
    document = json.loads(bad.stdout)
    assert document["ok"] is False and document["exit_code"] == 2 and "before until" in document["error"]
    both = jcapi(sim, "--since", SINCE, "-o", "-", "--json", cwd=tmp_path)
    assert both.returncode == 2 and "--json" in both.stderr
    assert event_requests(sim) == 0


def test_cli_stdout_with_service_list(sim: RunningSim, tmp_path: Path) -> None:
    done = jcapi(sim, "--service", "sso,directory", "--since", SINCE, "--until", UNTIL, "-o", "-", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    services = {json.loads(line)["service"] for line in done.stdout.splitlines()}
    assert services == {"sso", "directory"}
