"""GenAI client metrics: operation duration, token usage, time to first chunk, time per
output chunk.

Instruments are created on first use from ``get_meter("bud")`` and rebuilt
after every ``configure()``/``shutdown()`` (the meter provider may have
changed). Before configuration each ``record_*`` call is one flag check.
Recording never raises into the caller.
"""

from __future__ import annotations

import logging
import threading
import time
from typing import TYPE_CHECKING, Final, NamedTuple

from opentelemetry.metrics import NoOpMeter

import bud.observability as _obs
from bud.observability import _state
from bud.observability._genai_attributes import (
    ERROR_TYPE,
    GENAI_CLIENT_OPERATION_DURATION,
    GENAI_CLIENT_OPERATION_TIME_PER_OUTPUT_CHUNK,
    GENAI_CLIENT_OPERATION_TIME_TO_FIRST_CHUNK,
    GENAI_CLIENT_TOKEN_USAGE,
    GENAI_TOKEN_TYPE,
    GENAI_TOKEN_TYPE_INPUT,
    GENAI_TOKEN_TYPE_OUTPUT,
)

if TYPE_CHECKING:
    from collections.abc import Mapping

    from opentelemetry.metrics import Histogram
    from opentelemetry.util.types import AttributeValue

logger = logging.getLogger("bud.observability")

# Advisory bucket boundaries from the GenAI metric conventions.
DURATION_BUCKETS: Final[tuple[float, ...]] = (
    0.01, 0.02, 0.04, 0.08, 0.16, 0.32, 0.64, 1.28, 2.56, 5.12, 10.24, 20.48, 40.96, 81.92,
)  # fmt: skip
TOKEN_USAGE_BUCKETS: Final[tuple[float, ...]] = (
    1, 4, 16, 64, 256, 1024, 4096, 16384, 65536, 262144, 1048576, 4194304, 16777216, 67108864,
)  # fmt: skip


class _Instruments(NamedTuple):
    generation: int
    duration: Histogram | None
    token_usage: Histogram | None
    time_to_first_chunk: Histogram | None
    time_per_output_chunk: Histogram | None = None


_instruments: _Instruments | None = None
_lock = threading.Lock()


def _current() -> _Instruments:
    instruments = _instruments
    if instruments is not None and instruments.generation == _state.generation:
        return instruments
    return _create()


def _create() -> _Instruments:
    global _instruments
    with _lock:
        generation = _state.generation
        current = _instruments
        if current is not None and current.generation == generation:
            return current
        try:
            meter = _obs.get_meter("bud")
            if isinstance(meter, NoOpMeter):
                # nothing would be recorded: no instruments, so calls skip their metrics
                _instruments = _Instruments(generation, None, None, None)
                return _instruments
            created = _Instruments(
                generation,
                meter.create_histogram(
                    GENAI_CLIENT_OPERATION_DURATION,
                    unit="s",
                    description="GenAI operation duration.",
                    explicit_bucket_boundaries_advisory=DURATION_BUCKETS,
                ),
                meter.create_histogram(
                    GENAI_CLIENT_TOKEN_USAGE,
                    unit="{token}",
                    description="Number of input and output tokens used.",
                    explicit_bucket_boundaries_advisory=TOKEN_USAGE_BUCKETS,
                ),
                meter.create_histogram(
                    GENAI_CLIENT_OPERATION_TIME_TO_FIRST_CHUNK,
                    unit="s",
                    description="Time from the request until the first streamed chunk.",
                    explicit_bucket_boundaries_advisory=DURATION_BUCKETS,
                ),
                meter.create_histogram(
                    GENAI_CLIENT_OPERATION_TIME_PER_OUTPUT_CHUNK,
                    unit="s",
                    description="Time per streamed chunk after the first (a stream's mean).",
                    explicit_bucket_boundaries_advisory=DURATION_BUCKETS,
                ),
            )
        except Exception as exc:
            # Remembered for this generation, so a broken meter is not retried per call.
            logger.warning("bud.observability: metrics disabled (%s)", type(exc).__name__)
            created = _Instruments(generation, None, None, None)
        _instruments = created
        return created


def recording() -> bool:
    """Whether a finished call's metrics go anywhere (a meter is configured): the
    trackers skip building their attributes when not."""
    return not _state.noop and _current().duration is not None


def record_duration(seconds: float, attributes: Mapping[str, AttributeValue] | None = None) -> None:
    """Record one ``gen_ai.client.operation.duration`` value (seconds)."""
    if _state.noop:
        return
    histogram = _current().duration
    if histogram is not None:
        _record(histogram, seconds, attributes)


def record_time_to_first_chunk(
    seconds: float, attributes: Mapping[str, AttributeValue] | None = None
) -> None:
    """Record one ``gen_ai.client.operation.time_to_first_chunk`` value (seconds)."""
    if _state.noop:
        return
    histogram = _current().time_to_first_chunk
    if histogram is not None:
        _record(histogram, seconds, attributes)


def record_token_usage(
    input_tokens: int | None,
    output_tokens: int | None,
    attributes: Mapping[str, AttributeValue] | None = None,
) -> None:
    """Record input and output token counts, one point each; ``None`` is skipped."""
    if _state.noop:
        return
    histogram = _current().token_usage
    if histogram is None:
        return
    base = dict(attributes) if attributes else {}
    if input_tokens is not None:
        _record(histogram, input_tokens, {**base, GENAI_TOKEN_TYPE: GENAI_TOKEN_TYPE_INPUT})
    if output_tokens is not None:
        _record(histogram, output_tokens, {**base, GENAI_TOKEN_TYPE: GENAI_TOKEN_TYPE_OUTPUT})


def record_call(
    attributes: dict[str, AttributeValue],
    error: str | None,
    started: float,
    ttfc: float | None,
    tokens: tuple[int | None, int | None] | None,
    per_chunk: float | None = None,
) -> None:
    """The metrics of one finished inference call, `error.type` added if it failed.

    `started` is the call's `time.perf_counter()`; `ttfc` its time to first
    chunk, `per_chunk` a stream's mean time per chunk after the first, and
    `tokens` its (input, output) token counts, when it has them.
    """
    if error is not None:
        attributes[ERROR_TYPE] = error
    record_duration(time.perf_counter() - started, attributes)
    if ttfc is not None:
        record_time_to_first_chunk(ttfc, attributes)
    if per_chunk is not None and not _state.noop:
        histogram = _current().time_per_output_chunk
        if histogram is not None:
            _record(histogram, per_chunk, attributes)
    if tokens is not None:
        record_token_usage(tokens[0], tokens[1], attributes)


def _record(
    histogram: Histogram, value: float, attributes: Mapping[str, AttributeValue] | None
) -> None:
    try:
        histogram.record(value, attributes)
    except Exception:
        logger.debug("bud.observability: metric record failed", exc_info=True)
