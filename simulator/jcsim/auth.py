"""Authentication as JumpCloud checks it: admin API keys (``x-api-key``, with ``x-org-id`` for
multi-tenant keys), service-account bearer tokens (``Authorization: Bearer``, wherever a key is
accepted) and System Context HTTP signatures on the routes that accept them."""

from __future__ import annotations

import base64
import binascii
import re
from dataclasses import dataclass
from datetime import UTC
from email.utils import parsedate_to_datetime
from typing import TYPE_CHECKING

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import padding

from jcsim.signing import signing_string

if TYPE_CHECKING:
    from jcsim.state import SimState

ORG_ID_RE = re.compile(r"^[0-9a-f]{24}$")
IMF_FIXDATE_RE = re.compile(
    r"^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) "
    r"\d{4} \d{2}:\d{2}:\d{2} GMT$"
)
PARAM_RE = re.compile(r'(\w+)="([^"]*)"')

# (method set, path pattern); group 1 is the system id when the path names one.
SYSTEM_CONTEXT_ROUTES: tuple[tuple[frozenset[str], re.Pattern[str]], ...] = (
    (frozenset({"GET", "PUT", "DELETE"}), re.compile(r"^/api/systems/([^/]+)$")),
    (frozenset({"GET"}), re.compile(r"^/api/v2/systems/([^/]+)/(?:memberof|users|usergroups)$")),
    (frozenset({"GET", "POST"}), re.compile(r"^/api/v2/systems/([^/]+)/associations$")),
    (frozenset({"POST"}), re.compile(r"^/api/v2/systemgroups/[^/]+/members$")),
)


@dataclass(frozen=True)
class Denied:
    """An authentication failure: status and message."""

    status: int
    message: str


@dataclass(frozen=True)
class ApiKey:
    """A configured admin key: single-tenant (``org_id``) or multi-tenant (``org_ids``)."""

    key: str
    org_id: str | None = None
    org_ids: frozenset[str] = frozenset()

    @property
    def multi_tenant(self) -> bool:
        """Whether the key belongs to an MSP admin (needs ``x-org-id``)."""
        return self.org_id is None


def system_context_route(method: str, path: str) -> tuple[bool, str | None]:
    """Whether the route accepts System Context auth, and the system id in its path if any."""
    for methods, pattern in SYSTEM_CONTEXT_ROUTES:
        match = pattern.match(path)
        if match and method in methods:
            return True, match.group(1) if match.groups() else None
    return False, None


def check_api_key(state: SimState, key: str | None, org_id: str | None) -> Denied | str:
    """The org the request acts for, or why it is denied."""
    if not key:
        return Denied(401, "Unauthorized: missing x-api-key")
    config = state.api_keys.get(key)
    if config is None:
        return Denied(401, "Unauthorized")
    if not config.multi_tenant:
        assert config.org_id is not None
        return check_org(config.org_id, org_id)
    if org_id is not None and not ORG_ID_RE.match(org_id):
        return Denied(400, f"invalid x-org-id {org_id!r}")
    if org_id is None:
        return Denied(401, "Unauthorized: x-org-id header is required for this administrator")
    if org_id not in config.org_ids:
        return Denied(404, "organization not found")
    return org_id


def check_org(own_org: str, org_id: str | None) -> Denied | str:
    """A single-org caller's org, unless ``x-org-id`` is malformed (400) or names another org (404)."""
    if org_id is not None and not ORG_ID_RE.match(org_id):
        return Denied(400, f"invalid x-org-id {org_id!r}")
    if org_id is not None and org_id != own_org:
        return Denied(404, "organization not found")
    return own_org


def bearer_token(authorization: str) -> str | None:
    """The token of an ``Authorization: Bearer`` header (scheme case-insensitive), else ``None``."""
    scheme, _, token = authorization.strip().partition(" ")
    return token.strip() if scheme.lower() == "bearer" else None


def check_bearer(state: SimState, token: str, org_id: str | None) -> Denied | str:
    """The org a service-account token acts for, or why it is denied (unknown or expired: 401
    with the bad-key answer)."""
    account = state.token_account(token) if token else None
    if account is None:
        return Denied(401, "Unauthorized")
    return check_org(account.org_id, org_id)


def verify_signature(state: SimState, method: str, target: str, authorization: str, date: str | None) -> Denied | str:
    """Verify a System Context signature; return the signing system id or why it is denied."""
    params: dict[str, str] = dict(PARAM_RE.findall(authorization.removeprefix("Signature").strip()))
    key_id = params.get("keyId", "")
    if not key_id.startswith("system/"):
        return Denied(401, "Unauthorized: keyId must be system/<id>")
    system_id = key_id.removeprefix("system/")
    if params.get("algorithm", "rsa-sha256").lower() != "rsa-sha256":
        return Denied(401, "Unauthorized: unsupported algorithm")
    if params.get("headers", "request-line date").lower().split() != ["request-line", "date"]:
        return Denied(401, "Unauthorized: signed headers must be 'request-line date'")
    if date is None or not IMF_FIXDATE_RE.match(date):
        return Denied(401, "Unauthorized: missing or malformed Date header")
    sent = parsedate_to_datetime(date).replace(tzinfo=UTC)
    skew = abs((state.clock().astimezone(UTC) - sent).total_seconds())
    if skew > state.max_clock_skew:
        return Denied(401, "Unauthorized: Date header outside the allowed clock skew")
    public_key = state.system_keys.get(system_id)
    if public_key is None:
        return Denied(401, "Unauthorized: unknown system")
    try:
        signature = base64.b64decode(params.get("signature", ""), validate=True)
        public_key.verify(signature, signing_string(method, target, date), padding.PKCS1v15(), hashes.SHA256())
    except (InvalidSignature, binascii.Error, ValueError):
        return Denied(401, "Unauthorized: signature verification failed")
    return system_id
