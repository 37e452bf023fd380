"""`responses.stream(...)`: a context manager over a stream that keeps a running tally.

What an `openai` user reaches for: `get_final_response()`, `until_done()`, the
text so far, and function-call arguments assembled from their deltas. With a
`text_format`, `get_final_response()` returns the parsed response, read once the
stream has ended.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable
from types import TracebackType
from typing import Any

from bud._response_streaming import AsyncResponseStream
from bud._stream_tally import FunctionCall, Tally, final_response


class AsyncResponseStreamHelper:
    """Events of a stream, plus `output_text`, `function_calls` and the final response."""

    def __init__(
        self, stream: AsyncResponseStream, finish: Callable[[Any], Any] | None = None
    ) -> None:
        self.stream = stream
        self._tally = Tally()
        self._finish = finish  # the final response -> what get_final_response() returns
        self._final: Any = None

    async def __aiter__(self) -> AsyncIterator[Any]:
        feed = self._tally.feed
        async for event in self.stream:
            feed(event)
            yield event

    @property
    def output_text(self) -> str:
        """Text of the `response.output_text.delta` events read so far."""
        return self._tally.output_text

    @property
    def function_calls(self) -> dict[str, FunctionCall]:
        """Function calls seen so far, by output item id."""
        return self._tally.function_calls

    async def until_done(self) -> AsyncResponseStreamHelper:
        """Read the rest of the stream."""
        async for _ in self:
            pass
        return self

    async def get_final_response(self) -> Any:
        """Read to the end; the terminal event's `Response` (BudError if none came).
        With a `text_format`, the `ParsedResponse` (or its `StructuredOutputError`)."""
        await self.until_done()
        response = final_response(self.stream)
        if self._finish is None:
            return response
        if self._final is None:
            self._final = self._finish(response)
        return self._final

    async def aclose(self) -> None:
        await self.stream.aclose()


class AsyncResponseStreamManager:
    """`async with client.responses.stream(...) as stream:`; the request is sent on enter."""

    def __init__(
        self,
        # sync: start: Callable[[], ResponseStream],
        start: Callable[[], Awaitable[AsyncResponseStream]],
        finish: Callable[[Any], Any] | None = None,
    ) -> None:
        self._start = start
        self._finish = finish
        self._helper: AsyncResponseStreamHelper | None = None

    async def __aenter__(self) -> AsyncResponseStreamHelper:
        stream = await self._start()
        # the stream (or its tracer) sees the block's exception too
        await stream.__aenter__()
        self._helper = AsyncResponseStreamHelper(stream, self._finish)
        return self._helper

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if self._helper is not None:
            await self._helper.stream.__aexit__(exc_type, exc, tb)
