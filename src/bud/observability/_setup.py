"""configure() / shutdown() / flush() and the tracer and meter accessors.

Importing this module loads only the OpenTelemetry *API*. The SDK and the
OTLP exporters (the ``bud-sdk[otel]`` extra) are imported inside
``configure()``, and only in the modes that build providers, so an
application that never configures tracing never pays for them. Without the
extra, those modes log one warning and leave observability off; attaching to
providers the application hands in needs nothing but the API.

Exports never run inside a traced call: the SDK's batch processor and periodic
metric reader send from their own threads. Each export is bounded by the export
timeout (2 s unless configured, retries included), and ``shutdown()`` (also run
at exit) gives bud's providers that long, in parallel, before it gives up: with
the collector down, the process still exits promptly.
"""

from __future__ import annotations

import atexit
import dataclasses
import importlib
import logging
import os
import threading
import time
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from opentelemetry import metrics, trace

from bud.observability import _state
from bud.observability._config import (
    DEFAULT_EXPORT_TIMEOUT,
    ObservabilityConfig,
    ObservabilityMode,
    clear_env_cache,
    env_str,
)

if TYPE_CHECKING:
    from opentelemetry._logs import LoggerProvider
    from opentelemetry.metrics import Meter, MeterProvider
    from opentelemetry.trace import Tracer, TracerProvider

    from bud.observability._export import ExportHealth

logger = logging.getLogger("bud.observability")

# shutdown() waits this much longer than the longest export timeout before giving up
SHUTDOWN_GRACE = 0.5
# what building providers imports: the SDK and the OTLP/HTTP exporters
_OTEL_EXTRA_MODULES = ("opentelemetry.sdk", "opentelemetry.exporter.otlp.proto.http")
SDK_MISSING_WARNING = (
    "bud.observability.configure(): the OpenTelemetry SDK is not installed; "
    "pip install 'bud-sdk[otel]' to export telemetry"
)
_SIGNAL_PATHS = ("/v1/traces", "/v1/metrics", "/v1/logs")
# Class names of the API's stand-ins, i.e. "the application set no provider".
_PLACEHOLDER_PROVIDERS = frozenset(
    {
        "ProxyTracerProvider",
        "NoOpTracerProvider",
        "_ProxyMeterProvider",
        "NoOpMeterProvider",
        "ProxyLoggerProvider",
        "NoOpLoggerProvider",
    }
)

_LOCK = threading.RLock()
_NOOP_TRACER = trace.NoOpTracer()
_NOOP_METER = metrics.NoOpMeter("bud")
# (provider, cache) pairs swapped atomically, so a reader never mixes a new
# provider with tracers cached from an old one.
_tracer_cache: tuple[TracerProvider | None, dict[str, Tracer]] = (None, {})
_meter_cache: tuple[MeterProvider | None, dict[str, Meter]] = (None, {})
# failures of bud's own exporters since the last flush(); None: bud exports nothing
_health: ExportHealth | None = None
# how long shutdown() waits for bud's providers to export what they hold
_shutdown_timeout: float = DEFAULT_EXPORT_TIMEOUT + SHUTDOWN_GRACE
_exit_hook_registered = False


# ---------------------------------------------------------------------------
# Accessors (hot path)
# ---------------------------------------------------------------------------


def get_tracer(name: str = "bud") -> Tracer:
    """The configured provider's tracer, or a shared no-op tracer."""
    provider, cache = _tracer_cache
    if provider is None:
        return _NOOP_TRACER
    tracer = cache.get(name)
    if tracer is None:
        tracer = cache[name] = provider.get_tracer(name)
    return tracer


def get_meter(name: str = "bud") -> Meter:
    """The configured provider's meter, or a shared no-op meter."""
    provider, cache = _meter_cache
    if provider is None:
        return _NOOP_METER
    meter = cache.get(name)
    if meter is None:
        meter = cache[name] = provider.get_meter(name)
    return meter


def is_configured() -> bool:
    """True while ``configure()`` has tracing enabled."""
    return not _state.noop


# ---------------------------------------------------------------------------
# configure
# ---------------------------------------------------------------------------


def configure(
    api_key: str | None = None,
    *,
    client: Any = None,
    config: ObservabilityConfig | None = None,
    mode: ObservabilityMode | str | None = None,
    service_name: str | None = None,
    collector_endpoint: str | None = None,
    tracer_provider: TracerProvider | None = None,
    meter_provider: MeterProvider | None = None,
    logger_provider: LoggerProvider | None = None,
    enabled: bool = True,
) -> ObservabilityConfig:
    """Enable bud's tracing and metrics. Never raises.

    Precedence: keyword arguments, then ``config``, then ``BUD_OTEL_*``, then
    the standard ``OTEL_*`` environment variables (signal-specific endpoints,
    protocol, timeout in milliseconds, ``OTEL_<SIGNAL>_EXPORTER=none``, service
    name and resource attributes), then the client (the collector defaults to
    ``client.base_url``; the client's API key is used only for that default
    endpoint, so it is never sent to a third-party collector).

    Returns the effective configuration (``mode`` resolved from ``auto``;
    ``DISABLED`` if observability stays off). Calling it again replaces the
    previous configuration.
    """
    secrets = [s for s in (api_key, _client_api_key(client)) if s]
    if config is not None:
        secrets.extend(v for v in (config.api_key, *config.headers.values()) if v)
    with _LOCK:
        _teardown()
        try:
            resolved, route = _resolve(
                api_key, client, config, mode, service_name, collector_endpoint, enabled
            )
        except Exception as exc:
            _warn_failure(exc, secrets)
            return ObservabilityConfig(mode=ObservabilityMode.DISABLED, enabled=False)
        secrets.extend(v for v in (resolved.api_key, *resolved.headers.values()) if v)

        if not resolved.enabled or resolved.mode is ObservabilityMode.DISABLED:
            return dataclasses.replace(resolved, mode=ObservabilityMode.DISABLED)

        owned: list[Any] = []
        try:
            effective = _install(
                resolved, route, tracer_provider, meter_provider, logger_provider, owned
            )
        except _SdkMissing:
            logger.warning(SDK_MISSING_WARNING)
            return dataclasses.replace(resolved, mode=ObservabilityMode.DISABLED)
        except Exception as exc:
            _shutdown_all(owned)
            _warn_failure(exc, secrets)
            return dataclasses.replace(resolved, mode=ObservabilityMode.DISABLED)
        logger.debug("bud.observability configured: %r", effective)
        return effective


@dataclasses.dataclass(frozen=True)
class _Route:
    """What the resolved config cannot say about its endpoint and key."""

    # the endpoint came from an argument, the config or BUD_OTEL_EXPORTER_OTLP_ENDPOINT,
    # so it beats the OTEL_EXPORTER_OTLP_<SIGNAL>_ENDPOINT variables
    endpoint_is_explicit: bool = False
    # the API key was borrowed from the client: send it only to this origin
    key_origin: str | None = None


def _resolve(
    api_key: str | None,
    client: Any,
    config: ObservabilityConfig | None,
    mode: ObservabilityMode | str | None,
    service_name: str | None,
    collector_endpoint: str | None,
    enabled: bool,
) -> tuple[ObservabilityConfig, _Route]:
    base = config.with_env_fallbacks() if config is not None else ObservabilityConfig.from_env()
    explicit = bool(
        collector_endpoint
        or (config is not None and config.collector_endpoint)
        or env_str(os.environ, "BUD_OTEL_EXPORTER_OTLP_ENDPOINT")
    )
    key_origin = None
    changes: dict[str, Any] = {}
    if mode is not None:
        changes["mode"] = ObservabilityMode(mode.lower() if isinstance(mode, str) else mode)
    if service_name is not None:
        changes["service_name"] = service_name
    if api_key is not None:
        changes["api_key"] = api_key
    if not enabled:
        changes["enabled"] = False

    endpoint = collector_endpoint or base.collector_endpoint
    if endpoint is None and client is not None:
        endpoint = _client_base_url(client)
        # Same origin as the client, so the client's own key may go there.
        if endpoint is not None and api_key is None and base.api_key is None:
            changes["api_key"] = _client_api_key(client)
            key_origin = _normalize_endpoint(endpoint)
    if endpoint is not None:
        changes["collector_endpoint"] = _normalize_endpoint(endpoint)
    return dataclasses.replace(base, **changes), _Route(explicit, key_origin)


def _install(
    cfg: ObservabilityConfig,
    route: _Route,
    tracer_provider: TracerProvider | None,
    meter_provider: MeterProvider | None,
    logger_provider: LoggerProvider | None,
    owned: list[Any],
) -> ObservabilityConfig:
    """Pick or build the providers for ``cfg.mode`` and publish them to ``_state``."""
    global _tracer_cache, _meter_cache, _health, _shutdown_timeout
    mode = cfg.mode
    if mode is ObservabilityMode.AUTO:
        app_has_provider = not _is_placeholder(trace.get_tracer_provider())
        use_existing = tracer_provider is not None or app_has_provider
        mode = ObservabilityMode.ATTACH if use_existing else ObservabilityMode.CREATE

    tp: TracerProvider
    mp: MeterProvider
    lp: LoggerProvider | None = logger_provider
    to_install_globally: list[tuple[str, Any]] = []
    if mode is ObservabilityMode.ATTACH:
        # A proxy is fine here: it forwards once the application installs its provider.
        tp = tracer_provider or trace.get_tracer_provider()
        mp = meter_provider or metrics.get_meter_provider()
    else:
        # providers handed in with no collector named: the caller wires export
        # themselves; a signal they left out stays silent instead of exporting
        # to a default endpoint nobody asked for (and stalling shutdown on it)
        handed_in = tracer_provider is not None or meter_provider is not None
        if handed_in and not cfg.collector_endpoint:
            tracer_provider = tracer_provider or trace.NoOpTracerProvider()
            meter_provider = meter_provider or metrics.NoOpMeterProvider()
        needs_sdk = tracer_provider is None or meter_provider is None
        if needs_sdk and not _otel_extra_installed():
            raise _SdkMissing
        tp = tracer_provider or trace.NoOpTracerProvider()
        mp = meter_provider or metrics.NoOpMeterProvider()
        # Logs: only worth a provider when it becomes the app's global one
        # (and skipped, like any optional signal, when the SDK is not there).
        wants_logs = lp is None and mode is ObservabilityMode.CREATE
        if needs_sdk or (wants_logs and _otel_extra_installed()):
            from bud.observability import _export

            plans = _export.plan_signals(
                cfg, endpoint_is_explicit=route.endpoint_is_explicit, key_origin=route.key_origin
            )
            timeouts = [plan.timeout for plan in plans.values() if plan is not None]
            _shutdown_timeout = max(timeouts, default=DEFAULT_EXPORT_TIMEOUT) + SHUTDOWN_GRACE
            resource = _export.build_resource(cfg.service_name)
            health = _export.ExportHealth()
            if tracer_provider is None:
                tp = _export.build_tracer_provider(plans["traces"], resource, health)
                owned.append(tp)
                to_install_globally.append(("trace", tp))
            if meter_provider is None:
                mp = _export.build_meter_provider(plans["metrics"], resource, health)
                owned.append(mp)
                to_install_globally.append(("metrics", mp))
            if wants_logs:
                lp = _export.build_logger_provider(plans["logs"], resource)
                if lp is not None:
                    owned.append(lp)
                    to_install_globally.append(("logs", lp))
            if owned:
                _health = health
                _register_exit_hook()

    # Probe before publishing: a broken provider must fail here, not in a traced call.
    tracers = {"bud": tp.get_tracer("bud")}
    meters = {"bud": mp.get_meter("bud")}

    if mode is ObservabilityMode.CREATE:
        _install_globals(to_install_globally)

    effective = dataclasses.replace(cfg, mode=mode)
    _state.config = effective
    _state.tracer_provider = tp
    _state.meter_provider = mp
    _state.logger_provider = lp
    _state.owned = list(owned)
    _state.generation += 1
    _tracer_cache = (tp, tracers)
    _meter_cache = (mp, meters)
    _state.noop = False
    return effective


# ---------------------------------------------------------------------------
# Provider construction (SDK imported here only: the `bud-sdk[otel]` extra)
# ---------------------------------------------------------------------------


class _SdkMissing(Exception):
    """configure() must build a provider and the `otel` extra is not installed."""


def _otel_extra_installed() -> bool:
    try:
        for name in _OTEL_EXTRA_MODULES:
            importlib.import_module(name)
    except ImportError:
        return False
    return True


def _install_globals(providers: Iterable[tuple[str, Any]]) -> None:
    """Make bud's providers the global ones, but never displace the application's."""
    for signal, provider in providers:
        if signal == "trace":
            if _is_placeholder(trace.get_tracer_provider()):
                trace.set_tracer_provider(provider)
        elif signal == "metrics":
            if _is_placeholder(metrics.get_meter_provider()):
                metrics.set_meter_provider(provider)
        else:
            from opentelemetry import _logs

            if _is_placeholder(_logs.get_logger_provider()):
                _logs.set_logger_provider(provider)


# ---------------------------------------------------------------------------
# shutdown / flush / reset
# ---------------------------------------------------------------------------


def flush(timeout_millis: int = 30_000) -> bool:
    """Export everything buffered now.

    True if every provider flushed in time and none of bud's exports failed since
    the previous ``flush()``; False otherwise (the collector is down or refused).
    """
    ok = True
    for provider in (_state.tracer_provider, _state.meter_provider, _state.logger_provider):
        force_flush = getattr(provider, "force_flush", None)
        if force_flush is None:
            continue
        try:
            result = force_flush(timeout_millis)
        except Exception as exc:
            logger.warning("bud.observability: flush failed (%s)", type(exc).__name__)
            ok = False
            continue
        ok = ok and result is not False
    health = _health
    if health is not None and health.take_failure():
        ok = False
    return ok


def shutdown() -> None:
    """Flush and release bud's providers; observability becomes no-op again.

    Providers the application passed in or installed are left running. Bud's
    own get the export timeout (2 s by default) to send what they hold; what a
    dead collector has not taken by then is dropped. Also runs at exit.
    """
    with _LOCK:
        _teardown()


def _teardown() -> None:
    global _tracer_cache, _meter_cache, _health
    owned = _state.owned
    # Stop tracing first so concurrent calls go no-op before providers close.
    _state.noop = True
    _tracer_cache = (None, {})
    _meter_cache = (None, {})
    _state.config = None
    _state.tracer_provider = None
    _state.meter_provider = None
    _state.logger_provider = None
    _state.owned = []
    _state.generation += 1
    _health = None
    _shutdown_all(owned)


def _shutdown_all(providers: Iterable[Any]) -> None:
    """Shut ``providers`` down side by side, waiting at most the shutdown timeout.

    A provider still exporting then (a dead or slow collector) is left to finish,
    or be stopped at exit, on its daemon thread: its unsent telemetry is dropped.
    """
    budget = _shutdown_timeout
    deadline = time.monotonic() + budget
    threads = []
    for provider in providers:
        thread = threading.Thread(
            target=_shutdown_one, args=(provider,), name="bud-otel-shutdown", daemon=True
        )
        try:
            thread.start()
        except RuntimeError:  # no new threads this late in interpreter shutdown
            _shutdown_one(provider)
            continue
        threads.append(thread)
    for thread in threads:
        thread.join(max(0.0, deadline - time.monotonic()))
    if any(thread.is_alive() for thread in threads):
        logger.warning(
            "bud.observability: telemetry export did not finish within %.1f s of shutdown "
            "(is the collector reachable?); unsent telemetry is dropped",
            budget,
        )


def _shutdown_one(provider: Any) -> None:
    try:
        provider.shutdown()
    except Exception as exc:
        logger.warning("bud.observability: provider shutdown failed (%s)", type(exc).__name__)


def _register_exit_hook() -> None:
    """bud's providers skip the SDK's own exit handlers; this bounded one replaces them."""
    global _exit_hook_registered
    if not _exit_hook_registered:
        _exit_hook_registered = True
        atexit.register(_shutdown_at_exit)


def _shutdown_at_exit() -> None:
    if _state.owned:
        shutdown()


def _reset_for_tests() -> None:
    """Return to the unconfigured state and forget cached environment values."""
    with _LOCK:
        _teardown()
        clear_env_cache()


# ---------------------------------------------------------------------------
# Helpers
# ---------------------------------------------------------------------------


def _is_placeholder(provider: object) -> bool:
    return any(cls.__name__ in _PLACEHOLDER_PROVIDERS for cls in type(provider).__mro__)


def _normalize_endpoint(endpoint: str) -> str:
    """Validate a collector base URL and drop any signal path or trailing slash."""
    url = endpoint.strip().rstrip("/")
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise ValueError("collector endpoint must be an http(s) URL")
    for suffix in _SIGNAL_PATHS:
        if url.endswith(suffix):
            return url[: -len(suffix)]
    return url


def _client_base_url(client: Any) -> str | None:
    for attr in ("base_url", "_base_url"):
        value = getattr(client, attr, None)
        if value:
            return str(value)
    return None


def _client_api_key(client: Any) -> str | None:
    if client is None:
        return None
    for attr in ("api_key", "_api_key"):
        value = getattr(client, attr, None)
        if isinstance(value, str) and value:
            return value
    return None


def _warn_failure(exc: BaseException, secrets: Iterable[str]) -> None:
    message = str(exc)
    for secret in secrets:
        message = message.replace(secret, "***")
    logger.warning(
        "bud.observability: configure() failed, observability stays disabled (%s: %s)",
        type(exc).__name__,
        message[:300],
    )
