"""JumpCloud System Context authentication for httpx.

A system managed by the JumpCloud agent can call a small set of API routes *as
itself* (v1 ``GET/PUT/DELETE /systems/{id}``, v2 ``/systems/{id}/memberof``,
``/associations``, ``/users``, ``/usergroups`` and adding itself to a system
group) without an API key.  Each request carries a ``Date`` header and an
``Authorization: Signature ...`` header whose RSA-SHA256 signature covers::

    <METHOD> <path and query, exactly as sent> HTTP/1.1
    date: <Date header>

:class:`SystemContextAuth` is an :class:`httpx.Auth` that adds both headers on
every send, so retries get a fresh date and signature.  It works with
``httpx.Client`` and ``httpx.AsyncClient`` alike.

Example, on a system where the agent is installed (reading the agent's files
needs root, or Administrator on Windows)::

    import httpx
    from jcapiv2.system_context import SystemContextAuth

    auth = SystemContextAuth.from_agent()          # /opt/jc/jcagent.conf + client.key
    with httpx.Client(base_url="https://console.jumpcloud.com/api", auth=auth) as c:
        r = c.get(f"/v2/systems/{auth.system_id}/memberof")

or with an explicit system id and key::

    auth = SystemContextAuth(system_id="5f1b...", private_key="/path/to/client.key")

HTTP/1.1 only: the signed request line ends in the literal ``HTTP/1.1``, so keep
these requests on HTTP/1.1 (httpx's default; do not create the client with
``http2=True``).

The key material never appears in this module's messages, ``repr`` or ``str``.

This module is self-contained (stdlib, httpx and cryptography only); the SDK
build copies it into every generated package (``jcapiv1.system_context``,
``jcapiv2.system_context``, ...).
"""

from __future__ import annotations

import base64
import json
import os
import re
import sys
from collections.abc import Callable, Generator
from datetime import UTC, datetime
from email.utils import format_datetime
from pathlib import Path, PureWindowsPath
from typing import Union

import httpx
from cryptography.exceptions import UnsupportedAlgorithm
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa

from .errors import JumpCloudError

__all__ = [
    "PrivateKeyInput",
    "SystemContextAuth",
    "SystemContextConfigError",
    "SystemContextError",
    "SystemContextFileError",
    "SystemContextKeyError",
    "agent_paths",
    "authorization_header",
    "format_http_date",
    "load_private_key",
    "read_agent_system_id",
    "sign_request",
    "signing_string",
]

PrivateKeyInput = Union[bytes, str, "os.PathLike[str]", rsa.RSAPrivateKey]
"""What ``private_key=`` accepts: PEM bytes, a PEM string, a path (str or
``os.PathLike``) to a PEM file, or an already loaded RSA private key."""

Clock = Callable[[], datetime]

# Printable ASCII without space, double quote, single quote and backslash.
_SYSTEM_ID_RE = re.compile(r"[!#-&(-\[\]-~]+")
_PEM_BEGIN_RE = re.compile(rb"-----BEGIN ([A-Z0-9 ]+)-----")

_SYSTEM_ID_HINT = (
    "a system id is the agent's systemKey, e.g. '5f1b2c3d4e5f6a7b8c9d0e1f': a non-empty "
    "string of printable ASCII without whitespace or quotes"
)


# --------------------------------------------------------------------------- errors


class SystemContextError(JumpCloudError, ValueError):
    """Base class of every System Context setup error.

    ``path`` names the file involved, when there is one.  Messages never contain
    key material.
    """

    def __init__(self, message: str, *, path: str | None = None) -> None:
        super().__init__(message)
        self.path = path


class SystemContextFileError(SystemContextError):
    """An agent file is missing or cannot be read (e.g. permission denied)."""


class SystemContextConfigError(SystemContextError):
    """``jcagent.conf`` is not JSON, or has no usable ``systemKey``; or a bad system id."""


class SystemContextKeyError(SystemContextError):
    """The private key is not PEM, is encrypted, or is not an RSA private key."""


# --------------------------------------------------------------------------- helpers


def format_http_date(moment: datetime) -> str:
    """Format ``moment`` as an RFC 7231 IMF-fixdate in GMT.

    A naive datetime is taken to be UTC.

    >>> format_http_date(datetime(2026, 11, 23, 5, 24, 23, tzinfo=UTC))
    'Mon, 23 Nov 2026 05:24:23 GMT'
    """
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return format_datetime(moment.astimezone(UTC).replace(microsecond=0), usegmt=True)


def _utc_now() -> datetime:
    return datetime.now(UTC)


def signing_string(method: str, target: str | bytes, date: str) -> bytes:
    """Return the exact bytes System Context signs.

    ``target`` is the path and query exactly as sent on the wire (percent-encoded),
    e.g. ``httpx.Request.url.raw_path``.

    >>> signing_string("get", "/api/systems/abc?x=1", "Mon, 23 Nov 2026 05:24:23 GMT")
    b'GET /api/systems/abc?x=1 HTTP/1.1\\ndate: Mon, 23 Nov 2026 05:24:23 GMT'
    """
    raw_target = target.encode("ascii") if isinstance(target, str) else bytes(target)
    return b"%s %s HTTP/1.1\ndate: %s" % (
        method.upper().encode("ascii"),
        raw_target,
        date.encode("ascii"),
    )


def sign_request(method: str, target: str | bytes, date: str, private_key: PrivateKeyInput) -> str:
    """Sign one request line and date; return the base64 RSA-SHA256 signature.

    The signature is RSASSA-PKCS1-v1_5 over SHA-256 of
    :func:`signing_string` ``(method, target, date)``.

    >>> sig = sign_request("GET", "/api/systems/abc", "Mon, 23 Nov 2026 05:24:23 GMT",
    ...                    "/opt/jc/client.key")  # doctest: +SKIP
    >>> authorization_header("abc", sig)  # doctest: +SKIP
    'Signature keyId="system/abc",headers="request-line date",algorithm="rsa-sha256",signature="..."'
    """
    key = load_private_key(private_key)
    signature = key.sign(signing_string(method, target, date), padding.PKCS1v15(), hashes.SHA256())
    return base64.b64encode(signature).decode("ascii")


def authorization_header(system_id: str, signature: str) -> str:
    """Build the ``Authorization`` header value for a base64 ``signature``.

    >>> authorization_header("abc", "c2ln")
    'Signature keyId="system/abc",headers="request-line date",algorithm="rsa-sha256",signature="c2ln"'
    """
    _check_system_id(system_id)
    return (
        f'Signature keyId="system/{system_id}",headers="request-line date",'
        f'algorithm="rsa-sha256",signature="{signature}"'
    )


def _check_system_id(system_id: object, *, source: str | None = None) -> str:
    if isinstance(system_id, str) and _SYSTEM_ID_RE.fullmatch(system_id):
        return system_id
    where = f'"systemKey" in {source}' if source else "system_id"
    if not isinstance(system_id, str):
        problem = f"is a {type(system_id).__name__}, not a string"
    elif not system_id:
        problem = "is empty"
    elif len(system_id) > 64 or "\n" in system_id:
        # Perhaps the arguments were swapped: never echo what may be a key.
        problem = f"is not valid ({len(system_id)} characters, not shown)"
    else:
        problem = f"is not valid ({system_id!r})"
    if source:
        raise SystemContextConfigError(
            f"{where} {problem}; {_SYSTEM_ID_HINT}. The file may be damaged: "
            "check that the agent is registered, or build "
            "SystemContextAuth(system_id=..., private_key=...) directly.",
            path=source,
        )
    raise SystemContextConfigError(f"{where} {problem}; {_SYSTEM_ID_HINT}.")


# --------------------------------------------------------------------------- agent files


def _platform_family(platform: str) -> str:
    name = platform.lower()
    if name in ("win32", "windows", "nt"):
        return "windows"
    if name.startswith("linux") or name in ("darwin", "macos", "osx"):
        return "posix"
    raise SystemContextError(
        f"no default JumpCloud agent location is known for platform {platform!r} "
        "(known: linux, darwin, win32); pass conf_path= and key_path= explicitly."
    )


def agent_paths(platform: str | None = None, root: str | os.PathLike[str] | None = None) -> tuple[Path, Path]:
    """Return the agent's default ``(jcagent.conf, client.key)`` paths.

    - Linux and macOS: ``/opt/jc/jcagent.conf`` and ``/opt/jc/client.key``;
    - Windows: ``%ProgramFiles%\\JumpCloud\\Plugins\\Contrib\\jcagent.conf`` and
      ``...\\Plugins\\Contrib\\client.key`` (``C:\\Program Files`` when
      ``ProgramFiles`` is unset), as used by JumpCloud's own PowerShell scripts.

    ``platform`` defaults to ``sys.platform`` (also accepts ``"linux"``,
    ``"darwin"``, ``"macos"``, ``"win32"``, ``"windows"``).  ``root`` stands in
    for the filesystem root (tests, containers, a mounted disk image): the
    defaults are re-rooted under it, e.g. ``root/opt/jc/jcagent.conf`` or
    ``root/Program Files/JumpCloud/Plugins/Contrib/jcagent.conf``.

    >>> [str(p) for p in agent_paths("linux")]
    ['/opt/jc/jcagent.conf', '/opt/jc/client.key']
    """
    family = _platform_family(platform if platform is not None else sys.platform)
    if family == "windows" and root is None:
        program_files = os.environ.get("ProgramFiles") or r"C:\Program Files"
        contrib = PureWindowsPath(program_files, "JumpCloud", "Plugins", "Contrib")
        # Path(str(...)) keeps the Windows spelling even when computed on another OS.
        return Path(str(contrib / "jcagent.conf")), Path(str(contrib / "client.key"))
    if family == "windows":
        base = Path(root or "", "Program Files", "JumpCloud", "Plugins", "Contrib")
    else:
        base = Path(root, "opt", "jc") if root is not None else Path("/opt/jc")
    return base / "jcagent.conf", base / "client.key"


def _read_file(path: str | os.PathLike[str], what: str, flag: str) -> bytes:
    name = os.fspath(path)
    try:
        with open(name, "rb") as handle:
            return handle.read()
    except FileNotFoundError:
        raise SystemContextFileError(
            f"{what} not found: {name}. System Context authentication runs on a system "
            f"with the JumpCloud agent installed and registered; if the file lives "
            f"elsewhere pass {flag}=.",
            path=name,
        ) from None
    except PermissionError:
        raise SystemContextFileError(
            f"cannot read {what} {name}: permission denied. The agent's files are "
            "readable only by root (Administrator on Windows): run this program as "
            "root (e.g. with sudo) or as an Administrator.",
            path=name,
        ) from None
    except IsADirectoryError:
        raise SystemContextFileError(
            f"cannot read {what} {name}: it is a directory; pass {flag}= naming the file.",
            path=name,
        ) from None
    except OSError as exc:
        raise SystemContextFileError(
            f"cannot read {what} {name}: {exc.strerror or type(exc).__name__}; check the "
            f"path and its permissions, or pass {flag}=.",
            path=name,
        ) from None


def read_agent_system_id(conf_path: str | os.PathLike[str]) -> str:
    """Return the ``systemKey`` (the system id) from the agent's ``jcagent.conf``.

    >>> read_agent_system_id("/opt/jc/jcagent.conf")  # doctest: +SKIP
    '5f1b2c3d4e5f6a7b8c9d0e1f'
    """
    name = os.fspath(conf_path)
    what = "JumpCloud agent config file"
    data = _read_file(name, what, "conf_path")
    fix = "check conf_path points at the agent's jcagent.conf, or reinstall the agent."
    try:
        conf = json.loads(data.decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise SystemContextConfigError(f"{what} {name} is not valid JSON (not UTF-8 text); {fix}", path=name) from None
    except json.JSONDecodeError as exc:
        raise SystemContextConfigError(
            f"{what} {name} is not valid JSON ({exc.msg} at line {exc.lineno} column {exc.colno}); {fix}",
            path=name,
        ) from None
    if not isinstance(conf, dict):
        raise SystemContextConfigError(
            f"{what} {name} is JSON but not an object (found {type(conf).__name__}); {fix}",
            path=name,
        )
    if "systemKey" not in conf:
        raise SystemContextConfigError(
            f'{what} {name} has no "systemKey" entry. The agent writes it once the '
            "system has registered with JumpCloud: check the agent is running and "
            "registered, or build SystemContextAuth(system_id=..., private_key=...) "
            "directly.",
            path=name,
        )
    return _check_system_id(conf["systemKey"], source=name)


# --------------------------------------------------------------------------- keys


def _looks_like_pem(text: str) -> bool:
    return "-----BEGIN" in text


def load_private_key(private_key: PrivateKeyInput, *, source: str | None = None) -> rsa.RSAPrivateKey:
    """Load an unencrypted RSA private key from PEM bytes/str, a path, or a key object.

    A ``str`` containing ``-----BEGIN`` is PEM, any other ``str`` is a path.
    ``source`` names where the bytes came from in error messages.  Raises
    :class:`SystemContextFileError` or :class:`SystemContextKeyError`.

    >>> key = load_private_key("/opt/jc/client.key")  # doctest: +SKIP
    """
    if isinstance(private_key, rsa.RSAPrivateKey):
        return private_key
    path: str | None = None
    if isinstance(private_key, bytes):
        data = private_key
    elif isinstance(private_key, str) and _looks_like_pem(private_key):
        data = private_key.encode("utf-8", "replace")
    elif isinstance(private_key, str):
        if "\n" in private_key or len(private_key) > 1024:
            # Not PEM, yet not shaped like a path either: never echo it back.
            raise SystemContextKeyError(
                "private_key string is neither PEM (no '-----BEGIN' line) nor a file "
                "path; pass PEM text, PEM bytes or the path of the key file."
            )
        path = private_key
        data = _read_file(path, "private key file", "key_path")
    elif isinstance(private_key, os.PathLike):
        path = os.fspath(private_key)
        if not isinstance(path, str):
            path = os.fsdecode(path)
        data = _read_file(path, "private key file", "key_path")
    else:
        raise SystemContextKeyError(
            f"private_key must be PEM bytes, a PEM string, a path or an RSA private key "
            f"object, not {type(private_key).__name__}."
        )
    if path is not None:
        source = source or path
    return _parse_private_key(data, source, path)


def _parse_private_key(data: bytes, source: str | None, path: str | None) -> rsa.RSAPrivateKey:
    where = f"private key file {source}" if source else "private_key"
    fix = (
        "point key_path at the agent's client.key (/opt/jc/client.key, or "
        r"C:\Program Files\JumpCloud\Plugins\Contrib\client.key on Windows)"
    )
    if not data.strip():
        raise SystemContextKeyError(f"{where} is empty; {fix}.", path=path)
    blocks = _PEM_BEGIN_RE.findall(data)
    if not blocks:
        raise SystemContextKeyError(
            f"{where} is not a PEM private key (no '-----BEGIN ... PRIVATE KEY-----' line); {fix}.",
            path=path,
        )
    labels = [label.decode("ascii") for label in blocks]
    if not any(label.endswith("PRIVATE KEY") for label in labels):
        raise SystemContextKeyError(
            f"{where} holds a PEM {labels[0]}, not a private key; {fix} (not client.crt or a public key).",
            path=path,
        )
    if "ENCRYPTED PRIVATE KEY" in labels or b"Proc-Type: 4,ENCRYPTED" in data:
        raise _encrypted(where, path)
    try:
        key = serialization.load_pem_private_key(data, password=None)
    except TypeError:
        raise _encrypted(where, path) from None
    except (ValueError, UnsupportedAlgorithm):
        raise SystemContextKeyError(
            f"{where} could not be parsed as a PEM private key (corrupt or unsupported format); {fix}.",
            path=path,
        ) from None
    if not isinstance(key, rsa.RSAPrivateKey):
        kind = type(key).__name__.removeprefix("_").replace("PrivateKey", "") or "non-RSA"
        raise SystemContextKeyError(
            f"{where} holds a {kind} private key, but System Context signs with "
            f"rsa-sha256 and needs an RSA private key; {fix}.",
            path=path,
        )
    return key


def _encrypted(where: str, path: str | None) -> SystemContextKeyError:
    return SystemContextKeyError(
        f"{where} is encrypted with a passphrase; System Context needs an unencrypted "
        "RSA key like the agent's client.key (decrypt a copy with "
        "`openssl pkey -in ENCRYPTED.pem -out PLAIN.pem` and keep it readable by root only).",
        path=path,
    )


# --------------------------------------------------------------------------- auth


class SystemContextAuth(httpx.Auth):
    """httpx auth that signs every request as a JumpCloud-managed system.

    ``private_key`` is PEM bytes, a PEM string, a path (str or ``os.PathLike``)
    or an RSA private key object.  ``clock`` returns the current time (an aware
    datetime; tests inject their own) and is read on every send.

    Each send sets ``Date`` and ``Authorization``; a retry that sends again is
    signed again with a fresh date.  Keep the client on HTTP/1.1 (the default).

    >>> auth = SystemContextAuth(system_id="5f1b2c3d4e5f6a7b8c9d0e1f",
    ...                          private_key="/opt/jc/client.key")  # doctest: +SKIP
    >>> httpx.get("https://console.jumpcloud.com/api/systems/5f1b2c3d4e5f6a7b8c9d0e1f",
    ...           auth=auth)  # doctest: +SKIP
    """

    requires_request_body = False
    requires_response_body = False

    def __init__(
        self,
        system_id: str,
        private_key: PrivateKeyInput,
        *,
        clock: Clock | None = None,
    ) -> None:
        self._system_id = _check_system_id(system_id)
        self._private_key = load_private_key(private_key)
        self._clock: Clock = clock if clock is not None else _utc_now

    @classmethod
    def from_agent(
        cls,
        conf_path: str | os.PathLike[str] | None = None,
        key_path: str | os.PathLike[str] | None = None,
        *,
        platform: str | None = None,
        root: str | os.PathLike[str] | None = None,
        clock: Clock | None = None,
    ) -> SystemContextAuth:
        """Build the auth from the local JumpCloud agent's files.

        Reads ``systemKey`` from ``jcagent.conf`` and the RSA key from
        ``client.key``; paths not given default to :func:`agent_paths`
        ``(platform, root)``.  Needs root (Administrator on Windows).

        >>> auth = SystemContextAuth.from_agent()  # doctest: +SKIP
        >>> auth  # doctest: +SKIP
        SystemContextAuth(system_id='5f1b2c3d4e5f6a7b8c9d0e1f')
        """
        if conf_path is None or key_path is None:
            default_conf, default_key = agent_paths(platform, root)
            conf_path = default_conf if conf_path is None else conf_path
            key_path = default_key if key_path is None else key_path
        system_id = read_agent_system_id(conf_path)
        key_name = os.fspath(key_path)
        data = _read_file(key_name, "private key file", "key_path")
        key = _parse_private_key(data, key_name, key_name)
        return cls(system_id, key, clock=clock)

    @property
    def system_id(self) -> str:
        """The system id this auth signs as (``keyId="system/<system id>"``)."""
        return self._system_id

    def sign(self, request: httpx.Request) -> None:
        """Set ``Date`` and ``Authorization`` on ``request`` (normally called by httpx)."""
        date = format_http_date(self._clock())
        signature = self._private_key.sign(
            signing_string(request.method, request.url.raw_path, date),
            padding.PKCS1v15(),
            hashes.SHA256(),
        )
        request.headers["Date"] = date
        request.headers["Authorization"] = authorization_header(
            self._system_id, base64.b64encode(signature).decode("ascii")
        )

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        """Sign ``request`` at send time and yield it (no I/O: sync and async).

        The client's request loop sends every attempt through httpx's auth, so each retry is
        signed again with a fresh ``Date``.
        """
        self.sign(request)
        yield request

    def __repr__(self) -> str:
        return f"{type(self).__name__}(system_id={self._system_id!r})"

    __str__ = __repr__
