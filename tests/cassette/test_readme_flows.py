"""The old jcapi-python README's examples and the System Context example, from cassettes."""

from __future__ import annotations

import pytest

import jcapiv1
import jcapiv2
from jcapiv1.api.systems import systems_get, systems_put
from jcapiv1.api.systemusers import systemusers_list, systemusers_put
from jcapiv1.models import System, SystemPut, SystemUserPut, SystemUserReturn, SystemUsersList
from jcapiv2.api.graph import graph_system_member_of
from jcapiv2.api.user_groups import groups_user_list
from jcapiv2.models import GraphObjectWithPaths, UserGroup
from jcapiv2.system_context import SystemContextAuth
from jcsim.signing import generate_keypair

from .conftest import Target


@pytest.mark.vcr
def test_list_users(target: Target) -> None:
    client = jcapiv1.connect(**target.connect_args("v1"))
    page = systemusers_list.sync(client=client, limit=10, skip=0, sort="username")
    assert isinstance(page, SystemUsersList) and page.results
    assert isinstance(page.total_count, int) and page.total_count >= len(page.results) == 10
    assert all(isinstance(user, SystemUserReturn) and "@" in (user.email or "") for user in page.results)
    assert [u.username for u in page.results] == sorted(u.username or "" for u in page.results)


@pytest.mark.vcr
def test_update_user(target: Target) -> None:
    client = jcapiv1.connect(**target.connect_args("v1"))
    page = systemusers_list.sync(client=client, limit=1, sort="username")
    assert page is not None and page.results
    user = page.results[0]
    assert isinstance(user.field_id, str)
    body = SystemUserPut(email=user.email, username=user.username, lastname="Updated Last Name")
    updated = systemusers_put.sync(user.field_id, client=client, body=body)
    assert isinstance(updated, SystemUserReturn)
    assert updated.field_id == user.field_id and updated.lastname == "Updated Last Name"


@pytest.mark.vcr
def test_list_user_groups(target: Target) -> None:
    client = jcapiv2.connect(**target.connect_args("v2"))
    groups = groups_user_list.sync(client=client, limit=100)
    assert groups and all(isinstance(group, UserGroup) and group.id and group.name for group in groups)


def _system_auth(target: Target) -> tuple[SystemContextAuth, str]:
    """A fresh agent key for the simulator's first system (registered when recording)."""
    if target.state is None:
        pytest.skip("System Context against a real org needs a managed system's agent files")
    system_id = next(iter(target.state.systems))
    key, public = generate_keypair()
    if target.sim is not None:
        target.state.register_system(system_id, public)
    return SystemContextAuth(system_id, key, clock=target.state.clock), system_id


@pytest.mark.vcr
def test_system_context_member_of_and_self_update(target: Target) -> None:
    auth, system_id = _system_auth(target)
    v2 = jcapiv2.connect(auth=auth, **target.location("v2"))
    groups = graph_system_member_of.sync(system_id, client=v2)
    assert groups and all(isinstance(g, GraphObjectWithPaths) and g.type_ == "system_group" for g in groups)

    v1 = jcapiv1.connect(auth=auth, **target.location("v1"))
    me = systems_get.sync(system_id, client=v1)
    assert isinstance(me, System) and me.field_id == system_id
    renamed = systems_put.sync(system_id, client=v1, body=SystemPut(display_name="kiosk-7"))
    assert isinstance(renamed, System) and renamed.display_name == "kiosk-7"
