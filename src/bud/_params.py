"""Request parameters, checked against the generated operations table before any I/O.

What each parameter accepts comes from the contract (`bud_api.operations`, made
by `make regen`); this module only applies it. A wrong type raises `TypeError`,
an unknown name `TypeError` (as Python does for a bad keyword), both before a
byte is sent. The `...Kwargs` classes add the per-call options to the generated
bodies, for `Unpack` in the resources' signatures.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from bud_api.operations import (
    ClassifyParams,
    CompactResponseParams,
    CountInputTokensParams,
    CreateChatCompletionParams,
    CreateEmbeddingParams,
    CreateResponseParams,
    Field,
    Operation,
)

from bud._core import OPTION_NAMES, RequestOptions


class CreateKwargs(CreateResponseParams, RequestOptions, total=False):
    pass


class InputTokensKwargs(CountInputTokensParams, RequestOptions, total=False):
    pass


class CompactKwargs(CompactResponseParams, RequestOptions, total=False):
    pass


class ChatCompletionKwargs(CreateChatCompletionParams, RequestOptions, total=False):
    pass


class EmbeddingKwargs(CreateEmbeddingParams, RequestOptions, total=False):
    pass


class ClassifyKwargs(ClassifyParams, RequestOptions, total=False):
    pass


def _is_model(value: Any) -> bool:
    # a generated model stands for the object it serialises to
    return callable(getattr(value, "to_dict", None))


def split(
    what: str, operation: Operation, kwargs: Mapping[str, Any]
) -> tuple[dict[str, Any], RequestOptions]:
    """Check *kwargs* against *operation*'s body and split them into (body, options).
    None means "not given"."""
    fields = operation.body or {}
    body: dict[str, Any] = {}
    options: dict[str, Any] = {}
    for name, value in kwargs.items():
        if name in OPTION_NAMES:
            options[name] = value
            continue
        field = fields.get(name)
        if field is None:
            raise TypeError(
                f"{what}() got an unexpected keyword argument {name!r}; "
                "pass fields this SDK does not know yet in extra_body={...}"
            )
        if value is None:
            continue
        check(what, name, field, value)
        body[name] = value
    missing = [name for name, field in fields.items() if field.required and name not in body]
    if missing:
        names = ", ".join(repr(name) for name in missing)
        raise TypeError(f"{what}() missing required keyword argument(s): {names}")
    return body, options  # type: ignore[return-value]


def query(what: str, operation: Operation, values: Mapping[str, Any]) -> dict[str, Any]:
    """*values* checked against *operation*'s query parameters; None ones dropped."""
    out: dict[str, Any] = {}
    for name, value in values.items():
        if value is None:
            continue
        field = operation.query.get(name)
        if field is not None:
            check(what, name, field, value)
        out[name] = value
    return out


def check(what: str, name: str, field: Field, value: Any) -> None:
    types = field.types
    if object in types:
        return
    # bool is an int to Python, never a number or a count to the API
    ok = isinstance(value, types) and not (isinstance(value, bool) and bool not in types)
    if not ok and Mapping in types:
        ok = _is_model(value)
    if not ok:
        raise TypeError(f"{what}(): {name!r} must be {field.phrase}, got {type(value).__name__}")
    items = field.items
    if items is None:
        return
    if isinstance(value, Mapping):
        for key, item in value.items():
            if not isinstance(key, str) or not isinstance(item, items):
                raise TypeError(f"{what}(): {name!r} keys and values must be strings")
    elif isinstance(value, list | tuple) and not all(isinstance(i, items) for i in value):
        raise TypeError(f"{what}(): {name!r} must be {field.phrase}")
