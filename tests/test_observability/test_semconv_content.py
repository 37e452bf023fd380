"""The standard content attributes on real traced calls: `gen_ai.input.messages`,
`gen_ai.output.messages`, `gen_ai.system_instructions`, `gen_ai.tool.definitions`
(JSON "parts"), and the OpenInference span kind that makes Phoenix show an LLM call."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Iterator
from typing import Any

import pytest
from opentelemetry.sdk.trace import ReadableSpan, TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter

from bud import BudClient
from bud.observability import _reset_for_tests, _state, configure, track_inference
from bud.observability._semconv_messages import TRUNCATION_MARKER
from bud.testing import LocalServer

CONTENT = ("gen_ai.input.messages", "gen_ai.output.messages", "gen_ai.system_instructions",
           "gen_ai.tool.definitions")  # fmt: skip
TOOL = {"type": "function", "name": "departures", "description": "Next trams",
        "parameters": {"type": "object", "properties": {"stop": {"type": "string"}}}}  # fmt: skip


@pytest.fixture(scope="module")
def server() -> Iterator[LocalServer]:
    with LocalServer() as srv:
        yield srv


@pytest.fixture
def exporter() -> Iterator[InMemorySpanExporter]:
    exporter = InMemorySpanExporter()
    provider = TracerProvider()
    provider.add_span_processor(SimpleSpanProcessor(exporter))
    configure(mode="internal", tracer_provider=provider)
    yield exporter
    _reset_for_tests()
    provider.shutdown()


def _span(exporter: InMemorySpanExporter, name: str) -> dict[str, Any]:
    spans: list[ReadableSpan] = [s for s in exporter.get_finished_spans() if s.name == name]
    assert len(spans) == 1, [s.name for s in exporter.get_finished_spans()]
    return dict(spans[0].attributes or {})


@pytest.mark.parametrize("stream", [False, True])
def test_a_responses_call_carries_semconv_content(
    server: LocalServer, exporter: InMemorySpanExporter, stream: bool
) -> None:
    client = track_inference(BudClient(api_key="sk", base_url=server.base_url, model="m"))
    result = client.responses.create(
        input="When is the next tram?", instructions="Be brief.", tools=[TOOL], stream=stream
    )
    if stream:
        list(result)
    attrs = _span(exporter, "responses.stream" if stream else "responses")
    assert attrs["openinference.span.kind"] == "LLM"
    assert json.loads(attrs["gen_ai.input.messages"]) == [
        {"role": "user", "parts": [{"type": "text", "content": "When is the next tram?"}]}
    ]
    assert json.loads(attrs["gen_ai.system_instructions"]) == [
        {"type": "text", "content": "Be brief."}
    ]
    (tool,) = json.loads(attrs["gen_ai.tool.definitions"])
    assert tool["name"] == "departures" and tool["parameters"] == TOOL["parameters"]
    (message,) = json.loads(attrs["gen_ai.output.messages"])
    assert message["role"] == "assistant"
    assert message["parts"] == [{"type": "text", "content": "You said: When is the next tram?"}]
    assert message["finish_reason"] == "stop"


def test_a_chat_call_with_a_tool_call_carries_semconv_content(
    server: LocalServer, exporter: InMemorySpanExporter
) -> None:
    client = track_inference(BudClient(api_key="sk", base_url=server.base_url, model="m"))
    chat_tool = {"type": "function", "function": {k: v for k, v in TOOL.items() if k != "type"}}
    client.chat.completions.create(
        messages=[{"role": "system", "content": "Be brief."},
                  {"role": "user", "content": "Trams at Central?"}],
        tools=[chat_tool], tool_choice="required",
    )  # fmt: skip
    attrs = _span(exporter, "chat")
    assert attrs["openinference.span.kind"] == "LLM"
    roles = [m["role"] for m in json.loads(attrs["gen_ai.input.messages"])]
    assert roles == ["system", "user"]
    (message,) = json.loads(attrs["gen_ai.output.messages"])
    assert message["finish_reason"] == "tool_call"
    (part,) = message["parts"]
    assert part["type"] == "tool_call" and part["name"] == "departures"
    assert isinstance(part["arguments"], dict)  # parsed from the JSON string


def test_a_streamed_chat_call_carries_its_assembled_output(
    server: LocalServer, exporter: InMemorySpanExporter
) -> None:
    client = track_inference(BudClient(api_key="sk", base_url=server.base_url, model="m"))
    stream = client.chat.completions.create(
        messages=[{"role": "user", "content": "hello"}], stream=True
    )
    text = "".join(c.choices[0].delta.content or "" for c in stream if c.choices)
    attrs = _span(exporter, "chat.stream")
    (message,) = json.loads(attrs["gen_ai.output.messages"])
    assert message["parts"] == [{"type": "text", "content": text}]


def test_long_content_is_cut_inside_the_parts_and_stays_json(
    server: LocalServer, exporter: InMemorySpanExporter
) -> None:
    assert _state.config is not None
    _state.config = dataclasses.replace(_state.config, max_content_length=20)
    client = track_inference(BudClient(api_key="sk", base_url=server.base_url, model="m"))
    client.responses.create(input="x" * 500)
    attrs = _span(exporter, "responses")
    (message,) = json.loads(attrs["gen_ai.input.messages"])  # still valid JSON
    assert message["parts"][0]["content"] == "x" * 20 + TRUNCATION_MARKER


def test_no_content_attributes_when_capture_is_off(
    server: LocalServer, exporter: InMemorySpanExporter
) -> None:
    assert _state.config is not None
    _state.config = dataclasses.replace(_state.config, capture_content=False)
    client = track_inference(BudClient(api_key="sk", base_url=server.base_url, model="m"))
    client.responses.create(input="secret", instructions="secret", tools=[TOOL])
    client.chat.completions.create(messages=[{"role": "user", "content": "secret"}])
    for name in ("responses", "chat"):
        attrs = _span(exporter, name)
        assert not set(CONTENT) & set(attrs)
        assert "secret" not in repr(attrs)
        assert attrs["openinference.span.kind"] == "LLM"


def test_embeddings_spans_are_embedding_spans(
    server: LocalServer, exporter: InMemorySpanExporter
) -> None:
    client = track_inference(BudClient(api_key="sk", base_url=server.base_url, model="m"))
    client.embeddings.create(input="tram")
    assert _span(exporter, "embeddings")["openinference.span.kind"] == "EMBEDDING"
