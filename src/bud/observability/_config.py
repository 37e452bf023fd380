"""Observability configuration: the mode enum, the config object, env parsing.

Precedence, highest first: ``configure()`` keyword arguments, an
``ObservabilityConfig``'s fields, ``BUD_OTEL_*`` environment variables, the
standard ``OTEL_*`` ones, then the defaults. Bad values never raise: they log a
warning and fall back, because configuration must not break the app.
"""

from __future__ import annotations

import dataclasses
import enum
import functools
import logging
import os
from collections.abc import Mapping
from typing import Any
from urllib.parse import unquote

from bud.observability import _state

logger = logging.getLogger("bud.observability")

DEFAULT_MAX_CONTENT_LENGTH = 4096
# Seconds one export may take, retries included, unless configured: short, so that
# a dead collector costs at most about this much at shutdown and at exit.
DEFAULT_EXPORT_TIMEOUT = 2.0
_TRUE = frozenset({"1", "true", "yes", "on"})
_FALSE = frozenset({"0", "false", "no", "off"})
# OTEL_INSTRUMENTATION_GENAI_CAPTURE_MESSAGE_CONTENT's values in opentelemetry-util-genai
# (with the latest experimental conventions) besides true/false: all but NO_CONTENT capture.
_GENAI_CAPTURE_MODES = {
    "span_only": True,
    "event_only": True,
    "span_and_event": True,
    "no_content": False,
}
SIGNALS = ("traces", "metrics", "logs")
PROTOCOL_HTTP = "http/protobuf"
PROTOCOL_GRPC = "grpc"


class ObservabilityMode(enum.StrEnum):
    """How ``configure()`` obtains its OpenTelemetry providers."""

    AUTO = "auto"  # attach if the app already installed a real provider, else create
    CREATE = "create"  # own providers + OTLP/HTTP export, installed globally if none exist
    ATTACH = "attach"  # use the application's (global or passed) providers
    INTERNAL = "internal"  # own providers, private to bud (never global)
    DISABLED = "disabled"  # stay no-op


@dataclasses.dataclass(frozen=True, repr=False)
class ObservabilityConfig:
    """Settings for ``bud.observability.configure()``.

    ``api_key`` is sent only as the exporter's ``Authorization: Bearer``
    header; it never appears in ``repr()``, and ``headers`` values are masked
    there too because they often carry credentials.
    """

    mode: ObservabilityMode = ObservabilityMode.AUTO
    service_name: str | None = None
    collector_endpoint: str | None = None
    api_key: str | None = None
    headers: Mapping[str, str] = dataclasses.field(default_factory=dict)
    enabled: bool = True
    capture_content: bool = True
    max_content_length: int = DEFAULT_MAX_CONTENT_LENGTH
    # seconds per export, retries included; None: OTEL_EXPORTER_OTLP_[SIGNAL_]TIMEOUT
    # (milliseconds, as the OpenTelemetry spec says), else DEFAULT_EXPORT_TIMEOUT
    export_timeout: float | None = None

    def __post_init__(self) -> None:
        # a plain string ("create") means the same as the enum member
        if type(self.mode) is not ObservabilityMode:
            object.__setattr__(self, "mode", ObservabilityMode(str(self.mode).strip().lower()))

    def __repr__(self) -> str:
        parts = [
            f"mode={self.mode.value!r}",
            f"service_name={self.service_name!r}",
            f"collector_endpoint={self.collector_endpoint!r}",
            f"api_key={'***' if self.api_key else None!r}",
            f"headers={ {k: '***' for k in self.headers}!r}",
            f"enabled={self.enabled!r}",
            f"capture_content={self.capture_content!r}",
            f"max_content_length={self.max_content_length!r}",
            f"export_timeout={self.export_timeout!r}",
        ]
        return f"ObservabilityConfig({', '.join(parts)})"

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> ObservabilityConfig:
        """Build a config from defaults overridden by the environment."""
        env = os.environ if environ is None else environ
        return cls(
            mode=env_mode(env),
            service_name=env_str(env, "BUD_OTEL_SERVICE_NAME", "OTEL_SERVICE_NAME"),
            collector_endpoint=env_str(
                env, "BUD_OTEL_EXPORTER_OTLP_ENDPOINT", "OTEL_EXPORTER_OTLP_ENDPOINT"
            ),
            api_key=env_str(env, "BUD_OTEL_API_KEY"),
            headers=env_headers(env),
            enabled=env_enabled(env),
            capture_content=env_capture_content(env),
            max_content_length=env_max_content_length(env),
        )

    def with_env_fallbacks(self, environ: Mapping[str, str] | None = None) -> ObservabilityConfig:
        """Fill this config's unset (None / empty) fields from the environment."""
        env = os.environ if environ is None else environ
        changes: dict[str, Any] = {}
        if self.service_name is None:
            changes["service_name"] = env_str(env, "BUD_OTEL_SERVICE_NAME", "OTEL_SERVICE_NAME")
        if self.collector_endpoint is None:
            changes["collector_endpoint"] = env_str(
                env, "BUD_OTEL_EXPORTER_OTLP_ENDPOINT", "OTEL_EXPORTER_OTLP_ENDPOINT"
            )
        if self.api_key is None:
            changes["api_key"] = env_str(env, "BUD_OTEL_API_KEY")
        if not self.headers:
            changes["headers"] = env_headers(env)
        return dataclasses.replace(self, **changes)


# ---------------------------------------------------------------------------
# Environment parsing
# ---------------------------------------------------------------------------


def env_str(env: Mapping[str, str], *names: str) -> str | None:
    """First non-blank value among ``names``, in order."""
    for name in names:
        value = env.get(name, "").strip()
        if value:
            return value
    return None


def _parse_bool(name: str, raw: str) -> bool | None:
    value = raw.strip().lower()
    if value in _TRUE:
        return True
    if value in _FALSE:
        return False
    logger.warning("bud.observability: ignoring invalid boolean %s=%r", name, raw)
    return None


def env_bool(env: Mapping[str, str], name: str) -> bool | None:
    raw = env.get(name)
    if raw is None or not raw.strip():
        return None
    return _parse_bool(name, raw)


def env_enabled(env: Mapping[str, str]) -> bool:
    """``BUD_OTEL_ENABLED`` wins; otherwise ``OTEL_SDK_DISABLED=true`` disables."""
    enabled = env_bool(env, "BUD_OTEL_ENABLED")
    if enabled is not None:
        return enabled
    return env_bool(env, "OTEL_SDK_DISABLED") is not True


def env_mode(env: Mapping[str, str]) -> ObservabilityMode:
    raw = env_str(env, "BUD_OTEL_MODE")
    if raw is None:
        return ObservabilityMode.AUTO
    try:
        return ObservabilityMode(raw.lower())
    except ValueError:
        logger.warning("bud.observability: ignoring invalid BUD_OTEL_MODE=%r", raw)
        return ObservabilityMode.AUTO


def env_capture_content(env: Mapping[str, str]) -> bool:
    """``BUD_OTEL_CAPTURE_CONTENT``, else ``OTEL_INSTRUMENTATION_GENAI_CAPTURE_MESSAGE_CONTENT``
    (true/false, or util-genai's ``SPAN_ONLY``/``NO_CONTENT``...), else True."""
    value = env_bool(env, "BUD_OTEL_CAPTURE_CONTENT")
    if value is not None:
        return value
    name = "OTEL_INSTRUMENTATION_GENAI_CAPTURE_MESSAGE_CONTENT"
    raw = env_str(env, name)
    if raw is None:
        return True
    mode = _GENAI_CAPTURE_MODES.get(raw.lower())
    if mode is not None:
        return mode
    value = _parse_bool(name, raw)
    return True if value is None else value


def semconv_latest(environ: Mapping[str, str] | None = None) -> bool:
    """True when ``OTEL_SEMCONV_STABILITY_OPT_IN`` (a comma-separated list) opts in to
    ``gen_ai_latest_experimental``. Read from ``os.environ`` once, then cached (like the
    other environment reads the trackers use; ``_reset_for_tests()`` forgets it), unless
    ``environ`` is given."""
    if environ is None:
        return _cached_semconv_latest()
    raw = environ.get("OTEL_SEMCONV_STABILITY_OPT_IN", "")
    return "gen_ai_latest_experimental" in {item.strip().lower() for item in raw.split(",")}


def env_max_content_length(env: Mapping[str, str]) -> int:
    raw = env_str(env, "BUD_OTEL_MAX_CONTENT_LENGTH")
    if raw is None:
        return DEFAULT_MAX_CONTENT_LENGTH
    try:
        value = int(raw)
    except ValueError:
        value = -1
    if value <= 0:
        logger.warning("bud.observability: ignoring invalid BUD_OTEL_MAX_CONTENT_LENGTH=%r", raw)
        return DEFAULT_MAX_CONTENT_LENGTH
    return value


def env_headers(env: Mapping[str, str]) -> dict[str, str]:
    """Parse ``k1=v1,k2=v2`` (URL-encoded values), the OTLP headers format."""
    raw = env_str(env, "BUD_OTEL_EXPORTER_OTLP_HEADERS", "OTEL_EXPORTER_OTLP_HEADERS")
    headers: dict[str, str] = {}
    if raw is None:
        return headers
    for item in raw.split(","):
        key, sep, value = item.partition("=")
        if not sep or not key.strip():
            # Never echo the item: it may be a credential.
            logger.warning("bud.observability: ignoring a malformed OTLP header entry")
            continue
        headers[unquote(key.strip())] = unquote(value.strip())
    return headers


# ---------------------------------------------------------------------------
# OTLP export settings per signal (read only when bud builds its own providers)
# ---------------------------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class SignalEnv:
    """What the standard ``OTEL_*`` variables say about exporting one signal."""

    signal: str  # "traces", "metrics" or "logs"
    enabled: bool  # False: OTEL_<SIGNAL>_EXPORTER=none
    endpoint: str | None  # OTEL_EXPORTER_OTLP_<SIGNAL>_ENDPOINT: the full URL, used as-is
    protocol: str  # as written, lower-cased: "http/protobuf", "grpc", "http/json", ...
    protocol_var: str | None  # the variable that set ``protocol`` (None: the default)
    timeout: float | None  # seconds, from OTEL_EXPORTER_OTLP_[<SIGNAL>_]TIMEOUT (milliseconds)


def env_signals(env: Mapping[str, str]) -> dict[str, SignalEnv]:
    """The ``OTEL_*`` export settings of each signal; a signal's own variable wins over
    the generic ``OTEL_EXPORTER_OTLP_*`` one."""
    generic_timeout = env_timeout(env, "OTEL_EXPORTER_OTLP_TIMEOUT")
    return {signal: _env_signal(env, signal, generic_timeout) for signal in SIGNALS}


def _env_signal(env: Mapping[str, str], signal: str, generic_timeout: float | None) -> SignalEnv:
    upper = signal.upper()
    protocol_var = next(
        (
            name
            for name in (f"OTEL_EXPORTER_OTLP_{upper}_PROTOCOL", "OTEL_EXPORTER_OTLP_PROTOCOL")
            if env_str(env, name)
        ),
        None,
    )
    protocol = PROTOCOL_HTTP
    if protocol_var is not None:
        protocol = (env_str(env, protocol_var) or PROTOCOL_HTTP).lower()
    timeout = env_timeout(env, f"OTEL_EXPORTER_OTLP_{upper}_TIMEOUT")
    return SignalEnv(
        signal=signal,
        enabled=env_exporter_enabled(env, f"OTEL_{upper}_EXPORTER"),
        endpoint=env_str(env, f"OTEL_EXPORTER_OTLP_{upper}_ENDPOINT"),
        protocol=protocol,
        protocol_var=protocol_var,
        timeout=generic_timeout if timeout is None else timeout,
    )


def env_exporter_enabled(env: Mapping[str, str], name: str) -> bool:
    """``OTEL_TRACES_EXPORTER`` and kin: ``none`` turns the signal's export off; bud
    exports only over OTLP, so any other value (``console``, ``zipkin``) means OTLP."""
    raw = env_str(env, name)
    if raw is None:
        return True
    values = {item.strip().lower() for item in raw.split(",") if item.strip()}
    if values == {"none"}:
        return False
    if values - {"otlp", "none"}:
        logger.warning(
            "bud.observability: %s=%r: bud exports only over OTLP (or 'none'); using OTLP",
            name,
            raw,
        )
    return True


def env_timeout(env: Mapping[str, str], name: str) -> float | None:
    """``name`` in **milliseconds**, as the OpenTelemetry spec defines
    ``OTEL_EXPORTER_OTLP_TIMEOUT`` and kin, returned in seconds. (The Python OTLP
    exporters themselves still read these variables as seconds; bud always hands its
    exporters an explicit timeout, so the spec's unit is the one that counts.)"""
    raw = env_str(env, name)
    if raw is None:
        return None
    try:
        millis = float(raw)
    except ValueError:
        millis = -1.0
    if not millis > 0 or millis == float("inf"):
        logger.warning("bud.observability: ignoring invalid %s=%r", name, raw)
        return None
    if millis < 100:
        logger.warning(
            "bud.observability: %s=%s is read in milliseconds, as the OpenTelemetry spec "
            "says; exports that short will likely time out",
            name,
            raw,
        )
    return millis / 1000


# ---------------------------------------------------------------------------
# Content-capture settings used by the trackers (hot path: cached)
# ---------------------------------------------------------------------------


@functools.cache
def _cached_env_capture_content() -> bool:
    return env_capture_content(os.environ)


@functools.cache
def _cached_env_max_content_length() -> int:
    return env_max_content_length(os.environ)


@functools.cache
def _cached_semconv_latest() -> bool:
    return semconv_latest(os.environ)


def content_capture_enabled() -> bool:
    """Whether trackers may record prompt/response content on spans."""
    config = _state.config
    if config is not None:
        return config.capture_content
    return _cached_env_capture_content()


def max_content_length() -> int:
    """Longest content string trackers should put on a span."""
    config = _state.config
    if config is not None:
        return config.max_content_length
    return _cached_env_max_content_length()


def clear_env_cache() -> None:
    _cached_env_capture_content.cache_clear()
    _cached_env_max_content_length.cache_clear()
    _cached_semconv_latest.cache_clear()
