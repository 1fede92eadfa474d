"""Nested models built on first read instead of when a record is parsed.

A generated ``from_dict`` builds scalar, enum and plain-list fields at once. A field that holds
other models (a nested object, a list of them, a union with one) and arrives non-empty is left
unbuilt: its slot stays empty and its JSON value waits in the record's ``_jcapi_pending``. The
first read of the field misses the slot, so Python calls the ``__getattr__`` of
``DeferredFields``, the models' base: it runs the field's reader (the same tolerant-reader code an eager build runs),
stores the result in the slot and returns it. Every later read is a plain slot read. ``repr``,
``==``, ``to_dict()``, ``attrs.evolve`` and pickling read fields the same way, so no caller sees an
unbuilt field. The JSON value is kept by reference (no copy: that is the saving), so a caller of
``from_dict(d)`` who later changes ``d`` changes what a first read builds: pass a copy then.

Why: JumpCloud records nest deeply (a user group's attributes, member query, exemptions and
suggestion counts are four more ``from_dict`` trees; a system user's addresses, phone numbers, SSH
keys, MFA state) and most callers read two or three fields of each record. Building them eagerly
was most of a list call's own cost (docs/benchmarks.md). Hand-written because attrs has no lazy
field; an empty slot plus ``__getattr__`` costs nothing on ``__init__`` or on reads after the
first, where a descriptor would cost a Python call on each (measured: +120 ns a field on
``__init__``, +140 ns a read).

What stays the same: the value and its declared type, the tolerant reader's rules (a value that
cannot be read as declared is kept as received and reported, when it is first read). In strict
mode (``tolerance.strict()``) records are built eagerly, so a deviation still fails the call that
received it. Threads reading one record at once may both build a field; both get equal values.

Example::

    group = UserGroup.from_dict(raw)   # group.attributes not built yet
    group.attributes.sudo.enabled      # built now, once
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar

__all__ = ["PLACEHOLDER", "DeferredFields"]

#: What ``from_dict`` passes to ``__init__`` for a deferred field; the slot is emptied right after.
PLACEHOLDER: Any = None

Reader = Callable[[type, Any], Any]

_getattribute = object.__getattribute__
_setattr = object.__setattr__


class DeferredFields:
    """Base of the generated models that have deferred fields (a slot, not an attrs field: it is
    not part of the model's fields, ``repr`` or ``==``)."""

    __slots__ = ("_jcapi_pending",)

    #: field name -> JSON value, for the fields not built yet (the slot is set only when there are any)
    _jcapi_pending: dict[str, Any]

    #: field name -> the model module's reader for it: (model class, JSON value) -> field value
    _jcapi_readers: ClassVar[Mapping[str, Reader]] = {}

    if not TYPE_CHECKING:  # to type checkers a model has its declared fields only

        def __getattr__(self, name: str) -> Any:
            """A deferred field's first read (its slot is empty): build, store and return it."""
            reader = type(self)._jcapi_readers.get(name)
            if reader is not None:
                try:
                    pending = _getattribute(self, "_jcapi_pending")
                except AttributeError:
                    pending = None
                if pending is not None and name in pending:
                    value = reader(type(self), pending[name])
                    _setattr(self, name, value)
                    return value
            raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")
