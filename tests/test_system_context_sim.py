"""System Context end to end: the SDK's signatures against the simulator's independent verifier."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

import jcapiv1
import jcapiv2
import jcsim
from jcapiv1.api.systems import systems_get, systems_put
from jcapiv1.api.systemusers import systemusers_list
from jcapiv1.models import SystemPut
from jcapiv1.retries import RetryPolicy
from jcapiv2.api.graph import graph_system_member_of
from jcapiv2.system_context import SystemContextAuth
from jcsim.clock import SimClock
from jcsim.signing import generate_keypair

FAST = RetryPolicy(max_retries=2, backoff_base=0.01, backoff_cap=0.02)


@pytest.fixture(scope="module")
def sim() -> Iterator[jcsim.RunningSim]:
    with jcsim.serve(jcsim.SimState(clock=SimClock(real=True))) as running:
        yield running


@pytest.fixture
def system(sim: jcsim.RunningSim) -> tuple[str, rsa.RSAPrivateKey]:
    system_id = next(iter(sim.state.systems))
    key, public = generate_keypair()
    sim.state.register_system(system_id, public)
    sim.state.faults.clear()
    return system_id, key


def test_signed_get_and_put_are_accepted(sim: jcsim.RunningSim, system: tuple[str, rsa.RSAPrivateKey]) -> None:
    system_id, key = system
    auth = SystemContextAuth(system_id, key)
    v2 = jcapiv2.connect(auth=auth, base_url=sim.url + "/api/v2")
    groups = graph_system_member_of.sync(system_id, client=v2, limit=5, filter_=["type:$eq:system_group"])
    assert groups and groups[0].type_ == "system_group"
    v1 = jcapiv1.connect(auth=auth, base_url=sim.url + "/api")
    assert systems_put.sync(system_id, client=v1, body=SystemPut(display_name="kiosk")).display_name == "kiosk"  # type: ignore[union-attr]


def test_tampered_path_is_rejected(sim: jcsim.RunningSim, system: tuple[str, rsa.RSAPrivateKey]) -> None:
    system_id, key = system
    other = list(sim.state.systems)[1]

    def tamper(request: httpx.Request) -> httpx.Request:
        """What a man in the middle would do: same signature, another system's path."""
        request.url = request.url.copy_with(raw_path=request.url.raw_path.replace(system_id.encode(), other.encode()))
        return request

    class Tampering(httpx.HTTPTransport):
        def handle_request(self, request: httpx.Request) -> httpx.Response:
            return super().handle_request(tamper(request))

    v1 = jcapiv1.connect(auth=SystemContextAuth(system_id, key), base_url=sim.url + "/api", transport=Tampering())
    with pytest.raises(jcapiv1.errors.AuthenticationError):
        systems_get.sync(system_id, client=v1)


def test_stale_date_is_rejected(sim: jcsim.RunningSim, system: tuple[str, rsa.RSAPrivateKey]) -> None:
    system_id, key = system
    stale = SystemContextAuth(system_id, key, clock=lambda: datetime.now(UTC) - timedelta(minutes=30))
    v1 = jcapiv1.connect(auth=stale, base_url=sim.url + "/api")
    with pytest.raises(jcapiv1.errors.AuthenticationError) as info:
        systems_get.sync(system_id, client=v1)
    assert "401" in str(info.value)


def test_wrong_key_and_other_system_are_rejected(sim: jcsim.RunningSim, system: tuple[str, rsa.RSAPrivateKey]) -> None:
    system_id, key = system
    v1 = jcapiv1.connect(auth=SystemContextAuth(system_id, generate_keypair()[0]), base_url=sim.url + "/api")
    with pytest.raises(jcapiv1.errors.AuthenticationError):
        systems_get.sync(system_id, client=v1)
    mine = jcapiv1.connect(auth=SystemContextAuth(system_id, key), base_url=sim.url + "/api")
    with pytest.raises(jcapiv1.errors.AuthenticationError):
        systems_get.sync(list(sim.state.systems)[1], client=mine)


def test_operations_without_system_context_answer_401(
    sim: jcsim.RunningSim, system: tuple[str, rsa.RSAPrivateKey]
) -> None:
    system_id, key = system
    v1 = jcapiv1.connect(auth=SystemContextAuth(system_id, key), base_url=sim.url + "/api")
    with pytest.raises(jcapiv1.errors.AuthenticationError):
        systemusers_list.sync(client=v1)


def test_each_retry_is_signed_again(sim: jcsim.RunningSim, system: tuple[str, rsa.RSAPrivateKey]) -> None:
    system_id, key = system
    ticks = iter(datetime.now(UTC) + timedelta(seconds=s) for s in range(0, 100, 7))
    auth = SystemContextAuth(system_id, key, clock=lambda: next(ticks))
    sent: list[dict[str, str]] = []

    class Recording(httpx.HTTPTransport):
        def handle_request(self, request: httpx.Request) -> httpx.Response:
            sent.append(dict(request.headers))  # as on the wire for this attempt
            return super().handle_request(request)

    sim.state.faults.add("status", status=503, times=2, path_prefix=f"/api/systems/{system_id}")
    v1 = jcapiv1.connect(auth=auth, base_url=sim.url + "/api", retry=FAST, transport=Recording())
    me = systems_get.sync(system_id, client=v1)
    assert me is not None and me.field_id == system_id
    dates = [headers["date"] for headers in sent]
    signatures = [headers["authorization"] for headers in sent]
    assert len(sent) == 3 and len(set(dates)) == 3 and len(set(signatures)) == 3


def test_connect_as_system_reads_the_agent_files(
    sim: jcsim.RunningSim, system: tuple[str, rsa.RSAPrivateKey], tmp_path: Path
) -> None:
    system_id, key = system
    conf, key_file = tmp_path / "jcagent.conf", tmp_path / "client.key"
    conf.write_text(json.dumps({"systemKey": system_id}))
    key_file.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.TraditionalOpenSSL, serialization.NoEncryption()
        )
    )
    client, found_id = jcapiv2.connect_as_system(conf, key_file, base_url=sim.url + "/api/v2")
    assert found_id == system_id
    assert graph_system_member_of.sync(system_id, client=client) is not None
    assert "BEGIN" not in repr(client) and "PRIVATE" not in repr(client)
