"""Propagation helpers, create_traced_span, get_current_span, BaggageSpanProcessor."""

from __future__ import annotations

import os
from collections.abc import Iterator

import httpx
import pytest
from opentelemetry import baggage, trace
from opentelemetry import context as otel_context
from opentelemetry.sdk.metrics import MeterProvider
from opentelemetry.sdk.trace import SpanProcessor, TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter
from opentelemetry.trace import SpanKind

import bud.observability as obs
from bud.observability import (
    create_traced_span,
    extract_context,
    extract_from_request,
    get_current_span,
    inject_context,
)

TRACE_ID = 0x0AF7651916CD43DD8448EB211C80319C
SPAN_ID = 0xB7AD6B7169203331
TRACEPARENT = f"00-{TRACE_ID:032x}-{SPAN_ID:016x}-01"


@pytest.fixture(autouse=True)
def _clean(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    for name in list(os.environ):
        if name.startswith(("BUD_OTEL_", "OTEL_")):
            monkeypatch.delenv(name)
    obs._reset_for_tests()
    yield
    obs._reset_for_tests()


@pytest.fixture
def provider() -> Iterator[tuple[TracerProvider, InMemorySpanExporter]]:
    exporter = InMemorySpanExporter()
    tp = TracerProvider()
    tp.add_span_processor(SimpleSpanProcessor(exporter))
    yield tp, exporter
    tp.shutdown()


def remote_parent(ctx: otel_context.Context) -> trace.SpanContext:
    return trace.get_current_span(ctx).get_span_context()


# ---------------------------------------------------------------------------
# inject / extract
# ---------------------------------------------------------------------------


def test_inject_writes_traceparent_and_baggage(
    provider: tuple[TracerProvider, InMemorySpanExporter],
) -> None:
    tp, _ = provider
    token = otel_context.attach(baggage.set_baggage("tenant", "acme"))
    try:
        with tp.get_tracer("t").start_as_current_span("outgoing") as span:
            headers = {"content-type": "application/json"}
            returned = inject_context(headers)
            ctx = span.get_span_context()
    finally:
        otel_context.detach(token)
    assert returned is headers
    assert headers["content-type"] == "application/json"
    flags = int(ctx.trace_flags)
    assert headers["traceparent"] == f"00-{ctx.trace_id:032x}-{ctx.span_id:016x}-{flags:02x}"
    assert headers["baggage"] == "tenant=acme"


def test_inject_without_active_span_adds_nothing_and_makes_a_dict() -> None:
    assert inject_context() == {}


def test_inject_explicit_context(provider: tuple[TracerProvider, InMemorySpanExporter]) -> None:
    tp, _ = provider
    span = tp.get_tracer("t").start_span("detached")
    headers = inject_context(context=trace.set_span_in_context(span))
    span.end()
    assert headers["traceparent"].split("-")[2] == f"{span.get_span_context().span_id:016x}"


@pytest.mark.parametrize(
    "headers",
    [
        {"traceparent": TRACEPARENT},
        {"Traceparent": TRACEPARENT},  # hand-built dicts are not case-insensitive
        httpx.Headers({"TRACEPARENT": TRACEPARENT}),
        [(b"traceparent", TRACEPARENT.encode()), (b"host", b"x")],  # ASGI scope form
    ],
)
def test_extract_context_from_header_shapes(headers: object) -> None:
    parent = remote_parent(extract_context(headers))  # type: ignore[arg-type]
    assert parent.is_valid and parent.is_remote
    assert parent.trace_id == TRACE_ID
    assert parent.span_id == SPAN_ID


def test_extract_context_reads_baggage() -> None:
    ctx = extract_context({"traceparent": TRACEPARENT, "baggage": "user=ann,plan=pro"})
    assert baggage.get_all(ctx) == {"user": "ann", "plan": "pro"}


def test_extract_from_request_objects() -> None:
    request = httpx.Request("GET", "https://x.test", headers={"traceparent": TRACEPARENT})
    assert remote_parent(extract_from_request(request)).trace_id == TRACE_ID
    assert not remote_parent(extract_from_request(object())).is_valid
    assert not remote_parent(extract_context(None)).is_valid


def test_extracted_context_parents_a_new_span(
    provider: tuple[TracerProvider, InMemorySpanExporter],
) -> None:
    tp, exporter = provider
    ctx = extract_context({"traceparent": TRACEPARENT})
    tp.get_tracer("t").start_span("server", context=ctx).end()
    (span,) = exporter.get_finished_spans()
    assert span.context.trace_id == TRACE_ID
    assert span.parent is not None and span.parent.span_id == SPAN_ID


# ---------------------------------------------------------------------------
# create_traced_span / get_current_span
# ---------------------------------------------------------------------------


def test_create_traced_span_attaches_and_caller_detaches(
    provider: tuple[TracerProvider, InMemorySpanExporter],
) -> None:
    tp, exporter = provider
    tracer = tp.get_tracer("t")
    with tracer.start_as_current_span("outer") as outer:
        span, token = create_traced_span(
            "inner", tracer, kind=SpanKind.CLIENT, attributes={"k": "v"}
        )
        assert get_current_span() is span
        with tracer.start_as_current_span("grandchild"):
            pass
        span.end()
        otel_context.detach(token)
        assert get_current_span() is outer
    assert get_current_span() is trace.INVALID_SPAN

    finished = {s.name: s for s in exporter.get_finished_spans()}
    inner = finished["inner"]
    assert inner.kind is SpanKind.CLIENT
    assert dict(inner.attributes or {}) == {"k": "v"}
    assert inner.parent is not None and inner.parent.span_id == outer.get_span_context().span_id
    grandchild_parent = finished["grandchild"].parent
    assert grandchild_parent is not None and grandchild_parent.span_id == inner.context.span_id


def test_create_traced_span_with_explicit_parent_context(
    provider: tuple[TracerProvider, InMemorySpanExporter],
) -> None:
    tp, exporter = provider
    span, token = create_traced_span(
        "continued", tp.get_tracer("t"), context=extract_context({"traceparent": TRACEPARENT})
    )
    span.end()
    otel_context.detach(token)
    (finished,) = exporter.get_finished_spans()
    assert finished.context.trace_id == TRACE_ID
    assert finished.parent is not None and finished.parent.span_id == SPAN_ID


def test_create_traced_span_with_bud_tracer_before_configure_is_harmless() -> None:
    span, token = create_traced_span("noop", obs.get_tracer())
    assert not span.is_recording()
    span.end()
    otel_context.detach(token)


def test_create_traced_span_with_configured_bud_tracer(
    provider: tuple[TracerProvider, InMemorySpanExporter],
) -> None:
    tp, exporter = provider
    obs.configure(mode="internal", tracer_provider=tp, meter_provider=MeterProvider())
    span, token = create_traced_span("responses", obs.get_tracer("bud.inference"))
    span.end()
    otel_context.detach(token)
    (finished,) = exporter.get_finished_spans()
    assert finished.name == "responses"
    assert finished.instrumentation_scope is not None
    assert finished.instrumentation_scope.name == "bud.inference"


# ---------------------------------------------------------------------------
# BaggageSpanProcessor
# ---------------------------------------------------------------------------


def baggage_provider(
    processor: SpanProcessor,
) -> tuple[TracerProvider, InMemorySpanExporter]:
    exporter = InMemorySpanExporter()
    tp = TracerProvider()
    tp.add_span_processor(processor)
    tp.add_span_processor(SimpleSpanProcessor(exporter))
    return tp, exporter


def with_baggage(**entries: str) -> otel_context.Context:
    ctx = otel_context.get_current()
    for key, value in entries.items():
        ctx = baggage.set_baggage(key, value, ctx)
    return ctx


def test_baggage_processor_copies_entries() -> None:
    processor = obs.BaggageSpanProcessor()
    assert isinstance(processor, SpanProcessor)
    tp, exporter = baggage_provider(processor)
    token = otel_context.attach(with_baggage(tenant="acme", session="s-1"))
    try:
        tp.get_tracer("t").start_span("with-baggage").end()
    finally:
        otel_context.detach(token)
    tp.get_tracer("t").start_span("without").end()
    spans = {s.name: dict(s.attributes or {}) for s in exporter.get_finished_spans()}
    assert spans["with-baggage"] == {"tenant": "acme", "session": "s-1"}
    assert spans["without"] == {}


def test_baggage_processor_predicate_filters_and_never_raises() -> None:
    def predicate(key: str) -> bool:
        if key == "bad":
            raise ValueError("predicate bug")
        return key.startswith("app.")

    tp, exporter = baggage_provider(obs.BaggageSpanProcessor(predicate))
    ctx = with_baggage(**{"app.user": "ann", "other": "x", "bad": "y"})
    tp.get_tracer("t").start_span("filtered", context=ctx).end()
    (span,) = exporter.get_finished_spans()
    assert dict(span.attributes or {}) == {"app.user": "ann"}
