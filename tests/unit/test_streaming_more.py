"""Streaming beyond the spec's tests: typing, nothing dropped, truncation, the stream() helper.

Every test runs for the sync and the async stream (or client).
"""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest
import respx
from bud_api.event_types import EVENT_TYPES

from bud._response_streaming import AsyncResponseStream, ResponseStream
from bud.exceptions import (
    BadRequestError,
    BudError,
    IncompleteStreamError,
    InvalidResponseError,
)
from bud.types import FunctionCall, Response, UnknownEvent

from ._support import (
    SSE_HEADERS,
    BreakingByteStream,
    Flavor,
    TrackingByteStream,
    close_stream,
    collect,
    completed,
    created,
    opened,
    resolve,
    sample_response,
    sse_bytes,
    text_delta,
    text_stream,
)


@pytest.fixture(params=["sync", "async"])
def kind(request: pytest.FixtureRequest) -> str:
    return str(request.param)


def make_stream(kind: str, body: bytes | httpx.SyncByteStream) -> Any:
    if isinstance(body, bytes):
        response = httpx.Response(200, headers=SSE_HEADERS, content=body)
    else:
        response = httpx.Response(200, headers=SSE_HEADERS, stream=body)
    return AsyncResponseStream(response) if kind == "async" else ResponseStream(response)


async def collect_until_error(stream: Any, exc: type[BaseException]) -> tuple[list[Any], Any]:
    events: list[Any] = []
    with pytest.raises(exc) as info:
        await collect(stream, into=events)
    return events, info.value


# ------------------------------------------------------------------- typing


@pytest.mark.parametrize("event_type", sorted(EVENT_TYPES))
def test_every_contract_event_type_is_typed(event_type: str) -> None:
    stream = make_stream("sync", sse_bytes({"type": event_type, "sequence_number": 3}, done=True))
    (event,) = list(stream)
    assert type(event) is EVENT_TYPES[event_type]
    assert event.type == event_type
    assert event.sequence_number == 3


async def test_text_stream_typed(kind: str) -> None:
    stream = make_stream(kind, sse_bytes(*text_stream("Hel", "lo")))
    events = await collect(stream)
    assert [e.type for e in events] == [
        "response.created",
        "response.output_text.delta",
        "response.output_text.delta",
        "response.completed",
    ]
    for event in events:
        assert type(event) is EVENT_TYPES[event.type]
    assert [e.delta for e in events[1:3]] == ["Hel", "lo"]
    assert events[0].response.id == "resp_stream"
    assert stream.events_received == 4
    assert stream.terminal_event is events[-1]
    assert isinstance(stream.completed_response, Response)
    assert stream.completed_response.output_text == "Hello"
    assert stream.completed_response.usage.total_tokens == 20
    assert stream.response.is_closed


async def test_unknown_event_type_is_kept(kind: str) -> None:
    future = {"type": "response.future_thing", "payload": {"x": 1}, "sequence_number": 2}
    events_in = [created(), future, text_delta("Hi", 3), completed("Hi")]
    stream = make_stream(kind, sse_bytes(*events_in))
    events = await collect(stream)
    assert [e.type for e in events] == [e["type"] for e in events_in]
    unknown = events[1]
    assert isinstance(unknown, UnknownEvent)
    assert unknown.data == future
    assert unknown.error is None
    assert unknown.payload == {"x": 1}  # reads like a typed event
    with pytest.raises(AttributeError):
        _ = unknown.delta
    assert stream.events_received == 4


async def test_unreadable_event_is_kept_with_error(
    kind: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    cls = EVENT_TYPES["response.output_text.delta"]

    def cannot_read(_cls: type, data: Any) -> Any:
        raise ValueError(f"unreadable: {sorted(data)}")

    monkeypatch.setattr(cls, "from_dict", classmethod(cannot_read))
    bad = {"type": "response.output_text.delta", "delta": "x", "item_id": "i1"}
    stream = make_stream(kind, sse_bytes(created(), bad, completed("x")))
    events = await collect(stream)
    assert [e.type for e in events] == [
        "response.created",
        "response.output_text.delta",
        "response.completed",
    ]
    event = events[1]
    assert isinstance(event, UnknownEvent)
    assert event.data == bad
    assert event.error == "ValueError: unreadable: ['delta', 'item_id', 'type']"
    assert event.delta == "x"
    assert stream.events_received == 3


async def test_data_without_type_is_kept_with_error(kind: str) -> None:
    # the SSE `event:` line names a known type, but the data lacks its `type` discriminator
    body = b'event: response.output_text.delta\ndata: {"delta": "x"}\n\n' + sse_bytes(completed())
    stream = make_stream(kind, body)
    events = await collect(stream)
    assert len(events) == 2
    assert isinstance(events[0], UnknownEvent)
    assert events[0].type == "response.output_text.delta"
    assert events[0].data == {"delta": "x"}
    assert "type" in events[0].error


async def test_json_that_is_not_an_object_is_kept(kind: str) -> None:
    stream = make_stream(kind, b"event: odd\ndata: [1, 2]\n\n" + sse_bytes(completed()))
    events = await collect(stream)
    assert isinstance(events[0], UnknownEvent)
    assert events[0].data == [1, 2]
    assert events[0].type == "odd"
    assert "not a JSON object" in events[0].error
    assert events[1].type == "response.completed"


async def test_done_ends_and_nothing_after_is_yielded(kind: str) -> None:
    body = TrackingByteStream(
        sse_bytes(text_delta("a")),
        b"data: [DONE]\n\n",
        sse_bytes(text_delta("never")),
    )
    stream = make_stream(kind, body)
    events = await collect(stream)
    assert [e.delta for e in events] == ["a"]
    # the tail after [DONE] is read apart (bounded), so the connection can be reused,
    # and never reaches the caller
    assert body.sent == 3
    assert body.closed
    assert stream.response.is_closed


async def test_crlf_and_byte_by_byte_chunks(kind: str) -> None:
    whole = sse_bytes(*text_stream("héllo ", "wörld 👋"), done=True)
    crlf = whole.replace(b"\n", b"\r\n")
    for body in (whole, crlf):
        chunks = [body[i : i + 1] for i in range(len(body))]
        stream = make_stream(kind, TrackingByteStream(*chunks))
        events = await collect(stream)
        deltas = [e.delta for e in events if e.type == "response.output_text.delta"]
        assert deltas == ["héllo ", "wörld 👋"]
        assert stream.completed_response.output_text == "héllo wörld 👋"


# --------------------------------------------------------------- truncation


async def test_body_ending_early_raises_after_every_event(kind: str) -> None:
    stream = make_stream(
        kind, sse_bytes(created("resp_cut"), text_delta("a", 1), text_delta("b", 2))
    )
    events, error = await collect_until_error(stream, IncompleteStreamError)
    assert [e.type for e in events] == [
        "response.created",
        "response.output_text.delta",
        "response.output_text.delta",
    ]
    assert [e.delta for e in events[1:]] == ["a", "b"]
    assert error.events_received == 3
    assert error.response_id == "resp_cut"
    assert isinstance(error, BudError)
    assert "body ended" in str(error)
    assert stream.completed_response is None
    assert stream.final_response is None
    assert stream.response.is_closed


async def test_empty_body_is_incomplete(kind: str) -> None:
    stream = make_stream(kind, b"")
    events, error = await collect_until_error(stream, IncompleteStreamError)
    assert events == []
    assert error.events_received == 0


async def test_connection_break_raises_after_every_event(kind: str) -> None:
    body = BreakingByteStream(sse_bytes(created(), text_delta("a", 1)))
    stream = make_stream(kind, body)
    events, error = await collect_until_error(stream, IncompleteStreamError)
    assert [e.type for e in events] == ["response.created", "response.output_text.delta"]
    assert isinstance(error.__cause__, httpx.ReadError)
    assert "ReadError" in str(error)
    assert error.events_received == 2
    assert body.closed


async def test_connection_break_after_terminal_is_not_an_error(kind: str) -> None:
    stream = make_stream(kind, BreakingByteStream(sse_bytes(*text_stream("a"))))
    events = await collect(stream)
    assert events[-1].type == "response.completed"
    assert stream.completed_response.output_text == "a"


async def test_body_ending_after_terminal_without_done(kind: str) -> None:
    stream = make_stream(kind, sse_bytes(*text_stream("x", "y")))
    events = await collect(stream)
    assert len(events) == 4


async def test_skipped_lines_do_not_make_a_stream_complete(kind: str) -> None:
    stream = make_stream(kind, b"data: garbage\n\n" + sse_bytes(text_delta("a")))
    events, error = await collect_until_error(stream, IncompleteStreamError)
    assert [e.delta for e in events] == ["a"]
    assert stream.skipped == ["garbage"]
    assert error.events_received == 1


# -------------------------------------------------------- terminal responses


@pytest.mark.parametrize(
    ("event_type", "status", "extra"),
    [
        ("response.completed", "completed", {}),
        (
            "response.incomplete",
            "incomplete",
            {"incomplete_details": {"reason": "max_output_tokens"}},
        ),
        ("response.failed", "failed", {"error": {"code": "server_error", "message": "boom"}}),
    ],
)
async def test_final_response_for_each_terminal(
    kind: str, event_type: str, status: str, extra: dict[str, Any]
) -> None:
    terminal = {
        "type": event_type,
        "sequence_number": 5,
        "response": sample_response(id="resp_t", status=status, **extra),
    }
    stream = make_stream(kind, sse_bytes(created("resp_t"), terminal))
    events = await collect(stream)
    assert events[-1].type == event_type
    final = stream.final_response
    assert isinstance(final, Response)
    assert final.id == "resp_t"
    assert final.status == status
    assert stream.terminal_event is events[-1]
    if event_type == "response.completed":
        assert stream.completed_response is final
    else:
        assert stream.completed_response is None
    if status == "incomplete":
        assert final.incomplete_details.reason == "max_output_tokens"
    if status == "failed":
        assert final.error.message == "boom"


async def test_error_event_is_terminal(kind: str) -> None:
    error = {"type": "error", "code": "rate_limit", "message": "slow down", "sequence_number": 2}
    stream = make_stream(kind, sse_bytes(created(), error))
    events = await collect(stream)  # no IncompleteStreamError: `error` ends a stream
    assert [e.type for e in events] == ["response.created", "error"]
    assert stream.terminal_event.message == "slow down"
    assert stream.terminal_event.code == "rate_limit"
    assert stream.final_response is None
    assert stream.completed_response is None


async def test_unreadable_completed_event_gives_no_bogus_response(kind: str) -> None:
    broken = {"type": "response.completed", "response": 5}
    stream = make_stream(kind, sse_bytes(created(), broken))
    events = await collect(stream)
    assert [e.type for e in events] == ["response.created", "response.completed"]
    # documented: the Response of the completed event, or None. Never the raw `5`.
    for value in (stream.completed_response, stream.final_response):
        assert value is None or isinstance(value, Response), value


async def test_next_and_anext(kind: str) -> None:
    stream = make_stream(kind, sse_bytes(*text_stream("a")))
    if kind == "async":
        first = await stream.__anext__()
        second = await anext(stream)
    else:
        first = next(stream)
        second = next(stream)
    assert first.type == "response.created"
    assert second.delta == "a"
    await close_stream(stream)
    assert stream.response.is_closed


# ------------------------------------------------------- through the client


def _sse_route(mock_api: respx.MockRouter, body: Any) -> respx.Route:
    if isinstance(body, bytes):
        response = httpx.Response(200, headers=SSE_HEADERS, content=body)
    else:
        response = httpx.Response(200, headers=SSE_HEADERS, stream=body)
    return mock_api.post("/v1/responses").mock(return_value=response)


async def test_create_stream_returns_the_right_stream_class(
    flavor: Flavor, bud: Any, mock_api: respx.MockRouter
) -> None:
    _sse_route(mock_api, sse_bytes(*text_stream("a"), done=True))
    stream = await resolve(bud.responses.create(model="m", input="x", stream=True))
    assert isinstance(stream, AsyncResponseStream if flavor.is_async else ResponseStream)
    events = await collect(stream)
    assert events[-1].type == "response.completed"


async def test_closing_early_closes_the_response(bud: Any, mock_api: respx.MockRouter) -> None:
    chunks = [sse_bytes(e) for e in text_stream("a", "b", "c")]
    body = TrackingByteStream(*chunks)
    _sse_route(mock_api, body)
    stream = await resolve(bud.responses.create(model="m", input="x", stream=True))
    events: list[Any] = []
    if hasattr(stream, "__aiter__"):
        async for event in stream:
            events.append(event)
            break
    else:
        for event in stream:
            events.append(event)
            break
        # leaving a sync for loop early already gave the connection back
        assert body.closed
    await close_stream(stream)
    assert body.closed
    assert stream.response.is_closed
    assert body.sent < len(chunks)
    assert await collect(stream) == []
    assert [e.type for e in events] == ["response.created"]


async def test_with_block_closes_the_response(bud: Any, mock_api: respx.MockRouter) -> None:
    body = TrackingByteStream(*[sse_bytes(e) for e in text_stream("a", "b")])
    _sse_route(mock_api, body)
    stream = await resolve(bud.responses.create(model="m", input="x", stream=True))
    async with opened(stream) as s:
        assert s is stream
    assert body.closed
    assert stream.response.is_closed


async def test_stream_error_status_raises_before_the_stream(
    bud: Any, mock_api: respx.MockRouter
) -> None:
    mock_api.post("/v1/responses").mock(
        return_value=httpx.Response(400, json={"error": {"message": "bad tools"}})
    )
    with pytest.raises(BadRequestError, match="bad tools"):
        await resolve(bud.responses.create(model="m", input="x", stream=True))


async def test_a_json_response_where_a_stream_was_asked_is_one_completed_event(
    bud: Any, mock_api: respx.MockRouter
) -> None:
    """A stored prompt decides on the gateway: JSON comes back for stream=True. The stream
    yields the response.completed event a stream of it would end with."""
    mock_api.post("/v1/responses").mock(return_value=httpx.Response(200, json=sample_response()))
    stream = await resolve(bud.responses.create(model="m", input="x", stream=True))
    events = await collect(stream)
    assert [e.type for e in events] == ["response.completed"]
    assert events[0].response.id == sample_response()["id"]
    assert stream.completed_response.to_dict() == events[0].response.to_dict()
    assert stream.response.is_closed


async def test_a_json_body_that_is_no_response_where_a_stream_was_asked_is_an_error(
    bud: Any, mock_api: respx.MockRouter
) -> None:
    mock_api.post("/v1/responses").mock(return_value=httpx.Response(200, json={"hello": 1}))
    stream = await resolve(bud.responses.create(model="m", input="x", stream=True))
    with pytest.raises(InvalidResponseError, match="event stream"):
        await collect(stream)
    assert stream.response.is_closed


# --------------------------------------------------------- stream() helper


def _function_call_events() -> list[dict[str, Any]]:
    def added(item_id: str, call_id: str, name: str) -> dict[str, Any]:
        return {
            "type": "response.output_item.added",
            "output_index": 0,
            "item": {
                "type": "function_call",
                "id": item_id,
                "call_id": call_id,
                "name": name,
                "arguments": "",
                "status": "in_progress",
            },
        }

    def delta(item_id: str, text: str) -> dict[str, Any]:
        return {
            "type": "response.function_call_arguments.delta",
            "item_id": item_id,
            "output_index": 0,
            "delta": text,
        }

    return [
        created("resp_fc"),
        added("fc_1", "call_1", "get_weather"),
        delta("fc_1", '{"ci'),
        added("fc_2", "call_2", "get_time"),
        delta("fc_1", 'ty": "Pa'),
        delta("fc_2", '{"tz": "CET"}'),
        delta("fc_1", 'ris"}'),
        completed("", "resp_fc"),
    ]


async def test_stream_helper_get_final_response(bud: Any, mock_api: respx.MockRouter) -> None:
    route = _sse_route(mock_api, sse_bytes(*text_stream("Hel", "lo", response_id="r_h")))
    async with opened(bud.responses.stream(model="m", input="x", temperature=0.1)) as s:
        final = await resolve(s.get_final_response())
        assert isinstance(final, Response)
        assert final.id == "r_h"
        assert final.output_text == "Hello"
        assert s.output_text == "Hello"
    body = json.loads(route.calls.last.request.content)
    assert body == {"model": "m", "input": "x", "temperature": 0.1, "stream": True}
    assert route.calls.last.request.headers["accept"] == "text/event-stream"


async def test_stream_helper_iterates_and_tallies(bud: Any, mock_api: respx.MockRouter) -> None:
    _sse_route(mock_api, sse_bytes(*text_stream("a", "b", "c")))
    async with opened(bud.responses.stream(model="m", input="x")) as s:
        seen: list[str] = []
        events = await collect(s)
        for event in events:
            seen.append(event.type)
        assert seen[0] == "response.created" and seen[-1] == "response.completed"
        assert s.output_text == "abc"


async def test_stream_helper_until_done(bud: Any, mock_api: respx.MockRouter) -> None:
    _sse_route(mock_api, sse_bytes(*text_stream("x", "y")))
    async with opened(bud.responses.stream(model="m", input="x")) as s:
        returned = await resolve(s.until_done())
        assert returned is s
        assert s.output_text == "xy"
        assert s.stream.completed_response.output_text == "xy"
        assert s.stream.response.is_closed


async def test_stream_helper_function_calls(bud: Any, mock_api: respx.MockRouter) -> None:
    _sse_route(mock_api, sse_bytes(*_function_call_events()))
    async with opened(bud.responses.stream(model="m", input="weather?")) as s:
        await resolve(s.until_done())
        calls = s.function_calls
    assert set(calls) == {"fc_1", "fc_2"}
    first = calls["fc_1"]
    assert isinstance(first, FunctionCall)
    assert first.arguments == '{"city": "Paris"}'
    assert json.loads(first.arguments) == {"city": "Paris"}
    assert first.name == "get_weather"
    assert first.call_id == "call_1"
    assert first.done is False
    assert calls["fc_2"].arguments == '{"tz": "CET"}'
    assert calls["fc_2"].name == "get_time"


async def test_stream_helper_function_call_done_events(
    bud: Any, mock_api: respx.MockRouter
) -> None:
    done = {
        "type": "response.function_call_arguments.done",
        "item_id": "fc_1",
        "output_index": 0,
        "arguments": '{"city": "Paris"}',
    }
    events = [*_function_call_events()[:-1], done, completed("", "resp_fc")]
    _sse_route(mock_api, sse_bytes(*events))
    async with opened(bud.responses.stream(model="m", input="weather?")) as s:
        await resolve(s.until_done())
    assert s.function_calls["fc_1"].done is True
    assert s.function_calls["fc_1"].arguments == '{"city": "Paris"}'
    assert s.function_calls["fc_2"].done is False


async def test_stream_helper_closing_early_closes_the_response(
    bud: Any, mock_api: respx.MockRouter
) -> None:
    chunks = [sse_bytes(e) for e in text_stream("a", "b", "c")]
    body = TrackingByteStream(*chunks)
    _sse_route(mock_api, body)
    async with opened(bud.responses.stream(model="m", input="x")) as s:
        if hasattr(s, "__aiter__"):
            async for _event in s:
                break
        else:
            for _event in s:
                break
    assert body.closed
    assert s.stream.response.is_closed
    assert body.sent < len(chunks)


async def test_stream_helper_final_response_of_failed(bud: Any, mock_api: respx.MockRouter) -> None:
    failed = {
        "type": "response.failed",
        "response": sample_response(id="r_f", status="failed", error={"message": "nope"}),
    }
    _sse_route(mock_api, sse_bytes(created("r_f"), failed))
    async with opened(bud.responses.stream(model="m", input="x")) as s:
        final = await resolve(s.get_final_response())
    assert final.status == "failed"
    assert final.error.message == "nope"


async def test_stream_helper_error_event_has_no_final_response(
    bud: Any, mock_api: respx.MockRouter
) -> None:
    error = {"type": "error", "code": "server_error", "message": "gateway exploded"}
    _sse_route(mock_api, sse_bytes(created(), error))
    async with opened(bud.responses.stream(model="m", input="x")) as s:
        with pytest.raises(BudError, match="gateway exploded"):
            await resolve(s.get_final_response())


async def test_stream_helper_cut_stream_raises(bud: Any, mock_api: respx.MockRouter) -> None:
    _sse_route(mock_api, sse_bytes(created(), text_delta("par", 1)))
    async with opened(bud.responses.stream(model="m", input="x")) as s:
        with pytest.raises(IncompleteStreamError):
            await resolve(s.get_final_response())
        assert s.output_text == "par"


async def test_stream_helper_checks_params_before_any_io(
    bud: Any, mock_api: respx.MockRouter
) -> None:
    route = mock_api.route().mock(return_value=httpx.Response(200))
    with pytest.raises(ValueError, match="At least one of 'model' or 'prompt'"):
        bud.responses.stream(input="x")
    with pytest.raises(TypeError, match="extra_body"):
        bud.responses.stream(model="m", nonsense=1)
    assert not route.called


async def test_stream_helper_sends_on_enter(bud: Any, mock_api: respx.MockRouter) -> None:
    route = _sse_route(mock_api, sse_bytes(*text_stream("a")))
    manager = bud.responses.stream(model="m", input="x")
    assert not route.called
    async with opened(manager) as s:
        assert route.call_count == 1
        await resolve(s.until_done())
