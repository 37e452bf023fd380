"""track_inference / track_chat_completions on bud's own clients: spans and metrics for
chat completions (plain and streamed), embeddings and classify, against the local
server."""

from __future__ import annotations

import dataclasses
import inspect
from collections.abc import Iterator
from typing import Any

import pytest
from opentelemetry.sdk.metrics import MeterProvider
from opentelemetry.sdk.metrics.export import InMemoryMetricReader
from opentelemetry.sdk.trace import ReadableSpan, TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter
from opentelemetry.trace import StatusCode

import bud
from bud import AsyncBudClient, BudClient
from bud.observability import (
    _reset_for_tests,
    _state,
    configure,
    track_chat_completions,
    track_inference,
)
from bud.testing import LocalServer, Truncate

USER = [{"role": "user", "content": "Tell me about trams"}]


@pytest.fixture(scope="module")
def server() -> Iterator[LocalServer]:
    with LocalServer() as srv:
        yield srv


@pytest.fixture
def telemetry() -> Iterator[tuple[InMemorySpanExporter, InMemoryMetricReader]]:
    exporter = InMemorySpanExporter()
    provider = TracerProvider()
    provider.add_span_processor(SimpleSpanProcessor(exporter))
    reader = InMemoryMetricReader()
    configure(mode="internal", tracer_provider=provider,
              meter_provider=MeterProvider(metric_readers=[reader]))  # fmt: skip
    yield exporter, reader
    _reset_for_tests()
    provider.shutdown()


@pytest.fixture(params=["sync", "async"])
def flavor(request: pytest.FixtureRequest) -> str:
    return str(request.param)


async def _run(value: Any) -> Any:
    return await value if inspect.isawaitable(value) else value


async def _drain(stream: Any) -> list[Any]:
    if hasattr(stream, "__aiter__"):
        return [chunk async for chunk in stream]
    return list(stream)


def _client(server: LocalServer, flavor: str) -> Any:
    cls = AsyncBudClient if flavor == "async" else BudClient
    return track_inference(cls(api_key="sk-test", base_url=server.base_url, model="tiny"))


def _inference_spans(exporter: InMemorySpanExporter) -> list[ReadableSpan]:
    # the HTTP client spans (POST ...) are the children; these are the GenAI ones
    return [s for s in exporter.get_finished_spans() if not s.name.startswith("POST")]


def _metric_points(reader: InMemoryMetricReader, name: str) -> list[Any]:
    data = reader.get_metrics_data()
    assert data is not None
    return [
        point
        for rm in data.resource_metrics
        for sm in rm.scope_metrics
        for metric in sm.metrics
        if metric.name == name
        for point in metric.data.data_points
    ]


async def test_a_chat_call_gets_one_span_with_the_default_model_and_usage(
    server: LocalServer, telemetry: Any, flavor: str
) -> None:
    exporter, reader = telemetry
    client = _client(server, flavor)
    completion = await _run(client.chat.completions.create(messages=USER))
    (span,) = _inference_spans(exporter)
    attrs = dict(span.attributes or {})
    assert span.name == "chat"
    assert span.status.status_code is StatusCode.OK
    assert attrs["gen_ai.operation.name"] == "chat"
    assert attrs["gen_ai.request.model"] == "tiny"  # the client's default: the call named none
    assert attrs["gen_ai.response.id"] == completion.id
    assert attrs["gen_ai.usage.input_tokens"] == completion.usage.prompt_tokens
    assert attrs["gen_ai.usage.output_tokens"] == completion.usage.completion_tokens
    assert attrs["gen_ai.response.finish_reasons"] == ("stop",)
    (duration,) = _metric_points(reader, "gen_ai.client.operation.duration")
    assert duration.attributes["gen_ai.operation.name"] == "chat"
    assert duration.attributes["gen_ai.request.model"] == "tiny"


@pytest.mark.parametrize("include_usage", [True, False])
async def test_a_streamed_chat_span_carries_what_the_chunks_add_up_to(
    server: LocalServer, telemetry: Any, flavor: str, include_usage: bool
) -> None:
    exporter, reader = telemetry
    client = _client(server, flavor)
    extra = {"stream_options": {"include_usage": True}} if include_usage else {}
    stream = await _run(client.chat.completions.create(messages=USER, stream=True, **extra))
    chunks = await _drain(stream)
    (span,) = _inference_spans(exporter)
    attrs = dict(span.attributes or {})
    assert span.name == "chat.stream"
    assert span.status.status_code is StatusCode.OK
    assert attrs["bud.inference.chunks"] == len(chunks)
    assert attrs["bud.inference.stream_completed"] is True
    assert attrs["gen_ai.response.time_to_first_chunk"] > 0
    assert attrs["gen_ai.response.id"] == chunks[0].id
    assert attrs["gen_ai.response.finish_reasons"] == ("stop",)
    tokens = _metric_points(reader, "gen_ai.client.token.usage")
    if include_usage:
        assert attrs["gen_ai.usage.output_tokens"] == stream.usage.completion_tokens
        assert sorted(p.attributes["gen_ai.token.type"] for p in tokens) == ["input", "output"]
    else:
        assert "gen_ai.usage.output_tokens" not in attrs
        assert tokens == []
    assert _metric_points(reader, "gen_ai.client.operation.time_to_first_chunk")


async def test_a_cut_chat_stream_ends_its_span_in_error_once(
    server: LocalServer, telemetry: Any, flavor: str
) -> None:
    exporter, _ = telemetry
    server.enqueue(Truncate(after=3), path="/v1/chat/completions")
    client = _client(server, flavor)
    stream = await _run(client.chat.completions.create(messages=USER, stream=True))
    with pytest.raises(bud.IncompleteStreamError):
        await _drain(stream)
    (span,) = _inference_spans(exporter)
    attrs = dict(span.attributes or {})
    assert span.status.status_code is StatusCode.ERROR
    assert attrs["error.type"].endswith("IncompleteStreamError")
    assert attrs["bud.inference.stream_completed"] is False
    assert attrs["bud.inference.chunks"] == 3
    assert attrs["gen_ai.response.id"].startswith("chatcmpl-")  # read before the cut


def test_leaving_a_chat_stream_early_ends_its_span_once_without_error(
    server: LocalServer, telemetry: Any
) -> None:
    exporter, _ = telemetry
    client = _client(server, "sync")
    with client.chat.completions.create(messages=USER, stream=True) as stream:
        for _ in stream:
            break
    (span,) = _inference_spans(exporter)
    assert span.status.status_code is not StatusCode.ERROR
    assert dict(span.attributes or {})["bud.inference.stream_completed"] is False


async def test_embeddings_spans_follow_the_embeddings_operation(
    server: LocalServer, telemetry: Any, flavor: str
) -> None:
    exporter, reader = telemetry
    client = _client(server, flavor)
    result = await _run(client.embeddings.create(input=["a tram", "a bus"], dimensions=16))
    (span,) = _inference_spans(exporter)
    attrs = dict(span.attributes or {})
    assert span.name == "embeddings"
    assert span.status.status_code is StatusCode.OK
    assert attrs["gen_ai.operation.name"] == "embeddings"
    assert attrs["gen_ai.request.model"] == "tiny"
    assert attrs["gen_ai.request.encoding_formats"] == ("float",)
    assert attrs["gen_ai.embeddings.dimension.count"] == 16
    assert attrs["gen_ai.usage.input_tokens"] == result.usage.prompt_tokens
    assert attrs["bud.inference.request.input_count"] == 2
    assert attrs["bud.inference.request.input"] == '["a tram", "a bus"]'
    (duration,) = _metric_points(reader, "gen_ai.client.operation.duration")
    assert duration.attributes["gen_ai.operation.name"] == "embeddings"


async def test_classify_spans_are_a_bud_operation(
    server: LocalServer, telemetry: Any, flavor: str
) -> None:
    exporter, _ = telemetry
    client = _client(server, flavor)
    result = await _run(client.classifications.create(input=["great", "awful"]))
    (span,) = _inference_spans(exporter)
    attrs = dict(span.attributes or {})
    assert span.name == "classify"
    assert attrs["gen_ai.operation.name"] == "classify"
    assert attrs["bud.inference.operation"] == "classify"
    assert attrs["bud.inference.response.labels"] == tuple(
        labels[0].label for labels in result.data
    )


def test_content_capture_off_keeps_inputs_and_labels_out(
    server: LocalServer, telemetry: Any
) -> None:
    exporter, _ = telemetry
    assert _state.config is not None
    # as configure(config=ObservabilityConfig(capture_content=False)) sets it
    _state.config = dataclasses.replace(_state.config, capture_content=False)
    client = _client(server, "sync")
    client.embeddings.create(input="secret text")
    client.classifications.create(input=["secret text"])
    for span in _inference_spans(exporter):
        attrs = dict(span.attributes or {})
        assert "bud.inference.request.input" not in attrs
        assert "bud.inference.response.labels" not in attrs
        assert attrs["bud.inference.request.input_count"] == 1
        assert "secret text" not in repr(attrs)


def test_capture_input_false_records_no_request_details(
    server: LocalServer, telemetry: Any
) -> None:
    exporter, _ = telemetry
    client = BudClient(api_key="sk-test", base_url=server.base_url, model="tiny")
    track_inference(client, capture_input=False)
    client.embeddings.create(input="a tram", dimensions=8)
    (span,) = _inference_spans(exporter)
    attrs = dict(span.attributes or {})
    assert "bud.inference.request.input_count" not in attrs
    assert "gen_ai.request.encoding_formats" not in attrs
    assert attrs["gen_ai.embeddings.dimension.count"] == 8  # read off the reply


def test_a_failed_embeddings_call_ends_its_span_in_error(
    server: LocalServer, telemetry: Any
) -> None:
    exporter, reader = telemetry
    client = _client(server, "sync")
    with pytest.raises(bud.BadRequestError):
        client.embeddings.create(input=["a"], extra_body={"encoding_format": "hex"})
    (span,) = _inference_spans(exporter)
    assert span.status.status_code is StatusCode.ERROR
    assert dict(span.attributes or {})["error.type"].endswith("BadRequestError")
    (duration,) = _metric_points(reader, "gen_ai.client.operation.duration")
    assert duration.attributes["error.type"].endswith("BadRequestError")


def test_track_inference_is_idempotent_and_covers_every_route(
    server: LocalServer, telemetry: Any
) -> None:
    exporter, _ = telemetry
    client = _client(server, "sync")
    track_inference(client)
    track_chat_completions(client)
    client.responses.create(input="hi")
    client.chat.completions.create(messages=USER)
    client.embeddings.create(input="hi")
    client.classifications.create(input=["hi"])
    names = sorted(s.name for s in _inference_spans(exporter))
    assert names == ["chat", "classify", "embeddings", "responses"]
