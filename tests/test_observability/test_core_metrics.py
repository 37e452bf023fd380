"""GenAI client metrics: names, units, advisory buckets, token types, lifecycle."""

from __future__ import annotations

import os
from collections.abc import Iterator
from unittest.mock import Mock, patch

import pytest
from opentelemetry.sdk.metrics import MeterProvider
from opentelemetry.sdk.metrics.export import HistogramDataPoint, InMemoryMetricReader, Metric
from opentelemetry.sdk.trace import TracerProvider

import bud.observability as obs
from bud.observability import _metrics
from bud.observability._metrics import (
    DURATION_BUCKETS,
    TOKEN_USAGE_BUCKETS,
    record_duration,
    record_time_to_first_chunk,
    record_token_usage,
)

BASE = {"gen_ai.operation.name": "chat", "gen_ai.provider.name": "openai"}


@pytest.fixture(autouse=True)
def _clean(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    for name in list(os.environ):
        if name.startswith(("BUD_OTEL_", "OTEL_")):
            monkeypatch.delenv(name)
    obs._reset_for_tests()
    yield
    obs._reset_for_tests()


def configure_with_reader() -> InMemoryMetricReader:
    reader = InMemoryMetricReader()
    obs.configure(
        mode="internal",
        tracer_provider=TracerProvider(),
        meter_provider=MeterProvider(metric_readers=[reader]),
    )
    return reader


def metrics_by_name(reader: InMemoryMetricReader) -> dict[str, Metric]:
    data = reader.get_metrics_data()
    if data is None:
        return {}
    return {
        metric.name: metric
        for resource_metrics in data.resource_metrics
        for scope_metrics in resource_metrics.scope_metrics
        for metric in scope_metrics.metrics
    }


def points(metric: Metric) -> list[HistogramDataPoint]:
    result = list(metric.data.data_points)
    assert all(isinstance(p, HistogramDataPoint) for p in result)
    return result  # type: ignore[return-value]


def test_duration_histogram_with_semconv_buckets() -> None:
    reader = configure_with_reader()
    record_duration(1.5, BASE)
    record_duration(0.015, BASE)
    metric = metrics_by_name(reader)["gen_ai.client.operation.duration"]
    assert metric.unit == "s"
    (point,) = points(metric)
    assert tuple(point.explicit_bounds) == DURATION_BUCKETS
    assert point.count == 2
    assert point.sum == pytest.approx(1.515)
    assert dict(point.attributes) == BASE
    # 0.015 falls in (0.01, 0.02], 1.5 in (1.28, 2.56].
    assert point.bucket_counts[1] == 1
    assert point.bucket_counts[8] == 1


def test_token_usage_one_point_per_token_type() -> None:
    reader = configure_with_reader()
    record_token_usage(120, 30, BASE)
    metric = metrics_by_name(reader)["gen_ai.client.token.usage"]
    assert metric.unit == "{token}"
    by_type = {p.attributes["gen_ai.token.type"]: p for p in points(metric)}
    assert set(by_type) == {"input", "output"}
    assert by_type["input"].sum == 120 and by_type["input"].count == 1
    assert by_type["output"].sum == 30 and by_type["output"].count == 1
    for point in by_type.values():
        assert tuple(point.explicit_bounds) == TOKEN_USAGE_BUCKETS
        assert point.attributes["gen_ai.operation.name"] == "chat"


def test_token_usage_skips_missing_counts() -> None:
    reader = configure_with_reader()
    record_token_usage(None, 7, BASE)
    record_token_usage(None, None, BASE)
    (point,) = points(metrics_by_name(reader)["gen_ai.client.token.usage"])
    assert point.attributes["gen_ai.token.type"] == "output"
    assert point.count == 1


def test_time_to_first_chunk_histogram() -> None:
    reader = configure_with_reader()
    record_time_to_first_chunk(0.25, BASE)
    metric = metrics_by_name(reader)["gen_ai.client.operation.time_to_first_chunk"]
    assert metric.unit == "s"
    (point,) = points(metric)
    assert tuple(point.explicit_bounds) == DURATION_BUCKETS
    assert point.sum == pytest.approx(0.25)


def test_unconfigured_records_nothing_and_creates_no_instruments() -> None:
    get_meter = Mock(side_effect=AssertionError("no meter expected"))
    with patch("bud.observability.get_meter", get_meter):
        record_duration(1.0, BASE)
        record_token_usage(1, 2, BASE)
        record_time_to_first_chunk(0.1, BASE)
    get_meter.assert_not_called()


def test_instruments_recreated_after_reconfigure() -> None:
    first = configure_with_reader()
    record_duration(1.0, BASE)
    second = configure_with_reader()
    record_duration(2.0, BASE)
    record_duration(3.0, BASE)
    (first_point,) = points(metrics_by_name(first)["gen_ai.client.operation.duration"])
    (second_point,) = points(metrics_by_name(second)["gen_ai.client.operation.duration"])
    assert first_point.count == 1
    assert second_point.count == 2


def test_shutdown_stops_recording() -> None:
    reader = configure_with_reader()
    record_duration(1.0, BASE)
    obs.shutdown()
    record_duration(5.0, BASE)  # the passed provider stays alive, but bud stops using it
    (point,) = points(metrics_by_name(reader)["gen_ai.client.operation.duration"])
    assert point.count == 1
    assert point.sum == 1.0


def test_broken_meter_disables_metrics_without_raising(caplog: pytest.LogCaptureFixture) -> None:
    configure_with_reader()
    broken = Mock()
    broken.create_histogram.side_effect = TypeError("old API")
    with patch("bud.observability.get_meter", return_value=broken):
        obs.configure(
            mode="internal", tracer_provider=TracerProvider(), meter_provider=MeterProvider()
        )
        record_duration(1.0, BASE)
        record_token_usage(1, 1, BASE)
        record_duration(2.0, BASE)
    assert broken.create_histogram.call_count == 1  # not retried on every call
    assert "metrics disabled (TypeError)" in caplog.text
    assert _metrics._instruments is not None and _metrics._instruments.duration is None
