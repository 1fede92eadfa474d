"""Seeded, realistic records shaped like JumpCloud's (v1 system users and systems, v2 groups).

Everything here is a pure function of the seed and a counter, so equal seeds give equal data.
"""

from __future__ import annotations

import hashlib
import random
from datetime import datetime, timedelta
from typing import Any

from jcsim.clock import iso

FIRST_NAMES = (
    "Ada", "Alan", "Grace", "Linus", "Margaret", "Ken", "Barbara", "Dennis", "Frances", "John",
    "Radia", "Tim", "Katherine", "Donald", "Hedy", "Edsger", "Sophie", "Vint", "Shafi", "Niklaus",
    "Anita", "Bjarne", "Joan", "Guido", "Mary",
)  # fmt: skip
LAST_NAMES = (
    "Lovelace", "Turing", "Hopper", "Torvalds", "Hamilton", "Thompson", "Liskov", "Ritchie",
    "Allen", "McCarthy", "Perlman", "Berners-Lee", "Johnson", "Knuth", "Lamarr", "Dijkstra",
    "Wilson", "Cerf", "Goldwasser", "Wirth", "Borg", "Stroustrup", "Clarke", "van Rossum", "Keller",
)  # fmt: skip
DEPARTMENTS = ("Engineering", "Finance", "Sales", "Support", "Marketing", "IT", "Legal")
TITLES = ("Engineer", "Analyst", "Manager", "Specialist", "Director", "Administrator")
LOCATIONS = ("Boulder", "Denver", "London", "Bangalore", "Remote")
USER_GROUP_NAMES = ("All Staff", "Engineering", "Finance", "Sales", "IT Admins")
SYSTEM_GROUP_NAMES = ("All Laptops", "Linux Servers", "macOS Fleet")
SYSTEM_SPECS = (
    ("Linux", "Ubuntu", "22.04", "x86_64", "linux"),
    ("Mac OS X", "macOS", "14.4", "arm64", "darwin"),
    ("Windows", "Windows 11 Pro", "10.0.22631", "x64", "windows"),
    ("Linux", "Debian", "12", "x86_64", "linux"),
)


def object_id(seed: int, kind: str, n: int) -> str:
    """A 24-hex-character Mongo-style id derived from the seed, a kind and a counter."""
    return hashlib.sha256(f"{seed}:{kind}:{n}".encode()).hexdigest()[:24]


def user_record(seed: int, n: int, created: datetime) -> dict[str, Any]:
    """The n-th seeded system user (v1 ``systemuserreturn`` shape)."""
    rng = random.Random(f"{seed}:user:{n}")  # noqa: S311 - seeded test data, not crypto
    first = FIRST_NAMES[n % len(FIRST_NAMES)]
    last = LAST_NAMES[(n * 7 + seed) % len(LAST_NAMES)]
    base = f"{first}.{last}".lower().replace(" ", "").replace("-", "")
    username = base if n < len(FIRST_NAMES) else f"{base}{n}"
    return new_user(
        seed,
        n,
        {
            "username": username,
            "email": f"{username}@example.com",
            "firstname": first,
            "lastname": last,
            "department": rng.choice(DEPARTMENTS),
            "jobTitle": rng.choice(TITLES),
            "location": rng.choice(LOCATIONS),
            "employeeIdentifier": f"E{10000 + n}",
        },
        created - timedelta(days=rng.randint(1, 900), seconds=rng.randint(0, 86399)),
    )


def new_user(seed: int, n: int, fields: dict[str, Any], created: datetime) -> dict[str, Any]:
    """A complete system user record from caller-supplied fields plus server defaults."""
    first = str(fields.get("firstname", ""))
    last = str(fields.get("lastname", ""))
    record: dict[str, Any] = {
        "_id": object_id(seed, "user", n),
        "account_locked": False,
        "activated": True,
        "addresses": [],
        "allow_public_key": True,
        "attributes": [],
        "badLoginAttempts": 0,
        "company": "Example Corp",
        "costCenter": "",
        "created": iso(created),
        "creationSource": "jumpcloud:admin",
        "department": "",
        "displayname": f"{first} {last}".strip(),
        "email": "",
        "employeeIdentifier": "",
        "employeeType": "Full-time",
        "enable_managed_uid": False,
        "enable_user_portal_multifactor": False,
        "externally_managed": False,
        "firstname": first,
        "jobTitle": "",
        "lastname": last,
        "ldap_binding_user": False,
        "location": "",
        "mfa": {"configured": False, "exclusion": False},
        "middlename": "",
        "organization": "",
        "password_expired": False,
        "password_never_expires": False,
        "passwordless_sudo": False,
        "phoneNumbers": [],
        "samba_service_user": False,
        "ssh_keys": [],
        "state": "ACTIVATED",
        "sudo": False,
        "suspended": False,
        "totp_enabled": False,
        "unix_guid": 5000 + n,
        "unix_uid": 5000 + n,
        "username": "",
    }
    for key, value in fields.items():
        if key in ("password", "_id", "id"):
            continue
        record[key] = value
    return record


def system_record(seed: int, n: int, created: datetime) -> dict[str, Any]:
    """The n-th seeded system (v1 ``JcSystem`` shape)."""
    rng = random.Random(f"{seed}:system:{n}")  # noqa: S311 - seeded test data, not crypto
    os_family, os_name, version, arch, family = SYSTEM_SPECS[n % len(SYSTEM_SPECS)]
    hostname = f"{family}-{n + 1:03d}.example.com"
    return {
        "_id": object_id(seed, "system", n),
        "active": True,
        "agentVersion": "1.150.0",
        "allowMultiFactorAuthentication": False,
        "allowPublicKeyAuthentication": True,
        "allowSshPasswordAuthentication": False,
        "allowSshRootLogin": False,
        "arch": arch,
        "attributes": [],
        "created": iso(created - timedelta(days=rng.randint(30, 400))),
        "desktopCapable": family != "linux",
        "displayName": hostname.split(".")[0],
        "hostname": hostname,
        "lastContact": iso(created - timedelta(minutes=rng.randint(1, 600))),
        "modifySSHDConfig": False,
        "networkInterfaces": [
            {"address": f"10.0.{n // 250}.{n % 250 + 2}", "family": "IPv4", "internal": False, "name": "eth0"}
        ],
        "organization": "",
        "os": os_name,
        "osFamily": family,
        "remoteIP": f"203.0.113.{n % 250 + 2}",
        "serialNumber": f"SN{rng.randint(10**9, 10**10 - 1)}",
        "sshRootEnabled": False,
        "systemTimezone": 0,
        "templateName": f"{family}-{os_family.replace(' ', '-').lower()}",
        "version": version,
    }


def group_record(seed: int, kind: str, n: int, name: str) -> dict[str, Any]:
    """A v2 ``UserGroup`` (kind ``user_group``) or ``SystemGroup`` (kind ``system_group``).

    As real organisations answer (jumpcloud-api-notes.md): system groups and every other user
    group have ``"attributes": null``, which the descriptions do not allow.
    """
    record: dict[str, Any] = {
        "id": object_id(seed, kind, n),
        "name": name,
        "type": kind,
        "attributes": None,
        "description": f"{name} ({'users' if kind == 'user_group' else 'devices'})",
        "email": "",
        "membershipMethod": "STATIC",
    }
    if kind == "user_group" and n % 2 == 0:
        record["attributes"] = {"sudo": {"enabled": False, "withoutPassword": False}}
    return record


#: A group kind JumpCloud answers in ``GET /groups`` that no description lists yet.
UNLISTED_GROUP_TYPE = "agent_group"
#: A report status no description lists yet (a seeded old report carries it).
UNLISTED_REPORT_STATUS = "ARCHIVED"

#: Seeded v1 applications (``GET /applications``): real ones carry ``"color": null``.
APPLICATIONS = (
    ("Slack", "saml", "#202D38"),
    ("Zoom", "saml", None),
    ("GitHub", "oidc", None),
)


def application_record(seed: int, n: int, name: str, sso_type: str, color: str | None) -> dict[str, Any]:
    """A v1 ``Application`` as a real organisation returns it (``color`` may be null)."""
    return {
        "_id": object_id(seed, "application", n),
        "name": name.lower(),
        "displayName": name,
        "displayLabel": name,
        "ssoUrl": f"https://sso.jumpcloud.com/saml2/{name.lower()}",
        "organization": "",
        "active": True,
        "beta": False,
        "color": color,
        "config": {},
        "learnMore": "",
        "sso": {"type": sso_type},
    }
