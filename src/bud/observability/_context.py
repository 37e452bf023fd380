"""Trace-context propagation helpers (W3C traceparent/tracestate + baggage).

``opentelemetry.propagate`` scans entry points when first imported, so it is
imported inside the functions, not at module load.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from contextvars import Token
from typing import Any

from opentelemetry import context as otel_context
from opentelemetry import trace
from opentelemetry.context import Context
from opentelemetry.trace import Span, SpanKind, Tracer
from opentelemetry.util.types import Attributes

HeadersLike = Mapping[str, Any] | Iterable[tuple[str | bytes, str | bytes]]


def inject_context(
    headers: dict[str, str] | None = None, context: Context | None = None
) -> dict[str, str]:
    """Write the current (or given) trace context into ``headers`` and return it.

    The dict passed in is updated in place; a new one is made when omitted.
    """
    from opentelemetry import propagate

    carrier: dict[str, str] = {} if headers is None else headers
    propagate.inject(carrier, context=context)
    return carrier


def extract_context(headers: HeadersLike | None) -> Context:
    """Read trace context from incoming headers.

    Accepts a mapping (looked up case-insensitively, whatever its own rules)
    or ASGI-style ``(name, value)`` pairs, as ``str`` or ``bytes``.
    """
    from opentelemetry import propagate

    return propagate.extract(_lowercase_headers(headers))


def extract_from_request(request: Any) -> Context:
    """``extract_context(request.headers)`` for any request object with headers."""
    return extract_context(getattr(request, "headers", None))


def create_traced_span(
    name: str,
    tracer: Tracer,
    *,
    kind: SpanKind = SpanKind.INTERNAL,
    attributes: Attributes = None,
    context: Context | None = None,
) -> tuple[Span, Token[Context]]:
    """Start a span under the current (or given) context and make it current.

    Returns ``(span, token)``. The caller must ``span.end()`` and
    ``opentelemetry.context.detach(token)`` in the same task or thread.
    """
    span = tracer.start_span(name, context=context, kind=kind, attributes=attributes)
    token = otel_context.attach(trace.set_span_in_context(span, context))
    return span, token


def get_current_span() -> Span:
    """The span active in the current context (an invalid span when none)."""
    return trace.get_current_span()


def _lowercase_headers(headers: HeadersLike | None) -> dict[str, str]:
    # Propagators look up lower-case names with a plain ``.get``; a dict
    # built by hand may say "Traceparent", so normalise to one form.
    result: dict[str, str] = {}
    if headers is None:
        return result
    items: Iterable[tuple[Any, Any]]
    items = headers.items() if isinstance(headers, Mapping) else headers
    for key, value in items:
        name = key.decode("latin-1") if isinstance(key, bytes) else str(key)
        text = value.decode("latin-1") if isinstance(value, bytes) else str(value)
        name = name.lower()
        # Repeated headers: join like HTTP does, so none is lost.
        result[name] = f"{result[name]},{text}" if name in result else text
    return result
