"""The tolerant-reader contract of every generated model: records built from the model's own fields, and the checks.

Where a record comes from: the model's attrs fields and their resolved annotations (what the
generator made of the description: ``| Unset`` absent means required, ``None`` in the union means
nullable, ``Literal`` is a ``const``, an ``Enum`` subclass an ``enum``, a model class a nested
object), and each field's JSON key, read from the generated ``to_dict`` by building an instance
whose every field holds a unique marker string (the tolerant ``to_dict`` passes a value it cannot
convert through unchanged, so each marker comes back under its field's key). This reaches 100% of
the models, inline ones included (``<Operation>Body``, ``<Model><Property>``, ``...Type0`` merges),
which a name lookup in ``components/schemas`` cannot: only about 830 of the 1,454 attrs models are
named after a component schema. The keys found this way are compared with the module's
``_JSON_KEYS`` (what ``from_dict`` reads), so a key the two methods disagree on is reported.

Deterministic: the same model always gives the same record, so failures reproduce.
"""

from __future__ import annotations

import datetime
import enum
import functools
import importlib
import sys
import types
import typing
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import attrs

from .checks import json_difference
from .operations import PACKAGES

#: The value no description lists (an enum's or a ``const``'s).
UNKNOWN = "jcapi-unknown-value"
#: The unknown value for an integer enum (none is generated today; kept for completeness).
UNKNOWN_INT = 987_654_321
#: A key no model declares: an additional property, which every model keeps.
EXTRA_KEY = "jcapi-extra-property"
DATE_TIME = "2024-01-02T03:04:05+00:00"  # what isoformat() writes back: the round trip is exact
DATE = "2024-01-02"
#: Optional properties are filled in the model under test and in the models it contains directly.
OPTIONAL_DEPTH = 1
#: Required properties are followed this deep at most (a cycle of required properties would loop).
HARD_DEPTH = 10

_MARKER = "\x00jcapi-field-marker:"


class RecordError(Exception):
    """No valid record can be built for a model (e.g. a cycle of required properties)."""


@dataclass(frozen=True)
class ModelRef:
    """One name of a package's ``models.__all__``."""

    package: str  # import name: jcapiv1, jcapiv2, jcapi_insights
    name: str

    @property
    def key(self) -> str:
        """``package:Name``, unique across the three packages."""
        return f"{self.package}:{self.name}"

    @property
    def cls(self) -> type:
        """The model (or enum) class."""
        cls: type = getattr(importlib.import_module(f"{self.package}.models"), self.name)
        return cls

    @property
    def is_enum(self) -> bool:
        """Whether the name is an enum (else an attrs model)."""
        return issubclass(self.cls, enum.Enum)


@functools.cache
def all_models() -> tuple[ModelRef, ...]:
    """Every name of every package's ``models.__all__``, in that order."""
    refs: list[ModelRef] = []
    for package in PACKAGES:
        names: list[str] = list(importlib.import_module(f"{package.name}.models").__all__)
        refs += [ModelRef(package.name, name) for name in names]
    return tuple(refs)


def model_files(package: str) -> set[str]:
    """The module names in ``<package>/models/`` (without ``__init__``)."""
    folder = Path(importlib.import_module(f"{package}.models").__file__ or "").parent
    return {path.stem for path in folder.glob("*.py") if path.name != "__init__.py"}


def tolerance_of(cls: type) -> types.ModuleType:
    """The ``tolerance`` module of the package ``cls`` comes from (each package has its own strict switch)."""
    for base in cls.__mro__:
        top = base.__module__.split(".")[0]
        if top in {p.name for p in PACKAGES}:
            return importlib.import_module(f"{top}.tolerance")
    raise LookupError(f"{cls.__qualname__} is not from a generated package")


# --- the fields of a model ------------------------------------------------------------------


def _is_unset(tp: Any) -> bool:
    return getattr(tp, "__name__", "") == "Unset"


def _union_members(annotation: Any) -> tuple[Any, ...]:
    if typing.get_origin(annotation) in (typing.Union, types.UnionType):
        return typing.get_args(annotation)
    return (annotation,)


def _enum_class(tp: Any) -> type[enum.Enum] | None:
    return tp if isinstance(tp, type) and issubclass(tp, enum.Enum) else None


@dataclass(frozen=True)
class Field:
    """One property of a model: its Python name, JSON key and declared type."""

    name: str  # attribute name (``type_``)
    alias: str  # ``__init__`` keyword
    key: str  # JSON key (``type``)
    annotation: Any  # resolved, ``Unset`` and ``None`` included
    members: tuple[Any, ...]  # the union without ``Unset`` and ``None``

    @property
    def required(self) -> bool:
        """The generator leaves ``| Unset`` out of a required property's type."""
        return not any(_is_unset(m) for m in _union_members(self.annotation))

    @property
    def nullable(self) -> bool:
        """The description allows ``null`` (``None`` is in the type)."""
        return type(None) in _union_members(self.annotation)

    @property
    def enum_class(self) -> type[enum.Enum] | None:
        """The enum class of an enum-typed property."""
        return _enum_class(self.members[0]) if len(self.members) == 1 else None

    @property
    def literal(self) -> bool:
        """Whether the property is a ``const`` (``Literal``)."""
        return len(self.members) == 1 and typing.get_origin(self.members[0]) is typing.Literal

    @property
    def item_enum_class(self) -> type[enum.Enum] | None:
        """The item enum class of a ``list[SomeEnum]`` property."""
        if len(self.members) == 1 and typing.get_origin(self.members[0]) is list:
            (item,) = typing.get_args(self.members[0])
            return _enum_class(item)
        return None

    @property
    def is_list(self) -> bool:
        """A list-typed property (not a union that also allows other types)."""
        return len(self.members) == 1 and typing.get_origin(self.members[0]) is list


@dataclass(frozen=True)
class Shape:
    """A model's fields, additional-properties value type, and what could not be worked out."""

    fields: tuple[Field, ...]
    additional: Any  # the value type of additional_properties, or None when the model has none
    problems: tuple[str, ...]


def _hints(cls: type) -> dict[str, Any]:
    """The resolved annotations of ``cls`` (each module's lazily imported models bound first)."""
    for base in cls.__mro__:
        load = getattr(sys.modules.get(base.__module__), "_load_refs", None)
        if callable(load):
            load()
    return typing.get_type_hints(cls)


@functools.cache
def shape_of(cls: type) -> Shape:
    """The fields of attrs model ``cls``, with their JSON keys read from its ``to_dict``."""
    hints = _hints(cls)
    problems: list[str] = []
    declared = [f for f in attrs.fields(cls) if f.name != "additional_properties"]
    markers = {f.name: f"{_MARKER}{f.name}" for f in declared}
    try:
        written = cls(**{f.alias: markers[f.name] for f in declared}).to_dict()
    except Exception as exc:  # any exception is the finding
        written = {}
        problems.append(f"to_dict() of an instance holding a marker in every field raised {type(exc).__name__}: {exc}")
    keys = {value: key for key, value in written.items() if isinstance(value, str) and value.startswith(_MARKER)}
    fields = []
    for f in declared:
        key = keys.get(markers[f.name])
        if key is None:
            problems.append(f"to_dict() writes no key for field {f.name!r}")
            continue
        members = tuple(m for m in _union_members(hints[f.name]) if m is not type(None) and not _is_unset(m))
        fields.append(Field(f.name, f.alias, key, hints[f.name], members))
    json_keys = next(
        (found for base in cls.__mro__ if (found := getattr(sys.modules.get(base.__module__), "_JSON_KEYS", None))),
        None,
    )
    if json_keys is not None and set(json_keys) != {f.key for f in fields}:
        problems.append(f"from_dict reads {sorted(json_keys)}, to_dict writes {sorted(f.key for f in fields)}")
    additional = None
    if "additional_properties" in attrs.fields_dict(cls):
        (_, additional) = typing.get_args(hints["additional_properties"])
    return Shape(tuple(fields), additional, tuple(problems))


# --- valid records ---------------------------------------------------------------------------


def json_value(annotation: Any, *, name: str, depth: int) -> Any:
    """A JSON value the generated code reads as ``annotation`` without any deviation."""
    members = [m for m in _union_members(annotation) if m is not type(None) and not _is_unset(m)]
    if not members:
        raise RecordError(f"{name}: only null is allowed")
    tp = members[0]
    origin = typing.get_origin(tp)
    if tp is Any:
        return "jcapi-any-value"
    if origin is typing.Literal:
        return typing.get_args(tp)[0]
    if origin is list:
        (item,) = typing.get_args(tp) or (Any,)
        return [json_value(item, name=name, depth=depth)]
    if origin is dict or tp is dict:
        args = typing.get_args(tp)
        return {"key": json_value(args[1] if args else Any, name=name, depth=depth)}
    enum_cls = _enum_class(tp)
    if enum_cls is not None:
        values = [m.value for m in enum_cls]
        # "" is an enum's zero value (grpc-gateway), not a representative one: as synth.py, prefer another.
        return next((v for v in values if v != ""), values[0])
    if isinstance(tp, type) and attrs.has(tp):
        return record(tp, depth=depth + 1)
    simple: dict[Any, Any] = {
        str: f"{name or 'value'}-value",
        bool: True,
        int: 1,
        float: 1.5,
        datetime.datetime: DATE_TIME,
        datetime.date: DATE,
    }
    if tp in simple:
        return simple[tp]
    raise RecordError(f"{name}: no value for {tp!r}")


def record(cls: type, *, depth: int = 0) -> dict[str, Any]:
    """A valid record of ``cls``: every required property, optional ones to ``OPTIONAL_DEPTH``, and
    (at the top) one additional property."""
    if depth > HARD_DEPTH:
        raise RecordError(f"{cls.__name__}: required properties nest deeper than {HARD_DEPTH} (a cycle?)")
    shape = shape_of(cls)
    out: dict[str, Any] = {}
    for field in shape.fields:
        if field.required or depth <= OPTIONAL_DEPTH:
            out[field.key] = json_value(field.annotation, name=field.key, depth=depth)
    if depth == 0 and shape.additional is not None:
        out[EXTRA_KEY] = json_value(shape.additional, name="extra", depth=depth)
    return out


# --- the checks ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Problem:
    """One failed check of one model: which check, on which property, and what happened."""

    check: str  # valid, null, all-null, unknown, missing, shape, record
    key: str  # the JSON key, "" for the record as a whole
    message: str

    def __str__(self) -> str:
        where = f" {self.key!r}" if self.key else ""
        return f"[{self.check}]{where}: {self.message}"


#: Every check a model goes through (an expected failure names one of them).
CHECKS = ("record", "valid", "null", "all-null", "unknown", "missing", "shape")

AttributeCheck = Callable[[Any], str | None]


class _Checker:
    """The checks of one attrs model class."""

    def __init__(self, cls: type, tolerance: types.ModuleType) -> None:
        self.cls = cls
        self.tolerance = tolerance
        self.problems: list[Problem] = []

    def problem(self, check: str, key: str, message: str) -> None:
        self.problems.append(Problem(check, key, message))

    def parse(self, check: str, key: str, source: Mapping[str, Any], expected: Any) -> Any:
        """``from_dict`` then ``to_dict`` (tolerant mode): problems unless it parses and gives back ``expected``."""
        try:
            parsed = self.cls.from_dict(source)  # type: ignore[attr-defined]
        except Exception as exc:  # any exception is the finding
            self.problem(check, key, f"from_dict raised {type(exc).__name__}: {exc}")
            return None
        try:
            written = parsed.to_dict()
        except Exception as exc:  # any exception is the finding
            self.problem(check, key, f"to_dict() raised {type(exc).__name__}: {exc}")
            return None
        diff = json_difference(expected, written, "record")
        if diff:
            self.problem(check, key, f"to_dict() does not give back the record: {diff}")
        return parsed

    def strict(self, check: str, key: str, source: Mapping[str, Any], *, deviates: bool) -> None:
        """``from_dict`` under ``tolerance.strict()``: DeviationError exactly when ``deviates``."""
        try:
            with self.tolerance.strict():
                self.cls.from_dict(source)  # type: ignore[attr-defined]
        except self.tolerance.DeviationError as exc:
            if not deviates:
                self.problem(check, key, f"strict mode raised DeviationError for a value the description allows: {exc}")
            return
        except Exception as exc:  # any exception is the finding
            self.problem(check, key, f"strict mode raised {type(exc).__name__} (not DeviationError): {exc}")
            return
        if deviates:
            self.problem(check, key, "strict mode accepted the deviation silently (no DeviationError)")

    def attribute(self, check: str, field: Field, parsed: Any, test: AttributeCheck) -> None:
        if parsed is None:
            return
        message = test(getattr(parsed, field.name))
        if message:
            self.problem(check, field.key, f"{field.name} {message}")


def _is_none(value: Any) -> str | None:
    return None if value is None else f"is {value!r}, not None"


def _is_unset_value(value: Any) -> str | None:
    return None if _is_unset(type(value)) else f"is {value!r}, not UNSET"


def _open_member(enum_cls: type[enum.Enum] | None, unknown: Any) -> AttributeCheck:
    def test(value: Any) -> str | None:
        if value != unknown:
            return f"is {value!r}, which does not compare equal to {unknown!r}"
        if enum_cls is not None and not isinstance(value, enum_cls):
            return f"is {type(value).__name__} {value!r}, not an open member of {enum_cls.__name__}"
        return None

    return test


def _open_members(enum_cls: type[enum.Enum], unknown: Any) -> AttributeCheck:
    item_test = _open_member(enum_cls, unknown)

    def test(value: Any) -> str | None:
        if not isinstance(value, list) or len(value) != 1:
            return f"is {value!r}, not a one-item list"
        return item_test(value[0])

    return test


def unknown_value(enum_cls: type[enum.Enum] | None) -> Any:
    """The value a description does not list, for ``enum_cls`` (a string unless it is an integer enum)."""
    return UNKNOWN_INT if enum_cls is not None and issubclass(enum_cls, int) else UNKNOWN


def model_problems(cls: type, tolerance: types.ModuleType | None = None) -> list[Problem]:
    """Every check of attrs model ``cls`` (see test_models.py); empty when the contract holds."""
    checker = _Checker(cls, tolerance or tolerance_of(cls))
    shape = shape_of(cls)
    for message in shape.problems:
        checker.problem("record", "", message)
    try:
        valid = record(cls)
    except RecordError as exc:
        checker.problem("record", "", f"no valid record: {exc}")
        return checker.problems

    # (a) a valid record parses, round-trips, and is no deviation in strict mode
    checker.parse("valid", "", valid, valid)
    checker.strict("valid", "", valid, deviates=False)

    for field in shape.fields:
        key = field.key
        # (b) null, one property at a time: kept as None, written back as null; a deviation unless nullable
        nulled = {**valid, key: None}
        parsed = checker.parse("null", key, nulled, nulled)
        checker.attribute("null", field, parsed, _is_none)
        checker.strict("null", key, nulled, deviates=not field.nullable)

        # (c) a value the description does not list: an open enum member equal to it, written back
        item_enum, enum_cls = field.item_enum_class, field.enum_class
        if enum_cls is not None or field.literal or item_enum is not None:
            unknown = unknown_value(item_enum or enum_cls)
            value: Any = [unknown] if item_enum is not None else unknown
            changed = {**valid, key: value}
            parsed = checker.parse("unknown", key, changed, changed)
            test = _open_members(item_enum, unknown) if item_enum is not None else _open_member(enum_cls, unknown)
            checker.attribute("unknown", field, parsed, test)
            checker.strict("unknown", key, changed, deviates=True)

        # (d) a required property left out: stays UNSET, left out of to_dict(); always a deviation
        if field.required:
            missing = {k: v for k, v in valid.items() if k != key}
            parsed = checker.parse("missing", key, missing, missing)
            checker.attribute("missing", field, parsed, _is_unset_value)
            checker.strict("missing", key, missing, deviates=True)

        # an object where a list is declared: a page's `results` is a ShapeError in both modes; in any
        # other field it is a deviation like the others (kept, or DeviationError in strict mode)
        if field.is_list:
            page = key == "results"
            for strict in (False, True):
                try:
                    with checker.tolerance.strict(strict):
                        parsed = cls.from_dict({**valid, key: {}})  # type: ignore[attr-defined]
                except checker.tolerance.ShapeError:
                    if not page:
                        checker.problem("shape", key, "an object for a list inside a record failed the record")
                    continue
                except checker.tolerance.DeviationError:
                    if page or not strict:
                        checker.problem("shape", key, f"an object for a list raised DeviationError (strict={strict})")
                    continue
                except Exception as exc:  # any exception is the finding
                    checker.problem("shape", key, f"an object for a list raised {type(exc).__name__}: {exc}")
                else:
                    if page or strict:
                        checker.problem("shape", key, f"an object for a list was accepted (strict={strict})")
                    elif getattr(parsed, field.name) != {}:
                        checker.problem("shape", key, "an object for a list was not kept as received")

    # (b) every property null at once
    if shape.fields:
        all_null = {**valid, **{f.key: None for f in shape.fields}}
        checker.parse("all-null", "", all_null, all_null)
    return checker.problems


def enum_problems(enum_cls: type[enum.Enum], tolerance: types.ModuleType | None = None) -> list[Problem]:
    """An enum class: every listed value is its member, an unlisted one an open member, strict mode raises."""
    tolerance = tolerance or tolerance_of(enum_cls)
    problems: list[Problem] = []
    for member in enum_cls:
        if enum_cls(member.value) is not member:
            problems.append(Problem("valid", str(member.value), f"{member.value!r} does not give {member!r}"))
        if str(member) != str(member.value):
            problems.append(Problem("valid", str(member.value), f"str() gives {str(member)!r}"))
    unknown = unknown_value(enum_cls)
    try:
        opened = enum_cls(unknown)
    except Exception as exc:  # any exception is the finding
        problems.append(Problem("unknown", "", f"{unknown!r} raised {type(exc).__name__}: {exc}"))
    else:
        if not (isinstance(opened, enum_cls) and opened == unknown and opened.value == unknown):
            problems.append(Problem("unknown", "", f"{unknown!r} gave {opened!r}, not an open member equal to it"))
        elif str(opened) != str(unknown):
            problems.append(Problem("unknown", "", f"str() of the open member is {str(opened)!r}"))
    try:
        with tolerance.strict():
            enum_cls(unknown)
    except tolerance.DeviationError:
        pass
    except Exception as exc:  # any exception is the finding
        problems.append(Problem("unknown", "", f"strict mode raised {type(exc).__name__} (not DeviationError)"))
    else:
        problems.append(Problem("unknown", "", "strict mode accepted an unlisted value silently"))
    # null (and any other non-value) is no member: the model's from_dict then keeps it as received
    try:
        enum_cls(None)
    except ValueError:
        pass
    else:
        problems.append(Problem("null", "", "None became a member"))
    return problems
