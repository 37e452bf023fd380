"""The streaming path's I/O edge: reading server-sent events off one reply.

httpx-sse decodes the bytes; a state machine of the stream's dialect
(`StreamState` for Responses, `ChatStreamState` for chat) types each message
and says where the stream is in its life; `EventStream` / `AsyncEventStream`
drive it and own the response: every way out (the end, `break`, `close()`, an
exception, the garbage collector) closes it exactly once. Only the loop that
reads the socket differs between sync and async.

A stream ends normally at `[DONE]` or when the body ends after a terminal
event. If the body ends (or the connection breaks) before one, every event that
arrived is yielded first and then `IncompleteStreamError` is raised: a cut
stream never passes for a complete one.
"""

from __future__ import annotations

import contextlib
import threading
import weakref
from collections.abc import AsyncGenerator, AsyncIterator, Callable, Generator, Iterator
from typing import Any, NamedTuple, Self

import httpx
from httpx_sse import EventSource

from bud import _background, _retries
from bud._redact import redact, response_secrets
from bud.exceptions import BudError, InvalidResponseError, server_message

STOP = object()
"""What a state's `accept` returns at the end of the stream (`[DONE]`)."""


class StreamStateBase:
    """What every dialect's state machine shares (`StreamState`, `ChatStreamState`)."""

    __slots__ = ("phase", "stop")
    is_stream_state = True  # the tracer reads its figures instead of recounting

    def __init__(self) -> None:
        self.phase = "open"  # open -> terminal | done | cut | closed
        self.stop = False  # read no further: a terminal event arrived, or the caller closed

    def close(self) -> None:
        """The caller closed the stream: read no further."""
        if self.phase == "open":
            self.phase = "closed"
        self.stop = True


class EventSourceReader(EventSource):
    # the media type is checked by `is_event_stream` (case-insensitively; a reply that
    # is not a stream is read by its state's `json_events`) before reading starts
    def _check_content_type(self) -> None:
        pass


def is_event_stream(response: httpx.Response) -> bool:
    media: str = response.headers.get("content-type", "").partition(";")[0]
    return media.strip().lower() == "text/event-stream"


def not_a_stream(response: httpx.Response, body: Any) -> InvalidResponseError:
    """The error for a reply that is not an event stream; *body* is its parsed JSON
    (None if it is not JSON)."""
    text = response.text
    media = response.headers.get("content-type", "").partition(";")[0].strip() or "none"
    said = server_message(body, text)
    message = f"Expected an event stream, got Content-Type {media!r}"
    if said:
        message += f": {redact(said, response_secrets(response))[:500]}"
    return InvalidResponseError(message, response=response, text=text)


def _undecodable(response: httpx.Response, exc: httpx.DecodingError) -> InvalidResponseError:
    encoding = response.headers.get("content-encoding", "")
    return InvalidResponseError(
        f"The response body could not be decoded (Content-Encoding {encoding!r}): {exc}",
        response=response,
        text="",
    )


def _sync_events(
    response: httpx.Response, state: Any, resume: Resume | None = None
) -> Generator[Any, None, None]:
    # a plain function, not a method: the generator must not keep its stream
    # alive, so dropping the stream closes the generator and so the response
    accept = state.accept
    rest: Iterator[Any] | None = None  # after the terminal event: the tail to drain
    events: Iterator[Any] | None = None
    try:
        if not is_event_stream(response):
            response.read()
            # a stored prompt may decide the gateway answers in JSON: one terminal event
            yield from state.json_events(response)
            return
        while True:
            events = EventSourceReader(response).iter_sse()
            _background.keep(events)
            cause: BaseException | None = None
            try:
                for sse in events:
                    event = accept(sse)
                    if event is None:
                        continue
                    if event is STOP:
                        rest = events  # [DONE]: the tail (usually nothing) is read apart,
                        return  # so the connection goes back to the pool
                    if state.stop:
                        if state.terminal is None:
                            return  # closed from another thread
                        rest = events  # the caller's loop ends here; the tail is read apart
                        yield event
                        return
                    yield event
            except httpx.TransportError as exc:
                if state.finished or state.phase == "closed":
                    return  # the server hung up after the end, or close() woke us
                cause = exc
            except httpx.DecodingError as exc:
                raise _undecodable(response, exc) from None
            if state.finished:
                return
            # cut: a background response resumes after the last event it yielded
            after = state.resume_point(resume)
            if resume is None or after is None:
                raise state.incomplete(cause) from cause
            _background.close_reader(events, response)
            events = None
            _retries.sleep(_retries.backoff(state.resumes))
            try:
                with _resume_context(state):
                    response = resume.fetch(state.response_id or resume.response_id or "", after)
            except BudError as exc:
                raise state.incomplete(cause) from exc
            state.resumed(after, response)
    finally:
        if rest is not None and not _background.in_collector():
            _background.drain(rest, response)
        else:
            _background.close_reader(events, response)


async def _async_events(
    response: httpx.Response, state: Any, resume: Resume | None = None
) -> AsyncGenerator[Any, None]:
    accept = state.accept
    rest: AsyncGenerator[Any, None] | None = None
    events: AsyncGenerator[Any, None] | None = None
    try:
        if not is_event_stream(response):
            await response.aread()
            for event in state.json_events(response):
                yield event
            return
        while True:
            events = EventSourceReader(response).aiter_sse()
            cause: BaseException | None = None
            try:
                async for sse in events:
                    event = accept(sse)
                    if event is None:
                        continue
                    if event is STOP:
                        rest = events  # [DONE]: the tail (usually nothing) is read apart,
                        return  # so the connection goes back to the pool
                    if state.stop:
                        if state.terminal is None:
                            return
                        rest = events
                        yield event
                        return
                    yield event
            except httpx.TransportError as exc:
                if state.finished or state.phase == "closed":
                    return
                cause = exc
            except httpx.DecodingError as exc:
                raise _undecodable(response, exc) from None
            if state.finished:
                return
            after = state.resume_point(resume)
            if resume is None or after is None:
                raise state.incomplete(cause) from cause
            with contextlib.suppress(Exception):
                await events.aclose()
            await response.aclose()
            events = None
            await _retries.async_sleep(_retries.backoff(state.resumes))
            try:
                with _resume_context(state):
                    response = await resume.fetch(
                        state.response_id or resume.response_id or "", after
                    )
            except BudError as exc:
                raise state.incomplete(cause) from exc
            state.resumed(after, response)
    finally:
        if rest is not None:
            await _drain_async(rest, response)
        else:
            if events is not None:  # closed here, not left to the loop's finalizer
                with contextlib.suppress(Exception):
                    await events.aclose()
            await response.aclose()


class Resume(NamedTuple):
    """How a cut stream of a background response reconnects: `fetch(response_id, after)`
    opens `GET /v1/responses/{id}?stream=true&starting_after=after` (sync or async);
    at most `limit` times (the call's `max_retries`)."""

    fetch: Callable[[str, int], Any]
    limit: int
    response_id: str | None = None  # known up front when the stream is a retrieve


@contextlib.contextmanager
def _resume_context(state: Any) -> Iterator[None]:
    """The traced stream's span, current while a resume is sent: its HTTP span is a
    child of the stream's GenAI span, as the first request's is."""
    context = getattr(state, "trace_context", None)
    if context is None:
        yield
        return
    from opentelemetry import context as otel_context

    token = otel_context.attach(context)
    try:
        yield
    finally:
        otel_context.detach(token)


class StreamFigures:
    """What every stream tells about itself, read off its state machine."""

    _state: Any

    @property
    def response(self) -> httpx.Response:
        """The HTTP reply being read (after a resume, the one that resumed)."""
        live: httpx.Response = self._state.http
        return live

    @property
    def resumes(self) -> int:
        """How many times the stream reconnected after a cut."""
        return int(self._state.resumes)

    @property
    def skipped(self) -> list[str]:
        """Raw data of messages skipped because they were not JSON."""
        skipped: list[str] = self._state.skipped
        return skipped

    @property
    def events_received(self) -> int:
        return int(self._state.events)


class EventStream(StreamFigures):
    """The life of one streamed reply, read on the caller's thread: events typed by the
    stream's state machine (`_State`), and every way out closing the response once."""

    _State: Any  # the dialect: `StreamState` (Responses), `ChatStreamState` (chat)

    def __init__(
        self,
        response: httpx.Response,
        response_context: Any = None,
        *,
        resume: Resume | None = None,
    ) -> None:
        self._resume = resume  # a background response's way back after a cut
        # the spec's optional context manager that produced `response`, exited on close
        self._response_context = response_context
        self._state = self._State(response)  # it holds the live reply (`response`)
        self._closed = False
        _background.start()  # now, outside the collector: finalizers may need it
        # a `for` loop owns the generator (held here only weakly), so `break`
        # drops it and that closes the response at once; `next()` keeps one
        self._iterator: Generator[Any, None, None] | None = None
        self._loop_ref: weakref.ref[Generator[Any, None, None]] | None = None
        self._reader = 0  # the thread that started reading: only it may close the reader

    def _events(self) -> Iterator[Any]:
        if self._closed:
            return iter(())
        if self._loop_ref is not None:
            running = self._loop_ref()
            # single pass: a loop left early has closed the stream
            return running if running is not None else iter(())
        events = _sync_events(self.response, self._state, self._resume)
        self._loop_ref = weakref.ref(events)
        self._reader = threading.get_ident()
        return events

    def __iter__(self) -> Iterator[Any]:
        return self._iterator or self._events()

    def __next__(self) -> Any:
        if self._iterator is None:
            events = self._events()
            if not isinstance(events, Generator):
                raise StopIteration
            self._iterator = events
        return next(self._iterator)

    def close(self) -> None:
        """Stop reading and give the connection back at once. Idempotent; from another
        thread, it wakes the reading thread, whose loop then ends."""
        if not self._closed:
            self._closed = True
            self._state.close()
            events = self._iterator or (self._loop_ref() if self._loop_ref else None)
            if events is not None and self._reader != threading.get_ident():
                # another thread reads this stream: closing its generator here would race
                # its next(); wake it instead (a blocked read fails, a running loop sees
                # the stop), and it closes the response as its loop ends
                if not _background.shutdown_socket(self.response):
                    with contextlib.suppress(Exception):
                        self.response.close()
                return
            if events is not None:
                with contextlib.suppress(ValueError):  # began running meanwhile
                    events.close()
            if self._state.terminal is None:  # else the loop's end owns the response
                self.response.close()
            if self._response_context is not None:
                with contextlib.suppress(Exception):
                    self._response_context.__exit__(None, None, None)

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def __del__(self) -> None:
        # a stream dropped before its first read still holds a pooled connection;
        # once a loop runs (`for e in create(...)` keeps only the loop), the loop's
        # generator owns the response and closes it
        if not self._closed and self._loop_ref is None and self._iterator is None:
            _background.run_or_defer(self.response.close)

    def __repr__(self) -> str:
        return f"<{type(self).__name__} events={self._state.events} closed={self._closed}>"


class AsyncEventStream(StreamFigures):
    """`EventStream` for `async for`, `aclose()` and `async with`."""

    _State: Any

    def __init__(
        self,
        response: httpx.Response,
        response_context: Any = None,
        *,
        resume: Resume | None = None,
    ) -> None:
        self._resume = resume  # a background response's way back after a cut
        self._response_context = response_context
        self._state = self._State(response)
        self._closed = False
        self._iterator: AsyncGenerator[Any, None] | None = None
        self._loop_ref: weakref.ref[AsyncGenerator[Any, None]] | None = None
        _background.start()  # its tracing finalizers may need it
        import asyncio  # here, not at import: sync-only programs never load it

        try:
            self._loop: Any = asyncio.get_running_loop()
        except RuntimeError:  # built outside a loop (a test, a factory): no loop to close on
            self._loop = None

    def _events(self) -> AsyncIterator[Any]:
        if self._closed:
            return _empty()
        if self._loop_ref is not None:
            running = self._loop_ref()
            return running if running is not None else _empty()
        events = _async_events(self.response, self._state, self._resume)
        self._loop_ref = weakref.ref(events)
        return events

    def __aiter__(self) -> AsyncIterator[Any]:
        return self._iterator or self._events()

    async def __anext__(self) -> Any:
        if self._iterator is None:
            events = self._events()
            if not isinstance(events, AsyncGenerator):
                raise StopAsyncIteration
            self._iterator = events
        return await self._iterator.__anext__()

    async def aclose(self) -> None:
        """Stop reading and give the connection back at once. Idempotent."""
        if not self._closed:
            self._closed = True
            self._state.close()
            events = self._iterator or (self._loop_ref() if self._loop_ref else None)
            if events is not None:
                with contextlib.suppress(RuntimeError):  # another task is inside __anext__
                    await events.aclose()
            if self._state.terminal is None:  # else the loop's end owns the response
                await self.response.aclose()
            context = self._response_context
            if context is not None:
                with contextlib.suppress(Exception):
                    if hasattr(context, "__aexit__"):
                        await context.__aexit__(None, None, None)
                    else:
                        context.__exit__(None, None, None)

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()

    def __del__(self) -> None:
        # a stream dropped unread: close its response on its own loop
        unread = self._loop_ref is None and self._iterator is None and not self._closed
        loop = self._loop
        if unread and loop is not None and not self.response.is_closed and not loop.is_closed():
            with contextlib.suppress(RuntimeError):
                loop.call_soon_threadsafe(_spawn_aclose, self.response)

    def __repr__(self) -> str:
        return f"<{type(self).__name__} events={self._state.events} closed={self._closed}>"


async def _empty() -> AsyncGenerator[Any, None]:
    return
    yield  # an async generator that yields nothing


_closing: set[Any] = set()  # tasks closing dropped streams


def _spawn_aclose(response: httpx.Response) -> None:
    import asyncio

    task = asyncio.ensure_future(response.aclose())
    _closing.add(task)  # keep a reference until done, or the task may vanish
    task.add_done_callback(_closing.discard)


async def _drain_async(rest: AsyncGenerator[Any, None], response: httpx.Response) -> None:
    """The async twin of `_background.drain`: read the tail for at most
    `DRAIN_SECONDS`, then close."""
    import asyncio

    try:
        # a body read to its end (httpx closed it) leaves only parsing: no deadline
        async with asyncio.timeout(None if response.is_closed else _background.DRAIN_SECONDS):
            count = 0
            async for _ in rest:
                count += 1
                if count >= _background.DRAIN_MAX_EVENTS:
                    break
    except Exception:
        pass
    finally:
        with contextlib.suppress(Exception):
            await rest.aclose()
        await response.aclose()
