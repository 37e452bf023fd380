"""Inference-level tracing for the Responses API: `track_responses(client)`.

Instruments one client instance (sync or async): `responses.create` (and so
`responses.stream`), `retrieve`, `cancel`, `compact` and `input_tokens.count`.
Each call gets one span, made current only while the request is sent (so the
HTTP span is its child); a streamed call's span then lives in a
`TracedStream`, which ends it exactly once. Attributes follow the spec's names
plus the current GenAI semantic conventions; metrics are the GenAI client
histograms.

Usage::

    from bud import AsyncBudClient
    from bud.observability import configure, track_responses

    configure()
    client = track_responses(AsyncBudClient())
    response = await client.responses.create(model="gpt-4.1", input="Hello!")
"""

from __future__ import annotations

import contextlib
import functools
import inspect
import json
import logging
import time
from collections.abc import Callable, Mapping
from typing import Any, TypeVar

from bud_api.types import Unset
from opentelemetry import context as otel_context
from opentelemetry.trace import Span, SpanKind, Status, StatusCode
from opentelemetry.util.types import AttributeValue

from bud._events import TERMINAL_TYPES
from bud._redact import redact
from bud.observability import _metrics
from bud.observability._config import content_capture_enabled, max_content_length
from bud.observability._genai_attributes import (
    BUD_INFERENCE_CHUNKS,
    BUD_INFERENCE_OPERATION,
    BUD_INFERENCE_RESPONSE_OUTPUT_TEXT,
    BUD_INFERENCE_STREAM,
    BUD_INFERENCE_STREAM_COMPLETED,
    BUD_INFERENCE_TTFT_MS,
    ERROR_TYPE,
    GENAI_CONVERSATION_ID,
    GENAI_OPERATION_NAME,
    GENAI_PROVIDER_NAME,
    GENAI_REQUEST_MODEL,
    GENAI_REQUEST_PREVIOUS_RESPONSE_ID,
    GENAI_REQUEST_REASONING_LEVEL,
    GENAI_REQUEST_STREAM,
    GENAI_RESPONSE_CREATED,
    GENAI_RESPONSE_FINISH_REASONS,
    GENAI_RESPONSE_ID,
    GENAI_RESPONSE_MODEL,
    GENAI_RESPONSE_STATUS,
    GENAI_RESPONSE_TIME_TO_FIRST_CHUNK,
    GENAI_SYSTEM,
    GENAI_USAGE_CACHE_READ_INPUT_TOKENS,
    GENAI_USAGE_INPUT_TOKENS,
    GENAI_USAGE_OUTPUT_TOKENS,
    GENAI_USAGE_REASONING_OUTPUT_TOKENS,
    GENAI_USAGE_TOTAL_TOKENS,
    OPENAI_API_TYPE,
    OPENAI_REQUEST_SERVICE_TIER,
    OPENAI_RESPONSE_SERVICE_TIER,
    RESPONSES_INPUT_ATTR_MAP,
    RESPONSES_SAFE_INPUT_FIELDS,
    RESPONSES_SAFE_OUTPUT_FIELDS,
    SERVER_ADDRESS,
    SERVER_PORT,
)
from bud.observability._httpx_hooks import _DEFAULT_PORTS
from bud.observability._stream import AsyncTracedStream, StreamRecord, TracedStream
from bud.observability._track import _is_noop, _qualified_name, _record_exception, _set_ok_status

logger = logging.getLogger("bud.observability")

ClientT = TypeVar("ClientT")
FieldCapture = bool | list[str]

SYSTEM = "bud"
_ERROR_STATUSES = frozenset({"failed", "incomplete", "cancelled"})
# request fields whose values are prompt content; dropped when capture is off
CONTENT_INPUT_FIELDS = frozenset({"input", "instructions", "tools", "prompt"})
CONTENT_OUTPUT_FIELDS = frozenset({"output_text"})
_NO_USAGE_OPERATIONS = frozenset({"responses.retrieve", "responses.cancel"})
_JSON_FIELDS = frozenset({"input", "tools", "reasoning", "prompt", "tool_choice", "include"})


# ---------------------------------------------------------------------------
# Field resolution and attribute extraction (pure)
# ---------------------------------------------------------------------------


def _resolve_fields(capture: FieldCapture, safe_defaults: frozenset[str]) -> frozenset[str] | None:
    """`True` -> the defaults, `False` -> None (nothing), a list -> exactly those."""
    if capture is True:
        return safe_defaults
    if capture is False:
        return None
    return frozenset(capture)


def _field(obj: Any, name: str) -> Any:
    """`obj.name`, with absent (missing, None or UNSET) as None."""
    value = getattr(obj, name, None)
    return None if value.__class__ is Unset else value


def _cut(text: str) -> str:
    limit = max_content_length()
    return text if len(text) <= limit else text[:limit]


def _to_json(value: Any) -> str:
    return json.dumps(value, default=_json_default, ensure_ascii=False)


def _json_default(value: Any) -> Any:
    to_dict = getattr(value, "to_dict", None)
    return to_dict() if callable(to_dict) else repr(value)


def _extract_responses_request_attrs(
    kwargs: Mapping[str, Any], fields: frozenset[str] | None
) -> dict[str, Any]:
    """Span attributes from `create()` keyword arguments named in *fields*."""
    if fields is None:
        return {}
    attrs: dict[str, Any] = {}
    for name in fields & kwargs.keys():
        value = kwargs[name]
        if value is None:
            continue
        key = RESPONSES_INPUT_ATTR_MAP.get(name) or f"bud.inference.request.{name}"
        if (name in _JSON_FIELDS and not isinstance(value, str)) or not isinstance(
            value, str | bool | int | float
        ):
            value = _to_json(value)
        if isinstance(value, str) and name in CONTENT_INPUT_FIELDS:
            value = _cut(value)
        attrs[key] = value
    return attrs


def _extract_responses_response_attrs(
    response: Any, fields: frozenset[str] | None
) -> dict[str, Any]:
    """Span attributes from a `Response` (generated model or look-alike)."""
    if fields is None:
        return {}
    attrs: dict[str, Any] = {}
    if "id" in fields and (value := _field(response, "id")) is not None:
        attrs[GENAI_RESPONSE_ID] = value
    if "model" in fields and (value := _field(response, "model")) is not None:
        attrs[GENAI_RESPONSE_MODEL] = value
    if "status" in fields and (value := _field(response, "status")) is not None:
        attrs[GENAI_RESPONSE_STATUS] = value
    if "created_at" in fields and (created := _field(response, "created_at")) is not None:
        stamp = getattr(created, "timestamp", None)
        attrs[GENAI_RESPONSE_CREATED] = float(stamp() if callable(stamp) else created)
    if "usage" in fields and (usage := _field(response, "usage")) is not None:
        attrs[GENAI_USAGE_INPUT_TOKENS] = _field(usage, "input_tokens") or 0
        attrs[GENAI_USAGE_OUTPUT_TOKENS] = _field(usage, "output_tokens") or 0
        attrs[GENAI_USAGE_TOTAL_TOKENS] = _field(usage, "total_tokens") or 0
        cached = _field(_field(usage, "input_tokens_details"), "cached_tokens")
        if isinstance(cached, int):
            attrs[GENAI_USAGE_CACHE_READ_INPUT_TOKENS] = cached
        reasoning = _field(_field(usage, "output_tokens_details"), "reasoning_tokens")
        if isinstance(reasoning, int):
            attrs[GENAI_USAGE_REASONING_OUTPUT_TOKENS] = reasoning
    if "output_text" in fields:
        text = getattr(response, "output_text", None)
        if isinstance(text, str):
            attrs[BUD_INFERENCE_RESPONSE_OUTPUT_TEXT] = _cut(text)
    return attrs


def _finish_reason(response: Any) -> str | None:
    status = _field(response, "status")
    if status == "completed":
        output = _field(response, "output") or ()
        called = any(getattr(item, "type", None) == "function_call" for item in output)
        return "tool_call" if called else "stop"
    if status == "incomplete":
        return _field(_field(response, "incomplete_details"), "reason") or "incomplete"
    if status in ("failed", "cancelled"):
        return "error"
    return None


def _error_code(response: Any, event: Any = None, operation: str = "") -> str | None:
    """The low-cardinality error type of a failed call, if it failed."""
    if event is not None and getattr(event, "type", None) == "error":
        return str(_field(event, "code") or "error")
    status = _field(response, "status")
    if status not in _ERROR_STATUSES:
        return None
    if status == "cancelled" and operation == "responses.cancel":
        return None  # what was asked for
    if status == "incomplete":
        reason = _field(_field(response, "incomplete_details"), "reason")
        return str(reason or "incomplete")
    return str(_field(_field(response, "error"), "code") or status)


# ---------------------------------------------------------------------------
# One traced call
# ---------------------------------------------------------------------------


class _Call:
    """Settings fixed at patch time, shared by every traced call of one client."""

    __slots__ = ("input_fields", "output_fields", "secret", "server", "span_name")

    terminal_types = TERMINAL_TYPES

    @staticmethod
    def is_noop() -> bool:
        return _is_noop()  # this module's name: the spec's tests patch it here

    def __init__(
        self,
        span_name: str,
        input_fields: frozenset[str] | None,
        output_fields: frozenset[str] | None,
        server: dict[str, AttributeValue],
        secret: str | None = None,
    ) -> None:
        self.span_name = span_name
        self.input_fields = input_fields
        self.output_fields = output_fields
        self.server = server
        self.secret = secret  # the client's API key: never written to a span

    def redact(self, text: str) -> str:
        return redact(text, (self.secret,)) if self.secret else text

    def fields(self) -> tuple[frozenset[str] | None, frozenset[str] | None]:
        if content_capture_enabled():
            return self.input_fields, self.output_fields
        strip_in = self.input_fields and self.input_fields - CONTENT_INPUT_FIELDS
        strip_out = self.output_fields and self.output_fields - CONTENT_OUTPUT_FIELDS
        return strip_in or None, strip_out or None

    def start(self, operation: str, kwargs: Mapping[str, Any], streaming: bool) -> Span:
        from bud.observability import get_tracer  # patched by tests: look up per call

        name = f"{self.span_name}.stream" if streaming else self.span_name
        if operation != "responses":
            name = f"{self.span_name}.{operation.removeprefix('responses.')}"
        attrs: dict[str, AttributeValue] = {
            GENAI_SYSTEM: SYSTEM,
            GENAI_PROVIDER_NAME: SYSTEM,
            BUD_INFERENCE_OPERATION: operation,
            GENAI_OPERATION_NAME: operation,
            OPENAI_API_TYPE: "responses",
            BUD_INFERENCE_STREAM: streaming,
            GENAI_REQUEST_STREAM: streaming,
            **self.server,
        }
        try:
            self._request_attrs(attrs, kwargs)
        except Exception:
            logger.debug("Failed to extract request attributes", exc_info=True)
        # all at once: one pass through the SDK's attribute checks, not one call each
        return get_tracer("bud.inference").start_span(name, kind=SpanKind.CLIENT, attributes=attrs)

    def _request_attrs(self, attrs: dict[str, AttributeValue], kwargs: Mapping[str, Any]) -> None:
        previous = kwargs.get("previous_response_id")
        if isinstance(previous, str):
            attrs[GENAI_CONVERSATION_ID] = previous  # the spec's mapping
            attrs[GENAI_REQUEST_PREVIOUS_RESPONSE_ID] = previous
        conversation = kwargs.get("conversation")
        conversation_id = conversation if isinstance(conversation, str) else None
        if isinstance(conversation, Mapping) and isinstance(conversation.get("id"), str):
            conversation_id = conversation["id"]
        if conversation_id:
            attrs[GENAI_CONVERSATION_ID] = conversation_id
        input_fields, _ = self.fields()
        attrs.update(_extract_responses_request_attrs(kwargs, input_fields))
        if input_fields is not None:
            reasoning = kwargs.get("reasoning")
            if isinstance(reasoning, Mapping) and isinstance(reasoning.get("effort"), str):
                attrs[GENAI_REQUEST_REASONING_LEVEL] = reasoning["effort"]
            if isinstance(kwargs.get("service_tier"), str):
                attrs[OPENAI_REQUEST_SERVICE_TIER] = kwargs["service_tier"]

    def finish_response(
        self, span: Span, response: Any, event: Any = None, operation: str = "responses"
    ) -> str | None:
        """Response attributes and status; returns the error type if the call failed."""
        _, output_fields = self.fields()
        attrs: dict[str, Any] = {}
        try:
            attrs.update(_extract_responses_response_attrs(response, output_fields))
        except Exception:
            logger.debug("Failed to extract response attributes", exc_info=True)
        try:  # separately: a look-alike response may lack what these read
            reason = _finish_reason(response)
            if reason is not None:
                attrs[GENAI_RESPONSE_FINISH_REASONS] = [reason]
            tier = _field(response, "service_tier")
            if isinstance(tier, str):
                attrs[OPENAI_RESPONSE_SERVICE_TIER] = tier
        except Exception:
            logger.debug("Failed to extract finish reason", exc_info=True)
        span.set_attributes(attrs)
        error = _error_code(response, event, operation)
        if error is None:
            _set_ok_status(span)
        else:
            span.set_attribute(ERROR_TYPE, error)
            message = _field(_field(response, "error"), "message") or _field(event, "message")
            span.set_status(Status(StatusCode.ERROR, self.redact(str(message or error))[:500]))
        return error

    def metrics(
        self,
        span: Span,
        started: float,
        response: Any,
        error: str | None,
        kwargs: Mapping[str, Any],
        ttfc: float | None = None,
        operation: str = "responses",
    ) -> None:
        attrs: dict[str, AttributeValue] = {
            GENAI_OPERATION_NAME: operation,
            GENAI_PROVIDER_NAME: SYSTEM,
            **self.server,
        }
        model = kwargs.get("model")
        if isinstance(model, str):
            attrs[GENAI_REQUEST_MODEL] = model
        response_model = _field(response, "model")
        if isinstance(response_model, str):
            attrs[GENAI_RESPONSE_MODEL] = response_model
        usage = _field(response, "usage")
        # fetching or cancelling a stored response used no tokens of its own (semconv)
        if operation in _NO_USAGE_OPERATIONS:
            usage = None
        tokens = (_field(usage, "input_tokens"), _field(usage, "output_tokens"))
        _record_metrics(attrs, error, started, ttfc, tokens if usage is not None else None)

    def stream_on_end(
        self, kwargs: Mapping[str, Any], operation: str = "responses"
    ) -> Callable[[Span, StreamRecord, BaseException | None], None]:
        def on_end(span: Span, record: StreamRecord, exc: BaseException | None) -> None:
            ttfc = _stream_attrs(span, record, record.completed)
            terminal = record.terminal
            response = getattr(terminal, "response", None) if terminal is not None else None
            error: str | None = None
            if exc is not None:
                _record_exception(span, exc)
                span.set_attribute(GENAI_RESPONSE_FINISH_REASONS, ["error"])
                error = _qualified_name(type(exc))
            elif terminal is not None:
                error = self.finish_response(span, response, terminal)
            self.metrics(span, record.started_at, response, error, kwargs, ttfc, operation)

        return on_end


def _stream_attrs(span: Span, record: StreamRecord, completed: bool) -> float | None:
    """A stream span's own attributes; returns the time to first chunk (s)."""
    span.set_attribute(BUD_INFERENCE_CHUNKS, record.chunks)
    span.set_attribute(BUD_INFERENCE_STREAM_COMPLETED, completed)
    ttfc = record.time_to_first_chunk
    if ttfc is not None:
        span.set_attribute(BUD_INFERENCE_TTFT_MS, ttfc * 1000.0)
        span.set_attribute(GENAI_RESPONSE_TIME_TO_FIRST_CHUNK, ttfc)
    return ttfc


def _record_metrics(
    attrs: dict[str, AttributeValue],
    error: str | None,
    started: float,
    ttfc: float | None,
    tokens: tuple[int | None, int | None] | None,
) -> None:
    """The GenAI client metrics of one finished call."""
    if error is not None:
        attrs[ERROR_TYPE] = error
    _metrics.record_duration(time.perf_counter() - started, attrs)
    if ttfc is not None:
        _metrics.record_time_to_first_chunk(ttfc, attrs)
    if tokens is not None:
        _metrics.record_token_usage(tokens[0], tokens[1], attrs)


def _detach(token: Any) -> None:
    try:
        otel_context.detach(token)
    except Exception:  # a foreign context change must not break the caller
        logger.debug("context detach failed", exc_info=True)


def _attach(span: Span) -> Any:
    from opentelemetry import trace

    return otel_context.attach(trace.set_span_in_context(span))


# ---------------------------------------------------------------------------
# Wrappers
# ---------------------------------------------------------------------------


def _is_stream_result(result: Any, kwargs: Mapping[str, Any]) -> bool:
    return bool(kwargs.get("stream")) and result is not None


def _sync_wrapper(call: Any, operation: str, original: Callable[..., Any]) -> Callable[..., Any]:
    @functools.wraps(original)
    def traced(*args: Any, **kwargs: Any) -> Any:
        if call.is_noop():
            return original(*args, **kwargs)
        streaming = bool(kwargs.get("stream"))
        started = time.perf_counter()
        span = call.start(operation, kwargs, streaming)
        token = _attach(span)
        try:
            result = original(*args, **kwargs)
        except BaseException as exc:
            _record_exception(span, exc)
            call.metrics(span, started, None, _qualified_name(type(exc)), kwargs, None, operation)
            span.end()
            raise
        finally:
            _detach(token)  # never current beyond the request itself
        if _is_stream_result(result, kwargs):
            record = StreamRecord(
                span,
                call.stream_on_end(kwargs, operation),
                terminal_types=call.terminal_types,
                started_at=started,
            )
            return TracedStream(result, record)
        error = call.finish_response(span, result, None, operation)
        call.metrics(span, started, result, error, kwargs, None, operation)
        span.end()
        return result

    return traced


def _async_wrapper(call: Any, operation: str, original: Callable[..., Any]) -> Callable[..., Any]:
    @functools.wraps(original)
    async def traced(*args: Any, **kwargs: Any) -> Any:
        if call.is_noop():
            return await original(*args, **kwargs)
        streaming = bool(kwargs.get("stream"))
        started = time.perf_counter()
        span = call.start(operation, kwargs, streaming)
        token = _attach(span)
        try:
            result = await original(*args, **kwargs)
        except BaseException as exc:
            _record_exception(span, exc)
            call.metrics(span, started, None, _qualified_name(type(exc)), kwargs, None, operation)
            span.end()
            raise
        finally:
            _detach(token)
        if _is_stream_result(result, kwargs):
            record = StreamRecord(
                span,
                call.stream_on_end(kwargs, operation),
                terminal_types=call.terminal_types,
                started_at=started,
            )
            return AsyncTracedStream(result, record)
        error = call.finish_response(span, result, None, operation)
        call.metrics(span, started, result, error, kwargs, None, operation)
        span.end()
        return result

    return traced


def _wrap(call: Any, operation: str, original: Callable[..., Any]) -> Callable[..., Any]:
    """`original` traced by *call* (an object shaped like `_Call`), sync or async alike."""
    if inspect.iscoroutinefunction(original):
        return _async_wrapper(call, operation, original)
    return _sync_wrapper(call, operation, original)


# ---------------------------------------------------------------------------
# Public API
# ---------------------------------------------------------------------------

# (attribute path on client.responses, operation name)
_EXTRA_METHODS = (
    (("retrieve",), "responses.retrieve"),
    (("cancel",), "responses.cancel"),
    (("compact",), "responses.compact"),
    (("input_tokens", "count"), "responses.input_tokens"),
)


def _server_attrs(client: Any) -> dict[str, AttributeValue]:
    url = getattr(client, "base_url", None)
    host = getattr(url, "host", None)
    if not isinstance(host, str) or not host:
        return {}
    attrs: dict[str, AttributeValue] = {SERVER_ADDRESS: host}
    port = getattr(url, "port", None) or _DEFAULT_PORTS.get(getattr(url, "scheme", ""))
    if isinstance(port, int):
        attrs[SERVER_PORT] = port
    return attrs


def _api_key(client: Any) -> str | None:
    key = getattr(client, "api_key", None)
    return key if isinstance(key, str) and len(key) >= 4 else None


def _is_bud_resource(resource: Any) -> bool:
    from bud.resources.responses import AsyncResponses, Responses

    return isinstance(resource, Responses | AsyncResponses)


def track_responses(
    client: ClientT,
    *,
    capture_input: FieldCapture = True,
    capture_output: FieldCapture = True,
    span_name: str = "responses",
) -> ClientT:
    """Instrument `client.responses` (a `BudClient` or `AsyncBudClient`) with OTel spans.

    `capture_input` / `capture_output`: `True` records the default fields,
    `False` none, a list exactly those. Content (input, instructions, tools,
    prompt, output text) is also dropped when `BUD_OTEL_CAPTURE_CONTENT=false`
    or `configure(config=ObservabilityConfig(capture_content=False))`.
    Streaming calls get the span name `"{span_name}.stream"`. Idempotent;
    `untrack_responses(client)` restores the original methods.
    """
    responses: Any = client.responses  # type: ignore[attr-defined]
    if getattr(responses, "_bud_tracked", False):
        return client
    call = _Call(
        span_name,
        _resolve_fields(capture_input, RESPONSES_SAFE_INPUT_FIELDS),
        _resolve_fields(capture_output, RESPONSES_SAFE_OUTPUT_FIELDS),
        _server_attrs(client),
        _api_key(client),
    )
    originals: list[tuple[Any, str]] = []
    responses.create = _wrap(call, "responses", responses.create)
    originals.append((responses, "create"))
    if _is_bud_resource(responses):
        for path, operation in _EXTRA_METHODS:
            owner = responses
            for part in path[:-1]:
                owner = getattr(owner, part)
            setattr(owner, path[-1], _wrap(call, operation, getattr(owner, path[-1])))
            originals.append((owner, path[-1]))
    responses._bud_tracked = True
    responses._bud_patched = originals
    return client


def untrack_responses(client: ClientT) -> ClientT:
    """Undo `track_responses(client)`: the methods are the class's own again."""
    responses: Any = client.responses  # type: ignore[attr-defined]
    if not getattr(responses, "_bud_tracked", False):
        return client
    for owner, name in getattr(responses, "_bud_patched", ()):
        with contextlib.suppress(AttributeError):
            delattr(owner, name)  # instance attribute gone: the class method shows again
    responses._bud_tracked = False
    responses._bud_patched = []
    return client


__all__ = ["track_responses", "untrack_responses"]
