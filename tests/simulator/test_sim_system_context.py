"""System Context signatures: accepted for a system acting on itself, rejected otherwise."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import httpx
import pytest
from cryptography.hazmat.primitives.asymmetric import rsa

import jcsim
from jcsim.signing import generate_keypair, sign_headers


@pytest.fixture(scope="module")
def keys() -> tuple[rsa.RSAPrivateKey, str, rsa.RSAPrivateKey, str]:
    """Two RSA key pairs (generated once: key generation is slow)."""
    return (*generate_keypair(), *generate_keypair())


@pytest.fixture
def systems(
    sim: jcsim.RunningSim, keys: tuple[rsa.RSAPrivateKey, str, rsa.RSAPrivateKey, str]
) -> Iterator[tuple[str, str]]:
    """Two registered systems: one seeded (via the Python API), one new (via the control route)."""
    first = next(iter(sim.state.systems))
    sim.state.register_system(first, keys[1], hostname="agent-1.example.com")
    second = "abcdefabcdefabcdefabcdef"
    control = httpx.post(sim.url + "/_sim/systems", json={"system_id": second, "public_key_pem": keys[3]})
    assert control.status_code == 201
    yield first, second


def signed(
    sim: jcsim.RunningSim,
    key: rsa.RSAPrivateKey,
    system_id: str,
    method: str,
    target: str,
    *,
    sign_target: str | None = None,
    skew: float = 0,
    json: object = None,
) -> httpx.Response:
    when = sim.state.clock() + timedelta(seconds=skew)
    headers = sign_headers(key, system_id, method, sign_target or target, when)
    return httpx.request(method, sim.url + target, headers=headers, json=json)


def test_signed_requests_for_itself_are_accepted(
    sim: jcsim.RunningSim, keys: tuple[rsa.RSAPrivateKey, str, rsa.RSAPrivateKey, str], systems: tuple[str, str]
) -> None:
    key, sid = keys[0], systems[0]
    got = signed(sim, key, sid, "GET", f"/api/systems/{sid}")
    assert got.status_code == 200 and got.json()["hostname"] == "agent-1.example.com"
    assert signed(sim, key, sid, "PUT", f"/api/systems/{sid}", json={"displayName": "me"}).json()["displayName"] == "me"
    for suffix in ("memberof", "users", "usergroups"):
        assert signed(sim, key, sid, "GET", f"/api/v2/systems/{sid}/{suffix}?limit=5").status_code == 200
    target = f"/api/v2/systems/{sid}/associations?targets=user_group"
    assert signed(sim, key, sid, "GET", target).status_code == 200
    group = list(sim.state.system_groups)[-1]
    body = {"op": "add", "type": "system", "id": sid}
    member = signed(sim, key, sid, "POST", f"/api/v2/systemgroups/{group}/members", json=body)
    assert member.status_code == 204 and sid in sim.state.system_group_members[group]
    assert sim.state.requests_to("POST", f"/api/v2/systemgroups/{group}/members")[0].headers["authorization"] == (
        "<redacted>"
    )


def test_rejections(
    sim: jcsim.RunningSim, keys: tuple[rsa.RSAPrivateKey, str, rsa.RSAPrivateKey, str], systems: tuple[str, str]
) -> None:
    key, other_key = keys[0], keys[2]
    sid, other = systems
    path = f"/api/v2/systems/{sid}/memberof?limit=5"
    tampered = signed(sim, key, sid, "GET", path, sign_target=f"/api/v2/systems/{sid}/memberof?limit=6")
    assert tampered.status_code == 401
    assert signed(sim, key, sid, "GET", path, skew=-301).status_code == 401  # stale Date
    assert signed(sim, key, sid, "GET", path, skew=-290).status_code == 200  # within 5 minutes
    assert signed(sim, other_key, sid, "GET", path).status_code == 401  # wrong key
    assert signed(sim, other_key, other, "GET", path).status_code == 401  # other system's path
    assert signed(sim, key, sid, "GET", f"/api/systems/{other}").status_code == 401
    group = next(iter(sim.state.system_groups))
    body = {"op": "add", "type": "system", "id": other}
    assert signed(sim, key, sid, "POST", f"/api/v2/systemgroups/{group}/members", json=body).status_code == 401
    assert signed(sim, key, sid, "GET", "/api/systemusers").status_code == 401  # not a System Context route
    headers = sign_headers(key, sid, "GET", path, sim.state.clock())
    headers["Date"] = sim.state.clock().isoformat()  # not an IMF-fixdate
    assert httpx.get(sim.url + path, headers=headers).status_code == 401


def test_raw_target_is_verified_as_received(
    sim: jcsim.RunningSim, keys: tuple[rsa.RSAPrivateKey, str, rsa.RSAPrivateKey, str], systems: tuple[str, str]
) -> None:
    sid = systems[0]
    target = f"/api/v2/systems/{sid}/associations?targets=user%5Fgroup"  # %5F stays encoded
    assert signed(sim, keys[0], sid, "GET", target).status_code == 200
    decoded = signed(
        sim, keys[0], sid, "GET", target, sign_target=f"/api/v2/systems/{sid}/associations?targets=user_group"
    )
    assert decoded.status_code == 401
