"""HTTP client spans from the httpx event hooks (bud.observability._httpx_hooks)."""

from __future__ import annotations

import contextlib
import gc
import inspect
from collections.abc import AsyncIterator, Callable, Iterator

import httpx
import pytest
from opentelemetry import trace
from opentelemetry.sdk.trace import ReadableSpan, TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter
from opentelemetry.trace import SpanKind, StatusCode

from bud import _background
from bud.observability._httpx_hooks import (
    end_request_span,
    instrument_httpx,
    uninstrument_httpx,
)

API_KEY = "sk-bud-test-7f3a9c0e1d2b4a68"
URL = "https://gateway.example.test/v1/responses"


@pytest.fixture
def exporter() -> InMemorySpanExporter:
    return InMemorySpanExporter()


@pytest.fixture
def provider(exporter: InMemorySpanExporter) -> TracerProvider:
    tp = TracerProvider()
    tp.add_span_processor(SimpleSpanProcessor(exporter))
    return tp


class Recorder:
    """A MockTransport handler that remembers what reached the transport."""

    def __init__(self, response: Callable[[httpx.Request], httpx.Response] | None = None) -> None:
        self.requests: list[httpx.Request] = []
        self.current_span_ids: list[int] = []
        self._response = response or (lambda _: httpx.Response(200, json={"ok": True}))

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        self.current_span_ids.append(trace.get_current_span().get_span_context().span_id)
        return self._response(request)


def _sync_client(handler: Recorder, provider: TracerProvider | None) -> httpx.Client:
    client = httpx.Client(transport=httpx.MockTransport(handler))
    return instrument_httpx(client, tracer_provider=provider)


def _async_client(handler: Recorder, provider: TracerProvider | None) -> httpx.AsyncClient:
    client = httpx.AsyncClient(transport=httpx.MockTransport(handler))
    return instrument_httpx(client, tracer_provider=provider)


def _only_span(exporter: InMemorySpanExporter) -> ReadableSpan:
    spans = exporter.get_finished_spans()
    assert len(spans) == 1, [s.name for s in spans]
    return spans[0]


def _traceparent_of(span: ReadableSpan) -> str:
    ctx = span.get_span_context()
    assert ctx is not None
    return f"00-{ctx.trace_id:032x}-{ctx.span_id:016x}-{int(ctx.trace_flags):02x}"


def _all_recorded_text(span: ReadableSpan) -> str:
    parts = [span.name, span.status.description or ""]
    parts += [f"{k}={v!r}" for k, v in (span.attributes or {}).items()]
    for event in span.events:
        parts.append(event.name)
        parts += [f"{k}={v!r}" for k, v in (event.attributes or {}).items()]
    return "\n".join(parts)


class ChunkStream(httpx.SyncByteStream):
    def __init__(self, chunks: list[bytes], fail_with: Exception | None = None) -> None:
        self.chunks = chunks
        self.fail_with = fail_with
        self.closed = False

    def __iter__(self) -> Iterator[bytes]:
        yield from self.chunks
        if self.fail_with is not None:
            raise self.fail_with

    def close(self) -> None:
        self.closed = True


class AsyncChunkStream(httpx.AsyncByteStream):
    def __init__(self, chunks: list[bytes], fail_with: Exception | None = None) -> None:
        self.chunks = chunks
        self.fail_with = fail_with
        self.closed = False

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for chunk in self.chunks:
            yield chunk
        if self.fail_with is not None:
            raise self.fail_with

    async def aclose(self) -> None:
        self.closed = True


# --------------------------------------------------------------------------- attributes


def test_span_attributes_kind_and_name(
    provider: TracerProvider, exporter: InMemorySpanExporter
) -> None:
    handler = Recorder(lambda _: httpx.Response(201, json={}))
    with _sync_client(handler, provider) as client:
        client.post(URL, json={"model": "m"})
    span = _only_span(exporter)
    assert span.name == "POST"
    assert span.kind is SpanKind.CLIENT
    assert dict(span.attributes or {}) == {
        "http.request.method": "POST",
        "url.full": URL,
        "url.scheme": "https",
        "server.address": "gateway.example.test",
        "server.port": 443,
        "http.response.status_code": 201,
    }
    assert span.status.status_code is StatusCode.UNSET
    assert span.events == ()


def test_explicit_port_and_unknown_method(
    provider: TracerProvider, exporter: InMemorySpanExporter
) -> None:
    with _sync_client(Recorder(), provider) as client:
        client.request("PURGE", "http://127.0.0.1:8123/cache")
    span = _only_span(exporter)
    assert span.name == "HTTP"
    attrs = span.attributes or {}
    assert attrs["http.request.method"] == "_OTHER"
    assert attrs["http.request.method_original"] == "PURGE"
    assert attrs["server.port"] == 8123
    assert attrs["server.address"] == "127.0.0.1"
    assert attrs["url.scheme"] == "http"


def test_url_credentials_and_sensitive_query_redacted(
    provider: TracerProvider, exporter: InMemorySpanExporter
) -> None:
    url = (
        "https://alice:hunter2@gateway.example.test/v1/models"
        "?api_key=K1&limit=5&token=T2&X-Amz-Signature=S3&sig=S4&password=P5&client_secret=C6"
    )
    with _sync_client(Recorder(), provider) as client:
        client.get(url)
    full = (_only_span(exporter).attributes or {})["url.full"]
    assert full == (
        "https://gateway.example.test/v1/models?api_key=REDACTED&limit=5&token=REDACTED"
        "&X-Amz-Signature=REDACTED&sig=REDACTED&password=REDACTED&client_secret=REDACTED"
    )


def test_authorization_header_never_recorded(
    provider: TracerProvider, exporter: InMemorySpanExporter
) -> None:
    def fail(request: httpx.Request) -> httpx.Response:
        # h11 puts an illegal header value into its message: ours must not keep it.
        raise httpx.LocalProtocolError(
            f"Illegal header value {request.headers['authorization'].encode()!r}"
        )

    headers = {"Authorization": f"Bearer {API_KEY}", "X-Api-Key": API_KEY}
    with _sync_client(Recorder(lambda _: httpx.Response(401)), provider) as client:
        client.get(URL, headers=headers)
    with _sync_client(Recorder(fail), provider) as client:
        request = client.build_request("GET", URL, headers=headers)
        with pytest.raises(httpx.LocalProtocolError) as info:
            client.send(request)
        end_request_span(request, info.value)
    spans = exporter.get_finished_spans()
    assert len(spans) == 2
    assert API_KEY in str(info.value)  # the raw message did carry it
    for span in spans:
        assert API_KEY not in _all_recorded_text(span)
    (event,) = spans[1].events
    assert "REDACTED" in str((event.attributes or {})["exception.message"])


# --------------------------------------------------------------------------- context


def test_child_of_current_span_and_not_made_current(
    provider: TracerProvider, exporter: InMemorySpanExporter
) -> None:
    handler = Recorder()
    tracer = provider.get_tracer("test")
    with tracer.start_as_current_span("outer") as outer, _sync_client(handler, provider) as c:
        c.get(URL)
    http_span, outer_span = exporter.get_finished_spans()
    assert outer_span.name == "outer"
    assert http_span.parent is not None
    assert http_span.parent.span_id == outer.get_span_context().span_id
    assert http_span.context is not None
    assert http_span.context.trace_id == outer.get_span_context().trace_id
    # While the transport ran, the current span was still the outer one.
    assert handler.current_span_ids == [outer.get_span_context().span_id]


def test_traceparent_names_http_span_and_overrides_user_value(
    provider: TracerProvider, exporter: InMemorySpanExporter
) -> None:
    handler = Recorder()
    user_tp = "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01"
    with _sync_client(handler, provider) as client:
        client.get(URL, headers={"traceparent": user_tp})
    span = _only_span(exporter)
    sent = handler.requests[0].headers.get_list("traceparent")
    assert sent == [_traceparent_of(span)]
    assert user_tp not in sent


def test_tracestate_forwarded_when_present(
    provider: TracerProvider, exporter: InMemorySpanExporter
) -> None:
    from opentelemetry.trace import NonRecordingSpan, SpanContext, TraceFlags, TraceState

    parent = SpanContext(
        trace_id=0x1234,
        span_id=0x5678,
        is_remote=True,
        trace_flags=TraceFlags(TraceFlags.SAMPLED),
        trace_state=TraceState([("vendor", "v1")]),
    )
    handler = Recorder()
    with (
        trace.use_span(NonRecordingSpan(parent)),
        _sync_client(handler, provider) as client,
    ):
        client.get(URL)
    span = _only_span(exporter)
    assert span.context is not None and span.context.trace_id == 0x1234
    assert handler.requests[0].headers["traceparent"] == _traceparent_of(span)
    assert handler.requests[0].headers["tracestate"] == "vendor=v1"


# --------------------------------------------------------------------------- span end


def test_span_ends_only_when_body_closed(
    provider: TracerProvider, exporter: InMemorySpanExporter
) -> None:
    body = ChunkStream([b"a", b"b"])
    with _sync_client(Recorder(lambda _: httpx.Response(200, stream=body)), provider) as c:
        with c.stream("GET", URL) as response:
            assert response.status_code == 200
            assert exporter.get_finished_spans() == ()
            response.close()
            assert len(exporter.get_finished_spans()) == 1
            assert body.closed
        # Closing again (the context manager's exit) ends nothing more.
        assert len(exporter.get_finished_spans()) == 1


def test_streaming_read_then_close(
    provider: TracerProvider, exporter: InMemorySpanExporter
) -> None:
    body = ChunkStream([b"one ", b"two ", b"three"])
    with _sync_client(Recorder(lambda _: httpx.Response(200, stream=body)), provider) as c:
        with c.stream("POST", URL, json={}) as response:
            assert exporter.get_finished_spans() == ()
            data = b"".join(response.iter_bytes())
        assert data == b"one two three"
    span = _only_span(exporter)
    assert (span.attributes or {})["http.response.status_code"] == 200
    assert span.status.status_code is StatusCode.UNSET


def test_iteration_end_alone_ends_span(
    provider: TracerProvider, exporter: InMemorySpanExporter
) -> None:
    body = ChunkStream([b"x", b"y"])
    with _sync_client(Recorder(lambda _: httpx.Response(200, stream=body)), provider) as c:
        response = c.send(c.build_request("GET", URL), stream=True)
        assert isinstance(response.stream, httpx.SyncByteStream)
        assert list(response.stream) == [b"x", b"y"]  # raw stream, httpx never closes it
        assert not body.closed
        assert len(exporter.get_finished_spans()) == 1
        response.close()
    assert len(exporter.get_finished_spans()) == 1


def test_error_while_reading_body_ends_span_with_error(
    provider: TracerProvider, exporter: InMemorySpanExporter
) -> None:
    body = ChunkStream([b"partial"], fail_with=httpx.ReadError("connection reset"))
    with _sync_client(Recorder(lambda _: httpx.Response(200, stream=body)), provider) as c:
        with c.stream("GET", URL) as response, pytest.raises(httpx.ReadError):
            response.read()
    span = _only_span(exporter)
    assert span.status.status_code is StatusCode.ERROR
    assert (span.attributes or {})["error.type"] == "httpx.ReadError"
    assert [e.name for e in span.events] == ["exception"]


def test_unclosed_response_ends_span_when_collected(
    provider: TracerProvider, exporter: InMemorySpanExporter
) -> None:
    body = ChunkStream([b"x"])
    with _sync_client(Recorder(lambda _: httpx.Response(200, stream=body)), provider) as c:
        response = c.send(c.build_request("GET", URL), stream=True)
        assert exporter.get_finished_spans() == ()
        del response
        gc.collect()
        # from inside the collector, the span is ended on the background thread
        assert _background.flush()
    assert len(exporter.get_finished_spans()) == 1


def test_unreported_transport_failure_ends_span_when_request_collected(
    provider: TracerProvider, exporter: InMemorySpanExporter
) -> None:
    def refuse(_: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("refused")

    with httpx.Client(transport=httpx.MockTransport(refuse)) as client:
        instrument_httpx(client, tracer_provider=provider)
        request = client.build_request("GET", URL)
        with contextlib.suppress(httpx.ConnectError):
            client.send(request)
        assert exporter.get_finished_spans() == ()
        del request
        gc.collect()
        assert _background.flush()
    assert len(exporter.get_finished_spans()) == 1


@pytest.mark.parametrize("status", [400, 404, 429, 500, 503])
def test_error_status(
    provider: TracerProvider, exporter: InMemorySpanExporter, status: int
) -> None:
    with _sync_client(Recorder(lambda _: httpx.Response(status, text="nope")), provider) as c:
        assert c.get(URL).status_code == status
    span = _only_span(exporter)
    assert span.status.status_code is StatusCode.ERROR
    attrs = span.attributes or {}
    assert attrs["error.type"] == str(status)
    assert attrs["http.response.status_code"] == status


def test_success_status_sets_no_error(
    provider: TracerProvider, exporter: InMemorySpanExporter
) -> None:
    with _sync_client(Recorder(lambda _: httpx.Response(302)), provider) as c:
        c.get(URL)
    span = _only_span(exporter)
    assert span.status.status_code is StatusCode.UNSET
    assert "error.type" not in (span.attributes or {})


def test_raising_user_response_hook_still_ends_span(
    provider: TracerProvider, exporter: InMemorySpanExporter
) -> None:
    def raise_for_status(response: httpx.Response) -> None:
        response.raise_for_status()

    client = httpx.Client(
        transport=httpx.MockTransport(Recorder(lambda _: httpx.Response(500))),
        event_hooks={"response": [raise_for_status]},
    )
    with instrument_httpx(client, tracer_provider=provider), pytest.raises(httpx.HTTPStatusError):
        client.get(URL)
    span = _only_span(exporter)
    assert (span.attributes or {})["error.type"] == "500"


def test_transport_exception_then_end_request_span(
    provider: TracerProvider, exporter: InMemorySpanExporter
) -> None:
    def refuse(_: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("[Errno 111] Connection refused")

    with _sync_client(Recorder(refuse), provider) as client:
        request = client.build_request("POST", URL, headers={"Authorization": API_KEY})
        with pytest.raises(httpx.ConnectError) as info:
            client.send(request)
        assert exporter.get_finished_spans() == ()  # no response hook ran
        end_request_span(request, info.value)
        end_request_span(request, info.value)  # idempotent
        end_request_span(request, None)
    span = _only_span(exporter)
    assert span.status.status_code is StatusCode.ERROR
    attrs = span.attributes or {}
    assert attrs["error.type"] == "httpx.ConnectError"
    assert "http.response.status_code" not in attrs
    (event,) = span.events
    assert event.name == "exception"
    assert dict(event.attributes or {}) == {
        "exception.type": "httpx.ConnectError",
        "exception.message": "[Errno 111] Connection refused",
    }


def test_end_request_span_without_span_is_noop(exporter: InMemorySpanExporter) -> None:
    request = httpx.Request("GET", URL)
    end_request_span(request, httpx.ConnectError("x"))
    assert "bud.http_span" not in request.extensions
    assert exporter.get_finished_spans() == ()


def test_resent_request_ends_previous_attempt(
    provider: TracerProvider, exporter: InMemorySpanExporter
) -> None:
    attempts = iter([httpx.ConnectError("refused"), None])

    def flaky(_: httpx.Request) -> httpx.Response:
        exc = next(attempts)
        if exc is not None:
            raise exc
        return httpx.Response(200)

    handler = Recorder(flaky)
    with _sync_client(handler, provider) as client:
        request = client.build_request("GET", URL)
        with pytest.raises(httpx.ConnectError):
            client.send(request)
        client.send(request)  # a retry of the same request object, nobody ended attempt 1
    first, second = exporter.get_finished_spans()
    assert "http.response.status_code" not in (first.attributes or {})
    assert (second.attributes or {})["http.response.status_code"] == 200
    assert handler.requests[1].headers["traceparent"] == _traceparent_of(second)


# --------------------------------------------------------------------------- install


def test_install_is_idempotent(provider: TracerProvider, exporter: InMemorySpanExporter) -> None:
    def user_hook(_: object) -> None:
        return None

    handler = Recorder()
    client = httpx.Client(
        transport=httpx.MockTransport(handler),
        event_hooks={"request": [user_hook], "response": [user_hook]},
    )
    assert instrument_httpx(client, tracer_provider=provider) is client
    hooks_once = {k: list(v) for k, v in client.event_hooks.items()}
    assert instrument_httpx(client, tracer_provider=provider) is client
    assert client.event_hooks == hooks_once
    assert len(hooks_once["request"]) == 2 and len(hooks_once["response"]) == 2
    with client:
        client.get(URL)
    _only_span(exporter)
    assert len(handler.requests[0].headers.get_list("traceparent")) == 1


def test_uninstrument_removes_only_our_hooks(
    provider: TracerProvider, exporter: InMemorySpanExporter
) -> None:
    def user_hook(_: object) -> None:
        return None

    handler = Recorder()
    client = httpx.Client(
        transport=httpx.MockTransport(handler), event_hooks={"request": [user_hook]}
    )
    instrument_httpx(client, tracer_provider=provider)
    uninstrument_httpx(client)
    assert client.event_hooks == {"request": [user_hook], "response": []}
    with client:
        client.get(URL)
        assert exporter.get_finished_spans() == ()
        assert "traceparent" not in handler.requests[0].headers
        # And it can be installed again afterwards.
        instrument_httpx(client, tracer_provider=provider)
        client.get(URL)
    _only_span(exporter)


# --------------------------------------------------------------------------- no-op path


def test_noop_when_tracing_not_configured(
    provider: TracerProvider, exporter: InMemorySpanExporter, monkeypatch: pytest.MonkeyPatch
) -> None:
    import bud.observability
    from bud.observability import _track

    noop = True
    monkeypatch.setattr(_track, "_is_noop", lambda: noop)
    monkeypatch.setattr(bud.observability, "get_tracer", provider.get_tracer, raising=False)
    handler = Recorder()
    with _sync_client(handler, None) as client:
        client.get(URL)
        assert exporter.get_finished_spans() == ()
        assert "traceparent" not in handler.requests[0].headers
        assert handler.requests[0].extensions.get("bud.http_span") is None
        # The same client traces once tracing is configured: the check is per request.
        noop = False
        client.get(URL)
    span = _only_span(exporter)
    assert handler.requests[1].headers["traceparent"] == _traceparent_of(span)


# --------------------------------------------------------------------------- async


def test_async_hooks_are_coroutine_functions(provider: TracerProvider) -> None:
    client = _async_client(Recorder(), provider)
    hooks = client.event_hooks
    assert len(hooks["request"]) == 1 and len(hooks["response"]) == 1
    assert all(inspect.iscoroutinefunction(h) for h in hooks["request"] + hooks["response"])


async def test_async_attributes_and_traceparent(
    provider: TracerProvider, exporter: InMemorySpanExporter
) -> None:
    handler = Recorder(lambda _: httpx.Response(200, json={}))
    tracer = provider.get_tracer("test")
    async with _async_client(handler, provider) as client:
        with tracer.start_as_current_span("outer") as outer:
            await client.post(URL, json={}, headers={"Authorization": f"Bearer {API_KEY}"})
    http_span, _ = exporter.get_finished_spans()
    assert http_span.name == "POST"
    assert http_span.parent is not None
    assert http_span.parent.span_id == outer.get_span_context().span_id
    assert handler.requests[0].headers["traceparent"] == _traceparent_of(http_span)
    assert (http_span.attributes or {})["url.full"] == URL
    assert API_KEY not in _all_recorded_text(http_span)


async def test_async_span_ends_only_when_body_closed(
    provider: TracerProvider, exporter: InMemorySpanExporter
) -> None:
    body = AsyncChunkStream([b"data: 1\n\n", b"data: 2\n\n"])
    handler = Recorder(lambda _: httpx.Response(200, stream=body))
    async with _async_client(handler, provider) as client:
        async with client.stream("POST", URL, json={}) as response:
            assert exporter.get_finished_spans() == ()
            chunks = [chunk async for chunk in response.aiter_bytes()]
            assert b"".join(chunks) == b"data: 1\n\ndata: 2\n\n"
            assert len(exporter.get_finished_spans()) == 1
        await response.aclose()
    assert len(exporter.get_finished_spans()) == 1
    assert body.closed


async def test_async_close_before_reading(
    provider: TracerProvider, exporter: InMemorySpanExporter
) -> None:
    body = AsyncChunkStream([b"unread"])
    handler = Recorder(lambda _: httpx.Response(500, stream=body))
    async with _async_client(handler, provider) as client:
        response = await client.send(client.build_request("GET", URL), stream=True)
        assert exporter.get_finished_spans() == ()
        await response.aclose()
    span = _only_span(exporter)
    assert span.status.status_code is StatusCode.ERROR
    assert (span.attributes or {})["error.type"] == "500"


async def test_async_error_while_reading_body(
    provider: TracerProvider, exporter: InMemorySpanExporter
) -> None:
    body = AsyncChunkStream([b"partial"], fail_with=httpx.RemoteProtocolError("peer closed"))
    handler = Recorder(lambda _: httpx.Response(200, stream=body))
    async with _async_client(handler, provider) as client:
        async with client.stream("GET", URL) as response:
            with pytest.raises(httpx.RemoteProtocolError):
                await response.aread()
    span = _only_span(exporter)
    assert span.status.status_code is StatusCode.ERROR
    assert (span.attributes or {})["error.type"] == "httpx.RemoteProtocolError"


async def test_async_transport_exception_then_end_request_span(
    provider: TracerProvider, exporter: InMemorySpanExporter
) -> None:
    def refuse(_: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("refused")

    async with _async_client(Recorder(refuse), provider) as client:
        request = client.build_request("GET", URL)
        with pytest.raises(httpx.ConnectError) as info:
            await client.send(request)
        assert exporter.get_finished_spans() == ()
        end_request_span(request, info.value)
        end_request_span(request, info.value)
    span = _only_span(exporter)
    assert span.status.status_code is StatusCode.ERROR
    assert (span.attributes or {})["error.type"] == "httpx.ConnectError"


async def test_async_install_idempotent_and_uninstall(
    provider: TracerProvider, exporter: InMemorySpanExporter
) -> None:
    handler = Recorder()
    client = _async_client(handler, provider)
    instrument_httpx(client, tracer_provider=provider)
    assert len(client.event_hooks["request"]) == 1
    async with client:
        await client.get(URL)
        _only_span(exporter)
        uninstrument_httpx(client)
        await client.get(URL)
    assert len(exporter.get_finished_spans()) == 1
    assert "traceparent" not in handler.requests[1].headers


def test_an_ended_span_is_not_kept_by_the_request(exporter: InMemorySpanExporter) -> None:
    """httpx's request and response hold each other until the collector runs: the
    span they carry must be freed when it ends, not with them."""
    import weakref

    from opentelemetry.sdk.trace import SpanProcessor

    started: list[weakref.ref[object]] = []

    class Started(SpanProcessor):
        def on_start(self, span: object, parent_context: object = None) -> None:
            started.append(weakref.ref(span))

    provider = TracerProvider()
    provider.add_span_processor(Started())
    provider.add_span_processor(SimpleSpanProcessor(exporter))
    handler = Recorder()
    gc.collect()
    gc.disable()
    try:
        with _sync_client(handler, provider) as client:
            response = client.get(URL)
            assert response.status_code == 200
            _only_span(exporter)
            assert len(started) == 1
            assert started[0]() is None  # freed by its last reference, no collection ran
            assert response.request is handler.requests[0]  # while the request lives on
    finally:
        gc.enable()
