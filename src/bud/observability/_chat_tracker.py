"""`track_chat_completions(client)`: the Chat Completions twin of `track_responses`.

It instruments any client exposing `client.chat.completions.create` (sync or
async: bud's own, or an `openai` client) and leaves a client without one
untouched. Over a bud chat stream, the span gets what the chunks add up to.
The wrapping is `_wrappers`' (as for `track_responses`); the attributes are
`_chat_attributes`'.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import Any, TypeVar

from opentelemetry.trace import Span, SpanKind
from opentelemetry.util.types import AttributeValue

import bud.observability as _obs  # get_tracer read per call: tests patch it
from bud.observability._chat_attributes import (
    CONTENT_FIELDS,
    add_chat_response_attrs,
    extract_chat_request_attrs,
)
from bud.observability._config import content_capture_enabled, max_content_length
from bud.observability._genai_attributes import (
    BUD_INFERENCE_OPERATION,
    BUD_INFERENCE_STREAM,
    CHAT_SAFE_INPUT_FIELDS,
    CHAT_SAFE_OUTPUT_FIELDS,
    GENAI_OPERATION_NAME,
    GENAI_PROVIDER_NAME,
    GENAI_REQUEST_MODEL,
    GENAI_REQUEST_STREAM,
    GENAI_SYSTEM,
    OPENINFERENCE_SPAN_KIND,
)
from bud.observability._inference_attributes import (
    SYSTEM,
    FieldCapture,
    field,
    latest_semconv,
    resolve_fields,
    semconv_span_name,
    server_attrs,
    stream_attrs,
)
from bud.observability._metrics import record_call
from bud.observability._metrics import recording as metrics_recording
from bud.observability._semconv_messages import (
    GENAI_OUTPUT_MESSAGES,
    add_chat_request_content,
    chat_output_messages,
    to_attribute,
)
from bud.observability._stream_record import OnEnd, StreamRecord
from bud.observability._track import _is_noop, _qualified_name, _record_exception, _set_ok_status
from bud.observability._wrappers import wrap

logger = logging.getLogger("bud.observability")

ClientT = TypeVar("ClientT")


class _ChatTracer:
    """The `CallTracer` of one client's Chat Completions calls."""

    __slots__ = ("exact", "input_fields", "latest", "output_fields", "server", "span_name")

    terminal_types: frozenset[str] = frozenset()  # chat streams end at [DONE]

    def __init__(
        self,
        span_name: str,
        input_fields: frozenset[str] | None,
        output_fields: frozenset[str] | None,
        server: dict[str, AttributeValue],
        exact: bool = False,
    ) -> None:
        self.span_name = span_name
        self.input_fields = input_fields
        self.output_fields = output_fields
        self.server = server
        self.exact = exact  # the caller listed the input fields: nothing else
        self.latest = latest_semconv()  # OTEL_SEMCONV_STABILITY_OPT_IN, read at patch time

    @staticmethod
    def is_noop() -> bool:
        return _is_noop()

    def start(self, operation: str, kwargs: Mapping[str, Any], streaming: bool) -> Span:
        if self.latest:
            name = semconv_span_name("chat", kwargs.get("model"))
        else:
            name = f"{self.span_name}.stream" if streaming else self.span_name
        span = _obs.get_tracer("bud.inference").start_span(name, kind=SpanKind.CLIENT)
        always: dict[str, AttributeValue] = {
            GENAI_PROVIDER_NAME: SYSTEM,
            BUD_INFERENCE_OPERATION: operation,
            GENAI_OPERATION_NAME: "chat",
            BUD_INFERENCE_STREAM: streaming,
            GENAI_REQUEST_STREAM: streaming,
            OPENINFERENCE_SPAN_KIND: "LLM",  # so Phoenix shows it as a model call
            **self.server,
        }
        if not self.latest:
            always[GENAI_SYSTEM] = SYSTEM  # deprecated by the latest conventions
        span.set_attributes(always)
        fields = self.input_fields
        if fields is not None and not content_capture_enabled():
            fields = fields - CONTENT_FIELDS
        if fields:
            try:
                attrs = extract_chat_request_attrs(kwargs, fields, self.exact)
                add_chat_request_content(attrs, kwargs, fields, max_content_length())
                span.set_attributes(attrs)
            except Exception:
                logger.debug("Failed to extract chat request attributes", exc_info=True)
        return span

    def finish_response(
        self, span: Span, response: Any, event: Any = None, operation: str = "chat"
    ) -> str | None:
        if not span.is_recording():
            return None  # sampled out: nobody reads the attributes
        attrs: dict[str, AttributeValue] = {}
        try:
            self._response_attrs(attrs, response)
        except Exception:
            logger.debug("Failed to extract chat response attributes", exc_info=True)
        span.set_attributes(attrs)
        _set_ok_status(span)
        return None

    def _response_attrs(self, attrs: dict[str, AttributeValue], response: Any) -> None:
        fields = self.output_fields
        add_chat_response_attrs(attrs, response, fields)
        if fields and "choices" in fields and content_capture_enabled():
            output = chat_output_messages(response)
            if output:
                attrs[GENAI_OUTPUT_MESSAGES] = to_attribute(output, max_content_length())

    def metrics(
        self,
        span: Span,
        started: float,
        response: Any,
        error: str | None,
        kwargs: Mapping[str, Any],
        ttfc: float | None = None,
        operation: str = "chat",
        per_chunk: float | None = None,
    ) -> None:
        if not metrics_recording():
            return  # no meter: nothing to build
        attrs: dict[str, AttributeValue] = {
            GENAI_OPERATION_NAME: "chat",
            GENAI_PROVIDER_NAME: SYSTEM,
            **self.server,
        }
        if isinstance(kwargs.get("model"), str):
            attrs[GENAI_REQUEST_MODEL] = kwargs["model"]
        usage = field(response, "usage")
        tokens = (field(usage, "prompt_tokens"), field(usage, "completion_tokens"))
        record_call(attrs, error, started, ttfc, tokens if usage is not None else None, per_chunk)

    def stream_on_end(self, kwargs: Mapping[str, Any], operation: str = "chat") -> OnEnd:
        def on_end(span: Span, record: StreamRecord, exc: BaseException | None) -> None:
            ttfc = record.time_to_first_chunk
            attrs = stream_attrs(record.chunks, record.exhausted, ttfc)
            # over a bud chat stream: what its chunks add up to (id, model, finish
            # reasons, and the usage chunk's counts when include_usage was on)
            summary = _summary(record.source)
            if summary is not None:
                try:
                    self._response_attrs(attrs, summary)
                except Exception:
                    logger.debug("Failed to read the chat stream's summary", exc_info=True)
            span.set_attributes(attrs)
            error = None
            if exc is not None:
                _record_exception(span, exc)
                error = _qualified_name(type(exc))
            elif record.exhausted:
                _set_ok_status(span)
            self.metrics(span, record.started_at, summary, error, kwargs, ttfc,
                         per_chunk=record.time_per_chunk())  # fmt: skip

        return on_end


def _summary(state: Any) -> Any:
    completion = getattr(state, "completion", None)
    return completion() if callable(completion) else None


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
    tracer = _ChatTracer(
        span_name,
        resolve_fields(capture_input, CHAT_SAFE_INPUT_FIELDS),
        resolve_fields(capture_output, CHAT_SAFE_OUTPUT_FIELDS),
        server_attrs(client),
        capture_input is not True,
    )
    completions.create = wrap(tracer, "chat.completions", completions.create, client)
    completions._bud_tracked = True
    return client


__all__ = ["track_chat_completions"]
