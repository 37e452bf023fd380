"""``instrument_fastapi()``: a SERVER span per HTTP request of any ASGI app.

Pure ASGI, so it needs no FastAPI import and works for Starlette, FastAPI
or a bare ASGI callable. The incoming ``traceparent``/baggage is continued,
and the request span is current while the app handles the request, so bud
calls made by the handler become its children.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

from opentelemetry import context as otel_context
from opentelemetry import trace
from opentelemetry.trace import SpanKind, Status, StatusCode, Tracer, TracerProvider
from opentelemetry.util.types import AttributeValue

import bud.observability as _obs
from bud.observability import _track
from bud.observability._context import extract_context
from bud.observability._genai_attributes import ERROR_TYPE

logger = logging.getLogger("bud.observability")

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

TRACER_NAME = "bud.fastapi"
_KNOWN_METHODS = frozenset(
    {"CONNECT", "DELETE", "GET", "HEAD", "OPTIONS", "PATCH", "POST", "PUT", "TRACE"}
)


class BudTracingMiddleware:
    """ASGI middleware wrapping each HTTP request in a SERVER span.

    Attributes follow the HTTP server conventions: ``http.request.method``,
    ``url.path``, ``url.scheme``, ``http.response.status_code`` and, when the
    framework resolved one, ``http.route``. Query strings are not recorded
    (they often carry tokens). Status is ERROR on a 5xx or an exception.
    """

    def __init__(self, app: ASGIApp, tracer_provider: TracerProvider | None = None) -> None:
        self.app = app
        self._tracer = None if tracer_provider is None else tracer_provider.get_tracer(TRACER_NAME)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope.get("type") != "http":
            await self.app(scope, receive, send)
            return
        tracer = self._tracer
        if tracer is None:
            # Resolved per request: configure() may run after instrumentation.
            if _track._is_noop():
                await self.app(scope, receive, send)
                return
            tracer = _obs.get_tracer(TRACER_NAME)
        await self._traced(tracer, scope, receive, send)

    async def _traced(self, tracer: Tracer, scope: Scope, receive: Receive, send: Send) -> None:
        raw_method = str(scope.get("method", "GET"))
        method = raw_method if raw_method in _KNOWN_METHODS else "_OTHER"
        attributes: dict[str, AttributeValue] = {
            "http.request.method": method,
            "url.path": str(scope.get("path", "/")),
            "url.scheme": str(scope.get("scheme", "http")),
        }
        if method == "_OTHER":
            attributes["http.request.method_original"] = raw_method
        if scope.get("http_version"):
            attributes["network.protocol.version"] = str(scope["http_version"])
        server = scope.get("server")
        if server and server[0] is not None:
            attributes["server.address"] = str(server[0])
            if len(server) > 1 and server[1] is not None:
                attributes["server.port"] = int(server[1])

        parent = extract_context(scope.get("headers") or ())
        span = tracer.start_span(
            _span_method(method),
            context=parent,
            kind=SpanKind.SERVER,
            attributes=attributes,
        )
        status_code: int | None = None

        async def send_with_status(message: Message) -> None:
            nonlocal status_code
            if message.get("type") == "http.response.start":
                status_code = int(message.get("status", 200))
                span.set_attribute("http.response.status_code", status_code)
            await send(message)

        token = otel_context.attach(trace.set_span_in_context(span, parent))
        try:
            await self.app(scope, receive, send_with_status)
        except Exception as exc:
            _track._record_exception(span, exc)
            raise
        else:
            if status_code is not None and status_code >= 500:
                span.set_attribute(ERROR_TYPE, str(status_code))
                span.set_status(Status(StatusCode.ERROR))
        finally:
            route = _route_template(scope)
            if route is not None:
                span.set_attribute("http.route", route)
                span.update_name(f"{_span_method(method)} {route}")
            otel_context.detach(token)
            span.end()


def _span_method(method: str) -> str:
    # Span names must stay low-cardinality: never an arbitrary method string.
    return "HTTP" if method == "_OTHER" else method


def _route_template(scope: Scope) -> str | None:
    # Starlette/FastAPI routers leave the matched route object in the scope.
    path = getattr(scope.get("route"), "path", None)
    return path if isinstance(path, str) else None


def instrument_fastapi(app: Any, *, tracer_provider: TracerProvider | None = None) -> Any:
    """Trace every HTTP request of ``app``; returns the app to serve.

    Apps with ``add_middleware`` (FastAPI, Starlette) are instrumented in
    place and returned; any other ASGI callable is returned wrapped, so
    serve the return value. Instrumenting twice is a no-op. Spans go to
    ``tracer_provider`` if given, else to bud's configured provider (no-op
    until ``configure()``).
    """
    if isinstance(app, BudTracingMiddleware) or getattr(app, "_bud_instrumented", False):
        return app
    add_middleware = getattr(app, "add_middleware", None)
    if not callable(add_middleware):
        return BudTracingMiddleware(app, tracer_provider=tracer_provider)
    try:
        add_middleware(BudTracingMiddleware, tracer_provider=tracer_provider)
    except Exception as exc:  # e.g. Starlette refuses once the app has started
        logger.warning("bud.observability: could not instrument the app (%s)", exc)
        return app
    with contextlib.suppress(AttributeError):
        app._bud_instrumented = True
    return app
