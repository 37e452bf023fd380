"""Durable streams at the event level: whatever the cuts, the caller sees the uncut
sequence, each event once and in order (the reader and `StreamState`, with a scripted
way back instead of a server)."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Iterator
from typing import Any

import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bud import IncompleteStreamError, _retries
from bud._event_stream import Resume
from bud._response_streaming import AsyncResponseStream, ResponseStream

from ._support import sse_bytes, text_stream

WORDS = [f"w{i} " for i in range(48)]
EVENTS = text_stream(*WORDS, response_id="resp_durable")  # 50 events, sequence 0..49
FRAMES = [sse_bytes(e) for e in EVENTS]
HEADERS = {"content-type": "text/event-stream"}


class _Cut(httpx.SyncByteStream, httpx.AsyncByteStream):
    """Frames, then (if *cut*) the connection drops."""

    def __init__(self, frames: list[bytes], cut: bool) -> None:
        self.frames, self.cut = frames, cut

    def __iter__(self) -> Iterator[bytes]:
        yield from self.frames
        if self.cut:
            raise httpx.ReadError("connection reset")

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for frame in self.frames:
            yield frame
        if self.cut:
            raise httpx.ReadError("connection reset")


class Script:
    """A server that cuts its n-th connection after `cuts[n]` frames and may replay
    `replay` frames before the resume point."""

    def __init__(self, cuts: list[int], replay: int = 0) -> None:
        self.cuts, self.replay, self.calls = list(cuts), replay, []

    def connection(self, start: int) -> httpx.Response:
        frames = FRAMES[start:]
        cut = bool(self.cuts) and self.cuts[0] < len(frames)
        if cut:
            frames = frames[: self.cuts.pop(0)]
        elif self.cuts:
            self.cuts.pop(0)
        return httpx.Response(200, headers=HEADERS, stream=_Cut(frames, cut))

    def fetch(self, response_id: str, after: int) -> httpx.Response:
        self.calls.append((response_id, after))
        return self.connection(max(after + 1 - self.replay, 0))

    async def afetch(self, response_id: str, after: int) -> httpx.Response:
        return self.fetch(response_id, after)


@pytest.fixture(autouse=True)
def no_sleep(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    slept: list[float] = []

    async def async_sleep(seconds: float) -> None:
        slept.append(seconds)

    monkeypatch.setattr(_retries, "sleep", slept.append)
    monkeypatch.setattr(_retries, "async_sleep", async_sleep)
    return slept


def _read(script: Script, limit: int) -> tuple[list[int], ResponseStream]:
    stream = ResponseStream(script.connection(0), resume=Resume(script.fetch, limit))
    return [e.sequence_number for e in stream], stream


def _aread(script: Script, limit: int) -> tuple[list[int], AsyncResponseStream]:
    async def run() -> tuple[list[int], AsyncResponseStream]:
        stream = AsyncResponseStream(script.connection(0), resume=Resume(script.afetch, limit))
        return [e.sequence_number async for e in stream], stream

    return asyncio.run(run())


@pytest.mark.parametrize("reader", [_read, _aread], ids=["sync", "async"])
@pytest.mark.parametrize("at", range(1, len(EVENTS)))
def test_a_cut_at_any_event_resumes_to_the_whole_stream(reader: Any, at: int) -> None:
    script = Script([at])
    seen, stream = reader(script, 2)
    assert seen == list(range(len(EVENTS)))
    assert script.calls == [("resp_durable", at - 1)]  # after the last event it yielded
    assert stream.resumes == 1
    assert stream.completed_response.output_text == "".join(WORDS)


@pytest.mark.parametrize("reader", [_read, _aread], ids=["sync", "async"])
@pytest.mark.parametrize(("first", "second"), [(1, 1), (3, 7), (25, 24), (48, 1)])
def test_two_cuts_in_a_row(reader: Any, first: int, second: int) -> None:
    script = Script([first, second])
    seen, stream = reader(script, 2)
    assert seen == list(range(len(EVENTS)))
    assert stream.resumes == 2


@pytest.mark.parametrize("reader", [_read, _aread], ids=["sync", "async"])
def test_the_retries_run_out_and_the_cut_is_reported(reader: Any) -> None:
    script = Script([5, 5, 5])
    with pytest.raises(IncompleteStreamError) as caught:
        reader(script, 2)
    assert caught.value.events_received == 15
    assert caught.value.last_sequence_number == 14
    assert len(script.calls) == 2


def test_the_waits_between_resumes_back_off(no_sleep: list[float]) -> None:
    _read(Script([2, 2, 2]), 3)
    assert len(no_sleep) == 3
    assert no_sleep[0] < no_sleep[2]


def test_no_way_back_means_the_cut_is_raised_after_what_arrived() -> None:
    stream = ResponseStream(Script([4]).connection(0))
    got: list[int] = []
    with pytest.raises(IncompleteStreamError):
        for event in stream:
            got.append(event.sequence_number)
    assert got == [0, 1, 2, 3]


def test_a_refused_resume_is_the_cut_with_its_cause() -> None:
    from bud.exceptions import NotFoundError

    def gone(response_id: str, after: int) -> httpx.Response:
        raise NotFoundError("no such response", response=httpx.Response(404), body=None)

    stream = ResponseStream(Script([3]).connection(0), resume=Resume(gone, 3))
    got: list[int] = []
    with pytest.raises(IncompleteStreamError) as caught:
        for event in stream:
            got.append(event.sequence_number)
    assert got == [0, 1, 2]
    assert isinstance(caught.value.__cause__, NotFoundError)


@settings(max_examples=150, deadline=None)
@given(
    cuts=st.lists(st.integers(min_value=1, max_value=len(EVENTS)), max_size=6),
    replay=st.integers(min_value=0, max_value=5),
)
def test_any_sequence_of_cuts_yields_the_uncut_sequence(cuts: list[int], replay: int) -> None:
    script = Script(cuts, replay=replay)
    seen, stream = _read(script, len(cuts))
    assert seen == list(range(len(EVENTS)))
    assert stream.completed_response.output_text == "".join(WORDS)
    assert stream.resumes == len(script.calls) <= len(cuts)
