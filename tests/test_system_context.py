"""Tests for the System Context auth (overrides/system_context/system_context.py).

The module is imported from ``jcapiv2.system_context`` when the generated
package exists, otherwise straight from its source file, so these tests run
before the SDK is generated.  Signatures are verified with the ``openssl``
command-line tool, an implementation independent of ours.
"""

from __future__ import annotations

import base64
import importlib
import importlib.util
import json
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa

SOURCE = Path(__file__).resolve().parents[1] / "overrides" / "system_context" / "system_context.py"
SYSTEM_ID = "5f1b2c3d4e5f6a7b8c9d0e1f"
START = datetime(2026, 11, 23, 5, 24, 23, tzinfo=UTC)
AUTH_RE = re.compile(
    r'Signature keyId="system/(?P<id>[^"]+)",headers="request-line date",'
    r'algorithm="rsa-sha256",signature="(?P<sig>[A-Za-z0-9+/=]+)"'
)
IMF_FIXDATE_RE = re.compile(
    r"(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} "
    r"(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} GMT"
)
OPENSSL = shutil.which("openssl")
needs_openssl = pytest.mark.skipif(OPENSSL is None, reason="openssl command-line tool not on PATH")


# --------------------------------------------------------------------------- fixtures


def _load_module() -> ModuleType:
    try:
        return importlib.import_module("jcapiv2.system_context")
    except ImportError:
        pass
    name = "_system_context_under_test"
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, SOURCE)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def sc() -> ModuleType:
    """The module under test: jcapiv2.system_context, else the override file."""
    return _load_module()


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture(scope="module")
def rsa_key() -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


def _pem(key: Any, fmt: Any = serialization.PrivateFormat.PKCS8, enc: Any = None) -> bytes:
    result: bytes = key.private_bytes(serialization.Encoding.PEM, fmt, enc or serialization.NoEncryption())
    return result


@pytest.fixture(scope="module")
def rsa_pem(rsa_key: rsa.RSAPrivateKey) -> bytes:
    # The agent's client.key is a traditional "BEGIN RSA PRIVATE KEY" file.
    return _pem(rsa_key, serialization.PrivateFormat.TraditionalOpenSSL)


@pytest.fixture
def pub_pem(tmp_path: Path, rsa_key: rsa.RSAPrivateKey) -> Path:
    path = tmp_path / "pub.pem"
    path.write_bytes(
        rsa_key.public_key().public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
    )
    return path


class StepClock:
    """Injectable clock: each call returns a time ``step`` later than the last."""

    def __init__(self, start: datetime = START, step: timedelta = timedelta(seconds=1)) -> None:
        self.now = start - step
        self.step = step
        self.calls = 0

    def __call__(self) -> datetime:
        self.now += self.step
        self.calls += 1
        return self.now


class Capture:
    """A MockTransport handler recording every request it receives."""

    def __init__(self) -> None:
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        # Snapshot: a re-sent request object is mutated in place by the next send.
        self.requests.append(
            httpx.Request(
                request.method,
                request.url,
                headers=request.headers.copy(),
                content=request.read(),
            )
        )
        return httpx.Response(200, json={"ok": True})


def _base64_lines(*pems: bytes) -> list[str]:
    lines = []
    for pem in pems:
        for line in pem.decode().splitlines():
            if line and not line.startswith("-----") and ":" not in line:
                lines.append(line)
    assert lines
    return lines


def _assert_no_key_material(text: str, *pems: bytes) -> None:
    for line in _base64_lines(*pems):
        assert line not in text


def _openssl_verify(tmp_path: Path, pub: Path, data: bytes, signature_b64: str) -> bool:
    assert OPENSSL is not None
    data_file = tmp_path / "data.txt"
    sig_file = tmp_path / "sig.bin"
    data_file.write_bytes(data)
    sig_file.write_bytes(base64.b64decode(signature_b64))
    proc = subprocess.run(  # fixed argv, no shell
        [
            OPENSSL,
            "dgst",
            "-sha256",
            "-verify",
            str(pub),
            "-signature",
            str(sig_file),
            str(data_file),
        ],
        capture_output=True,
        check=False,
    )
    return proc.returncode == 0 and b"Verified OK" in proc.stdout


def _signed_parts(request: httpx.Request) -> tuple[str, str]:
    match = AUTH_RE.fullmatch(request.headers["Authorization"])
    assert match, request.headers["Authorization"]
    assert match["id"] == SYSTEM_ID
    return request.headers["Date"], match["sig"]


def _expected_signing_bytes(method: str, target: bytes, date: str) -> bytes:
    # Written out independently of sc.signing_string.
    return method.encode() + b" " + target + b" HTTP/1.1\ndate: " + date.encode()


# --------------------------------------------------------------------------- signing


@needs_openssl
def test_sync_get_with_query_and_put_with_body_verify_with_openssl(
    sc: ModuleType, rsa_pem: bytes, pub_pem: Path, tmp_path: Path
) -> None:
    capture = Capture()
    auth = sc.SystemContextAuth(system_id=SYSTEM_ID, private_key=rsa_pem, clock=StepClock())
    with httpx.Client(
        base_url="https://console.jumpcloud.com/api",
        transport=httpx.MockTransport(capture),
        auth=auth,
    ) as client:
        client.get(
            f"/v2/systems/{SYSTEM_ID}/memberof",
            params={"limit": 10, "filter": "name:eq:a b/c", "sort": "_id"},
        )
        client.put(f"/systems/{SYSTEM_ID}", json={"displayName": "héllo"})

    get_request, put_request = capture.requests
    assert (
        get_request.url.raw_path
        == (f"/api/v2/systems/{SYSTEM_ID}/memberof?limit=10&filter=name%3Aeq%3Aa+b%2Fc&sort=_id").encode()
    )
    assert json.loads(put_request.content) == {"displayName": "héllo"}

    for request in (get_request, put_request):
        date, signature = _signed_parts(request)
        data = _expected_signing_bytes(request.method, request.url.raw_path, date)
        assert sc.signing_string(request.method, request.url.raw_path, date) == data
        assert _openssl_verify(tmp_path, pub_pem, data, signature), request.method
        # The same signature over a tampered target must fail: the check can fail.
        tampered = _expected_signing_bytes(
            request.method,
            request.url.raw_path.replace(SYSTEM_ID.encode(), b"0" * 24),
            date,
        )
        assert not _openssl_verify(tmp_path, pub_pem, tampered, signature)
        # ... and so must a different method or date.
        assert not _openssl_verify(
            tmp_path,
            pub_pem,
            _expected_signing_bytes("DELETE", request.url.raw_path, date),
            signature,
        )


@needs_openssl
def test_sign_request_pure_function_verifies_with_openssl(
    sc: ModuleType,
    rsa_key: rsa.RSAPrivateKey,
    rsa_pem: bytes,
    pub_pem: Path,
    tmp_path: Path,
) -> None:
    date = "Mon, 23 Nov 2026 05:24:23 GMT"
    target = f"/api/systems/{SYSTEM_ID}?fields=hostname%20os"
    signature = sc.sign_request("GET", target, date, rsa_pem)
    assert signature == sc.sign_request("GET", target.encode(), date, rsa_key)  # deterministic
    data = f"GET {target} HTTP/1.1\ndate: {date}".encode()
    assert _openssl_verify(tmp_path, pub_pem, data, signature)
    assert sc.authorization_header(SYSTEM_ID, signature) == (
        f'Signature keyId="system/{SYSTEM_ID}",headers="request-line date",'
        f'algorithm="rsa-sha256",signature="{signature}"'
    )


@pytest.mark.anyio
async def test_async_client_signs(sc: ModuleType, rsa_key: rsa.RSAPrivateKey, rsa_pem: bytes) -> None:
    capture = Capture()
    auth = sc.SystemContextAuth(SYSTEM_ID, rsa_pem, clock=StepClock())
    async with httpx.AsyncClient(
        base_url="https://console.jumpcloud.com/api",
        transport=httpx.MockTransport(capture),
        auth=auth,
    ) as client:
        response = await client.post(
            f"/v2/systems/{SYSTEM_ID}/associations",
            json={"op": "add", "type": "user", "id": "abc"},
        )
    assert response.status_code == 200
    (request,) = capture.requests
    date, signature = _signed_parts(request)
    assert date == "Mon, 23 Nov 2026 05:24:23 GMT"
    expected = sc.sign_request("POST", f"/api/v2/systems/{SYSTEM_ID}/associations", date, rsa_key)
    assert signature == expected


def test_each_send_resigns_with_fresh_date(sc: ModuleType, rsa_pem: bytes) -> None:
    capture = Capture()
    clock = StepClock(step=timedelta(seconds=7))
    auth = sc.SystemContextAuth(SYSTEM_ID, rsa_pem, clock=clock)
    with httpx.Client(transport=httpx.MockTransport(capture), auth=auth) as client:
        request = client.build_request("GET", f"https://x.test/api/systems/{SYSTEM_ID}")
        client.send(request)
        client.send(request)  # a retry of the very same request object
    first, second = (_signed_parts(r) for r in capture.requests)
    assert clock.calls == 2
    assert first[0] == "Mon, 23 Nov 2026 05:24:23 GMT"
    assert second[0] == "Mon, 23 Nov 2026 05:24:30 GMT"
    assert first[1] != second[1]


def test_date_header_is_imf_fixdate_gmt(sc: ModuleType, rsa_pem: bytes) -> None:
    assert sc.format_http_date(START) == "Mon, 23 Nov 2026 05:24:23 GMT"
    # Other time zones are converted; single-digit days are zero-padded; naive = UTC.
    plus_two = datetime(2026, 3, 1, 1, 2, 3, 999_999, tzinfo=UTC).astimezone(timezone(timedelta(hours=2)))
    assert sc.format_http_date(plus_two) == "Sun, 01 Mar 2026 01:02:03 GMT"
    assert sc.format_http_date(datetime(2027, 1, 5, 23, 0, 0)) == "Tue, 05 Jan 2027 23:00:00 GMT"

    capture = Capture()
    auth = sc.SystemContextAuth(SYSTEM_ID, rsa_pem)  # the real clock
    before = datetime.now(UTC).replace(microsecond=0)
    with httpx.Client(transport=httpx.MockTransport(capture), auth=auth) as client:
        client.get("https://x.test/api/systems/x")
    after = datetime.now(UTC)
    date = capture.requests[0].headers["Date"]
    assert IMF_FIXDATE_RE.fullmatch(date), date
    sent = datetime.strptime(date, "%a, %d %b %Y %H:%M:%S GMT").replace(tzinfo=UTC)
    assert before <= sent <= after


def test_auth_declares_no_body_needed(sc: ModuleType) -> None:
    assert sc.SystemContextAuth.requires_request_body is False
    assert issubclass(sc.SystemContextAuth, httpx.Auth)


# --------------------------------------------------------------------------- constructors


def test_private_key_accepts_bytes_str_paths_and_key_objects(
    sc: ModuleType, rsa_key: rsa.RSAPrivateKey, rsa_pem: bytes, tmp_path: Path
) -> None:
    key_file = tmp_path / "client.key"
    key_file.write_bytes(_pem(rsa_key))  # PKCS#8 "BEGIN PRIVATE KEY"
    expected = sc.sign_request("GET", "/x", "d", rsa_key)
    for source in (rsa_pem, rsa_pem.decode(), key_file, str(key_file), rsa_key):
        auth = sc.SystemContextAuth(SYSTEM_ID, source)
        assert sc.sign_request("GET", "/x", "d", auth._private_key) == expected
        assert auth.system_id == SYSTEM_ID


@pytest.mark.parametrize(
    "bad",
    ["", "has space", 'quo"te', "sing'le", "back\\slash", "tab\t", "ünï", None, 42],
)
def test_system_id_is_validated(sc: ModuleType, rsa_pem: bytes, bad: Any) -> None:
    with pytest.raises(sc.SystemContextError, match="system_id"):
        sc.SystemContextAuth(bad, rsa_pem)


def test_swapped_arguments_do_not_echo_the_key(sc: ModuleType, rsa_pem: bytes) -> None:
    with pytest.raises(sc.SystemContextConfigError) as info:
        sc.SystemContextAuth(rsa_pem.decode(), SYSTEM_ID)
    assert "system_id" in str(info.value) and "not shown" in str(info.value)
    _assert_no_key_material(str(info.value) + repr(info.value), rsa_pem)


def test_repr_and_str_show_only_the_system_id(sc: ModuleType, rsa_pem: bytes) -> None:
    auth = sc.SystemContextAuth(system_id=SYSTEM_ID, private_key=rsa_pem)
    assert repr(auth) == f"SystemContextAuth(system_id='{SYSTEM_ID}')"
    for text in (repr(auth), str(auth), f"{auth}", repr([auth])):
        _assert_no_key_material(text, rsa_pem)


# --------------------------------------------------------------------------- from_agent


def _make_agent(root: Path, platform: str, *, conf: bytes | None, key: bytes | None) -> tuple[Path, Path]:
    if platform == "windows":
        base = root / "Program Files" / "JumpCloud" / "Plugins" / "Contrib"
    else:
        base = root / "opt" / "jc"
    base.mkdir(parents=True, exist_ok=True)
    conf_path, key_path = base / "jcagent.conf", base / "client.key"
    if conf is not None:
        conf_path.write_bytes(conf)
    if key is not None:
        key_path.write_bytes(key)
    return conf_path, key_path


def _conf(system_key: Any = SYSTEM_ID) -> bytes:
    body: dict[str, Any] = {"agentServerHost": "agent.jumpcloud.com", "certuuid": "x"}
    if system_key is not None:
        body["systemKey"] = system_key
    return json.dumps(body).encode()


@pytest.mark.parametrize("platform", ["linux", "darwin", "win32"])
def test_from_agent_layouts(
    sc: ModuleType,
    rsa_key: rsa.RSAPrivateKey,
    rsa_pem: bytes,
    tmp_path: Path,
    platform: str,
) -> None:
    family = "windows" if platform == "win32" else "posix"
    conf_path, key_path = _make_agent(tmp_path, family, conf=_conf(), key=rsa_pem)
    assert sc.agent_paths(platform, root=tmp_path) == (conf_path, key_path)

    capture = Capture()
    auth = sc.SystemContextAuth.from_agent(platform=platform, root=tmp_path, clock=StepClock())
    assert repr(auth) == f"SystemContextAuth(system_id='{SYSTEM_ID}')"
    with httpx.Client(transport=httpx.MockTransport(capture), auth=auth) as client:
        client.get(f"https://x.test/api/systems/{SYSTEM_ID}")
    date, signature = _signed_parts(capture.requests[0])
    assert signature == sc.sign_request("GET", f"/api/systems/{SYSTEM_ID}", date, rsa_key)


def test_from_agent_explicit_paths(sc: ModuleType, rsa_pem: bytes, tmp_path: Path) -> None:
    (tmp_path / "a.conf").write_bytes(b"\xef\xbb\xbf" + _conf())  # with a UTF-8 BOM
    (tmp_path / "k.pem").write_bytes(rsa_pem)
    auth = sc.SystemContextAuth.from_agent(tmp_path / "a.conf", str(tmp_path / "k.pem"))
    assert auth.system_id == SYSTEM_ID


def test_agent_default_paths(sc: ModuleType, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("ProgramFiles", raising=False)
    assert sc.agent_paths("linux") == (
        Path("/opt/jc/jcagent.conf"),
        Path("/opt/jc/client.key"),
    )
    assert sc.agent_paths("darwin") == sc.agent_paths("linux")
    assert [str(p) for p in sc.agent_paths("win32")] == [
        r"C:\Program Files\JumpCloud\Plugins\Contrib\jcagent.conf",
        r"C:\Program Files\JumpCloud\Plugins\Contrib\client.key",
    ]
    assert sc.agent_paths() == sc.agent_paths(sys.platform)
    with pytest.raises(sc.SystemContextError, match="conf_path= and key_path="):
        sc.agent_paths("sunos5")


@pytest.fixture(scope="module")
def ec_pem() -> bytes:
    return _pem(ec.generate_private_key(ec.SECP256R1()))


@pytest.fixture(scope="module")
def encrypted_pem(rsa_key: rsa.RSAPrivateKey) -> bytes:
    return _pem(
        rsa_key,
        serialization.PrivateFormat.PKCS8,
        serialization.BestAvailableEncryption(b"correct horse"),
    )


@pytest.fixture(scope="module")
def encrypted_traditional_pem(rsa_key: rsa.RSAPrivateKey) -> bytes:
    return _pem(
        rsa_key,
        serialization.PrivateFormat.TraditionalOpenSSL,
        serialization.BestAvailableEncryption(b"correct horse"),
    )


# (case id, conf bytes or None for missing, key fixture name or bytes or None, file, fragment)
ERROR_CASES: list[tuple[str, bytes | None, str | bytes | None, str, str, str]] = [
    (
        "missing conf",
        None,
        "rsa_pem",
        "jcagent.conf",
        "not found",
        "SystemContextFileError",
    ),
    ("missing key", _conf(), None, "client.key", "not found", "SystemContextFileError"),
    (
        "malformed json",
        b'{"systemKey": "abc",',
        "rsa_pem",
        "jcagent.conf",
        "not valid JSON",
        "SystemContextConfigError",
    ),
    (
        "not utf-8",
        b"\xff\xfe\x00garbage",
        "rsa_pem",
        "jcagent.conf",
        "not valid JSON",
        "SystemContextConfigError",
    ),
    (
        "json array",
        b"[1, 2]",
        "rsa_pem",
        "jcagent.conf",
        "not an object",
        "SystemContextConfigError",
    ),
    (
        "no systemKey",
        _conf(None),
        "rsa_pem",
        "jcagent.conf",
        '"systemKey"',
        "SystemContextConfigError",
    ),
    (
        "bad systemKey",
        _conf("has space"),
        "rsa_pem",
        "jcagent.conf",
        '"systemKey"',
        "SystemContextConfigError",
    ),
    (
        "empty systemKey",
        _conf(""),
        "rsa_pem",
        "jcagent.conf",
        "is empty",
        "SystemContextConfigError",
    ),
    (
        "garbage key",
        _conf(),
        b"this is not a key\x00\x01",
        "client.key",
        "not a PEM",
        "SystemContextKeyError",
    ),
    ("empty key", _conf(), b"\n", "client.key", "is empty", "SystemContextKeyError"),
    (
        "corrupt pem",
        _conf(),
        b"-----BEGIN PRIVATE KEY-----\nQUJD\n-----END PRIVATE KEY-----\n",
        "client.key",
        "could not be parsed",
        "SystemContextKeyError",
    ),
    (
        "certificate",
        _conf(),
        b"-----BEGIN CERTIFICATE-----\nQUJD\n-----END CERTIFICATE-----\n",
        "client.key",
        "not a private key",
        "SystemContextKeyError",
    ),
    (
        "ec key",
        _conf(),
        "ec_pem",
        "client.key",
        "EC private key",
        "SystemContextKeyError",
    ),
    (
        "encrypted key",
        _conf(),
        "encrypted_pem",
        "client.key",
        "encrypted",
        "SystemContextKeyError",
    ),
    (
        "encrypted traditional key",
        _conf(),
        "encrypted_traditional_pem",
        "client.key",
        "encrypted",
        "SystemContextKeyError",
    ),
]


@pytest.mark.parametrize(
    ("conf", "key", "file_name", "fragment", "error_class"),
    [case[1:] for case in ERROR_CASES],
    ids=[case[0] for case in ERROR_CASES],
)
@pytest.mark.parametrize("platform", ["linux", "win32"])
def test_from_agent_errors(
    sc: ModuleType,
    request: pytest.FixtureRequest,
    tmp_path: Path,
    rsa_pem: bytes,
    platform: str,
    conf: bytes | None,
    key: str | bytes | None,
    file_name: str,
    fragment: str,
    error_class: str,
) -> None:
    key_bytes = request.getfixturevalue(key) if isinstance(key, str) else key
    family = "windows" if platform == "win32" else "posix"
    conf_path, key_path = _make_agent(tmp_path, family, conf=conf, key=key_bytes)
    with pytest.raises(sc.SystemContextError) as info:
        sc.SystemContextAuth.from_agent(platform=platform, root=tmp_path)
    exc = info.value
    assert type(exc).__name__ == error_class
    expected_path = conf_path if file_name == "jcagent.conf" else key_path
    assert exc.path == str(expected_path)
    assert isinstance(exc, ValueError)
    message = str(exc)
    assert str(expected_path) in message
    assert fragment in message
    # Every message says how to fix it.
    assert re.search(r"pass |run |check |point |decrypt|install", message), message
    pems = [rsa_pem] + ([key_bytes] if key_bytes and b"-----BEGIN" in key_bytes else [])
    for text in (message, repr(exc)):
        _assert_no_key_material(text, *pems)
    assert exc.__cause__ is None


@pytest.mark.skipif(
    hasattr(os, "geteuid") and os.geteuid() == 0,
    reason="running as root: root can read any file, so permission denied cannot happen",
)
@pytest.mark.parametrize("which", ["jcagent.conf", "client.key"])
def test_from_agent_unreadable_file(sc: ModuleType, tmp_path: Path, rsa_pem: bytes, which: str) -> None:
    conf_path, key_path = _make_agent(tmp_path, "posix", conf=_conf(), key=rsa_pem)
    target = conf_path if which == "jcagent.conf" else key_path
    target.chmod(0)
    try:
        with pytest.raises(sc.SystemContextFileError) as info:
            sc.SystemContextAuth.from_agent(platform="linux", root=tmp_path)
    finally:
        target.chmod(0o600)
    message = str(info.value)
    assert str(target) in message and "permission denied" in message
    assert "root" in message
    _assert_no_key_material(message + repr(info.value), rsa_pem)


def test_permission_denied_message_simulated(
    sc: ModuleType, tmp_path: Path, rsa_pem: bytes, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Runs even as root: the module's open() is made to refuse the key file."""
    _, key_path = _make_agent(tmp_path, "posix", conf=_conf(), key=rsa_pem)
    real_open = open

    def refusing_open(file: Any, *args: Any, **kwargs: Any) -> Any:
        if os.fspath(file) == str(key_path):
            raise PermissionError(13, "Permission denied", str(key_path))
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr(sc, "open", refusing_open, raising=False)
    with pytest.raises(sc.SystemContextFileError) as info:
        sc.SystemContextAuth.from_agent(platform="linux", root=tmp_path)
    message = str(info.value)
    assert str(key_path) in message and "permission denied" in message
    assert "root" in message and "Administrator" in message


def test_unreadable_directory_as_key(sc: ModuleType, tmp_path: Path) -> None:
    (tmp_path / "conf").write_bytes(_conf())
    with pytest.raises(sc.SystemContextFileError, match="directory"):
        sc.SystemContextAuth.from_agent(tmp_path / "conf", tmp_path)


def test_direct_key_errors_never_echo_material(
    sc: ModuleType, ec_pem: bytes, encrypted_pem: bytes, rsa_pem: bytes
) -> None:
    cases: list[tuple[Any, str]] = [
        (ec_pem, "EC private key"),
        (ec_pem.decode(), "EC private key"),
        (encrypted_pem, "encrypted"),
        (b"garbage", "not a PEM"),
        # A key pasted without its BEGIN line is neither PEM nor a path: not echoed.
        ("\n".join(_base64_lines(rsa_pem)), "neither PEM"),
        (12345, "must be PEM bytes"),
    ]
    for value, fragment in cases:
        with pytest.raises(sc.SystemContextKeyError) as info:
            sc.SystemContextAuth(SYSTEM_ID, value)
        assert fragment in str(info.value)
        for text in (str(info.value), repr(info.value)):
            _assert_no_key_material(text, rsa_pem, ec_pem, encrypted_pem)


# --------------------------------------------------------------------------- packages


def _generated_modules() -> Iterator[ModuleType]:
    for name in ("jcapiv1.system_context", "jcapiv2.system_context"):
        yield importlib.import_module(name)


def _packages_generated() -> bool:
    try:
        list(_generated_modules())
    except ImportError:
        return False
    return True


@pytest.mark.skipif(not _packages_generated(), reason="jcapiv1/jcapiv2 not generated yet")
def test_generated_packages_expose_system_context_auth() -> None:
    for module in _generated_modules():
        assert issubclass(module.SystemContextAuth, httpx.Auth)
        assert issubclass(module.SystemContextError, ValueError)
