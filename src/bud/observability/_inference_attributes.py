"""What every inference span's attributes are made of, Responses and Chat alike (pure).

Which fields a call records (`resolve_fields`), reading a field of a generated
model or a look-alike (`field`), cutting content to the configured length
(`cut`), serialising structured values (`to_json`), and the attributes shared
by both APIs' spans: the server (`server_attrs`) and a stream's figures
(`stream_attrs`). Nothing here touches a span.
"""

from __future__ import annotations

import json
import os
from typing import Any

from bud_api.types import Unset
from opentelemetry.util.types import AttributeValue

from bud.observability._config import max_content_length, semconv_latest
from bud.observability._genai_attributes import (
    BUD_INFERENCE_CHUNKS,
    BUD_INFERENCE_STREAM_COMPLETED,
    BUD_INFERENCE_TTFT_MS,
    GENAI_RESPONSE_TIME_TO_FIRST_CHUNK,
    SERVER_ADDRESS,
    SERVER_PORT,
)
from bud.observability._httpx_hooks import DEFAULT_PORTS

# `gen_ai.system` and `gen_ai.provider.name` of every inference span
SYSTEM = "bud"

# `capture_input=` / `capture_output=`: the defaults, nothing, or exactly these fields
FieldCapture = bool | list[str]


def resolve_fields(capture: FieldCapture, safe_defaults: frozenset[str]) -> frozenset[str] | None:
    """`True` -> the defaults, `False` -> None (nothing), a list -> exactly those."""
    if capture is True:
        return safe_defaults
    if capture is False:
        return None
    return frozenset(capture)


def field(obj: object, name: str) -> Any:
    """`obj.name`, with absent (missing, None or UNSET) as None."""
    value = getattr(obj, name, None)
    return None if value.__class__ is Unset else value


def cut(text: str) -> str:
    """*text* cut to the configured maximum content length."""
    limit = max_content_length()
    return text if len(text) <= limit else text[:limit]


def json_default(value: object) -> Any:
    """What JSON shows of a value it cannot encode: a model's `to_dict()`, else its repr."""
    to_dict = getattr(value, "to_dict", None)
    return to_dict() if callable(to_dict) else repr(value)


# one encoder for every call: `json.dumps` with options builds a new one each time
_ENCODER = json.JSONEncoder(ensure_ascii=False, default=json_default)


def to_json(value: object) -> str:
    """*value* as JSON; generated models through `to_dict()`, anything else as its repr."""
    return _ENCODER.encode(value)


def server_attrs(client: object) -> dict[str, AttributeValue]:
    """`server.address` / `server.port` of a client's `base_url`, if it has one."""
    url = getattr(client, "base_url", None)
    host = getattr(url, "host", None)
    if not isinstance(host, str) or not host:
        return {}
    attrs: dict[str, AttributeValue] = {SERVER_ADDRESS: host}
    port = getattr(url, "port", None) or DEFAULT_PORTS.get(getattr(url, "scheme", ""))
    if isinstance(port, int):
        attrs[SERVER_PORT] = port
    return attrs


def stream_attrs(chunks: int, completed: bool, ttfc: float | None) -> dict[str, AttributeValue]:
    """A streamed call's own attributes; *ttfc* is the time to first chunk (s)."""
    attrs: dict[str, AttributeValue] = {
        BUD_INFERENCE_CHUNKS: chunks,
        BUD_INFERENCE_STREAM_COMPLETED: completed,
    }
    if ttfc is not None:
        attrs[BUD_INFERENCE_TTFT_MS] = ttfc * 1000.0
        attrs[GENAI_RESPONSE_TIME_TO_FIRST_CHUNK] = ttfc
    return attrs


def latest_semconv() -> bool:
    """`OTEL_SEMCONV_STABILITY_OPT_IN` names `gen_ai_latest_experimental`: follow the latest
    GenAI conventions where the spec's names differ (read when a client is tracked, not
    from `_config`'s process-wide cache)."""
    return semconv_latest(os.environ)


# the latest conventions' operation names where bud's differ
_LATEST_OPERATIONS = {"responses": "chat", "responses.retrieve": "fetch_response"}


def semconv_operation(operation: str, latest: bool) -> str:
    """`gen_ai.operation.name` of a bud operation."""
    return _LATEST_OPERATIONS.get(operation, operation) if latest else operation


def semconv_span_name(operation: str, model: object) -> str:
    """The latest conventions' span name: `{operation} {model}`."""
    return f"{operation} {model}" if isinstance(model, str) and model else operation


GENAI_OUTPUT_TYPE = "gen_ai.output.type"
GENAI_USAGE_CACHE_CREATION_INPUT_TOKENS = "gen_ai.usage.cache_creation.input_tokens"


def output_type(text_format: object) -> str | None:
    """`gen_ai.output.type` of a request's text format (Responses `text.format`, chat
    `response_format`): "json" for a JSON schema or object, else its own type."""
    kind = text_format.get("type") if isinstance(text_format, dict) else None
    if not isinstance(kind, str):
        kind = field(text_format, "type")
    if kind in ("json_schema", "json_object"):
        return "json"
    return kind if isinstance(kind, str) and kind else None


def cache_creation_tokens(usage: object, details: str) -> int | None:
    """Tokens written to the provider's prompt cache, where the usage reports them
    (`<details>.cache_creation_tokens`, or Anthropic's `cache_creation_input_tokens`
    passed on by the gateway); fields the contract does not name are read too."""
    value = _extra(_extra(usage, details), "cache_creation_tokens")
    if not _is_count(value):  # the second is read only when needed: this runs per call
        value = _extra(usage, "cache_creation_input_tokens")
    return value if _is_count(value) else None


def _is_count(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _extra(obj: object, name: str) -> Any:
    """`field(obj, name)`, or the same key among a generated model's unknown fields."""
    value = field(obj, name)
    if value is None:
        extra = getattr(obj, "additional_properties", None)
        value = extra.get(name) if isinstance(extra, dict) else None
    return value
