"""track_chat_completions: spans for any client with chat.completions.create."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from types import SimpleNamespace
from typing import Any

import pytest
from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter
from opentelemetry.trace import StatusCode

from bud.observability import _reset_for_tests, configure, track_chat_completions


@pytest.fixture
def exporter() -> Iterator[InMemorySpanExporter]:
    exporter = InMemorySpanExporter()
    provider = TracerProvider()
    provider.add_span_processor(SimpleSpanProcessor(exporter))
    configure(mode="internal", tracer_provider=provider)
    yield exporter
    _reset_for_tests()
    provider.shutdown()


def _completion() -> Any:
    usage = SimpleNamespace(prompt_tokens=7, completion_tokens=3, total_tokens=10)
    choice = SimpleNamespace(finish_reason="stop")
    return SimpleNamespace(
        id="chatcmpl-1", model="m-1", created=1700000000, usage=usage, choices=[choice],
        system_fingerprint="fp_1",
    )  # fmt: skip


def _client(create: Any) -> Any:
    return SimpleNamespace(chat=SimpleNamespace(completions=SimpleNamespace(create=create)))


def test_client_without_chat_is_returned_unchanged() -> None:
    client = SimpleNamespace(responses=object())
    assert track_chat_completions(client) is client
    assert not hasattr(client, "chat")


def test_sync_call_gets_a_chat_span(exporter: InMemorySpanExporter) -> None:
    client = track_chat_completions(_client(lambda **kw: _completion()))
    client.chat.completions.create(model="m", messages=[{"role": "user", "content": "hi"}])
    (span,) = exporter.get_finished_spans()
    attrs = dict(span.attributes or {})
    assert span.name == "chat"
    assert attrs["gen_ai.operation.name"] == "chat"
    assert attrs["gen_ai.request.model"] == "m"
    assert attrs["gen_ai.response.id"] == "chatcmpl-1"
    assert attrs["gen_ai.usage.input_tokens"] == 7
    assert attrs["gen_ai.usage.output_tokens"] == 3
    assert attrs["gen_ai.response.finish_reasons"] == ("stop",)
    assert "hi" in attrs["gen_ai.content.prompt"]
    assert span.status.status_code == StatusCode.OK


def test_tracking_twice_wraps_once(exporter: InMemorySpanExporter) -> None:
    client = track_chat_completions(_client(lambda **kw: _completion()))
    wrapped = client.chat.completions.create
    track_chat_completions(client)
    assert client.chat.completions.create is wrapped
    client.chat.completions.create(model="m", messages=[])
    assert len(exporter.get_finished_spans()) == 1


def test_async_stream_span_counts_chunks(exporter: InMemorySpanExporter) -> None:
    class Chunks:
        async def __aiter__(self) -> Any:
            for i in range(3):
                yield SimpleNamespace(id=f"c{i}")

    async def create(**kwargs: Any) -> Any:
        return Chunks()

    client = track_chat_completions(_client(create))

    async def main() -> int:
        stream = await client.chat.completions.create(model="m", messages=[], stream=True)
        return len([c async for c in stream])

    assert asyncio.run(main()) == 3
    (span,) = exporter.get_finished_spans()
    attrs = dict(span.attributes or {})
    assert span.name == "chat.stream"
    assert attrs["bud.inference.chunks"] == 3
    assert attrs["bud.inference.stream_completed"] is True


def test_error_is_recorded(exporter: InMemorySpanExporter) -> None:
    def create(**kwargs: Any) -> Any:
        raise RuntimeError("boom")

    client = track_chat_completions(_client(create))
    with pytest.raises(RuntimeError):
        client.chat.completions.create(model="m", messages=[])
    (span,) = exporter.get_finished_spans()
    assert span.status.status_code == StatusCode.ERROR


def test_internal_mode_with_only_a_tracer_provider_exports_no_metrics() -> None:
    # a meter provider nobody asked for would export to localhost:4318 and stall shutdown
    from opentelemetry.metrics import NoOpMeterProvider

    from bud.observability import _state

    provider = TracerProvider()
    try:
        configure(mode="internal", tracer_provider=provider)
        assert isinstance(_state.meter_provider, NoOpMeterProvider)
        assert _state.tracer_provider is provider
    finally:
        _reset_for_tests()
        provider.shutdown()
