"""Turns a request and scripted content into the Response lifecycle, as SSE frames.

Every frame is encoded once, here: the wire writer and the replay endpoint
only copy bytes. Delta events, the bulk of any stream, are built from a
pre-encoded prefix so each costs one small ``%`` format, not a ``json.dumps``.
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from ._ids import new_call_id, new_id
from ._inputs import count_tokens
from ._plan import (
    Completed,
    Content,
    ErrorEvent,
    Failed,
    FunctionCallSpec,
    Incomplete,
    MessageSpec,
    Outcome,
    ReasoningSpec,
)

TERMINAL_EVENTS = frozenset(
    {"response.completed", "response.incomplete", "response.failed", "error"}
)


def dumps(value: Any) -> str:
    return json.dumps(value, separators=(",", ":"), ensure_ascii=False)


def encoded_strings(values: Iterable[str]) -> Iterator[bytes]:
    """Each string as JSON bytes; deltas repeat a lot, so each is encoded once."""
    cache: dict[str, bytes] = {}
    for value in values:
        data = cache.get(value)
        if data is None:
            data = cache[value] = dumps(value).encode()
        yield data


@dataclass(slots=True)
class Generation:
    response_id: str
    frames: list[bytes]
    """SSE frames; a frame's index is its event's ``sequence_number``."""
    initial: dict[str, Any]
    """The response as first announced (``in_progress``, or ``queued`` in background)."""
    final: dict[str, Any]
    outcome: Outcome
    context_tokens: int
    """Input plus output tokens: what a follow-up turn finds in the prompt cache."""


class _Emitter:
    __slots__ = ("frames",)

    def __init__(self) -> None:
        self.frames: list[bytes] = []

    def event(self, kind: str, fields: Mapping[str, Any]) -> None:
        payload = {"type": kind, **fields, "sequence_number": len(self.frames)}
        self.frames.append(f"event: {kind}\ndata: {dumps(payload)}\n\n".encode())

    def deltas(self, kind: str, fields: Mapping[str, Any], deltas: tuple[str, ...]) -> None:
        head = dumps({"type": kind, **fields})[:-1]
        prefix = f'event: {kind}\ndata: {head},"delta":'.encode()
        frames = self.frames
        for data in encoded_strings(deltas):
            frames.append(b'%s%s,"sequence_number":%d}\n\n' % (prefix, data, len(frames)))


def _pick(body: Mapping[str, Any], key: str, default: Any) -> Any:
    value = body.get(key)
    return default if value is None else value


def response_skeleton(body: Mapping[str, Any], response_id: str, created_at: int) -> dict[str, Any]:
    """The Response fields that echo the request, with the service's defaults."""
    reasoning = body.get("reasoning")
    reasoning = reasoning if isinstance(reasoning, Mapping) else {}
    return {
        "id": response_id,
        "object": "response",
        "created_at": created_at,
        "status": "in_progress",
        "background": bool(body.get("background")),
        "completed_at": None,
        "error": None,
        "incomplete_details": None,
        "instructions": body.get("instructions"),
        "max_output_tokens": body.get("max_output_tokens"),
        "max_tool_calls": body.get("max_tool_calls"),
        "model": body.get("model"),
        "output": [],
        "parallel_tool_calls": _pick(body, "parallel_tool_calls", True),
        "previous_response_id": body.get("previous_response_id"),
        "prompt_cache_key": body.get("prompt_cache_key"),
        "reasoning": {"effort": reasoning.get("effort"), "summary": reasoning.get("summary")},
        "safety_identifier": body.get("safety_identifier"),
        "service_tier": _pick(body, "service_tier", "default"),
        "store": _pick(body, "store", True),
        "temperature": _pick(body, "temperature", 1.0),
        "text": _pick(body, "text", {"format": {"type": "text"}}),
        "tool_choice": _pick(body, "tool_choice", "auto"),
        "tools": _pick(body, "tools", []),
        "top_logprobs": _pick(body, "top_logprobs", 0),
        "top_p": _pick(body, "top_p", 1.0),
        "truncation": _pick(body, "truncation", "disabled"),
        "usage": None,
        "user": body.get("user"),
        "metadata": _pick(body, "metadata", {}),
    }


def usage_object(
    input_tokens: int, cached_tokens: int, output_tokens: int, reasoning_tokens: int
) -> dict[str, Any]:
    return {
        "input_tokens": input_tokens,
        "input_tokens_details": {"cached_tokens": cached_tokens, "cache_write_tokens": 0},
        "output_tokens": output_tokens,
        "output_tokens_details": {"reasoning_tokens": reasoning_tokens},
        "total_tokens": input_tokens + output_tokens,
    }


def token_counts(
    content: Content,
    input_tokens: int,
    cached_tokens: int = 0,
    overrides: Mapping[str, int] | None = None,
) -> dict[str, int]:
    """``input_tokens``, ``cached_tokens``, ``output_tokens`` (every item's text) and
    ``reasoning_tokens`` (reasoning items' text) of one answer, any of them overridden."""
    output_tokens = reasoning_tokens = 0
    for spec in content.items:
        tokens = count_tokens("".join(spec.deltas))
        output_tokens += tokens
        if isinstance(spec, ReasoningSpec):
            reasoning_tokens += tokens
    counts = {
        "input_tokens": input_tokens,
        "cached_tokens": cached_tokens,
        "output_tokens": output_tokens,
        "reasoning_tokens": reasoning_tokens,
    }
    counts.update(overrides or {})
    return counts


def _message(em: _Emitter, spec: MessageSpec, index: int, status: str | None) -> dict[str, Any]:
    """Emit a message's events; ``status=None`` leaves it unfinished (no done events)."""
    item_id = new_id("msg")
    added = {"id": item_id, "type": "message", "status": "in_progress", "role": "assistant"}
    em.event(
        "response.output_item.added", {"output_index": index, "item": {**added, "content": []}}
    )
    where = {"item_id": item_id, "output_index": index, "content_index": 0}
    text = "".join(spec.deltas)
    empty_part: dict[str, Any]
    done_fields: dict[str, Any]
    if spec.refusal:  # response.refusal.delta / .done, a `refusal` content part
        kind, empty_part = "response.refusal", {"type": "refusal", "refusal": ""}
        part = {**empty_part, "refusal": text}
        delta_fields, done_fields = where, {"refusal": text}
    else:
        kind = "response.output_text"
        empty_part = {"type": "output_text", "text": "", "annotations": [], "logprobs": []}
        part = {**empty_part, "text": text}
        delta_fields, done_fields = {**where, "logprobs": []}, {"text": text, "logprobs": []}
    em.event("response.content_part.added", {**where, "part": empty_part})
    em.deltas(f"{kind}.delta", delta_fields, spec.deltas)
    if status is None:
        return {**added, "status": "incomplete", "content": [part]}
    em.event(f"{kind}.done", {**where, **done_fields})
    em.event("response.content_part.done", {**where, "part": part})
    item = {**added, "status": status, "content": [part]}
    em.event("response.output_item.done", {"output_index": index, "item": item})
    return item


def _function_call(em: _Emitter, spec: FunctionCallSpec, index: int) -> dict[str, Any]:
    item_id = new_id("fc")
    base = {
        "id": item_id,
        "type": "function_call",
        "status": "in_progress",
        "arguments": "",
        "call_id": spec.call_id or new_call_id(),
        "name": spec.name,
    }
    em.event("response.output_item.added", {"output_index": index, "item": base})
    where = {"item_id": item_id, "output_index": index}
    em.deltas("response.function_call_arguments.delta", where, spec.deltas)
    arguments = "".join(spec.deltas)
    em.event(
        "response.function_call_arguments.done",
        {"item_id": item_id, "name": spec.name, "output_index": index, "arguments": arguments},
    )
    item = {**base, "status": "completed", "arguments": arguments}
    em.event("response.output_item.done", {"output_index": index, "item": item})
    return item


def _reasoning(em: _Emitter, spec: ReasoningSpec, index: int) -> dict[str, Any]:
    item_id = new_id("rs")
    em.event(
        "response.output_item.added",
        {"output_index": index, "item": {"id": item_id, "type": "reasoning", "summary": []}},
    )
    where = {"item_id": item_id, "output_index": index, "summary_index": 0}
    em.event(
        "response.reasoning_summary_part.added",
        {**where, "part": {"type": "summary_text", "text": ""}},
    )
    em.deltas("response.reasoning_summary_text.delta", where, spec.deltas)
    text = "".join(spec.deltas)
    part = {"type": "summary_text", "text": text}
    em.event("response.reasoning_summary_text.done", {**where, "text": text})
    em.event("response.reasoning_summary_part.done", {**where, "part": part})
    item = {"id": item_id, "type": "reasoning", "summary": [part]}
    em.event("response.output_item.done", {"output_index": index, "item": item})
    return item


def generate(
    body: Mapping[str, Any],
    content: Content,
    *,
    input_tokens: int,
    cached_tokens: int = 0,
    usage_overrides: Mapping[str, int] | None = None,
) -> Generation:
    """Build every event of one response and the final Response object."""
    now = int(time.time())
    response_id = new_id("resp")
    base = response_skeleton(body, response_id, now)
    em = _Emitter()
    initial = {**base, "status": "queued" if base["background"] else "in_progress"}
    em.event("response.created", {"response": initial})
    em.event("response.in_progress", {"response": {**base, "status": "in_progress"}})

    outcome = content.outcome
    finished = isinstance(outcome, (Completed, Incomplete))
    message_status = "incomplete" if isinstance(outcome, Incomplete) else "completed"
    output: list[dict[str, Any]] = []
    for index, spec in enumerate(content.items):
        if isinstance(spec, MessageSpec):
            output.append(_message(em, spec, index, message_status if finished else None))
        elif isinstance(spec, FunctionCallSpec):
            output.append(_function_call(em, spec, index))
        else:
            output.append(_reasoning(em, spec, index))

    counts = token_counts(content, input_tokens, cached_tokens, usage_overrides)
    usage = usage_object(
        counts["input_tokens"],
        counts["cached_tokens"],
        counts["output_tokens"],
        counts["reasoning_tokens"],
    )
    final: dict[str, Any] = {**base, "output": output}
    if isinstance(outcome, Completed):
        final.update(status="completed", completed_at=int(time.time()), usage=usage)
        em.event("response.completed", {"response": final})
    elif isinstance(outcome, Incomplete):
        final.update(
            status="incomplete", incomplete_details={"reason": outcome.reason}, usage=usage
        )
        em.event("response.incomplete", {"response": final})
    elif isinstance(outcome, Failed):
        final.update(status="failed", error={"code": outcome.code, "message": outcome.message})
        em.event("response.failed", {"response": final})
    else:
        assert isinstance(outcome, ErrorEvent)
        code = outcome.code or "server_error"
        final.update(status="failed", error={"code": code, "message": outcome.message})
        em.event(
            "error",
            {"code": outcome.code, "message": outcome.message, "param": outcome.param},
        )
    return Generation(
        response_id=response_id,
        frames=em.frames,
        initial=initial,
        final=final,
        outcome=outcome,
        context_tokens=usage["total_tokens"],
    )
