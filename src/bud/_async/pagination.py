"""Cursor pages (`input_items.list`, `models.list`): one page's `data`, or every item
of every page."""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Generator
from typing import Any, Generic, TypeVar

from bud._page import Page

T = TypeVar("T")


class AsyncCursorPage(Page[T]):
    """One page; `async for item in page` walks this page and every later one."""

    async def get_next_page(self) -> AsyncCursorPage[T]:
        page: AsyncCursorPage[T] = await self._fetch(self._next_cursor_or_raise())
        return page

    async def iter_pages(self) -> AsyncIterator[AsyncCursorPage[T]]:
        page: AsyncCursorPage[T] = self
        while True:
            yield page
            if not page.has_next_page():
                return
            page = await page.get_next_page()

    async def __aiter__(self) -> AsyncIterator[T]:
        async for page in self.iter_pages():
            for item in page.data:
                yield item


# async-only
class AsyncPager(Generic[T]):
    """What async `list()` returns: `await` it for the first page, or `async for` every
    item (the sync `list()` returns the first page itself)."""

    def __init__(self, first: Callable[[], Awaitable[AsyncCursorPage[T]]]) -> None:
        self._first = first

    def __await__(self) -> Generator[Any, None, AsyncCursorPage[T]]:
        return self._first().__await__()

    async def __aiter__(self) -> AsyncIterator[T]:
        page = await self._first()
        async for item in page:
            yield item


# end async-only
