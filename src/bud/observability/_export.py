"""The providers bud builds itself, and their OTLP exporters.

Where each signal goes, over which protocol, and how long one export may take
come from the configuration and the standard ``OTEL_*`` variables (see
``plan_signals``). Every export runs on the SDK's background threads (or in
``flush()``), never inside a traced call. Two wrappers sit around the OTLP
exporters: one remembers failures for ``flush()``, and the metrics one turns
metrics off, with one warning, once a collector refuses them (404/405: a
traces-only collector such as Phoenix).

This module imports the OpenTelemetry SDK: only ``configure()`` loads it, once
it knows the ``bud-sdk[otel]`` extra is installed.
"""

from __future__ import annotations

import dataclasses
import importlib
import logging
import os
import threading
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from opentelemetry.sdk.metrics.export import MetricExporter, MetricExportResult
from opentelemetry.sdk.trace.export import SpanExporter, SpanExportResult

from bud.observability._config import (
    DEFAULT_EXPORT_TIMEOUT,
    PROTOCOL_GRPC,
    PROTOCOL_HTTP,
    ObservabilityConfig,
    env_signals,
)

if TYPE_CHECKING:
    from opentelemetry._logs import LoggerProvider
    from opentelemetry.metrics import MeterProvider
    from opentelemetry.sdk.metrics.export import MetricsData
    from opentelemetry.sdk.resources import Resource
    from opentelemetry.sdk.trace import ReadableSpan
    from opentelemetry.trace import TracerProvider

logger = logging.getLogger("bud.observability")

DEFAULT_HTTP_ENDPOINT = "http://localhost:4318"
DEFAULT_GRPC_ENDPOINT = "http://localhost:4317"
GRPC_PACKAGE = "opentelemetry-exporter-otlp-proto-grpc"
_GRPC_MODULE = "opentelemetry.exporter.otlp.proto.grpc"
_HTTP_MODULE = "opentelemetry.exporter.otlp.proto.http"
# What a collector without the signal answers (Phoenix: 405 on /v1/metrics).
REFUSED_STATUSES = frozenset({404, 405})
# The HTTP exporters load a requests.Session from these instead of the one bud passes.
_CREDENTIAL_PROVIDER_VARS = (
    "OTEL_PYTHON_EXPORTER_OTLP_HTTP_CREDENTIAL_PROVIDER",
    "OTEL_PYTHON_EXPORTER_OTLP_HTTP_METRICS_CREDENTIAL_PROVIDER",
)


# ---------------------------------------------------------------------------
# Where and how each signal is exported
# ---------------------------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class SignalPlan:
    """How bud exports one signal."""

    signal: str  # "traces", "metrics" or "logs"
    protocol: str  # PROTOCOL_HTTP or PROTOCOL_GRPC
    endpoint: str  # HTTP: the full URL (…/v1/traces); gRPC: the collector's address
    headers: Mapping[str, str]
    timeout: float  # seconds one export may take, retries included


def plan_signals(
    cfg: ObservabilityConfig,
    *,
    endpoint_is_explicit: bool,
    key_origin: str | None,
    environ: Mapping[str, str] | None = None,
) -> dict[str, SignalPlan | None]:
    """A plan per signal; None for a signal whose ``OTEL_<SIGNAL>_EXPORTER`` is ``none``.

    Endpoints: ``cfg.collector_endpoint`` when it was given explicitly (argument,
    config, ``BUD_OTEL_EXPORTER_OTLP_ENDPOINT``); else the signal's own
    ``OTEL_EXPORTER_OTLP_<SIGNAL>_ENDPOINT``, as-is; else ``cfg.collector_endpoint``
    (``OTEL_EXPORTER_OTLP_ENDPOINT`` or the client's base URL) or the default, with
    ``/v1/<signal>`` appended for OTLP/HTTP. ``cfg.api_key`` becomes an
    ``Authorization: Bearer`` header, except that a key borrowed from the client
    (``key_origin``: the client's base URL) goes only to that origin.
    """
    env = os.environ if environ is None else environ
    warned: set[str] = set()
    plans: dict[str, SignalPlan | None] = {}
    for signal, settings in env_signals(env).items():
        if not settings.enabled:
            plans[signal] = None
            continue
        protocol = _protocol(settings.protocol, settings.protocol_var, warned)
        endpoint = None
        if settings.endpoint is not None and not endpoint_is_explicit:
            variable = f"OTEL_EXPORTER_OTLP_{signal.upper()}_ENDPOINT"
            endpoint = _valid_url(settings.endpoint, variable)
        if endpoint is None:
            if protocol == PROTOCOL_GRPC:
                endpoint = cfg.collector_endpoint or DEFAULT_GRPC_ENDPOINT
            else:
                endpoint = f"{cfg.collector_endpoint or DEFAULT_HTTP_ENDPOINT}/v1/{signal}"
        headers = dict(cfg.headers)
        if cfg.api_key and (key_origin is None or _origin(endpoint) == _origin(key_origin)):
            headers["Authorization"] = f"Bearer {cfg.api_key}"
        if protocol == PROTOCOL_GRPC:  # gRPC metadata keys are lower-case
            headers = {key.lower(): value for key, value in headers.items()}
        timeout = cfg.export_timeout
        if timeout is None:
            timeout = settings.timeout if settings.timeout is not None else DEFAULT_EXPORT_TIMEOUT
        plans[signal] = SignalPlan(signal, protocol, endpoint, headers, timeout)
    return plans


def _protocol(protocol: str, variable: str | None, warned: set[str]) -> str:
    """``grpc`` when its exporter is installed, else OTLP/HTTP with protobuf (one
    warning per ``configure()`` for each reason)."""
    if protocol == PROTOCOL_HTTP:
        return PROTOCOL_HTTP
    if protocol == PROTOCOL_GRPC:
        if grpc_exporter_installed():
            return PROTOCOL_GRPC
        if "grpc" not in warned:
            warned.add("grpc")
            logger.warning(
                "bud.observability: %s=grpc, but the OTLP gRPC exporter is not installed; "
                "exporting over OTLP/HTTP (http/protobuf) instead. To use gRPC: "
                "pip install %s",
                variable,
                GRPC_PACKAGE,
            )
        return PROTOCOL_HTTP
    if protocol not in warned:
        warned.add(protocol)
        if protocol == "http/json":
            logger.warning(
                "bud.observability: %s=http/json is not supported; exporting over OTLP/HTTP "
                "with protobuf (http/protobuf) instead",
                variable,
            )
        else:
            logger.warning(
                "bud.observability: ignoring unknown %s=%r; exporting over OTLP/HTTP "
                "(http/protobuf)",
                variable,
                protocol,
            )
    return PROTOCOL_HTTP


def grpc_exporter_installed() -> bool:
    try:
        importlib.import_module(f"{_GRPC_MODULE}.trace_exporter")
    except ImportError:
        return False
    return True


def _valid_url(url: str, variable: str) -> str | None:
    parts = urlsplit(url)
    if parts.scheme in ("http", "https") and parts.netloc:
        return url
    logger.warning("bud.observability: ignoring %s: not an http(s) URL", variable)
    return None


def _origin(url: str) -> tuple[str, str]:
    parts = urlsplit(url)
    return parts.scheme.lower(), parts.netloc.lower()


# ---------------------------------------------------------------------------
# Export failures, for flush()
# ---------------------------------------------------------------------------


class ExportHealth:
    """Whether an export failed since ``flush()`` last asked."""

    def __init__(self) -> None:
        self._failed = False
        self._lock = threading.Lock()

    def record_failure(self) -> None:
        self._failed = True

    def take_failure(self) -> bool:
        """True if an export failed since the last call; resets."""
        with self._lock:
            failed, self._failed = self._failed, False
        return failed


class WatchedSpanExporter(SpanExporter):
    """Forwards to ``exporter``; a failed export is remembered in ``health``."""

    def __init__(self, exporter: SpanExporter, health: ExportHealth) -> None:
        self.exporter = exporter
        self._health = health

    def export(self, spans: Sequence[ReadableSpan]) -> SpanExportResult:
        try:
            result = self.exporter.export(spans)
        except Exception:
            self._health.record_failure()
            raise
        if result is not SpanExportResult.SUCCESS:
            self._health.record_failure()
        return result

    def shutdown(self) -> None:
        self.exporter.shutdown()

    def force_flush(self, timeout_millis: int = 30_000) -> bool:
        return self.exporter.force_flush(timeout_millis)


class WatchedMetricExporter(MetricExporter):
    """Forwards to ``exporter``; failures are remembered in ``health``.

    Given the ``requests.Session`` the OTLP/HTTP exporter sends with, it also
    watches the answers: the first 404 or 405 (the collector takes no metrics)
    logs one warning and turns metrics export off, so that later exports succeed
    without sending anything. The exporter's own error line for that answer is
    dropped; every other failure is logged as usual.
    """

    def __init__(
        self,
        exporter: MetricExporter,
        health: ExportHealth,
        *,
        endpoint: str,
        session: Any = None,
    ) -> None:
        super().__init__(
            preferred_temporality=getattr(exporter, "_preferred_temporality", None),
            preferred_aggregation=getattr(exporter, "_preferred_aggregation", None),
        )
        self.exporter = exporter
        self.endpoint = endpoint
        self.refused = False
        self._health = health
        self._status: int | None = None
        self._exporting: int | None = None  # the thread inside export(), if any
        self._log_filter: _DropRefusalLog | None = None
        self._exporter_logger = logging.getLogger(type(exporter).__module__)
        if session is not None:
            session.hooks["response"].append(self._on_response)
            self._log_filter = _DropRefusalLog(self)
            self._exporter_logger.addFilter(self._log_filter)

    def _on_response(self, response: Any, *args: Any, **kwargs: Any) -> None:
        self._status = response.status_code

    def refusing_now(self) -> bool:
        """True on the exporting thread once the collector answered 404/405."""
        return self._exporting == threading.get_ident() and self._status in REFUSED_STATUSES

    def export(
        self, metrics_data: MetricsData, timeout_millis: float = 10_000, **kwargs: Any
    ) -> MetricExportResult:
        if self.refused:
            return MetricExportResult.SUCCESS
        self._status = None
        self._exporting = threading.get_ident()
        try:
            result = self.exporter.export(metrics_data, timeout_millis=timeout_millis, **kwargs)
        except Exception:
            self._health.record_failure()
            raise
        finally:
            self._exporting = None
        status = self._status
        if status in REFUSED_STATUSES:
            self.refused = True
            logger.warning(
                "bud.observability: the collector at %s refused metrics (HTTP %s), so bud "
                "stops exporting metrics to it; traces are not affected",
                self.endpoint,
                status,
            )
            return MetricExportResult.SUCCESS
        if result is not MetricExportResult.SUCCESS:
            self._health.record_failure()
        return result

    def force_flush(self, timeout_millis: float = 10_000) -> bool:
        return self.exporter.force_flush(timeout_millis=timeout_millis)

    def shutdown(self, timeout_millis: float = 30_000, **kwargs: Any) -> None:
        if self._log_filter is not None:
            self._exporter_logger.removeFilter(self._log_filter)
            self._log_filter = None
        self.exporter.shutdown(timeout_millis=timeout_millis, **kwargs)


class _DropRefusalLog(logging.Filter):
    """Drops the OTLP exporter's "Failed to export metrics batch code: 405" line."""

    def __init__(self, watched: WatchedMetricExporter) -> None:
        super().__init__()
        self._watched = watched

    def filter(self, record: logging.LogRecord) -> bool:
        return not self._watched.refusing_now()


# ---------------------------------------------------------------------------
# Exporters and providers
# ---------------------------------------------------------------------------


def _exporter_class(plan: SignalPlan, module: str, name: str) -> Any:
    package = _GRPC_MODULE if plan.protocol == PROTOCOL_GRPC else _HTTP_MODULE
    return getattr(importlib.import_module(f"{package}.{module}"), name)


def _exporter_kwargs(plan: SignalPlan) -> dict[str, Any]:
    # timeout in seconds: what both OTLP exporters' constructors take
    return {"endpoint": plan.endpoint, "headers": dict(plan.headers), "timeout": plan.timeout}


def span_exporter(plan: SignalPlan, health: ExportHealth) -> WatchedSpanExporter:
    cls = _exporter_class(plan, "trace_exporter", "OTLPSpanExporter")
    return WatchedSpanExporter(cls(**_exporter_kwargs(plan)), health)


def metric_exporter(plan: SignalPlan, health: ExportHealth) -> WatchedMetricExporter:
    cls = _exporter_class(plan, "metric_exporter", "OTLPMetricExporter")
    kwargs = _exporter_kwargs(plan)
    session = None
    credentials = any(os.environ.get(name) for name in _CREDENTIAL_PROVIDER_VARS)
    if plan.protocol == PROTOCOL_HTTP and not credentials:
        try:
            import requests  # the OTLP/HTTP exporter's own dependency
        except ImportError:  # then bud cannot see a refusal; the exporter still works
            pass
        else:
            session = kwargs["session"] = requests.Session()
    return WatchedMetricExporter(cls(**kwargs), health, endpoint=plan.endpoint, session=session)


def build_tracer_provider(
    plan: SignalPlan | None, resource: Resource, health: ExportHealth
) -> TracerProvider:
    """An SDK provider batching to OTLP; without a plan (``OTEL_TRACES_EXPORTER=none``)
    it records spans (trace context still propagates) but exports nothing."""
    from opentelemetry.sdk.trace import TracerProvider as SdkTracerProvider
    from opentelemetry.sdk.trace.export import BatchSpanProcessor

    # bud's shutdown() (registered at exit) bounds the time spent on a dead collector
    provider = SdkTracerProvider(resource=resource, shutdown_on_exit=False)
    if plan is not None:
        processor = BatchSpanProcessor(
            span_exporter(plan, health), export_timeout_millis=plan.timeout * 1000
        )
        provider.add_span_processor(processor)
    return provider


def build_meter_provider(
    plan: SignalPlan | None, resource: Resource, health: ExportHealth
) -> MeterProvider:
    from opentelemetry.sdk.metrics import MeterProvider as SdkMeterProvider
    from opentelemetry.sdk.metrics.export import PeriodicExportingMetricReader

    readers = []
    if plan is not None:
        exporter = metric_exporter(plan, health)
        reader = PeriodicExportingMetricReader(exporter, export_timeout_millis=plan.timeout * 1000)
        readers.append(reader)
    return SdkMeterProvider(resource=resource, metric_readers=readers, shutdown_on_exit=False)


def build_logger_provider(plan: SignalPlan | None, resource: Resource) -> LoggerProvider | None:
    if plan is None:
        return None
    try:  # optional, and the logs SDK is still underscore-private: skip it if absent or moved
        from opentelemetry.sdk._logs import LoggerProvider as SdkLoggerProvider
        from opentelemetry.sdk._logs.export import BatchLogRecordProcessor

        cls = _exporter_class(plan, "_log_exporter", "OTLPLogExporter")
    except (ImportError, AttributeError):
        logger.debug("bud.observability: OTel logs SDK unavailable; no logger provider")
        return None
    provider = SdkLoggerProvider(resource=resource, shutdown_on_exit=False)
    processor = BatchLogRecordProcessor(
        cls(**_exporter_kwargs(plan)), export_timeout_millis=plan.timeout * 1000
    )
    provider.add_log_record_processor(processor)
    return provider


def build_resource(service_name: str | None) -> Resource:
    """``service.name`` from the configuration; the SDK adds ``OTEL_RESOURCE_ATTRIBUTES``
    (and ``OTEL_SERVICE_NAME``, when the configuration names no service)."""
    from opentelemetry.sdk.resources import Resource

    return Resource.create({"service.name": service_name} if service_name else {})
