"""The GenAI conventions' details: the opt-in to the latest names, no usage on fetch
spans, incomplete is an answer, a broken stream keeps what `response.created` said,
cache-creation tokens, and the output type."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
import respx
from opentelemetry.sdk.trace import ReadableSpan, TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter

from bud import BudClient, IncompleteStreamError
from bud.observability import _reset_for_tests, configure, track_inference
from bud.testing import LocalServer, Truncate

USER = [{"role": "user", "content": "hi"}]


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


def _spans(exporter: InMemorySpanExporter) -> dict[str, dict[str, Any]]:
    found: list[ReadableSpan] = [
        s for s in exporter.get_finished_spans() if not s.name.startswith(("POST", "GET"))
    ]
    return {s.name: dict(s.attributes or {}) for s in found}


def _client(server: LocalServer) -> BudClient:
    return track_inference(BudClient(api_key="sk", base_url=server.base_url, model="m"))


def test_the_latest_conventions_on_opt_in(
    server: LocalServer, exporter: InMemorySpanExporter, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("OTEL_SEMCONV_STABILITY_OPT_IN", "http, gen_ai_latest_experimental")
    client = _client(server)
    first = client.responses.create(input="hi", store=True)
    client.responses.create(input="again", previous_response_id=first.id)
    client.responses.retrieve(first.id)
    client.chat.completions.create(messages=USER, model="tiny")
    client.embeddings.create(input="tram", model="vec")
    names = [
        s.name for s in exporter.get_finished_spans() if not s.name.startswith(("POST", "GET"))
    ]
    assert names == ["chat m", "chat m", "fetch_response", "chat tiny", "embeddings vec"]
    spans = [dict(s.attributes or {}) for s in exporter.get_finished_spans()
             if not s.name.startswith(("POST", "GET"))]  # fmt: skip
    assert [a["gen_ai.operation.name"] for a in spans] == [
        "chat", "chat", "fetch_response", "chat", "embeddings"
    ]  # fmt: skip
    assert all("gen_ai.system" not in a for a in spans)
    # a previous response is not a conversation in the latest conventions
    assert "gen_ai.conversation.id" not in spans[1]
    assert spans[1]["gen_ai.request.previous_response.id"] == first.id
    assert spans[0]["bud.inference.operation"] == "responses"  # bud's own name stays


def test_the_spec_names_without_the_opt_in(
    server: LocalServer, exporter: InMemorySpanExporter, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("OTEL_SEMCONV_STABILITY_OPT_IN", raising=False)
    client = _client(server)
    first = client.responses.create(input="hi", store=True)
    client.responses.create(input="again", previous_response_id=first.id)
    client.chat.completions.create(messages=USER)
    names = [s.name for s in exporter.get_finished_spans() if not s.name.startswith("POST")]
    assert names == ["responses", "responses", "chat"]
    spans = _spans(exporter)
    assert spans["responses"]["gen_ai.system"] == "bud"
    assert spans["responses"]["gen_ai.operation.name"] == "responses"
    assert spans["responses"]["gen_ai.conversation.id"] == first.id  # the spec's mapping


def test_fetching_a_stored_response_records_no_usage(
    server: LocalServer, exporter: InMemorySpanExporter
) -> None:
    client = _client(server)
    created = client.responses.create(input="hi", store=True)
    client.responses.retrieve(created.id)
    spans = _spans(exporter)
    assert spans["responses"]["gen_ai.usage.input_tokens"] > 0
    fetched = spans["responses.retrieve"]
    assert fetched["gen_ai.response.id"] == created.id
    assert not [key for key in fetched if key.startswith("gen_ai.usage.")]


@pytest.mark.parametrize("how", ["cut", "left"])
def test_a_broken_stream_keeps_the_id_and_model_of_response_created(
    server: LocalServer, exporter: InMemorySpanExporter, how: str
) -> None:
    client = _client(server)
    if how == "cut":
        server.enqueue(Truncate(after=2), path="/v1/responses")
    stream = client.responses.create(input="a longer answer please", stream=True)
    if how == "cut":
        with pytest.raises(IncompleteStreamError):
            list(stream)
    else:
        with stream:
            next(iter(stream))
    attrs = _spans(exporter)["responses.stream"]
    assert attrs["gen_ai.response.id"].startswith("resp_")
    assert attrs["gen_ai.response.model"] == "m"


BASE = "https://gw.test"


@respx.mock
def test_cache_creation_tokens_where_the_usage_reports_them(
    exporter: InMemorySpanExporter,
) -> None:
    details = {"cached_tokens": 60, "cache_creation_tokens": 40}
    usage = {"prompt_tokens": 100, "completion_tokens": 5, "total_tokens": 105,
             "prompt_tokens_details": details}  # fmt: skip
    body = {"id": "chatcmpl-1", "object": "chat.completion", "created": 1, "model": "m",
            "choices": [{"index": 0, "message": {"role": "assistant", "content": "ok"},
                         "finish_reason": "stop"}], "usage": usage}  # fmt: skip
    respx.post(f"{BASE}/v1/chat/completions").respond(200, json=body)
    client = track_inference(BudClient(api_key="sk", base_url=BASE, max_retries=0))
    client.chat.completions.create(model="m", messages=USER)
    attrs = _spans(exporter)["chat"]
    assert attrs["gen_ai.usage.cache_creation.input_tokens"] == 40
    assert attrs["gen_ai.usage.cache_read.input_tokens"] == 60


def test_the_output_type_of_a_text_format(
    server: LocalServer, exporter: InMemorySpanExporter
) -> None:
    client = _client(server)
    schema = {"type": "object", "properties": {"a": {"type": "string"}}, "required": ["a"],
              "additionalProperties": False}  # fmt: skip
    fmt = {"type": "json_schema", "name": "thing", "schema": schema, "strict": True}
    client.responses.create(input="hi", text={"format": fmt})
    client.chat.completions.create(messages=USER, response_format={"type": "json_object"})
    spans = _spans(exporter)
    assert spans["responses"]["gen_ai.output.type"] == "json"
    assert spans["chat"]["gen_ai.output.type"] == "json"


def test_a_stream_records_its_time_per_output_chunk(server: LocalServer) -> None:
    from opentelemetry.sdk.metrics import MeterProvider
    from opentelemetry.sdk.metrics.export import InMemoryMetricReader

    reader = InMemoryMetricReader()
    configure(mode="internal", tracer_provider=TracerProvider(),
              meter_provider=MeterProvider(metric_readers=[reader]))  # fmt: skip
    try:
        client = _client(server)
        list(client.responses.create(input="a few words to stream", stream=True))
        client.chat.completions.create(messages=USER)  # not a stream: no per-chunk point
        data = reader.get_metrics_data()
        assert data is not None
        points = [
            (point, metric.unit)
            for rm in data.resource_metrics
            for sm in rm.scope_metrics
            for metric in sm.metrics
            if metric.name == "gen_ai.client.operation.time_per_output_chunk"
            for point in metric.data.data_points
        ]
        ((point, unit),) = points
        assert unit == "s"
        assert point.count == 1 and point.sum > 0
        assert point.attributes["gen_ai.operation.name"] == "responses"
    finally:
        _reset_for_tests()
