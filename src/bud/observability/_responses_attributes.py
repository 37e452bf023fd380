"""Span attributes of a Responses API call, from its arguments and its result (pure).

Typed against the generated models; look-alikes (anything with the same
attribute names) work too, since every field is read through `field`.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeAlias

from opentelemetry.util.types import AttributeValue

from bud.observability._genai_attributes import (
    BUD_INFERENCE_RESPONSE_OUTPUT_TEXT,
    GENAI_CONVERSATION_ID,
    GENAI_REQUEST_PREVIOUS_RESPONSE_ID,
    GENAI_REQUEST_REASONING_LEVEL,
    GENAI_RESPONSE_CREATED,
    GENAI_RESPONSE_ID,
    GENAI_RESPONSE_MODEL,
    GENAI_RESPONSE_STATUS,
    GENAI_USAGE_CACHE_READ_INPUT_TOKENS,
    GENAI_USAGE_INPUT_TOKENS,
    GENAI_USAGE_OUTPUT_TOKENS,
    GENAI_USAGE_REASONING_OUTPUT_TOKENS,
    GENAI_USAGE_TOTAL_TOKENS,
    OPENAI_REQUEST_SERVICE_TIER,
    RESPONSES_INPUT_ATTR_MAP,
)
from bud.observability._inference_attributes import (
    GENAI_OUTPUT_TYPE,
    GENAI_USAGE_CACHE_CREATION_INPUT_TOKENS,
    cache_creation_tokens,
    cut,
    field,
    output_type,
    to_json,
)

if TYPE_CHECKING:
    from bud_api.models.compact_resource import CompactResource
    from bud_api.models.response_object import ResponseObject
    from bud_api.models.token_counts_resource import TokenCountsResource

    # what the traced methods return: create/retrieve/cancel, compact, input_tokens.count
    ResponsesResult: TypeAlias = ResponseObject | CompactResource | TokenCountsResource

# request fields whose values are prompt content; dropped when capture is off
CONTENT_INPUT_FIELDS = frozenset({"input", "instructions", "tools", "prompt"})
CONTENT_OUTPUT_FIELDS = frozenset({"output_text"})
_JSON_FIELDS = frozenset({"input", "tools", "reasoning", "prompt", "tool_choice", "include"})
# `incomplete` (a token limit, a content filter) is an answer, not a failure
_ERROR_STATUSES = frozenset({"failed", "cancelled"})
_INCOMPLETE_REASONS = {"max_output_tokens": "length", "content_filter": "content_filter"}


def add_request_attrs(
    attrs: dict[str, AttributeValue],
    kwargs: Mapping[str, Any],
    fields: frozenset[str] | None,
    exact: bool = False,
    latest: bool = False,
) -> None:
    """Add a call's request attributes to *attrs*: its conversation, then the fields in *fields*.

    *exact*: the caller named its fields: what is derived from a field (the
    conversation, the reasoning level, the service tier) only when that field is named.
    *latest*: the latest conventions: `gen_ai.conversation.id` only from a conversation.
    Into the caller's dict, so what was read before a failure is kept.
    """
    if fields is None:
        return

    def wanted(name: str) -> bool:
        return not exact or name in fields

    previous = kwargs.get("previous_response_id")
    if isinstance(previous, str) and wanted("previous_response_id"):
        if not latest:
            attrs[GENAI_CONVERSATION_ID] = previous  # the spec's mapping
        attrs[GENAI_REQUEST_PREVIOUS_RESPONSE_ID] = previous
    conversation = kwargs.get("conversation")
    conversation_id = conversation if isinstance(conversation, str) else None
    if isinstance(conversation, Mapping) and isinstance(conversation.get("id"), str):
        conversation_id = conversation["id"]
    if conversation_id and wanted("conversation"):
        attrs[GENAI_CONVERSATION_ID] = conversation_id
    attrs.update(extract_responses_request_attrs(kwargs, fields))
    if latest and not conversation_id:
        attrs.pop(GENAI_CONVERSATION_ID, None)  # a previous response is no conversation
    reasoning = kwargs.get("reasoning")
    effort = reasoning.get("effort") if isinstance(reasoning, Mapping) else None
    if isinstance(effort, str) and wanted("reasoning"):
        attrs[GENAI_REQUEST_REASONING_LEVEL] = effort
    if isinstance(kwargs.get("service_tier"), str) and wanted("service_tier"):
        attrs[OPENAI_REQUEST_SERVICE_TIER] = kwargs["service_tier"]
    text = kwargs.get("text")
    kind = output_type(text.get("format")) if isinstance(text, Mapping) else None
    if kind is not None and wanted("text"):
        attrs[GENAI_OUTPUT_TYPE] = kind


def extract_responses_request_attrs(
    kwargs: Mapping[str, Any], fields: frozenset[str] | None
) -> dict[str, AttributeValue]:
    """Span attributes from `create()` keyword arguments named in *fields*."""
    if fields is None:
        return {}
    attrs: dict[str, AttributeValue] = {}
    for name in fields & kwargs.keys():
        value = kwargs[name]
        if value is None:
            continue
        key = RESPONSES_INPUT_ATTR_MAP.get(name) or f"bud.inference.request.{name}"
        if (name in _JSON_FIELDS and not isinstance(value, str)) or not isinstance(
            value, str | bool | int | float
        ):
            value = to_json(value)
        if isinstance(value, str) and name in CONTENT_INPUT_FIELDS:
            value = cut(value)
        attrs[key] = value
    return attrs


def extract_responses_response_attrs(
    response: ResponsesResult | None, fields: frozenset[str] | None
) -> dict[str, AttributeValue]:
    """Span attributes from a result's fields named in *fields*."""
    if fields is None:
        return {}
    attrs: dict[str, AttributeValue] = {}
    if "id" in fields and (value := field(response, "id")) is not None:
        attrs[GENAI_RESPONSE_ID] = value
    if "model" in fields and (value := field(response, "model")) is not None:
        attrs[GENAI_RESPONSE_MODEL] = value
    if "status" in fields and (value := field(response, "status")) is not None:
        attrs[GENAI_RESPONSE_STATUS] = value
    if "created_at" in fields and (created := field(response, "created_at")) is not None:
        stamp = getattr(created, "timestamp", None)
        attrs[GENAI_RESPONSE_CREATED] = float(stamp() if callable(stamp) else created)
    if "usage" in fields and (usage := field(response, "usage")) is not None:
        attrs[GENAI_USAGE_INPUT_TOKENS] = field(usage, "input_tokens") or 0
        attrs[GENAI_USAGE_OUTPUT_TOKENS] = field(usage, "output_tokens") or 0
        attrs[GENAI_USAGE_TOTAL_TOKENS] = field(usage, "total_tokens") or 0
        cached = field(field(usage, "input_tokens_details"), "cached_tokens")
        if isinstance(cached, int):
            attrs[GENAI_USAGE_CACHE_READ_INPUT_TOKENS] = cached
        reasoning = field(field(usage, "output_tokens_details"), "reasoning_tokens")
        if isinstance(reasoning, int):
            attrs[GENAI_USAGE_REASONING_OUTPUT_TOKENS] = reasoning
        created = cache_creation_tokens(usage, "input_tokens_details")
        if created is not None:
            attrs[GENAI_USAGE_CACHE_CREATION_INPUT_TOKENS] = created
    if "output_text" in fields:
        text = getattr(response, "output_text", None)
        if isinstance(text, str):
            attrs[BUD_INFERENCE_RESPONSE_OUTPUT_TEXT] = cut(text)
    return attrs


def finish_reason(response: ResponsesResult | None) -> str | None:
    """The GenAI finish reason of a result, if it has a status."""
    status = field(response, "status")
    if status == "completed":
        output = field(response, "output") or ()
        called = any(getattr(item, "type", None) == "function_call" for item in output)
        return "tool_call" if called else "stop"
    if status == "incomplete":
        reason = field(field(response, "incomplete_details"), "reason")
        return _INCOMPLETE_REASONS.get(reason, reason) or "incomplete"
    if status in ("failed", "cancelled"):
        return "error"
    return None


def error_code(
    response: ResponsesResult | None, event: object = None, operation: str = ""
) -> str | None:
    """The low-cardinality error type of a failed call, if it failed.

    *event* is a stream's terminal event, if any.
    """
    if event is not None and getattr(event, "type", None) == "error":
        return str(field(event, "code") or "error")
    status = field(response, "status")
    if status not in _ERROR_STATUSES:
        return None
    if status == "cancelled" and operation == "responses.cancel":
        return None  # what was asked for
    return str(field(field(response, "error"), "code") or status)


def error_message(response: ResponsesResult | None, event: object, error: str) -> str:
    """The message of a failed call: the response's error, the error event's, or *error*."""
    message = field(field(response, "error"), "message") or field(event, "message")
    return str(message or error)
