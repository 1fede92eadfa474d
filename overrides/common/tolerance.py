"""The tolerant reader: real JumpCloud answers differ from the descriptions, and records are kept anyway.

Recorded from real organisations (``jumpcloud-api-notes.md``): ``"attributes": null`` on v2 groups
and graph objects, ``"color": null`` on v1 applications, enum values no description lists yet
(new group types, report statuses, Directory Insights services), required fields left out when
``fields=`` narrows an answer. One such value used to make a whole list unreadable. Now every
generated model's ``from_dict`` keeps the record:

- ``null`` for any property is accepted, as ``None``;
- an enum value the description does not list is kept: an *open* enum member that compares equal
  to its string (``group.type_ == "new_kind"``), survives ``to_dict()``, and is an instance of the
  enum class; known values are the usual members;
- a required property that is absent stays ``UNSET`` (and is left out of ``to_dict()``);
- a value that cannot be read as declared (a number where a date is declared, a string where an
  object is) is kept as received; nested models follow the same rules.

What stays an error: a body of the wrong shape: an object where a list is declared (a v2 list
answered with ``{}``, a v1 page with ``"results": {}``), or a record that is not an object. That is
not data; the call raises ``errors.InvalidResponse``. Inside a record, an object where a list is
declared is kept as received and reported like any other deviation.

Deviations are visible, never silent: each (model, field, kind) is logged once at DEBUG on the
``jcapi.tolerance`` logger (names and types only, never values: they can be personal data), and
strict mode raises instead, so tests can prove an answer matches the description::

    import logging
    logging.getLogger("jcapi.tolerance").setLevel(logging.DEBUG)   # see what was tolerated

    from jcapiv2 import tolerance
    with tolerance.strict():                 # or JCAPI_STRICT_MODELS=1, or tolerance.set_strict(True)
        groups_user_list.sync(client=client) # any deviation raises errors.InvalidResponse

Written by hand: openapi-python-client's models are strict by design and have no hook for this;
the generated code calls the few functions below only when a value deviates, so a conforming
record costs nothing extra.
"""

from __future__ import annotations

import contextlib
import contextvars
import logging
import os
from collections.abc import Iterator
from typing import Any, TypeVar, cast

__all__ = [
    "DeviationError",
    "ShapeError",
    "is_strict",
    "set_strict",
    "strict",
]

logger = logging.getLogger("jcapi.tolerance")

#: How many distinct deviations are remembered for logging once (bounded: values come from servers).
_SEEN_LIMIT = 10_000
_seen: set[tuple[str, str]] = set()
_strict_here: contextvars.ContextVar[bool | None] = contextvars.ContextVar("jcapi_strict_models", default=None)
_global_strict = os.environ.get("JCAPI_STRICT_MODELS", "").strip().lower() in ("1", "true", "yes")

E = TypeVar("E")


class DeviationError(ValueError):
    """Strict mode: an answer deviates from the description (becomes ``errors.InvalidResponse``)."""


class ShapeError(TypeError):
    """The body's structure is not the described one (an object where a list is declared): not data."""


def is_strict() -> bool:
    """Whether deviations raise (the current context's ``strict()`` block, else ``set_strict`` or
    ``JCAPI_STRICT_MODELS``)."""
    here = _strict_here.get()
    return _global_strict if here is None else here


def set_strict(enabled: bool) -> None:
    """Make deviations raise (True) or be tolerated and logged (False, the default) in every thread."""
    global _global_strict
    _global_strict = enabled


@contextlib.contextmanager
def strict(enabled: bool = True) -> Iterator[None]:
    """Within the block (this thread or asyncio task only: a context variable), deviations raise
    ``DeviationError`` (``InvalidResponse`` from a call).

    Example::

        with tolerance.strict():
            UserGroup.from_dict({"id": "1", "attributes": None})   # raises DeviationError
    """
    token = _strict_here.set(enabled)
    try:
        yield
    finally:
        _strict_here.reset(token)


def _kind(value: Any) -> str:
    if value is None:
        return "null, which the description does not allow"
    if type(value).__name__ == "Unset":
        return "required property missing"
    return f"{type(value).__name__} value that is not of the declared type"


def _record(where: str, kind: str) -> None:
    if is_strict():
        raise DeviationError(f"{where}: {kind} (strict mode; see jcapi tolerance)")
    key = (where, kind)
    if key not in _seen and len(_seen) < _SEEN_LIMIT:
        _seen.add(key)
        logger.debug("%s: %s; kept as received", where, kind)


def tolerate(model: type, field: str, value: Any, exc: Exception) -> Any:
    """Called by a generated ``from_dict`` when a property cannot be read as declared: keep ``value``.

    An object where a list is declared inside a record is kept too (one odd record must not make
    a whole list unreadable); only the body itself and a page's ``results`` are shape errors (the
    model template lets a ``ShapeError`` of ``results`` through).
    """
    kind = f"{type(value).__name__} where a list is declared" if isinstance(exc, ShapeError) else _kind(value)
    _record(f"{model.__name__}.{field}", kind)
    return value


def null(model: type, field: str) -> Any:
    """Called by a generated ``from_dict`` for ``null`` where an optional property does not allow it:
    report it; the ``None`` returned is what the record keeps."""
    _record(f"{model.__name__}.{field}", _kind(None))
    return None


def absent(model: type, field: str, value: Any) -> None:
    """Called by a generated ``from_dict`` for a scalar that is ``null`` or missing against the description."""
    _record(f"{model.__name__}.{field}", _kind(value))


def open_member(enum: type[E], value: object) -> E | None:
    """An enum's ``_missing_``: an open member for a string (or integer) value the description does not list."""
    base: Any = str if issubclass(enum, str) else int if issubclass(enum, int) else None
    if base is None or not isinstance(value, base) or isinstance(value, bool):
        return None
    _record(enum.__name__, f"value not listed in the description ({type(value).__name__})")
    member: Any = base.__new__(enum, value)
    member._name_ = str(value)
    member._value_ = value
    return cast(E, member)


def require_list(value: Any, where: str) -> None:
    """A list is declared: an object or a scalar is a ``ShapeError`` (``{"results": {}}`` is not data);
    ``null`` or a missing value is a ``TypeError`` (a record's deviation, tolerated by its model)."""
    if isinstance(value, list):
        return
    if value is None or type(value).__name__ == "Unset":
        raise TypeError(f"{where}: no list")
    raise ShapeError(f"{where}: {type(value).__name__} where a list is declared")
