"""Cursor pages (`input_items.list`): iterate one page's `data`, or every item of every page."""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Generator, Iterator
from typing import Any, Generic, TypeVar

T = TypeVar("T")


class _Page(Generic[T]):
    def __init__(
        self, data: list[T], *, has_more: bool, first_id: str | None, last_id: str | None
    ) -> None:
        self.data = data
        self.has_more = has_more
        self.first_id = first_id
        self.last_id = last_id

    def next_cursor(self) -> str | None:
        if not self.has_more or not self.data:
            return None
        return self.last_id or getattr(self.data[-1], "id", None)

    def has_next_page(self) -> bool:
        return self.next_cursor() is not None

    def __repr__(self) -> str:
        return f"<{type(self).__name__} items={len(self.data)} has_more={self.has_more}>"


class SyncCursorPage(_Page[T]):
    """One page; `for item in page` walks this page and every later one."""

    def __init__(
        self,
        data: list[T],
        *,
        has_more: bool,
        first_id: str | None,
        last_id: str | None,
        fetch: Callable[[str], SyncCursorPage[T]],
    ) -> None:
        super().__init__(data, has_more=has_more, first_id=first_id, last_id=last_id)
        self._fetch = fetch

    def get_next_page(self) -> SyncCursorPage[T]:
        cursor = self.next_cursor()
        if cursor is None:
            raise RuntimeError("no next page: check has_next_page() first")
        return self._fetch(cursor)

    def iter_pages(self) -> Iterator[SyncCursorPage[T]]:
        page: SyncCursorPage[T] = self
        while True:
            yield page
            if not page.has_next_page():
                return
            page = page.get_next_page()

    def __iter__(self) -> Iterator[T]:
        for page in self.iter_pages():
            yield from page.data


class AsyncCursorPage(_Page[T]):
    """One page; `async for item in page` walks this page and every later one."""

    def __init__(
        self,
        data: list[T],
        *,
        has_more: bool,
        first_id: str | None,
        last_id: str | None,
        fetch: Callable[[str], Awaitable[AsyncCursorPage[T]]],
    ) -> None:
        super().__init__(data, has_more=has_more, first_id=first_id, last_id=last_id)
        self._fetch = fetch

    async def get_next_page(self) -> AsyncCursorPage[T]:
        cursor = self.next_cursor()
        if cursor is None:
            raise RuntimeError("no next page: check has_next_page() first")
        return await self._fetch(cursor)

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


class AsyncPager(Generic[T]):
    """What async `list()` returns: `await` it for the first page, or `async for` every item."""

    def __init__(self, first: Callable[[], Awaitable[AsyncCursorPage[T]]]) -> None:
        self._first = first

    def __await__(self) -> Generator[Any, None, AsyncCursorPage[T]]:
        return self._first().__await__()

    async def __aiter__(self) -> AsyncIterator[T]:
        page = await self._first()
        async for item in page:
            yield item
