"""``jcapi migrate``: rewrite jcapi-python code for this SDK, and flag what is not mechanical.

    jcapi migrate scripts/            # print a unified diff
    jcapi migrate scripts/ --write    # rewrite the files in place

It resolves names as Python does (``libcst``'s qualified names: ``import jcapiv2``,
``from jcapiv2 import UserGroupsApi`` and ``import jcapiv2 as jc`` all work), then rewrites
``Configuration()`` + ``api_key[...]`` + ``ApiClient(...)`` into one ``connect(...)``, API
objects into the client, method calls into ``module.function.sync(client=...)`` (positional
``content_type`` / ``accept`` and empty ``x_org_id`` dropped, path parameters kept in order),
models into ``Model.from_dict({json keys})``, dict bodies into the body model, and
``rest.ApiException`` into the package's ``errors.JumpCloudError``. What it cannot prove safe
gets a ``# jcapi migrate: ...`` comment with the fix. A second run changes nothing; a file that
does not parse is reported and left as it is. The table it follows is generated from
jcapi-python's sources (``cli/jcapi_cli/migration_map.json``, docs/jcapi-python-methods.md).

Hand-written on libcst's codemod framework (imports added and removed by its visitors).
"""

from __future__ import annotations

import difflib
import json
import re
import shutil
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path
from typing import IO, Any

import libcst as cst
from libcst import matchers as m
from libcst.codemod import CodemodContext, VisitorBasedCodemodCommand
from libcst.codemod.visitors import AddImportsVisitor, RemoveImportsVisitor
from libcst.metadata import QualifiedNameProvider

PACKAGES = ("jcapiv1", "jcapiv2")
NOTE = "# jcapi migrate: "
DROPPED = {"content_type", "accept"}
SYSTEM_CONTEXT = {"authorization", "date", "_date"}
UNSAFE_KWARGS = {
    "async_req": "async_req=True has no counterpart: await {fn}.asyncio(...) with an async client instead",
    "_preload_content": "_preload_content: call {fn}.sync_detailed(...) and read .content for the raw body",
    "_request_timeout": "_request_timeout: use client.with_timeout(seconds) and call the operation on that",
}
ERROR_ATTRS = {"status": "status_code", "body": "content", "reason": None, "headers": None}


@cache
def migration_map() -> dict[str, Any]:
    """The generated table: jcapi-python method / model -> ours (see pipeline/jcapi_python.py)."""
    data: dict[str, Any] = json.loads((resources.files("jcapi_cli") / "migration_map.json").read_text("utf-8"))
    return data["packages"]


class _Classes(dict[str, set[str]]):
    """jcapi-python's API class names per package, read from the map on first use."""

    def __missing__(self, package: str) -> set[str]:
        self[package] = {m["class"] for m in migration_map()[package]["methods"].values()}
        return self[package]


MAP_CLASSES = _Classes()


def _code(node: cst.CSTNode) -> str:
    return cst.Module([]).code_for_node(node)


def _dotted(text: str) -> cst.BaseExpression:
    return cst.parse_expression(text)


def _kw(name: str, value: cst.BaseExpression) -> cst.Arg:
    """``name=value`` as black / ruff write it."""
    tight = cst.AssignEqual(whitespace_before=cst.SimpleWhitespace(""), whitespace_after=cst.SimpleWhitespace(""))
    return cst.Arg(value, keyword=cst.Name(name), equal=tight)


@dataclass
class _Config:
    package: str
    key: cst.BaseExpression | None = None
    host: cst.BaseExpression | None = None


@dataclass
class _Facts:
    """What the first pass learns: the Configuration objects and the API objects, by variable."""

    configs: dict[str, _Config] = field(default_factory=dict)  # variable -> its latest Configuration()
    order: list[_Config] = field(default_factory=list)  # every Configuration(), in source order
    empty: set[str] = field(default_factory=set)  # variables only ever assigned '' (x_org_id = '')
    assigned: set[str] = field(default_factory=set)
    models: dict[str, str] = field(default_factory=dict)  # variable -> our model it holds
    apis: dict[str, tuple[str, str]] = field(default_factory=dict)  # receiver code -> (package, class)


class _Pass(VisitorBasedCodemodCommand):
    METADATA_DEPENDENCIES = (QualifiedNameProvider,)

    def __init__(self, context: CodemodContext, facts: _Facts) -> None:
        super().__init__(context)
        self.facts = facts
        self.scope: list[str] = []  # enclosing functions and classes: a variable is known per scope

    def on_visit(self, node: cst.CSTNode) -> bool:
        if isinstance(node, cst.FunctionDef | cst.ClassDef):
            self.scope.append(node.name.value)
        return super().on_visit(node)

    def on_leave(self, original: cst.CSTNode, updated: cst.CSTNode) -> Any:
        if isinstance(original, cst.FunctionDef | cst.ClassDef):
            self.scope.pop()
        return super().on_leave(original, updated)

    def _scope(self, code: str) -> list[str]:
        return self.scope[:-1] if code.startswith("self.") else self.scope  # self.x belongs to the class

    def key(self, code: str) -> str:
        """``code`` (a variable, ``self.api``) qualified by the current scope."""
        return "/".join(self._scope(code)) + ":" + code

    def lookup(self, table: dict[str, Any] | set[str], code: str) -> Any:
        """What ``table`` knows of ``code`` here: the innermost scope that assigned it wins."""
        scope = self._scope(code)
        for depth in range(len(scope), -1, -1):
            k = "/".join(scope[:depth]) + ":" + code
            if k in table:
                return table[k] if isinstance(table, dict) else True
        return None

    def jc(self, node: cst.CSTNode) -> tuple[str, str] | None:
        """``(package, dotted rest)`` when ``node`` names something of jcapi-python's packages."""
        for q in self.get_metadata(QualifiedNameProvider, node, set()):
            package, _, rest = q.name.partition(".")
            if package in PACKAGES and rest:
                return package, rest
        return None

    def api_class(self, node: cst.BaseExpression) -> tuple[str, str] | None:
        name = self.jc(node)
        last = name[1].rsplit(".", 1)[-1] if name else ""
        return (name[0], last) if name and last.endswith("Api") and last != "ApiClient" else None

    def model(self, name: tuple[str, str]) -> dict[str, Any] | None:
        """jcapi-python's model for ``jcapiv2.Model`` (ours export none there), or a deeper path
        naming a model whose name changed (the same name may be ours already)."""
        last = name[1].rsplit(".", 1)[-1]
        model: dict[str, Any] | None = migration_map()[name[0]]["models"].get(last)
        if model is None or (name[1] != last and model["ours"] in (last, None)):
            return None
        return model

    def config_attr(self, stmt: cst.BaseSmallStatement) -> tuple[str, str] | None:
        """``(config variable, attribute)`` for ``conf.api_key['x-api-key'] = ...`` / ``conf.host = ...``."""
        if not isinstance(stmt, cst.Assign) or len(stmt.targets) != 1:
            return None
        target = stmt.targets[0].target
        if isinstance(target, cst.Subscript) and isinstance(target.value, cst.Attribute):
            owner, attr = target.value.value, target.value.attr.value
        elif isinstance(target, cst.Attribute):
            owner, attr = target.value, target.attr.value
        else:
            return None
        return (_code(owner), attr) if _code(owner) in self.facts.configs else None


class _Collect(_Pass):
    def visit_Assign(self, node: cst.Assign) -> None:
        value = node.value
        if len(node.targets) == 1 and isinstance(value, cst.Call):
            name, target = self.jc(value.func), _code(node.targets[0].target)
            if name and name[1] == "Configuration":
                self.facts.configs[target] = _Config(name[0])
                self.facts.order.append(self.facts.configs[target])
            elif (api := self.api_class(value.func)) is not None:
                self.facts.apis[self.key(target)] = api
            elif name and (model := self.model(name)) is not None and model["ours"]:
                self.facts.models[self.key(target)] = model["ours"]
        if len(node.targets) == 1 and isinstance(node.targets[0].target, cst.Name):
            blank = m.matches(value, m.SimpleString("''") | m.SimpleString('""'))
            name_of = self.key(node.targets[0].target.value)
            if blank and name_of not in self.facts.assigned:
                self.facts.empty.add(name_of)
            elif not blank:
                self.facts.empty.discard(name_of)
            self.facts.assigned.add(name_of)
        found = self.config_attr(node)
        if found and found[1] == "api_key":
            self.facts.configs[found[0]].key = value
        elif found and found[1] == "host":
            self.facts.configs[found[0]].host = value

    def transform_module_impl(self, tree: cst.Module) -> cst.Module:
        tree.visit(self)
        return tree


class _Rewrite(_Pass):
    """The rewriting pass; each note goes on the statement holding the code it is about."""

    def __init__(self, context: CodemodContext, facts: _Facts) -> None:
        super().__init__(context, facts)
        self.notes: list[list[str]] = []
        self.error_names: list[str] = []
        self.pending = list(facts.order)  # Configuration() calls, in source order

    # ---------------------------------------------------------------- notes
    def note(self, text: str) -> None:
        if self.notes and text not in self.notes[-1]:
            self.notes[-1].append(text)

    def on_visit(self, node: cst.CSTNode) -> bool:
        if isinstance(node, cst.SimpleStatementLine | cst.BaseCompoundStatement):
            self.notes.append([])
        if isinstance(node, cst.ExceptHandler) and node.name and node.type and self._is_error(node.type):
            self.error_names.append(_code(node.name.name))
        return super().on_visit(node)

    def on_leave(self, original: cst.CSTNode, updated: cst.CSTNode) -> Any:
        result = super().on_leave(original, updated)
        if isinstance(original, cst.SimpleStatementLine | cst.BaseCompoundStatement):
            notes = self.notes.pop()
            if notes and isinstance(result, cst.SimpleStatementLine | cst.BaseCompoundStatement):
                have = {line.comment.value for line in result.leading_lines if line.comment}
                new = [cst.EmptyLine(comment=cst.Comment(NOTE + n)) for n in notes if NOTE + n not in have]
                result = result.with_changes(leading_lines=[*result.leading_lines, *new])
        if isinstance(original, cst.ExceptHandler) and original.name and self.error_names:
            self.error_names.pop()
        return result

    # ---------------------------------------------------------------- configuration
    def leave_SimpleStatementLine(
        self, original: cst.SimpleStatementLine, updated: cst.SimpleStatementLine
    ) -> cst.SimpleStatementLine | cst.RemovalSentinel:
        found = self.config_attr(original.body[0]) if len(original.body) == 1 else None
        if found and found[1] in ("api_key", "api_key_prefix", "host"):
            return cst.RemovalSentinel.REMOVE  # folded into connect(...)
        if found:
            self.note(f"Configuration.{found[1]} has no counterpart here: see the arguments of connect()")
        return updated

    def _connect(self, package: str, config: _Config | None, func: cst.BaseExpression | None) -> cst.Call:
        """``<package>.connect(api_key=..., base_url=...)``, through the module alias the code used."""
        if isinstance(func, cst.Attribute):
            connect: cst.BaseExpression = func.with_changes(attr=cst.Name("connect"))
        else:
            AddImportsVisitor.add_needed_import(self.context, package)
            connect = _dotted(f"{package}.connect")
        config = config or _Config(package)
        args = [_kw("api_key", config.key)] if config.key is not None else []
        if config.key is None:
            self.note("no API key set here: connect() reads JUMPCLOUD_API_KEY (a system: connect_as_system)")
        if config.host is not None:
            args.append(_kw("base_url", config.host))
        return cst.Call(connect, args)

    def leave_Call(self, original: cst.Call, updated: cst.Call) -> cst.BaseExpression:
        name = self.jc(original.func)
        if name and name[1] == "Configuration":
            config = next((c for c in self.pending if c.package == name[0]), None)
            if config is not None:
                self.pending.remove(config)
            RemoveImportsVisitor.remove_unused_import(self.context, name[0], "Configuration")
            return self._connect(name[0], config, updated.func)
        api = self.api_class(original.func)
        if (name and name[1] == "ApiClient") or api:
            package = api[0] if api else name[0]  # type: ignore[index]
            RemoveImportsVisitor.remove_unused_import(self.context, package, api[1] if api else "ApiClient")
            return updated.args[0].value if updated.args else self._connect(package, None, None)
        if name and (model := self.model(name)) is not None:
            return self._from_dict(updated, name[0], name[1].rsplit(".", 1)[-1], model)
        if isinstance(updated.func, cst.Attribute):
            return self._operation(original, updated)
        return updated

    # ---------------------------------------------------------------- models
    def _from_dict(self, call: cst.Call, package: str, old: str, model: dict[str, Any]) -> cst.BaseExpression:
        ours, keys = model["ours"], model["json_keys"]
        if ours is None:
            self.note(f"{package}.{old} has no counterpart model: pass the fields as a dict of JSON names")
            return call
        if any(a.keyword is None or a.keyword.value not in keys for a in call.args):
            self.note(f"{old}(...): not every argument is known: build it with {ours}.from_dict({{JSON names}})")
            return call
        AddImportsVisitor.add_needed_import(self.context, f"{package}.models", ours)
        RemoveImportsVisitor.remove_unused_import(self.context, package, old)
        pairs = [
            cst.DictElement(cst.SimpleString(json.dumps(keys[a.keyword.value])), a.value)
            for a in call.args
            if a.keyword is not None
        ]
        return cst.Call(_dotted(f"{ours}.from_dict"), [cst.Arg(cst.Dict(pairs))])

    # ---------------------------------------------------------------- operations
    def _operation(self, original: cst.Call, call: cst.Call) -> cst.BaseExpression:
        assert isinstance(original.func, cst.Attribute) and isinstance(call.func, cst.Attribute)
        method = original.func.attr.value
        detailed = method.endswith("_with_http_info")
        method = method.removesuffix("_with_http_info")
        found = self._find(original, method)
        if found is None:
            known = self.lookup(self.facts.apis, _code(original.func.value))
            if known and not method.startswith("_"):  # an API object of this file, a method 4.0.0 lacks
                self.note(f"{known[1]}.{method} is not in jcapi-python 4.0.0: see docs/jcapi-python-methods.md")
            return call
        package, entry = found
        fn = entry["module"].rsplit(".", 1)[1] if entry["status"] != "retired" else method
        for kw, why in UNSAFE_KWARGS.items():
            if any(a.keyword and a.keyword.value == kw for a in call.args):
                self.note(why.format(fn=fn))
                return call
        if entry["status"] == "retired":
            http, path = entry["http"], entry["path"]
            self.note(
                f"JumpCloud no longer publishes {http} {path} ({method}): "
                f'use client.request("{http}", "{path}") or the operation that replaced it'
            )
            return call
        positional: dict[str, cst.BaseExpression] = {}
        client: cst.BaseExpression = call.func.value
        keywords: list[cst.Arg] = []
        for old, value in self._bind(entry, call).items():
            new = entry["args"].get(old)
            if old in SYSTEM_CONTEXT:
                self.note("System Context is signed by the client now: client, system_id = connect_as_system()")
            elif old == "x_org_id":
                blank = m.matches(value, m.SimpleString("''") | m.SimpleString('""') | m.Name("None"))
                if not blank and not (isinstance(value, cst.Name) and self.lookup(self.facts.empty, value.value)):
                    header = cst.Dict([cst.DictElement(cst.SimpleString('"x-org-id"'), value)])
                    client = cst.Call(cst.Attribute(client, cst.Name("with_headers")), [cst.Arg(header)])
            elif new in entry["positional"]:
                positional[new] = value
            elif new is not None:
                keywords.append(_kw(new, self._value(package, entry, new, value)))
            elif old not in DROPPED:
                self.note(f"{method}: parameter {old} has no counterpart in {fn}")
        module, _, fname = entry["module"].rpartition(".")
        AddImportsVisitor.add_needed_import(self.context, module, fname)
        variant = "sync_detailed" if detailed or entry["function"] == "sync_detailed" else "sync"
        if detailed:
            self.note(f"{fname}.sync_detailed returns a Response (.parsed, .status_code, .headers), not a tuple")
        args = [cst.Arg(positional[n]) for n in entry["positional"] if n in positional]
        return cst.Call(_dotted(f"{fname}.{variant}"), [*args, _kw("client", client), *keywords])

    def _find(self, call: cst.Call, method: str) -> tuple[str, dict[str, Any]] | None:
        """The map entry of ``receiver.method(...)``: by the API object's class when this file
        created it; else (or when that class has no such method: the name was reassigned) by a
        method name only jcapi-python has, called with its required arguments."""
        assert isinstance(call.func, cst.Attribute)
        receiver = call.func.value
        known = self.lookup(self.facts.apis, _code(receiver))
        if known is None and isinstance(receiver, cst.Call):
            known = self.api_class(receiver.func)
        if known and (entry := migration_map()[known[0]]["methods"].get(f"{known[1]}.{method}")):
            return known[0], entry
        for package in PACKAGES:
            for key, entry in migration_map()[package]["methods"].items():
                if key.endswith(f".{method}") and self._fits(entry, call):
                    return package, entry
        return None

    @staticmethod
    def _fits(entry: dict[str, Any], call: cst.Call) -> bool:
        required = entry["old_positional"]
        given = required[: sum(a.keyword is None for a in call.args)]
        given += [a.keyword.value for a in call.args if a.keyword is not None]
        return bool(required) and set(required) <= set(given)

    @staticmethod
    def _bind(entry: dict[str, Any], call: cst.Call) -> dict[str, cst.BaseExpression]:
        """jcapi-python parameter name -> the expression passed for it."""
        names = entry["old_positional"]
        values = [a.value for a in call.args if a.keyword is None]
        bound = dict(zip(names, values, strict=False))
        bound.update({a.keyword.value: a.value for a in call.args if a.keyword is not None})
        return bound

    def _value(self, package: str, entry: dict[str, Any], new: str, value: cst.BaseExpression) -> cst.BaseExpression:
        body = entry.get("body") or ""
        model = body.removeprefix("list[").removesuffix("]")
        if new == "body" and model:
            if isinstance(value, cst.Dict) and model == body:
                AddImportsVisitor.add_needed_import(self.context, f"{package}.models", model)
                return cst.Call(_dotted(f"{model}.from_dict"), [cst.Arg(value)])
            if (
                isinstance(value, cst.List)
                and model != body
                and all(isinstance(e.value, cst.Dict) for e in value.elements)
            ):
                AddImportsVisitor.add_needed_import(self.context, f"{package}.models", model)
                wrap = [
                    e.with_changes(value=cst.Call(_dotted(f"{model}.from_dict"), [cst.Arg(e.value)]))
                    for e in value.elements
                ]
                return value.with_changes(elements=wrap)
            if (
                isinstance(value, cst.Name | cst.Attribute | cst.Subscript)
                and self.lookup(self.facts.models, _code(value)) != model
            ):
                self.note(f"body must be a {body} now: if it is a dict, pass {model}.from_dict(it)")
        if new in entry["lists"] and isinstance(value, cst.SimpleString | cst.FormattedString | cst.ConcatenatedString):
            return cst.List([cst.Element(value)])  # one value of a parameter that is a list now
        return value

    # ---------------------------------------------------------------- errors and results
    def _is_error(self, node: cst.BaseExpression) -> bool:
        elements = node.elements if isinstance(node, cst.Tuple) else [cst.Element(node)]
        return any((n := self.jc(e.value)) is not None and n[1] == "rest.ApiException" for e in elements)

    def leave_ImportFrom(
        self, original: cst.ImportFrom, updated: cst.ImportFrom
    ) -> cst.ImportFrom | cst.RemovalSentinel:
        module = _code(updated.module) if updated.module else ""
        root = module.split(".")[0]
        if root in PACKAGES and not isinstance(updated.names, cst.ImportStar) and module != f"{root}.models":
            # names only jcapi-python has (Configuration, ApiClient, XxxApi, its models at the root):
            # their uses are rewritten, and importing them from our packages would fail
            gone = {"Configuration", "ApiClient", *MAP_CLASSES[root], *migration_map()[root]["models"]}
            kept = [a for a in updated.names if _code(a.name) not in gone]
            if not kept:
                return cst.RemovalSentinel.REMOVE
            if len(kept) < len(updated.names):
                updated = updated.with_changes(
                    names=[*kept[:-1], kept[-1].with_changes(comma=cst.MaybeSentinel.DEFAULT)]
                )
        if module in (f"{p}.rest" for p in PACKAGES) and not isinstance(updated.names, cst.ImportStar):
            names = [
                a.with_changes(name=cst.Name("JumpCloudError")) if _code(a.name) == "ApiException" else a
                for a in updated.names
            ]
            return updated.with_changes(module=_dotted(module.replace(".rest", ".errors")), names=names)
        return updated

    def leave_Name(self, original: cst.Name, updated: cst.Name) -> cst.Name:
        if original.value == "ApiException" and (n := self.jc(original)) and n[1] == "rest.ApiException":
            return updated.with_changes(value="JumpCloudError")
        return updated

    def leave_Attribute(self, original: cst.Attribute, updated: cst.Attribute) -> cst.BaseExpression:
        name = self.jc(original)
        if name and name[1] == "rest.ApiException":
            return _dotted(f"{name[0]}.errors.JumpCloudError")
        if isinstance(original.value, cst.Name) and original.value.value in self.error_names:
            attr = original.attr.value
            if new := ERROR_ATTRS.get(attr):
                self.note(f"HTTP errors (errors.APIError) carry .{new} (was .{attr})")
                return updated.with_changes(attr=cst.Name(new))
            if attr in ERROR_ATTRS:
                self.note(
                    f"ApiException.{attr} has no counterpart: HTTP errors carry .status_code, .content, .request_id"
                )
        return updated

    def leave_Subscript(self, original: cst.Subscript, updated: cst.Subscript) -> cst.BaseExpression:
        index = updated.slice[0].slice if len(updated.slice) == 1 else None
        key = index.value if isinstance(index, cst.Index) else None
        if m.matches(updated.value, m.Call(func=m.Attribute(attr=m.Name("to_dict")))) and isinstance(
            key, cst.SimpleString
        ):
            self.note(
                "to_dict() has JumpCloud's JSON names now (id is _id, total_count is totalCount, nested too): "
                f"read attributes instead, e.g. .{key.evaluated_value!s}"
            )
        return updated

    def transform_module_impl(self, tree: cst.Module) -> cst.Module:
        return tree.visit(self)


# --------------------------------------------------------------------------- files
@dataclass(frozen=True)
class FileResult:
    """One file's outcome: the new text (None when unchanged), or why it was left alone."""

    path: Path
    new: str | None = None
    old: str = ""
    error: str | None = None

    def diff(self) -> str:
        """The unified diff (empty when unchanged)."""
        if self.new is None:
            return ""
        name = str(self.path)
        return "".join(difflib.unified_diff(self.old.splitlines(True), self.new.splitlines(True), name, name))


def migrate_source(code: str) -> str:
    """``code`` rewritten for this SDK; raises ``SyntaxError`` when it does not parse.

    >>> migrate_source("import jcapiv2\\nc = jcapiv2.Configuration()\\n")[:30]
    'import jcapiv2\\nc = jcapiv2.conn'
    """
    if "jcapiv" not in code:
        return code
    tree, facts = cst.parse_module(code), _Facts()
    _Collect(CodemodContext(), facts).transform_module(tree)
    return _Rewrite(CodemodContext(), facts).transform_module(tree).code


def python_files(paths: Sequence[str | Path]) -> Iterator[Path]:
    """The ``.py`` files under ``paths`` (files as given, folders recursively, sorted)."""
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*.py") if not any(part.startswith(".") for part in p.parts))
        else:
            yield path


def migrate_file(path: Path, *, write: bool = False) -> FileResult:
    """Migrate one file; with ``write`` replace it (only when something changed)."""
    try:
        with open(path, encoding="utf-8", newline="") as file:  # line endings as they are
            old = file.read()
    except (OSError, UnicodeDecodeError) as exc:
        return FileResult(path, error=f"cannot read: {exc}")
    try:
        new = migrate_source(old)
    except (SyntaxError, cst.ParserSyntaxError) as exc:
        first = re.sub(r"\s+", " ", str(exc)).strip()[:200]
        return FileResult(path, old=old, error=f"not valid Python, left untouched ({first})")
    if new == old:
        return FileResult(path, old=old)
    if write:  # a complete new file renamed over the old one: a symlink's target, its mode kept
        target = path.resolve()
        tmp = target.with_name(f".{target.name}.jcapi-migrate")
        try:
            with open(tmp, "w", encoding="utf-8", newline="") as file:
                file.write(new)
            shutil.copymode(target, tmp)
            tmp.replace(target)
        except OSError as exc:
            tmp.unlink(missing_ok=True)
            return FileResult(path, old=old, error=f"cannot write, left untouched ({exc})")
    return FileResult(path, new=new, old=old)


def run(paths: Sequence[str], *, write: bool, out: IO[str], err: IO[str]) -> dict[str, Any]:
    """``jcapi migrate``: the diff on ``out`` (or the files rewritten), problems on ``err``; a summary.

    >>> import io; run(["missing.py"], write=False, out=io.StringIO(), err=io.StringIO())["errors"]
    1
    """
    results = [migrate_file(path, write=write) for path in python_files(paths)]
    for result in results:
        if result.error:
            err.write(f"{result.path}: {result.error}\n")
        elif not write:
            out.write(result.diff())
    changed = [r for r in results if r.new is not None]
    notes = sum(r.new.count(NOTE) - r.old.count(NOTE) for r in changed if r.new is not None)
    return {
        "files": len(results),
        "changed": [str(r.path) for r in changed],
        "written": write,
        "notes_added": notes,
        "errors": len([r for r in results if r.error]),
        "failed": {str(r.path): r.error for r in results if r.error},
    }
