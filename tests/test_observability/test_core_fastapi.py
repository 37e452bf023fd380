"""instrument_fastapi(): ASGI SERVER spans, driven by calling the app directly."""

from __future__ import annotations

import os
from collections.abc import Awaitable, Callable, Iterator, MutableMapping
from types import SimpleNamespace
from typing import Any
from unittest.mock import Mock, patch

import pytest
from opentelemetry import trace
from opentelemetry.sdk.metrics import MeterProvider
from opentelemetry.sdk.trace import ReadableSpan, TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter
from opentelemetry.trace import SpanKind, StatusCode

import bud.observability as obs
from bud.observability._fastapi import BudTracingMiddleware

Message = MutableMapping[str, Any]
Scope = MutableMapping[str, Any]
App = Callable[
    [Scope, Callable[[], Awaitable[Message]], Callable[[Message], Awaitable[None]]], Awaitable[None]
]

TRACE_ID = 0x0AF7651916CD43DD8448EB211C80319C
SPAN_ID = 0xB7AD6B7169203331


@pytest.fixture(autouse=True)
def _clean(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    for name in list(os.environ):
        if name.startswith(("BUD_OTEL_", "OTEL_")):
            monkeypatch.delenv(name)
    obs._reset_for_tests()
    yield
    obs._reset_for_tests()


@pytest.fixture
def exporter() -> Iterator[InMemorySpanExporter]:
    exporter = InMemorySpanExporter()
    tp = TracerProvider()
    tp.add_span_processor(SimpleSpanProcessor(exporter))
    obs.configure(mode="internal", tracer_provider=tp, meter_provider=MeterProvider())
    yield exporter
    tp.shutdown()


def make_app(
    status: int = 200, *, raises: Exception | None = None, route: str | None = None
) -> App:
    async def app(scope: Scope, receive: Any, send: Any) -> None:
        if scope["type"] == "lifespan":
            return
        # A handler doing traced work of its own.
        with obs.get_tracer("handler").start_as_current_span("handler-work"):
            pass
        if route is not None:
            scope["route"] = SimpleNamespace(path=route)  # what Starlette's router leaves
        if raises is not None:
            raise raises
        await send({"type": "http.response.start", "status": status, "headers": []})
        await send({"type": "http.response.body", "body": b"ok"})

    return app


def http_scope(
    method: str = "GET", path: str = "/items/42", headers: list[Any] | None = None
) -> Scope:
    return {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": method,
        "scheme": "http",
        "path": path,
        "query_string": b"token=secret",
        "headers": headers or [],
        "server": ("127.0.0.1", 8000),
    }


async def call(app: Any, scope: Scope) -> list[Message]:
    sent: list[Message] = []

    async def receive() -> Message:
        return {"type": "http.request", "body": b"", "more_body": False}

    async def send(message: Message) -> None:
        sent.append(message)

    await app(scope, receive, send)
    return sent


def server_span(exporter: InMemorySpanExporter) -> ReadableSpan:
    spans = [s for s in exporter.get_finished_spans() if s.kind is SpanKind.SERVER]
    assert len(spans) == 1
    return spans[0]


async def test_request_span_attributes_and_child(exporter: InMemorySpanExporter) -> None:
    app = obs.instrument_fastapi(make_app())
    assert isinstance(app, BudTracingMiddleware)
    sent = await call(app, http_scope())
    assert [m["type"] for m in sent] == ["http.response.start", "http.response.body"]

    span = server_span(exporter)
    assert span.name == "GET"
    assert dict(span.attributes or {}) == {
        "http.request.method": "GET",
        "url.path": "/items/42",
        "url.scheme": "http",
        "network.protocol.version": "1.1",
        "server.address": "127.0.0.1",
        "server.port": 8000,
        "http.response.status_code": 200,
    }
    assert "secret" not in str(span.attributes)
    assert span.status.status_code is StatusCode.UNSET
    (child,) = [s for s in exporter.get_finished_spans() if s.name == "handler-work"]
    assert child.parent is not None and child.parent.span_id == span.context.span_id
    assert trace.get_current_span() is trace.INVALID_SPAN


async def test_incoming_traceparent_is_continued(exporter: InMemorySpanExporter) -> None:
    traceparent = f"00-{TRACE_ID:032x}-{SPAN_ID:016x}-01".encode()
    app = obs.instrument_fastapi(make_app())
    await call(app, http_scope(headers=[(b"traceparent", traceparent)]))
    span = server_span(exporter)
    assert span.context.trace_id == TRACE_ID
    assert span.parent is not None and span.parent.span_id == SPAN_ID


async def test_route_template_names_the_span(exporter: InMemorySpanExporter) -> None:
    await call(obs.instrument_fastapi(make_app(route="/items/{item_id}")), http_scope())
    span = server_span(exporter)
    assert span.name == "GET /items/{item_id}"
    assert (span.attributes or {})["http.route"] == "/items/{item_id}"


async def test_5xx_marks_error(exporter: InMemorySpanExporter) -> None:
    await call(obs.instrument_fastapi(make_app(503)), http_scope("POST"))
    span = server_span(exporter)
    assert span.status.status_code is StatusCode.ERROR
    assert (span.attributes or {})["error.type"] == "503"
    assert (span.attributes or {})["http.response.status_code"] == 503


async def test_4xx_is_not_a_server_error(exporter: InMemorySpanExporter) -> None:
    await call(obs.instrument_fastapi(make_app(404)), http_scope())
    assert server_span(exporter).status.status_code is StatusCode.UNSET


async def test_exception_recorded_and_reraised(exporter: InMemorySpanExporter) -> None:
    app = obs.instrument_fastapi(make_app(raises=RuntimeError("handler blew up")))
    with pytest.raises(RuntimeError, match="handler blew up"):
        await call(app, http_scope())
    span = server_span(exporter)
    assert span.status.status_code is StatusCode.ERROR
    assert [e.name for e in span.events] == ["exception"]
    assert (span.attributes or {})["error.type"] == "RuntimeError"


async def test_unknown_method_is_normalised(exporter: InMemorySpanExporter) -> None:
    await call(obs.instrument_fastapi(make_app()), http_scope("BREW"))
    span = server_span(exporter)
    assert span.name == "HTTP"
    attrs = dict(span.attributes or {})
    assert attrs["http.request.method"] == "_OTHER"
    assert attrs["http.request.method_original"] == "BREW"


async def test_non_http_scopes_pass_through(exporter: InMemorySpanExporter) -> None:
    inner = Mock(side_effect=make_app())
    await obs.instrument_fastapi(inner)({"type": "lifespan"}, None, None)
    inner.assert_called_once()
    assert exporter.get_finished_spans() == ()


async def test_unconfigured_passes_through_without_span_work() -> None:
    get_tracer = Mock(wraps=obs.get_tracer)
    with patch("bud.observability.get_tracer", get_tracer):
        sent = await call(obs.instrument_fastapi(make_app()), http_scope())
    assert sent[0]["status"] == 200
    get_tracer.assert_called_once_with("handler")  # only the handler's own call, no bud.fastapi


async def test_explicit_tracer_provider_works_without_configure() -> None:
    exporter = InMemorySpanExporter()
    tp = TracerProvider()
    tp.add_span_processor(SimpleSpanProcessor(exporter))
    await call(obs.instrument_fastapi(make_app(), tracer_provider=tp), http_scope())
    assert server_span(exporter).instrumentation_scope.name == "bud.fastapi"  # type: ignore[union-attr]


async def test_configure_after_instrumentation_takes_effect() -> None:
    app = obs.instrument_fastapi(make_app())
    exporter = InMemorySpanExporter()
    tp = TracerProvider()
    tp.add_span_processor(SimpleSpanProcessor(exporter))
    obs.configure(mode="internal", tracer_provider=tp, meter_provider=MeterProvider())
    await call(app, http_scope())
    assert server_span(exporter).name == "GET"


class StarletteLike:
    """Mimics Starlette's add_middleware(cls, **kwargs) + lazy stack build."""

    def __init__(self, app: App) -> None:
        self.app = app
        self.user_middleware: list[tuple[type, dict[str, Any]]] = []

    def add_middleware(self, middleware_class: type, **kwargs: Any) -> None:
        self.user_middleware.insert(0, (middleware_class, kwargs))

    async def __call__(self, scope: Scope, receive: Any, send: Any) -> None:
        app: Any = self.app
        for cls, kwargs in reversed(self.user_middleware):
            app = cls(app, **kwargs)
        await app(scope, receive, send)


async def test_app_with_add_middleware_is_instrumented_in_place_once(
    exporter: InMemorySpanExporter,
) -> None:
    app = StarletteLike(make_app())
    assert obs.instrument_fastapi(app) is app
    assert obs.instrument_fastapi(app) is app
    assert [cls for cls, _ in app.user_middleware] == [BudTracingMiddleware]
    await call(app, http_scope())
    assert server_span(exporter).name == "GET"


def test_wrapping_twice_is_idempotent() -> None:
    wrapped = obs.instrument_fastapi(make_app())
    assert obs.instrument_fastapi(wrapped) is wrapped
