"""Span attributes of a Chat Completions call, from its arguments and its result (pure).

bud has no generated Chat Completions models: results are read by name
through `field`, so any object shaped like OpenAI's `ChatCompletion` works.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from opentelemetry.util.types import AttributeValue

from bud.observability._genai_attributes import (
    BUD_INFERENCE_RESPONSE_CHOICES,
    CHAT_INPUT_ATTR_MAP,
    GENAI_RESPONSE_CREATED,
    GENAI_RESPONSE_FINISH_REASONS,
    GENAI_RESPONSE_ID,
    GENAI_RESPONSE_MODEL,
    GENAI_RESPONSE_SYSTEM_FINGERPRINT,
    GENAI_USAGE_CACHE_READ_INPUT_TOKENS,
    GENAI_USAGE_INPUT_TOKENS,
    GENAI_USAGE_OUTPUT_TOKENS,
    GENAI_USAGE_REASONING_OUTPUT_TOKENS,
    GENAI_USAGE_TOTAL_TOKENS,
)
from bud.observability._inference_attributes import (
    GENAI_OUTPUT_TYPE,
    GENAI_USAGE_CACHE_CREATION_INPUT_TOKENS,
    cache_creation_tokens,
    field,
    output_type,
    to_json,
)

# request fields whose values are prompt content; dropped when capture is off
CONTENT_FIELDS = frozenset({"messages", "tools"})

_RESPONSE_STRINGS = (
    ("id", GENAI_RESPONSE_ID),
    ("model", GENAI_RESPONSE_MODEL),
    ("system_fingerprint", GENAI_RESPONSE_SYSTEM_FINGERPRINT),
)


def extract_chat_request_attrs(
    kwargs: Mapping[str, Any], fields: frozenset[str], exact: bool = False
) -> dict[str, AttributeValue]:
    """Span attributes from `create()` keyword arguments named in *fields* (*exact*: the
    caller named them, so `gen_ai.output.type` only with `response_format`)."""
    attrs: dict[str, AttributeValue] = {}
    kind = output_type(kwargs.get("response_format"))
    if kind is not None and (not exact or "response_format" in fields):
        attrs[GENAI_OUTPUT_TYPE] = kind
    for name in fields & kwargs.keys():
        value = kwargs[name]
        if value is None:
            continue
        key = CHAT_INPUT_ATTR_MAP.get(name) or f"bud.inference.request.{name}"
        if name == "stop" and isinstance(value, str):
            value = [value]
        elif not isinstance(value, str | bool | int | float) and name != "stop":
            value = to_json(value)
        attrs[key] = value
    return attrs


def add_chat_response_attrs(
    attrs: dict[str, AttributeValue], response: object, fields: frozenset[str] | None
) -> None:
    """Add the attributes of a `ChatCompletion`'s fields named in *fields* to *attrs*.

    The finish reasons come with `choices`. Into the caller's dict, so what was
    read before a failure is kept.
    """
    if fields is None:
        return
    for name, key in _RESPONSE_STRINGS:
        value = field(response, name)
        if name in fields and isinstance(value, str):
            attrs[key] = value
    created = field(response, "created")
    if "created" in fields and isinstance(created, int | float):
        attrs[GENAI_RESPONSE_CREATED] = float(created)
    if "usage" in fields:
        attrs.update(usage_attrs(field(response, "usage")))
    choices = field(response, "choices")
    if isinstance(choices, list) and "choices" in fields:
        attrs[BUD_INFERENCE_RESPONSE_CHOICES] = len(choices)
        reasons = [str(field(c, "finish_reason") or "") for c in choices]
        if any(reasons):
            attrs[GENAI_RESPONSE_FINISH_REASONS] = reasons


def usage_attrs(usage: object) -> dict[str, AttributeValue]:
    """The token counts of a `CompletionUsage`, none for `None`."""
    if usage is None:
        return {}
    attrs: dict[str, AttributeValue] = {
        GENAI_USAGE_INPUT_TOKENS: field(usage, "prompt_tokens") or 0,
        GENAI_USAGE_OUTPUT_TOKENS: field(usage, "completion_tokens") or 0,
        GENAI_USAGE_TOTAL_TOKENS: field(usage, "total_tokens") or 0,
    }
    cached = field(field(usage, "prompt_tokens_details"), "cached_tokens")
    if isinstance(cached, int):
        attrs[GENAI_USAGE_CACHE_READ_INPUT_TOKENS] = cached
    reasoning = field(field(usage, "completion_tokens_details"), "reasoning_tokens")
    if isinstance(reasoning, int):
        attrs[GENAI_USAGE_REASONING_OUTPUT_TOKENS] = reasoning
    created = cache_creation_tokens(usage, "prompt_tokens_details")
    if created is not None:
        attrs[GENAI_USAGE_CACHE_CREATION_INPUT_TOKENS] = created
    return attrs
