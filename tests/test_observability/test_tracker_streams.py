"""`responses.stream` spans on real streamed bodies: ended exactly once on every way out.

"Exactly once" is checked two ways: the exporter holds one `responses.stream`
span, and the OTel SDK never logs "Calling end() on an ended span" (what a
second `end()` produces). No test may log "Failed to detach context".
"""

from __future__ import annotations

import asyncio
import gc
import logging
from collections.abc import Iterator
from typing import Any

import pytest
import tracker_helpers as h
from opentelemetry import trace
from opentelemetry.trace import StatusCode

from bud.exceptions import IncompleteStreamError
from bud.observability import track_responses
from bud.observability._stream import AsyncTracedStream, TracedStream

STREAM = "responses.stream"


@pytest.fixture(name="otel")
def _otel(monkeypatch: pytest.MonkeyPatch) -> Iterator[h.Otel]:
    yield from h.otel_env(monkeypatch)


@pytest.fixture(autouse=True)
def _otel_logs_clean(caplog: pytest.LogCaptureFixture) -> Iterator[None]:
    caplog.set_level(logging.WARNING, logger="opentelemetry")
    yield
    bad = [
        r.getMessage()
        for r in caplog.records
        if "ended span" in r.getMessage() or "Failed to detach context" in r.getMessage()
    ]
    assert bad == []


@pytest.fixture
def gateway() -> h.Gateway:
    return h.Gateway()


@pytest.fixture
def sync_client(gateway: h.Gateway) -> Iterator[Any]:
    with h.sync_client(gateway) as c:
        yield track_responses(c)


@pytest.fixture
async def async_client(gateway: h.Gateway) -> Any:
    async with h.async_client(gateway) as c:
        yield track_responses(c)


EVENTS = h.text_events("Hel", "lo", " wor", "ld")  # 6 events: created, 4 deltas, completed


def stream_span(otel: h.Otel) -> Any:
    """The one `responses.stream` span (fails if there are none or several)."""
    return otel.one(STREAM)


def assert_not_ended(otel: h.Otel) -> None:
    assert otel.spans(STREAM) == []


def assert_completed_ok(otel: h.Otel, chunks: int) -> dict[str, Any]:
    span = stream_span(otel)
    assert span.status.status_code is StatusCode.OK
    attrs = dict(span.attributes or {})
    assert attrs["bud.inference.chunks"] == chunks
    assert attrs["bud.inference.stream_completed"] is True
    assert attrs["gen_ai.usage.input_tokens"] == 42
    assert attrs["gen_ai.usage.output_tokens"] == 17
    assert attrs["gen_ai.response.id"] == "resp_trk_stream"
    return attrs


def assert_stopped_early(otel: h.Otel, chunks: int) -> dict[str, Any]:
    span = stream_span(otel)
    assert span.status.status_code is not StatusCode.ERROR
    attrs = dict(span.attributes or {})
    assert attrs["bud.inference.chunks"] == chunks
    assert attrs["bud.inference.stream_completed"] is False
    assert "error.type" not in attrs
    return attrs


def create_sync(client: Any) -> Any:
    return client.responses.create(model="gpt-4.1", input="hi", stream=True)


async def create_async(client: Any) -> Any:
    return await client.responses.create(model="gpt-4.1", input="hi", stream=True)


# --------------------------------------------------------------------------- sync


class TestSyncStreams:
    def test_full_iteration(self, otel: h.Otel, gateway: h.Gateway, sync_client: Any) -> None:
        gateway.create_stream(EVENTS, done=True)
        stream = create_sync(sync_client)
        assert isinstance(stream, TracedStream)
        assert_not_ended(otel)  # nothing ends before the caller reads

        events = list(stream)

        assert [e.type for e in events][-1] == "response.completed"
        assert len(events) == 6
        attrs = assert_completed_ok(otel, chunks=6)
        assert attrs["bud.inference.stream"] is True
        assert attrs["gen_ai.request.stream"] is True
        assert attrs["bud.inference.ttft_ms"] >= 0
        assert attrs["gen_ai.response.time_to_first_chunk"] >= 0
        assert attrs["bud.inference.ttft_ms"] == pytest.approx(
            attrs["gen_ai.response.time_to_first_chunk"] * 1000
        )
        assert tuple(attrs["gen_ai.response.finish_reasons"]) == ("stop",)
        assert gateway.bodies[0].closed
        assert otel.one("POST").parent.span_id == stream_span(otel).context.span_id

    def test_terminal_event_ends_span_before_loop_ends(
        self, otel: h.Otel, gateway: h.Gateway, sync_client: Any
    ) -> None:
        gateway.create_stream(EVENTS)
        stream = create_sync(sync_client)
        for event in stream:
            if event.type == "response.completed":
                assert len(otel.spans(STREAM)) == 1  # ended at the terminal event
                break
        assert_completed_ok(otel, chunks=6)

    def test_break_before_terminal(
        self, otel: h.Otel, gateway: h.Gateway, sync_client: Any
    ) -> None:
        gateway.create_stream(EVENTS)
        stream = create_sync(sync_client)
        for read, _ in enumerate(stream, 1):
            if read == 3:
                break
        # no close(), no gc: the break alone ends it
        assert_stopped_early(otel, chunks=3)
        stream.close()
        assert len(otel.spans(STREAM)) == 1

    def test_close_before_iteration(
        self, otel: h.Otel, gateway: h.Gateway, sync_client: Any
    ) -> None:
        gateway.create_stream(EVENTS)
        stream = create_sync(sync_client)
        stream.close()
        assert_stopped_early(otel, chunks=0)
        assert gateway.bodies[0].closed
        assert len(otel.spans("POST")) == 1
        assert list(stream) == []
        stream.close()
        assert len(otel.spans(STREAM)) == 1

    def test_close_during_iteration(
        self, otel: h.Otel, gateway: h.Gateway, sync_client: Any
    ) -> None:
        gateway.create_stream(EVENTS)
        stream = create_sync(sync_client)
        seen = []
        for event in stream:
            seen.append(event)
            if len(seen) == 2:
                stream.close()
                assert len(otel.spans(STREAM)) == 1
        assert len(seen) == 2  # closing stops the loop
        assert_stopped_early(otel, chunks=2)
        assert gateway.bodies[0].closed

    def test_with_exit(self, otel: h.Otel, gateway: h.Gateway, sync_client: Any) -> None:
        gateway.create_stream(EVENTS)
        with create_sync(sync_client) as stream:
            iterator = iter(stream)
            next(iterator)
            assert_not_ended(otel)
        assert_stopped_early(otel, chunks=1)
        assert gateway.bodies[0].closed
        del iterator
        assert len(otel.spans(STREAM)) == 1

    def test_with_exit_after_full_read(
        self, otel: h.Otel, gateway: h.Gateway, sync_client: Any
    ) -> None:
        gateway.create_stream(EVENTS)
        with create_sync(sync_client) as stream:
            assert len(list(stream)) == 6
        assert_completed_ok(otel, chunks=6)

    def test_consumer_exception_inside_with_is_recorded(
        self, otel: h.Otel, gateway: h.Gateway, sync_client: Any
    ) -> None:
        gateway.create_stream(EVENTS)
        with pytest.raises(KeyError, match="consumer-bug"):
            with create_sync(sync_client) as stream:
                for _ in stream:
                    raise KeyError("consumer-bug")
        span = stream_span(otel)
        assert span.status.status_code is StatusCode.ERROR
        assert span.attributes["bud.inference.stream_completed"] is False
        assert [e.attributes["exception.type"] for e in span.events] == ["KeyError"]
        assert gateway.bodies[0].closed

    def test_break_inside_with(self, otel: h.Otel, gateway: h.Gateway, sync_client: Any) -> None:
        gateway.create_stream(EVENTS)
        with create_sync(sync_client) as stream:
            for _ in stream:
                break
        assert_stopped_early(otel, chunks=1)
        assert gateway.bodies[0].closed

    def test_consumer_exception_after_terminal_event_is_not_the_calls_error(
        self, otel: h.Otel, gateway: h.Gateway, sync_client: Any
    ) -> None:
        gateway.create_stream(EVENTS)
        with pytest.raises(KeyError):
            with create_sync(sync_client) as stream:
                for event in stream:
                    if event.type == "response.completed":
                        raise KeyError("after the end")
        assert_completed_ok(otel, chunks=6)
        assert stream_span(otel).events == ()

    def test_cut_stream_is_an_error(
        self, otel: h.Otel, gateway: h.Gateway, sync_client: Any
    ) -> None:
        gateway.create_stream(EVENTS[:3])  # created + 2 deltas, then the body ends
        stream = create_sync(sync_client)
        seen: list[Any] = []
        with pytest.raises(IncompleteStreamError):
            for event in stream:
                seen.append(event)
        assert len(seen) == 3  # everything that arrived was yielded first
        span = stream_span(otel)
        assert span.status.status_code is StatusCode.ERROR
        attrs = dict(span.attributes or {})
        assert attrs["bud.inference.stream_completed"] is False
        assert attrs["bud.inference.chunks"] == 3
        assert "IncompleteStreamError" in attrs["error.type"]
        assert tuple(attrs["gen_ai.response.finish_reasons"]) == ("error",)
        assert any(e.name == "exception" for e in span.events)

    def test_response_failed_event(
        self, otel: h.Otel, gateway: h.Gateway, sync_client: Any
    ) -> None:
        failed = h.ev_terminal(
            "response.failed",
            2,
            id="resp_trk_stream",
            status="failed",
            error={"code": "server_error", "message": "upstream died"},
            output=[],
        )
        gateway.create_stream([h.ev_created(), h.ev_delta("x", 1), failed])
        events = list(create_sync(sync_client))
        assert events[-1].type == "response.failed"
        span = stream_span(otel)
        assert span.status.status_code is StatusCode.ERROR
        attrs = dict(span.attributes or {})
        assert attrs["error.type"] == "server_error"
        assert attrs["bud.inference.stream_completed"] is True
        assert attrs["gen_ai.response.status"] == "failed"
        assert attrs["bud.inference.chunks"] == 3

    def test_error_event(self, otel: h.Otel, gateway: h.Gateway, sync_client: Any) -> None:
        gateway.create_stream([h.ev_created(), h.ev_error("rate_limit_exceeded", "slow down", 1)])
        events = list(create_sync(sync_client))
        assert [e.type for e in events] == ["response.created", "error"]
        span = stream_span(otel)
        assert span.status.status_code is StatusCode.ERROR
        assert span.attributes["error.type"] == "rate_limit_exceeded"
        assert span.attributes["bud.inference.stream_completed"] is True

    def test_dropped_without_iterating(
        self, otel: h.Otel, gateway: h.Gateway, sync_client: Any
    ) -> None:
        gateway.create_stream(EVENTS)
        stream = create_sync(sync_client)
        assert_not_ended(otel)
        del stream
        gc.collect()
        assert_stopped_early(otel, chunks=0)
        assert gateway.bodies[0].closed
        assert len(otel.spans("POST")) == 1

    def test_dropped_after_partial_iteration(
        self, otel: h.Otel, gateway: h.Gateway, sync_client: Any
    ) -> None:
        gateway.create_stream(EVENTS)
        stream = create_sync(sync_client)
        iterator = iter(stream)
        next(iterator)
        next(iterator)
        assert_not_ended(otel)
        del iterator, stream
        gc.collect()
        assert_stopped_early(otel, chunks=2)
        assert gateway.bodies[0].closed
        assert len(otel.spans("POST")) == 1

    def test_span_is_not_current_in_loop_body(
        self, otel: h.Otel, gateway: h.Gateway, sync_client: Any
    ) -> None:
        gateway.create_stream(EVENTS)
        outer_tracer = otel.tp.get_tracer("user")
        seen: list[Any] = []
        with outer_tracer.start_as_current_span("outer") as outer:
            for _ in create_sync(sync_client):
                seen.append(trace.get_current_span())
        assert seen and all(span is outer for span in seen)
        # and with no outer span, nothing is current
        gateway.create_stream(EVENTS)
        for _ in create_sync(sync_client):
            assert not trace.get_current_span().get_span_context().is_valid
        assert len(otel.spans(STREAM)) == 2

    def test_http_span_ends_when_body_closes(
        self, otel: h.Otel, gateway: h.Gateway, sync_client: Any
    ) -> None:
        gateway.create_stream(EVENTS)
        stream = create_sync(sync_client)
        events = iter(stream)  # held: dropping the iterator would close the stream
        next(events)
        assert otel.spans("POST") == []
        assert not gateway.bodies[0].closed
        stream.close()
        assert gateway.bodies[0].closed
        http = otel.one("POST")
        assert http.parent.span_id == stream_span(otel).context.span_id


# --------------------------------------------------------------------------- async


async def settle() -> None:
    for _ in range(5):
        await asyncio.sleep(0)


class TestAsyncStreams:
    async def test_full_iteration(
        self, otel: h.Otel, gateway: h.Gateway, async_client: Any
    ) -> None:
        gateway.create_stream(EVENTS, done=True)
        stream = await create_async(async_client)
        assert isinstance(stream, AsyncTracedStream)
        assert_not_ended(otel)

        events = [event async for event in stream]

        assert len(events) == 6
        attrs = assert_completed_ok(otel, chunks=6)
        assert attrs["bud.inference.ttft_ms"] >= 0
        assert attrs["gen_ai.response.time_to_first_chunk"] >= 0
        assert gateway.bodies[0].closed
        assert otel.one("POST").parent.span_id == stream_span(otel).context.span_id

    async def test_terminal_event_then_break(
        self, otel: h.Otel, gateway: h.Gateway, async_client: Any
    ) -> None:
        gateway.create_stream(EVENTS)
        stream = await create_async(async_client)
        async for event in stream:
            if event.type == "response.completed":
                assert len(otel.spans(STREAM)) == 1
                break
        await settle()
        assert_completed_ok(otel, chunks=6)

    async def test_break_before_terminal(
        self, otel: h.Otel, gateway: h.Gateway, async_client: Any
    ) -> None:
        gateway.create_stream(EVENTS)
        stream = await create_async(async_client)
        read = 0
        async for _ in stream:
            read += 1
            if read == 3:
                break
        await settle()  # the dropped async generator is closed by the loop
        assert_stopped_early(otel, chunks=3)
        await stream.aclose()
        assert len(otel.spans(STREAM)) == 1

    async def test_aclose_before_iteration(
        self, otel: h.Otel, gateway: h.Gateway, async_client: Any
    ) -> None:
        gateway.create_stream(EVENTS)
        stream = await create_async(async_client)
        await stream.aclose()
        assert_stopped_early(otel, chunks=0)
        assert gateway.bodies[0].closed
        assert len(otel.spans("POST")) == 1
        assert [e async for e in stream] == []
        await stream.aclose()
        assert len(otel.spans(STREAM)) == 1

    async def test_aclose_during_iteration(
        self, otel: h.Otel, gateway: h.Gateway, async_client: Any
    ) -> None:
        gateway.create_stream(EVENTS)
        stream = await create_async(async_client)
        seen = []
        async for event in stream:
            seen.append(event)
            if len(seen) == 2:
                await stream.aclose()
                assert len(otel.spans(STREAM)) == 1
        assert len(seen) == 2
        assert_stopped_early(otel, chunks=2)
        assert gateway.bodies[0].closed

    async def test_async_with_exit(
        self, otel: h.Otel, gateway: h.Gateway, async_client: Any
    ) -> None:
        gateway.create_stream(EVENTS)
        async with await create_async(async_client) as stream:
            iterator = stream.__aiter__()
            await iterator.__anext__()
            assert_not_ended(otel)
        assert_stopped_early(otel, chunks=1)
        assert gateway.bodies[0].closed
        await iterator.aclose()
        assert len(otel.spans(STREAM)) == 1

    async def test_consumer_exception_inside_async_with_is_recorded(
        self, otel: h.Otel, gateway: h.Gateway, async_client: Any
    ) -> None:
        gateway.create_stream(EVENTS)
        with pytest.raises(KeyError, match="consumer-bug"):
            async with await create_async(async_client) as stream:
                async for _ in stream:
                    raise KeyError("consumer-bug")
        await settle()
        span = stream_span(otel)
        assert span.status.status_code is StatusCode.ERROR
        assert span.attributes["bud.inference.stream_completed"] is False
        assert [e.attributes["exception.type"] for e in span.events] == ["KeyError"]
        assert gateway.bodies[0].closed

    async def test_break_inside_async_with(
        self, otel: h.Otel, gateway: h.Gateway, async_client: Any
    ) -> None:
        gateway.create_stream(EVENTS)
        async with await create_async(async_client) as stream:
            async for _ in stream:
                break
        await settle()
        assert_stopped_early(otel, chunks=1)
        assert gateway.bodies[0].closed

    async def test_task_cancelled_inside_async_with(
        self, otel: h.Otel, gateway: h.Gateway, async_client: Any
    ) -> None:
        gateway.create_stream(EVENTS, hang_after=3)
        stream = await create_async(async_client)

        async def consume() -> None:
            async with stream:
                async for _ in stream:
                    pass

        task = asyncio.create_task(consume())
        hanging = gateway.bodies[0].hanging
        assert hanging is not None
        await hanging.wait()
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
        await settle()
        assert_stopped_early(otel, chunks=3)
        assert stream_span(otel).events == ()
        assert gateway.bodies[0].closed

    async def test_cut_stream_is_an_error(
        self, otel: h.Otel, gateway: h.Gateway, async_client: Any
    ) -> None:
        gateway.create_stream(EVENTS[:3])
        stream = await create_async(async_client)
        seen: list[Any] = []
        with pytest.raises(IncompleteStreamError):
            async for event in stream:
                seen.append(event)
        assert len(seen) == 3
        span = stream_span(otel)
        assert span.status.status_code is StatusCode.ERROR
        attrs = dict(span.attributes or {})
        assert attrs["bud.inference.stream_completed"] is False
        assert attrs["bud.inference.chunks"] == 3
        assert "IncompleteStreamError" in attrs["error.type"]

    async def test_response_failed_event(
        self, otel: h.Otel, gateway: h.Gateway, async_client: Any
    ) -> None:
        failed = h.ev_terminal(
            "response.failed",
            1,
            id="resp_trk_stream",
            status="failed",
            error={"code": "server_error", "message": "upstream died"},
            output=[],
        )
        gateway.create_stream([h.ev_created(), failed])
        events = [e async for e in await create_async(async_client)]
        assert events[-1].type == "response.failed"
        span = stream_span(otel)
        assert span.status.status_code is StatusCode.ERROR
        assert span.attributes["error.type"] == "server_error"
        assert span.attributes["bud.inference.stream_completed"] is True

    async def test_error_event(self, otel: h.Otel, gateway: h.Gateway, async_client: Any) -> None:
        gateway.create_stream([h.ev_created(), h.ev_error("rate_limit_exceeded", "slow down", 1)])
        events = [e async for e in await create_async(async_client)]
        assert events[-1].type == "error"
        span = stream_span(otel)
        assert span.status.status_code is StatusCode.ERROR
        assert span.attributes["error.type"] == "rate_limit_exceeded"
        assert span.attributes["bud.inference.stream_completed"] is True

    async def test_task_cancelled_mid_stream(
        self, otel: h.Otel, gateway: h.Gateway, async_client: Any
    ) -> None:
        gateway.create_stream(EVENTS, hang_after=2)  # the gateway goes quiet after 2 events
        stream = await create_async(async_client)
        seen: list[Any] = []

        async def consume() -> None:
            async for event in stream:
                seen.append(event)

        task = asyncio.create_task(consume())
        hanging = gateway.bodies[0].hanging
        assert hanging is not None
        await hanging.wait()
        await settle()
        assert_not_ended(otel)
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
        assert len(seen) == 2
        assert_stopped_early(otel, chunks=2)
        assert stream_span(otel).events == ()  # cancellation is not recorded as a failure
        assert gateway.bodies[0].closed

    async def test_dropped_without_iterating(
        self, otel: h.Otel, gateway: h.Gateway, async_client: Any
    ) -> None:
        gateway.create_stream(EVENTS)
        stream = await create_async(async_client)
        del stream
        gc.collect()
        await settle()
        assert_stopped_early(otel, chunks=0)
        assert gateway.bodies[0].closed
        assert len(otel.spans("POST")) == 1

    async def test_dropped_after_partial_iteration(
        self, otel: h.Otel, gateway: h.Gateway, async_client: Any
    ) -> None:
        gateway.create_stream(EVENTS)
        stream = await create_async(async_client)
        iterator = stream.__aiter__()
        await iterator.__anext__()
        await iterator.__anext__()
        assert_not_ended(otel)
        del iterator, stream
        gc.collect()
        await settle()
        assert_stopped_early(otel, chunks=2)
        assert gateway.bodies[0].closed
        assert len(otel.spans("POST")) == 1

    async def test_span_is_not_current_in_loop_body(
        self, otel: h.Otel, gateway: h.Gateway, async_client: Any
    ) -> None:
        gateway.create_stream(EVENTS)
        seen: list[Any] = []
        with otel.tp.get_tracer("user").start_as_current_span("outer") as outer:
            async for _ in await create_async(async_client):
                seen.append(trace.get_current_span())
        assert seen and all(span is outer for span in seen)
        gateway.create_stream(EVENTS)
        async for _ in await create_async(async_client):
            assert not trace.get_current_span().get_span_context().is_valid
        assert len(otel.spans(STREAM)) == 2

    async def test_http_span_ends_when_body_closes(
        self, otel: h.Otel, gateway: h.Gateway, async_client: Any
    ) -> None:
        gateway.create_stream(EVENTS)
        stream = await create_async(async_client)
        iterator = stream.__aiter__()
        await iterator.__anext__()
        assert otel.spans("POST") == []
        assert not gateway.bodies[0].closed
        await stream.aclose()
        assert gateway.bodies[0].closed
        assert otel.one("POST").parent.span_id == stream_span(otel).context.span_id
        await iterator.aclose()
        assert len(otel.spans(STREAM)) == 1

    async def test_concurrent_streams_each_end_once(
        self, otel: h.Otel, gateway: h.Gateway, async_client: Any
    ) -> None:
        gateway.create_stream(EVENTS)

        async def one(stop_at: int | None) -> int:
            stream = await create_async(async_client)
            read = 0
            async for _ in stream:
                read += 1
                if read == stop_at:
                    break
            await stream.aclose()
            return read

        reads = await asyncio.gather(*(one(None if i % 2 else 2) for i in range(20)))
        assert sorted(set(reads)) == [2, 6]
        spans = otel.spans(STREAM)
        assert len(spans) == 20
        assert sorted(s.attributes["bud.inference.chunks"] for s in spans) == sorted(reads)
        assert len({s.context.span_id for s in spans}) == 20
