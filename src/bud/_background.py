"""Work kept off the caller's path: closes the garbage collector must not make, and
a watchdog for reads that must not wait long.

Why: the cyclic garbage collector runs finalizers at any allocation, including
inside httpcore while this very thread holds the pool's (non-reentrant) lock,
or inside an OpenTelemetry exporter's lock. A finalizer that closes a response
or ends a span there deadlocks the thread. So a finalizer asks `in_collector()`
and, when true, hands its work to one daemon thread (`run_or_defer`).

A stream whose terminal event arrived reads the rest of its body (`[DONE]`, the
chunked end) before it returns, so the connection goes back to the pool; the
watchdog bounds that read (`drain`): a server that does not end the body within
`DRAIN_SECONDS` has its socket shut down, and only that connection is lost.
"""

from __future__ import annotations

import atexit
import contextlib
import gc
import logging
import queue
import socket
import threading
import time
from collections.abc import Callable, Iterator
from typing import Any

import httpx

logger = logging.getLogger("bud")

DRAIN_SECONDS = 0.05
"""How long a finished stream's tail may take before its connection is dropped."""
DRAIN_MAX_EVENTS = 1000
"""A tail longer than this is not a tail: drop the connection instead."""

_collecting: int | None = None  # ident of the thread running a collection, if any


def _on_gc(phase: str, info: dict[str, int]) -> None:
    global _collecting
    _collecting = threading.get_ident() if phase == "start" else None


gc.callbacks.append(_on_gc)


def in_collector() -> bool:
    """True inside a garbage collection run by this thread (finalizers must not block)."""
    return _collecting is not None and _collecting == threading.get_ident()


def run_or_defer(work: Callable[[], object]) -> None:
    """Run *work* now, or on the background thread when called from the collector."""
    if _collecting is not None and _collecting == threading.get_ident():
        _worker().put(work)
    else:
        work()


# Readers of live streams, kept reachable from here: if a stream is dropped in a
# reference cycle, the collector then finalizes only our generator (whose close is
# deferred), never httpx's and httpcore's generators below it, whose own `finally`
# takes the pool lock.
_kept: set[Any] = set()


def keep(reader: Any) -> None:
    _kept.add(reader)


def close_reader(reader: Any, response: httpx.Response) -> None:
    """Close a stream's reader and its response; from the collector, on the thread."""
    if _collecting is not None and _collecting == threading.get_ident():
        _worker().put(lambda: close_reader(reader, response))
        return
    try:
        close = getattr(reader, "close", None)
        if close is not None:
            with contextlib.suppress(Exception):
                close()
        response.close()
    finally:
        _kept.discard(reader)


def shutdown_socket(response: httpx.Response) -> bool:
    """Wake any thread blocked reading *response*: shut its socket down. True if done."""
    stream = response.extensions.get("network_stream")
    get = getattr(stream, "get_extra_info", None)
    sock = get("socket") if callable(get) else None
    if not isinstance(sock, socket.socket):
        return False
    with contextlib.suppress(OSError):
        # the plain socket's shutdown: an SSL socket's would drop its state under a reader
        socket.socket.shutdown(sock, socket.SHUT_RDWR)
        return True
    return False


def drain(rest: Iterator[Any], response: httpx.Response) -> None:
    """Read what follows a stream's terminal event, for at most `DRAIN_SECONDS`, then
    close: the connection goes back to the pool when the body ended in time."""
    # a body read to its end (httpx closed it) leaves only parsing: no deadline
    watchdog = None if response.is_closed else _worker()
    if watchdog is not None:
        watchdog.guard(response, DRAIN_SECONDS)
    try:
        for count, _ in enumerate(rest):
            if count >= DRAIN_MAX_EVENTS:
                break
    except Exception:
        pass
    finally:
        if watchdog is not None:
            watchdog.unguard(response)
        close_reader(rest, response)


def flush(timeout: float = 10.0) -> bool:
    """Wait until every deferred close and drain so far has run. True if they did."""
    if _the_worker is None:
        return True
    done = threading.Event()
    _the_worker.put(done.set)
    return done.wait(timeout)


class _Worker:
    """One daemon thread running deferred work in order, and a watchdog thread that
    shuts down the sockets of guarded reads past their deadline."""

    def __init__(self) -> None:
        # SimpleQueue.put is safe from finalizers and from inside the collector
        self._jobs: queue.SimpleQueue[Callable[[], object]] = queue.SimpleQueue()
        self._lock = threading.Condition()
        self._guarded: dict[int, tuple[float, httpx.Response]] = {}
        threading.Thread(target=self._run, name="bud-background", daemon=True).start()
        threading.Thread(target=self._watch, name="bud-watchdog", daemon=True).start()

    def put(self, work: Callable[[], object]) -> None:
        self._jobs.put(work)

    def guard(self, response: httpx.Response, seconds: float) -> None:
        with self._lock:
            self._guarded[id(response)] = (time.monotonic() + seconds, response)
            self._lock.notify()

    def unguard(self, response: httpx.Response) -> None:
        with self._lock:
            self._guarded.pop(id(response), None)

    def _run(self) -> None:
        while True:
            work = self._jobs.get()
            try:
                work()
            except Exception:
                logger.debug("background close failed", exc_info=True)

    def _watch(self) -> None:
        with self._lock:
            while True:
                if not self._guarded:
                    self._lock.wait()
                    continue
                now = time.monotonic()
                for key, (deadline, response) in list(self._guarded.items()):
                    if deadline <= now:
                        del self._guarded[key]
                        if not response.is_closed:  # a body that just ended went back
                            shutdown_socket(response)  # the reader wakes with an error
                if self._guarded:
                    self._lock.wait(min(d for d, _ in self._guarded.values()) - now)


_the_worker: _Worker | None = None
_start_lock = threading.Lock()


def _worker() -> _Worker:
    worker = _the_worker
    return worker if worker is not None else start()


def start() -> _Worker:
    """Start the background thread; call it outside the collector (streams do at creation)."""
    global _the_worker
    if _the_worker is None:
        with _start_lock:
            if _the_worker is None:
                _the_worker = _Worker()
                atexit.register(flush, 2.0)
    return _the_worker
