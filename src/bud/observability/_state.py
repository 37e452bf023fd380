"""Process-wide observability state, kept in one tiny module.

Every traced call reads ``noop`` first, so it is a plain module global: a
single dict lookup, no locks, no imports. Only ``_setup`` writes here (under
its lock); everything else only reads.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from opentelemetry.metrics import MeterProvider
    from opentelemetry.trace import TracerProvider

    from bud.observability._config import ObservabilityConfig

# True until configure() has enabled tracing.
noop: bool = True

# The effective configuration once configured, else None.
config: ObservabilityConfig | None = None

tracer_provider: TracerProvider | None = None
meter_provider: MeterProvider | None = None
logger_provider: Any = None  # the OTel logs API is still underscore-private

# Providers bud built itself; only these are shut down by bud.
owned: list[Any] = []

# Bumped on every configure/shutdown so caches built from old providers
# (tracers, metric instruments) know to rebuild.
generation: int = 0
