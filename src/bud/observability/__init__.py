"""bud.observability — Unified OTel-native observability for the BudAIFoundry SDK.

Public API:
    configure()          — Main entry point (3-5 lines to set up)
    shutdown()           — Flush and release resources
    flush()              — Export buffered telemetry now
    is_configured()      — Check if observability is active
    get_tracer()         — Get OTel Tracer (or no-op)
    get_meter()          — Get OTel Meter (or no-op)
    extract_context()    — Extract W3C trace context from headers
    inject_context()     — Inject trace context into headers
    extract_from_request() — Extract context from Request objects
    create_traced_span() — Start a span and make it current
    get_current_span()   — The active span
    instrument_fastapi() — SERVER spans for an ASGI app
    instrument_httpx()   — HTTP client spans + traceparent for httpx
    track                — Decorator tracing functions and generators
    track_chat_completions() — Instrument client.chat.completions.create()
    track_responses()    — Instrument client.responses.create()
    track_inference()    — Instrument every inference route of a client

Importing this package loads only the OpenTelemetry API; the SDK and the
exporters are loaded by ``configure()``, and the rarer names below on first
access (PEP 562).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from bud.observability._baggage import BaggageSpanProcessor
    from bud.observability._chat_tracker import track_chat_completions
    from bud.observability._config import (
        ObservabilityConfig,
        ObservabilityMode,
        content_capture_enabled,
        max_content_length,
    )
    from bud.observability._context import (
        create_traced_span,
        extract_context,
        extract_from_request,
        get_current_span,
        inject_context,
    )
    from bud.observability._fastapi import instrument_fastapi
    from bud.observability._httpx_hooks import instrument_httpx
    from bud.observability._inference_tracker import track_inference
    from bud.observability._responses_tracker import track_responses, untrack_responses
    from bud.observability._setup import (
        _reset_for_tests,
        configure,
        flush,
        get_meter,
        get_tracer,
        is_configured,
        shutdown,
    )
    from bud.observability._stream import TracedStream
    from bud.observability._track import track

# name -> defining module, imported on first access: importing this package
# (which every client does, for its httpx hooks) loads no OpenTelemetry at all.
_LAZY: dict[str, str] = {
    "ObservabilityConfig": "bud.observability._config",
    "ObservabilityMode": "bud.observability._config",
    "content_capture_enabled": "bud.observability._config",
    "max_content_length": "bud.observability._config",
    "create_traced_span": "bud.observability._context",
    "extract_context": "bud.observability._context",
    "extract_from_request": "bud.observability._context",
    "get_current_span": "bud.observability._context",
    "inject_context": "bud.observability._context",
    "_reset_for_tests": "bud.observability._setup",
    "configure": "bud.observability._setup",
    "flush": "bud.observability._setup",
    "get_meter": "bud.observability._setup",
    "get_tracer": "bud.observability._setup",
    "is_configured": "bud.observability._setup",
    "shutdown": "bud.observability._setup",
    "track": "bud.observability._track",
    "track_chat_completions": "bud.observability._inference_tracker",  # alias of _chat_tracker
    "track_inference": "bud.observability._inference_tracker",
    "track_responses": "bud.observability._responses_tracker",
    "untrack_responses": "bud.observability._responses_tracker",
    "TracedStream": "bud.observability._stream",
    "instrument_httpx": "bud.observability._httpx_hooks",
    "instrument_fastapi": "bud.observability._fastapi",
    "BaggageSpanProcessor": "bud.observability._baggage",
}


def __getattr__(name: str) -> Any:
    module_name = _LAZY.get(name)
    if module_name is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module_name), name)
    globals()[name] = value  # later lookups (and unittest.mock.patch) see a plain attribute
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_LAZY})


__all__ = [
    "BaggageSpanProcessor",
    "ObservabilityConfig",
    "ObservabilityMode",
    "TracedStream",
    "configure",
    "create_traced_span",
    "extract_context",
    "extract_from_request",
    "flush",
    "get_current_span",
    "get_meter",
    "get_tracer",
    "inject_context",
    "instrument_fastapi",
    "instrument_httpx",
    "is_configured",
    "shutdown",
    "track",
    "track_chat_completions",
    "track_inference",
    "track_responses",
]
