"""1,000 concurrent async streams of 100 events each through ONE `AsyncBudClient`.

Every event of every stream arrives (100,000 in all, each stream's text
checked), no stream fails, and memory stays bounded. Memory is the process's
peak resident set (Linux `VmHWM`, reset through `/proc/self/clear_refs` just
before the run) minus the resident set before it; where the peak cannot be
reset, a sampling thread reads `VmRSS` instead. The bound is counted, not
timed: see `MEMORY_BOUND`.
"""

from __future__ import annotations

import asyncio
import contextlib
import threading
from collections.abc import Iterator
from typing import Any

from bud.testing import LocalServer, TextReply

from .conftest import API_KEY, async_client, checked_out

STREAMS = 1_000
DELTAS = 92
EVENTS = DELTAS + 8  # TextReply streams have n_deltas + 8 events: 100
TOKEN = "tok "
MiB = 1024 * 1024
# The server runs in this process too, so its side counts: per stream, ~10 KB of
# frames, a stored response, a socket and its reader/writer (~30 KB); the client
# adds per open stream an h11 connection, httpx response and read buffers
# (~64 KB chunks), a decoder and 100 small events (~40 KB). That is ~150 KB per
# stream, ~150 MiB if all 1,000 peaked at once. Measured here: ~90 MiB, plus
# ~30 MiB of DEBUG log records this suite keeps for its secret scan. Keeping
# every stream's response and buffers alive, or an unbounded buffer, breaks it.
MEMORY_BOUND = 200 * MiB


def _status(field: str) -> int | None:
    try:
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith(field + ":"):
                    return int(line.split()[1]) * 1024
    except OSError:
        return None
    return None


@contextlib.contextmanager
def peak_rss_growth(out: list[int]) -> Iterator[None]:
    """Append the peak resident-set growth over the block (bytes) to *out*."""
    before = _status("VmRSS") or 0
    try:
        with open("/proc/self/clear_refs", "w") as clear:
            clear.write("5")  # reset VmHWM, the kernel's peak RSS, to the current RSS
        exact = True
    except OSError:
        exact = False
    peak = [before]
    done = threading.Event()

    def sample() -> None:
        while not done.wait(0.005):
            peak[0] = max(peak[0], _status("VmRSS") or 0)

    sampler = None if exact else threading.Thread(target=sample, daemon=True)
    if sampler is not None:
        sampler.start()
    try:
        yield
    finally:
        done.set()
        if sampler is not None:
            sampler.join()
        top = (_status("VmHWM") or 0) if exact else peak[0]
        out.append(max(top, _status("VmRSS") or 0) - before)


async def test_1000_concurrent_streams_of_100_events_on_one_client() -> None:
    growth: list[int] = []
    with LocalServer(api_key=API_KEY, record_requests=False) as server:
        server.enqueue(TextReply.with_deltas(DELTAS, TOKEN), times=STREAMS)
        # the default pool (1,000 connections) holds every stream at once; the
        # timeout only bounds a hang, it is not asserted on
        async with async_client(server, timeout=300.0) as client:

            async def one(index: int) -> tuple[int, str, Any]:
                stream = await client.responses.create(
                    model="bud-load", input=f"stream {index}", stream=True
                )
                count, text = 0, []
                async for event in stream:
                    count += 1
                    if event.type == "response.output_text.delta":
                        text.append(event.delta)
                return count, "".join(text), stream.completed_response

            with peak_rss_growth(growth):
                results = await asyncio.gather(
                    *(one(i) for i in range(STREAMS)), return_exceptions=True
                )
            errors = [r for r in results if isinstance(r, BaseException)]
            assert errors == []
            done: list[tuple[int, str, Any]] = [r for r in results if isinstance(r, tuple)]
            assert sum(count for count, _, _ in done) == STREAMS * EVENTS == 100_000
            assert all(count == EVENTS for count, _, _ in done)
            assert all(text == TOKEN * DELTAS for _, text, _ in done)
            assert all(final.output_text == TOKEN * DELTAS for _, _, final in done)
            assert len({final.id for _, _, final in done}) == STREAMS
            assert checked_out(client) == []
            # all at once: the pool really held that many streams open together
            assert server.connection_count > STREAMS // 2
        assert server.errors == []
    assert growth[0] < MEMORY_BOUND, f"peak RSS grew by {growth[0] / MiB:.0f} MiB"
