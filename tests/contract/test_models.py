"""Contract tests of the tolerant reader over every model of jcapiv1, jcapiv2 and jcapi_insights.

For every name of each package's ``models.__all__``:

* an attrs model gets a valid record (below), and

  (a) the record parses with ``from_dict`` and ``to_dict()`` gives it back (timestamps compared as
      instants); in strict mode it parses too: a valid record is no deviation;
  (b) each property set to ``null``, one at a time, parses, the attribute is ``None`` and
      ``to_dict()`` writes ``null`` back; in strict mode that raises ``DeviationError`` unless the
      property is nullable (where it must not); every property ``null`` at once parses too;
  (c) each enum-typed property (``SomeEnum``, ``SomeEnum | None``, ``list[SomeEnum]``) and each
      ``const`` set to ``"jcapi-unknown-value"`` parses, the value compares equal to that string (an
      enum's is an open member of the enum class) and survives ``to_dict()``; strict mode raises;
  (d) each required property left out parses, stays ``UNSET`` and is left out of ``to_dict()``;
      strict mode raises;
  (e) the strict-mode halves of (b)-(d) prove deviations are not silent; and a list-typed
      property given an object raises ``ShapeError`` in both modes (not data, deliberately);

* an enum: every listed value is its member, an unlisted one an open member equal to it (strict
  mode raises), ``None`` is no member (the model then keeps it as received).

Where the valid record comes from: the model's own attrs fields, their resolved annotations and
the JSON keys its ``to_dict`` writes (model_contract.py), not ``build/specs``. The annotations are
the generator's reading of the description (``| Unset`` left out: required; ``None`` in the union:
nullable; ``Literal``: const; an enum class; a nested model), so "allowed by the description" here
means what the generated type says; and the mapping works for 100% of the models, the inline ones
too (``<Operation>Body``, ``<Model><Property>``, ``allOf`` merges, ``...Type0`` branches), which are
about 40% of them and have no component schema of their name to look up. Required properties are
always filled, optional ones in the model and in the models it contains directly: the nested models'
own null/unknown checks are their own tests'; here a nested object of theirs is present.

Each model is one test; its failure names the model, the check and the JSON key. Known failures of
the generated code are listed, with their template causes, in model_expected_failures.py.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from typing import Any, Self

import attrs
import pytest

from .model_contract import (
    CHECKS,
    EXTRA_KEY,
    ModelRef,
    Problem,
    all_models,
    enum_problems,
    model_files,
    model_problems,
    shape_of,
)
from .model_expected_failures import EXPECTED_FAILURES, SILENT, Known
from .operations import PACKAGES
from .registry import MODELS_EXERCISED

MODELS = all_models()


def verdict(
    model: str, problems: list[Problem], expected: Mapping[tuple[str, str, str], Known]
) -> tuple[list[str], list[str]]:
    """(what fails the test, the reasons of the expected failures) for ``model``'s ``problems``: a problem
    not listed in ``expected`` (or listed with another symptom) fails it, and so does a listed one that
    did not happen (it passes now: the entry must go)."""

    def known(problem: Problem) -> Known | None:
        entry = expected.get((model, problem.check, problem.key))
        return entry if entry is not None and entry.symptom in problem.message else None

    failures = [f"{model} {p}" for p in problems if known(p) is None]
    happened = {(p.check, p.key) for p in problems if known(p) is not None}
    listed = sorted((check, key) for (name, check, key) in expected if name == model)
    failures += [
        f"{model} [{check}] {key!r} passes now: remove it from EXPECTED_FAILURES"
        for check, key in listed
        if (check, key) not in happened
    ]
    reasons = sorted({entry.reason for p in problems if (entry := known(p)) is not None})
    return failures, reasons


@pytest.mark.parametrize("ref", MODELS, ids=[ref.key for ref in MODELS])
def test_model(ref: ModelRef) -> None:
    """The tolerant-reader contract of one model (see the module docstring)."""
    problems = enum_problems(ref.cls) if ref.is_enum else model_problems(ref.cls)
    failures, reasons = verdict(ref.key, problems, EXPECTED_FAILURES)
    if failures:
        pytest.fail(f"{ref.key} breaks the tolerant-reader contract:\n  - " + "\n  - ".join(failures), pytrace=False)
    if reasons:
        MODELS_EXERCISED[ref.key] = "expected"
        pytest.xfail("; ".join(reasons))
    MODELS_EXERCISED[ref.key] = "pass"


# --- the checks can fail -------------------------------------------------------------------


def _messages(cls: type) -> list[str]:
    return [str(p) for p in model_problems(cls)]


def test_valid_record_covers_nested_models_enums_and_extra_keys() -> None:
    """The valid record is not trivially small: nested objects, enum values, additional properties."""
    from jcapiv2.models import GroupMembershipMethodType, UserGroup

    from .model_contract import record

    valid = record(UserGroup)
    assert {"attributes", "memberQuery", "membershipMethod", "type", EXTRA_KEY} <= set(valid)
    assert isinstance(valid["memberQueryExemptions"][0], dict)
    parsed = UserGroup.from_dict(valid)
    assert parsed.membership_method in set(GroupMembershipMethodType)
    assert type(parsed.attributes).__name__ == "GroupAttributesUserGroup"
    assert parsed[EXTRA_KEY] == valid[EXTRA_KEY]
    assert [str(p) for p in model_problems(UserGroup) if p.check in ("record", "valid")] == []


def test_checker_notices_to_dict_dropping_a_key() -> None:
    """A to_dict that loses a property, or the additional properties, is reported."""
    from jcapiv2.models import UserGroup

    @attrs.define
    class DropsName(UserGroup):
        def to_dict(self) -> dict[str, Any]:
            return {k: v for k, v in super().to_dict().items() if k != "name"}

    @attrs.define
    class DropsExtras(UserGroup):
        def to_dict(self) -> dict[str, Any]:
            return {k: v for k, v in super().to_dict().items() if k != EXTRA_KEY}

    assert "[record]: to_dict() writes no key for field 'name'" in _messages(DropsName)
    problems = _messages(DropsExtras)
    assert f"[valid]: to_dict() does not give back the record: record.{EXTRA_KEY} was sent but is missing" in problems


def test_checker_notices_null_written_back_as_absent() -> None:
    """A to_dict that leaves out ``None`` values breaks the null round trip (check b), for every property."""
    from jcapiv2.models import UserGroup

    @attrs.define
    class DropsNulls(UserGroup):
        def to_dict(self) -> dict[str, Any]:
            return {k: v for k, v in super().to_dict().items() if v is not None}

    problems = [p for p in model_problems(DropsNulls) if p.check == "null"]
    assert {p.key for p in problems} == {f.key for f in shape_of(UserGroup).fields}
    assert "record.name was sent but is missing" in next(p.message for p in problems if p.key == "name")


def test_checker_notices_silent_strict_mode() -> None:
    """A from_dict that tolerates even in strict mode fails every strict half (b, c, d)."""
    from jcapiv2 import tolerance
    from jcapiv2.models import GraphOperationUser

    @attrs.define
    class NeverStrict(GraphOperationUser):
        @classmethod
        def from_dict(cls, src_dict: Any) -> Self:
            with tolerance.strict(False):
                return super().from_dict(src_dict)

    silent = {(p.check, p.key) for p in model_problems(NeverStrict) if "accepted the deviation silently" in p.message}
    assert {("null", "id"), ("unknown", "op"), ("unknown", "type"), ("missing", "id"), ("missing", "op")} <= silent


def test_checker_notices_a_closed_enum() -> None:
    """An unknown enum value that is dropped (not kept as an open member) fails check (c); a closed
    enum class fails the enum test."""
    from jcapiv2.models import UserGroup

    @attrs.define
    class ClosesEnums(UserGroup):
        @classmethod
        def from_dict(cls, src_dict: Any) -> Self:
            parsed = super().from_dict(src_dict)
            if parsed.membership_method == "jcapi-unknown-value":
                parsed.membership_method = None  # type: ignore[assignment]
            return parsed

    problems = [str(p) for p in model_problems(ClosesEnums) if p.check == "unknown"]
    assert any(p.startswith("[unknown] 'membershipMethod': membership_method is None") for p in problems), problems

    class Closed(enum.StrEnum):
        A = "a"

    with pytest.raises(LookupError):
        enum_problems(Closed)  # not a generated enum: no tolerance module to switch
    from jcapiv2 import tolerance

    first = next(str(p) for p in enum_problems(Closed, tolerance))
    assert first.startswith("[unknown]: 'jcapi-unknown-value' raised"), first


def test_checker_notices_a_model_dropping_an_object_for_a_list() -> None:
    """A list-typed property that silently drops an object (instead of keeping and reporting it) fails."""
    from jcapiv2.models import UserGroup

    @attrs.define
    class DropsObjects(UserGroup):
        @classmethod
        def from_dict(cls, src_dict: Any) -> Self:
            if isinstance(src_dict.get("memberQueryExemptions"), dict):
                src_dict = {k: v for k, v in src_dict.items() if k != "memberQueryExemptions"}
            return super().from_dict(src_dict)

    problems = [str(p) for p in model_problems(DropsObjects) if p.check == "shape"]
    assert problems == [
        "[shape] 'memberQueryExemptions': an object for a list was not kept as received",
        "[shape] 'memberQueryExemptions': an object for a list was accepted (strict=True)",
    ]


def test_expected_failures_cannot_hide_new_or_fixed_ones() -> None:
    """Only a listed (model, check, key) with its symptom is expected; a listed one that passes fails too."""
    listed = {("pkg:M", "null", "a"): Known("reason a", SILENT), ("pkg:M", "missing", "b"): Known("reason b", SILENT)}
    silent_a = Problem("null", "a", f"{SILENT} (no DeviationError)")
    failures, reasons = verdict("pkg:M", [silent_a, Problem("missing", "b", f"{SILENT} (no DeviationError)")], listed)
    assert (failures, reasons) == ([], ["reason a", "reason b"])
    failures, _ = verdict("pkg:M", [silent_a], listed)
    assert failures == ["pkg:M [missing] 'b' passes now: remove it from EXPECTED_FAILURES"]
    other = Problem("missing", "b", "from_dict raised KeyError: 'b'")
    failures, _ = verdict("pkg:M", [silent_a, other], listed)
    assert failures[0] == "pkg:M [missing] 'b': from_dict raised KeyError: 'b'"
    failures, _ = verdict("pkg:N", [silent_a], listed)
    assert failures == [f"pkg:N [null] 'a': {silent_a.message}"]


# --- nothing slips through -----------------------------------------------------------------


def test_every_model_was_exercised(request: pytest.FixtureRequest) -> None:
    """``models.__all__`` names every model module on disk, and every model whose test ran in this
    session passed (listed expected failures count as run); the expected-failure list names real
    models and checks."""
    problems = []
    for package in PACKAGES:
        refs = [m for m in MODELS if m.package == package.name]
        listed = {ref.cls.__module__.rsplit(".", 1)[1] for ref in refs}
        on_disk = model_files(package.name)
        problems += [f"{package.name}: models/{m}.py is not in models.__all__" for m in sorted(on_disk - listed)]
        problems += [
            f"{package.name}: models.__all__ names a class of {m}, not a file" for m in sorted(listed - on_disk)
        ]
        problems += [
            f"{ref.key} is neither an enum nor an attrs model"
            for ref in refs
            if not ref.is_enum and not attrs.has(ref.cls)
        ]
    selected = set()
    for item in request.session.items:
        callspec = getattr(item, "callspec", None)
        if callspec is not None and isinstance(callspec.params.get("ref"), ModelRef):
            selected.add(callspec.params["ref"].key)
    problems += [f"{key}: not exercised (its test did not pass)" for key in sorted(selected - set(MODELS_EXERCISED))]
    known = {m.key for m in MODELS}
    for model, check, key in sorted(EXPECTED_FAILURES):
        if model not in known:
            problems.append(f"EXPECTED_FAILURES names {model}, which no models.__all__ lists")
        elif check not in CHECKS:
            problems.append(f"EXPECTED_FAILURES names check {check!r} of {model}, which is not one of {CHECKS}")
        elif key not in {f.key for f in shape_of(next(m.cls for m in MODELS if m.key == model)).fields}:
            problems.append(f"EXPECTED_FAILURES names {model}.{key}, which is not a property")
    assert not problems, "model contract coverage is incomplete:\n  - " + "\n  - ".join(problems)
