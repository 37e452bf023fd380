"""Shared helpers for the `track_responses` tests (test_tracker_*.py).

Real clients over `httpx.MockTransport`: `Gateway` serves real JSON bodies and
real SSE bytes (one body chunk per event, so a stream can be stopped between
events), records what reached the transport, and can hold a stream open
(async) to cancel a consumer mid-stream. `Otel` is an in-memory tracing and
metrics setup installed with `configure(mode="internal", ...)`.
"""

from __future__ import annotations

import asyncio
import copy
import inspect
import json
import os
from collections.abc import AsyncIterator, Callable, Iterator
from typing import Any

import httpx
import pytest
from opentelemetry.sdk.metrics import MeterProvider
from opentelemetry.sdk.metrics.export import HistogramDataPoint, InMemoryMetricReader, Metric
from opentelemetry.sdk.trace import ReadableSpan, TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter

from bud.client import AsyncBudClient, BudClient
from bud.observability import configure
from bud.observability._setup import _reset_for_tests

# distinctive, so a scan of every recorded string can find a leak
API_KEY = "sk-bud-trk-SECRET-5b1f0c9e7a2d4e3f"
HOST = "gateway.tracker.test"
PORT = 8443
BASE_URL = f"https://{HOST}:{PORT}"
PATH = "/v1/responses"

DURATION = "gen_ai.client.operation.duration"
TOKEN_USAGE = "gen_ai.client.token.usage"
TTFC = "gen_ai.client.operation.time_to_first_chunk"


# --------------------------------------------------------------------------- bodies


def response_body(**overrides: Any) -> dict[str, Any]:
    """A complete `Response` JSON body; top-level fields replaced by *overrides*."""
    body: dict[str, Any] = {
        "id": "resp_trk_001",
        "object": "response",
        "created_at": 1700000000,
        "model": "gpt-4.1-2025-04-14",
        "status": "completed",
        "output": [message_item("Paris is the capital of France.")],
        "usage": {
            "input_tokens": 42,
            "output_tokens": 17,
            "total_tokens": 59,
            "input_tokens_details": {"cached_tokens": 7},
            "output_tokens_details": {"reasoning_tokens": 5},
        },
        "text": {"format": {"type": "text"}},
        "parallel_tool_calls": True,
        "tool_choice": "auto",
        "tools": [],
        "top_p": 1.0,
        "temperature": 1.0,
        "truncation": "disabled",
        "metadata": {},
    }
    body.update(copy.deepcopy(overrides))
    return body


def message_item(text: str, item_id: str = "msg_trk_001") -> dict[str, Any]:
    return {
        "type": "message",
        "id": item_id,
        "status": "completed",
        "role": "assistant",
        "content": [{"type": "output_text", "text": text, "annotations": []}],
    }


def ev_created(response_id: str = "resp_trk_stream") -> dict[str, Any]:
    return {
        "type": "response.created",
        "sequence_number": 0,
        "response": {"id": response_id, "object": "response", "status": "in_progress"},
    }


def ev_delta(delta: str, seq: int) -> dict[str, Any]:
    return {
        "type": "response.output_text.delta",
        "item_id": "msg_trk_001",
        "output_index": 0,
        "content_index": 0,
        "delta": delta,
        "sequence_number": seq,
    }


def ev_terminal(kind: str, seq: int, **response: Any) -> dict[str, Any]:
    """`response.completed|incomplete|failed` carrying a full `Response`."""
    return {"type": kind, "sequence_number": seq, "response": response_body(**response)}


def ev_error(code: str, message: str, seq: int) -> dict[str, Any]:
    return {
        "type": "error",
        "code": code,
        "message": message,
        "param": None,
        "sequence_number": seq,
    }


def text_events(
    *deltas: str, response_id: str = "resp_trk_stream", **final: Any
) -> list[dict[str, Any]]:
    """created, one delta per argument, then response.completed."""
    events = [ev_created(response_id)]
    events += [ev_delta(d, i + 1) for i, d in enumerate(deltas)]
    final.setdefault("id", response_id)
    final.setdefault("output", [message_item("".join(deltas))])
    events.append(ev_terminal("response.completed", len(deltas) + 1, **final))
    return events


def sse_chunks(events: list[dict[str, Any]], *, done: bool = False) -> list[bytes]:
    """One SSE message per chunk (so nothing past an event is read early)."""
    chunks = [f"event: {e['type']}\ndata: {json.dumps(e)}\n\n".encode() for e in events]
    if done:
        chunks.append(b"data: [DONE]\n\n")
    return chunks


# --------------------------------------------------------------------------- the transport


class Body(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A body streamed chunk by chunk that records closing. With `hang_after=n`
    the async body waits forever after *n* chunks (a gateway gone quiet)."""

    def __init__(self, chunks: list[bytes], *, hang_after: int | None = None) -> None:
        self.chunks = chunks
        self.hang_after = hang_after
        self.sent = 0
        self.closed = False
        self.hanging = asyncio.Event() if hang_after is not None else None

    def __iter__(self) -> Iterator[bytes]:
        for chunk in self.chunks:
            self.sent += 1
            yield chunk

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for i, chunk in enumerate(self.chunks):
            if self.hang_after is not None and i == self.hang_after:
                assert self.hanging is not None
                self.hanging.set()
                await asyncio.Event().wait()
            self.sent += 1
            yield chunk

    def close(self) -> None:
        self.closed = True

    async def aclose(self) -> None:
        self.closed = True


Responder = Callable[[httpx.Request], httpx.Response]


class Gateway:
    """A `MockTransport` handler: routes by (method, path), remembers every request."""

    def __init__(self) -> None:
        self.requests: list[httpx.Request] = []
        self.routes: dict[tuple[str, str], Responder] = {}
        self.bodies: list[Body] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        responder = self.routes.get((request.method, request.url.path))
        if responder is None:
            return httpx.Response(404, json={"error": {"message": "no route", "code": "nf"}})
        return responder(request)

    def json(self, method: str, path: str, body: Any, status: int = 200) -> None:
        self.routes[(method, path)] = lambda _: httpx.Response(status, json=body)

    def sse(
        self,
        method: str,
        path: str,
        events: list[dict[str, Any]],
        *,
        done: bool = False,
        hang_after: int | None = None,
    ) -> None:
        """Serve *events* as a fresh streamed body on every request."""

        def respond(_: httpx.Request) -> httpx.Response:
            body = Body(sse_chunks(events, done=done), hang_after=hang_after)
            self.bodies.append(body)
            return httpx.Response(200, headers={"content-type": "text/event-stream"}, stream=body)

        self.routes[(method, path)] = respond

    def create(self, body: dict[str, Any] | None = None) -> None:
        self.json("POST", PATH, body if body is not None else response_body())

    def create_stream(self, events: list[dict[str, Any]], **kw: Any) -> None:
        self.sse("POST", PATH, events, **kw)

    def create_both(self, body: dict[str, Any], events: list[dict[str, Any]]) -> None:
        """`POST /v1/responses`: *events* when the request asks to stream, else *body*."""
        self.create(body)
        as_json = self.routes[("POST", PATH)]
        self.create_stream(events)
        as_sse = self.routes[("POST", PATH)]

        def respond(request: httpx.Request) -> httpx.Response:
            streaming = json.loads(request.content).get("stream") is True
            return as_sse(request) if streaming else as_json(request)

        self.routes[("POST", PATH)] = respond

    @property
    def last(self) -> httpx.Request:
        return self.requests[-1]


def sync_client(gateway: Callable[[httpx.Request], Any], **kw: Any) -> BudClient:
    """A real `BudClient` whose requests reach *gateway* (any MockTransport handler)."""
    kw.setdefault("max_retries", 0)
    transport = httpx.MockTransport(gateway)
    return BudClient(api_key=API_KEY, base_url=BASE_URL, transport=transport, **kw)


def async_client(gateway: Callable[[httpx.Request], Any], **kw: Any) -> AsyncBudClient:
    kw.setdefault("max_retries", 0)
    transport = httpx.MockTransport(gateway)
    return AsyncBudClient(api_key=API_KEY, base_url=BASE_URL, transport=transport, **kw)


def make_client(flavor: str, gateway: Callable[[httpx.Request], Any], **kw: Any) -> Any:
    return sync_client(gateway, **kw) if flavor == "sync" else async_client(gateway, **kw)


async def call(value: Any) -> Any:
    """Await *value* if the client is async, else return it."""
    if inspect.isawaitable(value):
        return await value
    return value


async def collect(stream: Any) -> list[Any]:
    if hasattr(stream, "__aiter__"):
        return [event async for event in stream]
    return list(stream)


async def close_stream(stream: Any) -> None:
    if hasattr(stream, "aclose"):
        await stream.aclose()
    else:
        stream.close()


# --------------------------------------------------------------------------- telemetry


class Otel:
    """In-memory spans and metrics behind `configure(mode="internal")`."""

    def __init__(self) -> None:
        self.exporter = InMemorySpanExporter()
        self.tp = TracerProvider()
        self.tp.add_span_processor(SimpleSpanProcessor(self.exporter))
        self.reader = InMemoryMetricReader()
        self.mp = MeterProvider(metric_readers=[self.reader])

    def configure(self) -> None:
        configure(mode="internal", tracer_provider=self.tp, meter_provider=self.mp)

    def spans(self, name: str | None = None) -> list[ReadableSpan]:
        spans = list(self.exporter.get_finished_spans())
        return spans if name is None else [s for s in spans if s.name == name]

    def names(self) -> list[str]:
        return [s.name for s in self.exporter.get_finished_spans()]

    def one(self, name: str) -> ReadableSpan:
        found = self.spans(name)
        assert len(found) == 1, f"{name}: {self.names()}"
        return found[0]

    def attrs(self, name: str) -> dict[str, Any]:
        return dict(self.one(name).attributes or {})

    def metric(self, name: str) -> Metric | None:
        data = self.reader.get_metrics_data()
        if data is None:
            return None
        for resource_metrics in data.resource_metrics:
            for scope_metrics in resource_metrics.scope_metrics:
                for metric in scope_metrics.metrics:
                    if metric.name == name:
                        return metric
        return None

    def points(self, name: str) -> list[HistogramDataPoint]:
        metric = self.metric(name)
        if metric is None:
            return []
        points = list(metric.data.data_points)
        assert all(isinstance(p, HistogramDataPoint) for p in points)
        return points  # type: ignore[return-value]

    def shutdown(self) -> None:
        self.tp.shutdown()
        self.mp.shutdown()


def otel_env(monkeypatch: pytest.MonkeyPatch) -> Iterator[Otel]:
    """Fixture body: a clean environment, bud configured with in-memory providers."""
    for name in list(os.environ):
        if name.startswith(("BUD_OTEL_", "OTEL_")):
            monkeypatch.delenv(name)
    _reset_for_tests()
    otel = Otel()
    otel.configure()
    try:
        yield otel
    finally:
        _reset_for_tests()
        otel.shutdown()


def recorded_strings(span: ReadableSpan) -> list[str]:
    """Every string a span carries: name, status, attribute and event values."""
    out = [span.name, span.status.description or ""]

    def add(value: Any) -> None:
        if isinstance(value, str):
            out.append(value)
        elif isinstance(value, list | tuple):
            for item in value:
                add(item)
        else:
            out.append(repr(value))

    for key, value in (span.attributes or {}).items():
        out.append(key)
        add(value)
    for event in span.events:
        out.append(event.name)
        for key, value in (event.attributes or {}).items():
            out.append(key)
            add(value)
    return out


def traceparent_of(span: ReadableSpan) -> str:
    ctx = span.get_span_context()
    assert ctx is not None
    return f"00-{ctx.trace_id:032x}-{ctx.span_id:016x}-{int(ctx.trace_flags):02x}"
