"""`make regen`, the request side: write `bud_api/operations.py` from the contract.

For every operation: its method, path, path/query/body parameters (each with the
Python types it accepts, the phrase an error uses for them, and whether it is
required), its result model and whether it can stream; and one `TypedDict` per
request body, which the SDK's methods take with `Unpack`. Adding an endpoint is a
contract change and `make regen`; the SDK's resources look their operation up.

`stream` is the SDK's own switch (it decides the return type), so it is never
part of a body or query `TypedDict`; an operation streams when its 200 reply
has a `text/event-stream` content, and `stream_item` names the model every
frame of that stream parses into when one model class covers them all (chat
completion chunks); the Responses streams are unions, dispatched by each
event's `type` through `bud_api.event_types.EVENT_TYPES`, so theirs is None.

Body fields whose names are not Python identifiers (the gateway's
`tensorzero::cache_options`) cannot be keyword arguments: they are left out of
the body table and the `TypedDict` (whose docstring lists them), and callers
send them in `extra_body`.
"""

from __future__ import annotations

import keyword
import re
import textwrap
from pathlib import Path
from typing import Any

SCHEMA_PREFIX = "#/components/schemas/"
CONTROL = frozenset({"stream"})

# JSON Schema type -> (Python types accepted at run time, phrase, annotation)
_SCALARS: dict[str, tuple[tuple[str, ...], str, str]] = {
    "string": (("str",), "a string", "str"),
    "integer": (("int",), "an int", "int"),
    "number": (("int", "float"), "a number", "float"),
    "boolean": (("bool",), "a bool", "bool"),
}


class Kind:
    """What one parameter accepts: run-time types, a phrase, an annotation."""

    def __init__(
        self, types: tuple[str, ...], phrase: str, annotation: str, items: str | None = None
    ) -> None:
        self.types = types
        self.phrase = phrase
        self.annotation = annotation
        self.items = items  # element (array) or value (map) type that must hold too


def _deref(node: dict[str, Any], schemas: dict[str, Any]) -> dict[str, Any]:
    seen = 0
    while "$ref" in node and seen < 20:
        node = schemas[node["$ref"].removeprefix(SCHEMA_PREFIX)]
        seen += 1
    return node


def _variants(node: dict[str, Any], schemas: dict[str, Any]) -> list[dict[str, Any]]:
    """The non-null alternatives of *node*, dereferenced and flattened."""
    node = _deref(node, schemas)
    members = node.get("anyOf") or node.get("oneOf")
    if isinstance(members, list):
        out: list[dict[str, Any]] = []
        for member in members:
            out += _variants(member, schemas)
        return out
    if node.get("type") == "null":
        return []
    if isinstance(node.get("type"), list):  # ["string", "null"]
        return [{**node, "type": t} for t in node["type"] if t != "null"]
    return [node]


def _is_string_only(node: dict[str, Any], schemas: dict[str, Any]) -> bool:
    variants = _variants(node, schemas)
    return bool(variants) and all(v.get("type") == "string" for v in variants)


def _is_integer_only(node: dict[str, Any], schemas: dict[str, Any]) -> bool:
    variants = _variants(node, schemas)
    return bool(variants) and all(v.get("type") == "integer" for v in variants)


def is_keyword_name(name: str) -> bool:
    """Whether *name* can be a keyword argument (and a `TypedDict` key in class syntax)."""
    return name.isidentifier() and not keyword.iskeyword(name)


def kind_of(node: dict[str, Any], schemas: dict[str, Any]) -> Kind:
    parts: list[Kind] = []
    for variant in _variants(node, schemas):
        parts.append(_one_kind(variant, schemas))
    if not parts:
        return Kind(("object",), "a value", "Any")
    types: list[str] = []
    phrases: list[str] = []
    annotations: list[str] = []
    items = None
    for part in parts:
        types += [t for t in part.types if t not in types]
        if part.phrase not in phrases:
            phrases.append(part.phrase)
        if part.annotation not in annotations:
            annotations.append(part.annotation)
        items = items or part.items
    if len(parts) > 1:
        items = None  # an element check only where the parameter has one shape
    if "Any" in annotations:
        annotations = ["Any"]
    literals = [a for a in annotations if a.startswith("Literal[")]
    if len(literals) == len(annotations) and len(literals) > 1:
        values = [v for a in literals for v in a[len("Literal[") : -1].split(", ")]
        annotations = [f"Literal[{', '.join(dict.fromkeys(values))}]"]
    return Kind(tuple(types), " or ".join(phrases), " | ".join(annotations), items)


def _one_kind(node: dict[str, Any], schemas: dict[str, Any]) -> Kind:
    kind = node.get("type")
    if kind == "string" and isinstance(node.get("enum"), list):
        values = ", ".join(repr(v) for v in node["enum"])
        return Kind(("str",), "a string", f"Literal[{values}]")
    if kind in _SCALARS:
        types, phrase, annotation = _SCALARS[kind]
        return Kind(types, phrase, annotation)
    if kind == "array":
        items = node.get("items", {})
        if _is_string_only(items, schemas):
            return Kind(("list", "tuple"), "a list of strings", "list[str]", items="str")
        if _is_integer_only(items, schemas):
            return Kind(("list", "tuple"), "a list of ints", "list[int]", items="int")
        inner = _variants(items, schemas)
        nested = len(inner) == 1 and inner[0].get("type") == "array"
        if nested and _is_integer_only(inner[0].get("items", {}), schemas):
            # token ids of several inputs; the inner lists are not checked
            return Kind(("list", "tuple"), "a list of lists of ints", "list[list[int]]")
        return Kind(("list", "tuple"), "a list", "list[Any]")
    if kind == "object" or "properties" in node or "additionalProperties" in node:
        extra = node.get("additionalProperties")
        plain_map = not node.get("properties") and isinstance(extra, dict)
        if plain_map and _is_string_only(extra, schemas):
            return Kind(("Mapping",), "a mapping of strings", "Mapping[str, str]", items="str")
        return Kind(("Mapping",), "an object", "Mapping[str, Any]")
    return Kind(("object",), "a value", "Any")


def _camel(operation_id: str) -> str:
    return operation_id[:1].upper() + operation_id[1:]


def _snake(operation_id: str) -> str:
    return re.sub(r"(?<!^)(?=[A-Z])", "_", operation_id).upper()


def _ref_name(node: dict[str, Any]) -> str:
    return str(node["$ref"]).removeprefix(SCHEMA_PREFIX)


def _stream_item(node: dict[str, Any] | None, schemas: dict[str, Any]) -> str | None:
    """The model every stream frame parses into: a `$ref` to an object schema, else None
    (a union of events, dispatched by `type`)."""
    if not node or "$ref" not in node:
        return None
    name = _ref_name(node)
    target = schemas[name]
    if "anyOf" in target or "oneOf" in target:
        return None
    return name


def _field(name: str, kind: Kind, required: bool) -> str:
    types = f"({kind.types[0]},)" if len(kind.types) == 1 else f"({', '.join(kind.types)})"
    items = kind.items or "None"
    return f"        {name!r}: Field({types}, {kind.phrase!r}, {required}, {items}),"


def render(contract: dict[str, Any], class_names: dict[str, str]) -> str:
    """The source of `operations.py` for *contract* (already preprocessed)."""
    schemas = contract["components"]["schemas"]
    typed_dicts: list[str] = []
    table: list[str] = []
    constants: list[str] = []
    for path, methods in contract["paths"].items():
        for method, op in methods.items():
            if method == "parameters":
                continue
            op_id = op["operationId"]
            path_params: list[str] = []
            query: list[str] = []
            for param in op.get("parameters", []):
                if param["in"] == "path":
                    path_params.append(param["name"])
                elif param["in"] == "query" and param["name"] not in CONTROL:
                    kind = kind_of(param.get("schema", {}), schemas)
                    query.append(_field(param["name"], kind, bool(param.get("required"))))
            body_lines: list[str] = []
            body_name: str | None = None
            content = op.get("requestBody", {}).get("content", {}).get("application/json")
            if content is not None:
                body = _deref(content["schema"], schemas)
                required = set(body.get("required", []))
                class_name = f"{_camel(op_id)}Params"
                body_name = class_name
                annotations: list[str] = []
                elsewhere: list[str] = []
                for name, schema in body.get("properties", {}).items():
                    if name in CONTROL:
                        continue
                    if not is_keyword_name(name):
                        elsewhere.append(name)
                        continue
                    kind = kind_of(schema, schemas)
                    annotations.append(f"    {name}: {kind.annotation}")
                    body_lines.append(_field(name, kind, name in required))
                doc = f"Body of `{method.upper()} {path}` (`{op_id}`)."
                if elsewhere:
                    names = ", ".join(f"`{n}`" for n in elsewhere)
                    note = textwrap.fill(
                        "Not keyword arguments (their names are not identifiers); send them "
                        f"in `extra_body`: {names}.",
                        width=88,
                        initial_indent="    ",
                        subsequent_indent="    ",
                        break_on_hyphens=False,
                    )
                    doc += f"\n\n{note}\n    "
                typed_dicts.append(
                    f"class {class_name}(TypedDict, total=False):\n"
                    f'    """{doc}"""\n\n' + "\n".join(annotations) + "\n"
                )
            reply = op["responses"].get("200", {}).get("content", {})
            json_reply = reply.get("application/json", {}).get("schema", {})
            result = class_names.get(_ref_name(json_reply), _ref_name(json_reply))
            streams = "text/event-stream" in reply
            stream_item = _stream_item(reply.get("text/event-stream", {}).get("schema"), schemas)
            if stream_item is not None:
                stream_item = class_names.get(stream_item, stream_item)
            constant = _snake(op_id)
            constants.append(constant)
            body_table = (
                "{\n" + "\n".join(body_lines) + "\n    }" if content is not None else "None"
            )
            query_table = "{\n" + "\n".join(query) + "\n    }" if query else "{}"
            table.append(
                f"{constant} = Operation(\n"
                f"    name={op_id!r},\n"
                f"    method={method.upper()!r},\n"
                f"    path={path!r},\n"
                f"    path_params={tuple(path_params)!r},\n"
                f"    query={query_table},\n"
                f"    body={body_table},\n"
                f"    body_type={body_name!r},\n"
                f"    result={result!r},\n"
                f"    streams={streams},\n"
                f"    stream_item={stream_item!r},\n"
                ")\n"
            )
    listing = ", ".join(f"{c}.name: {c}" for c in constants)
    return (
        HEADER
        + "\n\n".join(typed_dicts)
        + "\n\n"
        + "\n\n".join(table)
        + (
            f"\n\nOPERATIONS: Final[Mapping[str, Operation]] = {{{listing}}}\n"
            '"""Every operation of the contract, by operationId."""\n'
        )
    )


HEADER = '''"""The request side of every operation in the contract: generated by `make regen`
(tools/regen_operations.py) from openapi/responses.yaml. Never edit by hand.

`Operation` says how to call an endpoint (with `stream_item`, the model each frame
of its event stream parses into, when one model covers them all); `Field` what one
parameter accepts (the Python types, the phrase an error names them by, whether it
is required, and the type each element or value must have). The `...Params` classes
are the bodies, for `Unpack` in the SDK's method signatures; body fields whose names
are not identifiers are in neither and go in `extra_body`.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Final, Literal, NamedTuple, TypedDict


class Field(NamedTuple):
    types: tuple[type, ...]
    phrase: str
    required: bool = False
    items: type | None = None


class Operation(NamedTuple):
    name: str
    method: str
    path: str
    path_params: tuple[str, ...]
    query: Mapping[str, Field]
    body: Mapping[str, Field] | None
    body_type: str | None
    result: str
    streams: bool
    stream_item: str | None = None


'''


def write(contract: dict[str, Any], package: Path, class_names: dict[str, str]) -> int:
    source = render(contract, class_names)
    (package / "operations.py").write_text(source)
    return source.count("= Operation(")
