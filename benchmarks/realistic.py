"""Real-shaped records for the per-call and parsing benchmarks (issue 15).

``make bench`` used to measure flat records (a group with six scalar fields). Real organisations
answer richer ones, and these are what the SDK must be fast on:

* a v2 user group with every attribute JumpCloud documents (``GroupAttributesUserGroup``: sudo,
  LDAP groups, POSIX groups, RADIUS reply attributes, Samba), a dynamic member query with filters,
  member-query exemptions, suggestion counts and error flags; as real data has them, some groups
  carry ``null`` where the description does not allow it (``attributes``, ``organizationObjectId``)
  and one field no description lists yet;
* a v1 system user with custom attributes, addresses, phone numbers, SSH keys, MFA state, a
  manager and recovery email (``systemuserreturn``; the flat fields come from the simulator).

Deterministic (seeded by the record number), so two runs measure the same bytes.

Example::

    from benchmarks.realistic import user_group, system_user
    group = user_group(3)           # a dict as JumpCloud answers it
"""

from __future__ import annotations

import random
from typing import Any

DEPARTMENTS = ("Engineering", "Finance", "Sales", "Support", "Legal", "IT")


def _object_id(rng: random.Random) -> str:
    return "".join(rng.choice("0123456789abcdef") for _ in range(24))


def user_group(n: int, base: dict[str, Any] | None = None) -> dict[str, Any]:
    """The n-th real-shaped v2 user group (``base``: the simulator's flat record, kept where set)."""
    rng = random.Random(f"group:{n}")
    name = (base or {}).get("name") or f"Group {n:04d}"
    group: dict[str, Any] = {
        "id": (base or {}).get("id") or _object_id(rng),
        "name": name,
        "type": "user_group",
        "description": f"{name}: {rng.choice(DEPARTMENTS)} access (managed by IT)",
        "email": f"group-{n}@example.com",
        "membershipMethod": rng.choice(("STATIC", "DYNAMIC_AUTOMATED", "DYNAMIC_REVIEW_REQUIRED")),
        "memberSuggestionsNotify": bool(n % 2),
        "organizationObjectId": None if n % 5 == 0 else _object_id(rng),
        "attributes": {
            "sudo": {"enabled": bool(n % 3), "withoutPassword": False},
            "ldapGroups": [{"name": f"ldap-{n}-{i}"} for i in range(2)],
            "posixGroups": [{"id": 5000 + n * 3 + i, "name": f"posix-{n}-{i}"} for i in range(3)],
            "radius": {
                "reply": [
                    {"name": "Tunnel-Type", "value": "VLAN"},
                    {"name": "Tunnel-Medium-Type", "value": "IEEE-802"},
                    {"name": "Tunnel-Private-Group-Id", "value": str(100 + n % 50)},
                ]
            },
            "sambaEnabled": bool(n % 4 == 0),
        },
        "memberQuery": {
            "queryType": "FilterQuery",
            "filters": [
                {"field": "department", "operator": "eq", "value": rng.choice(DEPARTMENTS)},
                {"field": "employeeType", "operator": "eq", "value": "Full-time"},
            ],
        },
        "memberQueryExemptions": [
            {"id": _object_id(rng), "type": "USER", "organizationId": _object_id(rng)} for _ in range(2)
        ],
        "memberQueryErrorFlags": [] if n % 7 else ["INVALID_GROUP_REFERENCE"],
        "suggestionCounts": {"add": n % 4, "remove": n % 2, "total": n % 4 + n % 2},
        "provisioningHint": {"source": "scim", "lastSync": "2026-11-02T10:00:00Z"},  # listed nowhere yet
    }
    if n % 10 == 0:
        group["attributes"] = None  # as JumpCloud answers groups without attributes
    return group


def system_user(n: int, base: dict[str, Any]) -> dict[str, Any]:
    """The simulator's n-th v1 user ``base`` with the nested data real users carry."""
    rng = random.Random(f"user:{n}")
    user = dict(base)
    user["attributes"] = [
        {"name": "costCenter", "value": f"CC-{100 + n % 40}"},
        {"name": "badgeNumber", "value": str(70000 + n)},
        {"name": "shell", "value": "/bin/zsh"},
    ]
    user["addresses"] = [
        {
            "id": _object_id(rng),
            "type": kind,
            "poBox": "",
            "extendedAddress": "Suite 200",
            "streetAddress": f"{100 + n} Pearl St",
            "locality": "Boulder",
            "region": "CO",
            "postalCode": "80302",
            "country": "US",
        }
        for kind in ("work", "home")
    ]
    user["phoneNumbers"] = [
        {"id": _object_id(rng), "type": kind, "number": f"+1 303 555 {n % 10000:04d}"} for kind in ("work", "mobile")
    ]
    user["ssh_keys"] = [
        {
            "_id": _object_id(rng),
            "name": "laptop",
            "public_key": "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + _object_id(rng) + " user@laptop",
            "create_date": "2025-03-04T05:06:07.000Z",
        }
    ]
    user["mfa"] = {"configured": bool(n % 2), "exclusion": False, "exclusionUntil": None}
    user["mfaEnrollment"] = {"overallStatus": "ENROLLED", "pushStatus": "ENROLLED", "totpStatus": "NOT_ENROLLED"}
    user["manager"] = _object_id(rng) if n % 3 else None
    user["recoveryEmail"] = {"address": f"recovery{n}@example.net", "verified": bool(n % 2)}
    user["alternateEmail"] = None
    user["description"] = f"{user.get('jobTitle', 'Staff')} in {user.get('department', 'IT')}"
    return user
