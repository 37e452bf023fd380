"""Cursor pages: `AsyncCursorPage` (src/bud/_async/pagination.py) and its generated
blocking twin `SyncCursorPage`."""

from bud_sync.pagination import SyncCursorPage

from bud._async.pagination import AsyncCursorPage, AsyncPager

__all__ = ["AsyncCursorPage", "AsyncPager", "SyncCursorPage"]
