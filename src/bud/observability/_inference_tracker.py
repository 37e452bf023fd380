"""`track_chat_completions(client)`: the Chat Completions twin of `track_responses`.

bud-sdk has no Chat Completions resource yet; this instruments any client
exposing `client.chat.completions.create` (sync or async) and leaves a client
without one untouched. The span machinery is `track_responses`'s; only the
attributes differ.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from typing import Any, TypeVar

from opentelemetry.trace import Span, SpanKind
from opentelemetry.util.types import AttributeValue

from bud.observability._config import content_capture_enabled
from bud.observability._genai_attributes import (
    BUD_INFERENCE_OPERATION,
    BUD_INFERENCE_RESPONSE_CHOICES,
    BUD_INFERENCE_STREAM,
    CHAT_INPUT_ATTR_MAP,
    CHAT_SAFE_INPUT_FIELDS,
    CHAT_SAFE_OUTPUT_FIELDS,
    GENAI_OPERATION_NAME,
    GENAI_PROVIDER_NAME,
    GENAI_REQUEST_MODEL,
    GENAI_REQUEST_STREAM,
    GENAI_RESPONSE_CREATED,
    GENAI_RESPONSE_FINISH_REASONS,
    GENAI_RESPONSE_ID,
    GENAI_RESPONSE_MODEL,
    GENAI_RESPONSE_SYSTEM_FINGERPRINT,
    GENAI_SYSTEM,
    GENAI_USAGE_INPUT_TOKENS,
    GENAI_USAGE_OUTPUT_TOKENS,
    GENAI_USAGE_TOTAL_TOKENS,
)
from bud.observability._responses_tracker import (
    SYSTEM,
    FieldCapture,
    _field,
    _record_metrics,
    _resolve_fields,
    _server_attrs,
    _stream_attrs,
    _to_json,
    _wrap,
)
from bud.observability._stream import StreamRecord
from bud.observability._track import _is_noop, _qualified_name, _record_exception, _set_ok_status

logger = logging.getLogger("bud.observability")

ClientT = TypeVar("ClientT")
_CONTENT_FIELDS = frozenset({"messages", "tools"})


def _chat_request_attrs(kwargs: Mapping[str, Any], fields: frozenset[str]) -> dict[str, Any]:
    attrs: dict[str, Any] = {}
    for name in fields & kwargs.keys():
        value = kwargs[name]
        if value is None:
            continue
        key = CHAT_INPUT_ATTR_MAP.get(name) or f"bud.inference.request.{name}"
        if name == "stop" and isinstance(value, str):
            value = [value]
        elif not isinstance(value, str | bool | int | float) and name != "stop":
            value = _to_json(value)
        attrs[key] = value
    return attrs


def _usage_attrs(usage: Any) -> dict[str, Any]:
    if usage is None:
        return {}
    return {
        GENAI_USAGE_INPUT_TOKENS: _field(usage, "prompt_tokens") or 0,
        GENAI_USAGE_OUTPUT_TOKENS: _field(usage, "completion_tokens") or 0,
        GENAI_USAGE_TOTAL_TOKENS: _field(usage, "total_tokens") or 0,
    }


class _ChatCall:
    """Chat Completions attributes for the shared wrappers of `_responses_tracker`."""

    terminal_types: frozenset[str] = frozenset()  # chat streams end at [DONE]

    def __init__(
        self,
        span_name: str,
        input_fields: frozenset[str] | None,
        output_fields: frozenset[str] | None,
        server: dict[str, AttributeValue],
    ) -> None:
        self.span_name = span_name
        self.input_fields = input_fields
        self.output_fields = output_fields
        self.server = server

    @staticmethod
    def is_noop() -> bool:
        return _is_noop()

    def start(self, operation: str, kwargs: Mapping[str, Any], streaming: bool) -> Span:
        from bud.observability import get_tracer

        name = f"{self.span_name}.stream" if streaming else self.span_name
        span = get_tracer("bud.inference").start_span(name, kind=SpanKind.CLIENT)
        always: dict[str, AttributeValue] = {
            GENAI_SYSTEM: SYSTEM,
            GENAI_PROVIDER_NAME: SYSTEM,
            BUD_INFERENCE_OPERATION: operation,
            GENAI_OPERATION_NAME: "chat",
            BUD_INFERENCE_STREAM: streaming,
            GENAI_REQUEST_STREAM: streaming,
            **self.server,
        }
        span.set_attributes(always)
        fields = self.input_fields
        if fields is not None and not content_capture_enabled():
            fields = fields - _CONTENT_FIELDS
        if fields:
            try:
                for key, value in _chat_request_attrs(kwargs, fields).items():
                    span.set_attribute(key, value)
            except Exception:
                logger.debug("Failed to extract chat request attributes", exc_info=True)
        return span

    def _response_attrs(self, span: Span, response: Any) -> None:
        fields = self.output_fields
        if fields is None:
            return
        for name, key in (
            ("id", GENAI_RESPONSE_ID),
            ("model", GENAI_RESPONSE_MODEL),
            ("system_fingerprint", GENAI_RESPONSE_SYSTEM_FINGERPRINT),
        ):
            value = _field(response, name)
            if name in fields and isinstance(value, str):
                span.set_attribute(key, value)
        created = _field(response, "created")
        if "created" in fields and isinstance(created, int | float):
            span.set_attribute(GENAI_RESPONSE_CREATED, float(created))
        if "usage" in fields:
            for key, value in _usage_attrs(_field(response, "usage")).items():
                span.set_attribute(key, value)
        choices = _field(response, "choices")
        if isinstance(choices, list):
            if "choices" in fields:
                span.set_attribute(BUD_INFERENCE_RESPONSE_CHOICES, len(choices))
            reasons = [str(_field(c, "finish_reason") or "") for c in choices]
            if any(reasons):
                span.set_attribute(GENAI_RESPONSE_FINISH_REASONS, reasons)

    def finish_response(
        self, span: Span, response: Any, event: Any = None, operation: str = "chat"
    ) -> str | None:
        try:
            self._response_attrs(span, response)
        except Exception:
            logger.debug("Failed to extract chat response attributes", exc_info=True)
        _set_ok_status(span)
        return None

    def metrics(
        self,
        span: Span,
        started: float,
        response: Any,
        error: str | None,
        kwargs: Mapping[str, Any],
        ttfc: float | None = None,
        operation: str = "chat",
    ) -> None:
        attrs: dict[str, AttributeValue] = {
            GENAI_OPERATION_NAME: "chat",
            GENAI_PROVIDER_NAME: SYSTEM,
            **self.server,
        }
        if isinstance(kwargs.get("model"), str):
            attrs[GENAI_REQUEST_MODEL] = kwargs["model"]
        usage = _field(response, "usage")
        tokens = (_field(usage, "prompt_tokens"), _field(usage, "completion_tokens"))
        _record_metrics(attrs, error, started, ttfc, tokens if usage is not None else None)

    def stream_on_end(
        self, kwargs: Mapping[str, Any], operation: str = "chat"
    ) -> Callable[[Span, StreamRecord, BaseException | None], None]:
        def on_end(span: Span, record: StreamRecord, exc: BaseException | None) -> None:
            ttfc = _stream_attrs(span, record, record.exhausted)
            error = None
            if exc is not None:
                _record_exception(span, exc)
                error = _qualified_name(type(exc))
            elif record.exhausted:
                _set_ok_status(span)
            self.metrics(span, record.started_at, None, error, kwargs, ttfc)

        return on_end


def track_chat_completions(
    client: ClientT,
    *,
    capture_input: FieldCapture = True,
    capture_output: FieldCapture = True,
    span_name: str = "chat",
) -> ClientT:
    """Instrument `client.chat.completions.create` like `track_responses` does.

    A client without a Chat Completions resource is returned unchanged.
    """
    completions: Any = getattr(getattr(client, "chat", None), "completions", None)
    if completions is None or not callable(getattr(completions, "create", None)):
        logger.debug("track_chat_completions: client has no chat.completions; nothing traced")
        return client
    if getattr(completions, "_bud_tracked", False):
        return client
    call = _ChatCall(
        span_name,
        _resolve_fields(capture_input, CHAT_SAFE_INPUT_FIELDS),
        _resolve_fields(capture_output, CHAT_SAFE_OUTPUT_FIELDS),
        _server_attrs(client),
    )
    completions.create = _wrap(call, "chat.completions", completions.create)
    completions._bud_tracked = True
    return client


__all__ = ["track_chat_completions"]
