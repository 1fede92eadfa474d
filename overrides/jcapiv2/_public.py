"""The hand-written public API of ``jcapiv2`` (re-exported by the package ``__init__``)."""

from .auth import APIKeyAuth
from .connect import connect
from .errors import APIError
from .system_context import SystemContextAuth

__all__ = ["APIError", "APIKeyAuth", "SystemContextAuth", "connect"]
