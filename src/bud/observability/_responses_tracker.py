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

The wrapping is `_wrappers`'; the attributes are `_responses_attributes`'.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Mapping
from typing import Any, TypeVar

from opentelemetry.trace import Span, SpanKind, Status, StatusCode
from opentelemetry.util.types import AttributeValue

import bud.observability as _obs  # get_tracer read per call: tests patch it
from bud._events import TERMINAL_TYPES
from bud._redact import redact
from bud.observability._config import content_capture_enabled, max_content_length
from bud.observability._genai_attributes import (
    BUD_INFERENCE_OPERATION,
    BUD_INFERENCE_STREAM,
    ERROR_TYPE,
    GENAI_OPERATION_NAME,
    GENAI_PROVIDER_NAME,
    GENAI_REQUEST_MODEL,
    GENAI_REQUEST_STREAM,
    GENAI_RESPONSE_FINISH_REASONS,
    GENAI_RESPONSE_ID,
    GENAI_RESPONSE_MODEL,
    GENAI_SYSTEM,
    OPENAI_API_TYPE,
    OPENAI_RESPONSE_SERVICE_TIER,
    OPENINFERENCE_SPAN_KIND,
    RESPONSES_SAFE_INPUT_FIELDS,
    RESPONSES_SAFE_OUTPUT_FIELDS,
)
from bud.observability._inference_attributes import (
    SYSTEM,
    FieldCapture,
    field,
    latest_semconv,
    resolve_fields,
    semconv_operation,
    semconv_span_name,
    server_attrs,
    stream_attrs,
)
from bud.observability._metrics import record_call
from bud.observability._metrics import recording as metrics_recording
from bud.observability._responses_attributes import (
    CONTENT_INPUT_FIELDS,
    CONTENT_OUTPUT_FIELDS,
    add_request_attrs,
    error_code,
    error_message,
    extract_responses_request_attrs,
    extract_responses_response_attrs,
    finish_reason,
)
from bud.observability._semconv_messages import (
    GENAI_OUTPUT_MESSAGES,
    add_responses_request_content,
    responses_output_messages,
    to_attribute,
)
from bud.observability._stream import AsyncTracedStream, TracedStream
from bud.observability._stream_record import OnEnd, StreamRecord
from bud.observability._track import _is_noop, _qualified_name, _record_exception, _set_ok_status
from bud.observability._wrappers import wrap

logger = logging.getLogger("bud.observability")

ClientT = TypeVar("ClientT")

# The spec's tests import these from here (and patch `_is_noop` here).
_extract_responses_request_attrs = extract_responses_request_attrs
_extract_responses_response_attrs = extract_responses_response_attrs
_resolve_fields = resolve_fields

# fetching or cancelling a stored response used no tokens of its own (semconv)
BUD_INFERENCE_STREAM_RESUMES = "bud.inference.stream_resumes"
_NO_USAGE_OPERATIONS = frozenset({"responses.retrieve", "responses.cancel"})


class _ResponsesTracer:
    """The `CallTracer` of one client's Responses calls; settings fixed at patch time."""

    __slots__ = ("exact", "input_fields", "latest", "output_fields", "secret", "server",
                 "span_name")  # fmt: skip

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
        exact: tuple[bool, bool] = (False, False),
    ) -> None:
        self.span_name = span_name
        self.input_fields = input_fields
        self.output_fields = output_fields
        self.server = server
        # (input, output): the caller listed the fields (or said False): nothing else
        self.exact = exact
        self.secret = secret  # the client's API key: never written to a span
        self.latest = latest_semconv()  # OTEL_SEMCONV_STABILITY_OPT_IN, read at patch time

    def redact(self, text: str) -> str:
        return redact(text, (self.secret,)) if self.secret else text

    def fields(self) -> tuple[frozenset[str] | None, frozenset[str] | None]:
        if content_capture_enabled():
            return self.input_fields, self.output_fields
        strip_in = self.input_fields and self.input_fields - CONTENT_INPUT_FIELDS
        strip_out = self.output_fields and self.output_fields - CONTENT_OUTPUT_FIELDS
        return strip_in or None, strip_out or None

    def _wanted(self, output_field: str) -> bool:
        """Whether an attribute derived from *output_field* is recorded."""
        fields = self.output_fields
        return fields is not None and (not self.exact[1] or output_field in fields)

    def start(self, operation: str, kwargs: Mapping[str, Any], streaming: bool) -> Span:
        semconv_op = semconv_operation(operation, self.latest)
        if self.latest:
            name = semconv_span_name(semconv_op, kwargs.get("model"))
        elif operation != "responses":
            name = f"{self.span_name}.{operation.removeprefix('responses.')}"
        else:
            name = f"{self.span_name}.stream" if streaming else self.span_name
        attrs: dict[str, AttributeValue] = {
            GENAI_PROVIDER_NAME: SYSTEM,
            BUD_INFERENCE_OPERATION: operation,
            GENAI_OPERATION_NAME: semconv_op,
            OPENAI_API_TYPE: "responses",
            BUD_INFERENCE_STREAM: streaming,
            GENAI_REQUEST_STREAM: streaming,
            **self.server,
        }
        if not self.latest:
            attrs[GENAI_SYSTEM] = SYSTEM  # deprecated by the latest conventions
        if operation == "responses":
            attrs[OPENINFERENCE_SPAN_KIND] = "LLM"  # so Phoenix shows it as a model call
        try:
            fields = self.fields()[0]
            add_request_attrs(attrs, kwargs, fields, self.exact[0], self.latest)
            if fields and operation == "responses":
                add_responses_request_content(attrs, kwargs, fields, max_content_length())
        except Exception:
            logger.debug("Failed to extract request attributes", exc_info=True)
        # all at once: one pass through the SDK's attribute checks, not one call each
        return _obs.get_tracer("bud.inference").start_span(
            name, kind=SpanKind.CLIENT, attributes=attrs
        )

    def finish_response(
        self, span: Span, response: Any, event: Any = None, operation: str = "responses"
    ) -> str | None:
        """Response attributes and status; returns the error type if the call failed."""
        if not span.is_recording():
            # sampled out: nobody reads the attributes; the metrics still need the error
            return error_code(response, event, operation)
        _, output_fields = self.fields()
        if output_fields and operation in _NO_USAGE_OPERATIONS:
            # polling a stored response must not count its tokens twice
            output_fields = output_fields - {"usage"}
        attrs: dict[str, AttributeValue] = {}
        try:
            attrs.update(extract_responses_response_attrs(response, output_fields))
            if output_fields and "output_text" in output_fields:
                output = responses_output_messages(response)
                if output:
                    attrs[GENAI_OUTPUT_MESSAGES] = to_attribute(output, max_content_length())
        except Exception:
            logger.debug("Failed to extract response attributes", exc_info=True)
        try:  # separately: a look-alike response may lack what these read
            reason = finish_reason(response)
            if reason is not None and self._wanted("status"):
                attrs[GENAI_RESPONSE_FINISH_REASONS] = [reason]
            tier = field(response, "service_tier")
            if isinstance(tier, str) and self._wanted("service_tier"):
                attrs[OPENAI_RESPONSE_SERVICE_TIER] = tier
        except Exception:
            logger.debug("Failed to extract finish reason", exc_info=True)
        span.set_attributes(attrs)
        error = error_code(response, event, operation)
        if error is None:
            _set_ok_status(span)
        else:
            span.set_attribute(ERROR_TYPE, error)
            message = self.redact(error_message(response, event, error))
            span.set_status(Status(StatusCode.ERROR, message[:500]))
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
        per_chunk: float | None = None,
    ) -> None:
        if not metrics_recording():
            return  # no meter: nothing to build
        attrs: dict[str, AttributeValue] = {
            GENAI_OPERATION_NAME: semconv_operation(operation, self.latest),
            GENAI_PROVIDER_NAME: SYSTEM,
            **self.server,
        }
        model = kwargs.get("model")
        if isinstance(model, str):
            attrs[GENAI_REQUEST_MODEL] = model
        response_model = field(response, "model")
        if isinstance(response_model, str):
            attrs[GENAI_RESPONSE_MODEL] = response_model
        usage = None if operation in _NO_USAGE_OPERATIONS else field(response, "usage")
        tokens = (field(usage, "input_tokens"), field(usage, "output_tokens"))
        record_call(attrs, error, started, ttfc, tokens if usage is not None else None, per_chunk)

    def _created_attrs(self, state: Any) -> dict[str, AttributeValue]:
        created = getattr(state, "created", None)
        fields = self.output_fields or ()
        attrs: dict[str, AttributeValue] = {}
        for name, key in (("id", GENAI_RESPONSE_ID), ("model", GENAI_RESPONSE_MODEL)):
            value = field(created, name)
            if isinstance(value, str) and value and name in fields:
                attrs[key] = value
        return attrs

    def stream_on_end(self, kwargs: Mapping[str, Any], operation: str = "responses") -> OnEnd:
        def on_end(span: Span, record: StreamRecord, exc: BaseException | None) -> None:
            ttfc = record.time_to_first_chunk
            # read to its end without an error: complete, terminal event or not (a
            # server that ends with [DONE] alone; a cut stream raised instead)
            completed = record.completed or (record.exhausted and exc is None)
            span.set_attributes(stream_attrs(record.chunks, completed, ttfc))
            resumes = getattr(record.source, "resumes", 0)
            if resumes:  # one span for the whole logical stream, however often it resumed
                span.set_attribute(BUD_INFERENCE_STREAM_RESUMES, resumes)
            terminal = record.terminal
            response = getattr(terminal, "response", None) if terminal is not None else None
            error: str | None = None
            if terminal is None:
                # cut or left early: what `response.created` said is still known
                span.set_attributes(self._created_attrs(record.source))
            if exc is not None:
                _record_exception(span, exc)
                if self._wanted("status"):
                    span.set_attribute(GENAI_RESPONSE_FINISH_REASONS, ["error"])
                error = _qualified_name(type(exc))
            elif terminal is not None:
                error = self.finish_response(span, response, terminal)
            elif completed:
                _set_ok_status(span)
            self.metrics(span, record.started_at, response, error, kwargs, ttfc, operation,
                         per_chunk=record.time_per_chunk())  # fmt: skip

        return on_end


# (attribute path on client.responses, operation name)
_EXTRA_METHODS = (
    (("retrieve",), "responses.retrieve"),
    (("cancel",), "responses.cancel"),
    (("compact",), "responses.compact"),
    (("input_tokens", "count"), "responses.input_tokens"),
)


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
    tracer = _ResponsesTracer(
        span_name,
        resolve_fields(capture_input, RESPONSES_SAFE_INPUT_FIELDS),
        resolve_fields(capture_output, RESPONSES_SAFE_OUTPUT_FIELDS),
        server_attrs(client),
        _api_key(client),
        (capture_input is not True, capture_output is not True),
    )
    originals: list[tuple[Any, str]] = []
    responses.create = wrap(tracer, "responses", responses.create, client)
    originals.append((responses, "create"))
    if _is_bud_resource(responses):
        for path, operation in _EXTRA_METHODS:
            owner = responses
            for part in path[:-1]:
                owner = getattr(owner, part)
            setattr(owner, path[-1], wrap(tracer, operation, getattr(owner, path[-1])))
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


# The spec's name for what a traced streamed `create` returns: the sync traced
# stream (`TracedStream`); async calls return `AsyncTracedResponseStream`.
TracedResponseStream = TracedStream
AsyncTracedResponseStream = AsyncTracedStream

__all__ = [
    "AsyncTracedResponseStream",
    "TracedResponseStream",
    "track_responses",
    "untrack_responses",
]
