"""End to end through the SDK (``AsyncBudClient`` and ``BudClient``) against aimock.

aimock (``@copilotkit/aimock``, npm) is a third-party mock of the OpenAI API: what it sends
was not written by this project, so these tests catch assumptions the embedded
``LocalServer`` shares with the SDK. Its quirks (see ``aimock.py``): fixtures are keyed on the
user message; events carry no ``sequence_number``; ids contain hyphens; a 429 comes with
``Retry-After``; its journal records request headers, ``traceparent`` included.

Outside CI a missing node/npm skips the module; with ``CI=true`` it fails instead.
"""

from __future__ import annotations

import json
import os
import secrets
from collections.abc import AsyncIterator, Iterator
from typing import Any

import pytest
from aimock import FIXTURES_DIR, AimockServer, AimockUnavailable, ensure_installed
from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter
from opentelemetry.trace import SpanKind

import bud._retries
from bud import AsyncBudClient, BudClient, IncompleteStreamError, RateLimitError
from bud.observability import _reset_for_tests, configure, track_responses

MODEL = "gpt-4o-mini"
API_KEY = "sk-aimock-e2e"

TEXT_PROMPT = "e2e-text-reply"
TOOL_PROMPT = "e2e-tool-call"
RATE_LIMIT_PROMPT = "e2e-rate-limited"
TRUNCATE_PROMPT = "e2e-truncated-stream"

WEATHER_TOOL = {
    "type": "function",
    "name": "get_weather",
    "parameters": {
        "type": "object",
        "properties": {"city": {"type": "string"}, "unit": {"type": "string"}},
    },
}


def _fixture_for(prompt: str) -> dict[str, Any]:
    data = json.loads((FIXTURES_DIR / "responses.json").read_text(encoding="utf-8"))
    for fixture in data["fixtures"]:
        if fixture["match"].get("userMessage") == prompt:
            return dict(fixture)
    raise LookupError(prompt)


TEXT = _fixture_for(TEXT_PROMPT)["response"]["content"]
TRUNCATED_TEXT = _fixture_for(TRUNCATE_PROMPT)["response"]["content"]
[TOOL_CALL] = _fixture_for(TOOL_PROMPT)["response"]["toolCalls"]


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


@pytest.fixture(autouse=True)
def _reset_observability() -> Iterator[None]:
    yield
    _reset_for_tests()


@pytest.fixture
def fast_retries(monkeypatch: pytest.MonkeyPatch) -> None:
    # aimock asks for Retry-After: 7; a cap of 0 makes the SDK use its own (tiny) backoff
    monkeypatch.setattr(bud._retries, "MAX_RETRY_AFTER", 0.0)
    monkeypatch.setattr(bud._retries, "INITIAL_DELAY", 0.001)


@pytest.fixture
def sync_client(server: AimockServer) -> Iterator[BudClient]:
    with BudClient(api_key=API_KEY, base_url=server.base_url, max_retries=0, timeout=30) as c:
        yield c


@pytest.fixture
async def async_client(server: AimockServer) -> AsyncIterator[AsyncBudClient]:
    async with AsyncBudClient(
        api_key=API_KEY, base_url=server.base_url, max_retries=0, timeout=30
    ) as c:
        yield c


def _request_id() -> str:
    return f"e2e-sdk-{secrets.token_hex(6)}"


def _deltas(events: list[Any]) -> str:
    return "".join(e.delta for e in events if e.type == "response.output_text.delta")


def _assert_text_response(response: Any) -> None:
    assert response.object == "response"
    assert response.status == "completed"
    assert response.model == MODEL
    assert response.output_text == TEXT
    assert "-" in response.id  # aimock's ids, not the SDK's assumptions


# ------------------------------------------------------------------------- plain text


async def test_async_create(async_client: AsyncBudClient, server: AimockServer) -> None:
    rid = _request_id()
    response = await async_client.responses.create(
        model=MODEL, input=TEXT_PROMPT, extra_headers={"x-request-id": rid}
    )
    _assert_text_response(response)
    [entry] = server.journal(requestId=rid)
    assert entry["method"] == "POST"
    assert entry["path"] == "/v1/responses"
    assert entry["headers"]["authorization"] == "[REDACTED]"
    assert entry["headers"]["user-agent"].startswith("bud-sdk/")
    assert entry["body"]["messages"] == [{"role": "user", "content": TEXT_PROMPT}]


def test_sync_create(sync_client: BudClient) -> None:
    _assert_text_response(sync_client.responses.create(model=MODEL, input=TEXT_PROMPT))


async def test_async_stream(async_client: AsyncBudClient) -> None:
    stream = await async_client.responses.create(model=MODEL, input=TEXT_PROMPT, stream=True)
    async with stream:
        events = [event async for event in stream]
    types = [e.type for e in events]
    assert types[0] == "response.created"
    assert types[-1] == "response.completed"
    assert types.count("response.output_text.delta") > 1  # chunkSize 8
    assert _deltas(events) == TEXT
    assert all("sequence_number" not in e.to_dict() for e in events)  # aimock sends none
    completed = stream.completed_response
    assert completed is not None
    assert completed.status == "completed"
    assert completed.output_text == TEXT
    assert completed is stream.final_response
    assert stream.events_received == len(events)


def test_sync_stream(sync_client: BudClient) -> None:
    with sync_client.responses.create(model=MODEL, input=TEXT_PROMPT, stream=True) as stream:
        events = list(stream)
    assert events[0].type == "response.created"
    assert events[-1].type == "response.completed"
    assert _deltas(events) == TEXT
    assert stream.completed_response is not None
    assert stream.completed_response.output_text == TEXT
    assert stream.completed_response.id == events[0].response.id


def test_sync_stream_iterated_straight_from_create(sync_client: BudClient) -> None:
    # `for event in client.responses.create(..., stream=True):` with no name for the stream
    events = []
    for event in sync_client.responses.create(model=MODEL, input=TEXT_PROMPT, stream=True):
        events.append(event)
    assert events[-1].type == "response.completed"
    assert _deltas(events) == TEXT


async def test_async_stream_helper(async_client: AsyncBudClient) -> None:
    async with async_client.responses.stream(model=MODEL, input=TEXT_PROMPT) as stream:
        final = await stream.get_final_response()
    assert stream.output_text == TEXT
    assert final.output_text == TEXT


# -------------------------------------------------------------------------- tool call


def _assert_weather_call(function_calls: dict[str, Any]) -> None:
    [call] = function_calls.values()
    assert call.name == "get_weather"
    assert call.call_id == TOOL_CALL["id"]
    assert call.done is True
    assert json.loads(call.arguments) == TOOL_CALL["arguments"]
    assert call.item_id  # keyed by the output item's id


async def test_async_tool_call_stream(async_client: AsyncBudClient) -> None:
    async with async_client.responses.stream(
        model=MODEL, input=TOOL_PROMPT, tools=[WEATHER_TOOL]
    ) as stream:
        final = await stream.get_final_response()
    _assert_weather_call(stream.function_calls)
    [item] = final.output
    assert item.type == "function_call"
    assert item.name == "get_weather"
    assert item.call_id == TOOL_CALL["id"]
    assert json.loads(item.arguments) == TOOL_CALL["arguments"]
    assert stream.output_text == ""


def test_sync_tool_call_stream(sync_client: BudClient) -> None:
    with sync_client.responses.stream(model=MODEL, input=TOOL_PROMPT, tools=[WEATHER_TOOL]) as s:
        final = s.get_final_response()
    _assert_weather_call(s.function_calls)
    [item] = final.output
    assert item.type == "function_call"
    assert [item.id] == list(s.function_calls)


def test_sync_tool_call_create(sync_client: BudClient) -> None:
    response = sync_client.responses.create(model=MODEL, input=TOOL_PROMPT, tools=[WEATHER_TOOL])
    [item] = response.output
    assert (item.type, item.name, item.call_id) == (
        "function_call",
        "get_weather",
        "call_e2e_weather",
    )
    assert json.loads(item.arguments) == TOOL_CALL["arguments"]
    assert response.output_text == ""


# ------------------------------------------------------------------------------- 429


async def test_async_429_without_retries(
    async_client: AsyncBudClient, server: AimockServer
) -> None:
    rid = _request_id()
    with pytest.raises(RateLimitError) as caught:
        await async_client.responses.create(
            model=MODEL, input=RATE_LIMIT_PROMPT, extra_headers={"x-request-id": rid}
        )
    err = caught.value
    assert err.status_code == 429
    assert err.retry_after == 7.0
    assert err.body["error"]["code"] == "rate_limit_exceeded"
    assert "Rate limit reached for requests" in str(err)
    assert len(server.journal(requestId=rid)) == 1


def test_sync_429_without_retries_streaming(sync_client: BudClient, server: AimockServer) -> None:
    rid = _request_id()
    with pytest.raises(RateLimitError) as caught:
        sync_client.responses.create(
            model=MODEL, input=RATE_LIMIT_PROMPT, stream=True, extra_headers={"x-request-id": rid}
        )
    assert caught.value.retry_after == 7.0
    assert len(server.journal(requestId=rid)) == 1


@pytest.mark.usefixtures("fast_retries")
async def test_async_429_after_retries(server: AimockServer) -> None:
    rid = _request_id()
    async with AsyncBudClient(api_key=API_KEY, base_url=server.base_url, max_retries=3) as client:
        with pytest.raises(RateLimitError) as caught:
            await client.responses.create(
                model=MODEL, input=RATE_LIMIT_PROMPT, extra_headers={"x-request-id": rid}
            )
    assert caught.value.retry_after == 7.0
    entries = server.journal(requestId=rid)
    assert len(entries) == 3 + 1  # the first try and every retry
    assert {e["response"]["status"] for e in entries} == {429}


@pytest.mark.usefixtures("fast_retries")
def test_sync_429_after_retries(server: AimockServer) -> None:
    rid = _request_id()
    with BudClient(api_key=API_KEY, base_url=server.base_url, max_retries=2) as client:
        with pytest.raises(RateLimitError):
            client.responses.create(
                model=MODEL, input=RATE_LIMIT_PROMPT, extra_headers={"x-request-id": rid}
            )
        # a per-call max_retries wins over the client's
        rid_once = _request_id()
        with pytest.raises(RateLimitError):
            client.responses.create(
                model=MODEL,
                input=RATE_LIMIT_PROMPT,
                max_retries=0,
                extra_headers={"x-request-id": rid_once},
            )
    assert len(server.journal(requestId=rid)) == 2 + 1
    assert len(server.journal(requestId=rid_once)) == 1


# ---------------------------------------------------------------------- truncation


def _assert_truncated(events: list[Any], err: IncompleteStreamError) -> None:
    types = [e.type for e in events]
    assert types[0] == "response.created"
    assert not {"response.completed", "response.incomplete", "response.failed", "error"} & set(
        types
    )
    text = _deltas(events)
    assert text  # some text got through before the cut...
    assert TRUNCATED_TEXT.startswith(text)
    assert len(text) < len(TRUNCATED_TEXT)  # ...but not all of it
    assert err.events_received == len(events)
    assert err.response_id == events[0].response.id
    assert err.last_sequence_number is None  # aimock sends none


async def test_async_truncated_stream(async_client: AsyncBudClient) -> None:
    events: list[Any] = []
    stream = await async_client.responses.create(model=MODEL, input=TRUNCATE_PROMPT, stream=True)
    with pytest.raises(IncompleteStreamError) as caught:
        async with stream:
            async for event in stream:
                events.append(event)
    _assert_truncated(events, caught.value)
    assert stream.completed_response is None
    assert stream.final_response is None


def test_sync_truncated_stream(sync_client: BudClient) -> None:
    events: list[Any] = []
    with pytest.raises(IncompleteStreamError) as caught:
        with sync_client.responses.create(
            model=MODEL, input=TRUNCATE_PROMPT, stream=True
        ) as stream:
            for event in stream:
                events.append(event)
    _assert_truncated(events, caught.value)
    assert stream.completed_response is None


async def test_async_truncated_stream_helper(async_client: AsyncBudClient) -> None:
    async with async_client.responses.stream(model=MODEL, input=TRUNCATE_PROMPT) as stream:
        with pytest.raises(IncompleteStreamError):
            await stream.get_final_response()
    assert TRUNCATED_TEXT.startswith(stream.output_text)
    assert 0 < len(stream.output_text) < len(TRUNCATED_TEXT)


# ------------------------------------------------------------------------- tracing


def _tracing() -> InMemorySpanExporter:
    exporter = InMemorySpanExporter()
    provider = TracerProvider()
    provider.add_span_processor(SimpleSpanProcessor(exporter))
    configure(mode="internal", tracer_provider=provider)
    return exporter


def _assert_traceparent_names_http_span(
    exporter: InMemorySpanExporter, server: AimockServer, rid: str, genai_name: str
) -> None:
    spans = exporter.get_finished_spans()
    [http_span] = [s for s in spans if s.kind is SpanKind.CLIENT and s.name == "POST"]
    [genai_span] = [s for s in spans if s.name == genai_name]
    assert http_span.parent is not None
    assert http_span.parent.span_id == genai_span.context.span_id
    assert http_span.context.trace_id == genai_span.context.trace_id
    [entry] = server.journal(requestId=rid)
    version, trace_id, span_id, flags = entry["headers"]["traceparent"].split("-")
    assert version == "00"
    assert trace_id == format(http_span.context.trace_id, "032x")
    assert span_id == format(http_span.context.span_id, "016x")
    assert int(flags, 16) & 0x01  # sampled


async def test_async_traceparent_names_the_http_span(server: AimockServer) -> None:
    exporter = _tracing()
    rid = _request_id()
    async with AsyncBudClient(api_key=API_KEY, base_url=server.base_url, max_retries=0) as client:
        track_responses(client)
        response = await client.responses.create(
            model=MODEL, input=TEXT_PROMPT, extra_headers={"x-request-id": rid}
        )
    assert response.output_text == TEXT
    _assert_traceparent_names_http_span(exporter, server, rid, "responses")
    [genai_span] = [s for s in exporter.get_finished_spans() if s.name == "responses"]
    attrs = genai_span.attributes or {}
    assert attrs["gen_ai.request.model"] == MODEL
    assert attrs["gen_ai.response.id"] == response.id


def test_sync_stream_traceparent_names_the_http_span(server: AimockServer) -> None:
    exporter = _tracing()
    rid = _request_id()
    with BudClient(api_key=API_KEY, base_url=server.base_url, max_retries=0) as client:
        track_responses(client)
        with client.responses.create(
            model=MODEL, input=TEXT_PROMPT, stream=True, extra_headers={"x-request-id": rid}
        ) as stream:
            assert _deltas(list(stream)) == TEXT
    _assert_traceparent_names_http_span(exporter, server, rid, "responses.stream")
    [genai_span] = [s for s in exporter.get_finished_spans() if s.name == "responses.stream"]
    attrs = genai_span.attributes or {}
    assert attrs["bud.inference.stream_completed"] is True
    assert attrs["gen_ai.response.status"] == "completed"
