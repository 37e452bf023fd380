"""`make regen`: turn `openapi/responses.yaml` into the `generated/bud_api` package.

Steps, each deterministic:

1. preprocess the contract into what openapi-python-client 0.29.1 handles
   (it silently drops schemas it cannot merge, and with them the endpoints):
   `allOf` is flattened, and every union of objects gets a free-form object
   as its last variant so an item type the contract does not know yet is kept
   as data instead of failing the whole parse;
2. generate with `--fail-on-warning` and `generator-config.yaml`;
3. post-process: fields the generator renamed away from a builtin (`type_`,
   `object_`, ...) get their wire names back, so `event.type` reads as on the
   wire; `ResponseObject` gains `output_text` (from `templates/`); every model
   class gets the shared short `__repr__` (`model_repr`, from `templates/`:
   set fields only, no `Type0` suffixes); the models package becomes lazy
   (PEP 562) instead of importing ~700 modules; an `EVENT_TYPES` map from
   stream event `type` to class is written; and `operations.py`, the request
   side (tools/regen_operations.py): every operation's method, path,
   parameters, result and stream item, and the body `TypedDict`s;
4. format with the pinned ruff.

`--check` regenerates into a temporary folder and fails if it differs from
the committed `generated/bud_api`.
"""

from __future__ import annotations

import argparse
import ast
import copy
import filecmp
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))
import regen_operations

ROOT = Path(__file__).resolve().parent.parent
CONTRACT = ROOT / "openapi" / "responses.yaml"
CONFIG = ROOT / "generator-config.yaml"
TEMPLATES = ROOT / "templates"
TARGET = ROOT / "generated" / "bud_api"
PACKAGE = "bud_api"
SCHEMA_PREFIX = "#/components/schemas/"
BIN = Path(sys.executable).parent


# ---------------------------------------------------------------- preprocess


def _resolve(node: dict[str, Any], schemas: dict[str, Any]) -> dict[str, Any]:
    if "$ref" in node:
        return _flatten(copy.deepcopy(schemas[node["$ref"].removeprefix(SCHEMA_PREFIX)]), schemas)
    return _flatten(node, schemas)


def _flatten(node: Any, schemas: dict[str, Any]) -> Any:
    """Merge `allOf` parts into one object schema; later parts win on conflicts."""
    if isinstance(node, list):
        return [_flatten(v, schemas) for v in node]
    if not isinstance(node, dict):
        return node
    node = {k: _flatten(v, schemas) for k, v in node.items()}
    parts = node.pop("allOf", None)
    if parts is None:
        return node
    merged: dict[str, Any] = {"type": "object", "properties": {}}
    required: list[str] = []
    for part in [*(_resolve(p, schemas) for p in parts), node]:
        unsupported = set(part) - {"type", "properties", "required", "additionalProperties"}
        if unsupported:
            raise SystemExit(f"allOf part with {sorted(unsupported)} is not supported")
        merged["properties"].update(part.get("properties", {}))
        required += [r for r in part.get("required", []) if r not in required]
    if required:
        merged["required"] = required
    return merged


def _object_union(node: dict[str, Any], key: str, schemas: dict[str, Any]) -> bool:
    variants = node[key]
    if len(variants) < 2:
        return False
    for variant in variants:
        target = variant
        if "$ref" in variant:
            target = schemas[variant["$ref"].removeprefix(SCHEMA_PREFIX)]
        if target.get("type") != "object" or "type" not in target.get("properties", {}):
            return False
    return True


def _add_fallbacks(node: Any, schemas: dict[str, Any]) -> None:
    if isinstance(node, list):
        for v in node:
            _add_fallbacks(v, schemas)
        return
    if not isinstance(node, dict):
        return
    for key in ("oneOf", "anyOf"):
        if key in node and _object_union(node, key, schemas):
            node[key].append({"type": "object", "additionalProperties": True})
            node.pop("discriminator", None)
    for value in node.values():
        _add_fallbacks(value, schemas)


def _string_kind(node: Any, schemas: dict[str, Any]) -> str | None:
    """ "open" for a schema admitting any string, "closed" for string enums, else None."""
    if not isinstance(node, dict):
        return None
    if "$ref" in node:
        return _string_kind(schemas[node["$ref"].removeprefix(SCHEMA_PREFIX)], schemas)
    members = node.get("anyOf") or node.get("oneOf")
    if isinstance(members, list):
        kinds = [_string_kind(m, schemas) for m in members]
        if None in kinds:
            return None
        return "open" if "open" in kinds else "closed"
    if node.get("type") == "string":
        return "closed" if "enum" in node else "open"
    return None


def _collapse_open_strings(node: Any, schemas: dict[str, Any]) -> Any:
    """A union of string enums and plain strings is just a string (model ids): the
    enums only made every unknown value pay for a failed check and its message."""
    if isinstance(node, list):
        return [_collapse_open_strings(v, schemas) for v in node]
    if not isinstance(node, dict):
        return node
    if ("anyOf" in node or "oneOf" in node) and _string_kind(node, schemas) == "open":
        return {"type": "string"}
    out = {}
    for key, value in node.items():
        members = value if key in ("anyOf", "oneOf") and isinstance(value, list) else None
        if members is not None:
            # inside a nullable union: collapse the string part, keep null
            value = [
                {"type": "string"}
                if _string_kind(m, schemas) == "open" and ("anyOf" in m or "$ref" in m)
                else m
                for m in members
            ]
        out[key] = _collapse_open_strings(value, schemas)
    return out


def preprocess(contract: dict[str, Any]) -> dict[str, Any]:
    out = copy.deepcopy(contract)
    schemas = out["components"]["schemas"]
    flat = {name: _flatten(schema, schemas) for name, schema in schemas.items()}
    flat = {name: _collapse_open_strings(schema, flat) for name, schema in flat.items()}
    # the stream event union is dispatched by EVENT_TYPES, never tried member by member
    events = flat["ResponseStreamEvent"]
    flat_events = copy.deepcopy(events)
    _add_fallbacks(flat, flat)
    flat["ResponseStreamEvent"] = flat_events
    out["components"]["schemas"] = flat
    return out


# ------------------------------------------------------------------ generate


def generate(spec: dict[str, Any], workdir: Path) -> Path:
    spec_path = workdir / "contract.yaml"
    spec_path.write_text(yaml.safe_dump(spec, sort_keys=False))
    out = workdir / PACKAGE
    cmd = [
        str(BIN / "openapi-python-client"),
        "generate",
        "--path",
        str(spec_path),
        "--config",
        str(CONFIG),
        "--meta",
        "none",
        "--output-path",
        str(out),
        "--fail-on-warning",
    ]
    proc = subprocess.run(cmd, capture_output=True, text=True)
    if proc.returncode != 0:
        sys.stderr.write(proc.stdout + proc.stderr)
        raise SystemExit("openapi-python-client failed (see above)")
    return out


# --------------------------------------------------------------- postprocess


class _Speedups(ast.NodeTransformer):
    """Changes to hot parsing code that keep its behaviour:

    * `cast(T, x)` -> `x`: `cast` does nothing at run time, but building `T`
      (a union of big Literals) and hashing it cost microseconds per field;
    * the per-call `from ..models.x import X` lines (1-2 us each, ~90 for a
      Response) go; each function instead imports, once, only the models its
      own body uses, so a response with no tools never loads the tool models;
    * a union whose members are told apart by a literal `type` first tries
      the member that `type` names, instead of each member in turn.
    """

    def __init__(self, type_of: dict[str, str]) -> None:
        self.deps: dict[str, tuple[int, str]] = {}
        self.type_of = type_of

    def visit_Call(self, node: ast.Call) -> ast.AST:
        self.generic_visit(node)
        if isinstance(node.func, ast.Name) and node.func.id == "cast" and len(node.args) == 2:
            return node.args[1]
        return node

    def visit_FunctionDef(self, node: ast.FunctionDef) -> ast.AST:
        self.generic_visit(node)
        body: list[ast.stmt] = []
        for stmt in node.body:
            if isinstance(stmt, ast.ImportFrom) and stmt.level and stmt.module:
                for alias in stmt.names:
                    self.deps[alias.asname or alias.name] = (stmt.level, stmt.module)
                continue
            body.append(stmt)
        node.body = body or [ast.Pass()]
        self._dispatch_by_type(node)
        return node

    def _dispatch_by_type(self, node: ast.FunctionDef) -> None:
        """In a union parser (`try: x = Member.from_dict(data)` per member), go
        straight to the member whose literal `type` the data carries."""
        members: list[str] = []
        for stmt in node.body:
            if isinstance(stmt, ast.Try):
                for inner in stmt.body:
                    call = getattr(inner, "value", None)
                    if (
                        isinstance(call, ast.Call)
                        and isinstance(call.func, ast.Attribute)
                        and call.func.attr == "from_dict"
                        and isinstance(call.func.value, ast.Name)
                    ):
                        members.append(call.func.value.id)
        if len(members) < 3 or not node.args.args:
            return
        by_type: dict[str, list[str]] = {}
        for member in members:
            if member in self.type_of:
                by_type.setdefault(self.type_of[member], []).append(member)
        unique = {t: m[0] for t, m in sorted(by_type.items()) if len(m) == 1}
        if not unique:
            return
        arg = node.args.args[0].arg
        lines = [f"if type({arg}) is dict:", f"    _tag = {arg}.get('type')"]
        for i, (tag, member) in enumerate(unique.items()):
            lines.append(f"    {'if' if i == 0 else 'elif'} _tag == {tag!r}:")
            lines.append("        try:")
            lines.append(f"            return {member}.from_dict({arg})")
            lines.append("        except (TypeError, ValueError, AttributeError, KeyError):")
            lines.append("            pass  # not readable as that member: try them all")
        node.body[0:0] = ast.parse("\n".join(lines)).body


def _own_names(node: ast.FunctionDef) -> set[str]:
    """Names a function's own body reads at run time (not nested functions, not
    annotations of local variables, which Python never evaluates)."""
    found: set[str] = set()
    stack: list[ast.AST] = list(node.body)
    while stack:
        item = stack.pop()
        if isinstance(item, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef | ast.Lambda):
            continue
        if isinstance(item, ast.AnnAssign):
            stack.extend(x for x in (item.target, item.value) if x is not None)
            continue
        if isinstance(item, ast.Name) and isinstance(item.ctx, ast.Load):
            found.add(item.id)
        stack.extend(ast.iter_child_nodes(item))
    return found


def speed_up(source: str, type_of: dict[str, str]) -> str:
    tree = ast.parse(source)
    transformer = _Speedups(type_of)
    tree = transformer.visit(tree)
    deps = transformer.deps
    if deps:
        loaders: list[str] = []
        functions = [n for n in ast.walk(tree) if isinstance(n, ast.FunctionDef)]
        for number, function in enumerate(functions):
            needed = sorted(_own_names(function) & deps.keys())
            if not needed:
                continue
            flag, loader = f"_ready_{number}", f"_prepare_{number}"
            loaders += ["", "", f"{flag} = False", "", "", f"def {loader}() -> None:"]
            loaders.append(f"    global {flag}, {', '.join(needed)}")
            for name in needed:
                level, module = deps[name]
                loaders.append(f"    from {'.' * level}{module} import {name}")
            loaders.append(f"    {flag} = True")
            guard = ast.parse(f"if not {flag}:\n    {loader}()").body[0]
            doc = function.body and isinstance(function.body[0], ast.Expr)
            doc = doc and isinstance(function.body[0].value, ast.Constant)  # type: ignore[attr-defined]
            function.body.insert(1 if doc else 0, guard)
        tree.body.extend(ast.parse("\n".join(loaders)).body)
    return ast.unparse(ast.fix_missing_locations(tree)) + "\n"


_RENAMED = re.compile(r"^    ([a-z][a-z0-9]*)_: ", re.MULTILINE)


def restore_wire_names(source: str) -> str:
    """`type_` -> `type` (and the like) for fields whose wire name is a builtin."""
    for name in set(_RENAMED.findall(source)):
        if f'd.pop("{name}"' not in source and f'"{name}": {name}_' not in source:
            continue  # not a renamed wire field
        source = re.sub(rf"^    {name}_: ", f"    {name}: ", source, flags=re.MULTILINE)
        source = source.replace(f"self.{name}_", f"self.{name}")
        source = source.replace(f"{name}_={name}_,", f"{name}={name}_,")
        source = source.replace(f"    {name}_ (", f"    {name} (")
    return source


def add_shared_repr(source: str) -> str:
    """`__repr__ = model_repr` in every model class: attrs then writes no repr of its own,
    and all ~300 classes share one function (a class attribute: no per-instance cost)."""
    tree = ast.parse(source)
    classes = [
        node
        for node in tree.body
        if isinstance(node, ast.ClassDef)
        and any(isinstance(d, ast.Name) and d.id == "_attrs_define" for d in node.decorator_list)
    ]
    if not classes:
        return source
    for cls in classes:
        first = cls.body[0] if cls.body else None
        doc = isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant)
        cls.body.insert(1 if doc else 0, ast.parse("__repr__ = model_repr").body[0])
    after = max(i for i, n in enumerate(tree.body) if isinstance(n, ast.Import | ast.ImportFrom))
    tree.body.insert(after + 1, ast.parse("from ..extensions import model_repr").body[0])
    return ast.unparse(ast.fix_missing_locations(tree)) + "\n"


def add_output_text(models: Path) -> None:
    module = models / "response_object.py"
    source = module.read_text()
    marker = "class ResponseObject:"
    if source.count(marker) != 1:
        raise SystemExit("ResponseObject class not found once in response_object.py")
    source = source.replace(marker, "class ResponseObject(OutputTextMixin):")
    source = source.replace(
        "from attrs import define as _attrs_define",
        "from attrs import define as _attrs_define\n\nfrom ..extensions import OutputTextMixin",
        1,
    )
    module.write_text(source)
    shutil.copy(TEMPLATES / "extensions.py", models.parent / "extensions.py")


def write_package_init(package: Path) -> None:
    """The package holds models, the event map and the operations table: nothing to
    import up front."""
    (package / "__init__.py").write_text(
        '"""Bud AI Foundry gateway contract: generated models (`bud_api.models`), the stream '
        'event map (`bud_api.event_types`) and the request side (`bud_api.operations`)."""\n'
    )


_IMPORT = re.compile(r"^from \.([a-z0-9_]+) import (\w+)$", re.MULTILINE)


def lazy_models_init(models: Path) -> dict[str, str]:
    init = models / "__init__.py"
    pairs = sorted(_IMPORT.findall(init.read_text()), key=lambda p: p[1])
    table = "\n".join(f'    "{cls}": "{mod}",' for mod, cls in pairs)
    names = "\n".join(f"    {cls}," for _, cls in pairs)
    init.write_text(
        f'''"""Data models generated from openapi/responses.yaml.

Loaded lazily (PEP 562): importing this package costs one small dict, and each
model module is imported on first access.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

_MODULES: dict[str, str] = {{
{table}
}}

if TYPE_CHECKING:
    from . import *  # noqa: F403


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {{__name__!r}} has no attribute {{name!r}}")
    value = getattr(importlib.import_module(f"{{__name__}}.{{module}}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(_MODULES)


__all__ = (
{chr(10).join(f'    "{cls}",' for _, cls in pairs)}
)
'''
    )
    del names
    return {cls: mod for mod, cls in pairs}


def write_event_types(contract: dict[str, Any], package: Path, modules: dict[str, str]) -> int:
    schemas = contract["components"]["schemas"]
    rows = []
    for member in schemas["ResponseStreamEvent"]["anyOf"]:
        name = member["$ref"].removeprefix(SCHEMA_PREFIX)
        (event_type,) = schemas[name]["properties"]["type"]["enum"]
        rows.append((event_type, name, modules[name]))
    rows.sort()
    table = "\n".join(f'    "{t}": ("{mod}", "{cls}"),' for t, cls, mod in rows)
    (package / "event_types.py").write_text(
        f'''"""Stream event `type` -> model class, for O(1) dispatch of server-sent events.

Generated from the `ResponseStreamEvent` union in openapi/responses.yaml.
Classes are imported on first use and then served from a plain dict.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterator, Mapping
from typing import Any

_LOCATIONS: dict[str, tuple[str, str]] = {{
{table}
}}


class _EventTypes(Mapping[str, type[Any]]):
    __slots__ = ("_loaded",)

    def __init__(self) -> None:
        self._loaded: dict[str, type[Any]] = {{}}

    def __getitem__(self, event_type: str) -> type[Any]:
        try:
            return self._loaded[event_type]
        except KeyError:
            module, name = _LOCATIONS[event_type]
            cls: type[Any] = getattr(
                importlib.import_module(f"{{__package__}}.models.{{module}}"), name
            )
            self._loaded[event_type] = cls
            return cls

    def get(self, event_type: str, default: Any = None) -> Any:  # type: ignore[override]
        cls = self._loaded.get(event_type)
        if cls is not None:
            return cls
        if event_type not in _LOCATIONS:
            return default
        return self[event_type]

    def __iter__(self) -> Iterator[str]:
        return iter(_LOCATIONS)

    def __len__(self) -> int:
        return len(_LOCATIONS)

    def __contains__(self, event_type: object) -> bool:
        return event_type in _LOCATIONS


EVENT_TYPES: Mapping[str, type[Any]] = _EventTypes()
"""Every stream event `type` the contract knows, mapped to its model class."""

__all__ = ["EVENT_TYPES"]
'''
    )
    return len(rows)


def literal_types(contract: dict[str, Any]) -> dict[str, str]:
    """Class name -> its one literal `type` value, for schemas that have one."""
    found: dict[str, str] = {}
    overrides = yaml.safe_load(CONFIG.read_text()).get("class_overrides", {})
    for name, schema in contract["components"]["schemas"].items():
        enum = schema.get("properties", {}).get("type", {}).get("enum")
        if isinstance(enum, list) and len(enum) == 1 and isinstance(enum[0], str):
            found[overrides.get(name, {}).get("class_name", name)] = enum[0]
    return found


def postprocess(contract: dict[str, Any], package: Path, type_of: dict[str, str]) -> int:
    models = package / "models"
    for path in sorted(package.rglob("*.py")):
        source = path.read_text()
        fixed = speed_up(restore_wire_names(source), type_of)
        if path.parent == models:
            fixed = add_shared_repr(fixed)
        if fixed != source:
            path.write_text(fixed)
    # the generator's own API client: the SDK sends through its transport, driven by
    # operations.py, so these are not shipped
    shutil.rmtree(package / "api")
    for unused in ("client.py", "errors.py"):
        (package / unused).unlink()
    write_package_init(package)
    add_output_text(models)
    modules = lazy_models_init(models)
    count = write_event_types(contract, package, modules)
    (package / "py.typed").write_text("")
    types = package / "types.py"
    # absent fields show as UNSET in reprs, not as an object address
    types.write_text(
        types.read_text().replace(
            "class Unset:\n",
            'class Unset:\n    def __repr__(self) -> str:\n        return "UNSET"\n\n',
            1,
        )
    )
    return count


def ruff(package: Path) -> None:
    for args in (["check", "--fix-only", "--select", "I,F401", "-q"], ["format", "-q"]):
        cmd = [str(BIN / "ruff"), *args, "--no-cache", "--isolated", "--line-length", "100"]
        subprocess.run([*cmd, str(package)], check=True)


# ---------------------------------------------------------------------- main


def build(workdir: Path) -> tuple[Path, int]:
    contract = yaml.safe_load(CONTRACT.read_text())
    prepared = preprocess(contract)
    package = generate(prepared, workdir)
    count = postprocess(contract, package, literal_types(prepared))
    overrides = yaml.safe_load(CONFIG.read_text()).get("class_overrides", {})
    class_names = {name: o["class_name"] for name, o in overrides.items() if "class_name" in o}
    regen_operations.write(prepared, package, class_names)
    ruff(package)
    return package, count


def differences(a: Path, b: Path) -> list[str]:
    cmp = filecmp.dircmp(a, b, ignore=["__pycache__"])
    out = [f"only in committed: {n}" for n in cmp.left_only]
    out += [f"only in fresh regen: {n}" for n in cmp.right_only]
    out += [f"differs: {n}" for n in cmp.diff_files]
    out += [f"{sub}/{d}" for sub, c in cmp.subdirs.items() for d in differences(a / sub, b / sub)]
    # dircmp compares shallowly (size+mtime); confirm byte for byte
    out += [f"differs: {n}" for n in cmp.same_files if (a / n).read_bytes() != (b / n).read_bytes()]
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Regenerate generated/bud_api")
    parser.add_argument("--check", action="store_true", help="fail if generated/ is stale")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        package, count = build(Path(tmp))
        if args.check:
            diff = differences(TARGET, package) if TARGET.exists() else ["generated/ missing"]
            if diff:
                print("generated/bud_api is stale; run `make regen`:", *diff[:20], sep="\n  ")
                return 1
            print(f"generated/bud_api is up to date ({time.perf_counter() - started:.1f}s)")
            return 0
        shutil.rmtree(TARGET, ignore_errors=True)
        shutil.copytree(package, TARGET)
    files = list(TARGET.rglob("*.py"))
    lines = sum(len(f.read_text().splitlines()) for f in files)
    print(
        f"regenerated {TARGET.relative_to(ROOT)}: {len(files)} modules, {lines} lines, "
        f"{count} stream event types, {time.perf_counter() - started:.1f}s"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
