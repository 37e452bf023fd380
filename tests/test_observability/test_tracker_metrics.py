"""GenAI client metrics from `track_responses`: duration, token usage, time to first chunk.

Bucket boundaries are written out here from SEMCONV.md, not imported from the SDK.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
import tracker_helpers as h

from bud.exceptions import RateLimitError
from bud.observability import track_responses

SEMCONV_DURATION_BUCKETS = (
    0.01, 0.02, 0.04, 0.08, 0.16, 0.32, 0.64, 1.28, 2.56, 5.12, 10.24, 20.48, 40.96, 81.92,
)  # fmt: skip
SEMCONV_TOKEN_BUCKETS = (
    1, 4, 16, 64, 256, 1024, 4096, 16384, 65536, 262144, 1048576, 4194304, 16777216, 67108864,
)  # fmt: skip

BASE_ATTRS = {
    "gen_ai.operation.name": "responses",
    "gen_ai.provider.name": "bud",
    "gen_ai.request.model": "gpt-4.1",
    "server.address": h.HOST,
    "server.port": h.PORT,
}


@pytest.fixture(name="otel")
def _otel(monkeypatch: pytest.MonkeyPatch) -> Iterator[h.Otel]:
    yield from h.otel_env(monkeypatch)


@pytest.fixture(params=["sync", "async"])
def flavor(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def gateway() -> h.Gateway:
    return h.Gateway()


@pytest.fixture
async def client(flavor: str, gateway: h.Gateway) -> Any:
    c = h.make_client(flavor, gateway)
    yield track_responses(c)
    await h.call(c.close())


def by_token_type(otel: h.Otel) -> dict[str, Any]:
    points = otel.points(h.TOKEN_USAGE)
    result = {p.attributes["gen_ai.token.type"]: p for p in points}
    assert len(result) == len(points), "one point per token type"
    return result


async def test_non_streaming_call_metrics(otel: h.Otel, gateway: h.Gateway, client: Any) -> None:
    gateway.create()

    await h.call(client.responses.create(model="gpt-4.1", input="hi"))

    duration = otel.metric(h.DURATION)
    assert duration is not None
    assert duration.unit == "s"
    (point,) = otel.points(h.DURATION)
    assert dict(point.attributes) == {
        **BASE_ATTRS,
        "gen_ai.response.model": "gpt-4.1-2025-04-14",
    }
    assert point.count == 1
    assert point.sum >= 0
    assert tuple(point.explicit_bounds) == SEMCONV_DURATION_BUCKETS

    usage = otel.metric(h.TOKEN_USAGE)
    assert usage is not None
    assert usage.unit == "{token}"
    tokens = by_token_type(otel)
    assert set(tokens) == {"input", "output"}
    assert (tokens["input"].sum, tokens["input"].count) == (42, 1)
    assert (tokens["output"].sum, tokens["output"].count) == (17, 1)
    for p in tokens.values():
        assert tuple(p.explicit_bounds) == SEMCONV_TOKEN_BUCKETS
        assert p.attributes["gen_ai.operation.name"] == "responses"
        assert p.attributes["gen_ai.provider.name"] == "bud"
        assert p.attributes["gen_ai.request.model"] == "gpt-4.1"

    assert otel.points(h.TTFC) == []  # streams only


async def test_token_sums_accumulate_over_calls(
    otel: h.Otel, gateway: h.Gateway, client: Any
) -> None:
    gateway.create()
    for _ in range(3):
        await h.call(client.responses.create(model="gpt-4.1", input="hi"))

    (point,) = otel.points(h.DURATION)
    assert point.count == 3
    tokens = by_token_type(otel)
    assert (tokens["input"].sum, tokens["input"].count) == (126, 3)
    assert (tokens["output"].sum, tokens["output"].count) == (51, 3)
    # 42 input tokens fall in (16, 64], 17 output tokens too: bucket index 3
    assert tokens["input"].bucket_counts[3] == 3
    assert tokens["output"].bucket_counts[3] == 3


async def test_stream_metrics_include_time_to_first_chunk(
    otel: h.Otel, gateway: h.Gateway, client: Any
) -> None:
    gateway.create_stream(h.text_events("a", "b", "c"))

    stream = await h.call(client.responses.create(model="gpt-4.1", input="hi", stream=True))
    assert len(await h.collect(stream)) == 5

    ttfc_metric = otel.metric(h.TTFC)
    assert ttfc_metric is not None
    assert ttfc_metric.unit == "s"
    (ttfc,) = otel.points(h.TTFC)
    assert ttfc.count == 1
    assert tuple(ttfc.explicit_bounds) == SEMCONV_DURATION_BUCKETS
    assert ttfc.attributes["gen_ai.operation.name"] == "responses"
    assert ttfc.attributes["gen_ai.provider.name"] == "bud"
    (duration,) = otel.points(h.DURATION)
    assert 0 <= ttfc.sum <= duration.sum
    assert ttfc.sum == pytest.approx(
        otel.attrs("responses.stream")["gen_ai.response.time_to_first_chunk"]
    )
    tokens = by_token_type(otel)  # from the terminal event's response
    assert (tokens["input"].sum, tokens["output"].sum) == (42, 17)


async def test_stream_stopped_early_records_duration_without_tokens(
    otel: h.Otel, gateway: h.Gateway, client: Any
) -> None:
    gateway.create_stream(h.text_events("a", "b", "c"))
    stream = await h.call(client.responses.create(model="gpt-4.1", input="hi", stream=True))
    await h.close_stream(stream)

    (duration,) = otel.points(h.DURATION)
    assert duration.count == 1
    assert "error.type" not in duration.attributes
    assert otel.points(h.TOKEN_USAGE) == []
    assert otel.points(h.TTFC) == []  # no chunk ever arrived


async def test_http_error_metrics(otel: h.Otel, gateway: h.Gateway, client: Any) -> None:
    gateway.json("POST", h.PATH, {"error": {"message": "slow down", "code": "rl"}}, status=429)

    with pytest.raises(RateLimitError):
        await h.call(client.responses.create(model="gpt-4.1", input="hi"))

    (point,) = otel.points(h.DURATION)
    assert point.count == 1
    assert point.attributes["gen_ai.operation.name"] == "responses"
    assert point.attributes["gen_ai.provider.name"] == "bud"
    assert point.attributes["gen_ai.request.model"] == "gpt-4.1"
    assert "RateLimitError" in point.attributes["error.type"]
    assert otel.points(h.TOKEN_USAGE) == []


async def test_metric_error_type_matches_span_error_type(
    otel: h.Otel, gateway: h.Gateway, client: Any
) -> None:
    gateway.json("POST", h.PATH, {"error": {"message": "slow down", "code": "rl"}}, status=429)

    with pytest.raises(RateLimitError):
        await h.call(client.responses.create(model="gpt-4.1", input="hi"))

    (point,) = otel.points(h.DURATION)
    assert point.attributes["error.type"] == otel.attrs("responses")["error.type"]


async def test_failed_response_status_metrics(
    otel: h.Otel, gateway: h.Gateway, client: Any
) -> None:
    gateway.create(h.response_body(status="failed", error={"code": "server_error", "message": "x"}))

    await h.call(client.responses.create(model="gpt-4.1", input="hi"))

    (point,) = otel.points(h.DURATION)
    assert point.attributes["error.type"] == "server_error"


async def test_failed_stream_metrics(otel: h.Otel, gateway: h.Gateway, client: Any) -> None:
    gateway.create_stream([h.ev_created(), h.ev_error("rate_limit_exceeded", "later", 1)])

    stream = await h.call(client.responses.create(model="gpt-4.1", input="hi", stream=True))
    await h.collect(stream)

    (point,) = otel.points(h.DURATION)
    assert point.attributes["error.type"] == "rate_limit_exceeded"
    assert len(otel.points(h.TTFC)) == 1


async def test_retrieve_does_not_count_tokens_again(
    otel: h.Otel, gateway: h.Gateway, client: Any
) -> None:
    # create once, then fetch the stored response: the tokens were used once
    gateway.create()
    gateway.json("GET", f"{h.PATH}/resp_trk_001", h.response_body())

    await h.call(client.responses.create(model="gpt-4.1", input="hi"))
    await h.call(client.responses.retrieve("resp_trk_001"))

    totals = {"input": 0, "output": 0}
    for point in otel.points(h.TOKEN_USAGE):
        totals[point.attributes["gen_ai.token.type"]] += point.sum
    assert totals == {"input": 42, "output": 17}


async def test_retrieve_duration_is_labelled_with_its_operation(
    otel: h.Otel, gateway: h.Gateway, client: Any
) -> None:
    gateway.json("GET", f"{h.PATH}/resp_trk_001", h.response_body())

    await h.call(client.responses.retrieve("resp_trk_001"))

    (point,) = otel.points(h.DURATION)
    span_operation = otel.attrs("responses.retrieve")["gen_ai.operation.name"]
    assert point.attributes["gen_ai.operation.name"] == span_operation


def test_no_meter_means_no_metric_work(monkeypatch: pytest.MonkeyPatch) -> None:
    """With a no-op meter (nothing would be recorded) a traced call builds no metric
    attributes at all; with a real one it records."""
    from opentelemetry.metrics import NoOpMeterProvider
    from opentelemetry.sdk.metrics import MeterProvider
    from opentelemetry.sdk.metrics.export import InMemoryMetricReader
    from opentelemetry.sdk.trace import TracerProvider

    from bud import observability
    from bud.observability import _metrics, _responses_tracker

    calls: list[object] = []
    real = _responses_tracker.record_call
    monkeypatch.setattr(_responses_tracker, "record_call", lambda *a: calls.append(a) or real(*a))
    gateway = h.Gateway()
    client = track_responses(h.make_client("sync", gateway))
    try:
        observability.configure(
            mode="attach", tracer_provider=TracerProvider(), meter_provider=NoOpMeterProvider()
        )
        assert _metrics.recording() is False
        gateway.create()
        client.responses.create(model="gpt-4.1", input="hi")
        assert calls == []

        reader = InMemoryMetricReader()
        observability.configure(
            mode="attach",
            tracer_provider=TracerProvider(),
            meter_provider=MeterProvider(metric_readers=[reader]),
        )
        assert _metrics.recording() is True
        gateway.create()
        client.responses.create(model="gpt-4.1", input="hi")
        assert len(calls) == 1
        data = reader.get_metrics_data()
        assert data is not None and data.resource_metrics
    finally:
        client.close()
        observability.shutdown()
