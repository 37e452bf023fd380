"""Issue 9: hostile servers and callers, each case a fix of 9db9ced / e238709.

Every test here fails on 3548a02 (before the fixes) and passes after them. Names
that did not exist then (`bud.ClientClosedError`, `bud.InvalidRequestError`,
`bud._background`) are looked up inside the tests, after the assertions on
behaviour, so the file still runs against the old code and fails for the reason.

1. a stream freed by the cyclic garbage collector never deadlocks (child process)
2. the loop ends at the terminal event even when the body never ends
3. the first of two terminal events wins
4. a corrupt gzip body is a BudError, never httpx.DecodingError
5. the Content-Type of a stream is read case-insensitively
6. a JSON answer where a stream was expected keeps its body and message
7. NaN / infinity in a parameter: ValueError before any I/O
8. bad per-call max_retries / timeout: TypeError before any I/O
9. a header the transport refuses: not retried, InvalidRequestError
10. Retry-After: nan / inf / -inf is ignored (normal backoff)
11. a closed client raises ClientClosedError
12. close() from another thread wakes a blocked reader
13. SSE id / retry / comment lines and data-less events are not "skipped"
"""

from __future__ import annotations

import copy
import json
import logging
import math
import os
import subprocess
import sys
import textwrap
import threading
import time
from typing import Any

import httpx
import pytest

import bud
from bud.exceptions import BudError, InvalidResponseError, RateLimitError
from bud.testing import HTTPErrorReply, LocalServer, Malformed, RawReply, Stall, TextReply

from .conftest import API_KEY, Flavor, Telemetry, checked_out, sync_client

REPLY = TextReply.with_deltas(5)  # 13 events, the last one response.completed
TOTAL = 13
PARAMS: dict[str, Any] = {"model": "bud-rel-model", "input": "Tell me"}
SSE = "text/event-stream; charset=utf-8"


@pytest.fixture(scope="module")
def events() -> list[dict[str, Any]]:
    """The events of a real text stream, recorded once from LocalServer."""
    with LocalServer() as srv, httpx.Client() as http:
        srv.enqueue(TextReply("Hi there"))
        answer = http.post(
            f"{srv.base_url}/v1/responses",
            json={"model": "m", "input": "hi", "stream": True},
            headers={"Authorization": "Bearer recorder"},
        )
    assert answer.status_code == 200
    found = [
        json.loads(line[len("data: ") :])
        for line in answer.text.splitlines()
        if line.startswith("data: {")
    ]
    assert found[-1]["type"] == "response.completed"
    return found


def sse_body(*events: dict[str, Any], done: bool = True) -> bytes:
    frames = [f"event: {e['type']}\ndata: {json.dumps(e)}\n\n".encode() for e in events]
    return b"".join(frames) + (b"data: [DONE]\n\n" if done else b"")


async def stream_of(flavor: Flavor, client: Any, **kwargs: Any) -> Any:
    return await flavor.call(client.responses.create(stream=True, **PARAMS, **kwargs))


def posts(server: LocalServer) -> int:
    return sum(1 for r in server.requests if r.method == "POST")


# --------------------------------------------------------------------------- 1. GC deadlock

CHILD = textwrap.dedent(
    """
    import faulthandler, gc, sys, threading
    scenario, n, expected_bud, deadline = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4]
    faulthandler.dump_traceback_later(float(deadline), exit=True)  # a hang: stacks, exit 1

    import bud
    assert bud.__file__ == expected_bud, (bud.__file__, expected_bud)
    from bud import BudClient
    from bud.observability import configure, track_responses
    from bud.testing import LocalServer
    from opentelemetry.sdk.trace import SpanProcessor, TracerProvider
    from opentelemetry.sdk.trace.export import SimpleSpanProcessor
    from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter

    class Counter(SpanProcessor):
        def __init__(self):
            self.started = self.ended = 0
            self.lock = threading.Lock()
        def on_start(self, span, parent_context=None):
            with self.lock:
                self.started += 1
        def on_end(self, span):
            with self.lock:
                self.ended += 1

    counter = Counter()
    tp = TracerProvider()
    tp.add_span_processor(counter)
    tp.add_span_processor(SimpleSpanProcessor(InMemorySpanExporter()))
    configure(mode="internal", tracer_provider=tp)

    with LocalServer(record_requests=False) as server:
        client = BudClient(api_key="k", base_url=server.base_url, max_retries=0, timeout=30)
        if scenario == "traced-next":
            client = track_responses(client)
        for i in range(n):
            s = client.responses.create(model="m", input="hi", stream=True)
            if scenario == "traced-next":  # traced, one event read, dropped
                next(s)
            elif scenario == "cycle-unread":  # untraced, unread, in a reference cycle
                s.me = s
            else:  # "cycle-next": untraced, one event read, in a reference cycle
                next(s)
                s.me = s
            del s
        print(scenario, n, "streams", flush=True)
        from bud import _background
        for _ in range(3):
            gc.collect()
            assert _background.flush(), "background closes did not finish"
        assert counter.started == counter.ended, ("unended spans", counter.started, counter.ended)
        assert counter.started >= n, counter.started
        pool = client._http._transport._pool
        busy = [c for c in pool.connections if not c.is_idle()]
        assert busy == [] and list(pool._requests) == [], (busy, pool._requests)
        client.close()
    print("OK", counter.started, "spans", flush=True)
    """
)

PER_LOOP = 2000  # per scenario: each child runs 2,000 streams


@pytest.mark.parametrize("scenario", ["traced-next", "cycle-unread", "cycle-next"])
def test_streams_freed_by_the_garbage_collector_never_deadlock(
    tmp_path: Any, scenario: str
) -> None:
    """A sync stream dropped with one event read (traced), or dropped in a reference
    cycle (read or not): the collector may free it inside httpcore while this thread
    holds the pool's lock. 3548a02 closed the response right there, and hung."""
    script = tmp_path / "gc_child.py"
    script.write_text(CHILD)
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(p for p in sys.path if p)}
    env.pop("BUD_API_KEY", None)
    args = [sys.executable, str(script), scenario, str(PER_LOOP), bud.__file__, "90"]
    try:
        done = subprocess.run(args, env=env, capture_output=True, text=True, timeout=120)
    except subprocess.TimeoutExpired as exc:  # run() has killed the child
        pytest.fail(f"the child hung for 120 s: {exc.stdout!r}")
    report = f"rc={done.returncode}\nstdout:\n{done.stdout}\nstderr:\n{done.stderr[-6000:]}"
    assert done.returncode == 0, report
    assert "OK" in done.stdout, report


# --------------------------------------------------------------------------- 2. after the end


async def test_loop_ends_at_the_terminal_event_while_the_body_stays_open(
    flavor: Flavor, server: LocalServer, telemetry: Telemetry
) -> None:
    """All 13 events, response.completed last, then the server neither ends the body
    nor closes the connection: the loop returns at once, not at the read timeout."""
    stall = Stall(REPLY, after=TOTAL)
    server.enqueue(stall)
    client = flavor.client(timeout=30.0)
    release = threading.Timer(8.0, stall.release)  # bounds the wait of a loop that hangs
    release.daemon = True
    release.start()
    try:
        stream = await stream_of(flavor, client)
        got: list[Any] = []
        started = time.monotonic()
        err = await flavor.read(stream, got)
        elapsed = time.monotonic() - started
    finally:
        release.cancel()
    assert err is None
    assert elapsed < 5.0, f"the loop waited {elapsed:.1f}s after response.completed"
    assert stall.stalled
    assert [e.sequence_number for e in got] == list(range(TOTAL))
    assert got[-1].type == "response.completed"
    assert stream.completed_response is not None
    assert stream.completed_response.output_text == "tok " * 5
    assert await flavor.settle(client) == []
    assert telemetry.counter.unended() == {}


async def test_streams_read_to_their_done_marker_reuse_one_connection(flavor: Flavor) -> None:
    """A server that sends `[DONE]` and then ends the body: the connection goes back
    to the pool, and the second stream uses it again."""
    with LocalServer(api_key=API_KEY, done_marker=True) as srv:
        mine = Flavor(flavor.name, srv)
        client = mine.client(tracked=False)
        try:
            for _ in range(2):
                srv.enqueue(REPLY)
                stream = await stream_of(mine, client)
                got: list[Any] = []
                assert await mine.read(stream, got) is None
                assert len(got) == TOTAL
                assert stream.completed_response is not None
            assert await mine.settle(client) == []
            assert srv.connection_count == 1
        finally:
            await mine.close_all()
        assert srv.errors == []


# --------------------------------------------------------------------------- 3. two terminals


def _second_terminal(completed: dict[str, Any], kind: str) -> dict[str, Any]:
    second = copy.deepcopy(completed)
    second["sequence_number"] = completed["sequence_number"] + 1
    second["response"]["id"] = "resp_the_second_terminal"
    if kind == "failed":
        second["type"] = "response.failed"
        second["response"]["status"] = "failed"
        second["response"]["error"] = {"code": "server_error", "message": "late failure"}
    return second


@pytest.mark.parametrize("kind", ["failed", "completed"])
async def test_the_first_of_two_terminal_events_wins(
    flavor: Flavor, server: LocalServer, events: list[dict[str, Any]], kind: str
) -> None:
    first = events[-1]
    body = sse_body(*events, _second_terminal(first, kind))
    server.enqueue(RawReply(body, content_type=SSE))
    client = flavor.client()
    stream = await stream_of(flavor, client)
    got: list[Any] = []
    assert await flavor.read(stream, got) is None

    assert [e.type for e in got] == [e["type"] for e in events]  # nothing after the first
    first_id = first["response"]["id"]
    assert stream.terminal_event is got[-1]
    assert stream.terminal_event.response.id == first_id
    assert stream.final_response.id == first_id
    assert stream.completed_response.id == first_id
    assert stream.final_response is stream.completed_response
    assert await flavor.settle(client) == []


# --------------------------------------------------------------------------- 4. corrupt gzip

NOT_GZIP = b"\x1f\x8b this is not a gzip member at all" * 4


async def test_a_corrupt_gzip_body_is_a_bud_error(
    flavor: Flavor, server: LocalServer, delays: list[float]
) -> None:
    server.enqueue(
        RawReply(NOT_GZIP, content_type="application/json", headers={"content-encoding": "gzip"})
    )
    client = flavor.client(max_retries=2)
    with pytest.raises(Exception) as info:
        await flavor.call(client.responses.create(**PARAMS))
    assert not isinstance(info.value, httpx.DecodingError), repr(info.value)
    assert isinstance(info.value, BudError), repr(info.value)
    assert isinstance(info.value, InvalidResponseError)
    assert posts(server) == 1  # a 200 that cannot be read is not resent
    assert await flavor.settle(client) == []


async def test_a_corrupt_gzip_stream_is_a_bud_error(flavor: Flavor, server: LocalServer) -> None:
    server.enqueue(RawReply(NOT_GZIP, content_type=SSE, headers={"content-encoding": "gzip"}))
    client = flavor.client()
    got: list[Any] = []
    try:
        err = await flavor.read(await stream_of(flavor, client), got)
    except Exception as exc:  # raised by create() itself: also fine, if a BudError
        err = exc
    assert err is not None
    assert not isinstance(err, httpx.DecodingError), repr(err)
    assert isinstance(err, BudError), repr(err)
    assert isinstance(err, InvalidResponseError)
    assert got == []
    assert await flavor.settle(client) == []


# --------------------------------------------------------------------------- 5. content type


@pytest.mark.parametrize("content_type", ["Text/Event-Stream; charset=utf-8", "TEXT/EVENT-STREAM"])
async def test_the_stream_content_type_is_case_insensitive(
    flavor: Flavor, server: LocalServer, events: list[dict[str, Any]], content_type: str
) -> None:
    server.enqueue(RawReply(sse_body(*events), content_type=content_type))
    client = flavor.client()
    stream = await stream_of(flavor, client)
    got: list[Any] = []
    assert await flavor.read(stream, got) is None
    assert [e.type for e in got] == [e["type"] for e in events]
    assert stream.completed_response.output_text == "Hi there"
    assert await flavor.settle(client) == []


# --------------------------------------------------------------------------- 6. json, not a stream


async def test_json_where_a_stream_was_expected_keeps_the_servers_message(
    flavor: Flavor, server: LocalServer
) -> None:
    body = json.dumps({"error": {"message": "model xyz is busy", "type": "server_error"}})
    server.enqueue(RawReply(body, content_type="application/json"))
    client = flavor.client()
    got: list[Any] = []
    err = await flavor.read(await stream_of(flavor, client), got)
    assert isinstance(err, InvalidResponseError), repr(err)
    assert got == []
    assert err.text == body
    assert "model xyz is busy" in str(err)
    assert "application/json" in str(err)
    assert await flavor.settle(client) == []


# --------------------------------------------------------------------------- 7. NaN


NAN, INF = float("nan"), float("inf")
NOT_JSON = [
    pytest.param({"temperature": NAN}, id="temperature-nan"),
    pytest.param({"top_p": INF}, id="top_p-inf"),
    pytest.param({"extra_body": {"x": INF}}, id="extra_body-inf"),
    pytest.param({"extra_body": {"x": {"y": [1.0, -INF]}}}, id="extra_body-nested"),
    pytest.param(
        {"tools": [{"type": "function", "name": "f", "parameters": {"maximum": NAN}}]},
        id="tools-nested",
    ),
    pytest.param({"reasoning": {"budget": INF}}, id="reasoning-nested"),
    pytest.param({"text": {"format": {"type": "json_schema", "x": [NAN]}}}, id="text-nested"),
]


@pytest.mark.parametrize("streaming", [False, True], ids=["create", "stream"])
@pytest.mark.parametrize("params", NOT_JSON)
async def test_nan_or_infinity_in_a_parameter_fails_before_any_io(
    flavor: Flavor, server: LocalServer, params: dict[str, Any], streaming: bool
) -> None:
    client = flavor.client()
    with pytest.raises(ValueError, match="NaN or an infinity"):
        await flavor.call(client.responses.create(stream=streaming, **PARAMS, **params))
    assert server.requests == []
    assert server.connection_count == 0


# --------------------------------------------------------------------------- 8. per-call options


BAD_OPTIONS = [
    pytest.param({"max_retries": "2"}, id="max_retries-str"),
    pytest.param({"max_retries": -1}, id="max_retries-negative"),
    pytest.param({"max_retries": 1.5}, id="max_retries-float"),
    pytest.param({"max_retries": True}, id="max_retries-bool"),
    pytest.param({"timeout": NAN}, id="timeout-nan"),
    pytest.param({"timeout": INF}, id="timeout-inf"),
]


@pytest.mark.parametrize("streaming", [False, True], ids=["create", "stream"])
@pytest.mark.parametrize("options", BAD_OPTIONS)
async def test_bad_per_call_options_fail_before_any_io(
    flavor: Flavor, server: LocalServer, options: dict[str, Any], streaming: bool
) -> None:
    client = flavor.client()
    with pytest.raises(TypeError, match=r"max_retries|timeout"):
        await flavor.call(client.responses.create(stream=streaming, **PARAMS, **options))
    assert server.requests == []


# --------------------------------------------------------------------------- 9. bad header


@pytest.mark.parametrize(
    "value", ["a\r\nb", "a\nX-Injected: 1", "a\x00b"], ids=["crlf", "lf", "nul"]
)
@pytest.mark.parametrize("streaming", [False, True], ids=["create", "stream"])
async def test_a_header_the_transport_refuses_is_not_retried(
    flavor: Flavor, server: LocalServer, delays: list[float], value: str, streaming: bool
) -> None:
    client = flavor.client(max_retries=3)
    with pytest.raises(BudError) as info:
        await flavor.call(
            client.responses.create(stream=streaming, extra_headers={"X-Bad": value}, **PARAMS)
        )
    assert delays == []  # not retried, nothing slept
    assert server.requests == []
    assert isinstance(info.value, ValueError), repr(info.value)
    assert isinstance(info.value, bud.InvalidRequestError)  # a name new since 3548a02
    assert API_KEY not in str(info.value)
    assert await flavor.settle(client) == []


# --------------------------------------------------------------------------- 10. Retry-After


@pytest.mark.parametrize("value", ["nan", "NaN", "inf", "-inf", "Infinity"])
@pytest.mark.parametrize("header", ["retry-after", "retry-after-ms"])
async def test_a_retry_after_that_is_not_finite_is_ignored(
    flavor: Flavor, server: LocalServer, delays: list[float], value: str, header: str
) -> None:
    server.enqueue(HTTPErrorReply(429, headers={header: value}), times=3)
    client = flavor.client(max_retries=2)
    with pytest.raises(RateLimitError) as info:
        await flavor.call(client.responses.create(**PARAMS))
    assert info.value.retry_after is None
    assert posts(server) == 3
    assert len(delays) == 2
    assert all(math.isfinite(d) for d in delays), delays
    # the normal backoff: 0.5 s, then 1 s, each with up to 25% jitter off
    assert 0.375 <= delays[0] <= 0.5, delays
    assert 0.75 <= delays[1] <= 1.0, delays


# --------------------------------------------------------------------------- 11. closed client


@pytest.mark.parametrize("streaming", [False, True], ids=["create", "stream"])
async def test_a_closed_client_raises_client_closed_error(
    flavor: Flavor, server: LocalServer, streaming: bool
) -> None:
    client = flavor.client()
    await flavor.call(client.responses.create(**PARAMS))  # it worked while open
    await flavor.call(client.close())
    with pytest.raises(RuntimeError, match="closed") as info:
        await flavor.call(client.responses.create(stream=streaming, **PARAMS))
    assert isinstance(info.value, BudError), repr(info.value)
    assert isinstance(info.value, bud.ClientClosedError)  # a name new since 3548a02
    assert posts(server) == 1


# --------------------------------------------------------------------------- 12. from a thread


def test_close_from_another_thread_wakes_a_blocked_reader(server: LocalServer) -> None:
    """The reading thread waits for event 4 (read timeout 60 s); another thread
    closes the stream: both return at once, neither raises."""
    stall = Stall(REPLY, after=3)
    server.enqueue(stall)
    client = sync_client(server, timeout=60.0)
    stream = client.responses.create(stream=True, **PARAMS)
    got: list[Any] = []
    failures: dict[str, BaseException] = {}
    three = threading.Event()

    def read() -> None:
        try:
            for event in stream:
                got.append(event)
                if len(got) == 3:
                    three.set()
        except BaseException as exc:
            failures["reader"] = exc

    def close() -> None:
        try:
            stream.close()
        except BaseException as exc:
            failures["closer"] = exc

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    try:
        assert three.wait(10.0) and stall.wait_stalled(10.0)
        time.sleep(0.2)  # the reader is now blocked in the socket read
        closer = threading.Thread(target=close, daemon=True)
        started = time.monotonic()
        closer.start()
        closer.join(5.0)
        reader.join(5.0)
        elapsed = time.monotonic() - started
        stopped = not reader.is_alive() and not closer.is_alive()
    finally:
        stall.release()  # whatever happened, the reader is not left waiting
        reader.join(10.0)
    try:
        assert failures == {}
        assert stopped, "the reader was still blocked 5 s after close()"
        assert elapsed < 5.0
        assert [e.sequence_number for e in got] == [0, 1, 2]
        assert checked_out(client) == []
    finally:
        client.close()


# --------------------------------------------------------------------------- 13. quiet SSE fields

QUIET_FRAMES = [
    b"id: 7\n\n",  # an id alone
    b"retry: 1000\n\n",  # a reconnection time alone
    b": ping\n\n",  # a comment (after an id: dispatched with empty data)
    b"event: ping\n\n",  # an event with no data
    b"id: 8\nevent: keepalive\nretry: 5\n\n",
]


async def test_sse_fields_without_data_are_not_skipped_nor_warned_about(
    flavor: Flavor, server: LocalServer, caplog: pytest.LogCaptureFixture
) -> None:
    server.enqueue(Malformed(REPLY, after=2, frames=QUIET_FRAMES))
    server.enqueue(Malformed(REPLY, after=0, frames=QUIET_FRAMES))
    client = flavor.client()
    for _ in range(2):
        stream = await stream_of(flavor, client)
        got: list[Any] = []
        assert await flavor.read(stream, got) is None
        assert [e.sequence_number for e in got] == list(range(TOTAL))
        assert stream.skipped == []
        assert stream.completed_response is not None
    warned = [
        r.getMessage()
        for r in caplog.records
        if r.name.startswith("bud") and r.levelno >= logging.WARNING
    ]
    assert warned == []
    assert await flavor.settle(client) == []


def test_close_from_another_thread_between_events_never_breaks_the_reader(
    server: LocalServer,
) -> None:
    """The reader is busy between two events (not blocked in a read) when another thread
    closes the stream: its loop ends quietly, never with 'generator already executing'."""
    client = sync_client(server)
    failures: list[BaseException] = []
    try:
        for _ in range(40):
            server.enqueue(TextReply.with_deltas(3000))
            stream = client.responses.create(model="m", input="hi", stream=True)

            def read(stream: Any = stream) -> None:
                try:
                    for _event in stream:
                        sum(range(2000))  # work between events
                except BaseException as exc:
                    failures.append(exc)

            reader = threading.Thread(target=read)
            reader.start()
            time.sleep(0.01)
            stream.close()
            reader.join(10)
            assert not reader.is_alive(), "the reader did not stop"
        assert failures == []
        assert checked_out(client) == []
    finally:
        client.close()
