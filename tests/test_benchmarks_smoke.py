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


def test_fixtures_are_deterministic_and_committed_files_match() -> None:
    assert sse_fixtures.text_stream() == sse_fixtures.text_stream()
    assert sse_fixtures.mixed_stream() == sse_fixtures.mixed_stream()
    assert sse_fixtures.response_json() == sse_fixtures.response_json()
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


def test_concurrent_streams_against_local_server() -> None:
    """The concurrency helper completes every stream with no error (correctness, not speed)."""
    import peers_bud
    import peers_openai  # its SSE server is plain asyncio; openai itself is not needed

    with peers_openai.sse_server(deltas=10) as base_url:
        result = peers_bud.concurrent_streams(base_url.removesuffix("/v1"), 5)
    assert result["errors"] == 0, result["first_error"]
    assert result["completed"] == 5
    assert result["events"] == 5 * (10 + sse_fixtures.TEXT_FIXED_EVENTS)
