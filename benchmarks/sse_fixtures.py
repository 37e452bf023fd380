"""Deterministic recorded inputs for the benchmarks: Responses API SSE bytes and a JSON body,
a Chat Completions SSE stream and embeddings replies.

Every generator returns the exact bytes a server sends, in the OpenAI Responses wire format:
one ``event: <type>\\ndata: <compact json>\\n\\n`` block per event, fields in the order the real
API writes them (``type``, ``sequence_number``, ids and indexes, payload, ``logprobs`` and
``obfuscation`` on deltas), and full ``response`` objects in ``response.created``,
``response.in_progress`` and ``response.completed``, the last one with usage details.

The chat stream is ``data: <chat.completion.chunk>\\n\\n`` frames (no ``event:`` line) in the
order the real API writes their fields, with ``stream_options={"include_usage": true}``: every
chunk says ``"usage":null`` until a last chunk with no choices carries the usage, then
``data: [DONE]``. Embeddings replies are compact JSON, floats in the shortest form that reads
back as the same float32 (as a Rust gateway's serde writes them: ``-0.012345679``), or the same
float32 values little-endian in base64.

Output is a pure function of the arguments (no clock, no randomness without a fixed seed), so
two runs, or two machines, measure the same bytes. ``python benchmarks/sse_fixtures.py --write``
stores them under ``benchmarks/data/`` for inspection.
"""

from __future__ import annotations

import argparse
import base64
import functools
import hashlib
import json
import math
import struct
import sys
from array import array
from collections.abc import Iterator
from pathlib import Path
from typing import Any

DATA_DIR = Path(__file__).resolve().parent / "data"

TEXT_MODEL = "gpt-4.1-mini-2025-04-14"
REASONING_MODEL = "o4-mini-2025-04-16"
CREATED_AT = 1_764_000_000

# Shape of mixed_stream() with its defaults: the smoke test checks these counts.
MIXED_SUMMARY_PARTS = 2
MIXED_SUMMARY_DELTAS_PER_PART = 60
MIXED_ARGUMENT_DELTAS = 120
MIXED_TEXT_DELTAS = 241
# created, in_progress, completed + reasoning item (added, done, 3 per summary part)
# + function call (added, arguments.done, done) + message (added, part added/done, text done, done)
MIXED_FIXED_EVENTS = 3 + (2 + 3 * MIXED_SUMMARY_PARTS) + 3 + 5
MIXED_EVENTS = (
    MIXED_FIXED_EVENTS
    + MIXED_SUMMARY_PARTS * MIXED_SUMMARY_DELTAS_PER_PART
    + MIXED_ARGUMENT_DELTAS
    + MIXED_TEXT_DELTAS
)
# created, in_progress, item added, part added, text done, part done, item done, completed
TEXT_FIXED_EVENTS = 8

CHAT_MODEL = TEXT_MODEL
CHAT_DELTAS = 1000
# the role chunk before the content deltas, the finish chunk and the usage chunk after them
# (``data: [DONE]`` ends the stream but is not a chunk)
CHAT_FIXED_CHUNKS = 3

EMBEDDING_MODEL = "text-embedding-3-small"
EMBEDDING_INPUTS = 100
EMBEDDING_DIMENSIONS = 1536

# Tokens the deltas are drawn from. A few need JSON escaping or are multi-byte UTF-8 on purpose,
# so that a parser's slow paths are part of what is measured.
_WORDS = (
    " the",
    " gateway",
    " routes",
    " each",
    " request",
    " to",
    " a",
    " model",
    ",",
    " and",
    " streams",
    " tokens",
    " back",
    " as",
    " server",
    "-sent",
    " events",
    ".",
    " It",
    " keeps",
    " latency",
    " low",
    " while",
    " tracing",
    " every",
    " call",
    " with",
    " Open",
    "Telemetry",
    " spans",
    ";",
    " the",
    " client",
    " parses",
    " typed",
    " objects",
    " on",
    " arrival",
    ":",
    " café",
    " naïve",
    " —",
    " 東京",
    " 🚀",
    ' "quoted"',
    "\n\n",
    " back\\slash",
    " 42",
    " %",
)
_ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"


class _Rng:
    """A tiny linear congruential generator: the same sequence everywhere, forever."""

    def __init__(self, seed: int) -> None:
        self.state = seed & 0xFFFFFFFF

    def next(self, bound: int) -> int:
        self.state = (1664525 * self.state + 1013904223) & 0xFFFFFFFF
        return (self.state >> 8) % bound


def _hex_id(prefix: str, label: str, length: int = 48) -> str:
    digest = hashlib.sha256(label.encode()).hexdigest()
    return f"{prefix}_{(digest * 2)[:length]}"


def _obfuscation(rng: _Rng, delta: str) -> str:
    # The real API pads deltas with a random string so sizes leak less; length varies.
    n = max(2, 16 - len(delta) + rng.next(4))
    return "".join(_ALNUM[rng.next(len(_ALNUM))] for _ in range(n))


def _tokens(rng: _Rng, n: int) -> list[str]:
    return [_WORDS[rng.next(len(_WORDS))] for _ in range(n)]


def _chunks(text: str, n: int) -> list[str]:
    """Split ``text`` into exactly ``n`` non-empty pieces (``len(text) >= n``)."""
    if len(text) < n:
        raise ValueError(f"cannot split {len(text)} characters into {n} deltas")
    size, extra = divmod(len(text), n)
    out: list[str] = []
    pos = 0
    for i in range(n):
        step = size + (1 if i < extra else 0)
        out.append(text[pos : pos + step])
        pos += step
    return out


def _encode(event: dict[str, Any]) -> bytes:
    data = json.dumps(event, ensure_ascii=False, separators=(",", ":"))
    return f"event: {event['type']}\ndata: {data}\n\n".encode()


def _usage(
    input_tokens: int, output_tokens: int, reasoning_tokens: int, cached: int
) -> dict[str, Any]:
    return {
        "input_tokens": input_tokens,
        "input_tokens_details": {"cached_tokens": cached, "cache_write_tokens": 0},
        "output_tokens": output_tokens,
        "output_tokens_details": {"reasoning_tokens": reasoning_tokens},
        "total_tokens": input_tokens + output_tokens,
    }


def _weather_tool() -> dict[str, Any]:
    return {
        "type": "function",
        "name": "get_weather",
        "description": "Current weather and a short forecast for a city.",
        "parameters": {
            "type": "object",
            "properties": {
                "location": {"type": "string"},
                "unit": {"type": "string", "enum": ["celsius", "fahrenheit"]},
                "days": {"type": "integer"},
            },
            "required": ["location", "unit", "days"],
            "additionalProperties": False,
        },
        "strict": True,
    }


def _response(
    *,
    response_id: str,
    model: str,
    status: str,
    output: list[dict[str, Any]],
    usage: dict[str, Any] | None,
    reasoning: bool,
) -> dict[str, Any]:
    return {
        "id": response_id,
        "object": "response",
        "created_at": CREATED_AT,
        "status": status,
        "background": False,
        "completed_at": CREATED_AT + 3 if status == "completed" else None,
        "error": None,
        "incomplete_details": None,
        "instructions": None,
        "max_output_tokens": None,
        "max_tool_calls": None,
        "model": model,
        "output": output,
        "parallel_tool_calls": True,
        "previous_response_id": None,
        "prompt_cache_key": None,
        "reasoning": {"effort": "medium", "summary": "detailed"}
        if reasoning
        else {"effort": None, "summary": None},
        "safety_identifier": None,
        "service_tier": "default",
        "store": True,
        "temperature": 1.0,
        "text": {"format": {"type": "text"}, "verbosity": "medium"},
        "tool_choice": "auto",
        "tools": [_weather_tool()] if reasoning else [],
        "top_logprobs": 0,
        "top_p": 1.0,
        "truncation": "disabled",
        "usage": usage,
        "user": None,
        "metadata": {},
    }


class _Stream:
    """Accumulates events, numbering them in order."""

    def __init__(self) -> None:
        self.events: list[dict[str, Any]] = []

    def add(self, type_: str, **fields: Any) -> None:
        self.events.append({"type": type_, "sequence_number": len(self.events), **fields})

    def lifecycle_start(self, response: dict[str, Any]) -> None:
        self.add("response.created", response=response)
        self.add("response.in_progress", response=response)

    def bytes(self) -> bytes:
        return b"".join(_encode(e) for e in self.events)


def _message_events(
    s: _Stream, rng: _Rng, *, msg_id: str, output_index: int, deltas: list[str]
) -> dict[str, Any]:
    """Emit a streamed assistant message; return the finished output item."""
    s.add(
        "response.output_item.added",
        output_index=output_index,
        item={
            "id": msg_id,
            "type": "message",
            "status": "in_progress",
            "content": [],
            "role": "assistant",
        },
    )
    empty_part = {"type": "output_text", "annotations": [], "logprobs": [], "text": ""}
    common = {"item_id": msg_id, "output_index": output_index, "content_index": 0}
    s.add("response.content_part.added", **common, part=empty_part)
    for d in deltas:
        s.add(
            "response.output_text.delta",
            **common,
            delta=d,
            logprobs=[],
            obfuscation=_obfuscation(rng, d),
        )
    text = "".join(deltas)
    s.add("response.output_text.done", **common, text=text, logprobs=[])
    part = {"type": "output_text", "annotations": [], "logprobs": [], "text": text}
    s.add("response.content_part.done", **common, part=part)
    item = {
        "id": msg_id,
        "type": "message",
        "status": "completed",
        "content": [part],
        "role": "assistant",
    }
    s.add("response.output_item.done", output_index=output_index, item=item)
    return item


def text_stream(n_deltas: int = 2000, seed: int = 1) -> bytes:
    """A plain text answer: lifecycle events around ``n_deltas`` output_text deltas."""
    rng = _Rng(seed)
    resp_id = _hex_id("resp", f"text-{n_deltas}-{seed}")
    msg_id = _hex_id("msg", f"text-{n_deltas}-{seed}")
    s = _Stream()
    base = _response(
        response_id=resp_id,
        model=TEXT_MODEL,
        status="in_progress",
        output=[],
        usage=None,
        reasoning=False,
    )
    s.lifecycle_start(base)
    item = _message_events(s, rng, msg_id=msg_id, output_index=0, deltas=_tokens(rng, n_deltas))
    done = _response(
        response_id=resp_id,
        model=TEXT_MODEL,
        status="completed",
        output=[item],
        usage=_usage(37, n_deltas, 0, 0),
        reasoning=False,
    )
    s.add("response.completed", response=done)
    return s.bytes()


def _arguments_json() -> str:
    return json.dumps(
        {
            "location": "Bengaluru, Karnataka, India — Koramangala 5th Block",
            "unit": "celsius",
            "days": 7,
            "include": ["hourly", "alerts", "air_quality", "sunrise_sunset"],
            "language": "en-IN",
        },
        ensure_ascii=False,
    )


def _mixed_outputs(
    rng: _Rng, label: str, summary_parts: int, summary_deltas: int, text_deltas: int
) -> tuple[dict[str, Any], list[list[str]], dict[str, Any], dict[str, Any], list[str]]:
    rs_id = _hex_id("rs", label)
    fc_id = _hex_id("fc", label)
    msg_id = _hex_id("msg", label)
    summaries = [_tokens(rng, summary_deltas) for _ in range(summary_parts)]
    reasoning = {
        "id": rs_id,
        "type": "reasoning",
        "summary": [{"type": "summary_text", "text": "".join(p)} for p in summaries],
    }
    call = {
        "id": fc_id,
        "type": "function_call",
        "status": "completed",
        "arguments": _arguments_json(),
        "call_id": _hex_id("call", label, 24),
        "name": "get_weather",
    }
    text = _tokens(rng, text_deltas)
    message = {
        "id": msg_id,
        "type": "message",
        "status": "completed",
        "content": [
            {"type": "output_text", "annotations": [], "logprobs": [], "text": "".join(text)}
        ],
        "role": "assistant",
    }
    return reasoning, summaries, call, message, text


def mixed_stream(
    seed: int = 2,
    summary_parts: int = MIXED_SUMMARY_PARTS,
    summary_deltas_per_part: int = MIXED_SUMMARY_DELTAS_PER_PART,
    argument_deltas: int = MIXED_ARGUMENT_DELTAS,
    text_deltas: int = MIXED_TEXT_DELTAS,
) -> bytes:
    """A reasoning item (summary parts), a function call and a text message; ~500 events."""
    rng = _Rng(seed)
    label = f"mixed-{seed}"
    resp_id = _hex_id("resp", label)
    reasoning, summaries, call, message, text = _mixed_outputs(
        rng, label, summary_parts, summary_deltas_per_part, text_deltas
    )
    s = _Stream()
    base = _response(
        response_id=resp_id,
        model=REASONING_MODEL,
        status="in_progress",
        output=[],
        usage=None,
        reasoning=True,
    )
    s.lifecycle_start(base)

    # 0: reasoning item with streamed summary parts.
    rs = {"item_id": reasoning["id"], "output_index": 0}
    s.add(
        "response.output_item.added",
        output_index=0,
        item={"id": reasoning["id"], "type": "reasoning", "summary": []},
    )
    for i, deltas in enumerate(summaries):
        s.add(
            "response.reasoning_summary_part.added",
            **rs,
            summary_index=i,
            part={"type": "summary_text", "text": ""},
        )
        for d in deltas:
            s.add(
                "response.reasoning_summary_text.delta",
                **rs,
                summary_index=i,
                delta=d,
                obfuscation=_obfuscation(rng, d),
            )
        done_text = "".join(deltas)
        s.add("response.reasoning_summary_text.done", **rs, summary_index=i, text=done_text)
        s.add(
            "response.reasoning_summary_part.done",
            **rs,
            summary_index=i,
            part={"type": "summary_text", "text": done_text},
        )
    s.add("response.output_item.done", output_index=0, item=reasoning)

    # 1: function call with streamed arguments.
    s.add(
        "response.output_item.added",
        output_index=1,
        item={**call, "status": "in_progress", "arguments": ""},
    )
    for d in _chunks(call["arguments"], argument_deltas):
        s.add(
            "response.function_call_arguments.delta",
            item_id=call["id"],
            output_index=1,
            delta=d,
            obfuscation=_obfuscation(rng, d),
        )
    s.add(
        "response.function_call_arguments.done",
        item_id=call["id"],
        output_index=1,
        arguments=call["arguments"],
    )
    s.add("response.output_item.done", output_index=1, item=call)

    # 2: the assistant message.
    _message_events(s, rng, msg_id=message["id"], output_index=2, deltas=text)

    usage = _usage(412, 1024, 384, 128)
    done = _response(
        response_id=resp_id,
        model=REASONING_MODEL,
        status="completed",
        output=[reasoning, call, message],
        usage=usage,
        reasoning=True,
    )
    s.add("response.completed", response=done)
    return s.bytes()


def response_dict(seed: int = 3, text_deltas: int = 300) -> dict[str, Any]:
    """A finished non-streaming ``Response``: reasoning, function_call and message items."""
    rng = _Rng(seed)
    label = f"response-{seed}"
    reasoning, _, call, message, _ = _mixed_outputs(rng, label, 2, 40, text_deltas)
    return _response(
        response_id=_hex_id("resp", label),
        model=REASONING_MODEL,
        status="completed",
        output=[reasoning, call, message],
        usage=_usage(412, 760, 256, 128),
        reasoning=True,
    )


def response_json(seed: int = 3) -> bytes:
    """The body of a non-streaming ``POST /v1/responses`` answer, as the server sends it."""
    return json.dumps(response_dict(seed), ensure_ascii=False, separators=(",", ":")).encode()


def _chat_chunk(
    head: str, delta: dict[str, Any], finish_reason: str | None, obfuscation: str
) -> bytes:
    choice = {"index": 0, "delta": delta, "logprobs": None, "finish_reason": finish_reason}
    choices = json.dumps([choice], ensure_ascii=False, separators=(",", ":"))
    tail = json.dumps(obfuscation)
    return f'data: {head},"choices":{choices},"usage":null,"obfuscation":{tail}}}\n\n'.encode()


def chat_stream(n_deltas: int = CHAT_DELTAS, seed: int = 4) -> bytes:
    """A streamed chat completion, ``stream_options={"include_usage": true}``: a role chunk,
    ``n_deltas`` content chunks, a finish chunk, a usage chunk (no choices), ``[DONE]``."""
    rng = _Rng(seed)
    digest = hashlib.sha256(f"chat-{n_deltas}-{seed}".encode()).digest()
    chat_id = "chatcmpl-" + "".join(_ALNUM[b % len(_ALNUM)] for b in digest[:29])
    head = json.dumps(
        {
            "id": chat_id,
            "object": "chat.completion.chunk",
            "created": CREATED_AT,
            "model": CHAT_MODEL,
            "service_tier": "default",
            "system_fingerprint": "fp_" + digest.hex()[-10:],
        },
        separators=(",", ":"),
    )[:-1]
    frames = [
        _chat_chunk(
            head,
            {"role": "assistant", "content": "", "refusal": None, "annotations": []},
            None,
            _obfuscation(rng, ""),
        )
    ]
    for token in _tokens(rng, n_deltas):
        frames.append(_chat_chunk(head, {"content": token}, None, _obfuscation(rng, token)))
    frames.append(_chat_chunk(head, {}, "stop", _obfuscation(rng, "")))
    usage = {
        "prompt_tokens": 37,
        "completion_tokens": n_deltas,
        "total_tokens": 37 + n_deltas,
        "prompt_tokens_details": {"cached_tokens": 0, "audio_tokens": 0},
        "completion_tokens_details": {
            "reasoning_tokens": 0,
            "audio_tokens": 0,
            "accepted_prediction_tokens": 0,
            "rejected_prediction_tokens": 0,
        },
    }
    obfuscation = json.dumps(_obfuscation(rng, ""))
    usage_json = json.dumps(usage, separators=(",", ":"))
    frames.append(
        f'data: {head},"choices":[],"usage":{usage_json},"obfuscation":{obfuscation}}}\n\n'.encode()
    )
    frames.append(b"data: [DONE]\n\n")
    return b"".join(frames)


def _float32(values: list[float]) -> list[float]:
    """``values`` rounded to float32 (and back to Python floats)."""
    return array("f", values).tolist()


_F32 = struct.Struct("<f")


def _shortest_float32(value: float) -> str:
    """The shortest decimal that reads back as the same float32, as ryu / serde write it."""
    pack, unpack = _F32.pack, _F32.unpack

    def exact(digits: int) -> bool:
        return unpack(pack(float(f"{value:.{digits}g}")))[0] == value

    digits = 8
    if exact(digits):
        while digits > 1 and exact(digits - 1):
            digits -= 1
    else:
        digits = 9  # 9 significant digits always read back as the same float32
    text = f"{value:.{digits}g}"
    mantissa, e, exponent = text.partition("e")
    return f"{mantissa}e{int(exponent)}" if e else text


def embedding_vectors(
    n: int = EMBEDDING_INPUTS, dimensions: int = EMBEDDING_DIMENSIONS, seed: int = 5
) -> list[list[float]]:
    """``n`` unit vectors of float32 values (bell-shaped around 0, like a model's)."""
    rng = _Rng(seed)
    scale = 1 << 24
    vectors: list[list[float]] = []
    for _ in range(n):
        raw = [sum(rng.next(scale) for _ in range(4)) / scale - 2.0 for _ in range(dimensions)]
        norm = math.sqrt(sum(v * v for v in raw)) or 1.0
        vectors.append(_float32([v / norm for v in raw]))
    return vectors


def _embeddings_reply(items: list[str], model: str) -> bytes:
    tokens = 9 * len(items)
    head = '{"object":"list","data":['
    tail = f'],"model":"{model}","usage":{{"prompt_tokens":{tokens},"total_tokens":{tokens}}}}}'
    return (head + ",".join(items) + tail).encode()


@functools.lru_cache(maxsize=4)
def embeddings_json(
    n: int = EMBEDDING_INPUTS,
    dimensions: int = EMBEDDING_DIMENSIONS,
    seed: int = 5,
    encoding_format: str = "float",
) -> bytes:
    """The body of a ``POST /v1/embeddings`` answer: ``n`` embeddings of ``dimensions``
    float32 values, as JSON numbers (``"float"``) or base64 of little-endian float32."""
    items: list[str] = []
    for index, vector in enumerate(embedding_vectors(n, dimensions, seed)):
        if encoding_format == "float":
            embedding = "[" + ",".join(_shortest_float32(v) for v in vector) + "]"
        elif encoding_format == "base64":
            packed = array("f", vector)
            if sys.byteorder == "big":
                packed.byteswap()
            embedding = json.dumps(base64.b64encode(packed.tobytes()).decode())
        else:
            raise ValueError(f"unknown encoding_format {encoding_format!r}")
        items.append(f'{{"object":"embedding","index":{index},"embedding":{embedding}}}')
    return _embeddings_reply(items, EMBEDDING_MODEL)


def iter_sse_blocks(data: bytes) -> Iterator[tuple[str, str]]:
    """Split recorded SSE bytes into ``(event, data)`` pairs (fixtures only; no edge cases)."""
    for block in data.decode().split("\n\n"):
        if not block:
            continue
        event = ""
        lines: list[str] = []
        for line in block.split("\n"):
            if line.startswith("event: "):
                event = line[len("event: ") :]
            elif line.startswith("data: "):
                lines.append(line[len("data: ") :])
        yield event, "\n".join(lines)


FIXTURES: dict[str, tuple[str, Any]] = {
    "text_stream.sse": ("SSE", text_stream),
    "mixed_stream.sse": ("SSE", mixed_stream),
    "response.json": ("JSON", response_json),
    "chat_stream.sse": ("SSE", chat_stream),
}
# The embeddings replies (2.2 MB of floats, 0.8 MB of base64) are generated, not stored.


def write(directory: Path = DATA_DIR) -> dict[str, int]:
    directory.mkdir(parents=True, exist_ok=True)
    sizes: dict[str, int] = {}
    for name, (_, make) in FIXTURES.items():
        body: bytes = make()
        (directory / name).write_bytes(body)
        sizes[name] = len(body)
    return sizes


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--write", action="store_true", help=f"write the fixtures to {DATA_DIR}")
    parser.add_argument(
        "--check",
        action="store_true",
        help="fail if the files in benchmarks/data differ from the generators",
    )
    args = parser.parse_args(argv)
    if args.check:
        stale = [
            n
            for n, (_, make) in FIXTURES.items()
            if not (DATA_DIR / n).is_file() or (DATA_DIR / n).read_bytes() != make()
        ]
        for name in stale:
            print(f"stale: {DATA_DIR / name}", file=sys.stderr)
        return 1 if stale else 0
    if args.write:
        for name, size in write().items():
            print(f"{DATA_DIR / name}: {size} bytes")
        return 0
    for name, (_, make) in FIXTURES.items():
        body = make()
        events = sum(1 for _ in iter_sse_blocks(body)) if name.endswith(".sse") else 1
        print(f"{name}: {len(body)} bytes, {events} event(s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
