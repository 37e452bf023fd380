"""Read `openapi/responses.yaml` without PyYAML (the test environment does not have it).

The contract is written by `yaml.safe_dump` (see openapi/tools/sync_from_reference.py),
so it uses a small, regular subset of YAML: block mappings and sequences (a
sequence may sit at its key's indentation), plain and single-quoted scalars that
may wrap onto more indented lines, `{}`/`[]`, and `&anchor`/`*alias`. This loader
reads exactly that subset and fails loudly on anything else, so a change in the
contract's style shows up as an error here, never as a silently wrong reading.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
CONTRACT_PATH = ROOT / "openapi" / "responses.yaml"
SCHEMA_PREFIX = "#/components/schemas/"
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")

_INT = re.compile(r"[-+]?(0|[1-9][0-9]*)")
_FLOAT = re.compile(r"[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?")


class YamlSubsetError(ValueError):
    pass


class _Loader:
    def __init__(self, text: str) -> None:
        self.lines: list[tuple[int, str]] = []
        for raw in text.splitlines():
            stripped = raw.strip()
            if not stripped or stripped.startswith("#"):
                continue
            if "\t" in raw[: len(raw) - len(raw.lstrip())]:
                raise YamlSubsetError(f"tab indentation: {raw!r}")
            self.lines.append((len(raw) - len(raw.lstrip(" ")), raw.strip()))
        self.anchors: dict[str, Any] = {}

    # -- structure

    def node(self, i: int, indent: int) -> tuple[Any, int]:
        _, content = self.lines[i]
        if content == "-" or content.startswith("- "):
            return self.sequence(i, indent)
        return self.mapping(i, indent)

    def sequence(self, i: int, indent: int) -> tuple[list[Any], int]:
        out: list[Any] = []
        while i < len(self.lines):
            ind, content = self.lines[i]
            if ind != indent or not (content == "-" or content.startswith("- ")):
                if ind > indent:
                    raise YamlSubsetError(f"unexpected indentation at {content!r}")
                break
            rest = content[1:].lstrip(" ")
            if not rest:
                if i + 1 >= len(self.lines) or self.lines[i + 1][0] <= indent:
                    out.append(None)
                    i += 1
                else:
                    value, i = self.node(i + 1, self.lines[i + 1][0])
                    out.append(value)
                continue
            inner = indent + (len(content) - len(rest))
            if self._key_split(rest) is not None:
                # "- key: value" starts a mapping whose keys line up with `key`
                self.lines[i] = (inner, rest)
                value, i = self.mapping(i, inner)
            else:
                value, i = self.scalar_value(rest, i, indent)
            out.append(value)
        return out, i

    def mapping(self, i: int, indent: int) -> tuple[dict[str, Any], int]:
        out: dict[str, Any] = {}
        while i < len(self.lines):
            ind, content = self.lines[i]
            if ind < indent:
                break
            if ind > indent:
                raise YamlSubsetError(f"unexpected indentation at {content!r}")
            if content == "-" or content.startswith("- "):
                break
            split = self._key_split(content)
            if split is None:
                raise YamlSubsetError(f"expected `key: value`, got {content!r}")
            key, rest = split
            if key in out:
                raise YamlSubsetError(f"duplicate key {key!r}")
            anchor = None
            if rest.startswith("&"):
                anchor, _, rest = rest.partition(" ")
                anchor = anchor[1:]
            if rest:
                value, i = self.scalar_value(rest, i, indent)
            else:
                nxt = self.lines[i + 1] if i + 1 < len(self.lines) else None
                if nxt is not None and nxt[0] > indent:
                    value, i = self.node(i + 1, nxt[0])
                elif nxt is not None and nxt[0] == indent and nxt[1].startswith("-"):
                    value, i = self.sequence(i + 1, indent)
                else:
                    value, i = None, i + 1
            if anchor is not None:
                self.anchors[anchor] = value
            out[key] = value
        return out, i

    # -- scalars

    @staticmethod
    def _key_split(content: str) -> tuple[str, str] | None:
        if content.startswith("'"):
            end = 1
            while True:
                end = content.index("'", end)
                if content[end + 1 : end + 2] == "'":
                    end += 2
                    continue
                break
            key, after = content[1:end].replace("''", "'"), content[end + 1 :]
            if after == ":" or after.startswith(": "):
                return key, after[1:].strip()
            return None
        match = re.match(r"([^'\"\[\]{}#&*!|>%@`,][^#]*?):(?: +|$)", content)
        if match is None:
            return None
        return match.group(1), content[match.end() :]

    def scalar_value(self, first: str, i: int, indent: int) -> tuple[Any, int]:
        parts = [first]
        i += 1
        while i < len(self.lines) and self.lines[i][0] > indent:
            parts.append(self.lines[i][1])
            i += 1
        text = " ".join(parts)
        if text.startswith("*"):
            if len(parts) > 1:
                raise YamlSubsetError(f"alias with continuation: {text!r}")
            return self.anchors[text[1:]], i
        if text.startswith("'"):
            if not text.endswith("'") or len(text) < 2:
                raise YamlSubsetError(f"unterminated quoted scalar {text!r}")
            body = text[1:-1]
            if re.search(r"(?<!')'(?!')", body.replace("''", "")):
                raise YamlSubsetError(f"bad quoting in {text!r}")
            return body.replace("''", "'"), i
        if text in ("{}", "[]"):
            return ({} if text == "{}" else []), i
        if text[0] in '"[{|>!%@`':
            raise YamlSubsetError(f"unsupported scalar style {text!r}")
        if ": " in text or text.endswith(":") or " #" in text:
            raise YamlSubsetError(f"not a plain scalar (bad indentation?): {text!r}")
        return self.plain(text), i

    @staticmethod
    def plain(text: str) -> Any:
        if text in ("null", "Null", "NULL", "~"):
            return None
        if text in ("true", "True", "TRUE"):
            return True
        if text in ("false", "False", "FALSE"):
            return False
        if _INT.fullmatch(text):
            return int(text)
        if _FLOAT.fullmatch(text) and any(c.isdigit() for c in text):
            return float(text)
        return text


def load_yaml_subset(text: str) -> Any:
    loader = _Loader(text)
    if not loader.lines:
        return None
    value, end = loader.node(0, loader.lines[0][0])
    if end != len(loader.lines):
        raise YamlSubsetError(f"trailing content at {loader.lines[end][1]!r}")
    return value


@cache
def contract() -> dict[str, Any]:
    loaded = load_yaml_subset(CONTRACT_PATH.read_text())
    assert isinstance(loaded, dict)
    return loaded


def schemas() -> dict[str, Any]:
    return contract()["components"]["schemas"]


def ref_name(node: dict[str, Any]) -> str:
    ref = node["$ref"]
    assert ref.startswith(SCHEMA_PREFIX), ref
    return str(ref.removeprefix(SCHEMA_PREFIX))


def type_values(name: str) -> list[str]:
    """The `type` discriminator values of a schema, looking through `allOf` parts."""
    schema = schemas()[name]
    found: list[str] = []
    prop = schema.get("properties", {}).get("type")
    if prop is not None:
        if "$ref" in prop:
            prop = schemas()[ref_name(prop)]
        found += list(prop.get("enum", []))
        if "const" in prop:
            found.append(prop["const"])
    for part in schema.get("allOf", []):
        if "$ref" in part:
            found += type_values(ref_name(part))
    return found


def union_members(name: str) -> list[str]:
    schema = schemas()[name]
    variants = schema.get("oneOf") or schema.get("anyOf")
    assert variants, f"{name} is not a union"
    return [ref_name(v) for v in variants]


def union_types(name: str) -> dict[str, str]:
    """`type` value -> schema name, for a union whose members each have one `type`."""
    out: dict[str, str] = {}
    for member in union_members(name):
        (value,) = type_values(member)
        assert value not in out, f"{value!r} is the type of both {out[value]} and {member}"
        out[value] = member
    return out


def stream_event_types() -> dict[str, str]:
    return union_types("ResponseStreamEvent")


def output_item_types() -> dict[str, str]:
    return union_types("OutputItem")


def operations() -> list[tuple[str, str, str]]:
    """(HTTP method, path, operationId) of every operation in the contract."""
    out = []
    for path, item in contract()["paths"].items():
        for method, op in item.items():
            if method in HTTP_METHODS:
                out.append((method.upper(), path, op["operationId"]))
    return out


def snake(name: str) -> str:
    return re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()
