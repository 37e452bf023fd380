"""What the Bud gateway reports, surfaced: `with_raw_response` on every method (status,
headers, `.parse()`), the typed `GatewayInfo` view of its headers on raw replies,
streams' replies and errors, and cost and model latency on the traced span. Run
against the local server's gateway profile, sync and async."""

from __future__ import annotations

import inspect
from collections.abc import AsyncIterator, Iterator
from typing import Any

import pytest
from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter

import bud
from bud import AsyncBudClient, BudClient
from bud.observability import configure, track_responses
from bud.observability._setup import _reset_for_tests
from bud.testing import GatewayError, LocalServer

MODEL = "bud-demo-model"


@pytest.fixture
def gateway() -> Iterator[LocalServer]:
    with LocalServer(gateway=True) as server:
        yield server


@pytest.fixture(params=["sync", "async"])
async def make(request: pytest.FixtureRequest, gateway: LocalServer) -> AsyncIterator[Any]:
    made: list[Any] = []
    cls = AsyncBudClient if request.param == "async" else BudClient

    def build(**kwargs: Any) -> Any:
        kwargs.setdefault("max_retries", 0)
        client = cls(api_key="k", base_url=gateway.base_url, model=MODEL, **kwargs)
        made.append(client)
        return client

    yield build
    for client in made:
        await call(client.close())


async def call(value: Any) -> Any:
    return await value if inspect.isawaitable(value) else value


async def test_raw_create_has_status_headers_the_gateway_view_and_parse(make: Any) -> None:
    client = make()
    raw = await call(client.responses.with_raw_response.create(input="Hi"))
    assert isinstance(raw, bud.RawResponse)
    assert raw.status_code == 200
    response = raw.parse()
    assert response.status == "completed"
    info = raw.gateway
    assert isinstance(info, bud.GatewayInfo)
    assert info.gateway_version
    assert info.model_latency_ms is not None and info.model_latency_ms >= 0
    assert info.total_tokens == response.usage.total_tokens
    assert info.inference_cost is not None and info.inference_cost > 0
    assert info.rate_limit is not None and info.rate_limit.limit == 1000


async def test_every_method_has_a_raw_variant(make: Any, gateway: LocalServer) -> None:
    client = make()
    created = (await call(client.responses.with_raw_response.create(input="Hi"))).parse()
    raw = client.responses.with_raw_response
    retrieved = await call(raw.retrieve(created.id))
    assert retrieved.parse().id == created.id
    items = await call(raw.input_items.list(created.id))
    assert items.status_code == 200 and isinstance(items.parse().data, list)
    models = await call(client.models.with_raw_response.list())
    assert [m.id for m in models.parse().data]
    deleted = await call(raw.delete(created.id))
    assert deleted.parse().deleted is True


async def test_a_raw_stream_parses_to_the_stream(make: Any) -> None:
    client = make()
    raw = await call(client.responses.with_raw_response.create(input="Hi", stream=True))
    assert raw.headers["content-type"].startswith("text/event-stream")
    stream = raw.parse()
    events = [e async for e in stream] if hasattr(stream, "__aiter__") else list(stream)
    assert events[-1].type == "response.completed"


async def test_errors_carry_the_gateway_view(make: Any, gateway: LocalServer) -> None:
    client = make()
    gateway.enqueue(GatewayError("rate_limit", retry_after=3))
    with pytest.raises(bud.RateLimitError) as info:
        await call(client.responses.create(input="Hi"))
    view = info.value.gateway
    assert isinstance(view, bud.GatewayInfo)
    assert view.rate_limit is not None
    assert view.rate_limit.limit == 1000
    assert view.rate_limit.retry_after == 3


def test_no_gateway_headers_no_view() -> None:
    assert bud.GatewayInfo.from_headers({"content-type": "application/json"}) is None
    odd = bud.GatewayInfo.from_headers({"x-tensorzero-inference-cost": "nan"})
    assert odd is None  # a value that is not a finite number is no report


async def test_the_traced_span_records_cost_and_model_latency(make: Any) -> None:
    exporter = InMemorySpanExporter()
    provider = TracerProvider()
    provider.add_span_processor(SimpleSpanProcessor(exporter))
    _reset_for_tests()
    configure(mode="internal", tracer_provider=provider)
    try:
        client = track_responses(make())
        await call(client.responses.create(input="Hi"))
        stream = await call(client.responses.create(input="Hi", stream=True))
        if hasattr(stream, "__aiter__"):
            [e async for e in stream]
        else:
            list(stream)
        spans = {s.name: dict(s.attributes or {}) for s in exporter.get_finished_spans()}
        assert spans["responses"]["bud.inference.cost"] > 0
        assert spans["responses"]["bud.inference.model_latency_ms"] >= 0
        assert "bud.inference.model_latency_ms" in spans["responses.stream"]
    finally:
        _reset_for_tests()
        provider.shutdown()
