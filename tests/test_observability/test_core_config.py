"""configure()/shutdown()/flush(), modes, env resolution, secrets."""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator
from types import SimpleNamespace
from typing import Any

import httpx
import pytest
from opentelemetry import metrics, trace
from opentelemetry.sdk.metrics import MeterProvider
from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export import BatchSpanProcessor, SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter

import bud.observability as obs
from bud.observability import ObservabilityConfig, ObservabilityMode, _state, _track

SECRET = "sk-bud-0123456789-very-secret"


@pytest.fixture(autouse=True)
def _clean(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    for name in list(os.environ):
        if name.startswith(("BUD_OTEL_", "OTEL_")):
            monkeypatch.delenv(name)
    obs._reset_for_tests()
    yield
    obs._reset_for_tests()


def recording_provider() -> tuple[TracerProvider, InMemorySpanExporter]:
    exporter = InMemorySpanExporter()
    provider = TracerProvider()
    provider.add_span_processor(SimpleSpanProcessor(exporter))
    return provider, exporter


def emit(name: str) -> None:
    with obs.get_tracer().start_as_current_span(name):
        pass


def span_names(exporter: InMemorySpanExporter) -> list[str]:
    return [s.name for s in exporter.get_finished_spans()]


# ---------------------------------------------------------------------------
# Unconfigured
# ---------------------------------------------------------------------------


def test_unconfigured_is_noop() -> None:
    assert obs.is_configured() is False
    assert _track._is_noop() is True
    tracer = obs.get_tracer()
    assert isinstance(tracer, trace.NoOpTracer)
    assert obs.get_tracer("other") is tracer  # shared, allocation-free
    with tracer.start_as_current_span("x") as span:
        assert not span.is_recording()
    assert isinstance(obs.get_meter(), metrics.NoOpMeter)
    assert obs.flush() is True


# ---------------------------------------------------------------------------
# Modes with passed providers
# ---------------------------------------------------------------------------


def test_internal_mode_uses_passed_providers_privately() -> None:
    provider, exporter = recording_provider()
    result = obs.configure(
        mode="internal", tracer_provider=provider, meter_provider=MeterProvider()
    )
    assert result.mode is ObservabilityMode.INTERNAL
    assert obs.is_configured() and not _track._is_noop()
    emit("private-span")
    assert span_names(exporter) == ["private-span"]
    assert trace.get_tracer_provider() is not provider
    assert obs.get_tracer("bud") is obs.get_tracer("bud")  # cached per name


def test_attach_mode_uses_passed_providers() -> None:
    provider, exporter = recording_provider()
    result = obs.configure(
        mode=ObservabilityMode.ATTACH, tracer_provider=provider, meter_provider=MeterProvider()
    )
    assert result.mode is ObservabilityMode.ATTACH
    emit("attached")
    assert span_names(exporter) == ["attached"]


def test_attach_mode_uses_the_applications_global_providers(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    provider, exporter = recording_provider()
    meter_provider = MeterProvider()
    monkeypatch.setattr(trace, "get_tracer_provider", lambda: provider)
    monkeypatch.setattr(metrics, "get_meter_provider", lambda: meter_provider)
    obs.configure(mode="attach")
    emit("global")
    assert span_names(exporter) == ["global"]
    assert _state.meter_provider is meter_provider


def test_auto_attaches_when_the_app_has_a_real_provider(monkeypatch: pytest.MonkeyPatch) -> None:
    provider, exporter = recording_provider()
    monkeypatch.setattr(trace, "get_tracer_provider", lambda: provider)
    monkeypatch.setattr(metrics, "get_meter_provider", MeterProvider)
    result = obs.configure()
    assert result.mode is ObservabilityMode.ATTACH
    emit("auto")
    assert span_names(exporter) == ["auto"]


def test_auto_with_a_passed_provider_attaches_to_it() -> None:
    provider, exporter = recording_provider()
    result = obs.configure(tracer_provider=provider, meter_provider=MeterProvider())
    assert result.mode is ObservabilityMode.ATTACH
    emit("passed")
    assert span_names(exporter) == ["passed"]


def test_reconfigure_switches_provider_and_tracer_cache() -> None:
    first, first_exporter = recording_provider()
    second, second_exporter = recording_provider()
    obs.configure(mode="internal", tracer_provider=first, meter_provider=MeterProvider())
    emit("one")
    obs.configure(mode="internal", tracer_provider=second, meter_provider=MeterProvider())
    emit("two")
    assert span_names(first_exporter) == ["one"]
    assert span_names(second_exporter) == ["two"]


@pytest.mark.parametrize(
    ("kwargs", "env"),
    [
        ({"mode": "disabled"}, {}),
        ({"enabled": False}, {}),
        ({}, {"BUD_OTEL_ENABLED": "false"}),
        ({}, {"OTEL_SDK_DISABLED": "true"}),
        ({}, {"BUD_OTEL_MODE": "disabled"}),
        ({"config": ObservabilityConfig(enabled=False)}, {}),
    ],
)
def test_disabled_stays_noop(
    monkeypatch: pytest.MonkeyPatch, kwargs: dict[str, Any], env: dict[str, str]
) -> None:
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    provider, exporter = recording_provider()
    result = obs.configure(tracer_provider=provider, meter_provider=MeterProvider(), **kwargs)
    assert result.mode is ObservabilityMode.DISABLED
    assert obs.is_configured() is False
    assert _track._is_noop() is True
    emit("nothing")
    assert span_names(exporter) == []


def test_bud_enabled_env_wins_over_otel_sdk_disabled(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OTEL_SDK_DISABLED", "true")
    monkeypatch.setenv("BUD_OTEL_ENABLED", "true")
    provider, _ = recording_provider()
    obs.configure(mode="internal", tracer_provider=provider, meter_provider=MeterProvider())
    assert obs.is_configured()


# ---------------------------------------------------------------------------
# Environment resolution
# ---------------------------------------------------------------------------


def test_bud_otel_env_takes_precedence_over_otel(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OTEL_SERVICE_NAME", "otel-svc")
    monkeypatch.setenv("BUD_OTEL_SERVICE_NAME", "bud-svc")
    monkeypatch.setenv("OTEL_EXPORTER_OTLP_ENDPOINT", "http://otel-collector:4318")
    monkeypatch.setenv("BUD_OTEL_EXPORTER_OTLP_ENDPOINT", "http://bud-collector:4318")
    monkeypatch.setenv("OTEL_EXPORTER_OTLP_HEADERS", "x-otel=1")
    monkeypatch.setenv("BUD_OTEL_EXPORTER_OTLP_HEADERS", "x-bud=a%20b,x-two=2")
    monkeypatch.setenv("BUD_OTEL_MODE", "internal")
    config = ObservabilityConfig.from_env()
    assert config.service_name == "bud-svc"
    assert config.collector_endpoint == "http://bud-collector:4318"
    assert dict(config.headers) == {"x-bud": "a b", "x-two": "2"}
    assert config.mode is ObservabilityMode.INTERNAL

    provider, _ = recording_provider()
    result = obs.configure(tracer_provider=provider, meter_provider=MeterProvider())
    assert result.service_name == "bud-svc"
    assert result.collector_endpoint == "http://bud-collector:4318"
    assert result.mode is ObservabilityMode.INTERNAL


def test_otel_env_used_when_bud_env_absent(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OTEL_SERVICE_NAME", "otel-svc")
    monkeypatch.setenv("OTEL_EXPORTER_OTLP_ENDPOINT", "https://collector.example:4318/")
    config = ObservabilityConfig.from_env()
    assert config.service_name == "otel-svc"
    provider, _ = recording_provider()
    result = obs.configure(
        mode="internal", tracer_provider=provider, meter_provider=MeterProvider()
    )
    assert result.collector_endpoint == "https://collector.example:4318"


def test_keyword_arguments_beat_config_and_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BUD_OTEL_SERVICE_NAME", "env-svc")
    provider, _ = recording_provider()
    result = obs.configure(
        config=ObservabilityConfig(service_name="config-svc", mode=ObservabilityMode.ATTACH),
        service_name="kwarg-svc",
        mode="internal",
        collector_endpoint="http://kwarg:4318/v1/traces",
        tracer_provider=provider,
        meter_provider=MeterProvider(),
    )
    assert result.service_name == "kwarg-svc"
    assert result.mode is ObservabilityMode.INTERNAL
    assert result.collector_endpoint == "http://kwarg:4318"


def test_config_object_fields_beat_env_and_unset_fields_fall_back(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("BUD_OTEL_SERVICE_NAME", "env-svc")
    monkeypatch.setenv("BUD_OTEL_EXPORTER_OTLP_ENDPOINT", "http://env:4318")
    provider, _ = recording_provider()
    result = obs.configure(
        config=ObservabilityConfig(service_name="config-svc", mode=ObservabilityMode.INTERNAL),
        tracer_provider=provider,
        meter_provider=MeterProvider(),
    )
    assert result.service_name == "config-svc"
    assert result.collector_endpoint == "http://env:4318"


def test_invalid_env_values_fall_back_with_a_warning(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setenv("BUD_OTEL_MODE", "sideways")
    monkeypatch.setenv("BUD_OTEL_MAX_CONTENT_LENGTH", "-5")
    monkeypatch.setenv("BUD_OTEL_CAPTURE_CONTENT", "maybe")
    with caplog.at_level(logging.WARNING, logger="bud.observability"):
        config = ObservabilityConfig.from_env()
    assert config.mode is ObservabilityMode.AUTO
    assert config.max_content_length == 4096
    assert config.capture_content is True
    assert len([r for r in caplog.records if r.name == "bud.observability"]) == 3


# ---------------------------------------------------------------------------
# Client defaults and secrets
# ---------------------------------------------------------------------------


def test_collector_defaults_to_client_base_url_with_client_key() -> None:
    client = SimpleNamespace(base_url=httpx.URL("https://gateway.example/"), api_key=SECRET)
    provider, _ = recording_provider()
    result = obs.configure(
        client=client, mode="internal", tracer_provider=provider, meter_provider=MeterProvider()
    )
    assert result.collector_endpoint == "https://gateway.example"
    assert result.api_key == SECRET


def test_client_key_not_sent_to_a_different_collector(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OTEL_EXPORTER_OTLP_ENDPOINT", "http://third-party:4318")
    client = SimpleNamespace(base_url="https://gateway.example", api_key=SECRET)
    provider, _ = recording_provider()
    result = obs.configure(
        client=client, mode="internal", tracer_provider=provider, meter_provider=MeterProvider()
    )
    assert result.collector_endpoint == "http://third-party:4318"
    assert result.api_key is None


def test_explicit_api_key_beats_client_key() -> None:
    client = SimpleNamespace(base_url="https://gateway.example", api_key="sk-client")
    provider, _ = recording_provider()
    result = obs.configure(
        SECRET, client=client, mode="internal", tracer_provider=provider,
        meter_provider=MeterProvider(),
    )  # fmt: skip
    assert result.api_key == SECRET


def test_api_key_and_header_values_never_in_repr() -> None:
    config = ObservabilityConfig(api_key=SECRET, headers={"x-token": "tok-abcdef-123"})
    for text in (repr(config), str(config)):
        assert SECRET not in text
        assert "tok-abcdef-123" not in text
        assert "api_key='***'" in text
        assert "x-token" in text
    assert config.api_key == SECRET


def test_api_key_never_logged(caplog: pytest.LogCaptureFixture) -> None:
    class ExplodingProvider(TracerProvider):
        def get_tracer(self, *args: Any, **kwargs: Any) -> Any:
            raise RuntimeError(f"cannot use key {SECRET}")

    client = SimpleNamespace(base_url="https://gateway.example", api_key=SECRET)
    with caplog.at_level(logging.DEBUG):
        obs.configure(SECRET, client=client, mode="attach", tracer_provider=ExplodingProvider())
        provider, _ = recording_provider()
        obs.configure(
            SECRET, client=client, mode="internal", tracer_provider=provider,
            meter_provider=MeterProvider(),
        )  # fmt: skip
    assert caplog.records, "expected at least the failure warning"
    assert all(SECRET not in r.getMessage() for r in caplog.records)
    assert SECRET not in caplog.text


# ---------------------------------------------------------------------------
# configure never raises
# ---------------------------------------------------------------------------


def test_bogus_endpoint_warns_and_stays_noop(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING, logger="bud.observability"):
        result = obs.configure(SECRET, mode="create", collector_endpoint="not a url")
    assert result.mode is ObservabilityMode.DISABLED
    assert obs.is_configured() is False
    assert any("configure() failed" in r.getMessage() for r in caplog.records)
    assert SECRET not in caplog.text


def test_exploding_provider_warns_and_stays_noop(caplog: pytest.LogCaptureFixture) -> None:
    class ExplodingProvider(TracerProvider):
        def get_tracer(self, *args: Any, **kwargs: Any) -> Any:
            raise RuntimeError("provider is broken")

    with caplog.at_level(logging.WARNING, logger="bud.observability"):
        result = obs.configure(
            mode="attach", tracer_provider=ExplodingProvider(), meter_provider=MeterProvider()
        )
    assert result.mode is ObservabilityMode.DISABLED
    assert obs.is_configured() is False
    assert isinstance(obs.get_tracer(), trace.NoOpTracer)
    assert "RuntimeError: provider is broken" in caplog.text


def test_invalid_mode_warns_and_stays_noop(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING, logger="bud.observability"):
        result = obs.configure(mode="sideways")
    assert result.mode is ObservabilityMode.DISABLED
    assert not obs.is_configured()
    assert "configure() failed" in caplog.text


def test_failed_reconfigure_leaves_previous_configuration_torn_down() -> None:
    provider, exporter = recording_provider()
    obs.configure(mode="internal", tracer_provider=provider, meter_provider=MeterProvider())
    obs.configure(mode="create", collector_endpoint="ftp://nowhere")
    assert not obs.is_configured()
    emit("after-failure")
    assert span_names(exporter) == []


# ---------------------------------------------------------------------------
# flush / shutdown / content settings
# ---------------------------------------------------------------------------


def test_flush_exports_batched_spans() -> None:
    exporter = InMemorySpanExporter()
    provider = TracerProvider()
    # A long schedule delay: only an explicit flush can export within the test.
    provider.add_span_processor(BatchSpanProcessor(exporter, schedule_delay_millis=3_600_000))
    obs.configure(mode="internal", tracer_provider=provider, meter_provider=MeterProvider())
    emit("batched")
    assert obs.flush() is True
    assert span_names(exporter) == ["batched"]
    provider.shutdown()


def test_shutdown_releases_owned_providers_but_not_passed_ones() -> None:
    shut: list[str] = []

    class CountingProvider(TracerProvider):
        def shutdown(self) -> None:
            shut.append("passed")
            super().shutdown()

    passed = CountingProvider()
    config = ObservabilityConfig(
        mode=ObservabilityMode.INTERNAL,
        collector_endpoint="http://127.0.0.1:9",
        export_timeout=0.5,
    )
    obs.configure(config=config, tracer_provider=passed)
    owned_meter_provider = _state.meter_provider
    assert isinstance(owned_meter_provider, MeterProvider)
    assert _state.owned == [owned_meter_provider]
    obs.shutdown()
    assert shut == []
    assert _state.owned == []
    assert not obs.is_configured()
    assert isinstance(obs.get_tracer(), trace.NoOpTracer)
    passed.shutdown()


def test_content_settings_from_env_then_config(monkeypatch: pytest.MonkeyPatch) -> None:
    assert obs.content_capture_enabled() is True
    assert obs.max_content_length() == 4096
    monkeypatch.setenv("BUD_OTEL_CAPTURE_CONTENT", "false")
    monkeypatch.setenv("BUD_OTEL_MAX_CONTENT_LENGTH", "100")
    obs._reset_for_tests()  # env reads are cached
    assert obs.content_capture_enabled() is False
    assert obs.max_content_length() == 100

    provider, _ = recording_provider()
    obs.configure(
        config=ObservabilityConfig(
            mode=ObservabilityMode.INTERNAL, capture_content=True, max_content_length=12
        ),
        tracer_provider=provider,
        meter_provider=MeterProvider(),
    )
    assert obs.content_capture_enabled() is True
    assert obs.max_content_length() == 12
    obs.shutdown()
    assert obs.content_capture_enabled() is False
