"""Simulator state: seeded directory data, API keys, service accounts and their tokens,
registered system keys, bulk jobs, reports, events, the request log and fault rules. One
``SimState`` backs one app."""

from __future__ import annotations

import math
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any
from urllib.parse import parse_qsl, urlencode

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

from jcsim import data, jobs, reports
from jcsim import events as event_store
from jcsim.auth import ORG_ID_RE, ApiKey
from jcsim.clock import SimClock
from jcsim.errors import ApiError
from jcsim.faults import FaultSet
from jcsim.oauth import ServiceAccount, TokenStore

DEFAULT_API_KEY = "jcsim-admin-key-0123456789abcdef"
MSP_API_KEY = "jcsim-msp-key-fedcba9876543210"
DEFAULT_CLIENT_ID = "jcsim-service-account"
DEFAULT_CLIENT_SECRET = "jcsim-client-secret-0123456789abcdef"  # noqa: S105 (the simulator's own)
DEFAULT_ORG_ID = "5f1e0c2a9b8d7e6f5a4b3c2d"
MSP_ORG_IDS = (DEFAULT_ORG_ID, "5f1e0c2a9b8d7e6f5a4b3c2e")
ADMIN_ID = "5f1e0c2a9b8d7e6f5a4b3c01"
ADMIN_EMAIL = "admin@example.com"
REDACTED_HEADERS = frozenset({"x-api-key", "authorization", "cookie"})
REDACTED_QUERY = frozenset({"client_secret", "access_token", "refresh_token", "password"})


@dataclass(frozen=True)
class RequestRecord:
    """One received request (secrets redacted)."""

    method: str
    path: str
    query: str
    headers: dict[str, str]
    time: datetime

    def to_json(self) -> dict[str, Any]:
        """JSON-able form for the control route."""
        return {
            "method": self.method,
            "path": self.path,
            "query": self.query,
            "headers": self.headers,
            "time": self.time.isoformat(),
        }


class SimState:
    """All mutable simulator data; equal seeds (and clocks) give identical responses."""

    def __init__(
        self,
        seed: int = 0,
        clock: Callable[[], datetime] | None = None,
        *,
        users: int = 25,
        systems: int = 4,
        events: int = 300,
        records_per_step: int = 2,
        report_rows: int = 100,
        report_size_bytes: int | None = None,
        report_fail_types: Iterable[str] = (),
        report_ttl: timedelta = timedelta(days=7),
        max_clock_skew: float = 300.0,
        token_lifetime: float = 3600.0,
    ) -> None:
        self.seed = seed
        self.clock: Callable[[], datetime] = clock or SimClock()
        self.lock = threading.RLock()
        self.records_per_step = records_per_step
        self.report_rows = report_rows
        self.report_size_bytes = report_size_bytes
        self.report_fail_types: set[str] = set(report_fail_types)
        self.fail_next_reports = 0
        self.report_ttl = report_ttl
        self.max_clock_skew = max_clock_skew
        self.token_lifetime = token_lifetime
        self.tokens = TokenStore()
        self.faults = FaultSet()
        self.requests: list[RequestRecord] = []
        self.api_keys: dict[str, ApiKey] = {
            DEFAULT_API_KEY: ApiKey(DEFAULT_API_KEY, org_id=DEFAULT_ORG_ID),
            MSP_API_KEY: ApiKey(MSP_API_KEY, org_ids=frozenset(MSP_ORG_IDS)),
        }
        self.service_accounts: dict[str, ServiceAccount] = {
            DEFAULT_CLIENT_ID: ServiceAccount(DEFAULT_CLIENT_ID, DEFAULT_CLIENT_SECRET, DEFAULT_ORG_ID),
        }
        self._initial_accounts = dict(self.service_accounts)
        self._sizes = (users, systems, events)
        self._knobs = self.knobs()
        self._populate()

    # ----------------------------------------------------------------- setup
    def _populate(self) -> None:
        n_users, n_systems, n_events = self._sizes
        now = self.clock()
        self._counters: dict[str, int] = {}
        self.users: dict[str, dict[str, Any]] = {}
        self.systems: dict[str, dict[str, Any]] = {}
        self.system_keys: dict[str, rsa.RSAPublicKey] = {}
        self.user_groups: dict[str, dict[str, Any]] = {}
        self.system_groups: dict[str, dict[str, Any]] = {}
        self.user_group_members: dict[str, list[str]] = {}
        self.system_group_members: dict[str, list[str]] = {}
        self.system_associations: dict[str, list[tuple[str, str]]] = {}
        self.jobs: dict[str, jobs.Job] = {}
        self.reports: dict[str, reports.Report] = {}
        self.applications: list[dict[str, Any]] = []
        self.add_users(n_users)
        for name in data.USER_GROUP_NAMES:
            self.add_user_group(name)
        for name in data.SYSTEM_GROUP_NAMES:
            group = data.group_record(self.seed, "system_group", self._next("system_group"), name)
            self.system_groups[group["id"]] = group
            self.system_group_members[group["id"]] = []
        ugroups, sgroups = list(self.user_groups), list(self.system_groups)
        for i, uid in enumerate(self.users):
            self.user_group_members[ugroups[0]].append(uid)
            self.user_group_members[ugroups[1 + i % (len(ugroups) - 1)]].append(uid)
        for j in range(n_systems):
            system = data.system_record(self.seed, self._next("system"), now)
            system["organization"] = DEFAULT_ORG_ID
            sid = system["_id"]
            self.systems[sid] = system
            self.system_group_members[sgroups[j % len(sgroups)]].append(sid)
            assoc = [("user_group", ugroups[1 + j % (len(ugroups) - 1)])]
            user_ids = list(self.users)
            if user_ids:
                assoc.append(("user", user_ids[j % len(user_ids)]))
            self.system_associations[sid] = assoc
        usernames = [u["username"] for u in self.users.values()]
        self.events = event_store.generate(self.seed, n_events, now, usernames, DEFAULT_ORG_ID)
        self.applications = [data.application_record(self.seed, n, *spec) for n, spec in enumerate(data.APPLICATIONS)]
        # An old report whose status no description lists (real answers carry such values).
        archived = reports.Report(
            id=data.object_id(self.seed, "archived-report", 0),
            type="users-to-devices",
            created=now - timedelta(days=60),
            updated=now - timedelta(days=59),
            expiration=now + timedelta(days=3650),
            requester_id=ADMIN_ID,
            requester_email=ADMIN_EMAIL,
            rows=0,
            will_fail=False,
            status=data.UNLISTED_REPORT_STATUS,
        )
        self.reports[archived.id] = archived

    def knobs(self) -> dict[str, Any]:
        """The current behaviour settings."""
        return {
            "records_per_step": self.records_per_step,
            "report_rows": self.report_rows,
            "report_size_bytes": self.report_size_bytes,
            "report_fail_types": set(self.report_fail_types),
            "fail_next_reports": self.fail_next_reports,
            "report_ttl": self.report_ttl,
            "max_clock_skew": self.max_clock_skew,
            "token_lifetime": self.token_lifetime,
        }

    @property
    def token_lifetime(self) -> float:
        """Seconds (real time) a newly issued service-account token lives; 3600 by default."""
        return self._token_lifetime

    @token_lifetime.setter
    def token_lifetime(self, seconds: float) -> None:
        value = float(seconds)
        if not math.isfinite(value) or value <= 0:
            raise ValueError(f"token_lifetime must be a positive number of seconds, got {seconds!r}")
        self._token_lifetime = value

    def reset(self) -> None:
        """Back to the seeded data, initial knobs (token lifetime included), service accounts and
        clock; clears jobs, reports, registered system keys, tokens (and their count), faults and
        the request log."""
        with self.lock:
            if isinstance(self.clock, SimClock):
                self.clock.reset()
            self.faults.clear()
            self.requests.clear()
            self.tokens.clear()
            self.service_accounts = dict(self._initial_accounts)
            for name, value in self._knobs.items():
                setattr(self, name, set(value) if isinstance(value, set) else value)
            self._populate()

    def _next(self, kind: str) -> int:
        n = self._counters.get(kind, 0)
        self._counters[kind] = n + 1
        return n

    def new_id(self, kind: str) -> str:
        """A fresh deterministic 24-hex id of the given kind."""
        return data.object_id(self.seed, kind, self._next(kind))

    # ----------------------------------------------------------------- users
    def add_users(self, count: int) -> list[str]:
        """Add ``count`` seeded users quickly (for paging tests); return their ids."""
        now = self.clock()
        ids: list[str] = []
        with self.lock:
            for _ in range(count):
                record = data.user_record(self.seed, self._next("user"), now)
                record["organization"] = DEFAULT_ORG_ID
                self.users[record["_id"]] = record
                ids.append(record["_id"])
        return ids

    def add_user_group(self, name: str) -> dict[str, Any]:
        """A new, empty user group."""
        group = data.group_record(self.seed, "user_group", self._next("user_group"), name)
        self.user_groups[group["id"]] = group
        self.user_group_members[group["id"]] = []
        return group

    def find_user_by(self, field: str, value: str, *, exclude: str | None = None) -> str | None:
        """Id of a user whose ``field`` equals ``value`` (case-insensitive), if any."""
        wanted = value.lower()
        for uid, user in self.users.items():
            if uid != exclude and str(user.get(field, "")).lower() == wanted:
                return uid
        return None

    def user_conflict(self, fields: dict[str, Any], *, exclude: str | None = None) -> str | None:
        """A message if ``fields`` has an invalid email or a taken email/username."""
        if "email" in fields:
            problem = jobs.validate_email(fields["email"])
            if problem:
                return problem
            if self.find_user_by("email", fields["email"], exclude=exclude):
                return f"email address {fields['email']!r} is already in use"
        username = fields.get("username")
        if username is not None:
            if not isinstance(username, str) or not username:
                return "username must be a non-empty string"
            if self.find_user_by("username", username, exclude=exclude):
                return f"username {username!r} is already in use"
        return None

    def create_user(self, fields: dict[str, Any], *, creation_source: str = "jumpcloud:admin") -> dict[str, Any]:
        """Create a system user, or raise :class:`ApiError` (400 invalid, 409 taken)."""
        with self.lock:
            if not fields.get("email") or not fields.get("username"):
                raise ApiError(400, "email and username are required")
            problem = self.user_conflict(fields)
            if problem:
                raise ApiError(409 if "in use" in problem else 400, problem)
            record = data.new_user(self.seed, self._next("user"), fields, self.clock())
            record["organization"] = DEFAULT_ORG_ID
            record["creationSource"] = creation_source
            self.users[record["_id"]] = record
            return record

    def update_user(self, user_id: str, fields: dict[str, Any]) -> dict[str, Any]:
        """Update a system user, or raise :class:`ApiError` (404, 400, 409)."""
        with self.lock:
            user = self.users.get(user_id)
            if user is None:
                raise ApiError(404, f"user {user_id} not found")
            problem = self.user_conflict(fields, exclude=user_id)
            if problem:
                raise ApiError(409 if "in use" in problem else 400, problem)
            for key, value in fields.items():
                if key not in ("_id", "id", "password", "created", "organization"):
                    user[key] = value
            return user

    # ------------------------------------------------------ service accounts
    def add_service_account(
        self, client_id: str, client_secret: str, *, org_id: str = DEFAULT_ORG_ID, permitted: bool = True
    ) -> ServiceAccount:
        """Add (or replace) a service account that may request tokens with these credentials."""
        if not client_id or ":" in client_id or not client_secret:
            raise ValueError("client_id (without ':') and client_secret must be non-empty")
        if not ORG_ID_RE.match(org_id):
            raise ValueError(f"org_id must be 24 hex digits, got {org_id!r}")
        account = ServiceAccount(client_id, client_secret, org_id, permitted)
        with self.lock:
            self.service_accounts[client_id] = account
        return account

    @property
    def tokens_issued(self) -> int:
        """Service-account tokens issued since the last reset."""
        return self.tokens.issued

    def token_account(self, token: str) -> ServiceAccount | None:
        """The service account a live bearer token acts for; ``None`` if unknown, expired or the
        account was removed."""
        client_id = self.tokens.client_of(token)
        return None if client_id is None else self.service_accounts.get(client_id)

    def revoke_tokens(self, client_id: str | None = None) -> int:
        """Invalidate the live tokens of ``client_id`` (every token when ``None``); return how many."""
        return self.tokens.revoke(client_id)

    # --------------------------------------------------------------- systems
    def register_system(
        self, system_id: str, public_key_pem: str | bytes, *, hostname: str | None = None
    ) -> dict[str, Any]:
        """Register (or re-key) a system that signs System Context requests with this key."""
        pem = public_key_pem.encode() if isinstance(public_key_pem, str) else public_key_pem
        key = serialization.load_pem_public_key(pem)
        if not isinstance(key, rsa.RSAPublicKey):
            raise ValueError("System Context keys must be RSA public keys")
        with self.lock:
            system = self.systems.get(system_id)
            if system is None:
                system = data.system_record(self.seed, self._next("system"), self.clock())
                system["_id"] = system_id
                system["organization"] = DEFAULT_ORG_ID
                self.systems[system_id] = system
                self.system_associations[system_id] = []
            if hostname:
                system["hostname"] = hostname
                system["displayName"] = hostname.split(".")[0]
            self.system_keys[system_id] = key
            return system

    # ------------------------------------------------------------------ jobs
    def create_job(
        self, kind: jobs.JobKind, payload: list[dict[str, Any]], *, suppress_email: bool, creation_source: str
    ) -> jobs.Job:
        """Queue a bulk users job; its records resolve as the job is polled."""
        with self.lock:
            now = self.clock()
            items = [jobs.WorkItem(self.new_id("workresult"), dict(p), now, now) for p in payload]
            job = jobs.Job(self.new_id("job"), kind, ADMIN_ID, items, now, now, suppress_email, creation_source)
            self.jobs[job.id] = job
            return job

    def poll_job(self, job_id: str, *, advance: bool = True) -> tuple[jobs.Job, list[dict[str, Any]]]:
        """Snapshot a job's results, then (if ``advance``) resolve its next step of records."""
        with self.lock:
            job = self.jobs.get(job_id)
            if job is None:
                raise ApiError(404, f"job {job_id} not found")
            snapshot = [item.to_json() for item in job.items]
            if advance:
                self._advance_job(job)
            return job, snapshot

    def _advance_job(self, job: jobs.Job) -> None:
        job.polls += 1
        pending = [item for item in job.items if item.status == "pending"]
        for item in pending[: max(1, self.records_per_step)]:
            self._resolve(job, item)
            job.updated = item.updated

    def _resolve(self, job: jobs.Job, item: jobs.WorkItem) -> None:
        item.updated = self.clock()
        fields = {k: v for k, v in item.payload.items() if k != "id"}
        try:
            if job.kind == "create":
                record = self.create_user(fields, creation_source=job.creation_source)
            else:
                target = item.payload.get("id")
                if not isinstance(target, str):
                    raise ApiError(400, "id is required to update a user")
                record = self.update_user(target, fields)
        except ApiError as exc:
            item.status, item.status_msg = "failed", exc.message
            return
        item.status = "finished"
        item.status_msg = "user created" if job.kind == "create" else "user updated"
        item.persisted = {"id": record["_id"], "username": record["username"], "email": record["email"]}

    # --------------------------------------------------------------- reports
    def create_report(self, report_type: str) -> reports.Report:
        """Request a report; it fails if its type is in ``report_fail_types`` or a
        ``fail_next_reports`` allowance remains. Artifacts have ``report_rows`` rows, or about
        ``report_size_bytes`` bytes (CSV) when that is set."""
        with self.lock:
            now = self.clock()
            fail = report_type in self.report_fail_types or self.fail_next_reports > 0
            if self.fail_next_reports > 0:
                self.fail_next_reports -= 1
            report = reports.Report(
                id=self.new_id("report"),
                type=report_type,
                created=now,
                updated=now,
                expiration=now + self.report_ttl,
                requester_id=ADMIN_ID,
                requester_email=ADMIN_EMAIL,
                rows=self.report_rows,
                will_fail=fail,
            )
            if self.report_size_bytes is not None:
                report.rows = reports.rows_for_bytes(self.seed, report, self.report_size_bytes)
            self.reports[report.id] = report
            return report

    def list_reports(self, *, advance: bool = True) -> list[reports.Report]:
        """Expire and (if ``advance``) step every report, then return them all."""
        with self.lock:
            now = self.clock()
            for report in self.reports.values():
                if advance:
                    reports.advance(report, now, (self.new_id("artifact"), self.new_id("artifact")))
                reports.expire(report, now)
            return list(self.reports.values())

    def set_report_size(self, report_id: str, size_bytes: int) -> None:
        """Make a report's CSV artifact about ``size_bytes`` long (JSON is similar)."""
        with self.lock:
            report = self.reports[report_id]
            report.rows = reports.rows_for_bytes(self.seed, report, size_bytes)

    # ------------------------------------------------------------ request log
    def log_request(self, method: str, path: str, query: str, headers: list[tuple[bytes, bytes]]) -> None:
        """Record a request, redacting secrets (headers and query parameters; bodies are never kept)."""
        kept: dict[str, str] = {}
        for raw_name, raw_value in headers:
            name = raw_name.decode("latin-1").lower()
            value = raw_value.decode("latin-1")
            kept[name] = "<redacted>" if name in REDACTED_HEADERS else value
        record = RequestRecord(method, path, redact_query(query), kept, self.clock())
        with self.lock:
            self.requests.append(record)

    def requests_to(self, method: str, path: str) -> list[RequestRecord]:
        """Logged requests with this method and exact path."""
        with self.lock:
            return [r for r in self.requests if r.method == method.upper() and r.path == path]


def redact_query(query: str) -> str:
    """``query`` with the values of secret-bearing parameters (``REDACTED_QUERY``) replaced."""
    pairs = parse_qsl(query, keep_blank_values=True)
    if not any(name.lower() in REDACTED_QUERY for name, _ in pairs):
        return query
    return urlencode([(name, "<redacted>" if name.lower() in REDACTED_QUERY else value) for name, value in pairs])
