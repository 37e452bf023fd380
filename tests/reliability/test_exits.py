"""Every way out of a stream gives its connection back and ends its spans exactly once.

Real `BudClient` / `AsyncBudClient` over loopback sockets to `LocalServer`.
A way out is an exit kind plus the number of events read before it. The
server either writes the whole stream at once ("whole") or holds the
connection open after some events ("stalled"), so leaving early really cuts a
body that is still arriving.

Checked after each exit: the events read are the stream's first ones, in
order; nothing is checked out of the httpx pool (no ACTIVE connection, no
request holding one); with `track_responses` on, one `responses.stream` span
and one `POST` span were started and ended (a `SpanCounter` counts `on_start`
and `on_end`; a second `end()` would log "Calling end() on an ended span",
which the autouse guard rejects, as it rejects "Failed to detach context").
"""

from __future__ import annotations

import asyncio
import gc
import random
from collections import Counter
from dataclasses import dataclass
from typing import Any

import pytest
from opentelemetry.trace import StatusCode

from bud import AsyncBudClient, BudClient
from bud.observability import track_responses
from bud.testing import Delay, LocalServer, Reply, Stall, TextReply

from .conftest import (
    API_KEY,
    HTTP_SPAN,
    STREAM_SPAN,
    SecretGuard,
    Telemetry,
    async_client,
    checked_out,
    settle,
    sync_client,
)

DELTAS = 5
REPLY = TextReply.with_deltas(DELTAS)
EXPECTED_TYPES = [
    "response.created",
    "response.in_progress",
    "response.output_item.added",
    "response.content_part.added",
    *["response.output_text.delta"] * DELTAS,
    "response.output_text.done",
    "response.content_part.done",
    "response.output_item.done",
    "response.completed",
]
TOTAL = len(EXPECTED_TYPES)  # 13: TextReply has n_deltas + 8 events
PARAMS: dict[str, Any] = {"model": "bud-rel-model", "input": "Say something"}


class Boom(Exception):
    """The consumer's own failure."""


# ways out; "unread" exits read nothing, "full" reads everything
SYNC_EXITS = ("full", "break", "close", "with", "raise", "raise_in_with", "drop",
              "drop_unread", "close_unread", "manager_break", "manager_raise")  # fmt: skip
ASYNC_EXITS = ("full", "break", "aclose", "with", "raise", "raise_in_with", "drop",
               "drop_unread", "close_unread", "manager_break", "manager_raise",
               "cancel_in_body", "cancel_in_read", "cancel_before_headers")  # fmt: skip
UNREAD = frozenset({"drop_unread", "close_unread", "cancel_before_headers"})
# a consumer exception the tracer is told about (inside `with`) fails the span
RAISES_INTO_SPAN = frozenset({"raise_in_with", "manager_raise"})


@dataclass(frozen=True)
class Way:
    kind: str
    read: int  # events read before leaving (TOTAL for "full", 0 for unread kinds)
    stall_at: int | None  # None: the server writes the whole stream at once

    def reply(self) -> Reply:
        if self.kind == "cancel_before_headers":
            return Delay(REPLY, before_headers=3600.0)  # the server never answers
        if self.stall_at is None:
            return REPLY
        return Stall(REPLY, after=self.stall_at)

    @property
    def completed(self) -> bool:
        """The terminal event was read before leaving."""
        return self.read >= TOTAL


# --------------------------------------------------------------------------- reading


def _create_sync(client: BudClient) -> Any:
    return client.responses.create(stream=True, **PARAMS)


def leave_sync(client: BudClient, way: Way, got: list[Any]) -> None:
    """Read `way.read` events of a new stream, then leave it `way.kind`'s way."""
    kind, k = way.kind, way.read

    def take(events: Any) -> None:
        for event in events:
            got.append(event)
            if len(got) >= k:
                if kind in ("raise", "raise_in_with", "manager_raise"):
                    raise Boom
                break

    if kind.startswith("manager"):
        with client.responses.stream(**PARAMS) as helper:
            take(helper)
        return
    stream = _create_sync(client)
    if kind == "full":
        got.extend(stream)
    elif kind in ("break", "raise"):
        take(stream)
    elif kind in ("with", "raise_in_with"):
        with stream:
            take(stream)
    elif kind == "close":
        iterator = iter(stream)
        got.extend(next(iterator) for _ in range(k))
        stream.close()
    elif kind == "close_unread":
        stream.close()
    elif kind == "drop":
        iterator = iter(stream)
        got.extend(next(iterator) for _ in range(k))
        del iterator, stream
        gc.collect()
    elif kind == "drop_unread":
        del stream
        gc.collect()
    else:
        raise AssertionError(kind)


async def leave_async(
    client: AsyncBudClient, way: Way, got: list[Any], server: LocalServer
) -> None:
    kind, k = way.kind, way.read

    async def take(events: Any) -> None:
        async for event in events:
            got.append(event)
            if len(got) >= k:
                if kind in ("raise", "raise_in_with", "manager_raise"):
                    raise Boom
                break

    if kind.startswith("manager"):
        async with client.responses.stream(**PARAMS) as helper:
            await take(helper)
        return
    if kind.startswith("cancel"):
        await _cancel(client, way, got, server)
        return
    stream = await client.responses.create(stream=True, **PARAMS)
    if kind == "full":
        got.extend([event async for event in stream])
    elif kind in ("break", "raise"):
        await take(stream)
    elif kind in ("with", "raise_in_with"):
        async with stream:
            await take(stream)
    elif kind == "aclose":
        iterator = aiter(stream)
        for _ in range(k):
            got.append(await anext(iterator))
        await stream.aclose()
    elif kind == "close_unread":
        await stream.aclose()
    elif kind == "drop":
        iterator = aiter(stream)
        for _ in range(k):
            got.append(await anext(iterator))
        del iterator, stream
        gc.collect()
    elif kind == "drop_unread":
        del stream
        gc.collect()
    else:
        raise AssertionError(kind)


async def _cancel(client: AsyncBudClient, way: Way, got: list[Any], server: LocalServer) -> None:
    """Cancel the consuming task: in the loop body, waiting for the next event of a
    stalled stream, or waiting for the response headers."""
    reached = asyncio.Event()

    async def consume() -> None:
        if way.kind == "cancel_before_headers":
            reached.set()
            await client.responses.create(stream=True, **PARAMS)
            raise AssertionError("the server never answers")
        stream = await client.responses.create(stream=True, **PARAMS)
        async for event in stream:
            got.append(event)
            if len(got) >= way.read:
                reached.set()
                if way.kind == "cancel_in_body":
                    await asyncio.Event().wait()
        raise AssertionError("a stalled stream cannot end")

    task = asyncio.create_task(consume())
    await reached.wait()
    if way.kind == "cancel_before_headers":
        # until the server took the request (and the delayed reply): cancel it unanswered
        for _ in range(10_000):
            if not server.queued:
                break
            await asyncio.sleep(0.001)
        assert server.queued == 0
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task


# --------------------------------------------------------------------------- checks


def check_events(way: Way, got: list[Any]) -> list[str]:
    expected = 0 if way.kind in UNREAD else way.read
    problems = []
    if len(got) != expected:
        problems.append(f"{way}: read {len(got)} events, expected {expected}")
    if [e.type for e in got] != EXPECTED_TYPES[: len(got)]:
        problems.append(f"{way}: wrong events {[e.type for e in got]}")
    if [e.sequence_number for e in got] != list(range(len(got))):
        problems.append(f"{way}: sequence numbers {[e.sequence_number for e in got]}")
    return problems


def check_stream_span(telemetry: Telemetry, way: Way) -> None:
    attrs = telemetry.attrs(STREAM_SPAN)
    span = telemetry.one(STREAM_SPAN)
    if way.kind == "cancel_before_headers":
        return  # no stream yet: the create call itself was cancelled
    assert attrs["bud.inference.chunks"] == (0 if way.kind in UNREAD else way.read)
    assert attrs["bud.inference.stream_completed"] is way.completed
    if way.completed:
        assert span.status.status_code is StatusCode.OK
    elif way.kind in RAISES_INTO_SPAN:
        assert span.status.status_code is StatusCode.ERROR
        assert str(attrs["error.type"]).endswith(".Boom")
    else:  # leaving early is the caller's choice, not a failure
        assert span.status.status_code is StatusCode.UNSET, span.status


def random_way(kinds: tuple[str, ...], rng: random.Random) -> Way:
    """A random way out: kind, events read, and whether the server stalls past them."""
    kind = rng.choice(kinds)
    if kind in UNREAD:
        stall = rng.choice([None, 0, rng.randrange(1, TOTAL)])
        return Way(kind, 0, stall)
    if kind == "full":
        return Way(kind, TOTAL, None)
    if kind == "cancel_in_read":
        k = rng.randrange(1, TOTAL)
        return Way(kind, k, k)  # the stall is right after the last event read
    if kind == "cancel_in_body":
        k = rng.randrange(1, TOTAL + 1)
        return Way(kind, k, rng.choice([None, k]) if k < TOTAL else None)
    k = rng.randrange(1, TOTAL + 1)
    stall = None if k == TOTAL or rng.random() < 0.5 else rng.randrange(k, TOTAL)
    return Way(kind, k, stall)


async def run_way(client: Any, server: LocalServer, way: Way) -> list[Any]:
    """Script the server for *way*, leave a stream that way; the events read."""
    server.enqueue(way.reply())
    got: list[Any] = []
    try:
        if isinstance(client, AsyncBudClient):
            await leave_async(client, way, got, server)
        else:
            leave_sync(client, way, got)
    except Boom:
        assert way.kind in ("raise", "raise_in_with", "manager_raise")
    else:
        assert way.kind not in ("raise", "raise_in_with", "manager_raise") or way.completed
    return got


# --------------------------------------------------------------------------- one at a time


def _mid(kind: str, stalled: bool) -> Way:
    if kind in UNREAD:
        return Way(kind, 0, 2 if stalled else None)
    if kind == "full":
        return Way(kind, TOTAL, None)
    if kind == "cancel_in_read":
        return Way(kind, 4, 4)
    return Way(kind, 4, 6 if stalled else None)


SYNC_CASES = [
    pytest.param(_mid(k, s), id=f"{k}-{'stalled' if s else 'whole'}")
    for k in SYNC_EXITS
    for s in (False, True)
    if not (k == "full" and s)
]
ASYNC_CASES = [
    pytest.param(
        _mid(k, s), id=k if k == "cancel_before_headers" else f"{k}-{'stalled' if s else 'whole'}"
    )
    for k in ASYNC_EXITS
    for s in (False, True)
    if not (k == "full" and s) and not (k in ("cancel_in_read", "cancel_before_headers") and not s)
]


@pytest.mark.parametrize("tracked", [False, True], ids=["plain", "tracked"])
@pytest.mark.parametrize("way", SYNC_CASES)
async def test_sync_exit_returns_the_connection_and_ends_spans_once(
    server: LocalServer, telemetry: Telemetry, way: Way, tracked: bool
) -> None:
    with sync_client(server) as client:
        if tracked:
            track_responses(client)
        got = await run_way(client, server, way)
        assert check_events(way, got) == []
        assert checked_out(client) == []
        if way.kind == "full":
            assert len(client._http._transport._pool.connections) == 1  # kept alive
    assert telemetry.counter.unended() == {}
    assert telemetry.counter.started[HTTP_SPAN] == telemetry.counter.ended[HTTP_SPAN] == 1
    assert len(telemetry.spans(HTTP_SPAN)) == 1
    if tracked:
        assert telemetry.counter.started[STREAM_SPAN] == 1
        check_stream_span(telemetry, way)
    else:
        assert telemetry.spans(STREAM_SPAN) == []


@pytest.mark.parametrize("tracked", [False, True], ids=["plain", "tracked"])
@pytest.mark.parametrize("way", ASYNC_CASES)
async def test_async_exit_returns_the_connection_and_ends_spans_once(
    server: LocalServer, telemetry: Telemetry, way: Way, tracked: bool
) -> None:
    async with async_client(server) as client:
        if tracked:
            track_responses(client)
        got = await run_way(client, server, way)
        assert check_events(way, got) == []
        assert await settle(client) == []
        if way.kind == "full":
            assert len(client._http._transport._pool.connections) == 1
    assert telemetry.counter.unended() == {}
    assert telemetry.counter.started[HTTP_SPAN] == telemetry.counter.ended[HTTP_SPAN] == 1
    assert len(telemetry.spans(HTTP_SPAN)) == 1
    if tracked:
        assert telemetry.counter.started[STREAM_SPAN] == 1
        check_stream_span(telemetry, way)
    else:
        assert telemetry.spans(STREAM_SPAN) == []


async def test_full_reads_reuse_one_connection_per_client(
    server: LocalServer, telemetry: Telemetry
) -> None:
    """A stream read to its end hands its connection back for the next request."""
    with sync_client(server) as sync:
        async with async_client(server) as asyn:
            track_responses(sync)
            track_responses(asyn)
            for client in (sync, asyn) * 5:
                got = await run_way(client, server, Way("full", TOTAL, None))
                assert check_events(Way("full", TOTAL, None), got) == []
            assert checked_out(sync) == checked_out(asyn) == []
    assert server.connection_count == 2
    spans = telemetry.spans(STREAM_SPAN)
    assert len(spans) == 10
    assert all(s.status.status_code is StatusCode.OK for s in spans)


# --------------------------------------------------------------------------- next()


async def test_next_reads_a_tracked_sync_stream_as_it_reads_an_untracked_one(
    server: LocalServer, telemetry: Telemetry
) -> None:
    """`next(stream)` keeps its iterator (documented on ResponseStream); turning
    tracing on must not change what the caller's code can do with the stream."""
    results: dict[str, list[str]] = {}
    for tracked in (False, True):
        with sync_client(server) as client:
            if tracked:
                track_responses(client)
            server.enqueue(REPLY)
            stream = _create_sync(client)
            first = [next(stream).type, next(stream).type]  # type: ignore[call-overload]
            rest = [e.type for e in stream]
            results["tracked" if tracked else "plain"] = first + rest
            assert checked_out(client) == []
    assert results["plain"] == EXPECTED_TYPES
    assert results["tracked"] == EXPECTED_TYPES


async def test_anext_reads_a_tracked_async_stream_as_it_reads_an_untracked_one(
    server: LocalServer, telemetry: Telemetry
) -> None:
    results: dict[str, list[str]] = {}
    for tracked in (False, True):
        async with async_client(server) as client:
            if tracked:
                track_responses(client)
            server.enqueue(REPLY)
            stream = await client.responses.create(stream=True, **PARAMS)
            first = [(await anext(stream)).type, (await anext(stream)).type]
            rest = [e.type async for e in stream]
            results["tracked" if tracked else "plain"] = first + rest
            assert await settle(client) == []
    assert results["plain"] == EXPECTED_TYPES
    assert results["tracked"] == EXPECTED_TYPES


# --------------------------------------------------------------------------- randomized


STREAMS = 2_000
SEED = 20_261_106
CHECK_EVERY = 250


async def test_randomized_exits_leak_nothing(
    telemetry: Telemetry,
    secret_guard: SecretGuard,
    caplog: pytest.LogCaptureFixture,
) -> None:
    """2,000 streams, sync and async mixed, each left a random way at a random point.

    Totals: no connection left checked out, one `responses.stream` and one `POST`
    span per stream, every started span ended, and no log line "Failed to detach
    context" or "Calling end() on an ended span".
    """
    rng = random.Random(SEED)
    problems: list[str] = []
    kinds: Counter[str] = Counter()
    exported: Counter[str] = Counter()
    # What exists before the run is frozen out of the collector's way, so each
    # gc.collect() after a dropped stream costs what the run created, not the
    # whole test session; objects created by the run are collected as usual.
    gc.freeze()
    try:
        # a server that forgets requests and responses: the heap stays small
        with (
            LocalServer(api_key=API_KEY, max_stored=10, record_requests=False) as server,
            sync_client(server) as sync,
        ):
            async with async_client(server) as asyn:
                track_responses(sync)
                track_responses(asyn)
                for i in range(STREAMS):
                    is_async = rng.random() < 0.5
                    client: Any = asyn if is_async else sync
                    way = random_way(ASYNC_EXITS if is_async else SYNC_EXITS, rng)
                    kinds[f"{'async' if is_async else 'sync'}:{way.kind}"] += 1
                    got = await run_way(client, server, way)
                    problems += check_events(way, got)
                    if server.queued:
                        problems.append(f"#{i} {way}: the reply was not used")
                    if is_async:
                        await settle(asyn)
                    if out := checked_out(sync) + checked_out(asyn):
                        problems.append(f"#{i} {way}: {out}")
                    if (i + 1) % CHECK_EVERY == 0:
                        exported.update(s.name for s in telemetry.spans())
                        problems += secret_guard.checkpoint(caplog)
                    if len(problems) > 10:
                        break
                assert problems == []
                assert checked_out(sync) + checked_out(asyn) == []
    finally:
        gc.unfreeze()
    exported.update(s.name for s in telemetry.spans())
    assert len(kinds) == len(SYNC_EXITS) + len(ASYNC_EXITS)  # every way out was taken
    counter = telemetry.counter
    assert counter.unended() == {}
    assert counter.started[STREAM_SPAN] == counter.ended[STREAM_SPAN] == STREAMS
    assert counter.started[HTTP_SPAN] == counter.ended[HTTP_SPAN] == STREAMS
    assert exported == {STREAM_SPAN: STREAMS, HTTP_SPAN: STREAMS}
