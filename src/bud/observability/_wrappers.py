"""Tracing one client method: a span per call, for sync and async methods alike.

`wrap(tracer, operation, method)` returns the method traced by a
`CallTracer`, which knows the API: it starts the span with the request's
attributes, finishes it from the result and records the metrics. The span is
current only while the request is sent (so the HTTP span is its child); a
streamed result's span is handed to a `TracedStream`, which ends it exactly
once and then calls the tracer's `stream_on_end` callback.
"""

from __future__ import annotations

import inspect
import logging
from collections.abc import Callable, Mapping
from contextvars import Token
from typing import Any, Final, Protocol

from opentelemetry import context as otel_context
from opentelemetry import trace
from opentelemetry.context import Context
from opentelemetry.trace import Span
from opentelemetry.util.types import AttributeValue

from bud._retries import finite_number
from bud.observability._genai_attributes import (
    BUD_INFERENCE_COST,
    BUD_INFERENCE_MODEL_LATENCY_MS,
)
from bud.observability._stream_record import OnEnd

logger = logging.getLogger("bud.observability")


class CallTracer(Protocol):
    """What the wrappers need from the tracer of one client's calls.

    `operation` names the traced method (``"responses"``,
    ``"responses.retrieve"``, ``"chat.completions"``, ...); `kwargs` are the
    call's keyword arguments.
    """

    @property
    def terminal_types(self) -> frozenset[str]:
        """Stream event types after which a streamed call is complete."""
        ...

    def is_noop(self) -> bool:
        """Tracing is off: the call runs untouched. Checked on every call."""
        ...

    def start(self, operation: str, kwargs: Mapping[str, Any], streaming: bool) -> Span:
        """A new span with the request's attributes, not yet current."""
        ...

    def finish_response(self, span: Span, response: Any, event: Any, operation: str) -> str | None:
        """The result's attributes and the span status; the error type if the call failed.

        `event` is a stream's terminal event, `None` for a plain result.
        """
        ...

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
        """Record the finished call's metrics (`started`: `time.perf_counter()`; for a
        stream, `ttfc` and `per_chunk`: its time to first chunk and per chunk after)."""
        ...

    def stream_on_end(self, kwargs: Mapping[str, Any], operation: str) -> OnEnd:
        """What to do when a streamed call's span ends (before `span.end()`)."""
        ...


def wrap(
    tracer: CallTracer, operation: str, original: Callable[..., Any], client: object = None
) -> Callable[..., Any]:
    """`original` traced by *tracer*, sync or async alike (the wrappers: `async_wrapper`
    in src/bud/_async/tracing.py and its generated twin). *client*'s default model
    is the request model of calls that name none."""
    from bud_sync.tracing import sync_wrapper

    from bud._async.tracing import async_wrapper

    model = getattr(client, "model", None)
    default_model = model if isinstance(model, str) and model else None
    if inspect.iscoroutinefunction(original):
        return async_wrapper(tracer, operation, original, default_model)
    return sync_wrapper(tracer, operation, original, default_model)


def with_model(kwargs: dict[str, Any], default_model: str | None) -> dict[str, Any]:
    """*kwargs* as the tracer should see them: with the model the call will use."""
    if default_model is None or "model" in kwargs or "prompt" in kwargs:
        return kwargs
    return {**kwargs, "model": default_model}


def attach(span: Span) -> Token[Context]:
    return otel_context.attach(trace.set_span_in_context(span))


def detach(token: Token[Context]) -> None:
    try:
        otel_context.detach(token)
    except Exception:  # a foreign context change must not break the caller
        logger.debug("context detach failed", exc_info=True)


# the gateway's headers that become span attributes (lower-case, as httpx keeps them)
_GATEWAY_HEADERS: Final = {
    b"x-tensorzero-inference-cost": BUD_INFERENCE_COST,
    b"x-tensorzero-model-latency-ms": BUD_INFERENCE_MODEL_LATENCY_MS,
}


def gateway_attrs(span: Span, reply: Any) -> None:
    """The cost and model latency the Bud gateway reported, when it did."""
    attrs: dict[str, AttributeValue] = {}
    # one pass over the raw headers: each `headers.get()` scans and decodes them all
    for key, value in reply.headers.raw:
        name = _GATEWAY_HEADERS.get(key.lower())
        if name is not None:
            number = finite_number(value.decode("latin-1"))
            if number is not None:
                attrs[name] = number
    if attrs:
        span.set_attributes(attrs)


def is_stream_result(result: Any, kwargs: Mapping[str, Any]) -> bool:
    return bool(kwargs.get("stream")) and result is not None


__all__ = ["CallTracer", "wrap"]
