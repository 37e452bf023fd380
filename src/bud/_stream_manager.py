"""`responses.stream(...)`: `AsyncResponseStreamManager` (src/bud/_async/stream_manager.py)
and its generated blocking twin `ResponseStreamManager`, with their helpers."""

from bud_sync.stream_manager import ResponseStreamHelper, ResponseStreamManager

from bud._async.stream_manager import AsyncResponseStreamHelper, AsyncResponseStreamManager
from bud._stream_tally import FunctionCall

__all__ = [
    "AsyncResponseStreamHelper",
    "AsyncResponseStreamManager",
    "FunctionCall",
    "ResponseStreamHelper",
    "ResponseStreamManager",
]
