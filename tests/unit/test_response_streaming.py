"""Tests for ResponseStream and AsyncResponseStream (spec section 11, ported).

The spec fed mocked lines through a mocked pydantic adapter; here real SSE
bytes go through httpx-sse and the generated `EVENT_TYPES` classes.
"""

from __future__ import annotations

import json
import logging

import httpx
import pytest
from bud_api.event_types import EVENT_TYPES

from bud._response_streaming import AsyncResponseStream, ResponseStream
from bud.types import Response as BudResponse

from ._support import SSE_HEADERS, sample_response, sse_bytes, streamed_response

DELTA_HELLO = (
    'data: {"type":"response.output_text.delta","item_id":"item_1","output_index":0,'
    '"content_index":0,"delta":"Hello"}'
)
DELTA_WORLD = (
    'data: {"type":"response.output_text.delta","item_id":"item_1","output_index":0,'
    '"content_index":0,"delta":" world"}'
)

BASIC = "\n".join(
    [
        "event: response.output_text.delta",
        DELTA_HELLO,
        "",
        "event: response.output_text.delta",
        DELTA_WORLD,
        "",
        "data: [DONE]",
        "",
        "",
    ]
).encode()

COMPLETED_DATA = {
    "type": "response.completed",
    "response": {"id": "resp_123", "status": "completed"},
}
COMPLETED = f"event: response.completed\ndata: {json.dumps(COMPLETED_DATA)}\n\ndata: [DONE]\n\n"

DONE_THEN_MORE = (
    b'data: {"type":"response.output_text.delta","delta":"Hi"}\n\n'
    b"data: [DONE]\n\n"
    b'data: {"type":"response.output_text.delta","delta":"ignored"}\n\n'
)

BAD_JSON = (
    b"data: not-valid-json\n\n"
    b'data: {"type":"response.output_text.delta","delta":"OK"}\n\n'
    b"data: [DONE]\n\n"
)


def _sse(body: bytes) -> httpx.Response:
    return httpx.Response(200, headers=SSE_HEADERS, content=body)


TextDelta = EVENT_TYPES["response.output_text.delta"]
Completed = EVENT_TYPES["response.completed"]


class TestResponseStream:
    """Tests for sync ResponseStream."""

    def test_basic_iteration(self) -> None:
        """ResponseStream yields events typed through EVENT_TYPES."""
        stream = ResponseStream(_sse(BASIC))
        events = list(stream)

        assert len(events) == 2
        assert all(isinstance(e, TextDelta) for e in events)
        assert events[0].delta == "Hello"
        assert events[1].delta == " world"
        assert events[0].item_id == "item_1"
        assert events[0].type == "response.output_text.delta"

    def test_completed_response_captured(self) -> None:
        """The response.completed event's Response is kept for after the stream."""
        stream = ResponseStream(_sse(COMPLETED.encode()))
        events = list(stream)

        assert len(events) == 1
        assert isinstance(events[0], Completed)
        assert stream.completed_response is not None
        assert isinstance(stream.completed_response, BudResponse)
        assert stream.completed_response.id == "resp_123"
        assert stream.completed_response.status == "completed"

    def test_done_sentinel_stops_iteration(self) -> None:
        """[DONE] stops iteration: what follows it is not yielded."""
        stream = ResponseStream(_sse(DONE_THEN_MORE))
        events = list(stream)

        # Only 1 event before [DONE]
        assert len(events) == 1
        assert events[0].delta == "Hi"

    def test_json_parse_error_skipped(self, caplog: pytest.LogCaptureFixture) -> None:
        """Data that is not JSON is skipped with a logged warning, and kept in `skipped`."""
        stream = ResponseStream(_sse(BAD_JSON))
        with caplog.at_level(logging.WARNING, logger="bud"):
            events = list(stream)

        # Only the valid event
        assert len(events) == 1
        assert events[0].delta == "OK"
        assert stream.skipped == ["not-valid-json"]
        warnings = [r for r in caplog.records if r.levelno == logging.WARNING]
        assert len(warnings) == 1
        assert "not-valid-json" in warnings[0].getMessage()

    def test_context_manager(self) -> None:
        """The context manager closes the stream's response."""
        response, body = streamed_response(BASIC)
        stream = ResponseStream(response)
        with stream as s:
            assert s is stream
            assert not response.is_closed
        assert response.is_closed
        assert body.closed

    def test_close_releases_response_context(self) -> None:
        """close() closes the underlying httpx response (and so its connection)."""
        response, body = streamed_response(BASIC)
        stream = ResponseStream(response)
        assert not response.is_closed
        stream.close()

        assert response.is_closed
        assert body.closed
        stream.close()  # idempotent
        assert list(stream) == []


class TestAsyncResponseStream:
    """The same tests for AsyncResponseStream."""

    async def test_basic_iteration(self) -> None:
        stream = AsyncResponseStream(_sse(BASIC))
        events = [e async for e in stream]

        assert len(events) == 2
        assert all(isinstance(e, TextDelta) for e in events)
        assert [e.delta for e in events] == ["Hello", " world"]

    async def test_completed_response_captured(self) -> None:
        stream = AsyncResponseStream(_sse(COMPLETED.encode()))
        events = [e async for e in stream]

        assert len(events) == 1
        assert isinstance(stream.completed_response, BudResponse)
        assert stream.completed_response.id == "resp_123"
        assert stream.completed_response.status == "completed"

    async def test_done_sentinel_stops_iteration(self) -> None:
        stream = AsyncResponseStream(_sse(DONE_THEN_MORE))
        events = [e async for e in stream]
        assert [e.delta for e in events] == ["Hi"]

    async def test_json_parse_error_skipped(self, caplog: pytest.LogCaptureFixture) -> None:
        stream = AsyncResponseStream(_sse(BAD_JSON))
        with caplog.at_level(logging.WARNING, logger="bud"):
            events = [e async for e in stream]

        assert [e.delta for e in events] == ["OK"]
        assert stream.skipped == ["not-valid-json"]
        warnings = [r for r in caplog.records if r.levelno == logging.WARNING]
        assert len(warnings) == 1
        assert "not-valid-json" in warnings[0].getMessage()

    async def test_context_manager(self) -> None:
        response, body = streamed_response(BASIC)
        stream = AsyncResponseStream(response)
        async with stream as s:
            assert s is stream
            assert not response.is_closed
        assert response.is_closed
        assert body.closed

    async def test_close_releases_response_context(self) -> None:
        response, body = streamed_response(BASIC)
        stream = AsyncResponseStream(response)
        assert not response.is_closed
        await stream.aclose()

        assert response.is_closed
        assert body.closed
        await stream.aclose()  # idempotent
        assert [e async for e in stream] == []


def test_sample_completed_response_usage() -> None:
    """Usage of the completed Response is readable after the stream (the spec's example)."""
    event = {"type": "response.completed", "response": sample_response()}
    stream = ResponseStream(_sse(sse_bytes(event)))
    assert len(list(stream)) == 1
    assert stream.completed_response.usage.total_tokens == 20
    assert stream.completed_response.output_text == "The capital of France is Paris."


def test_close_exits_a_given_response_context() -> None:
    # spec section 3: ResponseStream(response, response_context=...) exits the context on close
    from unittest.mock import MagicMock

    from bud._response_streaming import ResponseStream

    context = MagicMock()
    response = httpx.Response(200, headers={"content-type": "text/event-stream"}, content=b"")
    stream = ResponseStream(response, response_context=context)
    stream.close()
    stream.close()
    context.__exit__.assert_called_once_with(None, None, None)
    assert response.is_closed


async def test_aclose_exits_a_given_async_response_context() -> None:
    from unittest.mock import AsyncMock, MagicMock

    from bud._response_streaming import AsyncResponseStream

    context = MagicMock()
    context.__aexit__ = AsyncMock()
    response = httpx.Response(200, headers={"content-type": "text/event-stream"}, content=b"")
    stream = AsyncResponseStream(response, response_context=context)
    await stream.aclose()
    context.__aexit__.assert_awaited_once_with(None, None, None)


def test_async_stream_can_be_built_outside_a_loop() -> None:
    import asyncio

    from bud._response_streaming import AsyncResponseStream

    body = b'data: {"type":"response.output_text.delta","delta":"Hi"}\n\ndata: [DONE]\n\n'
    response = httpx.Response(200, headers={"content-type": "text/event-stream"}, content=body)
    stream = AsyncResponseStream(response)

    async def read() -> list[str]:
        return [event.delta async for event in stream]

    assert asyncio.run(read()) == ["Hi"]
    assert response.is_closed
