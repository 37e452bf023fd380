"""Responses kept for retrieval, replay, cancel, delete and input-item listing."""

from __future__ import annotations

import copy
import threading
from collections import OrderedDict
from dataclasses import dataclass
from typing import Any


@dataclass(slots=True)
class StoredResponse:
    current: dict[str, Any]
    """What ``GET`` returns now."""
    final: dict[str, Any]
    """What a background response becomes once it has run."""
    frames: list[bytes]
    input_items: list[dict[str, Any]]
    background: bool
    pending: bool
    """A background response not yet observed to finish (still cancellable)."""
    context_tokens: int


class ResponseStore:
    """A bounded map; the oldest entries go first, so a long-running server stays small."""

    def __init__(self, limit: int) -> None:
        self._limit = limit
        self._entries: OrderedDict[str, StoredResponse] = OrderedDict()
        self._lock = threading.Lock()

    def put(self, response_id: str, entry: StoredResponse) -> None:
        with self._lock:
            self._entries[response_id] = entry
            while len(self._entries) > self._limit:
                self._entries.popitem(last=False)

    def get(self, response_id: str) -> StoredResponse | None:
        with self._lock:
            return self._entries.get(response_id)

    def delete(self, response_id: str) -> bool:
        with self._lock:
            return self._entries.pop(response_id, None) is not None

    def snapshot(self, response_id: str) -> dict[str, Any] | None:
        """A deep copy of the current object, safe to hand to another thread."""
        with self._lock:
            entry = self._entries.get(response_id)
            return None if entry is None else copy.deepcopy(entry.current)

    def __len__(self) -> int:
        with self._lock:
            return len(self._entries)
