"""Chat Completions from scripted content: the ``chat.completion`` object and its chunks.

The :class:`Content` that drives a Response drives a chat answer too: messages become
``content``, function calls ``tool_calls``; reasoning items have no place in this API
and only count as reasoning tokens. As in ``_events``, every chunk is encoded once and
delta chunks are a pre-encoded prefix and suffix around the delta's own JSON.
"""

from __future__ import annotations

import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from ._errors import int_field, invalid, missing
from ._events import dumps, encoded_strings, token_counts
from ._ids import new_call_id, new_id
from ._plan import Content, ErrorEvent, Failed, FunctionCallSpec, Incomplete, MessageSpec

_ROLES = frozenset({"system", "developer", "user", "assistant", "tool", "function"})
# Stands for a delta while a chunk's prefix and suffix are encoded around it.
_MARK = "\x00delta\x00"


def as_error(content: Content) -> ErrorEvent | None:
    """How an answer failed, as an HTTP error (a failed Response has no chat equivalent)."""
    outcome = content.outcome
    if isinstance(outcome, Failed):
        return ErrorEvent(outcome.message, outcome.code, None, 500)
    return outcome if isinstance(outcome, ErrorEvent) else None


def chat_options(body: Mapping[str, Any], stream: bool) -> tuple[int | None, bool]:
    """Check a chat request; its token limit and whether a stream ends with usage."""
    messages = body.get("messages")
    if messages is None:
        raise missing("messages")
    if not isinstance(messages, list):
        raise invalid(
            "messages", "Invalid type for 'messages': expected an array.", code="invalid_type"
        )
    if not messages:
        raise invalid(
            "messages",
            "Invalid 'messages': empty array. Expected an array with minimum length 1.",
            code="empty_array",
        )
    for index, message in enumerate(messages):
        where = f"messages[{index}]"
        if not isinstance(message, Mapping):
            raise invalid(where, f"Invalid type for '{where}': expected an object.", "invalid_type")
        if message.get("role") not in _ROLES:
            roles = ", ".join(sorted(_ROLES))
            raise invalid(f"{where}.role", f"Invalid '{where}.role': expected one of {roles}.")
    tools = body.get("tools")
    if tools is not None and not isinstance(tools, list):
        raise invalid("tools", "Invalid type for 'tools': expected an array.", "invalid_type")
    limit = int_field(body, "max_completion_tokens")
    limit = int_field(body, "max_tokens") if limit is None else limit
    options = body.get("stream_options")
    if options is None:
        return limit, False
    if not stream:
        raise invalid(
            "stream_options",
            "The 'stream_options' parameter is only allowed when 'stream' is enabled.",
        )
    if not isinstance(options, Mapping):
        raise invalid("stream_options", "Invalid type for 'stream_options': expected an object.")
    return limit, options.get("include_usage") is True


def _finish_reason(content: Content, calls: int) -> str:
    outcome = content.outcome
    if isinstance(outcome, Incomplete):
        return "content_filter" if outcome.reason == "content_filter" else "length"
    return "tool_calls" if calls else "stop"


def chat_usage(counts: Mapping[str, int], detailed: bool) -> dict[str, Any]:
    """Chat usage from ``token_counts``; ``detailed`` adds OpenAI's ``*_details``."""
    usage: dict[str, Any] = {
        "prompt_tokens": counts["input_tokens"],
        "completion_tokens": counts["output_tokens"],
        "total_tokens": counts["input_tokens"] + counts["output_tokens"],
    }
    if detailed:
        usage["prompt_tokens_details"] = {"cached_tokens": counts["cached_tokens"]}
        usage["completion_tokens_details"] = {"reasoning_tokens": counts["reasoning_tokens"]}
    return usage


class _Chunks:
    """``data: {chat.completion.chunk}`` frames sharing one id, created time and model."""

    __slots__ = ("_head", "_tail", "frames")

    def __init__(self, head: Mapping[str, Any], include_usage: bool) -> None:
        self._head = dumps(dict(head))[:-1]
        # With include_usage every chunk says "usage": null until the last one.
        self._tail = ',"usage":null}' if include_usage else "}"
        self.frames: list[bytes] = []

    def _frame(self, delta: Mapping[str, Any], finish_reason: str | None) -> str:
        choice = {"index": 0, "delta": delta, "logprobs": None, "finish_reason": finish_reason}
        return f'data: {self._head},"choices":[{dumps(choice)}]{self._tail}\n\n'

    def chunk(self, delta: Mapping[str, Any], finish_reason: str | None = None) -> None:
        self.frames.append(self._frame(delta, finish_reason).encode())

    def deltas(self, delta: Mapping[str, Any], pieces: Sequence[str]) -> None:
        """One chunk per piece, each ``delta`` with the piece where ``_MARK`` stands."""
        prefix, suffix = (p.encode() for p in self._frame(delta, None).split(dumps(_MARK)))
        self.frames.extend(prefix + data + suffix for data in encoded_strings(pieces))

    def usage(self, usage: Mapping[str, Any]) -> None:
        self.frames.append(f'data: {self._head},"choices":[],"usage":{dumps(usage)}}}\n\n'.encode())


@dataclass(slots=True)
class ChatGeneration:
    completion: dict[str, Any]
    frames: list[bytes]
    """The stream without ``[DONE]``; a failed answer stops after its partial deltas."""
    error: ErrorEvent | None


def generate_chat(
    body: Mapping[str, Any],
    content: Content,
    *,
    input_tokens: int,
    include_usage: bool = False,
    usage_overrides: Mapping[str, int] | None = None,
    detailed_usage: bool = True,
    extra: Mapping[str, Any] | None = None,
) -> ChatGeneration:
    """Build one chat answer both ways: the stream's chunks and the ``chat.completion``.

    ``extra`` fields (the gateway's ``episode_id``) go into the completion and every chunk.
    """
    head = {
        "id": new_id("chatcmpl", 32, "-"),
        "object": "chat.completion.chunk",
        "created": int(time.time()),
        "model": body.get("model"),
        **(extra or {}),
    }
    chunks = _Chunks(head, include_usage)
    chunks.chunk({"role": "assistant", "content": ""})
    texts: list[str] = []
    refusals: list[str] = []
    calls: list[dict[str, Any]] = []
    for spec in content.items:
        if isinstance(spec, MessageSpec) and spec.refusal:
            chunks.deltas({"refusal": _MARK}, spec.deltas)
            refusals.append("".join(spec.deltas))
        elif isinstance(spec, MessageSpec):
            chunks.deltas({"content": _MARK}, spec.deltas)
            texts.append("".join(spec.deltas))
        elif isinstance(spec, FunctionCallSpec):
            index, call_id = len(calls), spec.call_id or new_call_id()
            function = {"name": spec.name, "arguments": ""}
            call = {"index": index, "id": call_id, "type": "function", "function": function}
            chunks.chunk({"tool_calls": [call]})
            chunks.deltas({"tool_calls": [{"index": index, "function": {"arguments": _MARK}}]},
                          spec.deltas)  # fmt: skip
            arguments = "".join(spec.deltas)
            calls.append({"id": call_id, "type": "function",
                          "function": {**function, "arguments": arguments}})  # fmt: skip
    counts = token_counts(content, input_tokens, 0, usage_overrides)
    usage = chat_usage(counts, detailed_usage)
    finish_reason = _finish_reason(content, len(calls))
    error = as_error(content)
    if error is None:
        chunks.chunk({}, finish_reason)
        if include_usage:
            chunks.usage(usage)
    message: dict[str, Any] = {
        "role": "assistant",
        "content": "".join(texts) if texts or not (calls or refusals) else None,
        "refusal": "".join(refusals) if refusals else None,
    }
    if calls:
        message["tool_calls"] = calls
    choice = {"index": 0, "message": message, "finish_reason": finish_reason, "logprobs": None}
    completion = {**head, "object": "chat.completion", "choices": [choice], "usage": usage}
    return ChatGeneration(completion, chunks.frames, error)
