"""`ResponseStream` / `AsyncResponseStream`: typed events of a streamed response.

`StreamState` is the Responses dialect's state machine: it types each message
(`_events.decode`) and keeps what the caller may ask afterwards. Reading the
socket and closing the reply are `_event_stream`'s, shared with chat streams.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from time import perf_counter
from typing import Any

import httpx
from bud_api.types import UNSET
from httpx_sse import ServerSentEvent

from bud._event_stream import (
    STOP,
    AsyncEventStream,
    EventSourceReader,
    EventStream,
    StreamStateBase,
    is_event_stream,
    not_a_stream,
)
from bud._events import DONE, TERMINAL_TYPES, decode, terminal_response
from bud.exceptions import BudError, IncompleteStreamError

logger = logging.getLogger("bud")

__all__ = ["AsyncResponseStream", "ResponseStream", "StreamState", "is_event_stream"]


class StreamState(StreamStateBase):
    """What a stream has seen, and where it is in its life: the one record of it.
    `ResponseStream`, the `stream()` helper and the tracing wrapper all read it.
    Per event: one decode, one set lookup.

    The life: "open" until the first terminal event ("terminal", which also stops
    reading: the first terminal event wins), or `[DONE]` / the end of the body
    ("done"), a cut ("cut"), or the caller closing it ("closed").
    """

    __slots__ = (
        "completed_response",
        "created",
        "events",
        "final_response",
        "first_at",
        "http",
        "last",
        "response_id",
        "resumes",
        "skip_through",
        "skipped",
        "terminal",
        "trace_context",
    )

    def __init__(self, response: httpx.Response | None = None) -> None:
        super().__init__()
        self.http = response  # the reply being read: a resume replaces it
        self.resumes = 0
        self.skip_through: int | None = None  # after a resume: events already yielded
        self.trace_context: Any = None  # the traced stream's span, for its resumes
        self.events = 0
        self.first_at: float | None = None  # perf_counter() at the first event
        self.terminal: Any = None
        self.completed_response: Any = None
        self.created: Any = None  # the `Response` of `response.created`: its id and model
        self.final_response: Any = None
        self.response_id: str | None = None
        self.skipped: list[str] = []
        self.last: Any = None  # the latest event: its sequence number resumes a cut stream

    @property
    def done(self) -> bool:
        return self.phase == "done"

    def accept(self, sse: ServerSentEvent) -> Any:
        """The typed event for *sse*; None to skip it; `STOP` at `[DONE]`."""
        data = sse.data
        if not data:
            return None  # `id:`, `retry:` or comment lines alone: nothing to read
        if data == DONE:
            if self.phase == "open":
                self.phase = "done"
            return STOP
        try:
            event = decode(data, sse.event)
        except (ValueError, RecursionError) as exc:
            # the spec's choice: data that is not JSON is skipped, loudly, and kept
            # (RecursionError: JSON nested deeper than Python can read)
            self.skipped.append(data)
            logger.warning("Skipped SSE data that is not JSON (%s): %r", exc, data[:100])
            return None
        if self.skip_through is not None and self._seen(event):
            return None  # a resumed stream's replay of what the caller already has
        if not self.events:
            self.first_at = perf_counter()
        self.events += 1
        self.last = event
        event_type = event.type
        if event_type in TERMINAL_TYPES:
            self._on_terminal(event, event_type)
        elif event_type == "response.created":
            self.created = getattr(event, "response", None)
            self.response_id = getattr(self.created, "id", None) or None
        return event

    def _on_terminal(self, event: Any, event_type: str) -> None:
        self.terminal = event
        self.phase = "terminal"
        self.stop = True
        response = terminal_response(event)
        if response is not None:
            self.final_response = response
            if event_type == "response.completed" or (
                event_type == "response.done" and response.status in ("completed", UNSET)
            ):
                self.completed_response = response

    def _seen(self, event: Any) -> bool:
        sequence = getattr(event, "sequence_number", None)
        if isinstance(sequence, int) and sequence <= (self.skip_through or 0):
            return True
        self.skip_through = None  # past the replay: no more checks
        return False

    def resume_point(self, resume: Any) -> int | None:
        """After a cut: the sequence number to resume after, or None when the stream
        cannot resume (no way back, no response id, no sequence numbers, or the
        call's retries spent)."""
        if resume is None or self.phase == "closed":
            return None
        if self.response_id is None and resume.response_id is None:
            return None
        sequence = getattr(self.last, "sequence_number", None)
        if not isinstance(sequence, int) or self.resumes >= resume.limit:
            return None
        return sequence

    def resumed(self, after: int, response: httpx.Response) -> None:
        """The stream reconnected: read *response*, skipping what came up to *after*."""
        self.resumes += 1
        self.skip_through = after
        self.http = response

    def json_events(self, response: httpx.Response) -> Iterator[Any]:
        """A JSON `Response` where a stream was asked for, as the one terminal event a
        stream of it would end with."""
        return _json_as_events(response, self)

    @property
    def finished(self) -> bool:
        return self.terminal is not None or self.phase == "done"

    def incomplete(self, cause: BaseException | None = None) -> IncompleteStreamError:
        self.phase = "cut"
        how = f"the connection failed ({type(cause).__name__})" if cause else "the body ended"
        sequence = getattr(self.last, "sequence_number", None)
        return IncompleteStreamError(
            f"The response stream was cut short: {how} after {self.events} events, "
            "before a terminal event (response.completed/incomplete/failed or error)",
            events_received=self.events,
            last_sequence_number=sequence if isinstance(sequence, int) else None,
            response_id=self.response_id,
        )


_TERMINAL_FOR_STATUS = {"failed": "response.failed", "incomplete": "response.incomplete"}


def _json_as_events(response: httpx.Response, state: StreamState) -> Iterator[Any]:
    """A JSON `Response` where a stream was asked for, as the one terminal event a
    stream of it would end with; any other body is the error `_not_a_stream` says."""
    try:
        data: Any = json.loads(response.content)
    except ValueError:
        data = None
    if not (isinstance(data, dict) and _is_response(data)):
        raise not_a_stream(response, data)
    kind = _TERMINAL_FOR_STATUS.get(str(data.get("status")), "response.completed")
    payload = {"type": kind, "sequence_number": 0, "response": data}
    event = state.accept(ServerSentEvent(event=kind, data=json.dumps(payload)))
    if event is not None and event is not STOP:
        yield event


def _is_response(data: dict[str, Any]) -> bool:
    return data.get("object") == "response" or isinstance(data.get("output"), list)


def final_response_of(response: httpx.Response) -> Any:
    """The final `Response` of an event stream that was read whole (a non-streaming
    call the gateway answered with a stream). Raises when it has none."""
    replay = httpx.Response(200, headers={"content-type": "text/event-stream"},
                           content=response.content)  # fmt: skip
    state = StreamState()
    for sse in EventSourceReader(replay).iter_sse():
        state.accept(sse)
        if state.stop or state.done:
            break
    if state.final_response is not None:
        return state.final_response
    terminal = state.terminal
    if terminal is not None:  # an `error` event
        message = getattr(terminal, "message", None) or "the stream ended with an error event"
        raise BudError(f"The response failed: {message}", response=response)
    raise state.incomplete()


class _StreamBase:
    _state: StreamState
    response: httpx.Response

    @property
    def completed_response(self) -> Any:
        """The `Response` of the `response.completed` event; None before it or without it."""
        return self._state.completed_response

    @property
    def final_response(self) -> Any:
        """The `Response` of the terminal event, whichever it was (completed, incomplete,
        failed); None if none arrived."""
        return self._state.final_response

    @property
    def terminal_event(self) -> Any:
        """The terminal event itself (including `error`), once it arrived."""
        return self._state.terminal


class ResponseStream(_StreamBase, EventStream):
    """Iterate typed events of a streamed response; close it, or use `with`.

    Example::

        with client.responses.create(model="m", input="Hi", stream=True) as stream:
            for event in stream:
                if event.type == "response.output_text.delta":
                    print(event.delta, end="")
        print(stream.completed_response.usage)
    """

    _State = StreamState


class AsyncResponseStream(_StreamBase, AsyncEventStream):
    """Async twin of `ResponseStream`: `async for`, `aclose()`, `async with`."""

    _State = StreamState
