"""No state per call: after many traced calls nothing of them stays alive."""

from __future__ import annotations

import asyncio
import gc
from collections.abc import Iterator
from typing import Any

import pytest
import tracker_helpers as h
from opentelemetry.sdk.trace import Span as SdkSpan

from bud import _background
from bud._response_streaming import AsyncResponseStream, ResponseStream
from bud.observability import track_responses
from bud.observability._stream import AsyncTracedStream, StreamRecord, TracedStream

CALLS = 200
PER_CALL_TYPES = (
    StreamRecord,
    TracedStream,
    AsyncTracedStream,
    ResponseStream,
    AsyncResponseStream,
    SdkSpan,
)


@pytest.fixture(name="otel")
def _otel(monkeypatch: pytest.MonkeyPatch) -> Iterator[h.Otel]:
    yield from h.otel_env(monkeypatch)


def alive(*types: type) -> list[Any]:
    gc.collect()
    # what the collector's finalizers handed to the background thread has run, and the
    # garbage it leaves is gone too
    assert _background.flush()
    gc.collect()
    return [o for o in gc.get_objects() if isinstance(o, types)]


def assert_record_holds_nothing(stream: Any) -> None:
    record = stream.record
    assert record.ended
    assert record.span is None
    assert record.on_end is None
    assert record.terminal is None
    assert not [r for r in gc.get_referents(record) if isinstance(r, SdkSpan)]


def stream_gateway() -> h.Gateway:
    gateway = h.Gateway()
    gateway.create_both(h.response_body(), h.text_events("a", "b", "c"))
    return gateway


def counts(otel: h.Otel) -> dict[str, int]:
    names = otel.names()
    return {name: names.count(name) for name in set(names)}


def test_sync_calls_leave_nothing_alive(otel: h.Otel) -> None:
    gateway = stream_gateway()
    baseline = alive(*PER_CALL_TYPES)
    with h.sync_client(gateway) as client:
        track_responses(client)
        # the scan sees a live stream: the check below can fail
        held = client.responses.create(model="m", input="x", stream=True)
        assert held.record in alive(StreamRecord)
        held.close()
        del held

        kept: list[Any] = []
        for i in range(CALLS):
            kind = i % 5
            if kind == 0:
                client.responses.create(model="m", input="x")
                continue
            stream = client.responses.create(model="m", input="x", stream=True)
            if kind == 1:
                assert len(list(stream)) == 5
            elif kind == 2:
                for _ in stream:
                    break
            elif kind == 3:
                stream.close()
            # kind 4: dropped unread
            if i < 10 and kind != 4:
                kept.append(stream)
            del stream

        # finished streams still referenced by the caller keep no span
        assert kept
        for finished in kept:
            assert_record_holds_nothing(finished)
        del kept, finished

    assert counts(otel) == {"responses": 40, "responses.stream": 161, "POST": 201}
    gateway.requests.clear()  # the test's own record of requests (and their HTTP spans)
    gateway.bodies.clear()
    left = [o for o in alive(*PER_CALL_TYPES) if not any(o is b for b in baseline)]
    assert left == []


async def test_async_calls_leave_nothing_alive(otel: h.Otel) -> None:
    gateway = stream_gateway()
    baseline = alive(*PER_CALL_TYPES)
    async with h.async_client(gateway) as client:
        track_responses(client)
        held = await client.responses.create(model="m", input="x", stream=True)
        assert held.record in alive(StreamRecord)
        await held.aclose()
        del held

        kept: list[Any] = []
        for i in range(CALLS):
            kind = i % 5
            if kind == 0:
                await client.responses.create(model="m", input="x")
                continue
            stream = await client.responses.create(model="m", input="x", stream=True)
            if kind == 1:
                assert len([e async for e in stream]) == 5
            elif kind == 2:
                async for _ in stream:
                    break
            elif kind == 3:
                await stream.aclose()
            if i < 10 and kind != 4:
                kept.append(stream)
            del stream
        gc.collect()
        for _ in range(10):  # dropped async generators and responses close on the loop
            await asyncio.sleep(0)

        assert kept
        for finished in kept:
            assert_record_holds_nothing(finished)
        del kept, finished
        gc.collect()
        for _ in range(10):
            await asyncio.sleep(0)

    assert counts(otel) == {"responses": 40, "responses.stream": 161, "POST": 201}
    gateway.requests.clear()
    gateway.bodies.clear()
    for _ in range(3):  # each collection can hand more async generators to the loop to close
        gc.collect()
        for _ in range(10):
            await asyncio.sleep(0)
    left = [o for o in alive(*PER_CALL_TYPES) if not any(o is b for b in baseline)]
    assert left == []
