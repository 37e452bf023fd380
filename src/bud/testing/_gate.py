"""A one-shot gate that coroutines on the server loop wait on and any thread opens."""

from __future__ import annotations

import asyncio
import contextlib
import threading


def _resolve(future: asyncio.Future[None]) -> None:
    if not future.done():
        future.set_result(None)


class Gate:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._open = False
        self._waiters: list[tuple[asyncio.AbstractEventLoop, asyncio.Future[None]]] = []
        self._reached = threading.Event()

    @property
    def is_open(self) -> bool:
        return self._open

    @property
    def reached(self) -> threading.Event:
        """Set once some coroutine has arrived at the gate (open or not)."""
        return self._reached

    def open(self) -> None:
        with self._lock:
            self._open = True
            waiters, self._waiters = self._waiters, []
        for loop, future in waiters:
            # The loop may already be closed if its server stopped: nothing to wake.
            with contextlib.suppress(RuntimeError):
                loop.call_soon_threadsafe(_resolve, future)

    async def wait(self) -> None:
        loop = asyncio.get_running_loop()
        future: asyncio.Future[None] = loop.create_future()
        entry = (loop, future)
        with self._lock:
            if self._open:
                self._reached.set()
                return
            self._waiters.append(entry)
        self._reached.set()
        try:
            await future
        finally:
            with self._lock, contextlib.suppress(ValueError):
                self._waiters.remove(entry)
