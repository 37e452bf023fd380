"""Streams that survive a dropped connection: a background response's stream that is
cut picks up after the last event it yielded (`GET /v1/responses/{id}?stream=true&
starting_after=N`), against the local server and its faults, sync and async."""

from __future__ import annotations

from typing import Any

import pytest

from bud import IncompleteStreamError, NotFoundError
from bud.testing import HTTPErrorReply, LocalServer, Truncate

from .conftest import Flavor, Telemetry

WORDS = " ".join(f"w{i}" for i in range(40))  # the local server's answer: 50 events
TOTAL = 50
RESUME = {"method": "GET", "path": "/v1/responses/*"}


def _gets(server: LocalServer) -> list[Any]:
    return [r for r in server.requests if r.method == "GET"]


async def _stream(flavor: Flavor, client: Any, **kwargs: Any) -> Any:
    return await flavor.call(client.responses.create(model="m", input=WORDS, stream=True, **kwargs))


@pytest.mark.parametrize("at", range(1, TOTAL))
async def test_a_cut_at_any_event_is_resumed_transparently(
    flavor: Flavor, server: LocalServer, delays: list[float], at: int
) -> None:
    server.enqueue(Truncate(after=at))
    client = flavor.client(tracked=False, max_retries=2)
    stream = await _stream(flavor, client, background=True)
    got: list[Any] = []
    assert await flavor.read(stream, got) is None  # the loop ends normally
    assert [e.sequence_number for e in got] == list(range(TOTAL))
    assert stream.resumes == 1
    assert stream.completed_response.output_text == "You said: " + WORDS
    (resumed,) = _gets(server)
    assert resumed.query["starting_after"] == str(at - 1)
    assert resumed.query["stream"] == "true"
    assert await flavor.settle(client) == []


@pytest.mark.parametrize(("first", "second"), [(1, 1), (5, 10), (30, 19), (49, 0)])
async def test_a_resumed_stream_cut_again_resumes_again(
    flavor: Flavor, server: LocalServer, delays: list[float], first: int, second: int
) -> None:
    server.enqueue(Truncate(after=first))
    server.enqueue(Truncate(after=second), **RESUME)
    client = flavor.client(tracked=False, max_retries=3)
    stream = await _stream(flavor, client, background=True)
    got: list[Any] = []
    assert await flavor.read(stream, got) is None
    assert [e.sequence_number for e in got] == list(range(TOTAL))
    assert stream.resumes == 2
    assert len(delays) == 2  # a backoff before each resume


async def test_the_stream_helper_resumes_and_its_tally_is_whole(
    flavor: Flavor, server: LocalServer, delays: list[float]
) -> None:
    server.enqueue(Truncate(after=17))
    client = flavor.client(tracked=False, max_retries=2)
    manager = client.responses.stream(model="m", input=WORDS, background=True)
    if flavor.is_async:
        async with manager as stream:
            final = await stream.get_final_response()
    else:
        with manager as stream:
            final = stream.get_final_response()
    assert stream.output_text == "You said: " + WORDS
    assert final.output_text == "You said: " + WORDS


async def test_a_retrieved_stream_resumes_too(
    flavor: Flavor, server: LocalServer, delays: list[float]
) -> None:
    client = flavor.client(tracked=False, max_retries=2)
    created = await flavor.call(
        client.responses.create(model="m", input=WORDS, background=True, store=True)
    )
    server.enqueue(Truncate(after=6), **RESUME)
    stream = await flavor.call(client.responses.retrieve(created.id, stream=True, starting_after=9))
    got: list[Any] = []
    assert await flavor.read(stream, got) is None
    assert [e.sequence_number for e in got] == list(range(10, TOTAL))
    assert stream.resumes == 1
    assert _gets(server)[-1].query["starting_after"] == "15"


@pytest.mark.parametrize(
    "how", ["not-background", "resume-false", "no-retries", "refused", "retries-spent"]
)
async def test_when_it_cannot_resume_the_cut_is_raised_after_what_arrived(
    flavor: Flavor, server: LocalServer, delays: list[float], how: str
) -> None:
    server.enqueue(Truncate(after=8))
    kwargs: dict[str, Any] = {"background": True}
    retries = 2
    if how == "not-background":
        kwargs = {}
    elif how == "resume-false":
        kwargs["resume"] = False
    elif how == "no-retries":
        retries = 0
    elif how == "refused":
        server.enqueue(HTTPErrorReply(404, message="No such response"), **RESUME)
    else:
        server.enqueue(Truncate(after=2), times=2, **RESUME)
    client = flavor.client(tracked=False, max_retries=retries)
    stream = await _stream(flavor, client, **kwargs)
    got: list[Any] = []
    error = await flavor.read(stream, got)
    assert isinstance(error, IncompleteStreamError)
    expected = 12 if how == "retries-spent" else 8
    assert [e.sequence_number for e in got] == list(range(expected))
    assert error.last_sequence_number == expected - 1
    if how == "refused":
        assert isinstance(error.__cause__, NotFoundError)
    assert await flavor.settle(client) == []


async def test_one_span_for_the_logical_stream_with_each_resume_under_it(
    flavor: Flavor, server: LocalServer, delays: list[float], telemetry: Telemetry
) -> None:
    server.enqueue(Truncate(after=20))
    client = flavor.client(max_retries=2)  # tracked
    stream = await _stream(flavor, client, background=True)
    got: list[Any] = []
    assert await flavor.read(stream, got) is None
    spans = telemetry.exporter.get_finished_spans()
    (genai,) = [s for s in spans if s.name == "responses.stream"]
    attrs = dict(genai.attributes or {})
    assert attrs["bud.inference.stream_resumes"] == 1
    assert attrs["bud.inference.stream_completed"] is True
    assert attrs["bud.inference.chunks"] == TOTAL
    http = [s for s in spans if s.name.startswith(("POST", "GET"))]
    assert sorted(s.name.split()[0] for s in http) == ["GET", "POST"]
    assert all(s.parent is not None and s.parent.span_id == genai.context.span_id for s in http)
