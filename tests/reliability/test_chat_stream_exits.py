"""Every way out of a chat stream closes its HTTP response exactly once and gives the
connection back to the pool (the chat twin of test_exits.py).

Real `BudClient` / `AsyncBudClient` over loopback sockets to `LocalServer`'s
`/v1/chat/completions`. A way out is an exit kind plus the number of chunks read
before it; the server writes the whole stream at once ("whole") or holds the
connection open after some frames ("stalled"), so leaving early really cuts a body
that is still arriving.

Checked after each exit: the chunks read are the stream's first ones, in order;
the response's byte stream was closed exactly once (a counting wrapper installed as
an httpx response hook, under the SDK's own span wrapper); nothing is checked out of
the httpx pool; one `POST` span was started and ended; with
`track_chat_completions` on, one `chat.stream` span too.
"""

from __future__ import annotations

import asyncio
import gc
import ssl
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass
from typing import Any

import httpx
import pytest
from opentelemetry.trace import StatusCode

from bud import AsyncBudClient, BudClient
from bud._core import DEFAULT_LIMITS
from bud.exceptions import IncompleteStreamError, StreamError
from bud.observability import track_chat_completions
from bud.testing import (
    Delay,
    Disconnect,
    ErrorEventReply,
    LocalServer,
    Reply,
    Stall,
    TextReply,
    Truncate,
)
from bud.types import ChatCompletionChunk

from .conftest import HTTP_SPAN, Telemetry, async_client, checked_out, settle, sync_client

CHAT = "/v1/chat/completions"
STREAM_SPAN = "chat.stream"
DELTAS = 5
REPLY = TextReply.with_deltas(DELTAS)
TOKENS = ["tok "] * DELTAS
EXPECTED_CONTENT = ["", *TOKENS, None]  # role chunk, one per delta, finish chunk
TOTAL = len(EXPECTED_CONTENT)  # 7 chunks, then data: [DONE]
PARAMS: dict[str, Any] = {
    "model": "bud-rel-model",
    "messages": [{"role": "user", "content": "Say something"}],
}


class Boom(Exception):
    """The consumer's own failure."""


SYNC_EXITS = (
    "full",
    "break",
    "close",
    "with",
    "raise",
    "raise_in_with",
    "drop",
    "drop_unread",
    "close_unread",
    "with_unread",
    "next_drop",
)
ASYNC_EXITS = (
    "full",
    "break",
    "aclose",
    "with",
    "raise",
    "raise_in_with",
    "drop",
    "drop_unread",
    "close_unread",
    "with_unread",
    "next_drop",
    "cancel_in_body",
    "cancel_in_read",
    "cancel_before_headers",
)
UNREAD = frozenset({"drop_unread", "close_unread", "with_unread", "cancel_before_headers"})
RAISING = frozenset({"raise", "raise_in_with"})


@dataclass(frozen=True)
class Way:
    kind: str
    read: int  # chunks read before leaving (TOTAL for "full", 0 for unread kinds)
    stall_at: int | None  # None: the server writes the whole stream at once

    def reply(self) -> Reply:
        if self.kind == "cancel_before_headers":
            return Delay(REPLY, before_headers=3600.0)  # the server never answers
        if self.stall_at is None:
            return REPLY
        return Stall(REPLY, after=self.stall_at)


# --------------------------------------------------------------------------- clients

# one TLS context for every client: building httpx's default one per client costs
# ~50 ms, and these tests make a client each
_TLS = ssl.create_default_context()


class CloseCounter:
    """Counts how often each response's byte stream is really closed."""

    def __init__(self) -> None:
        self.closes: list[int] = []  # one entry per response: its close count

    def install(self, client: BudClient | AsyncBudClient) -> None:
        hooks = client._http.event_hooks
        if isinstance(client, AsyncBudClient):

            async def async_hook(response: httpx.Response) -> None:
                response.stream = _AsyncCounting(response.stream, self._slot())

            hooks["response"].append(async_hook)
        else:

            def hook(response: httpx.Response) -> None:
                response.stream = _SyncCounting(response.stream, self._slot())

            hooks["response"].append(hook)
        client._http.event_hooks = hooks

    def _slot(self) -> list[int]:
        self.closes.append(0)
        return self.closes


class _SyncCounting(httpx.SyncByteStream):
    def __init__(self, inner: Any, closes: list[int]) -> None:
        self.inner, self.closes, self.slot = inner, closes, len(closes) - 1

    def __iter__(self) -> Iterator[bytes]:
        return iter(self.inner)

    def close(self) -> None:
        self.closes[self.slot] += 1
        self.inner.close()


class _AsyncCounting(httpx.AsyncByteStream):
    def __init__(self, inner: Any, closes: list[int]) -> None:
        self.inner, self.closes, self.slot = inner, closes, len(closes) - 1

    def __aiter__(self) -> AsyncIterator[bytes]:
        iterator: AsyncIterator[bytes] = self.inner.__aiter__()
        return iterator

    async def aclose(self) -> None:
        self.closes[self.slot] += 1
        await self.inner.aclose()


def make_sync(server: LocalServer, counter: CloseCounter, tracked: bool) -> BudClient:
    transport = httpx.HTTPTransport(verify=_TLS, limits=DEFAULT_LIMITS)
    client = sync_client(server, transport=transport)
    counter.install(client)
    return track_chat_completions(client) if tracked else client


def make_async(server: LocalServer, counter: CloseCounter, tracked: bool) -> AsyncBudClient:
    transport = httpx.AsyncHTTPTransport(verify=_TLS, limits=DEFAULT_LIMITS)
    client = async_client(server, transport=transport)
    counter.install(client)
    return track_chat_completions(client) if tracked else client


# --------------------------------------------------------------------------- reading


def leave_sync(client: BudClient, way: Way, got: list[Any]) -> None:
    """Read `way.read` chunks of a new stream, then leave it `way.kind`'s way."""
    kind, k = way.kind, way.read

    def take(chunks: Any) -> None:
        for chunk in chunks:
            got.append(chunk)
            if len(got) >= k:
                if kind in RAISING:
                    raise Boom
                break

    stream = client.chat.completions.create(stream=True, **PARAMS)
    if kind == "full":
        got.extend(stream)
    elif kind in ("break", "raise"):
        take(stream)
    elif kind in ("with", "raise_in_with"):
        with stream:
            take(stream)
    elif kind == "with_unread":
        with stream:
            pass
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
    elif kind == "next_drop":
        got.extend(next(stream) for _ in range(k))  # type: ignore[call-overload]
        del stream
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

    async def take(chunks: Any) -> None:
        async for chunk in chunks:
            got.append(chunk)
            if len(got) >= k:
                if kind in RAISING:
                    raise Boom
                break

    if kind.startswith("cancel"):
        await _cancel(client, way, got, server)
        return
    stream = await client.chat.completions.create(stream=True, **PARAMS)
    if kind == "full":
        got.extend([chunk async for chunk in stream])
    elif kind in ("break", "raise"):
        await take(stream)
    elif kind in ("with", "raise_in_with"):
        async with stream:
            await take(stream)
    elif kind == "with_unread":
        async with stream:
            pass
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
    elif kind == "next_drop":
        for _ in range(k):
            got.append(await anext(stream))
        del stream
        gc.collect()
    elif kind == "drop_unread":
        del stream
        gc.collect()
    else:
        raise AssertionError(kind)


async def _cancel(client: AsyncBudClient, way: Way, got: list[Any], server: LocalServer) -> None:
    """Cancel the consuming task: in the loop body, waiting for the next chunk of a
    stalled stream, or waiting for the response headers."""
    reached = asyncio.Event()

    async def consume() -> None:
        if way.kind == "cancel_before_headers":
            reached.set()
            await client.chat.completions.create(stream=True, **PARAMS)
            raise AssertionError("the server never answers")
        stream = await client.chat.completions.create(stream=True, **PARAMS)
        async for chunk in stream:
            got.append(chunk)
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


async def run_way(client: Any, server: LocalServer, way: Way) -> list[Any]:
    server.enqueue(way.reply(), path=CHAT)
    got: list[Any] = []
    try:
        if isinstance(client, AsyncBudClient):
            await leave_async(client, way, got, server)
        else:
            leave_sync(client, way, got)
    except Boom:
        assert way.kind in RAISING
    else:
        assert way.kind not in RAISING
    return got


# --------------------------------------------------------------------------- checks


def content_of(chunk: Any) -> str | None:
    if not chunk.choices:
        return "<usage>"
    content = chunk.choices[0].delta.content
    return content if isinstance(content, str) else None


def check_chunks(way: Way, got: list[Any]) -> None:
    expected = 0 if way.kind in UNREAD else way.read
    assert len(got) == expected, f"{way}: read {len(got)} chunks, expected {expected}"
    assert all(isinstance(c, ChatCompletionChunk) for c in got)
    assert [content_of(c) for c in got] == EXPECTED_CONTENT[: len(got)]
    assert len({c.id for c in got}) <= 1


def check_stream_span(telemetry: Telemetry, way: Way) -> None:
    assert telemetry.counter.started[STREAM_SPAN] == telemetry.counter.ended[STREAM_SPAN] == 1
    if way.kind == "cancel_before_headers":
        return  # no stream yet: the create call itself was cancelled
    span = telemetry.one(STREAM_SPAN)
    attrs = telemetry.attrs(STREAM_SPAN)
    assert attrs["bud.inference.chunks"] == (0 if way.kind in UNREAD else way.read)
    completed = way.kind == "full"
    assert attrs["bud.inference.stream_completed"] is completed
    if completed:
        assert span.status.status_code is StatusCode.OK
    elif way.kind == "raise_in_with":
        assert span.status.status_code is StatusCode.ERROR
    elif way.kind != "raise":  # leaving early is the caller's choice, not a failure
        assert span.status.status_code is StatusCode.UNSET, span.status


def _mid(kind: str, stalled: bool) -> Way:
    if kind in UNREAD:
        return Way(kind, 0, 2 if stalled else None)
    if kind == "full":
        return Way(kind, TOTAL, None)
    if kind == "cancel_in_read":
        return Way(kind, 3, 3)
    return Way(kind, 3, 5 if stalled else None)


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


def check_http(telemetry: Telemetry, counter: CloseCounter, way: Way) -> None:
    expected = [] if way.kind == "cancel_before_headers" else [1]
    assert counter.closes == expected, f"{way}: response closes {counter.closes}"
    assert telemetry.counter.unended() == {}
    assert telemetry.counter.started[HTTP_SPAN] == telemetry.counter.ended[HTTP_SPAN] == 1
    assert len(telemetry.spans(HTTP_SPAN)) == 1


@pytest.mark.parametrize("tracked", [False, True], ids=["plain", "tracked"])
@pytest.mark.parametrize("way", SYNC_CASES)
async def test_sync_chat_exit_closes_once_and_returns_the_connection(
    server: LocalServer, telemetry: Telemetry, way: Way, tracked: bool
) -> None:
    counter = CloseCounter()
    with make_sync(server, counter, tracked) as client:
        got = await run_way(client, server, way)
        check_chunks(way, got)
        assert checked_out(client) == []
        pooled = len(client._http._transport._pool.connections)
    assert server.queued == 0
    check_http(telemetry, counter, way)
    if tracked:
        check_stream_span(telemetry, way)
    else:
        assert telemetry.spans(STREAM_SPAN) == []
    if way.kind == "full":
        assert pooled == 1, "a stream read to [DONE] must leave its connection in the pool"


@pytest.mark.parametrize("tracked", [False, True], ids=["plain", "tracked"])
@pytest.mark.parametrize("way", ASYNC_CASES)
async def test_async_chat_exit_closes_once_and_returns_the_connection(
    server: LocalServer, telemetry: Telemetry, way: Way, tracked: bool
) -> None:
    counter = CloseCounter()
    async with make_async(server, counter, tracked) as client:
        got = await run_way(client, server, way)
        check_chunks(way, got)
        assert await settle(client) == []
        pooled = len(client._http._transport._pool.connections)
    assert server.queued == 0
    check_http(telemetry, counter, way)
    if tracked:
        check_stream_span(telemetry, way)
    else:
        assert telemetry.spans(STREAM_SPAN) == []
    if way.kind == "full":
        assert pooled == 1, "a stream read to [DONE] must leave its connection in the pool"


# --------------------------------------------------------------------------- failing streams

FAILURES = {
    "truncated": (Truncate(REPLY, after=3), IncompleteStreamError, 3),
    "disconnected": (Disconnect(REPLY, after=3), IncompleteStreamError, 3),
    "reset": (Disconnect(REPLY, after=3, reset=True), IncompleteStreamError, 3),
    "error_frame": (ErrorEventReply("fell over", partial_text="half an"), StreamError, 3),
}


@pytest.mark.parametrize("name", list(FAILURES))
@pytest.mark.parametrize("is_async", [False, True], ids=["sync", "async"])
async def test_a_failing_chat_stream_closes_once_and_returns_the_connection(
    server: LocalServer, telemetry: Telemetry, name: str, is_async: bool
) -> None:
    reply, error_cls, chunks = FAILURES[name]
    server.enqueue(reply, path=CHAT)
    counter = CloseCounter()
    got: list[Any] = []
    if is_async:
        async with make_async(server, counter, tracked=True) as client:
            stream = await client.chat.completions.create(stream=True, **PARAMS)
            with pytest.raises(error_cls):
                async for chunk in stream:
                    got.append(chunk)
            assert await settle(client) == []
            await stream.aclose()  # after the failure: a no-op
            assert await settle(client) == []
    else:
        with make_sync(server, counter, tracked=True) as client:
            stream = client.chat.completions.create(stream=True, **PARAMS)
            with pytest.raises(error_cls):
                for chunk in stream:
                    got.append(chunk)
            assert checked_out(client) == []
            stream.close()
            assert checked_out(client) == []
    assert len(got) == chunks
    assert type(got[0]) is ChatCompletionChunk
    assert counter.closes == [1]
    assert telemetry.counter.unended() == {}
    assert telemetry.counter.started[HTTP_SPAN] == telemetry.counter.ended[HTTP_SPAN] == 1
    span = telemetry.one(STREAM_SPAN)
    assert span.status.status_code is StatusCode.ERROR
    assert str(telemetry.attrs(STREAM_SPAN)["error.type"]).endswith(error_cls.__name__)


async def test_full_reads_reuse_one_connection_per_client(
    server: LocalServer, telemetry: Telemetry
) -> None:
    """A chat stream read to its end hands its connection back for the next request."""
    counter = CloseCounter()
    with make_sync(server, counter, tracked=True) as sync:
        async with make_async(server, counter, tracked=True) as asyn:
            for client in (sync, asyn) * 4:
                got = await run_way(client, server, Way("full", TOTAL, None))
                check_chunks(Way("full", TOTAL, None), got)
            assert checked_out(sync) == checked_out(asyn) == []
    assert server.connection_count == 2
    assert counter.closes == [1] * 8
    spans = telemetry.spans(STREAM_SPAN)
    assert len(spans) == 8
    assert all(s.status.status_code is StatusCode.OK for s in spans)


async def test_a_stream_left_early_leaves_the_connection_usable(
    server: LocalServer, telemetry: Telemetry
) -> None:
    """After a `break` on a stalled stream the next call still works (on a new
    connection: the cut one is not reused)."""
    counter = CloseCounter()
    stall = Stall(REPLY, after=2)
    with make_sync(server, counter, tracked=False) as client:
        server.enqueue(stall, path=CHAT)
        stream = client.chat.completions.create(stream=True, **PARAMS)
        for _ in stream:
            break
        assert checked_out(client) == []
        answer = client.chat.completions.create(**PARAMS)
        assert answer.choices[0].message.content == "You said: Say something"
    stall.release()
    assert counter.closes == [1, 1]
