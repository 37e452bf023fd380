"""Structured outputs: `responses.parse(text_format=T)` and `responses.stream(text_format=T)`.

Pure steps, shared by the async resources and their generated blocking twins:

- `output_format(T)`: the strict `json_schema` text format for `T`, and how to read
  the model's JSON back. `T` is a dataclass, an attrs class, a `TypedDict` or a
  `msgspec.Struct` (the schema and the decoding are msgspec's: the `structured`
  extra), or a JSON Schema dict (no extra needed: the answer is returned as a dict).
- `strict_schema(schema)`: the adjustments the API's strict mode requires, and only
  those: the root inlined (it must be an object, not a `$ref`), every property
  required (a property that was optional becomes nullable), `additionalProperties:
  false` on every object, `default` dropped, `oneOf` read as `anyOf`, a `type` on
  enums. `$defs` are kept: the API resolves `#/$defs/...` references.
- `parse_response(response, fmt)`: the `ParsedResponse`, or a typed error
  (`RefusalError`, `IncompleteOutputError`, `OutputValidationError`) that keeps
  the text.

msgspec is imported on first use only: `import bud` never loads it.
"""

from __future__ import annotations

import dataclasses
import functools
import json
import re
import sys
import typing
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Generic, TypeVar

import attrs
from bud_api.extensions import model_repr
from bud_api.models.response_object import ResponseObject

from bud.exceptions import (
    IncompleteOutputError,
    MissingDependencyError,
    OutputValidationError,
    RefusalError,
)

if TYPE_CHECKING:
    from types import ModuleType

T = TypeVar("T")

INSTALL_HINT = "pip install 'bud-sdk[structured]'"
_KINDS = "a dataclass, an attrs class, a TypedDict, a msgspec.Struct, or a JSON Schema dict"
_NAME = re.compile(r"[^a-zA-Z0-9_-]+")
# keywords strict mode refuses, or that mean nothing once every property is required
_DROPPED = frozenset({"default", "$schema", "discriminator"})
_DEFS = "#/$defs/"


# --------------------------------------------------------------------------- the result


@attrs.frozen
class ParsedMessage(Generic[T]):
    """One assistant message read as the `text_format`: its `text` and what it `parsed`
    to; `item_id` and `output_index` say which item of `Response.output` it is."""

    item_id: str | None
    output_index: int
    text: str
    parsed: T


@attrs.define
class ParsedResponse(ResponseObject, Generic[T]):
    """A `Response` with its messages read as the `text_format`.

    `output_parsed` is the first message's value (an instance of the type, or a dict
    for a JSON Schema), None when the model wrote no message (it called a tool, or a
    background response is not done yet); `parsed_messages` has every message's.
    Everything else is the `Response`: `id`, `output`, `output_text`, `usage`, ...
    """

    __repr__ = model_repr

    output_parsed: T | None = attrs.field(default=None, kw_only=True)
    parsed_messages: list[ParsedMessage[T]] = attrs.field(factory=list, kw_only=True)


@functools.cache
def _response_fields() -> tuple[str, ...]:
    return tuple(a.alias or a.name for a in attrs.fields(ResponseObject) if a.init)


# --------------------------------------------------------------------------- the format


class OutputFormat(Generic[T]):
    """A `text_format` made ready: the `text.format` to send and the reader of the answer.

    `decode` raises `ValueError` (msgspec's errors and `json`'s are ones) when the text
    does not fit.
    """

    __slots__ = ("decode", "name", "schema", "text_format")

    def __init__(self, name: str, schema: dict[str, Any], decode: Callable[[str], T]) -> None:
        self.name = name
        self.schema = schema
        self.decode = decode
        self.text_format: dict[str, Any] = {
            "type": "json_schema",
            "name": name,
            "schema": schema,
            "strict": True,
        }


def _msgspec(text_format: object) -> ModuleType:
    try:
        import msgspec
    except ImportError as exc:
        raise MissingDependencyError(
            f"text_format={_describe(text_format)} needs msgspec, which builds the JSON Schema "
            f"and reads the answer into the type: {INSTALL_HINT}"
            " (a JSON Schema dict as text_format needs nothing more)"
        ) from exc
    return msgspec


def _describe(value: object) -> str:
    name = getattr(value, "__qualname__", None) or getattr(value, "__name__", None)
    return name if isinstance(name, str) else type(value).__name__


def schema_name(name: object, fallback: str = "output") -> str:
    """A `text.format.name` the API accepts: [a-zA-Z0-9_-], at most 64 characters."""
    text = _NAME.sub("_", name).strip("_") if isinstance(name, str) else ""
    return text[:64] or fallback


def _class_kind(text_format: object) -> type | None:
    """The class behind *text_format* when it is a kind msgspec reads, else None."""
    cls = typing.get_origin(text_format) or text_format  # `Page[Item]` is a `Page`
    if not isinstance(cls, type):
        return None
    if dataclasses.is_dataclass(cls) or attrs.has(cls) or typing.is_typeddict(cls):
        return cls
    if issubclass(cls, dict) and hasattr(cls, "__required_keys__"):  # typing_extensions
        return cls
    msgspec = sys.modules.get("msgspec")  # a Struct means msgspec is imported already
    if msgspec is not None and issubclass(cls, msgspec.Struct):
        return cls
    return None


def output_format(text_format: object) -> OutputFormat[Any]:
    """The strict `json_schema` format for *text_format*, checked before any I/O.

    `TypeError` for anything else than the kinds above, or for a type whose schema
    strict mode cannot express (a free-form `dict[str, X]`, `Any`); a
    `MissingDependencyError` when a type needs msgspec and it is not installed.
    """
    if isinstance(text_format, Mapping):
        return _schema_format(text_format)
    if _class_kind(text_format) is None:
        hint = ""
        if hasattr(text_format, "model_json_schema"):
            hint = (
                "; for a pydantic model pass its schema, text_format=Model.model_json_schema(),"
                " and Model.model_validate() the dict you get back"
            )
        raise TypeError(f"text_format must be {_KINDS}; got {_describe(text_format)}{hint}")
    try:
        hash(text_format)
    except TypeError:  # a generic alias with an unhashable argument: built every time
        return _type_format.__wrapped__(text_format)
    return _type_format(text_format)


@functools.lru_cache(maxsize=256)
def _type_format(tp: Any) -> OutputFormat[Any]:
    msgspec = _msgspec(tp)
    try:
        raw = msgspec.json.schema(tp)
    except (TypeError, ValueError) as exc:
        raise TypeError(f"text_format={_describe(tp)}: msgspec cannot describe it: {exc}") from exc
    schema = strict_schema(raw, _describe(tp))
    name = schema_name(getattr(typing.get_origin(tp) or tp, "__name__", None))
    decoder = msgspec.json.Decoder(tp)
    if not _has_optional(raw):
        return OutputFormat(name, schema, decoder.decode)

    # Optional properties were made nullable: a null there means "not given", so it is
    # dropped before conversion and the type's default (or absence) applies.
    untyped = msgspec.json.Decoder()
    convert = msgspec.convert
    defs = raw.get("$defs") or {}

    def decode(text: str) -> Any:
        value = untyped.decode(text)
        _drop_added_nulls(value, raw, defs)
        return convert(value, tp)

    return OutputFormat(name, schema, decode)


def _schema_format(schema: Mapping[str, Any]) -> OutputFormat[dict[str, Any]]:
    if not all(isinstance(key, str) for key in schema):
        raise TypeError("text_format: a JSON Schema dict must have string keys")
    strict = strict_schema(schema, "text_format")
    return OutputFormat(schema_name(schema.get("title")), strict, _json_object)


def _json_object(text: str) -> dict[str, Any]:
    value = json.loads(text)
    if not isinstance(value, dict):
        raise ValueError(f"expected a JSON object, got {type(value).__name__}")
    return value


# --------------------------------------------------------------------------- strict mode


def strict_schema(schema: Mapping[str, Any], where: str = "text_format") -> dict[str, Any]:
    """*schema* as strict mode wants it (a new dict; *schema* is left as it was).

    `TypeError` when it cannot be: a root that is not an object, a free-form object
    (`additionalProperties` a schema, or no `properties` at all), a value of any type.
    """
    defs = schema.get("$defs")
    defs = dict(defs) if isinstance(defs, Mapping) else {}
    root: Mapping[str, Any] = schema
    ref = schema.get("$ref")
    own: str | None = None
    if isinstance(ref, str):
        # msgspec's shape: {"$ref": "#/$defs/Person", "$defs": {...}}; the API wants the
        # root itself to be the object
        own = ref.removeprefix(_DEFS)
        target = defs.get(own) if ref.startswith(_DEFS) else None
        if not isinstance(target, Mapping):
            raise TypeError(f"{where}: the root $ref {ref!r} does not point into $defs")
        rest = {k: v for k, v in schema.items() if k not in ("$ref", "$defs")}
        root = {**target, **rest}
    adjust = _Strict(defs)
    out = adjust.node(root, where)
    if not _is_object(out) or "anyOf" in out:
        raise TypeError(f"{where}: the root of the schema must be an object ({_KINDS})")
    kept = {name: adjust.node(sub, name) for name, sub in defs.items()}
    if own is not None:
        others = [out, {name: sub for name, sub in kept.items() if name != own}]
        if json.dumps(f"{_DEFS}{own}") not in json.dumps(others):
            del kept[own]  # inlined as the root, and referred to nowhere else
    if kept:
        out["$defs"] = kept
    return out


class _Strict:
    __slots__ = ("defs",)

    def __init__(self, defs: Mapping[str, Any]) -> None:
        self.defs = defs

    def node(self, node: Any, where: str) -> dict[str, Any]:
        if not isinstance(node, Mapping) or not node or set(node) <= {"title", "description"}:
            raise TypeError(
                f"{where}: a value of any type (typing.Any, object, a bare schema) cannot be"
                " described in strict mode; give it a concrete type"
            )
        out: dict[str, Any] = {}
        for key, value in node.items():
            if key in _DROPPED or key in ("properties", "required", "additionalProperties"):
                continue
            if key in ("anyOf", "oneOf", "allOf"):
                branches = [self.node(branch, where) for branch in value]
                out["allOf" if key == "allOf" else "anyOf"] = branches
            elif key == "items" and isinstance(value, Mapping):
                out[key] = self.node(value, f"{where}[]")
            elif key == "prefixItems":
                out[key] = [self.node(item, f"{where}[{i}]") for i, item in enumerate(value)]
            elif key in ("$defs", "definitions") and isinstance(value, Mapping):
                out[key] = {name: self.node(sub, name) for name, sub in value.items()}
            else:
                out[key] = value
        if _is_object(node):
            self._object(node, out, where)
        if "type" not in out and "anyOf" not in out:
            kind = _json_type(out.get("enum"), out.get("const"))
            if kind is not None:
                out["type"] = kind
        ref = out.get("$ref")
        if isinstance(ref, str) and len(out) > 1:
            # a $ref with other keywords beside it: the API reads only the $ref
            target = self.defs.get(ref.removeprefix(_DEFS)) if ref.startswith(_DEFS) else None
            if isinstance(target, Mapping):
                rest = {k: v for k, v in out.items() if k != "$ref"}
                return {**self.node(target, where), **rest}
        return out

    def _object(self, node: Mapping[str, Any], out: dict[str, Any], where: str) -> None:
        extra = node.get("additionalProperties")
        props = node.get("properties")
        if (extra is not None and extra is not False) or not isinstance(props, Mapping):
            raise TypeError(
                f"{where}: an object with free-form keys (dict[str, ...], Mapping) cannot be"
                " described in strict mode; declare its fields (a dataclass, a TypedDict)"
            )
        required = set(node.get("required") or ())
        fields: dict[str, Any] = {}
        for name, sub in props.items():
            strict = self.node(sub, f"{where}.{name}")
            if name not in required and not self.nullable(strict):
                strict = _or_null(strict)
            fields[name] = strict
        out["properties"] = fields
        out["required"] = list(fields)
        out["additionalProperties"] = False

    def nullable(self, node: Any, depth: int = 0) -> bool:
        if not isinstance(node, Mapping) or depth > 20:
            return False
        kind = node.get("type")
        if kind == "null" or (isinstance(kind, list) and "null" in kind):
            return True
        enum = node.get("enum")
        if isinstance(enum, list) and None in enum:
            return True
        if "const" in node and node["const"] is None:
            return True
        if any(self.nullable(b, depth + 1) for b in node.get("anyOf") or ()):
            return True
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith(_DEFS):
            return self.nullable(self.defs.get(ref.removeprefix(_DEFS)), depth + 1)
        return False


def _is_object(node: Mapping[str, Any]) -> bool:
    kind = node.get("type")
    return kind == "object" or (isinstance(kind, list) and "object" in kind) or "properties" in node


def _or_null(node: dict[str, Any]) -> dict[str, Any]:
    branches = node.get("anyOf")
    if isinstance(branches, list) and set(node) <= {"anyOf", "title", "description"}:
        return {**node, "anyOf": [*branches, {"type": "null"}]}
    return {"anyOf": [node, {"type": "null"}]}


def _json_type(enum: Any, const: Any) -> str | list[str] | None:
    values = enum if isinstance(enum, list) else [const] if const is not None else []
    kinds: list[str] = []
    for value in values:
        if isinstance(value, bool):
            kind = "boolean"
        elif isinstance(value, int):
            kind = "integer"
        elif isinstance(value, float):
            kind = "number"
        elif isinstance(value, str):
            kind = "string"
        elif value is None:
            kind = "null"
        else:
            return None
        if kind not in kinds:
            kinds.append(kind)
    if not kinds:
        return None
    return kinds[0] if len(kinds) == 1 else kinds


# --------------------------------------------------------------------------- decoding


def _has_optional(schema: Any) -> bool:
    """Whether an object of *schema* (msgspec's) has a property it did not require and
    that is not nullable: strict mode makes those nullable, and null must then be read
    as "not given"."""
    if isinstance(schema, Mapping):
        props = schema.get("properties")
        if isinstance(props, Mapping):
            required = set(schema.get("required") or ())
            if any(name not in required and not _null_ok(sub) for name, sub in props.items()):
                return True
        return any(_has_optional(value) for value in schema.values())
    if isinstance(schema, list):
        return any(_has_optional(value) for value in schema)
    return False


def _null_ok(node: Any) -> bool:
    if not isinstance(node, Mapping):
        return False
    kind = node.get("type")
    if kind == "null" or (isinstance(kind, list) and "null" in kind):
        return True
    return any(_null_ok(branch) for branch in node.get("anyOf") or ())


def _resolve(node: Any, defs: Mapping[str, Any]) -> Any:
    for _ in range(32):
        ref = node.get("$ref") if isinstance(node, Mapping) else None
        if not isinstance(ref, str) or not ref.startswith(_DEFS):
            return node
        node = defs.get(ref.removeprefix(_DEFS))
    return node


def _drop_added_nulls(value: Any, node: Any, defs: Mapping[str, Any]) -> None:
    """Remove, in place, the nulls the model wrote for properties that were optional
    (not required, not nullable) in msgspec's *node*."""
    node = _resolve(node, defs)
    if not isinstance(node, Mapping):
        return
    if isinstance(value, dict):
        props = node.get("properties")
        if isinstance(props, Mapping):
            required = node.get("required") or ()
            for key in list(value):
                sub = props.get(key)
                if sub is None:
                    continue
                item = value[key]
                if item is None:
                    if key not in required and not _null_ok(_resolve(sub, defs)):
                        del value[key]
                else:
                    _drop_added_nulls(item, sub, defs)
            return
    elif isinstance(value, list):
        items = node.get("items")
        if isinstance(items, Mapping):
            for item in value:
                _drop_added_nulls(item, items, defs)
            return
        prefix = node.get("prefixItems")
        if isinstance(prefix, list):
            for item, sub in zip(value, prefix, strict=False):
                _drop_added_nulls(item, sub, defs)
            return
    for branch in node.get("anyOf") or ():
        target = _resolve(branch, defs)
        if isinstance(target, Mapping) and (
            (isinstance(value, dict) and "properties" in target)
            or (isinstance(value, list) and ("items" in target or "prefixItems" in target))
        ):
            _drop_added_nulls(value, target, defs)
            return


# --------------------------------------------------------------------------- the request


def no_stream(what: str, params: dict[str, Any]) -> dict[str, Any]:
    """*params* without `stream`; `stream=True` refused: a parsed answer is read whole
    (`responses.stream(..., text_format=...)` parses once the stream has ended)."""
    if params.pop("stream", None):
        raise TypeError(
            f"{what}() reads the whole answer; to stream, use "
            "responses.stream(..., text_format=...) and get_final_response()"
        )
    return params


def with_format(what: str, params: dict[str, Any], fmt: OutputFormat[Any]) -> dict[str, Any]:
    """*params* with `text.format` set to *fmt*, the caller's other `text` fields
    (`verbosity`, ...) kept."""
    text = params.get("text")
    if text is None:
        base: dict[str, Any] = {}
    elif callable(getattr(text, "to_dict", None)):
        base = dict(text.to_dict())
    elif isinstance(text, Mapping):
        base = dict(text)
    else:
        raise TypeError(f"{what}(): 'text' must be an object, got {type(text).__name__}")
    params["text"] = {**base, "format": fmt.text_format}
    return params


# --------------------------------------------------------------------------- the answer

_UNFINISHED = frozenset({"failed", "cancelled", "queued", "in_progress"})


def parse_response(response: ResponseObject, fmt: OutputFormat[T]) -> ParsedResponse[T]:
    """*response* with its messages read by *fmt*.

    A refusal raises `RefusalError`, an `incomplete` response `IncompleteOutputError`,
    text that is not JSON of the right shape `OutputValidationError`; each keeps the
    text. A response that is not finished (failed, cancelled, or a background one not
    done yet) is returned unread: `output_parsed` is None.
    """
    status = response.status
    messages: list[ParsedMessage[T]] = []
    if status not in _UNFINISHED:
        found = _messages(response)
        if status == "incomplete":
            details = response.incomplete_details
            reason = getattr(details, "reason", None)
            reason = reason if isinstance(reason, str) else None
            raise IncompleteOutputError(
                f"The response is incomplete ({reason or 'no reason given'}): its JSON is"
                " cut short",
                reason=reason,
                raw_text=response.output_text,
                model_response=response,
            )
        for item_id, index, text in found:
            messages.append(ParsedMessage(item_id, index, text, _decode(fmt, text, response)))
    return _with_parsed(response, messages)


def _messages(response: ResponseObject) -> list[tuple[str | None, int, str]]:
    """(item id, output index, text) of each assistant message; `RefusalError` at a refusal."""
    found: list[tuple[str | None, int, str]] = []
    for index, item in enumerate(response.output or ()):
        if getattr(item, "type", None) != "message":
            continue
        texts: list[str] = []
        for part in getattr(item, "content", None) or ():
            kind = getattr(part, "type", None)
            if kind == "output_text":
                text = getattr(part, "text", None)
                texts.append(text if isinstance(text, str) else "")
            elif kind == "refusal":
                refusal = getattr(part, "refusal", None)
                refusal = refusal if isinstance(refusal, str) else ""
                raise RefusalError(
                    f"The model refused: {refusal}" if refusal else "The model refused",
                    refusal=refusal,
                    model_response=response,
                )
        item_id = getattr(item, "id", None)
        found.append((item_id if isinstance(item_id, str) else None, index, "".join(texts)))
    return found


def _decode(fmt: OutputFormat[T], text: str, response: ResponseObject) -> T:
    try:
        return fmt.decode(text)
    except ValueError as exc:  # json.JSONDecodeError, msgspec.DecodeError/ValidationError
        detail = str(exc) or type(exc).__name__
        raise OutputValidationError(
            f"The model's answer does not match {fmt.name}: {detail}",
            errors=[detail],
            raw_text=text,
            model_response=response,
        ) from exc


def _with_parsed(response: ResponseObject, messages: list[ParsedMessage[T]]) -> ParsedResponse[T]:
    fields = {name: getattr(response, name) for name in _response_fields()}
    parsed: ParsedResponse[T] = ParsedResponse(
        **fields,
        output_parsed=messages[0].parsed if messages else None,
        parsed_messages=messages,
    )
    parsed.additional_properties = response.additional_properties
    return parsed
