"""What the server reads from a request body: text, token counts, input items."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from ._ids import new_id

# A deterministic stand-in for a tokenizer: each run of word characters and
# each punctuation mark counts as one token.
_TOKEN = re.compile(r"\w+|[^\w\s]")

_ITEM_ID_PREFIX = {"message": "msg", "function_call": "fc", "reasoning": "rs"}


def count_tokens(text: str) -> int:
    return len(_TOKEN.findall(text))


def first_tokens(text: str, limit: int) -> str:
    """The shortest prefix of ``text`` holding ``limit`` tokens (whole words kept)."""
    if limit <= 0:
        return ""
    match = list(_TOKEN.finditer(text))
    if len(match) <= limit:
        return text
    return text[: match[limit - 1].end()]


def _item_texts(item: Any) -> Iterator[str]:
    if isinstance(item, str):
        yield item
        return
    if not isinstance(item, Mapping):
        return
    content = item.get("content")
    if isinstance(content, str):
        yield content
    elif isinstance(content, list):
        for part in content:
            if isinstance(part, Mapping) and isinstance(part.get("text"), str):
                yield part["text"]
    for key in ("output", "arguments", "name"):
        if isinstance(item.get(key), str):
            yield item[key]
    summary = item.get("summary")
    if isinstance(summary, list):
        for part in summary:
            if isinstance(part, Mapping) and isinstance(part.get("text"), str):
                yield part["text"]


def input_texts(body: Mapping[str, Any]) -> Iterator[str]:
    """Every piece of text the model would read for this request."""
    instructions = body.get("instructions")
    if isinstance(instructions, str):
        yield instructions
    elif isinstance(instructions, list):
        for item in instructions:
            yield from _item_texts(item)
    given = _conversation(body)
    if isinstance(given, list):
        for item in given:
            yield from _item_texts(item)
    else:
        yield from _item_texts(given)
    tools = body.get("tools")
    if isinstance(tools, list) and tools:
        yield json.dumps(tools, sort_keys=True)


def count_input_tokens(body: Mapping[str, Any]) -> int:
    return sum(count_tokens(text) for text in input_texts(body))


def _conversation(body: Mapping[str, Any]) -> Any:
    """What the model reads: a Responses ``input``, or a chat request's ``messages``."""
    given = body.get("input")
    return body.get("messages") if given is None else given


def last_user_text(body: Mapping[str, Any]) -> str:
    given = _conversation(body)
    if isinstance(given, str):
        return given
    if isinstance(given, list):
        for item in reversed(given):
            if isinstance(item, Mapping) and item.get("role", "user") == "user":
                texts = list(_item_texts(item))
                if texts:
                    return " ".join(texts)
    return ""


def input_items(body: Mapping[str, Any]) -> list[dict[str, Any]]:
    """The request's input as the item resources the input_items endpoint lists."""
    given = body.get("input")
    if given is None:
        return []
    raw = [given] if isinstance(given, str) else given if isinstance(given, list) else []
    items: list[dict[str, Any]] = []
    for entry in raw:
        if isinstance(entry, str):
            entry = {"role": "user", "content": entry}
        if not isinstance(entry, Mapping):
            continue
        item = dict(entry)
        kind = item.setdefault("type", "message")
        if kind == "message":
            item.setdefault("role", "user")
            if isinstance(item.get("content"), str):
                part = "output_text" if item["role"] == "assistant" else "input_text"
                item["content"] = [{"type": part, "text": item["content"]}]
        if not isinstance(item.get("id"), str):
            item["id"] = new_id(_ITEM_ID_PREFIX.get(kind, "item"))
        items.append(item)
    return items


# --- tool arguments made up from a JSON Schema -----------------------------------

# Deep enough for any real tool; stops a schema that refers to itself.
_MAX_DEPTH = 10
# Example strings for the common `format`s, so a date field gets a date.
_FORMATS = {
    "date": "2025-01-01",
    "date-time": "2025-01-01T12:00:00Z",
    "time": "12:00:00",
    "duration": "PT1H",
    "email": "user@example.com",
    "hostname": "example.com",
    "ipv4": "192.0.2.1",
    "ipv6": "2001:db8::1",
    "uri": "https://example.com",
    "url": "https://example.com",
    "uuid": "00000000-0000-4000-8000-000000000000",
}


@dataclass(frozen=True, slots=True)
class _Style:
    """How ``example_value`` fills a schema in: as tool arguments (the defaults), or as
    a structured answer (``schema_instance``)."""

    text: str | None = None
    """Every plain string (no ``format``, ``enum`` or ``const``); None: ``example <name>``."""
    array_items: int = 0
    """Items in an array without ``minItems``."""
    defaults: bool = True
    """A schema's ``default`` is the value."""
    settle: bool = False
    """Once a ``$ref`` recurs (a recursive schema), null wherever null is allowed and no
    optional array items below it: the value ends, and is valid."""
    max_depth: int = _MAX_DEPTH


_TOOL_STYLE = _Style()


def _resolve_ref(ref: Any, root: Any) -> Any:
    """The schema a local ``$ref`` (``#/$defs/x``, ``#/definitions/x``) points at, or None."""
    if not isinstance(ref, str) or not ref.startswith("#"):
        return None
    node = root
    for part in ref[1:].split("/")[1:]:
        part = part.replace("~1", "/").replace("~0", "~")
        if not isinstance(node, Mapping) or part not in node:
            return None
        node = node[part]
    return node


def _first_type(schema: Mapping[str, Any]) -> str | None:
    kind = schema.get("type")
    if isinstance(kind, list):
        kinds = [k for k in kind if isinstance(k, str)]
        kind = next((k for k in kinds if k != "null"), kinds[0] if kinds else None)
    if isinstance(kind, str):
        return kind
    if "properties" in schema:
        return "object"
    if "items" in schema:
        return "array"
    return None


def _number(schema: Mapping[str, Any], integer: bool) -> int | float:
    value: int | float = 1
    low, high = schema.get("minimum"), schema.get("maximum")
    above, below = schema.get("exclusiveMinimum"), schema.get("exclusiveMaximum")
    if isinstance(above, int | float) and not isinstance(above, bool) and value <= above:
        value = above + 1
    if isinstance(low, int | float) and not isinstance(low, bool) and value < low:
        value = low
    if isinstance(below, int | float) and not isinstance(below, bool) and value >= below:
        value = below - 1
    if isinstance(high, int | float) and not isinstance(high, bool) and value > high:
        value = high
    if integer and value != int(value):
        value = int(value) + (1 if value > 0 else 0)
    return value


def _string(schema: Mapping[str, Any], name: str, given: str | None = None) -> str:
    plain = f"example {name.replace('_', ' ')}".strip() if given is None else given
    text = _FORMATS.get(str(schema.get("format")), plain)
    longest, shortest = schema.get("maxLength"), schema.get("minLength")
    if isinstance(longest, int) and len(text) > longest:
        text = text[: max(longest, 0)]
    if isinstance(shortest, int) and len(text) < shortest:
        text = text.ljust(shortest, "x")
    return text


def _allows_null(schema: Any) -> bool:
    if not isinstance(schema, Mapping):
        return False
    kind = schema.get("type")
    if kind == "null" or (isinstance(kind, list) and "null" in kind):
        return True
    variants = schema.get("anyOf") or schema.get("oneOf")
    return isinstance(variants, list) and any(_allows_null(v) for v in variants)


def example_value(
    schema: Any,
    name: str = "value",
    *,
    root: Any = None,
    depth: int = 0,
    style: _Style = _TOOL_STYLE,
    refs: tuple[str, ...] = (),
    settled: bool = False,
) -> Any:
    """A deterministic, plausible value that fits a JSON Schema, as a model would fill in.

    ``const``, ``default``, the first ``enum`` value or the first of ``examples`` when the
    schema has one; else by type: a string naming the field (or an example of its
    ``format``), 1 for numbers (moved inside ``minimum``/``maximum``), true, ``minItems``
    items for arrays, and every declared property for objects. ``style`` changes a few
    of these choices (see ``schema_instance``).
    """
    root = schema if root is None else root
    if depth > style.max_depth:
        return None
    if schema is True or (isinstance(schema, Mapping) and not schema):
        return _string({}, name, style.text)  # anything goes: a string reads best
    if not isinstance(schema, Mapping):
        return None
    ref = schema.get("$ref")
    target = _resolve_ref(ref, root)
    if target is not None:
        if style.settle and isinstance(ref, str):
            settled = settled or ref in refs
            refs = (*refs, ref)
        return example_value(
            target, name, root=root, depth=depth + 1, style=style, refs=refs, settled=settled
        )
    more = {"root": root, "depth": depth + 1, "style": style, "refs": refs, "settled": settled}
    if "const" in schema:
        return schema["const"]
    if "default" in schema and style.defaults:
        return schema["default"]
    for key in ("enum", "examples"):
        values = schema.get(key)
        if isinstance(values, list) and values:
            if settled and None in values:
                return None
            return next((v for v in values if v is not None), values[0])
    if settled and _allows_null(schema):
        return None
    for key in ("anyOf", "oneOf"):
        variants = schema.get(key)
        if isinstance(variants, list) and variants:
            chosen = [example_value(v, name, **more) for v in variants]
            return next((v for v in chosen if v is not None), None)
    parts = schema.get("allOf")
    if isinstance(parts, list) and parts:
        own = {k: v for k, v in schema.items() if k != "allOf"}
        values = [example_value(p, name, **more) for p in parts]
        if _first_type(own) is not None:
            values.append(example_value(own, name, **more))
        if all(isinstance(v, dict) for v in values):
            merged: dict[str, Any] = {}
            for value in values:
                merged.update(value)
            return merged
        return values[0]
    kind = _first_type(schema)
    if kind == "object":
        properties = schema.get("properties")
        properties = properties if isinstance(properties, Mapping) else {}
        required = schema.get("required")
        names = [*properties, *(r for r in required or () if r not in properties)]
        return {
            key: example_value(properties.get(key, True), key, **more)
            for key in names
            if isinstance(key, str)
        }
    if kind == "array":
        count = schema.get("minItems")
        if not isinstance(count, int) or count <= 0:
            count = 0 if settled else style.array_items
        if count <= 0:
            return []
        item = example_value(schema.get("items", True), name, **more)
        return [item] * count
    if kind in ("integer", "number"):
        return _number(schema, kind == "integer")
    if kind == "boolean":
        return True
    if kind == "null":
        return None
    return _string(schema, name, style.text)


def requested_schema(body: Mapping[str, Any]) -> Any:
    """The JSON Schema a request wants its answer to follow, if any: a Responses
    ``text.format`` of type ``json_schema``, or a chat ``response_format`` one."""
    text = body.get("text")
    fmt = text.get("format") if isinstance(text, Mapping) else None
    if isinstance(fmt, Mapping) and fmt.get("type") == "json_schema":
        return fmt.get("schema")
    fmt = body.get("response_format")
    if isinstance(fmt, Mapping) and fmt.get("type") == "json_schema":
        spec = fmt.get("json_schema")
        return spec.get("schema") if isinstance(spec, Mapping) else None
    return None


def schema_instance(schema: Any, text: str | None = None) -> Any:
    """A JSON value valid for ``schema``, as a model under structured outputs would write:
    strings are ``text`` (the prompt; ``example <field>`` without one) unless a
    ``format``, ``enum`` or ``const`` says otherwise, numbers 1 (moved inside their
    bounds), booleans true, the first ``enum`` value, one item per array, every property
    of every object, a value where null is allowed (where a recursive schema recurs:
    null, and empty arrays)."""
    style = _Style(text=text or None, array_items=1, defaults=False, settle=True, max_depth=64)
    return example_value(schema, root=schema, style=style)


def _function(tool: Any) -> Mapping[str, Any]:
    """A tool's or tool choice's function fields, in the Responses shape (``{"name": ...}``)
    or the Chat Completions one (``{"function": {"name": ...}}``)."""
    if not isinstance(tool, Mapping):
        return {}
    nested = tool.get("function")
    return nested if isinstance(nested, Mapping) else tool


def _tool_name(tool: Any) -> str | None:
    name = _function(tool).get("name")
    return name if isinstance(name, str) else None


def forced_tool(body: Mapping[str, Any]) -> str | None:
    """The function a request's ``tool_choice`` makes the model call, if any: the one it
    names, or with ``"required"`` the first tool."""
    choice = body.get("tool_choice")
    if isinstance(choice, Mapping):
        return _tool_name(choice)
    tools = body.get("tools")
    if choice == "required" and isinstance(tools, list):
        return next((name for name in map(_tool_name, tools) if name is not None), None)
    return None


def tool_arguments(body: Mapping[str, Any], name: str) -> str:
    """JSON arguments for a call to the request's function tool ``name``, every property
    of its ``parameters`` schema filled in; ``{}`` when the request has no such tool."""
    tools = body.get("tools")
    for tool in tools if isinstance(tools, list) else ():
        spec = _function(tool)
        if spec.get("name") == name:
            parameters = spec.get("parameters")
            value = example_value(parameters, root=parameters) if parameters else {}
            return json.dumps(value if isinstance(value, dict) else {}, separators=(",", ":"))
    return "{}"
