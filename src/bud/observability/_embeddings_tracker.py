"""Spans for the one-shot inference routes: embeddings and classify.

Neither streams: a span starts with the request's attributes and ends with the
reply's (model, token usage, what came back). Embeddings use the GenAI
conventions' `embeddings` operation; classify is a Bud operation, `classify`.
The wrapping is `_wrappers`'; these only know the two APIs.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from typing import Any, Final, TypeVar

from opentelemetry.trace import Span, SpanKind
from opentelemetry.util.types import AttributeValue

import bud.observability as _obs  # get_tracer read per call: tests patch it
from bud.observability._config import content_capture_enabled
from bud.observability._genai_attributes import (
    BUD_INFERENCE_OPERATION,
    GENAI_OPERATION_NAME,
    GENAI_PROVIDER_NAME,
    GENAI_REQUEST_MODEL,
    GENAI_RESPONSE_ID,
    GENAI_RESPONSE_MODEL,
    GENAI_SYSTEM,
    GENAI_USAGE_INPUT_TOKENS,
    OPENINFERENCE_SPAN_KIND,
)
from bud.observability._inference_attributes import (
    SYSTEM,
    FieldCapture,
    cut,
    field,
    latest_semconv,
    semconv_span_name,
    server_attrs,
    to_json,
)
from bud.observability._metrics import record_call
from bud.observability._metrics import recording as metrics_recording
from bud.observability._stream_record import OnEnd, StreamRecord
from bud.observability._track import _is_noop, _set_ok_status
from bud.observability._wrappers import wrap

logger = logging.getLogger("bud.observability")

ClientT = TypeVar("ClientT")

GENAI_REQUEST_ENCODING_FORMATS: Final = "gen_ai.request.encoding_formats"
GENAI_EMBEDDINGS_DIMENSION_COUNT: Final = "gen_ai.embeddings.dimension.count"
BUD_INFERENCE_REQUEST_INPUT: Final = "bud.inference.request.input"
BUD_INFERENCE_REQUEST_INPUT_COUNT: Final = "bud.inference.request.input_count"
BUD_INFERENCE_RESPONSE_EMBEDDINGS: Final = "bud.inference.response.embeddings"
BUD_INFERENCE_RESPONSE_LABELS: Final = "bud.inference.response.labels"

Extract = Callable[[dict[str, AttributeValue], Any, bool], None]


def _embeddings_request(attrs: dict[str, AttributeValue], kwargs: Any, content: bool) -> None:
    encoding = kwargs.get("encoding_format")
    attrs[GENAI_REQUEST_ENCODING_FORMATS] = [encoding if isinstance(encoding, str) else "float"]
    dimensions = kwargs.get("dimensions")
    if isinstance(dimensions, int):
        attrs[GENAI_EMBEDDINGS_DIMENSION_COUNT] = dimensions
    _inputs(attrs, kwargs.get("input"), content)


def _inputs(attrs: dict[str, AttributeValue], value: Any, content: bool) -> None:
    texts = [value] if isinstance(value, str) else value
    if isinstance(texts, list | tuple):
        attrs[BUD_INFERENCE_REQUEST_INPUT_COUNT] = len(texts)
        if content:
            attrs[BUD_INFERENCE_REQUEST_INPUT] = cut(to_json(list(texts)))


def _embeddings_reply(attrs: dict[str, AttributeValue], reply: Any, content: bool) -> None:
    data = field(reply, "data")
    if isinstance(data, list):
        attrs[BUD_INFERENCE_RESPONSE_EMBEDDINGS] = len(data)
        vector = field(data[0], "embedding") if data else None
        if isinstance(vector, list) and GENAI_EMBEDDINGS_DIMENSION_COUNT not in attrs:
            attrs[GENAI_EMBEDDINGS_DIMENSION_COUNT] = len(vector)


def _classify_request(attrs: dict[str, AttributeValue], kwargs: Any, content: bool) -> None:
    _inputs(attrs, kwargs.get("input"), content)


def _classify_reply(attrs: dict[str, AttributeValue], reply: Any, content: bool) -> None:
    data = field(reply, "data")
    if content and isinstance(data, list):
        # the top label of each input: what the call answered, so content
        top = [str(field(labels[0], "label") or "") if labels else "" for labels in data]
        attrs[BUD_INFERENCE_RESPONSE_LABELS] = top


class _OneShotTracer:
    """The `CallTracer` of one client's embeddings or classify calls."""

    __slots__ = ("capture_input", "capture_output", "latest", "on_reply", "on_request",
                 "operation", "server", "span_name")  # fmt: skip

    terminal_types: frozenset[str] = frozenset()

    def __init__(
        self,
        operation: str,
        span_name: str,
        on_request: Extract,
        on_reply: Extract,
        capture: tuple[FieldCapture, FieldCapture],
        server: dict[str, AttributeValue],
    ) -> None:
        self.operation = operation
        self.span_name = span_name
        self.on_request = on_request
        self.on_reply = on_reply
        self.capture_input, self.capture_output = (c is not False for c in capture)
        self.server = server
        self.latest = latest_semconv()  # OTEL_SEMCONV_STABILITY_OPT_IN, read at patch time

    @staticmethod
    def is_noop() -> bool:
        return _is_noop()

    def _base(self, kwargs: Mapping[str, Any]) -> dict[str, AttributeValue]:
        attrs: dict[str, AttributeValue] = {
            GENAI_OPERATION_NAME: self.operation,
            GENAI_PROVIDER_NAME: SYSTEM,
            **self.server,
        }
        model = kwargs.get("model")
        if isinstance(model, str):
            attrs[GENAI_REQUEST_MODEL] = model
        return attrs

    def start(self, operation: str, kwargs: Mapping[str, Any], streaming: bool) -> Span:
        attrs = self._base(kwargs)
        if self.latest:
            name = semconv_span_name(self.operation, attrs.get(GENAI_REQUEST_MODEL))
        else:
            name = self.span_name
            attrs[GENAI_SYSTEM] = SYSTEM  # deprecated by the latest conventions
        span = _obs.get_tracer("bud.inference").start_span(name, kind=SpanKind.CLIENT)
        attrs[BUD_INFERENCE_OPERATION] = operation
        if operation == "embeddings":
            attrs[OPENINFERENCE_SPAN_KIND] = "EMBEDDING"
        if self.capture_input:
            try:
                self.on_request(attrs, kwargs, content_capture_enabled())
            except Exception:
                logger.debug("Failed to read %s request attributes", operation, exc_info=True)
        span.set_attributes(attrs)
        return span

    def finish_response(self, span: Span, response: Any, event: Any, operation: str) -> str | None:
        attrs: dict[str, AttributeValue] = {}
        for name, key in (("id", GENAI_RESPONSE_ID), ("model", GENAI_RESPONSE_MODEL)):
            value = field(response, name)
            if isinstance(value, str) and value:
                attrs[key] = value
        tokens = field(field(response, "usage"), "prompt_tokens")
        if isinstance(tokens, int):
            attrs[GENAI_USAGE_INPUT_TOKENS] = tokens
        if self.capture_output:
            try:
                self.on_reply(attrs, response, content_capture_enabled())
            except Exception:
                logger.debug("Failed to read %s reply attributes", operation, exc_info=True)
        span.set_attributes(attrs)
        _set_ok_status(span)
        return None

    def metrics(
        self,
        span: Span,
        started: float,
        response: Any,
        error: str | None,
        kwargs: Mapping[str, Any],
        ttfc: float | None,
        operation: str,
        per_chunk: float | None = None,
    ) -> None:
        if not metrics_recording():
            return  # no meter: nothing to build
        tokens = field(field(response, "usage"), "prompt_tokens")
        counts = (tokens, None) if isinstance(tokens, int) else None
        record_call(self._base(kwargs), error, started, None, counts)

    def stream_on_end(self, kwargs: Mapping[str, Any], operation: str) -> OnEnd:
        def on_end(span: Span, record: StreamRecord, exc: BaseException | None) -> None:
            raise AssertionError("embeddings and classify do not stream")  # pragma: no cover

        return on_end


def _track(
    client: ClientT,
    resource_name: str,
    operation: str,
    span_name: str,
    extract: tuple[Extract, Extract],
    capture: tuple[FieldCapture, FieldCapture],
) -> ClientT:
    resource: Any = getattr(client, resource_name, None)
    if resource is None or not callable(getattr(resource, "create", None)):
        logger.debug("track_inference: client has no %s; not traced", resource_name)
        return client
    if getattr(resource, "_bud_tracked", False):
        return client
    tracer = _OneShotTracer(operation, span_name, *extract, capture, server_attrs(client))
    resource.create = wrap(tracer, operation, resource.create, client)
    resource._bud_tracked = True
    return client


def track_embeddings(
    client: ClientT, *, capture_input: FieldCapture = True, capture_output: FieldCapture = True
) -> ClientT:
    """Spans for `client.embeddings.create` (operation `embeddings`)."""
    extract = (_embeddings_request, _embeddings_reply)
    return _track(client, "embeddings", "embeddings", "embeddings", extract,
                  (capture_input, capture_output))  # fmt: skip


def track_classifications(
    client: ClientT, *, capture_input: FieldCapture = True, capture_output: FieldCapture = True
) -> ClientT:
    """Spans for `client.classifications.create` (Bud operation `classify`)."""
    extract = (_classify_request, _classify_reply)
    return _track(client, "classifications", "classify", "classify", extract,
                  (capture_input, capture_output))  # fmt: skip


__all__ = ["track_classifications", "track_embeddings"]
