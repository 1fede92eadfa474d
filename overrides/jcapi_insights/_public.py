"""The hand-written public API of ``jcapi_insights``, loaded on first use (PEP 562).

``import jcapi_insights`` stays cheap: ``jcapi_insights.connect`` imports the client layer only when first touched.
"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from . import errors, tolerance
    from .auth import APIKeyAuth
    from .connection import connect
    from .errors import APIError, JumpCloudError
    from .events_export import export_events, export_events_async
    from .pagination import paginate, paginate_async
    from .service_account import ServiceAccountAuth

_WHERE = {
    "APIError": ".errors",
    "JumpCloudError": ".errors",
    "APIKeyAuth": ".auth",
    "ServiceAccountAuth": ".service_account",
    "connect": ".connection",
    "errors": ".",
    "export_events": ".events_export",
    "export_events_async": ".events_export",
    "tolerance": ".",
    "paginate": ".pagination",
    "paginate_async": ".pagination",
}
__all__ = [
    "APIError",
    "APIKeyAuth",
    "JumpCloudError",
    "ServiceAccountAuth",
    "connect",
    "errors",
    "export_events",
    "export_events_async",
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
