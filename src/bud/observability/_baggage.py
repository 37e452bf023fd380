"""A span processor that copies W3C baggage onto span attributes.

This module imports the OpenTelemetry SDK, so ``bud.observability`` loads it
only when ``BaggageSpanProcessor`` is first accessed. Without the SDK (the
``bud-sdk[otel]`` extra) the name still imports, but constructing it raises.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from opentelemetry import baggage
from opentelemetry.context import Context

if TYPE_CHECKING:
    from opentelemetry.sdk.trace import Span

try:
    from opentelemetry.sdk.trace import SpanProcessor
except ImportError:  # no SDK, so no provider to add it to: see __init__
    SpanProcessor = object  # type: ignore[misc,assignment]

BaggageKeyPredicate = Callable[[str], bool]


class BaggageSpanProcessor(SpanProcessor):
    """Sets each baggage entry of the parent context as an attribute on span start.

    Baggage often arrives from outside the process, so ``predicate(key)``
    can restrict which keys become attributes; ``None`` copies them all.
    Add it to an SDK ``TracerProvider`` with ``add_span_processor``.
    """

    def __init__(self, predicate: BaggageKeyPredicate | None = None) -> None:
        if SpanProcessor is object:
            raise ImportError(
                "BaggageSpanProcessor needs the OpenTelemetry SDK; pip install 'bud-sdk[otel]'"
            )
        self._predicate = predicate

    def on_start(self, span: Span, parent_context: Context | None = None) -> None:
        entries = baggage.get_all(parent_context)
        if not entries:
            return
        predicate = self._predicate
        for key, value in entries.items():
            if predicate is None or _allowed(predicate, key):
                span.set_attribute(key, str(value))


def _allowed(predicate: BaggageKeyPredicate, key: str) -> bool:
    # on_start runs inside the caller's start_span: it must not raise.
    try:
        return bool(predicate(key))
    except Exception:
        return False
