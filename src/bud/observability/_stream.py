"""Spans over streams: the tracing path's one place for "end exactly once".

`TracedStream` / `AsyncTracedStream` wrap any event stream (the SDK's
`ResponseStream`, a chat stream, a test double) and end the call's span exactly
once, on whichever comes first: the terminal event, exhaustion, `close()` /
`aclose()`, `with` exit, an exception (the stream's or the consumer's), task
cancellation, or garbage collection as the last resort.

Rules learned from the peers: the span is never made current across a
`yield` (the caller's context is not ours to change), and per event the only
work is a counter, one clock read for the first event and one set lookup for
the terminal type.
"""

from __future__ import annotations

import time
import weakref
from collections.abc import AsyncGenerator, Callable, Generator, Iterable
from types import TracebackType
from typing import Any

from opentelemetry.trace import Span

from bud._background import run_or_defer
from bud._background import start as start_background

# what to do when the span ends: (span, record, error or None)
OnEnd = Callable[[Span, "StreamRecord", BaseException | None], None]


class StreamRecord:
    """What one traced stream has seen. Dropped references once the span ends.

    Over a bud stream, the count, the first event's time and the terminal event
    come from that stream's own `StreamState` (`source`): nothing is recomputed
    per event. Over any other iterable the wrapper keeps them itself.
    """

    __slots__ = ("__weakref__", "_chunks", "_first_at", "ended", "exhausted", "on_end", "source",
                 "span", "started_at", "terminal", "terminal_types")  # fmt: skip

    def __init__(
        self,
        span: Span,
        on_end: OnEnd,
        *,
        terminal_types: frozenset[str],
        started_at: float | None = None,
    ) -> None:
        self.span: Span | None = span
        self.on_end: OnEnd | None = on_end
        self.terminal_types = terminal_types
        self.started_at = time.perf_counter() if started_at is None else started_at
        self._first_at: float | None = None
        self._chunks = 0
        self.source: Any = None  # the inner stream's StreamState, when it has one
        self.terminal: Any = None
        self.exhausted = False  # the inner stream ran to its end
        self.ended = False

    @property
    def chunks(self) -> int:
        """Events the stream delivered."""
        source = self.source
        return self._chunks if source is None else int(source.events)

    @property
    def first_at(self) -> float | None:
        source = self.source
        return self._first_at if source is None else source.first_at

    @property
    def completed(self) -> bool:
        """A terminal event arrived."""
        return self.terminal is not None

    @property
    def time_to_first_chunk(self) -> float | None:
        return None if self.first_at is None else self.first_at - self.started_at

    def end(self, error: BaseException | None = None) -> None:
        """End the span once; later calls do nothing."""
        if self.ended:
            return
        self.ended = True
        span, on_end = self.span, self.on_end
        self.span = self.on_end = None  # keep nothing of the call after it ends
        if span is None:
            return
        try:
            if on_end is not None:
                on_end(span, self, error)
        finally:
            span.end()
            source = self.source
            if source is not None:  # keep the figures, not the stream's state
                self._chunks, self._first_at, self.source = source.events, source.first_at, None
            self.terminal = None


def _kind(event: Any) -> Any:
    return getattr(event, "type", None)


def _is_cancellation(exc: BaseException) -> bool:
    # by name: importing asyncio just for this isinstance would load it for every user
    return type(exc).__name__ == "CancelledError" and type(exc).__module__.startswith("asyncio")


def _state_of(inner: Any) -> Any:
    """The bud stream's own `StreamState`, if *inner* is a bud stream."""
    from bud._response_streaming import StreamState

    state = getattr(inner, "_state", None)
    return state if isinstance(state, StreamState) else None


def _end_at_gc(record: StreamRecord) -> None:
    run_or_defer(record.end)


class _TracedBase:
    _record: StreamRecord
    _inner: Any

    def _arm_gc(self) -> None:
        # the last resort: a stream dropped unread still ends its span
        start_background()  # now, outside the collector: its finalizers may need it
        weakref.finalize(self, _end_at_gc, self._record)

    @property
    def record(self) -> StreamRecord:
        return self._record

    def __getattr__(self, name: str) -> Any:
        # completed_response, final_response, response, ...: the inner stream's
        if name.startswith("_"):
            raise AttributeError(name)
        return getattr(self._inner, name)

    # inside `with`, a loop abandoned by an exception closes our generator before
    # __exit__ sees the exception: leave the ending to __exit__ then
    _in_with = False

    def _exit(self, exc: BaseException | None) -> None:
        record = self._record
        if exc is not None and not record.completed:
            record.end(exc)
        else:
            record.end()


class TracedStream(_TracedBase):
    """A sync stream whose span ends exactly once. Iterate, `close()`, or use `with`."""

    def __init__(self, inner: Iterable[Any], record: StreamRecord) -> None:
        self._inner = inner
        self._record = record
        self._arm_gc()

    _next: Generator[Any, None, None] | None = None

    def __iter__(self) -> Generator[Any, None, None]:
        # a fresh generator, referenced only by the caller's loop: a `break`
        # drops it, and its close ends the span at once
        return self._next or self._events()

    def __next__(self) -> Any:
        if self._next is None:
            self._next = self._events()  # kept: next() reads on where it left off
        return next(self._next)

    def _events(self) -> Generator[Any, None, None]:
        record = self._record
        terminal_types = record.terminal_types
        events = iter(self._inner)
        state = _state_of(self._inner)
        try:
            if state is not None:
                # a bud stream: its own record counts, times and spots the terminal event
                record.source = state
                for event in events:
                    if state.terminal is not None and record.terminal is None:
                        record.terminal = event
                        record.end()
                    yield event
            else:
                # the first event apart, so the loop that runs per event checks no clock
                for event in events:
                    record._first_at = time.perf_counter()
                    record._chunks = 1
                    if _kind(event) in terminal_types:
                        record.terminal = event
                        record.end()
                    yield event
                    break
                for event in events:
                    record._chunks += 1
                    try:
                        kind = event.type
                    except AttributeError:
                        kind = None
                    if kind in terminal_types:
                        record.terminal = event
                        record.end()
                    yield event
        except GeneratorExit:
            if not self._in_with:
                # dropped in a cycle, the collector closes this generator: ending
                # (and exporting) the span then waits for the background thread
                run_or_defer(record.end)
            raise
        except BaseException as exc:
            record.end(exc)
            raise
        record.exhausted = True
        record.end()

    def close(self) -> None:
        try:
            close = getattr(self._inner, "close", None)
            if close is not None:
                close()
        finally:
            self._record.end()

    def __enter__(self) -> TracedStream:
        self._in_with = True
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        try:
            close = getattr(self._inner, "close", None)
            if close is not None:
                close()
        finally:
            self._exit(exc)


class AsyncTracedStream(_TracedBase):
    """An async stream whose span ends exactly once. `async for`, `aclose()`, `async with`."""

    def __init__(self, inner: Any, record: StreamRecord) -> None:
        self._inner = inner
        self._record = record
        self._arm_gc()

    _next: AsyncGenerator[Any, None] | None = None

    def __aiter__(self) -> AsyncGenerator[Any, None]:
        return self._next or self._events()

    async def __anext__(self) -> Any:
        if self._next is None:
            self._next = self._events()
        return await self._next.__anext__()

    async def _events(self) -> AsyncGenerator[Any, None]:
        record = self._record
        terminal_types = record.terminal_types
        events = aiter(self._inner)
        state = _state_of(self._inner)
        try:
            if state is not None:
                record.source = state
                async for event in events:
                    if state.terminal is not None and record.terminal is None:
                        record.terminal = event
                        record.end()
                    yield event
            else:
                async for event in events:
                    record._first_at = time.perf_counter()
                    record._chunks = 1
                    if _kind(event) in terminal_types:
                        record.terminal = event
                        record.end()
                    yield event
                    break
                async for event in events:
                    record._chunks += 1
                    try:
                        kind = event.type
                    except AttributeError:
                        kind = None
                    if kind in terminal_types:
                        record.terminal = event
                        record.end()
                    yield event
        except GeneratorExit:
            if not self._in_with:
                run_or_defer(record.end)  # the caller stopped reading: not a failure
            raise
        except BaseException as exc:
            # a cancelled task is not a failure of the call
            record.end(None if _is_cancellation(exc) else exc)
            raise
        record.exhausted = True
        record.end()

    async def aclose(self) -> None:
        try:
            aclose = getattr(self._inner, "aclose", None)
            if aclose is not None:
                await aclose()
        finally:
            self._record.end()

    async def close(self) -> None:
        await self.aclose()

    async def __aenter__(self) -> AsyncTracedStream:
        self._in_with = True
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        try:
            aclose = getattr(self._inner, "aclose", None)
            if aclose is not None:
                await aclose()
        finally:
            self._exit(None if exc is not None and _is_cancellation(exc) else exc)
