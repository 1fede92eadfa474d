"""The old jcapi-python README's examples, the modern way: list users, update one, list user groups.

python examples/users_and_groups.py        # simulator, or your org with JUMPCLOUD_API_KEY set
"""

from __future__ import annotations

from _sandbox import Sandbox, sandbox

import jcapiv1
import jcapiv2
from jcapiv1.api.systemusers import systemusers_list, systemusers_put
from jcapiv1.models import SystemUserPut
from jcapiv2.api.user_groups import groups_user_list


def run(box: Sandbox) -> None:
    """List system users (v1), update the first one's last name, list user groups (v2)."""
    v1 = jcapiv1.connect(**box.connect_args("v1"))
    page = systemusers_list.sync(client=v1, limit=5, sort="username")
    assert page is not None and page.results
    print(f"{page.total_count} system users; the first {len(page.results)}:")
    for user in page.results:
        print(f"  {user.username:<20} {user.email}")

    first = page.results[0]
    assert isinstance(first.field_id, str)
    updated = systemusers_put.sync(
        first.field_id, client=v1, body=SystemUserPut(email=first.email, username=first.username, lastname="Updated")
    )
    assert updated is not None
    print(f"updated {updated.username}: lastname is now {updated.lastname!r}")

    v2 = jcapiv2.connect(**box.connect_args("v2"))
    groups = groups_user_list.sync(client=v2, limit=100) or []
    print(f"{len(groups)} user groups: " + ", ".join(group.name or "?" for group in groups))
    # Real answers carry "attributes": null, which the description does not allow: the tolerant reader
    # keeps the records (tolerance.strict() would raise instead; see the README).
    without = sum(1 for group in groups if group.attributes is None)
    print(f"  {without} of them arrived with attributes: null (kept as None)")


if __name__ == "__main__":
    with sandbox() as box:
        run(box)
