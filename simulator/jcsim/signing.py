"""System Context request signing (what the JumpCloud agent does), shared by the verifier and tests."""

from __future__ import annotations

import base64
from datetime import datetime
from email.utils import format_datetime

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa


def imf_fixdate(when: datetime) -> str:
    """``when`` as an IMF-fixdate (``Thu, 15 Jan 2026 12:00:00 GMT``)."""
    return format_datetime(when, usegmt=True)


def signing_string(method: str, target: str, date: str) -> bytes:
    """The bytes a system signs: request line (as HTTP/1.1) and date header."""
    return f"{method.upper()} {target} HTTP/1.1\ndate: {date}".encode()


def generate_keypair(bits: int = 2048) -> tuple[rsa.RSAPrivateKey, str]:
    """A new RSA private key and its public key as PEM text."""
    key = rsa.generate_private_key(public_exponent=65537, key_size=bits)
    pem = key.public_key().public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
    return key, pem.decode()


def sign_headers(key: rsa.RSAPrivateKey, system_id: str, method: str, target: str, when: datetime) -> dict[str, str]:
    """The ``Date`` and ``Authorization`` headers for a System Context request."""
    date = imf_fixdate(when)
    signature = key.sign(signing_string(method, target, date), padding.PKCS1v15(), hashes.SHA256())
    value = (
        f'Signature keyId="system/{system_id}",headers="request-line date",'
        f'algorithm="rsa-sha256",signature="{base64.b64encode(signature).decode()}"'
    )
    return {"Date": date, "Authorization": value}
