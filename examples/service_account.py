"""A service account instead of an admin's key: OAuth 2.0 client credentials (``ServiceAccountAuth``).

python examples/service_account.py   # the simulator; against your org set JUMPCLOUD_CLIENT_ID and
                                     # JUMPCLOUD_CLIENT_SECRET (and JUMPCLOUD_API_KEY for the sandbox)
"""

from __future__ import annotations

import os
import time

from _sandbox import Sandbox, sandbox

import jcapiv1
import jcapiv2
from jcapiv1.api.systemusers import systemusers_list
from jcapiv2.api.user_groups import groups_user_list


def credentials(box: Sandbox) -> tuple[str, str, str | None]:
    """(client id, secret, token URL): the simulator's own account, or yours from the environment."""
    if box.sim is None:
        return os.environ["JUMPCLOUD_CLIENT_ID"], os.environ["JUMPCLOUD_CLIENT_SECRET"], None
    import jcsim

    return jcsim.DEFAULT_CLIENT_ID, jcsim.DEFAULT_CLIENT_SECRET, box.sim.token_url


def run(box: Sandbox) -> None:
    """One token shared by v1 and v2, renewed when it expires; refused credentials are a typed error."""
    client_id, secret, token_url = credentials(box)
    auth = jcapiv2.ServiceAccountAuth(client_id, secret, token_url=token_url)
    v2 = jcapiv2.connect(auth=auth, **box.location("v2"))
    v1 = jcapiv1.connect(auth=auth, **box.location("v1"))
    groups = groups_user_list.sync(client=v2, limit=3) or []
    page = systemusers_list.sync(client=v1, limit=3)
    users = page.results if page is not None and isinstance(page.results, list) else []
    print(f"as service account {client_id!r}: groups {[g.name for g in groups]}, users {[u.username for u in users]}")
    print(f"one token for both packages: {auth.tokens_fetched} token request, {auth!r}")
    if box.sim is not None:
        box.sim.state.token_lifetime = 1.0  # tokens issued from now on live one second
        expiring = jcapiv2.ServiceAccountAuth(client_id, secret, token_url=token_url)
        short = jcapiv2.connect(auth=expiring, **box.location("v2"))
        groups_user_list.sync(client=short, limit=1)
        time.sleep(1.1)
        groups_user_list.sync(client=short, limit=1)
        print(f"a 1-second token was renewed before use: {expiring.tokens_fetched} token requests")
        box.sim.state.token_lifetime = 3600.0
    wrong = jcapiv2.ServiceAccountAuth(client_id, "not-the-secret", token_url=token_url)
    try:
        groups_user_list.sync(client=jcapiv2.connect(auth=wrong, **box.location("v2")), limit=1)
    except jcapiv2.errors.AuthenticationError as exc:
        print(f"a wrong secret: {type(exc).__name__}: {str(exc)[:90]}...")


if __name__ == "__main__":
    with sandbox() as box:
        run(box)
