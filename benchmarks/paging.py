"""Paging: 10,000 v1 system users, 100 per page, three ways, against the simulator.

* ``paginate``: ``jcapiv1.pagination.paginate(systemusers_list, client=client)`` (page size
  100; it sends ``sort="_id"`` as JumpCloud advises for skip paging);
* hand loop: ``systemusers_list.sync(client=client, limit=100, skip=skip, sort="_id")`` until
  ``total_count`` records were seen (what a user writes without ``paginate``);
* raw: the same requests with ``httpx.Client.get(...).json()``, no models.

The simulator (child process) holds exactly 10,000 users. Requests are counted on the client
with an httpx ``request`` event hook. Each way runs 5 times in turn (1 with ``--quick``) after
a warm-up; medians are reported, ratios are medians of per-round ratios. Target: paginate
<= 1.05x the hand loop, and exactly 100 requests. If ``paginate`` does not exist yet, its row
says "n/a (not available)".
"""

from __future__ import annotations

import statistics
from collections.abc import Callable
from typing import Any

import httpx

from benchmarks._common import Row, interleaved_samples, paired_ratio, ratio_row, unavailable
from benchmarks._sim import API_KEY, SimProcess

USERS = 10_000
PAGE = 100


def _paginate() -> Callable[..., Any] | None:
    try:
        from jcapiv1.pagination import paginate  # type: ignore[import-not-found,unused-ignore]
    except ImportError:
        return None
    return paginate  # type: ignore[no-any-return,unused-ignore]


def run(quick: bool = False) -> list[Row]:
    from jcapiv1 import connect
    from jcapiv1.api.systemusers import systemusers_list

    paginate = _paginate()
    repeats = 1 if quick else 5
    counts: dict[str, int] = {}
    current = [""]

    def count(request: httpx.Request) -> None:
        counts[current[0]] = counts.get(current[0], 0) + 1

    with SimProcess(users=USERS) as sim:
        hooks = {"event_hooks": {"request": [count]}}
        client = connect(API_KEY, base_url=sim.v1_url, httpx_args=hooks)
        raw = httpx.Client(base_url=sim.v1_url, headers={"x-api-key": API_KEY}, **hooks)  # type: ignore[arg-type]

        def hand() -> None:
            current[0] = "hand"
            skip, seen = 0, []
            while True:
                page = systemusers_list.sync(client=client, limit=PAGE, skip=skip, sort="_id")
                assert page is not None and isinstance(page.results, list)
                seen.extend(page.results)
                skip += len(page.results)
                if not page.results or len(seen) >= page.total_count:  # type: ignore[operator]
                    break
            assert len(seen) == USERS

        def raw_loop() -> None:
            current[0] = "raw"
            skip, seen = 0, []
            while True:
                page = raw.get("/systemusers", params={"limit": PAGE, "skip": skip, "sort": "_id"}).json()
                seen.extend(page["results"])
                skip += len(page["results"])
                if not page["results"] or len(seen) >= page["totalCount"]:
                    break
            assert len(seen) == USERS

        ways: dict[str, Callable[[], object]] = {"hand": hand, "raw": raw_loop}
        if paginate is not None:
            pager = paginate

            def with_paginate() -> None:
                current[0] = "paginate"
                assert sum(1 for _ in pager(systemusers_list, client=client, page_size=PAGE)) == USERS

            ways = {"paginate": with_paginate, **ways}
        samples = interleaved_samples(ways, repeats)
        medians = {name: statistics.median(values) for name, values in samples.items()}
        runs = repeats + 1  # the warm-up counts too
        per_run = {name: counts.get(name, 0) // runs for name in ways}
        client.close()
        raw.close()

    rows = []
    target = "<= 1.05x, 100 requests"
    hand_note = f"{per_run['hand']} requests; raw httpx loop {medians['raw']:.3f} s, {per_run['raw']} requests"
    if paginate is None:
        rows.append(unavailable(f"paginate {USERS:,} users (vs hand loop)", "s", target))
    else:
        row = ratio_row(
            f"paginate {USERS:,} users (vs hand loop)",
            "s",
            medians["paginate"],
            medians["hand"],
            op="<=",
            limit=1.05,
            ratio=paired_ratio(samples["paginate"], samples["hand"]),
            note=f"{per_run['paginate']} requests; hand loop {hand_note}",
            extra={"requests": per_run, "raw_s": medians["raw"]},
        )
        row.target = target
        row.passed = bool(row.passed) and per_run["paginate"] == USERS // PAGE
        rows.append(row)
    rows.append(
        Row(
            f"hand loop {USERS:,} users (vs raw httpx loop)",
            "s",
            medians["hand"],
            medians["raw"],
            paired_ratio(samples["hand"], samples["raw"]),
            note=hand_note,
            extra={"requests": per_run},
        )
    )
    return rows
