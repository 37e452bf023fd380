"""`responses.stream(...)`: a context manager over a stream that keeps a running tally.

What an `openai` user reaches for: `get_final_response()`, `until_done()`, the
text so far, and function-call arguments assembled from their deltas.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from types import TracebackType
from typing import Any

import attrs

from bud._response_streaming import AsyncResponseStream, ResponseStream
from bud.exceptions import BudError


@attrs.define(slots=True)
class FunctionCall:
    """A function call as assembled from the stream."""

    item_id: str
    name: str | None = None
    call_id: str | None = None
    arguments: str = ""
    done: bool = False


class _Tally:
    """Text and function-call arguments accumulated from events (sync and async)."""

    __slots__ = ("_text", "function_calls")

    def __init__(self) -> None:
        self._text: list[str] = []
        self.function_calls: dict[str, FunctionCall] = {}

    @property
    def output_text(self) -> str:
        return "".join(self._text)

    def feed(self, event: Any) -> None:
        kind = event.type
        if kind == "response.output_text.delta":
            self._text.append(event.delta or "")
        elif kind == "response.function_call_arguments.delta":
            self._call(event.item_id).arguments += event.delta or ""
        elif kind == "response.function_call_arguments.done":
            call = self._call(event.item_id)
            if isinstance(event.arguments, str):
                call.arguments = event.arguments
            call.done = True
        elif kind in ("response.output_item.added", "response.output_item.done"):
            item = event.item
            if getattr(item, "type", None) == "function_call":
                call = self._call(getattr(item, "id", None) or "")
                call.name = getattr(item, "name", None) or call.name
                call.call_id = getattr(item, "call_id", None) or call.call_id
                arguments = getattr(item, "arguments", None)
                if kind == "response.output_item.done" and isinstance(arguments, str):
                    call.arguments, call.done = arguments, True

    def _call(self, item_id: Any) -> FunctionCall:
        key = item_id if isinstance(item_id, str) else ""
        call = self.function_calls.get(key)
        if call is None:
            call = self.function_calls[key] = FunctionCall(item_id=key)
        return call


def _final(stream: ResponseStream | AsyncResponseStream) -> Any:
    response = stream.final_response
    if response is None:
        error = stream.terminal_event
        detail = f": {getattr(error, 'message', error)}" if error is not None else ""
        raise BudError(f"The stream ended without a final response{detail}")
    return response


class ResponseStreamHelper:
    """Events of a stream, plus `output_text`, `function_calls` and the final response."""

    def __init__(self, stream: ResponseStream) -> None:
        self.stream = stream
        self._tally = _Tally()

    def __iter__(self) -> Iterator[Any]:
        feed = self._tally.feed
        for event in self.stream:
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

    def until_done(self) -> ResponseStreamHelper:
        """Read the rest of the stream."""
        for _ in self:
            pass
        return self

    def get_final_response(self) -> Any:
        """Read to the end; the terminal event's `Response` (BudError if none came)."""
        self.until_done()
        return _final(self.stream)

    def close(self) -> None:
        self.stream.close()


class ResponseStreamManager:
    """`with client.responses.stream(...) as stream:`; the request is sent on enter."""

    def __init__(self, start: Callable[[], ResponseStream]) -> None:
        self._start = start
        self._helper: ResponseStreamHelper | None = None

    def __enter__(self) -> ResponseStreamHelper:
        stream = self._start()
        stream.__enter__()  # the stream (or its tracer) sees the block's exception too
        self._helper = ResponseStreamHelper(stream)
        return self._helper

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if self._helper is not None:
            self._helper.stream.__exit__(exc_type, exc, tb)


class AsyncResponseStreamHelper:
    """Async twin of `ResponseStreamHelper`."""

    def __init__(self, stream: AsyncResponseStream) -> None:
        self.stream = stream
        self._tally = _Tally()

    async def __aiter__(self) -> AsyncIterator[Any]:
        feed = self._tally.feed
        async for event in self.stream:
            feed(event)
            yield event

    @property
    def output_text(self) -> str:
        return self._tally.output_text

    @property
    def function_calls(self) -> dict[str, FunctionCall]:
        return self._tally.function_calls

    async def until_done(self) -> AsyncResponseStreamHelper:
        async for _ in self:
            pass
        return self

    async def get_final_response(self) -> Any:
        await self.until_done()
        return _final(self.stream)

    async def aclose(self) -> None:
        await self.stream.aclose()


class AsyncResponseStreamManager:
    """`async with client.responses.stream(...) as stream:`."""

    def __init__(self, start: Callable[[], Awaitable[AsyncResponseStream]]) -> None:
        self._start = start
        self._helper: AsyncResponseStreamHelper | None = None

    async def __aenter__(self) -> AsyncResponseStreamHelper:
        stream = await self._start()
        await stream.__aenter__()
        self._helper = AsyncResponseStreamHelper(stream)
        return self._helper

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if self._helper is not None:
            await self._helper.stream.__aexit__(exc_type, exc, tb)
