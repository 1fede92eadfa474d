"""No cassette may hold a secret: API keys, signatures, private keys, org id headers, service
accounts' client secrets, bearer tokens and the tokens in token-endpoint answers."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

import jcsim

CASSETTES = Path(__file__).resolve().parent / "cassettes"

#: What a secret looks like, whatever key recorded the cassette.
SECRET_PATTERNS = {
    "PEM private key": re.compile(r"-----BEGIN [A-Z ]*PRIVATE KEY-----"),
    "System Context signature": re.compile(r'Signature keyId="system/'),
    "JumpCloud API key (jca_...)": re.compile(r"\bjca_[A-Za-z0-9]{20,}"),
    "40-hex legacy API key": re.compile(r"\b[0-9a-f]{40}\b"),
    "x-api-key header": re.compile(r"^\s*x-api-key:", re.IGNORECASE | re.MULTILINE),
    "authorization header": re.compile(r"^\s*authorization:", re.IGNORECASE | re.MULTILINE),
    "x-org-id header": re.compile(r"^\s*x-org-id:", re.IGNORECASE | re.MULTILINE),
    "bearer token": re.compile(r"\bBearer\s+[A-Za-z0-9._~+/=-]{8,}"),
    "basic credentials": re.compile(r"\bBasic\s+[A-Za-z0-9+/=]{8,}"),
    "access token in a token answer": re.compile(r'access_token\\?"\s*:\s*\\?"(?!recorded-token-redacted)[^"\\]+'),
    "client secret in a form": re.compile(r"client_secret=[^&\s]+"),
}


def known_keys() -> list[str]:
    keys = [jcsim.DEFAULT_API_KEY, jcsim.MSP_API_KEY, jcsim.DEFAULT_CLIENT_SECRET]
    for name in ("JUMPCLOUD_API_KEY", "JUMPCLOUD_CLIENT_SECRET"):
        if os.environ.get(name):
            keys.append(os.environ[name])
    return keys


def find_secrets(text: str) -> list[str]:
    """Names of the secret patterns (and known keys) present in ``text``."""
    found = [name for name, pattern in SECRET_PATTERNS.items() if pattern.search(text)]
    found += [f"known key ending {key[-4:]}" for key in known_keys() if key in text]
    return found


def cassette_files() -> list[Path]:
    return sorted(CASSETTES.rglob("*.yaml"))


def test_there_are_cassettes_to_scan() -> None:
    assert len(cassette_files()) >= 4


@pytest.mark.parametrize("path", cassette_files(), ids=lambda p: str(p.relative_to(CASSETTES)))
def test_cassette_holds_no_secret(path: Path) -> None:
    assert find_secrets(path.read_text()) == []


@pytest.mark.parametrize(
    "leak",
    [
        "      x-api-key:\n      - abc\n",
        '      Authorization:\n      - Signature keyId="system/5f",headers="request-line date"\n',
        "-----BEGIN RSA PRIVATE KEY-----\nMIIE\n",
        f"body: {jcsim.DEFAULT_API_KEY}",
        "token: jca_AbCdEfGhIjKlMnOpQrStUvWx",
        "      Authorization:\n      - Bearer eyJhbGciOiJSUzI1NiJ9.abc\n",
        '      string: \'{"access_token": "9f8e7d6c5b4a", "token_type": "bearer", "expires_in": 3600}\'\n',
        '      string: "{\\"access_token\\":\\"9f8e7d6c5b4a\\",\\"token_type\\":\\"bearer\\"}"\n',
        "body: grant_type=client_credentials&client_secret=hunter2hunter2",
        "      authorization:\n      - Basic c3ZjOnNlY3JldA==\n",
        f"body: {jcsim.DEFAULT_CLIENT_SECRET}",
    ],
)
def test_the_scan_catches_leaks(leak: str) -> None:
    assert find_secrets(leak)


def test_a_scrubbed_token_answer_passes_the_scan() -> None:
    assert find_secrets('      string: \'{"access_token": "recorded-token-redacted", "token_type": "bearer"}\'\n') == []
