"""The hand-written public API of ``jcapi_insights`` (re-exported by the package ``__init__``)."""

from .auth import APIKeyAuth
from .connect import connect
from .errors import APIError

__all__ = ["APIError", "APIKeyAuth", "connect"]
