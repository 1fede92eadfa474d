"""The hand-written public API of ``jcapiv1`` and ``jcapiv2``, loaded on first use (PEP 562).

``import jcapiv2`` stays cheap: ``jcapiv2.connect`` imports the client layer and
``jcapiv2.SystemContextAuth`` imports ``cryptography`` only when first touched.
"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from . import errors, tolerance
    from .auth import APIKeyAuth
    from .connection import connect
    from .errors import APIError, JumpCloudError
    from .pagination import paginate, paginate_async
    from .service_account import ServiceAccountAuth
    from .system_connection import connect_as_system
    from .system_context import SystemContextAuth

_WHERE = {
    "APIError": ".errors",
    "JumpCloudError": ".errors",
    "APIKeyAuth": ".auth",
    "ServiceAccountAuth": ".service_account",
    "SystemContextAuth": ".system_context",
    "connect": ".connection",
    "connect_as_system": ".system_connection",
    "errors": ".",
    "tolerance": ".",
    "paginate": ".pagination",
    "paginate_async": ".pagination",
}
__all__ = [
    "APIError",
    "APIKeyAuth",
    "JumpCloudError",
    "ServiceAccountAuth",
    "SystemContextAuth",
    "connect",
    "connect_as_system",
    "errors",
    "paginate",
    "paginate_async",
    "tolerance",
]


def __getattr__(name: str) -> Any:
    where = _WHERE.get(name)
    if where is None:
        raise AttributeError(f"module {__package__!r} has no attribute {name!r}")
    if where == ".":
        return import_module(f".{name}", __package__)
    return getattr(import_module(where, __package__), name)
