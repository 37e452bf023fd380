"""What a cursor page holds, sync or async: its items and where the next one starts."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Generic, TypeVar

T = TypeVar("T")


class Page(Generic[T]):
    def __init__(
        self,
        data: list[T],
        *,
        has_more: bool,
        first_id: str | None,
        last_id: str | None,
        fetch: Callable[[str], Any],
    ) -> None:
        self.data = data
        self.has_more = has_more
        self.first_id = first_id
        self.last_id = last_id
        self._fetch = fetch  # the next page, by its cursor

    def next_cursor(self) -> str | None:
        if not self.has_more or not self.data:
            return None
        return self.last_id or getattr(self.data[-1], "id", None)

    def has_next_page(self) -> bool:
        return self.next_cursor() is not None

    def _next_cursor_or_raise(self) -> str:
        cursor = self.next_cursor()
        if cursor is None:
            raise RuntimeError("no next page: check has_next_page() first")
        return cursor

    def __repr__(self) -> str:
        return f"<{type(self).__name__} items={len(self.data)} has_more={self.has_more}>"
