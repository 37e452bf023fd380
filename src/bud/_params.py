"""Request parameters: their names, their types, and the checks made before any I/O.

One `TypedDict` per body, shared by the sync and async resources through
`Unpack`, so each parameter is declared once. A wrong type raises `TypeError`,
an unknown name `TypeError` (as Python does for a bad keyword), both before
a byte is sent.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypedDict

from bud._core import OPTION_NAMES, RequestOptions

JSONObject = Mapping[str, Any]


class ResponseCreateParams(TypedDict, total=False):
    """Body of `POST /v1/responses` (besides `stream`)."""

    model: str
    input: str | list[Any]
    instructions: str
    previous_response_id: str
    conversation: str | JSONObject
    temperature: float
    top_p: float
    top_logprobs: int
    max_output_tokens: int
    max_tool_calls: int
    tools: list[Any]
    tool_choice: str | JSONObject
    parallel_tool_calls: bool
    reasoning: JSONObject
    metadata: Mapping[str, str]
    user: str
    safety_identifier: str
    prompt: JSONObject
    prompt_cache_key: str
    prompt_cache_retention: str
    prompt_cache_options: JSONObject
    store: bool
    background: bool
    service_tier: str
    text: JSONObject
    truncation: Literal["auto", "disabled"]
    include: list[str]
    stream_options: JSONObject
    context_management: list[Any]
    moderation: JSONObject


class CreateKwargs(ResponseCreateParams, RequestOptions, total=False):
    pass


class InputTokensParams(TypedDict, total=False):
    """Body of `POST /v1/responses/input_tokens`."""

    model: str
    input: str | list[Any]
    instructions: str
    previous_response_id: str
    conversation: str | JSONObject
    tools: list[Any]
    tool_choice: str | JSONObject
    parallel_tool_calls: bool
    reasoning: JSONObject
    text: JSONObject
    truncation: Literal["auto", "disabled"]
    personality: str


class InputTokensKwargs(InputTokensParams, RequestOptions, total=False):
    pass


class CompactParams(TypedDict, total=False):
    """Body of `POST /v1/responses/compact`."""

    model: str
    input: str | list[Any]
    instructions: str
    previous_response_id: str
    prompt_cache_key: str
    prompt_cache_retention: str
    prompt_cache_options: JSONObject
    service_tier: str


class CompactKwargs(CompactParams, RequestOptions, total=False):
    pass


# ------------------------------------------------------------------ checking

_STR = (str,)
_NUMBER = (int, float)
_INT = (int,)
_BOOL = (bool,)
_LIST = (list, tuple)
_OBJECT = (Mapping,)

_KINDS: dict[str, tuple[tuple[type, ...], str]] = {
    "model": (_STR, "a string"),
    "input": ((str, list, tuple), "a string or a list of input items"),
    "instructions": (_STR, "a string"),
    "previous_response_id": (_STR, "a string"),
    "conversation": ((str, Mapping), "a conversation id or object"),
    "temperature": (_NUMBER, "a number"),
    "top_p": (_NUMBER, "a number"),
    "top_logprobs": (_INT, "an int"),
    "max_output_tokens": (_INT, "an int"),
    "max_tool_calls": (_INT, "an int"),
    "tools": (_LIST, "a list of tools"),
    "tool_choice": ((str, Mapping), "a string or an object"),
    "parallel_tool_calls": (_BOOL, "a bool"),
    "reasoning": (_OBJECT, "an object"),
    "metadata": (_OBJECT, "a mapping of strings"),
    "user": (_STR, "a string"),
    "safety_identifier": (_STR, "a string"),
    "prompt": (_OBJECT, "an object"),
    "prompt_cache_key": (_STR, "a string"),
    "prompt_cache_retention": (_STR, "a string"),
    "prompt_cache_options": (_OBJECT, "an object"),
    "store": (_BOOL, "a bool"),
    "background": (_BOOL, "a bool"),
    "service_tier": (_STR, "a string"),
    "text": (_OBJECT, "an object"),
    "truncation": (_STR, "'auto' or 'disabled'"),
    "include": (_LIST, "a list of strings"),
    "stream_options": (_OBJECT, "an object"),
    "context_management": (_LIST, "a list"),
    "moderation": (_OBJECT, "an object"),
    "personality": (_STR, "a string"),
    "stream": (_BOOL, "a bool"),
}

CREATE_FIELDS = frozenset(ResponseCreateParams.__annotations__)
INPUT_TOKENS_FIELDS = frozenset(InputTokensParams.__annotations__)
COMPACT_FIELDS = frozenset(CompactParams.__annotations__)


def _is_model(value: Any) -> bool:
    # a generated model stands for the object it serialises to
    return callable(getattr(value, "to_dict", None))


def split(
    what: str, kwargs: Mapping[str, Any], fields: frozenset[str]
) -> tuple[dict[str, Any], RequestOptions]:
    """Check *kwargs* and split them into (body, options). None means "not given"."""
    body: dict[str, Any] = {}
    options: dict[str, Any] = {}
    for name, value in kwargs.items():
        if name in OPTION_NAMES:
            options[name] = value
            continue
        if name not in fields:
            raise TypeError(
                f"{what}() got an unexpected keyword argument {name!r}; "
                "pass fields this SDK does not know yet in extra_body={...}"
            )
        if value is None:
            continue
        check(what, name, value)
        body[name] = value
    return body, options  # type: ignore[return-value]


def check(what: str, name: str, value: Any) -> None:
    kinds, wanted = _KINDS[name]
    # bool is an int to Python, never a number or a count to the API
    ok = isinstance(value, kinds) and not (isinstance(value, bool) and bool not in kinds)
    if not ok and Mapping in kinds:
        ok = _is_model(value)
    if not ok:
        raise TypeError(f"{what}(): {name!r} must be {wanted}, got {type(value).__name__}")
    if name == "metadata":
        for key, item in value.items():
            if not isinstance(key, str) or not isinstance(item, str):
                raise TypeError(f"{what}(): 'metadata' keys and values must be strings")
    elif name == "include" and not all(isinstance(item, str) for item in value):
        raise TypeError(f"{what}(): 'include' must be a list of strings")
