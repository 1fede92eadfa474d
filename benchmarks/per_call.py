"""Per-call overhead: our ``sync()`` / ``asyncio()`` vs raw httpx + ``json.loads``.

Operations: v1 ``systemusers_list(limit=100)`` and v2 ``groups_user_list(limit=100)``, each
returning 100 real-shaped records (``benchmarks.realistic``: the simulator is seeded with 150 users
and 100 extra user groups, with the nested attributes, member queries, addresses, phone numbers,
SSH keys and ``null``s real organisations answer).
Ours goes through a ``connect()`` client (API-key ``httpx.Auth``, retry transport, typed
errors, models fully built, unknown fields kept); raw is ``httpx.Client.get(url,
params=<the same query>).json()`` (or ``httpx.AsyncClient``) with the key as a default header.
Both keep their connection alive, and make N sequential calls per batch; batches of ours and
raw alternate, 7 of each (3 with ``--quick``); the median batch gives the time per call, and the
ratio is the median of the per-round ratios (steadier under machine load).

Two servers:

* ``sim``: the simulator in a child process on 127.0.0.1. Its own server time (routing, JSON
  encoding, ~2-3 ms per call) is in both sides, which dilutes the ratio.
* ``mock``: an ``httpx.MockTransport`` returning the same body pre-serialised (captured from the
  simulator once), under our retry transport for ours and directly for raw: this isolates
  the SDK's own cost. Ours decodes with orjson when it is installed (the ``[fast]`` extra, in
  ``dev``); the ``mock, json decoder`` row is ours with the standard library's decoder, as a
  plain install runs. Raw is always ``httpx`` + ``json``.

Targets: against the simulator (loopback, keep-alive), sync <= 1.3x and async <= 1.4x raw; the
SDK's own cost (mock) <= 2.0x. A further row runs the old swagger-codegen ``jcapi-python`` on the
same records when ``JCAPI_PYTHON`` names a Python that can import it (see ``jcapi_python``).
"""

from __future__ import annotations

import asyncio
import contextlib
import gc
import importlib
import statistics
import time
from collections.abc import Awaitable, Callable, Iterator
from typing import Any

import httpx

from benchmarks import jcapi_python
from benchmarks._common import Row, interleaved_samples, paired_ratio, ratio_row
from benchmarks._sim import API_KEY, SimProcess

LIMIT = 100
PATHS = {"v1": "/systemusers", "v2": "/usergroups"}
NAMES = {"v1": "v1 systemusers_list", "v2": "v2 groups_user_list"}


def _ours(api: str) -> tuple[Callable[..., Any], Callable[..., Awaitable[Any]], Callable[..., Any]]:
    """(sync, asyncio, connect) of the operation measured for ``api``."""
    if api == "v1":
        from jcapiv1 import connect as connect_v1
        from jcapiv1.api.systemusers import systemusers_list

        return systemusers_list.sync, systemusers_list.asyncio, connect_v1
    from jcapiv2 import connect as connect_v2
    from jcapiv2.api.user_groups import groups_user_list

    return groups_user_list.sync, groups_user_list.asyncio, connect_v2


def sent_query(api: str) -> dict[str, Any]:
    """The query string our operation sends for ``limit=100``, so raw asks the server the same question."""
    if api == "v1":
        from jcapiv1.api.systemusers import systemusers_list as operation
    else:
        from jcapiv2.api.user_groups import groups_user_list as operation  # type: ignore[no-redef]
    params: dict[str, Any] = operation._get_kwargs(limit=LIMIT)["params"]
    return params


def _count(result: Any) -> int:
    records = result.results if hasattr(result, "results") else result
    return len(records)


def _mock(body: bytes) -> httpx.MockTransport:
    headers = {"content-type": "application/json", "content-length": str(len(body))}
    return httpx.MockTransport(lambda request: httpx.Response(200, headers=headers, content=body))


Samples = dict[str, list[float]]


def measure_sync(api: str, base_url: str, body: bytes | None, calls: int, repeats: int) -> Samples:
    """Seconds per call of each batch of ``ours`` and ``raw``, sync; ``body`` set: against a MockTransport."""
    sync, _, connect = _ours(api)
    transport = _mock(body) if body is not None else None
    client = connect(API_KEY, base_url=base_url, transport=transport)
    raw = httpx.Client(
        base_url=base_url, headers={"x-api-key": API_KEY}, transport=_mock(body) if body is not None else None
    )
    params, path = sent_query(api), PATHS[api]
    assert _count(sync(client=client, limit=LIMIT)) == LIMIT

    def ours_batch() -> None:
        for _ in range(calls):
            sync(client=client, limit=LIMIT)

    def raw_batch() -> None:
        for _ in range(calls):
            raw.get(path, params=params).json()

    try:
        samples = interleaved_samples({"ours": ours_batch, "raw": raw_batch}, repeats)
    finally:
        client.close()
        raw.close()
    return {name: [seconds / calls for seconds in values] for name, values in samples.items()}


async def _measure_async(api: str, base_url: str, body: bytes | None, calls: int, repeats: int) -> Samples:
    _, call, connect = _ours(api)
    client = connect(API_KEY, base_url=base_url, async_transport=_mock(body) if body is not None else None)
    raw = httpx.AsyncClient(
        base_url=base_url, headers={"x-api-key": API_KEY}, transport=_mock(body) if body is not None else None
    )
    params, path = sent_query(api), PATHS[api]

    async def ours_batch() -> None:
        for _ in range(calls):
            await call(client=client, limit=LIMIT)

    async def raw_batch() -> None:
        for _ in range(calls):
            (await raw.get(path, params=params)).json()

    try:
        assert _count(await call(client=client, limit=LIMIT)) == LIMIT
        await ours_batch()
        await raw_batch()
        samples: Samples = {"ours": [], "raw": []}
        for _ in range(repeats):
            for name, batch in (("ours", ours_batch), ("raw", raw_batch)):
                gc.collect()
                start = time.perf_counter()
                await batch()
                samples[name].append((time.perf_counter() - start) / calls)
    finally:
        await client.aclose()
        await raw.aclose()
    return samples


def measure_async(api: str, base_url: str, body: bytes | None, calls: int, repeats: int) -> Samples:
    """Seconds per call of each batch of ``ours`` and ``raw``, asyncio; ``body`` set: against a MockTransport."""
    return asyncio.run(_measure_async(api, base_url, body, calls, repeats))


LIMITS = {
    ("sim", "sync"): 1.3,
    ("sim", "asyncio"): 1.4,
    ("mock", "sync"): 2.0,
    ("mock", "asyncio"): 2.0,
    ("mock, json decoder", "sync"): 2.0,
    ("mock, json decoder", "asyncio"): 2.0,
}


def _row(api: str, mode: str, server: str, samples: Samples) -> Row:
    ours, raw = statistics.median(samples["ours"]), statistics.median(samples["raw"])
    return ratio_row(
        f"per-call {NAMES[api]} {mode} ({server})",
        "us/call",
        ours * 1e6,
        raw * 1e6,
        op="<=",
        limit=LIMITS[server, mode],
        ratio=paired_ratio(samples["ours"], samples["raw"]),
        note=f"ours {1 / ours:,.0f} calls/s, raw httpx+json {1 / raw:,.0f} calls/s",
        extra={"ours_calls_per_s": 1 / ours, "raw_calls_per_s": 1 / raw, "samples_s": samples},
    )


def run(quick: bool = False) -> list[Row]:
    sim_calls, mock_calls, repeats = (30, 100, 3) if quick else (60, 200, 7)
    rows: list[Row] = []
    with SimProcess(users=150, user_groups=100, realistic=True) as sim:
        urls = {"v1": sim.v1_url, "v2": sim.v2_url}
        bodies = {}
        with httpx.Client(headers={"x-api-key": API_KEY}) as http:
            for api in ("v1", "v2"):
                bodies[api] = http.get(urls[api] + PATHS[api], params=sent_query(api)).content
        for api in ("v1", "v2"):
            rows.append(_row(api, "sync", "sim", measure_sync(api, urls[api], None, sim_calls, repeats)))
            rows.append(_row(api, "asyncio", "sim", measure_async(api, urls[api], None, sim_calls, repeats)))
        for api in ("v1", "v2"):
            rows.append(jcapi_python.measure(api, urls[api], NAMES[api], sim_calls // 3, repeats))
    for api in ("v1", "v2"):
        url = "https://bench.invalid" + ("/api" if api == "v1" else "/api/v2")
        rows.append(_row(api, "sync", "mock", measure_sync(api, url, bodies[api], mock_calls, repeats)))
        rows.append(_row(api, "asyncio", "mock", measure_async(api, url, bodies[api], mock_calls, repeats)))
        with stdlib_decoder(api):
            samples = measure_sync(api, url, bodies[api], mock_calls, repeats)
        rows.append(_row(api, "sync", "mock, json decoder", samples))
    return rows


@contextlib.contextmanager
def stdlib_decoder(api: str) -> Iterator[None]:
    """Within the block, ``api``'s package decodes with ``json`` as without the [fast] extra."""
    decoding = importlib.import_module(("jcapiv1" if api == "v1" else "jcapiv2") + ".decoding")
    fast = getattr(decoding, "_fast")  # noqa: B009 - a module found by name
    setattr(decoding, "_fast", None)  # noqa: B010
    try:
        yield
    finally:
        setattr(decoding, "_fast", fast)  # noqa: B010
