"""Spans over streams: the record that ends a stream's span exactly once.

`TracedStream` / `AsyncTracedStream` (src/bud/_async/tracing.py) wrap any
event stream (the SDK's `ResponseStream`, a chat stream, a test double) and end
the call's span exactly once, on whichever comes first: the terminal event, exhaustion, `close()` /
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
from collections.abc import Callable
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

    def time_per_chunk(self) -> float | None:
        """The mean time per chunk after the first, up to now (the stream's end)."""
        first, chunks = self.first_at, self.chunks
        if first is None or chunks < 2:
            return None
        return (time.perf_counter() - first) / (chunks - 1)

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


def kind_of(event: Any) -> Any:
    return getattr(event, "type", None)


def is_cancellation(exc: BaseException) -> bool:
    # by name: importing asyncio just for this isinstance would load it for every user
    return type(exc).__name__ == "CancelledError" and type(exc).__module__.startswith("asyncio")


def state_of(inner: Any) -> Any:
    """The bud stream's own state machine (`StreamState`, `ChatStreamState`), if
    *inner* is a bud stream."""
    state = getattr(inner, "_state", None)
    return state if getattr(state, "is_stream_state", False) is True else None


def _end_at_gc(record: StreamRecord) -> None:
    run_or_defer(record.end)


class TracedBase:
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
