"""The committed `generated/bud_api` matches the contract, and importing it stays cheap.

The full `tools/regen.py --check` needs the generator's own environment; `make test`
runs it as `regen-check`. These checks need only the files and run everywhere.
"""

from __future__ import annotations

import ast
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from ._contract import ROOT, load_yaml_subset, operations, schemas, snake, stream_event_types

PACKAGE = ROOT / "generated" / "bud_api"
MODELS = PACKAGE / "models"


def _assigned(path: Path, name: str) -> Any:
    """The literal value assigned to module-level `name` in `path`."""
    for node in ast.parse(path.read_text()).body:
        if isinstance(node, ast.AnnAssign) and getattr(node.target, "id", None) == name:
            return ast.literal_eval(node.value)  # type: ignore[arg-type]
        if isinstance(node, ast.Assign) and any(
            getattr(t, "id", None) == name for t in node.targets
        ):
            return ast.literal_eval(node.value)
    raise AssertionError(f"{name} is not assigned in {path}")


def _defines(module: str, name: str) -> bool:
    source = (MODELS / f"{module}.py").read_text()
    return re.search(rf"^(class {name}\b|{name} = |{name}: )", source, re.MULTILINE) is not None


MODEL_TABLE: dict[str, str] = _assigned(MODELS / "__init__.py", "_MODULES")
EVENT_TABLE: dict[str, tuple[str, str]] = _assigned(PACKAGE / "event_types.py", "_LOCATIONS")


def _class_overrides() -> dict[str, str]:
    config = load_yaml_subset((ROOT / "generator-config.yaml").read_text())
    return {name: o["class_name"] for name, o in (config.get("class_overrides") or {}).items()}


# ------------------------------------------------------------- the YAML loader


def test_yaml_subset_loader_reads_the_contract_style() -> None:
    text = (
        "# comment\n"
        "a:\n"
        "  b: &id001\n"
        "    c: 'x: y'\n"
        "  d: *id001\n"
        "  e:\n"
        "  - 1\n"
        "  - name: n\n"
        "    in: path\n"
        "  - 'it''s'\n"
        "  f: a long plain\n"
        "    scalar that wraps\n"
        "  g: {}\n"
        "  h: []\n"
        "  i: null\n"
        "  j: true\n"
        "  k: 1.5\n"
        "  '200': ok\n"
    )
    assert load_yaml_subset(text) == {
        "a": {
            "b": {"c": "x: y"},
            "d": {"c": "x: y"},
            "e": [1, {"name": "n", "in": "path"}, "it's"],
            "f": "a long plain scalar that wraps",
            "g": {},
            "h": [],
            "i": None,
            "j": True,
            "k": 1.5,
            "200": "ok",
        }
    }


@pytest.mark.parametrize("text", ['a: "double"\n', "a: |\n  block\n", "a:\n  b: 1\n    c: 2\n"])
def test_yaml_subset_loader_refuses_what_it_does_not_know(text: str) -> None:
    with pytest.raises(ValueError):
        load_yaml_subset(text)


# ------------------------------------------------------- generated vs contract


def test_event_types_module_lists_exactly_the_contract_events() -> None:
    contract_events = stream_event_types()
    assert set(EVENT_TABLE) == set(contract_events)
    for event_type, (module, cls) in EVENT_TABLE.items():
        assert cls == contract_events[event_type]
        assert MODEL_TABLE[cls] == module
        assert _defines(module, cls), (module, cls)


def test_models_table_names_an_existing_module_for_every_entry() -> None:
    assert MODEL_TABLE
    for name, module in MODEL_TABLE.items():
        assert (MODELS / f"{module}.py").is_file(), module
        assert _defines(module, name), (module, name)
    assert list(_assigned(MODELS / "__init__.py", "__all__")) == sorted(MODEL_TABLE)


def test_every_model_module_is_reachable_from_the_table() -> None:
    files = {p.stem for p in MODELS.glob("*.py")} - {"__init__"}
    assert files == set(MODEL_TABLE.values())


def test_every_object_schema_of_the_contract_has_a_class() -> None:
    overrides = _class_overrides()
    missing = []
    for name, schema in schemas().items():
        if "oneOf" in schema or "anyOf" in schema:
            continue  # unions become type aliases of their members
        if schema.get("type") != "object" and "properties" not in schema and "allOf" not in schema:
            continue
        cls = overrides.get(name, re.sub(r"[^0-9A-Za-z]", "", name))
        if cls not in MODEL_TABLE:
            missing.append(name)
    assert missing == []
    assert "ResponseObject" in MODEL_TABLE
    assert "Response" not in MODEL_TABLE  # would shadow the generator's types.Response


def test_every_operation_is_in_the_operations_table() -> None:
    source = (PACKAGE / "operations.py").read_text()
    constants = set(re.findall(r"^([A-Z_]+) = Operation\(", source, re.MULTILINE))
    assert constants == {snake(op).upper() for _, _, op in operations()}


def test_fields_keep_their_wire_names() -> None:
    renamed = re.compile(r"^    ([a-z][a-z0-9_]*_): ", re.MULTILINE)
    offenders = {
        path.name: found
        for path in MODELS.glob("*.py")
        if (found := renamed.findall(path.read_text()))
    }
    assert offenders == {}


def test_output_text_extension_is_installed() -> None:
    assert (PACKAGE / "extensions.py").read_bytes() == (
        ROOT / "templates" / "extensions.py"
    ).read_bytes()
    source = (MODELS / "response_object.py").read_text()
    assert "class ResponseObject(OutputTextMixin):" in source
    assert (PACKAGE / "py.typed").is_file()


# ---------------------------------------------------------------- import cost


def _run(code: str) -> str:
    proc = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=False
    )
    assert proc.returncode == 0, proc.stderr
    return proc.stdout


_LOADED = (
    "import sys\n"
    "def loaded():\n"
    "    return sorted(m for m in sys.modules if m.startswith('bud_api.models.'))\n"
)


def test_import_bud_and_models_package_imports_no_model_module() -> None:
    out = _run(
        _LOADED + "import bud\n"
        "print(loaded())\n"
        "import bud_api.models\n"
        "import bud_api.event_types\n"
        "print(loaded())\n"
        "print(len(bud_api.event_types.EVENT_TYPES), len(dir(bud_api.models)))\n"
    )
    after_bud, after_models, sizes = out.splitlines()
    assert after_bud == "[]"
    assert after_models == "[]"
    assert sizes == f"{len(EVENT_TABLE)} {len(MODEL_TABLE)}"


def test_one_model_imports_only_a_handful_of_modules() -> None:
    out = _run(
        _LOADED + "import bud_api.models as m\n"
        "cls = m.ResponseTextDeltaEvent\n"
        "print(cls.__module__)\n"
        "print(len(loaded()))\n"
        "from bud_api.event_types import EVENT_TYPES\n"
        "assert EVENT_TYPES['response.output_text.delta'] is cls\n"
        "print(len(loaded()))\n"
    )
    module, count, after_lookup = out.splitlines()
    assert module == "bud_api.models.response_text_delta_event"
    assert 1 <= int(count) <= 5
    assert after_lookup == count  # the map reuses the loaded class


def test_unknown_model_name_raises_attribute_error() -> None:
    out = _run(
        _LOADED + "import bud_api.models as m\n"
        "try:\n"
        "    m.NoSuchModel\n"
        "except AttributeError as e:\n"
        "    print('AttributeError', e)\n"
        "print(loaded())\n"
    )
    first, loaded = out.splitlines()
    assert first.startswith("AttributeError") and "NoSuchModel" in first
    assert loaded == "[]"
