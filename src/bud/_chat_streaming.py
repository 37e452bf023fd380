"""`ChatCompletionStream` / `AsyncChatCompletionStream`: typed chunks of a streamed chat
completion, and what they add up to.

`ChatStreamState` is the chat dialect's state machine: `data:` frames of
`chat.completion.chunk` objects ending in `data: [DONE]`. It types each chunk
and keeps a tally per choice (text, refusal, reasoning, tool calls assembled
from their deltas, finish reason) and the usage chunk, so after the loop the
caller has the whole answer without re-reading anything. Reading the socket
and closing the reply are `_event_stream`'s, shared with Responses streams.

The life: "open"; "done" at `[DONE]`, or when the body ends after every choice
has its finish reason (servers that leave `[DONE]` out); "cut" when it ends
before; "closed" by the caller; "terminal" on an error frame, which is raised.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from time import perf_counter
from typing import Any

import httpx
from bud_api.models.chat_completion import ChatCompletion
from bud_api.models.chat_completion_chunk import ChatCompletionChunk
from bud_api.types import Unset
from httpx_sse import ServerSentEvent

from bud._event_stream import STOP, AsyncEventStream, EventStream, StreamStateBase, not_a_stream
from bud._events import DONE, UnknownEvent
from bud._redact import redact, response_secrets
from bud.exceptions import BudError, IncompleteStreamError, StreamError, server_message

logger = logging.getLogger("bud")

__all__ = ["AsyncChatCompletionStream", "ChatCompletionStream", "ChatStreamState"]

_loads = json.loads
_from_dict = ChatCompletionChunk.from_dict


def _set(value: Any) -> Any:
    return None if isinstance(value, Unset) else value


class _Choice:
    """What one choice's deltas add up to."""

    __slots__ = ("content", "finish_reason", "reasoning", "refusal", "role", "tool_calls")

    def __init__(self) -> None:
        self.role = "assistant"
        self.content: list[str] = []
        self.refusal: list[str] = []
        self.reasoning: list[str] = []
        self.tool_calls: dict[int, dict[str, Any]] = {}
        self.finish_reason: str | None = None

    def feed(self, delta: Any) -> None:
        content = delta.content
        if type(content) is str:
            self.content.append(content)
        calls = delta.tool_calls
        if calls:
            for call in calls:
                self._tool_call(call)
        if type(delta.refusal) is str:
            self.refusal.append(delta.refusal)
        if type(delta.reasoning_content) is str:
            self.reasoning.append(delta.reasoning_content)
        if type(delta.role) is str and delta.role:
            self.role = delta.role

    def _tool_call(self, call: Any) -> None:
        index = call.index if type(call.index) is int else len(self.tool_calls)
        entry = self.tool_calls.get(index)
        if entry is None:
            entry = self.tool_calls[index] = {"id": "", "type": "function", "name": "", "args": []}
        if type(call.id) is str and call.id:
            entry["id"] = call.id
        if type(call.type) is str and call.type:
            entry["type"] = call.type
        function = _set(call.function)
        if function is not None:
            if type(function.name) is str and function.name:
                entry["name"] += function.name
            if type(function.arguments) is str:
                entry["args"].append(function.arguments)

    def message(self) -> dict[str, Any]:
        text = "".join(self.content)
        # a tool call's message has no content (a first `content: ""` delta is not text)
        message: dict[str, Any] = {
            "role": self.role,
            "content": text if text or not self.tool_calls else None,
        }
        if self.refusal:
            message["refusal"] = "".join(self.refusal)
        if self.reasoning:
            message["reasoning_content"] = "".join(self.reasoning)
        if self.tool_calls:
            message["tool_calls"] = [
                {
                    "id": call["id"],
                    "type": call["type"],
                    "function": {"name": call["name"], "arguments": "".join(call["args"])},
                }
                for _, call in sorted(self.tool_calls.items())
            ]
        return message


class ChatStreamState(StreamStateBase):
    """What a chat stream has seen, and where it is in its life: the one record of it.
    The stream, the tracer and the caller all read it. Per chunk: one decode and a
    few attribute reads."""

    __slots__ = (
        "choices",
        "events",
        "first_at",
        "head",
        "http",
        "last",
        "phase",
        "response_id",
        "resumes",
        "skipped",
        "stop",
        "terminal",
        "usage",
    )  # fmt: skip

    def __init__(self, response: httpx.Response | None = None) -> None:
        super().__init__()
        self.http = response  # the reply: its secrets an error frame must not show
        self.resumes = 0  # chat streams cannot resume
        self.events = 0
        self.first_at: float | None = None
        self.terminal: Any = None  # an error frame; chat has no terminal event otherwise
        self.response_id: str | None = None
        self.head: dict[str, Any] = {}  # id, created, model, ... from the first chunk
        self.choices: dict[int, _Choice] = {}
        self.usage: Any = None
        self.skipped: list[str] = []
        self.last: Any = None

    def accept(self, sse: ServerSentEvent) -> Any:
        """The typed chunk for *sse*; None to skip it; `STOP` at `[DONE]`."""
        data = sse.data
        if not data:
            return None
        if data == DONE:
            if self.phase == "open":
                self.phase = "done"
            return STOP
        try:
            payload = _loads(data)
        except (ValueError, RecursionError) as exc:
            self.skipped.append(data)
            logger.warning("Skipped SSE data that is not JSON (%s): %r", exc, data[:100])
            return None
        if type(payload) is not dict:
            return self._count(UnknownEvent(type=sse.event, data=payload, error="not an object"))
        if "error" in payload and "choices" not in payload:
            self._failed(payload)
        try:
            chunk = _from_dict(payload)
        except (TypeError, ValueError, KeyError, AttributeError) as exc:
            kind = str(payload.get("object") or sse.event)
            return self._count(UnknownEvent(type=kind, data=payload, error=f"{exc!r}"))
        return self._count(chunk, chunk)

    def _count(self, event: Any, chunk: Any = None) -> Any:
        if not self.events:
            self.first_at = perf_counter()
            if chunk is not None:
                self._head(chunk)
        self.events += 1
        self.last = event
        if chunk is not None:
            choices = chunk.choices
            if choices:
                for choice in choices:
                    self._feed(choice)
            usage = chunk.usage
            if usage is not None and not isinstance(usage, Unset):
                self.usage = usage
        return event

    def _head(self, chunk: ChatCompletionChunk) -> None:
        for name in ("id", "created", "model", "system_fingerprint", "service_tier"):
            value = _set(getattr(chunk, name))
            if value is not None:
                self.head[name] = value
        self.response_id = self.head.get("id")

    def _feed(self, choice: Any) -> None:
        index = choice.index if type(choice.index) is int else 0
        tally = self.choices.get(index)
        if tally is None:
            tally = self.choices[index] = _Choice()
        delta = choice.delta
        if delta is not None and not isinstance(delta, Unset):
            tally.feed(delta)
        reason = choice.finish_reason
        if type(reason) is str and reason:
            tally.finish_reason = reason

    def _failed(self, payload: dict[str, Any]) -> None:
        self.terminal = payload
        self.phase = "terminal"
        self.stop = True
        message = server_message(payload, "") or "the server reported an error"
        if self.http is not None:
            message = redact(message, response_secrets(self.http))
        raise StreamError(f"The chat stream failed: {message}", body=payload.get("error"),
                          response=self.http)  # fmt: skip

    def json_events(self, response: httpx.Response) -> Iterator[Any]:
        """A JSON `chat.completion` where a stream was asked for, as the one chunk a
        stream of it would carry; any other body is an error."""
        try:
            data: Any = json.loads(response.content)
        except ValueError:
            data = None
        if not (isinstance(data, dict) and isinstance(data.get("choices"), list)):
            raise not_a_stream(response, data)
        chunk = {**data, "object": "chat.completion.chunk", "choices": [
            {"index": c.get("index", i), "delta": c.get("message") or {},
             "finish_reason": c.get("finish_reason")}
            for i, c in enumerate(data["choices"]) if isinstance(c, dict)
        ]}  # fmt: skip
        event = self.accept(ServerSentEvent(data=json.dumps(chunk)))
        self.phase = "done"
        if event is not None and event is not STOP:
            yield event

    @staticmethod
    def resume_point(resume: Any) -> int | None:
        return None  # a chat completion cannot be fetched again: a cut is final

    @property
    def finished(self) -> bool:
        if self.phase == "done":
            return True
        # a server that leaves `[DONE]` out still ends every choice with a reason
        return bool(self.choices) and all(c.finish_reason for c in self.choices.values())

    def incomplete(self, cause: BaseException | None = None) -> IncompleteStreamError:
        self.phase = "cut"
        how = f"the connection failed ({type(cause).__name__})" if cause else "the body ended"
        return IncompleteStreamError(
            f"The chat stream was cut short: {how} after {self.events} chunks, before [DONE]",
            events_received=self.events,
            last_sequence_number=None,
            response_id=self.response_id,
        )

    def completion(self) -> ChatCompletion | None:
        """The `ChatCompletion` the chunks so far add up to; None before the first."""
        if not self.events:
            return None
        data: dict[str, Any] = {"object": "chat.completion", **self.head}
        data["choices"] = [
            {"index": index, "message": tally.message(), "finish_reason": tally.finish_reason}
            for index, tally in sorted(self.choices.items())
        ]
        if self.usage is not None:
            data["usage"] = self.usage.to_dict()
        result: ChatCompletion = ChatCompletion.from_dict(data)
        return result


class _ChatStreamBase:
    _state: ChatStreamState

    @property
    def output_text(self) -> str:
        """The text of the first choice so far."""
        tally = self._state.choices.get(0)
        return "".join(tally.content) if tally is not None else ""

    @property
    def tool_calls(self) -> list[Any]:
        """The first choice's tool calls, assembled from their deltas."""
        completion = self._state.completion()
        if completion is None or not completion.choices:
            return []
        message = completion.choices[0].message
        calls = getattr(message, "tool_calls", None)
        return list(calls) if isinstance(calls, list) else []

    @property
    def finish_reason(self) -> str | None:
        tally = self._state.choices.get(0)
        return tally.finish_reason if tally is not None else None

    @property
    def usage(self) -> Any:
        """The usage chunk's counts (`stream_options={"include_usage": True}`), or None."""
        return self._state.usage

    @property
    def final_completion(self) -> ChatCompletion | None:
        """The `ChatCompletion` the chunks add up to (read the stream first)."""
        return self._state.completion()

    def get_final_completion(self) -> ChatCompletion:
        """The whole answer as a `ChatCompletion`, once the stream has ended."""
        completion = self._state.completion()
        if completion is None:
            raise BudError("The chat stream has no chunks yet: read it first")
        return completion


class ChatCompletionStream(_ChatStreamBase, EventStream):
    """Iterate the typed `ChatCompletionChunk`s of a streamed chat completion; close it,
    or use `with`. After the loop: `output_text`, `tool_calls`, `usage`,
    `get_final_completion()`.

    Example::

        with client.chat.completions.create(model="m", messages=msgs, stream=True) as s:
            for chunk in s:
                print(chunk.choices[0].delta.content or "", end="")
        print(s.usage)
    """

    _State = ChatStreamState


class AsyncChatCompletionStream(_ChatStreamBase, AsyncEventStream):
    """Async twin of `ChatCompletionStream`: `async for`, `aclose()`, `async with`."""

    _State = ChatStreamState
