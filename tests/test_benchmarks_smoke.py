"""Smoke checks for benchmarks/: the recorded inputs are well formed and the runner runs.

Correctness only. Nothing here asserts on speed or memory: those are ratios printed by
``make bench``.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import httpx
import httpx_sse

ROOT = Path(__file__).resolve().parents[1]
BENCH = ROOT / "benchmarks"
sys.path.insert(0, str(BENCH))

import sse_fixtures  # noqa: E402

TERMINAL = "response.completed"


def _events(body: bytes) -> list[tuple[str, dict[str, Any]]]:
    """Decode with httpx-sse (not the fixtures' own splitter) through a real httpx client."""
    transport = httpx.MockTransport(
        lambda request: httpx.Response(
            200, headers={"content-type": "text/event-stream"}, content=body
        )
    )
    out: list[tuple[str, dict[str, Any]]] = []
    with (
        httpx.Client(transport=transport) as client,
        httpx_sse.connect_sse(client, "POST", "http://bench.invalid/v1/responses") as source,
    ):
        for sse in source.iter_sse():
            out.append((sse.event, json.loads(sse.data)))
    return out


def _check_stream(body: bytes) -> list[tuple[str, dict[str, Any]]]:
    events = _events(body)
    # Wire format: one "event:" line, one "data:" line, a blank line; nothing else.
    blocks = body.decode().split("\n\n")
    assert blocks[-1] == ""
    for block in blocks[:-1]:
        event_line, data_line = block.split("\n")
        assert event_line.startswith("event: ")
        assert data_line.startswith("data: ")
        json.loads(data_line[len("data: ") :])
    assert len(events) == len(blocks) - 1
    for name, data in events:
        assert data["type"] == name
    sequence = [data["sequence_number"] for _, data in events]
    assert sequence == list(range(len(events)))  # strictly increasing from 0, no gaps
    assert events[0][0] == "response.created"
    assert events[1][0] == "response.in_progress"
    assert events[-1][0] == TERMINAL
    assert [name for name, _ in events].count(TERMINAL) == 1
    for name, data in events:
        if name.endswith(".delta"):
            assert isinstance(data["delta"], str) and data["delta"]
            assert isinstance(data["obfuscation"], str) and data["obfuscation"]
            assert isinstance(data["item_id"], str)
            assert isinstance(data["output_index"], int)
        if name == "response.output_text.delta":
            assert data["logprobs"] == []
            assert isinstance(data["content_index"], int)
    usage = events[-1][1]["response"]["usage"]
    assert usage["total_tokens"] == usage["input_tokens"] + usage["output_tokens"]
    assert "cached_tokens" in usage["input_tokens_details"]
    assert "reasoning_tokens" in usage["output_tokens_details"]
    for _, data in events[:2]:
        assert data["response"]["status"] == "in_progress"
        assert data["response"]["usage"] is None
    return events


def _deltas_join_to_done(
    events: list[tuple[str, dict[str, Any]]], delta: str, done: str, field: str
) -> None:
    acc: dict[tuple[Any, ...], str] = {}
    for name, data in events:
        key = (data.get("item_id"), data.get("content_index"), data.get("summary_index"))
        if name == delta:
            acc[key] = acc.get(key, "") + data["delta"]
        elif name == done:
            assert acc.pop(key) == data[field]
    assert not acc


def test_text_stream_shape() -> None:
    events = _check_stream(sse_fixtures.text_stream())
    names = [name for name, _ in events]
    assert names.count("response.output_text.delta") == 2000
    assert len(events) == 2000 + sse_fixtures.TEXT_FIXED_EVENTS
    _deltas_join_to_done(events, "response.output_text.delta", "response.output_text.done", "text")
    final = events[-1][1]["response"]
    assert final["status"] == "completed"
    text_done = next(d for n, d in events if n == "response.output_text.done")
    assert final["output"][0]["content"][0]["text"] == text_done["text"]


def test_text_stream_size_parameter() -> None:
    events = _check_stream(sse_fixtures.text_stream(7))
    assert len(events) == 7 + sse_fixtures.TEXT_FIXED_EVENTS


def test_mixed_stream_shape() -> None:
    events = _check_stream(sse_fixtures.mixed_stream())
    assert len(events) == sse_fixtures.MIXED_EVENTS == 500
    names = [name for name, _ in events]
    per_part = sse_fixtures.MIXED_SUMMARY_DELTAS_PER_PART
    assert names.count("response.reasoning_summary_text.delta") == (
        sse_fixtures.MIXED_SUMMARY_PARTS * per_part
    )
    assert names.count("response.function_call_arguments.delta") == (
        sse_fixtures.MIXED_ARGUMENT_DELTAS
    )
    assert names.count("response.output_text.delta") == sse_fixtures.MIXED_TEXT_DELTAS
    _deltas_join_to_done(
        events,
        "response.reasoning_summary_text.delta",
        "response.reasoning_summary_text.done",
        "text",
    )
    _deltas_join_to_done(
        events,
        "response.function_call_arguments.delta",
        "response.function_call_arguments.done",
        "arguments",
    )
    _deltas_join_to_done(events, "response.output_text.delta", "response.output_text.done", "text")
    args = next(d for n, d in events if n == "response.function_call_arguments.done")
    assert json.loads(args["arguments"])["unit"] == "celsius"
    final = events[-1][1]["response"]
    assert [item["type"] for item in final["output"]] == ["reasoning", "function_call", "message"]
    added = [d["item"]["type"] for n, d in events if n == "response.output_item.added"]
    assert added == ["reasoning", "function_call", "message"]


def test_response_json_shape() -> None:
    body = json.loads(sse_fixtures.response_json())
    assert body["object"] == "response"
    assert body["status"] == "completed"
    assert {item["type"] for item in body["output"]} == {"reasoning", "function_call", "message"}
    usage = body["usage"]
    assert usage["output_tokens_details"]["reasoning_tokens"] > 0
    assert usage["input_tokens_details"]["cached_tokens"] > 0


def _chat_chunks(body: bytes) -> list[dict[str, Any]]:
    """The chat stream's chunks, decoded with httpx-sse; checks it ends with ``[DONE]``."""
    transport = httpx.MockTransport(
        lambda request: httpx.Response(
            200, headers={"content-type": "text/event-stream"}, content=body
        )
    )
    url = "http://bench.invalid/v1/chat/completions"
    with (
        httpx.Client(transport=transport) as client,
        httpx_sse.connect_sse(client, "POST", url) as source,
    ):
        data = [sse.data for sse in source.iter_sse()]
    assert data[-1] == "[DONE]"
    return [json.loads(d) for d in data[:-1]]


def test_chat_stream_shape() -> None:
    body = sse_fixtures.chat_stream()
    blocks = body.decode().split("\n\n")
    assert blocks[-1] == ""
    assert all(b.startswith("data: ") and "\n" not in b for b in blocks[:-1])
    chunks = _chat_chunks(body)
    n = sse_fixtures.CHAT_DELTAS
    assert len(chunks) == n + sse_fixtures.CHAT_FIXED_CHUNKS
    for key in ("id", "created", "model", "system_fingerprint", "service_tier"):
        assert len({c[key] for c in chunks}) == 1, key
    assert chunks[0]["id"].startswith("chatcmpl-")
    assert chunks[0]["system_fingerprint"].startswith("fp_")
    assert all(c["object"] == "chat.completion.chunk" and c["obfuscation"] for c in chunks)
    first, *deltas, finish, usage = chunks
    assert first["choices"][0]["delta"]["role"] == "assistant"
    assert first["choices"][0]["delta"]["content"] == ""
    assert len(deltas) == n
    for c in deltas:
        [choice] = c["choices"]
        assert choice["delta"].keys() == {"content"} and choice["delta"]["content"]
        assert choice["finish_reason"] is None
    assert finish["choices"][0] == {
        "index": 0,
        "delta": {},
        "logprobs": None,
        "finish_reason": "stop",
    }
    assert all(c["usage"] is None for c in chunks[:-1])  # stream_options include_usage
    assert usage["choices"] == []
    assert usage["usage"]["completion_tokens"] == n
    assert len(_chat_chunks(sse_fixtures.chat_stream(0))) == sse_fixtures.CHAT_FIXED_CHUNKS


def test_embeddings_json_shape() -> None:
    import base64
    import struct
    from array import array

    n, dims = 3, 64  # the generator at a small size: the benchmark's 100 x 1536 is slow-ish
    vectors = sse_fixtures.embedding_vectors(n, dims)
    as_float32 = array("f", [v for vector in vectors for v in vector]).tolist()
    assert as_float32 == [v for vector in vectors for v in vector]
    for vector in vectors:
        assert abs(sum(v * v for v in vector) - 1) < 1e-5
    floats = json.loads(sse_fixtures.embeddings_json(n, dims, encoding_format="float"))
    b64 = json.loads(sse_fixtures.embeddings_json(n, dims, encoding_format="base64"))
    for body in (floats, b64):
        assert body["object"] == "list"
        assert body["model"] == sse_fixtures.EMBEDDING_MODEL
        assert [d["index"] for d in body["data"]] == list(range(n))
        assert all(d["object"] == "embedding" for d in body["data"])
        assert body["usage"]["prompt_tokens"] == body["usage"]["total_tokens"] > 0
    for item, vector in zip(floats["data"], vectors, strict=True):
        assert array("f", item["embedding"]).tolist() == vector
    for item, vector in zip(b64["data"], vectors, strict=True):
        assert array("f", base64.b64decode(item["embedding"])).tolist() == vector
    # shortest decimals that read back as the same float32, as a Rust gateway writes them
    text = sse_fixtures.embeddings_json(n, dims).decode()
    numbers = text.split('"embedding":[')[1].split("]")[0].split(",")
    assert len(numbers) == dims
    for number in numbers:
        value = struct.unpack("<f", struct.pack("<f", float(number)))[0]
        digits = len(number.lstrip("-").split("e")[0].replace(".", "").lstrip("0"))
        assert digits <= 9
        if digits > 1:
            shorter = f"{value:.{digits - 1}g}"
            assert struct.unpack("<f", struct.pack("<f", float(shorter)))[0] != value


def test_fixtures_are_deterministic_and_committed_files_match() -> None:
    assert sse_fixtures.text_stream() == sse_fixtures.text_stream()
    assert sse_fixtures.mixed_stream() == sse_fixtures.mixed_stream()
    assert sse_fixtures.response_json() == sse_fixtures.response_json()
    assert sse_fixtures.chat_stream() == sse_fixtures.chat_stream()
    assert sse_fixtures.embeddings_json(2, 8, seed=9) == sse_fixtures.embeddings_json.__wrapped__(
        2, 8, seed=9
    )
    proc = subprocess.run(
        [sys.executable, str(BENCH / "sse_fixtures.py"), "--check"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr


def test_fixtures_are_read_by_bud_as_typed_events() -> None:
    """bud must type every recorded event (an UnknownEvent would make its figures
    cheaper than real); the openai side is checked by `sse_fixtures.py --check`
    in `make bench`, where openai is installed."""
    from bud_api.event_types import EVENT_TYPES
    from bud_api.models.response_object import ResponseObject

    for body in (sse_fixtures.text_stream(50), sse_fixtures.mixed_stream()):
        for name, data in _events(body):
            event = EVENT_TYPES[name].from_dict(data)
            assert event.type == name
            assert event.to_dict() == data
    response = json.loads(sse_fixtures.response_json())
    assert ResponseObject.from_dict(response).to_dict() == response


def test_chat_and_embeddings_fixtures_are_read_by_bud() -> None:
    """bud types every chat chunk (no UnknownEvent) and adds them up to the text; it reads
    both embeddings replies to the same float32 vectors. The benchmark's own ops are used."""
    import peers_bud
    from bud_api.models.chat_completion_chunk import ChatCompletionChunk

    body = sse_fixtures.chat_stream(40)
    client = peers_bud.bud_client(body)
    with client.chat.completions.create(
        model="m", messages=[{"role": "user", "content": "hi"}], stream=True
    ) as stream:
        chunks = list(stream)
    assert all(type(c) is ChatCompletionChunk for c in chunks)
    assert len(chunks) == 40 + sse_fixtures.CHAT_FIXED_CHUNKS
    texts = [c["choices"][0]["delta"]["content"] for c in _chat_chunks(body)[1:-2]]
    assert stream.output_text == "".join(texts)
    assert stream.finish_reason == "stop"
    assert stream.usage.completion_tokens == 40
    assert peers_bud.make_chat_stream_sync(body)() == len(chunks)
    op = peers_bud.make_chat_stream_async(body)
    try:
        assert op() == len(chunks)
    finally:
        op.close()

    n, dims = 3, sse_fixtures.EMBEDDING_DIMENSIONS
    vectors = sse_fixtures.embedding_vectors(n, dims)
    for fmt in ("float", "base64"):
        reply = sse_fixtures.embeddings_json(n, dims, encoding_format=fmt)
        result = peers_bud.embeddings_create(peers_bud.client_for(reply), fmt, n)
        got = [item.embedding for item in result.data]
        assert [array_f32(v) for v in got] == vectors
        assert peers_bud.make_embeddings(reply, fmt, n)() == 1


def array_f32(values: list[float]) -> list[float]:
    from array import array

    return array("f", values).tolist()


def test_runner_quick_chat_and_embeddings(tmp_path: Path) -> None:
    """``--quick`` rows for the chat stream and embeddings; the peer side needs openai
    (the bench extra): without it the row says why."""
    import importlib.util

    has_openai = importlib.util.find_spec("openai") is not None
    out = tmp_path / "bench.json"
    args = ["--quick", "--only", "stream-chat", "--only", "embeddings-parse", "--json", str(out)]
    proc = subprocess.run(
        [sys.executable, str(BENCH / "run.py"), *args],
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )
    assert proc.returncode == 0, proc.stderr
    rows = json.loads(out.read_text())["rows"]
    assert [r["name"] for r in rows] == [
        "stream chat sync: CPU/chunk (openai)",
        "stream chat async: CPU/chunk (openai)",
        "embeddings 10 x 1,536 floats: CPU/call",
        "embeddings 10 x 1,536 base64: CPU/call",
    ]
    for r in rows:
        assert r["bud_error"] is None and r["bud"] > 0, r["bud_error"]
        if has_openai:
            assert r["peer_error"] is None and r["peer"] > 0, r["peer_error"]
        else:
            assert r["peer_error"]
    assert rows[0]["details"]["bud"]["chunks"] == 100 + sse_fixtures.CHAT_FIXED_CHUNKS
    assert [r["budget"] for r in rows] == ["≥ 3x", "≥ 3x", "≥ 1x", ""]


def test_runner_quick_floor(tmp_path: Path) -> None:
    out = tmp_path / "bench.json"
    proc = subprocess.run(
        [sys.executable, str(BENCH / "run.py"), "--quick", "--only", "floor", "--json", str(out)],
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )
    assert proc.returncode == 0, proc.stderr
    assert "ratio (peer/bud)" in proc.stdout
    rows = json.loads(out.read_text())["rows"]
    assert [r["name"] for r in rows] == [
        "stream text sync: CPU/event (floor)",
        "stream mixed sync: CPU/event (floor)",
    ]
    for r in rows:
        assert r["peer_error"] is None
        assert r["peer"] > 0
        # The bud side either measured something or says why not.
        assert (r["bud"] is not None and r["bud"] > 0) or r["bud_error"]


def test_runner_lists_benchmarks() -> None:
    proc = subprocess.run(
        [sys.executable, str(BENCH / "run.py"), "--list"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 0
    assert "floor" in proc.stdout.split()
    assert "concurrency" in proc.stdout.split()
    assert "stream-chat" in proc.stdout.split()
    assert "embeddings-parse" in proc.stdout.split()


def test_concurrent_streams_against_local_server() -> None:
    """The concurrency helper completes every stream with no error (correctness, not speed)."""
    import peers_bud
    import peers_openai  # its SSE server is plain asyncio; openai itself is not needed

    with peers_openai.sse_server(deltas=10) as base_url:
        result = peers_bud.concurrent_streams(base_url.removesuffix("/v1"), 5)
    assert result["errors"] == 0, result["first_error"]
    assert result["completed"] == 5
    assert result["events"] == 5 * (10 + sse_fixtures.TEXT_FIXED_EVENTS)
