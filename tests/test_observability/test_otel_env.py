"""The standard OTEL_* variables, OTLP export behaviour, and the CLI's --otlp-endpoint.

Settings are read back from the exporters bud builds (their constructors are
spied on) and from the providers it installs; export behaviour runs against the
embedded `LocalServer`'s OTLP sink or a closed port on 127.0.0.1. `create` mode
and the CLI install process-global providers, so they run in a subprocess.
"""

from __future__ import annotations

import importlib
import importlib.util
import json
import logging
import os
import socket
import subprocess
import sys
import time
import types
from collections.abc import Iterator, Sequence
from typing import Any

import pytest
from opentelemetry.proto.collector.trace.v1.trace_service_pb2 import ExportTraceServiceRequest
from opentelemetry.sdk.metrics.export import MetricExporter, MetricExportResult
from opentelemetry.sdk.trace.export import SpanExporter, SpanExportResult

import bud.observability as obs
from bud import BudClient
from bud.observability import ObservabilityConfig, ObservabilityMode, _export, _state
from bud.observability._config import DEFAULT_EXPORT_TIMEOUT, semconv_latest
from bud.testing import LocalServer, TextReply

HTTP = "opentelemetry.exporter.otlp.proto.http"
GRPC = "opentelemetry.exporter.otlp.proto.grpc"
EXPORTERS = {
    "traces": ("trace_exporter", "OTLPSpanExporter"),
    "metrics": ("metric_exporter", "OTLPMetricExporter"),
    "logs": ("_log_exporter", "OTLPLogExporter"),
}
GRPC_HINT = "pip install opentelemetry-exporter-otlp-proto-grpc"
# safety nets against a hung process, not assertions about speed
TIMEOUT = 120
# behaviour bounds for a dead collector: generous multiples of what is expected
PROMPT_CALL_S = 2.0
SHUTDOWN_BOUND_S = 3.0


def grpc_installed() -> bool:
    try:
        return importlib.util.find_spec(GRPC) is not None
    except ImportError:
        return False


@pytest.fixture(autouse=True)
def _clean(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    for name in list(os.environ):
        if name.startswith(("BUD_OTEL_", "OTEL_")):
            monkeypatch.delenv(name)
    obs._reset_for_tests()
    yield
    obs._reset_for_tests()


@pytest.fixture
def made(monkeypatch: pytest.MonkeyPatch) -> dict[str, list[dict[str, Any]]]:
    """The keyword arguments of every OTLP/HTTP exporter bud builds, per signal."""
    made: dict[str, list[dict[str, Any]]] = {signal: [] for signal in EXPORTERS}
    for signal, (module_name, class_name) in EXPORTERS.items():
        module = importlib.import_module(f"{HTTP}.{module_name}")
        real = getattr(module, class_name)

        def init(self: Any, *args: Any, _real: Any = real, _made: list[Any] = made[signal],
                 **kwargs: Any) -> None:  # fmt: skip
            _made.append(kwargs)
            _real.__init__(self, *args, **kwargs)

        monkeypatch.setattr(module, class_name, type(class_name, (real,), {"__init__": init}))
    return made


@pytest.fixture
def dead_url() -> str:
    """A port on 127.0.0.1 that nothing listens on: connections are refused."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"http://127.0.0.1:{port}"


@pytest.fixture
def sink() -> Iterator[LocalServer]:
    with LocalServer(require_auth=False) as server:
        yield server
        obs.shutdown()  # while the sink still answers: no export retries against a closed port


def only(items: Sequence[dict[str, Any]]) -> dict[str, Any]:
    assert len(items) == 1, items
    return items[0]


def bud_warnings(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [
        r.getMessage()
        for r in caplog.records
        if r.name == "bud.observability" and r.levelno >= logging.WARNING
    ]


def span_names(server: LocalServer) -> list[str]:
    names = []
    for export in server.telemetry:
        if export.signal != "traces":
            continue
        request = ExportTraceServiceRequest.FromString(export.body)
        for resource_spans in request.resource_spans:
            for scope_spans in resource_spans.scope_spans:
                names.extend(span.name for span in scope_spans.spans)
    return names


def span_attribute_values(server: LocalServer) -> set[str]:
    """Every string attribute value of every span the server received."""
    values = set()
    for export in server.telemetry:
        if export.signal != "traces":
            continue
        request = ExportTraceServiceRequest.FromString(export.body)
        for resource_spans in request.resource_spans:
            for scope_spans in resource_spans.scope_spans:
                for span in scope_spans.spans:
                    values.update(a.value.string_value for a in span.attributes)
    return values


def requests_to(server: LocalServer, path: str) -> int:
    return sum(1 for r in server.requests if r.path == path)


def emit(name: str) -> None:
    with obs.get_tracer().start_as_current_span(name):
        pass


def record_metric() -> None:
    obs.get_meter().create_histogram("test.otel_env.value").record(0.5)


# ----------------------------------------------------------------------------- endpoints


def test_signal_endpoints_are_used_as_is_and_the_generic_one_gets_paths(
    monkeypatch: pytest.MonkeyPatch, made: dict[str, list[dict[str, Any]]], dead_url: str
) -> None:
    monkeypatch.setenv("OTEL_EXPORTER_OTLP_ENDPOINT", dead_url + "/base/")
    monkeypatch.setenv("OTEL_EXPORTER_OTLP_TRACES_ENDPOINT", dead_url + "/custom/spans")
    result = obs.configure(mode="internal")
    assert result.collector_endpoint == dead_url + "/base"
    assert only(made["traces"])["endpoint"] == dead_url + "/custom/spans"
    assert only(made["metrics"])["endpoint"] == dead_url + "/base/v1/metrics"


def test_metrics_endpoint_variable(
    monkeypatch: pytest.MonkeyPatch, made: dict[str, list[dict[str, Any]]], dead_url: str
) -> None:
    monkeypatch.setenv("OTEL_EXPORTER_OTLP_METRICS_ENDPOINT", dead_url + "/m")
    obs.configure(mode="internal")
    assert only(made["metrics"])["endpoint"] == dead_url + "/m"
    assert only(made["traces"])["endpoint"] == "http://localhost:4318/v1/traces"


@pytest.mark.parametrize("source", ["argument", "config", "bud_env"])
def test_an_explicit_or_bud_endpoint_beats_the_signal_variables(
    monkeypatch: pytest.MonkeyPatch,
    made: dict[str, list[dict[str, Any]]],
    dead_url: str,
    source: str,
) -> None:
    monkeypatch.setenv("OTEL_EXPORTER_OTLP_TRACES_ENDPOINT", "http://127.0.0.1:1/otel-traces")
    monkeypatch.setenv("OTEL_EXPORTER_OTLP_ENDPOINT", "http://127.0.0.1:1/otel")
    kwargs: dict[str, Any] = {"mode": "internal"}
    if source == "argument":
        kwargs["collector_endpoint"] = dead_url
    elif source == "config":
        kwargs["config"] = ObservabilityConfig(collector_endpoint=dead_url)
    else:
        monkeypatch.setenv("BUD_OTEL_EXPORTER_OTLP_ENDPOINT", dead_url)
    obs.configure(**kwargs)
    assert only(made["traces"])["endpoint"] == dead_url + "/v1/traces"
    assert only(made["metrics"])["endpoint"] == dead_url + "/v1/metrics"


def test_a_key_borrowed_from_the_client_stays_with_the_client_origin(
    monkeypatch: pytest.MonkeyPatch, made: dict[str, list[dict[str, Any]]], dead_url: str
) -> None:
    monkeypatch.setenv("OTEL_EXPORTER_OTLP_TRACES_ENDPOINT", "http://127.0.0.1:1/v1/traces")
    client = types.SimpleNamespace(base_url=dead_url, api_key="sk-client-secret")
    obs.configure(client=client, mode="internal")
    traces, metrics = only(made["traces"]), only(made["metrics"])
    assert traces["endpoint"] == "http://127.0.0.1:1/v1/traces"
    assert "Authorization" not in traces["headers"]
    assert metrics["endpoint"] == dead_url + "/v1/metrics"
    assert metrics["headers"]["Authorization"] == "Bearer sk-client-secret"


def test_an_invalid_signal_endpoint_warns_and_is_ignored(
    monkeypatch: pytest.MonkeyPatch,
    made: dict[str, list[dict[str, Any]]],
    caplog: pytest.LogCaptureFixture,
    dead_url: str,
) -> None:
    monkeypatch.setenv("OTEL_EXPORTER_OTLP_TRACES_ENDPOINT", "collector:4318")
    monkeypatch.setenv("OTEL_EXPORTER_OTLP_ENDPOINT", dead_url)
    with caplog.at_level(logging.WARNING, logger="bud.observability"):
        obs.configure(mode="internal")
    assert only(made["traces"])["endpoint"] == dead_url + "/v1/traces"
    [warning] = bud_warnings(caplog)
    assert "OTEL_EXPORTER_OTLP_TRACES_ENDPOINT" in warning


# ----------------------------------------------------------------------------- timeouts


def test_default_timeout_is_short(made: dict[str, list[dict[str, Any]]]) -> None:
    assert DEFAULT_EXPORT_TIMEOUT == 2.0
    obs.configure(mode="internal")
    assert only(made["traces"])["timeout"] == DEFAULT_EXPORT_TIMEOUT
    assert only(made["metrics"])["timeout"] == DEFAULT_EXPORT_TIMEOUT


def test_timeout_variables_are_milliseconds_and_the_signal_one_wins(
    monkeypatch: pytest.MonkeyPatch, made: dict[str, list[dict[str, Any]]]
) -> None:
    monkeypatch.setenv("OTEL_EXPORTER_OTLP_TIMEOUT", "5000")
    monkeypatch.setenv("OTEL_EXPORTER_OTLP_TRACES_TIMEOUT", "750")
    result = obs.configure(mode="internal")
    assert only(made["traces"])["timeout"] == 0.75
    assert only(made["metrics"])["timeout"] == 5.0
    assert result.export_timeout is None  # not set explicitly: per signal, from the env


def test_explicit_export_timeout_beats_the_variables(
    monkeypatch: pytest.MonkeyPatch, made: dict[str, list[dict[str, Any]]]
) -> None:
    monkeypatch.setenv("OTEL_EXPORTER_OTLP_TIMEOUT", "5000")
    monkeypatch.setenv("OTEL_EXPORTER_OTLP_METRICS_TIMEOUT", "9000")
    obs.configure(config=ObservabilityConfig(mode=ObservabilityMode.INTERNAL, export_timeout=1.5))
    assert only(made["traces"])["timeout"] == 1.5
    assert only(made["metrics"])["timeout"] == 1.5


@pytest.mark.parametrize(
    ("raw", "expected", "says"),
    [("abc", DEFAULT_EXPORT_TIMEOUT, "invalid"), ("-1", DEFAULT_EXPORT_TIMEOUT, "invalid"),
     ("10", 0.01, "milliseconds")],
)  # fmt: skip
def test_bad_or_suspicious_timeouts_warn_once(
    monkeypatch: pytest.MonkeyPatch,
    made: dict[str, list[dict[str, Any]]],
    caplog: pytest.LogCaptureFixture,
    raw: str,
    expected: float,
    says: str,
) -> None:
    monkeypatch.setenv("OTEL_EXPORTER_OTLP_TIMEOUT", raw)
    with caplog.at_level(logging.WARNING, logger="bud.observability"):
        obs.configure(mode="internal")
    assert only(made["traces"])["timeout"] == expected
    [warning] = bud_warnings(caplog)
    assert "OTEL_EXPORTER_OTLP_TIMEOUT" in warning and says in warning


# ----------------------------------------------------------------------------- exporters


def test_traces_exporter_none_installs_no_span_exporter(
    monkeypatch: pytest.MonkeyPatch, made: dict[str, list[dict[str, Any]]], sink: LocalServer
) -> None:
    monkeypatch.setenv("OTEL_TRACES_EXPORTER", "none")
    obs.configure(mode="internal", collector_endpoint=sink.base_url)
    assert made["traces"] == []
    assert len(made["metrics"]) == 1
    processors = _state.tracer_provider._active_span_processor._span_processors  # type: ignore[union-attr]
    assert processors == ()
    with obs.get_tracer().start_as_current_span("kept-local") as span:
        assert span.is_recording()  # trace context still propagates to the gateway
    assert obs.flush() is True
    assert requests_to(sink, "/v1/traces") == 0


def test_metrics_exporter_none_installs_no_reader(
    monkeypatch: pytest.MonkeyPatch, made: dict[str, list[dict[str, Any]]], sink: LocalServer
) -> None:
    monkeypatch.setenv("OTEL_METRICS_EXPORTER", "none")
    obs.configure(mode="internal", collector_endpoint=sink.base_url)
    assert made["metrics"] == []
    assert len(made["traces"]) == 1
    record_metric()
    emit("still-exported")
    assert obs.flush() is True
    assert requests_to(sink, "/v1/metrics") == 0
    assert span_names(sink) == ["still-exported"]


def test_logs_exporter_none_builds_no_logger_provider(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OTEL_LOGS_EXPORTER", "none")
    result = _export.plan_signals(
        ObservabilityConfig(), endpoint_is_explicit=False, key_origin=None
    )
    assert result["logs"] is None
    assert result["traces"] is not None


def test_other_exporter_names_warn_and_use_otlp(
    monkeypatch: pytest.MonkeyPatch,
    made: dict[str, list[dict[str, Any]]],
    caplog: pytest.LogCaptureFixture,
) -> None:
    monkeypatch.setenv("OTEL_TRACES_EXPORTER", "console")
    with caplog.at_level(logging.WARNING, logger="bud.observability"):
        obs.configure(mode="internal")
    assert len(made["traces"]) == 1
    [warning] = bud_warnings(caplog)
    assert "OTEL_TRACES_EXPORTER" in warning and "OTLP" in warning


# ----------------------------------------------------------------------------- resource


def test_service_name_and_resource_attributes_from_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OTEL_SERVICE_NAME", "env-service")
    monkeypatch.setenv(
        "OTEL_RESOURCE_ATTRIBUTES", "service.name=loses,deployment.environment=test,team=ml"
    )
    result = obs.configure(mode="internal")
    assert result.service_name == "env-service"
    attributes = _state.tracer_provider.resource.attributes  # type: ignore[union-attr]
    assert attributes["service.name"] == "env-service"
    assert attributes["deployment.environment"] == "test"
    assert attributes["team"] == "ml"
    meter_attributes = _state.meter_provider._sdk_config.resource.attributes  # type: ignore[union-attr]
    assert meter_attributes["team"] == "ml"


@pytest.mark.parametrize(
    ("env", "kwargs", "expected"),
    [
        ({"OTEL_SERVICE_NAME": "otel", "BUD_OTEL_SERVICE_NAME": "bud"}, {}, "bud"),
        ({"OTEL_SERVICE_NAME": "otel"}, {"service_name": "argument"}, "argument"),
        (
            {"BUD_OTEL_SERVICE_NAME": "bud"},
            {"config": ObservabilityConfig(service_name="config")},
            "config",
        ),
        ({"OTEL_RESOURCE_ATTRIBUTES": "service.name=from-attributes"}, {}, "from-attributes"),
    ],
)
def test_service_name_precedence(
    monkeypatch: pytest.MonkeyPatch, env: dict[str, str], kwargs: dict[str, Any], expected: str
) -> None:
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    obs.configure(**{"mode": "internal", **kwargs})
    attributes = _state.tracer_provider.resource.attributes  # type: ignore[union-attr]
    assert attributes["service.name"] == expected


# ----------------------------------------------------------------------------- content capture


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("false", False),
        ("FALSE", False),
        ("True", True),
        ("no_content", False),
        ("SPAN_ONLY", True),
    ],
)
def test_genai_capture_message_content_variable(
    monkeypatch: pytest.MonkeyPatch, value: str, expected: bool
) -> None:
    monkeypatch.setenv("OTEL_INSTRUMENTATION_GENAI_CAPTURE_MESSAGE_CONTENT", value)
    obs._reset_for_tests()  # env reads are cached
    assert obs.content_capture_enabled() is expected
    assert ObservabilityConfig.from_env().capture_content is expected
    assert obs.configure(mode="internal").capture_content is expected
    assert obs.content_capture_enabled() is expected


def test_bud_and_explicit_capture_settings_beat_the_genai_variable(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("OTEL_INSTRUMENTATION_GENAI_CAPTURE_MESSAGE_CONTENT", "false")
    monkeypatch.setenv("BUD_OTEL_CAPTURE_CONTENT", "true")
    obs._reset_for_tests()
    assert obs.content_capture_enabled() is True
    monkeypatch.delenv("BUD_OTEL_CAPTURE_CONTENT")
    config = ObservabilityConfig(mode=ObservabilityMode.INTERNAL, capture_content=True)
    assert obs.configure(config=config).capture_content is True
    assert obs.content_capture_enabled() is True


def test_invalid_genai_capture_value_warns_and_keeps_the_default(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setenv("OTEL_INSTRUMENTATION_GENAI_CAPTURE_MESSAGE_CONTENT", "sometimes")
    with caplog.at_level(logging.WARNING, logger="bud.observability"):
        assert ObservabilityConfig.from_env().capture_content is True
    [warning] = bud_warnings(caplog)
    assert "OTEL_INSTRUMENTATION_GENAI_CAPTURE_MESSAGE_CONTENT" in warning


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (None, False),
        ("http", False),
        ("gen_ai_latest_experimental", True),
        ("http/dup, gen_ai_latest_experimental ", True),
        ("gen_ai_latest", False),
    ],
)
def test_semconv_latest(monkeypatch: pytest.MonkeyPatch, value: str | None, expected: bool) -> None:
    if value is not None:
        monkeypatch.setenv("OTEL_SEMCONV_STABILITY_OPT_IN", value)
    obs._reset_for_tests()  # cached like the other env reads
    assert semconv_latest() is expected
    assert semconv_latest({"OTEL_SEMCONV_STABILITY_OPT_IN": value or ""}) is expected


# ----------------------------------------------------------------------------- protocol


@pytest.mark.skipif(grpc_installed(), reason="the OTLP gRPC exporter is installed here")
@pytest.mark.parametrize(
    "variables",
    [
        {"OTEL_EXPORTER_OTLP_PROTOCOL": "grpc"},
        {
            "OTEL_EXPORTER_OTLP_TRACES_PROTOCOL": "grpc",
            "OTEL_EXPORTER_OTLP_METRICS_PROTOCOL": "grpc",
        },
    ],
)
def test_grpc_without_its_exporter_warns_once_and_uses_http(
    monkeypatch: pytest.MonkeyPatch,
    made: dict[str, list[dict[str, Any]]],
    caplog: pytest.LogCaptureFixture,
    variables: dict[str, str],
) -> None:
    assert not _export.grpc_exporter_installed()
    for key, value in variables.items():
        monkeypatch.setenv(key, value)
    with caplog.at_level(logging.WARNING, logger="bud.observability"):
        result = obs.configure(mode="internal")
    assert result.mode is ObservabilityMode.INTERNAL
    [warning] = bud_warnings(caplog)
    assert GRPC_HINT in warning and "http/protobuf" in warning
    assert only(made["traces"])["endpoint"] == "http://localhost:4318/v1/traces"
    assert only(made["metrics"])["endpoint"] == "http://localhost:4318/v1/metrics"


@pytest.fixture
def fake_grpc(monkeypatch: pytest.MonkeyPatch) -> dict[str, list[dict[str, Any]]]:
    """Stand-ins for the gRPC exporter package's modules (whether it is installed or not)."""
    made: dict[str, list[dict[str, Any]]] = {"traces": [], "metrics": []}

    class FakeSpanExporter(SpanExporter):
        def __init__(self, **kwargs: Any) -> None:
            made["traces"].append(kwargs)

        def export(self, spans: Any) -> SpanExportResult:
            return SpanExportResult.SUCCESS

    class FakeMetricExporter(MetricExporter):
        def __init__(self, **kwargs: Any) -> None:
            super().__init__()
            made["metrics"].append(kwargs)

        def export(self, metrics_data: Any, timeout_millis: float = 0, **kw: Any) -> Any:
            return MetricExportResult.SUCCESS

        def force_flush(self, timeout_millis: float = 0) -> bool:
            return True

        def shutdown(self, timeout_millis: float = 0, **kw: Any) -> None:
            pass

    for name, attr, cls in (
        ("trace_exporter", "OTLPSpanExporter", FakeSpanExporter),
        ("metric_exporter", "OTLPMetricExporter", FakeMetricExporter),
    ):
        module = types.ModuleType(f"{GRPC}.{name}")
        setattr(module, attr, cls)
        monkeypatch.setitem(sys.modules, f"{GRPC}.{name}", module)
    return made


def test_grpc_with_its_exporter_installed_uses_it(
    monkeypatch: pytest.MonkeyPatch,
    fake_grpc: dict[str, list[dict[str, Any]]],
    made: dict[str, list[dict[str, Any]]],
    caplog: pytest.LogCaptureFixture,
) -> None:
    monkeypatch.setenv("OTEL_EXPORTER_OTLP_PROTOCOL", "grpc")
    monkeypatch.setenv("OTEL_EXPORTER_OTLP_TIMEOUT", "1500")
    with caplog.at_level(logging.WARNING, logger="bud.observability"):
        obs.configure("sk-grpc", mode="internal")
    assert bud_warnings(caplog) == []
    traces = only(fake_grpc["traces"])
    assert traces["endpoint"] == "http://localhost:4317"  # the collector address, no path
    assert traces["headers"] == {"authorization": "Bearer sk-grpc"}  # gRPC metadata: lower-case
    assert traces["timeout"] == 1.5
    assert only(fake_grpc["metrics"])["endpoint"] == "http://localhost:4317"
    assert made["traces"] == made["metrics"] == []  # no OTLP/HTTP exporter
    emit("over-grpc")
    assert obs.flush() is True


def test_grpc_for_traces_only(
    monkeypatch: pytest.MonkeyPatch,
    fake_grpc: dict[str, list[dict[str, Any]]],
    made: dict[str, list[dict[str, Any]]],
    dead_url: str,
) -> None:
    monkeypatch.setenv("OTEL_EXPORTER_OTLP_TRACES_PROTOCOL", "grpc")
    monkeypatch.setenv("OTEL_EXPORTER_OTLP_ENDPOINT", dead_url)
    obs.configure(mode="internal")
    assert only(fake_grpc["traces"])["endpoint"] == dead_url
    assert only(made["metrics"])["endpoint"] == dead_url + "/v1/metrics"


@pytest.mark.parametrize("protocol", ["http/json", "carrier-pigeon"])
def test_other_protocols_warn_once_and_use_http_protobuf(
    monkeypatch: pytest.MonkeyPatch,
    made: dict[str, list[dict[str, Any]]],
    caplog: pytest.LogCaptureFixture,
    protocol: str,
) -> None:
    monkeypatch.setenv("OTEL_EXPORTER_OTLP_PROTOCOL", protocol)
    with caplog.at_level(logging.WARNING, logger="bud.observability"):
        obs.configure(mode="internal")
    [warning] = bud_warnings(caplog)
    assert "OTEL_EXPORTER_OTLP_PROTOCOL" in warning and "http/protobuf" in warning
    assert only(made["traces"])["endpoint"] == "http://localhost:4318/v1/traces"


# ----------------------------------------------------------------------------- export behaviour


def test_traced_call_is_exported_over_otlp_http(sink: LocalServer) -> None:
    obs.configure(mode="internal", collector_endpoint=sink.base_url, service_name="e2e-svc")
    with BudClient(api_key="sk-test", base_url=sink.base_url, max_retries=0) as client:
        obs.track_responses(client)
        sink.enqueue(TextReply("exported answer"))
        assert client.responses.create(model="e2e-model", input="hi").output_text == (
            "exported answer"
        )
    assert obs.flush() is True
    assert span_names(sink)
    assert "e2e-model" in span_attribute_values(sink)  # gen_ai.request.model
    [export] = [e for e in sink.telemetry if e.signal == "traces"]
    request = ExportTraceServiceRequest.FromString(export.body)
    resource = {a.key: a.value.string_value for a in request.resource_spans[0].resource.attributes}
    assert resource["service.name"] == "e2e-svc"


def test_metrics_refused_warn_once_then_stop_while_traces_flow(
    caplog: pytest.LogCaptureFixture,
) -> None:
    with LocalServer(require_auth=False, refuse_telemetry={"metrics"}) as collector:
        with caplog.at_level(logging.DEBUG):
            obs.configure(mode="internal", collector_endpoint=collector.base_url)
            for round_ in range(3):
                record_metric()
                emit(f"span-{round_}")
                assert obs.flush() is True  # a refusal turns metrics off; it is no failure
        assert requests_to(collector, "/v1/metrics") == 1
        assert span_names(collector) == ["span-0", "span-1", "span-2"]
    warnings = bud_warnings(caplog)
    assert len(warnings) == 1, warnings
    assert collector.base_url + "/v1/metrics" in warnings[0]
    assert "405" in warnings[0] and "metrics" in warnings[0]
    # the exporter's own "Failed to export metrics batch code: 405" line is gone
    otel_errors = [
        r.getMessage()
        for r in caplog.records
        if r.name.startswith("opentelemetry") and r.levelno >= logging.WARNING
    ]
    assert otel_errors == []


def test_flush_reports_a_failed_export_then_recovers(sink: LocalServer) -> None:
    with LocalServer(require_auth=False, refuse_telemetry={"traces"}) as broken:
        obs.configure(mode="internal", collector_endpoint=broken.base_url)
        emit("lost")
        assert obs.flush() is False
        assert obs.flush() is True  # nothing failed since the last flush
    obs.configure(mode="internal", collector_endpoint=sink.base_url)
    emit("kept")
    assert obs.flush() is True
    assert span_names(sink) == ["kept"]


def test_flush_reports_a_failed_metrics_export() -> None:
    health = _export.ExportHealth()

    class Failing(MetricExporter):
        def export(self, metrics_data: Any, timeout_millis: float = 0, **kw: Any) -> Any:
            return MetricExportResult.FAILURE

        def force_flush(self, timeout_millis: float = 0) -> bool:
            return True

        def shutdown(self, timeout_millis: float = 0, **kw: Any) -> None:
            pass

    watched = _export.WatchedMetricExporter(Failing(), health, endpoint="http://x/v1/metrics")
    assert watched.export(None) is MetricExportResult.FAILURE  # type: ignore[arg-type]
    assert health.take_failure() is True
    assert health.take_failure() is False


def test_dead_collector_delays_no_call_and_shutdown_is_bounded(
    dead_url: str, sink: LocalServer
) -> None:
    obs.configure(mode="internal", collector_endpoint=dead_url)
    with BudClient(api_key="sk-test", base_url=sink.base_url, max_retries=0) as client:
        obs.track_responses(client)
        started = time.monotonic()
        for _ in range(3):
            client.responses.create(model="m", input="hi")
        record_metric()
        calls = time.monotonic() - started
    started = time.monotonic()
    obs.shutdown()
    stopped = time.monotonic() - started
    assert calls < PROMPT_CALL_S, calls
    assert stopped < SHUTDOWN_BOUND_S, stopped
    assert not obs.is_configured()


def run(
    script: str, *args: str, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("BUD_", "OTEL_"))}
    return subprocess.run(
        [sys.executable, "-c", script, *args],
        env={**clean, **(env or {})},
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
        check=False,
    )


EXIT_SCRIPT = """
import json, sys, time
import bud.observability as obs
obs.configure(mode="create", collector_endpoint=sys.argv[1])
with obs.get_tracer().start_as_current_span("never-delivered"):
    pass
obs.get_meter().create_histogram("never.delivered").record(0.5)
print(json.dumps({"exiting_at": time.time()}))
"""


def test_dead_collector_exit_is_bounded_without_shutdown(dead_url: str) -> None:
    done = run(EXIT_SCRIPT, dead_url)
    ended = time.time()
    assert done.returncode == 0, done.stderr
    exiting_at = json.loads(done.stdout.strip().splitlines()[-1])["exiting_at"]
    assert ended - exiting_at < SHUTDOWN_BOUND_S, done.stderr


# ----------------------------------------------------------------------------- mode strings


def test_mode_strings_work_like_the_enum() -> None:
    assert ObservabilityConfig(mode="internal").mode is ObservabilityMode.INTERNAL  # type: ignore[arg-type]
    assert ObservabilityConfig(mode=" Create ").mode is ObservabilityMode.CREATE  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        ObservabilityConfig(mode="sideways")  # type: ignore[arg-type]
    result = obs.configure(config=ObservabilityConfig(mode="internal"))  # type: ignore[arg-type]
    assert result.mode is ObservabilityMode.INTERNAL
    assert "mode='internal'" in repr(result)
    assert obs.is_configured()


CREATE_SCRIPT = """
import json, sys
from opentelemetry import trace
import bud.observability as obs
from bud.observability import ObservabilityConfig, _state

how = sys.argv[2]
if how == "kwarg":
    config = obs.configure(mode="create", collector_endpoint=sys.argv[1])
else:
    config = obs.configure(
        config=ObservabilityConfig(mode="create", collector_endpoint=sys.argv[1])
    )
with obs.get_tracer().start_as_current_span("created-" + how):
    pass
print(json.dumps({
    "mode": repr(config.mode),
    "global": trace.get_tracer_provider() is _state.tracer_provider,
    "flushed": obs.flush(),
}))
obs.shutdown()
"""


@pytest.mark.parametrize("how", ["kwarg", "config"])
def test_create_mode_from_a_plain_string(sink: LocalServer, how: str) -> None:
    done = run(CREATE_SCRIPT, sink.base_url, how)
    assert done.returncode == 0, done.stderr
    out = json.loads(done.stdout.strip().splitlines()[-1])
    assert out == {"mode": "<ObservabilityMode.CREATE: 'create'>", "global": True, "flushed": True}
    assert span_names(sink) == [f"created-{how}"]


# ----------------------------------------------------------------------------- CLI


def bud_cli(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return run("from bud.cli import main; raise SystemExit(main())", *args, env=env)


@pytest.fixture
def gateway() -> Iterator[LocalServer]:
    with LocalServer(api_key="sk-cli") as server:
        yield server


def cli_args(gateway: LocalServer, *extra: str) -> list[str]:
    base = ["--api-key", "sk-cli", "--base-url", gateway.base_url]
    return ["responses", "create", "hi", "-m", "cli-model", "--no-stream", *base, *extra]


@pytest.mark.parametrize("trace_flag", [[], ["--trace", "otlp"]])
def test_cli_otlp_endpoint_sends_the_span_to_that_collector(
    gateway: LocalServer, sink: LocalServer, trace_flag: list[str]
) -> None:
    gateway.enqueue(TextReply("traced answer"))
    done = bud_cli(*cli_args(gateway, "--otlp-endpoint", sink.base_url, *trace_flag))
    assert done.returncode == 0, done.stderr
    assert done.stdout == "traced answer\n"
    assert span_names(sink)
    assert "cli-model" in span_attribute_values(sink)  # gen_ai.request.model
    assert requests_to(gateway, "/v1/traces") == 0
    [export] = [e for e in sink.telemetry if e.signal == "traces"]
    request = ExportTraceServiceRequest.FromString(export.body)
    resource = {a.key: a.value.string_value for a in request.resource_spans[0].resource.attributes}
    assert resource["service.name"] == "bud-cli"


def test_cli_otlp_honours_otel_service_name(gateway: LocalServer, sink: LocalServer) -> None:
    gateway.enqueue(TextReply("named"))
    done = bud_cli(
        *cli_args(gateway, "--otlp-endpoint", sink.base_url),
        env={"OTEL_SERVICE_NAME": "my-cli-run"},
    )
    assert done.returncode == 0, done.stderr
    [export] = [e for e in sink.telemetry if e.signal == "traces"]
    request = ExportTraceServiceRequest.FromString(export.body)
    resource = {a.key: a.value.string_value for a in request.resource_spans[0].resource.attributes}
    assert resource["service.name"] == "my-cli-run"


@pytest.mark.parametrize(
    "extra",
    [
        ["--otlp-endpoint", "localhost:4318"],
        ["--otlp-endpoint", "http://127.0.0.1:1", "--trace", "console"],
        ["--otlp-endpoint", "http://127.0.0.1:1", "--trace", "none"],
    ],
    ids=" ".join,
)
def test_cli_otlp_endpoint_bad_usage_exits_2(gateway: LocalServer, extra: list[str]) -> None:
    done = bud_cli(*cli_args(gateway, *extra))
    assert done.returncode == 2, done.stderr
    assert "--otlp-endpoint" in done.stderr
    assert gateway.requests == []
