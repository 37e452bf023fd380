"""End to end through the SDK against a real model server: ``transformers serve``.

The server (see ``transformers_server.py``) runs a tiny random model built on the spot, so
its text is deterministic gibberish, but the HTTP, the event stream and the usage are the
real server's. Its main quirk is the feature under test here: it streams when the request
omits ``stream``, and the SDK (which omits ``"stream": false``) reads that stream to its final
``Response``. Other quirks: ``data:``-only frames (no ``event:``, no ``[DONE]``), a
``sequence_number`` on every event, a first event with status ``queued``.

Setup needs PyPI (torch, transformers) the first time; when it fails the tests fail.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Iterator
from typing import Any

import httpx
import pytest
from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter
from opentelemetry.trace import StatusCode
from transformers_server import TransformersServer, ensure_model

from bud import AsyncBudClient, BudClient
from bud.observability import _reset_for_tests, configure, track_responses

API_KEY = "k"
PROMPT = "Hello"
MAX_TOKENS = 16


@pytest.fixture(scope="module")
def server() -> Iterator[TransformersServer]:
    # no skip: a setup failure (no PyPI, broken install) fails every test here, loudly
    with TransformersServer(ensure_model()) as srv:
        yield srv


@pytest.fixture(autouse=True)
def _reset_observability() -> Iterator[None]:
    yield
    _reset_for_tests()


@pytest.fixture
def sync_client(server: TransformersServer) -> Iterator[BudClient]:
    with BudClient(api_key=API_KEY, base_url=server.base_url, max_retries=0, timeout=60) as c:
        yield c


@pytest.fixture
async def async_client(server: TransformersServer) -> AsyncIterator[AsyncBudClient]:
    async with AsyncBudClient(
        api_key=API_KEY, base_url=server.base_url, max_retries=0, timeout=60
    ) as c:
        yield c


@pytest.fixture(scope="module")
def reference_text(server: TransformersServer) -> str:
    """What the model says to PROMPT (greedy decoding: the same every time)."""
    events = _raw_events(server, {"model": server.model, "input": PROMPT})
    text = events[-1]["response"]["output"][0]["content"][0]["text"]
    assert isinstance(text, str)
    return text


def _raw_events(server: TransformersServer, body: dict[str, Any]) -> list[dict[str, Any]]:
    body = {"max_output_tokens": MAX_TOKENS, **body}
    resp = httpx.post(f"{server.base_url}/v1/responses", json=body, timeout=60)
    assert resp.status_code == 200, resp.text
    assert resp.headers["content-type"].startswith("text/event-stream")
    frames = [f for f in resp.text.split("\n\n") if f.strip()]
    assert all(f.startswith("data: ") and "\n" not in f for f in frames)  # no `event:` lines
    return [json.loads(f.removeprefix("data: ")) for f in frames]


def _deltas(events: list[Any]) -> str:
    return "".join(e.delta for e in events if e.type == "response.output_text.delta")


def _assert_response(response: Any, server: TransformersServer, text: str) -> None:
    assert response.object == "response"
    assert response.status == "completed"
    assert response.model == server.model
    assert response.id.startswith("resp_")
    assert response.output_text == text
    assert response.output_text.strip()
    assert response.usage is not None
    assert response.usage.output_tokens == MAX_TOKENS  # min_new_tokens/suppressed EOS aside
    assert response.usage.input_tokens > 0
    assert response.usage.total_tokens == response.usage.input_tokens + MAX_TOKENS


def _assert_events(events: list[Any], text: str) -> None:
    types = [e.type for e in events]
    assert types[0] == "response.created"
    assert events[0].response.status == "queued"
    assert types[-1] == "response.completed"
    assert types.count("response.output_text.delta") == MAX_TOKENS  # a delta per token
    assert [e.sequence_number for e in events] == list(range(len(events)))
    assert _deltas(events) == text


# --------------------------------------------------------------------- the server itself


def test_server_streams_when_stream_is_omitted(
    server: TransformersServer, reference_text: str
) -> None:
    events = _raw_events(server, {"model": server.model, "input": PROMPT})
    assert [e["sequence_number"] for e in events] == list(range(len(events)))
    assert events[0]["type"] == "response.created"
    assert events[0]["response"]["status"] == "queued"
    assert events[-1]["type"] == "response.completed"
    assert "[DONE]" not in json.dumps(events)
    usage = events[-1]["response"]["usage"]
    assert usage["output_tokens"] == MAX_TOKENS
    assert usage["total_tokens"] == usage["input_tokens"] + usage["output_tokens"]
    text = "".join(e["delta"] for e in events if e["type"] == "response.output_text.delta")
    assert text == reference_text
    # a name other than the pinned model's is refused
    resp = httpx.post(
        f"{server.base_url}/v1/responses",
        json={"model": "gpt-4o-mini", "input": PROMPT, "stream": False},
        timeout=60,
    )
    assert resp.status_code == 400


# ------------------------------------------------------ create() without stream: the feature


def test_sync_create_reads_the_stream_to_its_response(
    server: TransformersServer, reference_text: str
) -> None:
    seen: list[httpx.Response] = []
    http = httpx.Client(timeout=60, event_hooks={"response": [seen.append]})
    with (
        http,
        BudClient(
            api_key=API_KEY, base_url=server.base_url, max_retries=0, http_client=http
        ) as client,
    ):
        response = client.responses.create(
            model=server.model, input=PROMPT, max_output_tokens=MAX_TOKENS
        )
    _assert_response(response, server, reference_text)
    # the SDK sent no `stream` field and got an event stream back, which it read whole
    [http_response] = seen
    assert "stream" not in json.loads(http_response.request.content)
    assert http_response.request.headers["accept"] == "application/json"
    assert http_response.headers["content-type"].startswith("text/event-stream")


async def test_async_create_reads_the_stream_to_its_response(
    async_client: AsyncBudClient, server: TransformersServer, reference_text: str
) -> None:
    response = await async_client.responses.create(
        model=server.model, input=PROMPT, max_output_tokens=MAX_TOKENS
    )
    _assert_response(response, server, reference_text)


# ---------------------------------------------------------------------- stream=True


def test_sync_stream(
    sync_client: BudClient, server: TransformersServer, reference_text: str
) -> None:
    with sync_client.responses.create(
        model=server.model, input=PROMPT, max_output_tokens=MAX_TOKENS, stream=True
    ) as stream:
        events = list(stream)
    _assert_events(events, reference_text)
    final = stream.final_response
    assert final is not None
    assert final is stream.completed_response
    assert final.output_text == _deltas(events)
    assert final.id == events[0].response.id
    _assert_response(final, server, reference_text)


async def test_async_stream(
    async_client: AsyncBudClient, server: TransformersServer, reference_text: str
) -> None:
    stream = await async_client.responses.create(
        model=server.model, input=PROMPT, max_output_tokens=MAX_TOKENS, stream=True
    )
    async with stream:
        events = [event async for event in stream]
    _assert_events(events, reference_text)
    final = stream.final_response
    assert final is not None
    assert final.output_text == _deltas(events)
    assert stream.events_received == len(events)
    _assert_response(final, server, reference_text)


# ------------------------------------------------------------------ responses.stream()


def test_sync_stream_helper(
    sync_client: BudClient, server: TransformersServer, reference_text: str
) -> None:
    with sync_client.responses.stream(
        model=server.model, input=PROMPT, max_output_tokens=MAX_TOKENS
    ) as stream:
        final = stream.get_final_response()
    assert stream.output_text == reference_text
    _assert_response(final, server, reference_text)


async def test_async_stream_helper(
    async_client: AsyncBudClient, server: TransformersServer, reference_text: str
) -> None:
    async with async_client.responses.stream(
        model=server.model, input=PROMPT, max_output_tokens=MAX_TOKENS
    ) as stream:
        final = await stream.get_final_response()
    assert stream.output_text == reference_text
    _assert_response(final, server, reference_text)


# --------------------------------------------------------------------------- tracing


def _tracing() -> InMemorySpanExporter:
    exporter = InMemorySpanExporter()
    provider = TracerProvider()
    provider.add_span_processor(SimpleSpanProcessor(exporter))
    configure(mode="internal", tracer_provider=provider)
    return exporter


def _genai_span(exporter: InMemorySpanExporter, name: str) -> Any:
    [span] = [s for s in exporter.get_finished_spans() if s.name == name]
    return span


def test_sync_traced_stream(server: TransformersServer, reference_text: str) -> None:
    exporter = _tracing()
    with BudClient(api_key=API_KEY, base_url=server.base_url, max_retries=0) as client:
        track_responses(client)
        with client.responses.stream(
            model=server.model, input=PROMPT, max_output_tokens=MAX_TOKENS
        ) as stream:
            final = stream.get_final_response()
    assert final.output_text == reference_text
    span = _genai_span(exporter, "responses.stream")
    assert span.status.status_code is StatusCode.OK
    attrs = span.attributes or {}
    assert attrs["gen_ai.request.model"] == server.model
    assert attrs["gen_ai.response.id"] == final.id
    assert attrs["gen_ai.response.status"] == "completed"
    assert attrs["bud.inference.stream_completed"] is True
    # transformers serve puts usage on response.completed
    assert attrs["gen_ai.usage.output_tokens"] == MAX_TOKENS
    assert attrs["gen_ai.usage.input_tokens"] == final.usage.input_tokens


async def test_async_traced_create(server: TransformersServer, reference_text: str) -> None:
    exporter = _tracing()
    async with AsyncBudClient(api_key=API_KEY, base_url=server.base_url, max_retries=0) as client:
        track_responses(client)
        response = await client.responses.create(
            model=server.model, input=PROMPT, max_output_tokens=MAX_TOKENS
        )
    assert response.output_text == reference_text
    span = _genai_span(exporter, "responses")
    assert span.status.status_code is StatusCode.OK
    attrs = span.attributes or {}
    assert attrs["gen_ai.response.id"] == response.id
    assert attrs["gen_ai.usage.output_tokens"] == MAX_TOKENS
