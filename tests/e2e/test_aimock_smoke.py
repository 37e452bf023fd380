"""Smoke tests of the aimock harness itself: raw httpx + httpx_sse, no SDK.

They prove each fixture in ``aimock_fixtures/`` behaves as the SDK's end-to-end tests will
assume, over a real socket. Outside CI a missing node/npm skips the module; with ``CI=true``
it fails instead.
"""

from __future__ import annotations

import json
import os
import secrets
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from aimock import FIXTURES_DIR, AimockServer, AimockUnavailable, ensure_installed
from httpx_sse import ServerSentEvent, connect_sse

MODEL = "gpt-4o-mini"

TEXT_PROMPT = "e2e-text-reply"
TOOL_PROMPT = "e2e-tool-call"
RATE_LIMIT_PROMPT = "e2e-rate-limited"
TRUNCATE_PROMPT = "e2e-truncated-stream"

TERMINAL_EVENTS = {"response.completed", "response.failed", "response.incomplete", "error"}


def _fixture_for(prompt: str) -> dict[str, Any]:
    data = json.loads((FIXTURES_DIR / "responses.json").read_text(encoding="utf-8"))
    for fixture in data["fixtures"]:
        if fixture["match"].get("userMessage") == prompt:
            return dict(fixture)
    raise LookupError(prompt)


def _in_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() in {"1", "true", "yes"}


@pytest.fixture(scope="module")
def server() -> Iterator[AimockServer]:
    try:
        ensure_installed()
    except AimockUnavailable as exc:
        if _in_ci():
            pytest.fail(f"aimock is required in CI: {exc}", pytrace=False)
        pytest.skip(f"aimock unavailable: {exc}")
    with AimockServer(FIXTURES_DIR) as srv:
        yield srv


@pytest.fixture()
def client(server: AimockServer) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=f"{server.base_url}/v1", timeout=10.0) as c:
        yield c


def _body(prompt: str, *, stream: bool, **extra: Any) -> dict[str, Any]:
    return {"model": MODEL, "input": prompt, "stream": stream, **extra}


def _collect(client: httpx.Client, prompt: str) -> list[ServerSentEvent]:
    with connect_sse(client, "POST", "/responses", json=_body(prompt, stream=True)) as source:
        assert source.response.status_code == 200
        assert source.response.headers["content-type"].startswith("text/event-stream")
        return list(source.iter_sse())


def test_text_non_stream(client: httpx.Client) -> None:
    expected = _fixture_for(TEXT_PROMPT)["response"]["content"]
    resp = client.post("/responses", json=_body(f"please: {TEXT_PROMPT}", stream=False))
    assert resp.status_code == 200
    assert resp.headers["content-type"].startswith("application/json")
    body = resp.json()
    assert body["object"] == "response"
    assert body["status"] == "completed"
    assert body["model"] == MODEL
    [item] = body["output"]
    assert item["type"] == "message"
    assert item["role"] == "assistant"
    assert item["content"] == [{"type": "output_text", "text": expected, "annotations": []}]
    assert body["usage"] == {"input_tokens": 0, "output_tokens": 0, "total_tokens": 0}


def test_text_stream(client: httpx.Client) -> None:
    expected = _fixture_for(TEXT_PROMPT)["response"]["content"]
    events = _collect(client, TEXT_PROMPT)
    names = [e.event for e in events]
    payloads = [e.json() for e in events]
    # The SSE `event:` line and the JSON `type` agree on every event.
    assert names == [p["type"] for p in payloads]
    assert names[:4] == [
        "response.created",
        "response.in_progress",
        "response.output_item.added",
        "response.content_part.added",
    ]
    assert names[-4:] == [
        "response.output_text.done",
        "response.content_part.done",
        "response.output_item.done",
        "response.completed",
    ]
    deltas = [p["delta"] for p in payloads if p["type"] == "response.output_text.delta"]
    assert len(deltas) > 1  # chunkSize 8 in the fixture
    assert "".join(deltas) == expected
    done = next(p for p in payloads if p["type"] == "response.output_text.done")
    assert done["text"] == expected
    completed = payloads[-1]["response"]
    assert completed["status"] == "completed"
    assert completed["output"][0]["content"][0]["text"] == expected
    # No `[DONE]` sentinel in the Responses stream (unlike Chat Completions).
    assert all(e.data != "[DONE]" for e in events)


def test_tool_call_non_stream(client: httpx.Client) -> None:
    tools = [{"type": "function", "name": "get_weather", "parameters": {"type": "object"}}]
    resp = client.post("/responses", json=_body(TOOL_PROMPT, stream=False, tools=tools))
    assert resp.status_code == 200
    [item] = resp.json()["output"]
    assert item["type"] == "function_call"
    assert item["call_id"] == "call_e2e_weather"
    assert item["name"] == "get_weather"
    assert item["status"] == "completed"
    assert json.loads(item["arguments"]) == {"city": "Paris", "unit": "celsius"}


def test_tool_call_stream(client: httpx.Client) -> None:
    payloads = [e.json() for e in _collect(client, TOOL_PROMPT)]
    types = [p["type"] for p in payloads]
    assert types[-1] == "response.completed"
    added = next(p for p in payloads if p["type"] == "response.output_item.added")
    assert added["item"]["type"] == "function_call"
    assert added["item"]["name"] == "get_weather"
    assert added["item"]["arguments"] == ""
    arg_deltas = [
        p["delta"] for p in payloads if p["type"] == "response.function_call_arguments.delta"
    ]
    args_done = next(p for p in payloads if p["type"] == "response.function_call_arguments.done")
    assert "".join(arg_deltas) == args_done["arguments"]
    assert json.loads(args_done["arguments"]) == {"city": "Paris", "unit": "celsius"}
    [final] = payloads[-1]["response"]["output"]
    assert final["call_id"] == "call_e2e_weather"
    assert final["arguments"] == args_done["arguments"]


@pytest.mark.parametrize("stream", [False, True])
def test_rate_limited_429(client: httpx.Client, stream: bool) -> None:
    resp = client.post("/responses", json=_body(RATE_LIMIT_PROMPT, stream=stream))
    assert resp.status_code == 429
    assert resp.headers["retry-after"] == "7"
    assert resp.headers["x-ratelimit-remaining-requests"] == "0"
    assert resp.headers["content-type"].startswith("application/json")
    assert resp.json() == {
        "error": {
            "message": "Rate limit reached for requests",
            "type": "rate_limit_error",
            "param": None,
            "code": "rate_limit_exceeded",
        }
    }


def test_truncated_stream(client: httpx.Client, server: AimockServer) -> None:
    expected = _fixture_for(TRUNCATE_PROMPT)["response"]["content"]
    request_id = f"e2e-trunc-{secrets.token_hex(4)}"
    received: list[dict[str, Any]] = []
    with (
        pytest.raises(httpx.RemoteProtocolError, match="incomplete chunked read"),
        connect_sse(
            client,
            "POST",
            "/responses",
            json=_body(TRUNCATE_PROMPT, stream=True),
            headers={"x-request-id": request_id},
        ) as source,
    ):
        # Status and headers arrive normally: the cut happens mid-body.
        assert source.response.status_code == 200
        for event in source.iter_sse():
            received.append(event.json())
    types = [p["type"] for p in received]
    assert types[0] == "response.created"
    assert not TERMINAL_EVENTS.intersection(types)
    deltas = "".join(p["delta"] for p in received if p["type"] == "response.output_text.delta")
    assert deltas  # some text got through before the cut...
    assert expected.startswith(deltas)
    assert len(deltas) < len(expected)  # ...but not all of it
    [entry] = server.journal(requestId=request_id)
    assert entry["response"]["interrupted"] is True
    assert entry["response"]["interruptReason"] == "truncateAfterChunks"


def test_journal_records_traceparent(client: httpx.Client, server: AimockServer) -> None:
    traceparent = f"00-{secrets.token_hex(16)}-{secrets.token_hex(8)}-01"
    resp = client.post(
        "/responses",
        json=_body(TEXT_PROMPT, stream=False),
        headers={"traceparent": traceparent, "authorization": "Bearer sk-test"},
    )
    assert resp.status_code == 200
    request_id = resp.headers["x-request-id"]  # aimock mints one when we send none
    matches = [e for e in server.journal() if e["headers"].get("traceparent") == traceparent]
    assert len(matches) == 1
    [entry] = matches
    assert entry["method"] == "POST"
    assert entry["path"] == "/v1/responses"
    assert entry["headers"]["x-request-id"] == request_id
    assert entry["headers"]["authorization"] == "[REDACTED]"
    assert entry["response"]["status"] == 200
    # The journal keeps the request as aimock normalised it (Chat Completions shape).
    assert entry["body"]["messages"] == [{"role": "user", "content": TEXT_PROMPT}]
    assert server.journal(requestId=request_id) == [entry]


def test_unmatched_prompt_is_404(client: httpx.Client) -> None:
    resp = client.post("/responses", json=_body("no fixture has this prompt", stream=False))
    assert resp.status_code == 404
    assert resp.json()["error"]["code"] == "no_fixture_match"
