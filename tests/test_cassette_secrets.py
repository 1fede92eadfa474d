"""No cassette may hold a secret: API keys, signatures, private keys, org id headers."""

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
}


def known_keys() -> list[str]:
    keys = [jcsim.DEFAULT_API_KEY, jcsim.MSP_API_KEY]
    if os.environ.get("JUMPCLOUD_API_KEY"):
        keys.append(os.environ["JUMPCLOUD_API_KEY"])
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
    ],
)
def test_the_scan_catches_leaks(leak: str) -> None:
    assert find_secrets(leak)
