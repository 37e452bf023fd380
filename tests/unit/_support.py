"""Shared data and helpers for the unit tests (sample bodies, SSE bytes, sync/async glue)."""

from __future__ import annotations

import contextlib
import copy
import inspect
import json
from collections.abc import AsyncIterator, Iterator
from typing import Any

import httpx

from bud.client import AsyncBudClient, BudClient

SAMPLE_RESPONSE: dict[str, Any] = {
    "id": "resp_abc123",
    "object": "response",
    "created_at": 1700000000,
    "model": "gpt-4.1",
    "status": "completed",
    "output": [
        {
            "type": "message",
            "id": "msg_001",
            "status": "completed",
            "role": "assistant",
            "content": [
                {
                    "type": "output_text",
                    "text": "The capital of France is Paris.",
                    "annotations": [],
                }
            ],
        }
    ],
    "usage": {
        "input_tokens": 12,
        "output_tokens": 8,
        "total_tokens": 20,
        "input_tokens_details": {"cached_tokens": 0},
        "output_tokens_details": {"reasoning_tokens": 0},
    },
    "text": {"format": {"type": "text"}},
    "parallel_tool_calls": True,
    "tool_choice": "auto",
    "tools": [],
    "top_p": 1.0,
    "temperature": 1.0,
    "max_output_tokens": None,
    "truncation": "disabled",
    "metadata": {},
}


def sample_response(**overrides: Any) -> dict[str, Any]:
    """A fresh copy of the sample Response body, with top-level fields replaced."""
    body = copy.deepcopy(SAMPLE_RESPONSE)
    body.update(overrides)
    return body


def message_item(text: str, item_id: str = "msg_001") -> dict[str, Any]:
    return {
        "type": "message",
        "id": item_id,
        "status": "completed",
        "role": "assistant",
        "content": [{"type": "output_text", "text": text, "annotations": []}],
    }


def sse_bytes(*events: dict[str, Any] | str, done: bool = False) -> bytes:
    """Encode events as SSE: a dict gets an `event:` line; a str is sent as raw data."""
    out: list[str] = []
    for event in events:
        if isinstance(event, str):
            out.append(f"data: {event}\n\n")
        else:
            out.append(f"event: {event['type']}\ndata: {json.dumps(event)}\n\n")
    if done:
        out.append("data: [DONE]\n\n")
    return "".join(out).encode()


SSE_HEADERS = {"content-type": "text/event-stream"}


def text_delta(delta: str, seq: int = 0, item_id: str = "msg_001") -> dict[str, Any]:
    return {
        "type": "response.output_text.delta",
        "item_id": item_id,
        "output_index": 0,
        "content_index": 0,
        "delta": delta,
        "sequence_number": seq,
    }


def created(response_id: str = "resp_stream", seq: int = 0) -> dict[str, Any]:
    return {
        "type": "response.created",
        "sequence_number": seq,
        "response": {"id": response_id, "object": "response", "status": "in_progress"},
    }


def completed(text: str = "Hello world", response_id: str = "resp_stream", seq: int = 9) -> dict:
    return {
        "type": "response.completed",
        "sequence_number": seq,
        "response": sample_response(
            id=response_id, output=[message_item(text)], status="completed"
        ),
    }


def text_stream(*deltas: str, response_id: str = "resp_stream") -> list[dict[str, Any]]:
    """created, one delta per argument, completed (whose output is the joined text)."""
    events = [created(response_id)]
    events += [text_delta(d, seq=i + 1) for i, d in enumerate(deltas)]
    events.append(completed("".join(deltas), response_id, seq=len(deltas) + 1))
    return events


class TrackingByteStream(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A body that is streamed (never preloaded) and records whether it was closed."""

    def __init__(self, *chunks: bytes) -> None:
        self.chunks = list(chunks)
        self.closed = False
        self.sent = 0

    def __iter__(self) -> Iterator[bytes]:
        for chunk in self.chunks:
            self.sent += 1
            yield chunk

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for chunk in self.chunks:
            self.sent += 1
            yield chunk

    def close(self) -> None:
        self.closed = True

    async def aclose(self) -> None:
        self.closed = True


def streamed_response(*chunks: bytes, status: int = 200) -> tuple[httpx.Response, Any]:
    """An unread streaming httpx.Response over *chunks*, and its tracking body."""
    body = TrackingByteStream(*chunks)
    return httpx.Response(status, headers=SSE_HEADERS, stream=body), body


async def resolve(value: Any) -> Any:
    """Await *value* if it is awaitable (async client), else return it (sync client)."""
    if inspect.isawaitable(value):
        return await value
    return value


async def collect(stream: Any, into: list[Any] | None = None) -> list[Any]:
    """Every event of a sync or async stream, appended to *into* as they arrive."""
    events = into if into is not None else []
    if hasattr(stream, "__aiter__"):
        async for event in stream:
            events.append(event)
    else:
        for event in stream:
            events.append(event)
    return events


async def close_stream(stream: Any) -> None:
    if hasattr(stream, "aclose"):
        await stream.aclose()
    else:
        stream.close()


class Flavor:
    """Which client a parametrised test runs against, and how to build more of it."""

    def __init__(self, name: str, api_key: str, base_url: str) -> None:
        self.name = name
        self.is_async = name == "async"
        self.client_cls: type[Any] = AsyncBudClient if self.is_async else BudClient
        self._api_key = api_key
        self._base_url = base_url
        self._made: list[Any] = []

    def make(self, **kwargs: Any) -> Any:
        """A client of this flavor, closed at teardown (api_key/base_url: the fixtures')."""
        kwargs.setdefault("api_key", self._api_key)
        kwargs.setdefault("base_url", self._base_url)
        client = self.client_cls(**kwargs)
        self._made.append(client)
        return client

    async def close_all(self) -> None:
        for client in self._made:
            if self.is_async:
                await client.aclose()
            else:
                client.close()

    def __repr__(self) -> str:
        return self.name


class BreakingByteStream(TrackingByteStream):
    """Sends its chunks, then fails as a dropped connection does."""

    def __iter__(self) -> Iterator[bytes]:
        yield from super().__iter__()
        raise httpx.ReadError("connection reset by peer")

    async def __aiter__(self) -> AsyncIterator[bytes]:
        async for chunk in super().__aiter__():
            yield chunk
        raise httpx.ReadError("connection reset by peer")


@contextlib.asynccontextmanager
async def opened(manager: Any) -> AsyncIterator[Any]:
    """Enter a sync or async context manager from an async test."""
    if hasattr(manager, "__aenter__"):
        async with manager as value:
            yield value
    else:
        with manager as value:
            yield value
