"""A span processor that copies W3C baggage onto span attributes.

This module imports the OpenTelemetry SDK, so ``bud.observability`` loads it
only when ``BaggageSpanProcessor`` is first accessed.
"""

from __future__ import annotations

from collections.abc import Callable

from opentelemetry import baggage
from opentelemetry.context import Context
from opentelemetry.sdk.trace import Span, SpanProcessor

BaggageKeyPredicate = Callable[[str], bool]


class BaggageSpanProcessor(SpanProcessor):
    """Sets each baggage entry of the parent context as an attribute on span start.

    Baggage often arrives from outside the process, so ``predicate(key)``
    can restrict which keys become attributes; ``None`` copies them all.
    Add it to an SDK ``TracerProvider`` with ``add_span_processor``.
    """

    def __init__(self, predicate: BaggageKeyPredicate | None = None) -> None:
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
