"""The request path's I/O edge: `AsyncTransport` (src/bud/_async/transport.py) and
its generated blocking twin `SyncTransport`, drivers of `_retries.attempts`."""

from bud_sync.transport import SyncTransport

from bud._async.transport import AsyncTransport

__all__ = ["AsyncTransport", "SyncTransport"]
