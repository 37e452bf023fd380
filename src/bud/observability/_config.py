"""Observability configuration: the mode enum, the config object, env parsing.

Environment variables are read as ``BUD_OTEL_*`` first, then the standard
``OTEL_*`` name where one exists. Bad values never raise: they log a warning
and fall back to the default, because configuration must not break the app.
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
_TRUE = frozenset({"1", "true", "yes", "on"})
_FALSE = frozenset({"0", "false", "no", "off"})


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
    export_timeout: float = 10.0

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
    value = env_bool(env, "BUD_OTEL_CAPTURE_CONTENT")
    return True if value is None else value


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
# Content-capture settings used by the trackers (hot path: cached)
# ---------------------------------------------------------------------------


@functools.cache
def _cached_env_capture_content() -> bool:
    return env_capture_content(os.environ)


@functools.cache
def _cached_env_max_content_length() -> int:
    return env_max_content_length(os.environ)


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
