"""The tracing path's I/O edge: a traced call, and a stream whose span ends once.

`async_wrapper` traces one client method through a `CallTracer` (see
`observability._wrappers.wrap`); a streamed result's span is handed to an
`AsyncTracedStream`, which ends it exactly once (`observability._stream_record`
says when) and then calls the tracer's `stream_on_end`.
"""

from __future__ import annotations

import functools
import time
from collections.abc import AsyncGenerator, Callable
from types import TracebackType
from typing import Any

from opentelemetry.trace import set_span_in_context

from bud._background import run_or_defer
from bud._gateway import capturing
from bud.observability._stream_record import (
    StreamRecord,
    TracedBase,
    is_cancellation,
    kind_of,
    state_of,
)
from bud.observability._track import _qualified_name, _record_exception
from bud.observability._wrappers import (
    CallTracer,
    attach,
    detach,
    gateway_attrs,
    is_stream_result,
    with_model,
)


class AsyncTracedStream(TracedBase):
    """A stream whose span ends exactly once. `async for`, `aclose()`, or `async with`."""

    def __init__(self, inner: Any, record: StreamRecord) -> None:
        self._inner = inner
        self._record = record
        self._arm_gc()

    _next: AsyncGenerator[Any, None] | None = None

    def __aiter__(self) -> AsyncGenerator[Any, None]:
        # a fresh generator, referenced only by the caller's loop: a `break`
        # drops it, and its close ends the span at once
        return self._next or self._events()

    async def __anext__(self) -> Any:
        if self._next is None:
            self._next = self._events()  # kept: next() reads on where it left off
        return await anext(self._next)

    async def _events(self) -> AsyncGenerator[Any, None]:
        record = self._record
        terminal_types = record.terminal_types
        events = aiter(self._inner)
        state = state_of(self._inner)
        try:
            if state is not None:
                # a bud stream: its own record counts, times and spots the terminal event
                record.source = state
                if getattr(self._inner, "_resume", None) is not None and record.span:
                    # a resume's HTTP span goes under this stream's span
                    state.trace_context = set_span_in_context(record.span)
                async for event in events:
                    if state.terminal is not None and record.terminal is None:
                        record.terminal = event
                        record.end()
                    yield event
            else:
                # the first event apart, so the loop that runs per event checks no clock
                async for event in events:
                    record._first_at = time.perf_counter()
                    record._chunks = 1
                    if kind_of(event) in terminal_types:
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
                # the caller stopped reading: not a failure. Dropped in a cycle, the
                # collector closes this generator: ending (and exporting) the span
                # then waits for the background thread
                run_or_defer(record.end)
            raise
        except BaseException as exc:
            # a cancelled task is not a failure of the call
            record.end(None if is_cancellation(exc) else exc)
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

    # async-only
    async def close(self) -> None:
        await self.aclose()

    # end async-only
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
            self._exit(None if exc is not None and is_cancellation(exc) else exc)


def async_wrapper(
    tracer: CallTracer, operation: str, original: Callable[..., Any], default_model: str | None
) -> Callable[..., Any]:
    """*original* traced: a span per call, current only while the request is sent (so
    the HTTP span is its child). The tracer sees the call's arguments with the
    client's *default_model* where the call names no model (nor a stored prompt)."""

    @functools.wraps(original)
    async def traced(*args: Any, **params: Any) -> Any:
        if tracer.is_noop():
            return await original(*args, **params)
        kwargs = with_model(params, default_model)
        streaming = bool(kwargs.get("stream"))
        started = time.perf_counter()
        span = tracer.start(operation, kwargs, streaming)
        token = attach(span)
        try:
            with capturing() as replies:
                result = await original(*args, **params)
        except BaseException as exc:
            _record_exception(span, exc)
            failed = _qualified_name(type(exc))
            tracer.metrics(span, started, None, failed, kwargs, None, operation)
            span.end()
            raise
        finally:
            detach(token)  # never current beyond the request itself
        if replies:
            gateway_attrs(span, replies[-1])
        if is_stream_result(result, kwargs):
            record = StreamRecord(
                span,
                tracer.stream_on_end(kwargs, operation),
                terminal_types=tracer.terminal_types,
                started_at=started,
            )
            return AsyncTracedStream(result, record)
        error = tracer.finish_response(span, result, None, operation)
        tracer.metrics(span, started, result, error, kwargs, None, operation)
        span.end()
        return result

    return traced
