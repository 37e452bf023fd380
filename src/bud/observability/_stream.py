"""Spans over streams: `AsyncTracedStream` (src/bud/_async/tracing.py), its generated
blocking twin `TracedStream`, and the `StreamRecord` both end exactly once."""

from bud_sync.tracing import TracedStream

from bud._async.tracing import AsyncTracedStream
from bud.observability._stream_record import OnEnd, StreamRecord

__all__ = ["AsyncTracedStream", "OnEnd", "StreamRecord", "TracedStream"]
