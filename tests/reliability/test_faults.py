"""Faults on real sockets (`LocalServer`), sync and async, with `track_responses` on.

For each fault: what the caller gets (events that arrived are all yielded,
then the documented error), what the spans say (status, `error.type`), and
that the connection went back to the pool. Retry waits are recorded, not
slept: `bud._retries.sleep` / `async_sleep` are replaced, and the delay
the transport computed from `Retry-After` / `retry-after-ms` is asserted.
"""

from __future__ import annotations

import builtins
import socket
from typing import Any

import httpx
import pytest
from opentelemetry.trace import StatusCode

from bud._events import UnknownEvent
from bud.exceptions import (
    ConnectionError,
    IncompleteStreamError,
    InternalServerError,
    InvalidResponseError,
    RateLimitError,
    TimeoutError,
)
from bud.testing import (
    DEFAULT_MALFORMED,
    Delay,
    Disconnect,
    DropConnection,
    ErrorEventReply,
    HTTPErrorReply,
    LocalServer,
    Malformed,
    RawReply,
    Stall,
    TextReply,
    Truncate,
)

from .conftest import (
    API_KEY,
    CALL_SPAN,
    HTTP_SPAN,
    STREAM_SPAN,
    Flavor,
    SecretGuard,
    Telemetry,
    checked_out,
    sync_client,
)

REPLY = TextReply.with_deltas(5)  # 13 events
TOTAL = 13
PARAMS: dict[str, Any] = {"model": "bud-rel-model", "input": "Tell me"}
SHORT = 0.2  # seconds: the client timeout for stalled servers


async def stream_of(flavor: Flavor, client: Any, **kwargs: Any) -> Any:
    return await flavor.call(client.responses.create(stream=True, **PARAMS, **kwargs))


def posts(server: LocalServer) -> int:
    return sum(1 for r in server.requests if r.method == "POST")


def assert_spans_ended(telemetry: Telemetry) -> None:
    assert telemetry.counter.unended() == {}


def error_type(telemetry: Telemetry, name: str) -> str:
    span = telemetry.one(name)
    assert span.status.status_code is StatusCode.ERROR, span.status
    return str((span.attributes or {})["error.type"])


# --------------------------------------------------------------------------- cut streams


@pytest.mark.parametrize("reset", [False, True], ids=["fin", "rst"])
async def test_disconnect_mid_stream_yields_what_arrived_then_raises(
    flavor: Flavor, server: LocalServer, telemetry: Telemetry, reset: bool
) -> None:
    server.enqueue(Disconnect(REPLY, after=4, reset=reset))
    client = flavor.client()
    stream = await stream_of(flavor, client)
    got: list[Any] = []
    err = await flavor.read(stream, got)

    assert isinstance(err, IncompleteStreamError)
    assert [e.sequence_number for e in got] == [0, 1, 2, 3]  # every event that arrived
    assert err.events_received == 4
    assert err.response_id == got[0].response.id
    cause = httpx.ReadError if reset else httpx.RemoteProtocolError
    assert isinstance(err.__cause__, cause)
    assert stream.completed_response is None
    assert await flavor.settle(client) == []

    assert error_type(telemetry, STREAM_SPAN) == "bud.exceptions.IncompleteStreamError"
    attrs = telemetry.attrs(STREAM_SPAN)
    assert attrs["bud.inference.stream_completed"] is False
    assert attrs["bud.inference.chunks"] == 4
    assert error_type(telemetry, HTTP_SPAN) == f"httpx.{cause.__name__}"
    assert_spans_ended(telemetry)


async def test_cut_stream_error_names_the_last_sequence_number(
    flavor: Flavor, server: LocalServer, telemetry: Telemetry
) -> None:
    """`IncompleteStreamError.last_sequence_number` is documented as what lets a caller
    resume with `retrieve(id, stream=True, starting_after=...)`; the server numbers
    every event, so after events 0..3 it must be 3."""
    server.enqueue(Truncate(REPLY, after=4))
    client = flavor.client()
    got: list[Any] = []
    err = await flavor.read(await stream_of(flavor, client), got)
    assert isinstance(err, IncompleteStreamError)
    assert got[-1].sequence_number == 3
    assert err.last_sequence_number == 3


async def test_truncated_stream_raises_and_keeps_the_connection(
    flavor: Flavor, server: LocalServer, telemetry: Telemetry
) -> None:
    """A body that ends cleanly before any terminal event: not silent, and the
    connection (whose HTTP framing was fine) goes back to the pool for reuse."""
    server.enqueue(Truncate(REPLY, after=4))
    client = flavor.client()
    stream = await stream_of(flavor, client)
    got: list[Any] = []
    err = await flavor.read(stream, got)

    assert isinstance(err, IncompleteStreamError)
    assert err.__cause__ is None
    assert [e.sequence_number for e in got] == [0, 1, 2, 3]
    assert err.events_received == 4
    assert error_type(telemetry, STREAM_SPAN) == "bud.exceptions.IncompleteStreamError"
    assert telemetry.attrs(STREAM_SPAN)["bud.inference.stream_completed"] is False
    http = telemetry.one(HTTP_SPAN)
    assert http.status.status_code is not StatusCode.ERROR
    assert (http.attributes or {})["http.response.status_code"] == 200

    server.enqueue(REPLY)
    again: list[Any] = []
    assert await flavor.read(await stream_of(flavor, client), again) is None
    assert len(again) == TOTAL
    assert server.connection_count == 1  # the same connection served both
    assert await flavor.settle(client) == []
    assert_spans_ended(telemetry)


async def test_error_event_mid_stream_ends_it_with_the_servers_error(
    flavor: Flavor, server: LocalServer, telemetry: Telemetry
) -> None:
    reply = ErrorEventReply(message="model overloaded", code="overloaded", partial_text="Hi there")
    server.enqueue(reply)
    client = flavor.client()
    stream = await stream_of(flavor, client)
    got: list[Any] = []
    assert await flavor.read(stream, got) is None  # a terminal event: complete, not cut
    assert got[-1].type == "error"
    assert stream.terminal_event is got[-1]
    assert "response.output_text.delta" in [e.type for e in got]
    assert error_type(telemetry, STREAM_SPAN) == "overloaded"
    assert telemetry.one(STREAM_SPAN).status.description == "model overloaded"
    assert await flavor.settle(client) == []
    assert_spans_ended(telemetry)


# --------------------------------------------------------------------------- malformed data


async def test_malformed_sse_lines_are_skipped_and_kept(
    flavor: Flavor, server: LocalServer, telemetry: Telemetry
) -> None:
    server.enqueue(Malformed(REPLY, after=2))  # DEFAULT_MALFORMED after event 2
    client = flavor.client()
    stream = await stream_of(flavor, client)
    got: list[Any] = []
    assert await flavor.read(stream, got) is None

    assert [e.sequence_number for e in got] == list(range(TOTAL))  # no valid event lost
    assert not any(isinstance(e, UnknownEvent) for e in got)
    assert len(DEFAULT_MALFORMED) == 3  # two bad data lines and one line that is no field
    assert stream.skipped == ["{this is not json", '{"type": "response.output_text.delta", ']
    assert stream.completed_response is not None
    span = telemetry.one(STREAM_SPAN)
    assert span.status.status_code is StatusCode.OK
    assert (span.attributes or {})["bud.inference.chunks"] == TOTAL
    assert await flavor.settle(client) == []
    assert_spans_ended(telemetry)


INVALID_DATA = [
    (b"data: not json at all\n\n", "not json at all"),
    (b'data: {"type": "response.done", "delta": \n\n', '{"type": "response.done", "delta": '),
    (b"data: [1, 2\n\n", "[1, 2"),
    (b"data: {'single': 'quotes'}\n\n", "{'single': 'quotes'}"),
    (b"data: \xff\xfe\xfd\n\n", "\ufffd\ufffd\ufffd"),  # not UTF-8: replaced, then not JSON
    (b"data: NaNa\n\n", "NaNa"),
]


async def test_invalid_json_data_is_skipped_between_valid_events(
    flavor: Flavor, server: LocalServer, telemetry: Telemetry
) -> None:
    frames = [frame for frame, _ in INVALID_DATA]
    # JSON that is not an object is kept as an UnknownEvent, never dropped
    frames += [b"data: 42\n\n", b": a comment line\n\n", b"retry: soon\n\n"]
    server.enqueue(Malformed(REPLY, after=5, frames=frames))
    client = flavor.client()
    stream = await stream_of(flavor, client)
    got: list[Any] = []
    assert await flavor.read(stream, got) is None

    typed = [e for e in got if not isinstance(e, UnknownEvent)]
    assert [e.sequence_number for e in typed] == list(range(TOTAL))
    unknown = [(i, e) for i, e in enumerate(got) if isinstance(e, UnknownEvent)]
    assert [(i, e.data) for i, e in unknown] == [(5, 42)]
    assert stream.skipped == [text for _, text in INVALID_DATA]
    assert telemetry.one(STREAM_SPAN).status.status_code is StatusCode.OK
    assert await flavor.settle(client) == []


# --------------------------------------------------------------------------- slow servers


async def test_stalled_stream_times_out_as_an_incomplete_stream(
    flavor: Flavor, server: LocalServer, telemetry: Telemetry
) -> None:
    """Headers and 3 events, then silence: the read timeout cuts the stream, and the
    SDK's IncompleteStreamError says so through its cause."""
    server.enqueue(Stall(REPLY, after=3))
    client = flavor.client(timeout=SHORT)
    stream = await stream_of(flavor, client)
    got: list[Any] = []
    err = await flavor.read(stream, got)

    assert isinstance(err, IncompleteStreamError)
    assert isinstance(err.__cause__, httpx.ReadTimeout)
    assert [e.sequence_number for e in got] == [0, 1, 2]
    assert error_type(telemetry, STREAM_SPAN) == "bud.exceptions.IncompleteStreamError"
    assert error_type(telemetry, HTTP_SPAN) == "httpx.ReadTimeout"
    assert await flavor.settle(client) == []
    assert_spans_ended(telemetry)


@pytest.mark.parametrize("streaming", [False, True], ids=["create", "stream"])
async def test_no_headers_in_time_is_a_timeout_error_not_resent(
    flavor: Flavor,
    server: LocalServer,
    telemetry: Telemetry,
    delays: list[float],
    streaming: bool,
) -> None:
    """The POST reached the server, which may be generating: it is not sent again, and
    the error says which Idempotency-Key to resend it with."""
    server.enqueue(Delay(REPLY, before_headers=3600.0), times=2)
    client = flavor.client(timeout=SHORT, max_retries=1)
    with pytest.raises(TimeoutError) as info:
        await flavor.call(client.responses.create(stream=streaming, **PARAMS))
    err = info.value
    assert isinstance(err, builtins.TimeoutError)
    assert isinstance(err.__cause__, httpx.ReadTimeout)
    assert posts(server) == 1
    assert delays == []
    assert err.request_sent is True
    assert err.idempotency_key == server.requests[0].headers["idempotency-key"]
    name = STREAM_SPAN if streaming else CALL_SPAN
    assert error_type(telemetry, name) == "bud.exceptions.TimeoutError"
    http = telemetry.spans(HTTP_SPAN)
    assert len(http) == 1
    assert (http[0].attributes or {})["error.type"] == "httpx.ReadTimeout"
    assert await flavor.settle(client) == []
    assert_spans_ended(telemetry)


@pytest.mark.parametrize("streaming", [False, True], ids=["create", "stream"])
async def test_no_headers_in_time_is_resent_when_the_client_allows_it(
    flavor: Flavor,
    server: LocalServer,
    telemetry: Telemetry,
    delays: list[float],
    streaming: bool,
) -> None:
    server.enqueue(Delay(REPLY, before_headers=3600.0), times=2)
    client = flavor.client(timeout=SHORT, max_retries=1, retry_sent_requests=True)
    with pytest.raises(TimeoutError) as info:
        await flavor.call(client.responses.create(stream=streaming, **PARAMS))
    assert isinstance(info.value.__cause__, httpx.ReadTimeout)
    assert posts(server) == 2
    assert len(delays) == 1
    keys = {r.headers["idempotency-key"] for r in server.requests}
    assert len(keys) == 1
    http = telemetry.spans(HTTP_SPAN)
    assert len(http) == 2
    assert all((s.attributes or {})["error.type"] == "httpx.ReadTimeout" for s in http)
    assert await flavor.settle(client) == []
    assert_spans_ended(telemetry)


async def test_stalled_json_body_is_a_timeout_error(
    flavor: Flavor, server: LocalServer, telemetry: Telemetry
) -> None:
    """Headers arrive, the JSON body does not: a non-streamed call reads the body
    before returning, so this is the transport's TimeoutError, not a cut stream."""
    server.enqueue(Stall(REPLY, after=0))
    client = flavor.client(timeout=SHORT)
    with pytest.raises(TimeoutError):
        await flavor.call(client.responses.create(**PARAMS))
    assert error_type(telemetry, CALL_SPAN) == "bud.exceptions.TimeoutError"
    assert await flavor.settle(client) == []
    assert_spans_ended(telemetry)


# --------------------------------------------------------------------------- retried statuses


@pytest.mark.parametrize(
    ("status", "headers", "wait"),
    [
        (429, {"retry_after": 0.25}, 0.25),
        (503, {"retry_after_ms": 40}, 0.04),
        (429, {"retry_after": 0.25, "retry_after_ms": 7}, 0.007),  # the precise one wins
    ],
    ids=["429-retry-after", "503-retry-after-ms", "both"],
)
@pytest.mark.parametrize("streaming", [False, True], ids=["create", "stream"])
async def test_retried_status_then_success(
    flavor: Flavor,
    server: LocalServer,
    telemetry: Telemetry,
    delays: list[float],
    status: int,
    headers: dict[str, Any],
    wait: float,
    streaming: bool,
) -> None:
    server.enqueue(HTTPErrorReply(status, **headers))
    server.enqueue(REPLY)
    client = flavor.client(max_retries=2)
    result = await flavor.call(client.responses.create(stream=streaming, **PARAMS))
    if streaming:
        got: list[Any] = []
        assert await flavor.read(result, got) is None
        assert len(got) == TOTAL
        assert result.completed_response.output_text == "tok " * 5
    else:
        assert result.output_text == "tok " * 5
    assert posts(server) == 2
    assert delays == [pytest.approx(wait)]  # the wait the server asked for

    call = telemetry.one(STREAM_SPAN if streaming else CALL_SPAN)
    assert call.status.status_code is StatusCode.OK
    http = sorted(telemetry.spans(HTTP_SPAN), key=lambda s: s.start_time or 0)
    assert [(s.attributes or {})["http.response.status_code"] for s in http] == [status, 200]
    assert http[0].status.status_code is StatusCode.ERROR
    assert (http[0].attributes or {})["error.type"] == str(status)
    assert await flavor.settle(client) == []
    assert_spans_ended(telemetry)


async def test_a_retry_after_beyond_the_cap_falls_back_to_backoff(
    flavor: Flavor, server: LocalServer, telemetry: Telemetry, delays: list[float]
) -> None:
    server.enqueue(HTTPErrorReply(503, retry_after=3600))
    server.enqueue(REPLY)
    client = flavor.client(max_retries=1)
    await flavor.call(client.responses.create(**PARAMS))
    assert posts(server) == 2
    assert len(delays) == 1
    assert 0.0 < delays[0] <= 0.5  # the first backoff step, not an hour


@pytest.mark.parametrize(
    ("status", "error", "header"),
    [(429, RateLimitError, {"retry_after": 0}), (503, InternalServerError, {"retry_after_ms": 0})],
    ids=["429", "503"],
)
@pytest.mark.parametrize("streaming", [False, True], ids=["create", "stream"])
async def test_retries_exhausted_raise_the_status_error(
    flavor: Flavor,
    server: LocalServer,
    telemetry: Telemetry,
    delays: list[float],
    status: int,
    error: type[Exception],
    header: dict[str, Any],
    streaming: bool,
) -> None:
    server.enqueue(HTTPErrorReply(status, **header), times=3)
    client = flavor.client(max_retries=2)
    with pytest.raises(error) as info:
        await flavor.call(client.responses.create(stream=streaming, **PARAMS))
    err: Any = info.value
    assert err.status_code == status
    assert err.request_id is not None and err.request_id.startswith("req_")
    if status == 429:
        assert err.retry_after == 0.0
    assert posts(server) == 3
    assert delays == [0.0, 0.0]

    name = STREAM_SPAN if streaming else CALL_SPAN
    assert error_type(telemetry, name) == f"bud.exceptions.{error.__name__}"
    http = telemetry.spans(HTTP_SPAN)
    assert len(http) == 3
    assert all((s.attributes or {})["error.type"] == str(status) for s in http)
    assert await flavor.settle(client) == []
    assert_spans_ended(telemetry)


# --------------------------------------------------------------------------- bad bodies


async def test_a_200_that_is_not_json_is_an_invalid_response(
    flavor: Flavor, server: LocalServer, telemetry: Telemetry, delays: list[float]
) -> None:
    html = "<html><body>Maintenance: back soon</body></html>"
    server.enqueue(RawReply(html))
    client = flavor.client(max_retries=2)
    with pytest.raises(InvalidResponseError) as info:
        await flavor.call(client.responses.create(**PARAMS))
    assert info.value.text == html
    assert info.value.response is not None and info.value.response.status_code == 200
    assert posts(server) == 1  # a 200 is not retried
    assert error_type(telemetry, CALL_SPAN) == "bud.exceptions.InvalidResponseError"
    assert telemetry.one(HTTP_SPAN).status.status_code is not StatusCode.ERROR
    assert await flavor.settle(client) == []
    assert_spans_ended(telemetry)


async def test_a_stream_answered_with_html_is_an_invalid_response(
    flavor: Flavor, server: LocalServer, telemetry: Telemetry
) -> None:
    server.enqueue(RawReply("<html>no stream here</html>"))
    client = flavor.client()
    stream = await stream_of(flavor, client)
    got: list[Any] = []
    err = await flavor.read(stream, got)
    assert isinstance(err, InvalidResponseError)
    assert got == []
    assert error_type(telemetry, STREAM_SPAN) == "bud.exceptions.InvalidResponseError"
    assert await flavor.settle(client) == []
    assert_spans_ended(telemetry)


# --------------------------------------------------------------------------- broken connections


@pytest.mark.parametrize("streaming", [False, True], ids=["create", "stream"])
async def test_a_dropped_connection_is_not_resent_by_default(
    flavor: Flavor,
    server: LocalServer,
    telemetry: Telemetry,
    delays: list[float],
    streaming: bool,
) -> None:
    server.enqueue(DropConnection())
    server.enqueue(REPLY)
    client = flavor.client(max_retries=2)
    with pytest.raises(ConnectionError) as info:
        await flavor.call(client.responses.create(stream=streaming, **PARAMS))
    assert posts(server) == 1
    assert delays == []
    assert info.value.idempotency_key == server.requests[0].headers["idempotency-key"]
    assert await flavor.settle(client) == []
    assert_spans_ended(telemetry)


@pytest.mark.parametrize("streaming", [False, True], ids=["create", "stream"])
async def test_a_dropped_connection_is_retried(
    flavor: Flavor,
    server: LocalServer,
    telemetry: Telemetry,
    delays: list[float],
    streaming: bool,
) -> None:
    server.enqueue(DropConnection())
    server.enqueue(REPLY)
    # the POST was sent before the drop: resent only because the client allows it
    client = flavor.client(max_retries=2, retry_sent_requests=True)
    result = await flavor.call(client.responses.create(stream=streaming, **PARAMS))
    if streaming:
        got: list[Any] = []
        assert await flavor.read(result, got) is None
        assert len(got) == TOTAL
    assert posts(server) == 2
    assert len(delays) == 1
    http = sorted(telemetry.spans(HTTP_SPAN), key=lambda s: s.start_time or 0)
    assert len(http) == 2
    assert (http[0].attributes or {})["error.type"] == "httpx.RemoteProtocolError"
    assert http[1].status.status_code is not StatusCode.ERROR
    name = STREAM_SPAN if streaming else CALL_SPAN
    assert telemetry.one(name).status.status_code is StatusCode.OK
    assert await flavor.settle(client) == []
    assert_spans_ended(telemetry)


@pytest.mark.parametrize("streaming", [False, True], ids=["create", "stream"])
async def test_dropped_connections_exhaust_retries_as_connection_error(
    flavor: Flavor,
    server: LocalServer,
    telemetry: Telemetry,
    delays: list[float],
    streaming: bool,
) -> None:
    server.enqueue(DropConnection(), times=3)
    client = flavor.client(max_retries=2, retry_sent_requests=True)
    with pytest.raises(ConnectionError) as info:
        await flavor.call(client.responses.create(stream=streaming, **PARAMS))
    assert isinstance(info.value, builtins.ConnectionError)
    assert isinstance(info.value.__cause__, httpx.RemoteProtocolError)
    assert posts(server) == 3
    assert len(delays) == 2
    name = STREAM_SPAN if streaming else CALL_SPAN
    assert error_type(telemetry, name) == "bud.exceptions.ConnectionError"
    assert len(telemetry.spans(HTTP_SPAN)) == 3
    assert await flavor.settle(client) == []
    assert_spans_ended(telemetry)


def test_nothing_listening_is_a_connection_error(
    telemetry: Telemetry, delays: list[float], secret_guard: SecretGuard
) -> None:
    with socket.socket() as sock:  # a port that was free a moment ago: nothing listens
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]

    class Closed:
        base_url = f"http://127.0.0.1:{port}"

    with sync_client(Closed(), max_retries=1) as client:  # type: ignore[arg-type]
        with pytest.raises(ConnectionError) as info:
            client.responses.create(**PARAMS)
        assert isinstance(info.value.__cause__, httpx.ConnectError)
        assert checked_out(client) == []
        secret_guard.watch(info.value, client)
    assert len(delays) == 1
    assert len(telemetry.spans(HTTP_SPAN)) == 2
    assert API_KEY not in str(info.value)
