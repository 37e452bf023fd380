"""Hostile input, with hypothesis: chunking, arbitrary bytes, parameters of wrong types.

(a) Streams recorded from `LocalServer` (text with multi-byte UTF-8, tool
    calls, reasoning, incomplete, failed, error, malformed lines, `[DONE]`) give
    the same events, skipped data and outcome however the bytes are cut into
    chunks and whatever the line ending (LF, CRLF, CR), sync and async.
(b) Arbitrary bytes, and SSE built from hostile JSON, give events or a
    `BudError`: never a raw KeyError, AttributeError, TypeError, ...
(c) Every checked request field of a wrong type raises TypeError/ValueError
    before any I/O (the respx route is never called).
"""

from __future__ import annotations

import asyncio
import itertools
import json
from collections.abc import Callable, Iterator, Mapping
from typing import Any

import httpx
import pytest
import respx
from bud_api import operations as ops
from bud_api.event_types import EVENT_TYPES
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from bud import AsyncBudClient, BudClient
from bud._events import UnknownEvent
from bud._response_streaming import AsyncResponseStream, ResponseStream
from bud.exceptions import BudError
from bud.testing import (
    ErrorEventReply,
    FailedReply,
    FunctionCallReply,
    IncompleteReply,
    LocalServer,
    Malformed,
    ReasoningReply,
    Reply,
    TextReply,
)

from .conftest import API_KEY

SETTINGS = settings(
    max_examples=200,
    deadline=None,
    derandomize=True,  # the same examples on every run: a failure is reproducible
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
SSE = "text/event-stream"


# --------------------------------------------------------------------------- feeding bytes


class Chunks(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A response body delivered in exactly these chunks."""

    def __init__(self, chunks: list[bytes]) -> None:
        self.chunks = chunks

    def __iter__(self) -> Iterator[bytes]:
        yield from self.chunks

    async def __aiter__(self) -> Any:
        for chunk in self.chunks:
            yield chunk


Outcome = tuple[list[Any], list[str], str | None]


def event_key(event: Any) -> Any:
    if isinstance(event, UnknownEvent):
        return ("unknown", repr(event.type), json.dumps(event.data, sort_keys=True), event.error)
    return (type(event).__name__, json.dumps(event.to_dict(), sort_keys=True))


def _response(chunks: list[bytes], content_type: str) -> httpx.Response:
    return httpx.Response(200, headers={"content-type": content_type}, stream=Chunks(chunks))


def run_sync(chunks: list[bytes], content_type: str = SSE) -> Outcome:
    """Events, skipped data and the BudError (by name) of one stream. Any other
    exception propagates: that is the failure these tests look for."""
    stream = ResponseStream(_response(chunks, content_type))
    events: list[Any] = []
    error = None
    try:
        for event in stream:
            events.append(event_key(event))
    except BudError as exc:
        error = type(exc).__name__
    return events, list(stream.skipped), error


def run_async(chunks: list[bytes], content_type: str = SSE) -> Outcome:
    async def read() -> Outcome:
        stream = AsyncResponseStream(_response(chunks, content_type))
        events: list[Any] = []
        error = None
        try:
            async for event in stream:
                events.append(event_key(event))
        except BudError as exc:
            error = type(exc).__name__
        return events, list(stream.skipped), error

    return asyncio.run(read())


def split(body: bytes, cuts: list[int]) -> list[bytes]:
    points = sorted({0, len(body), *cuts})
    return [body[a:b] for a, b in itertools.pairwise(points)]


def with_endings(body: bytes, ending: bytes) -> bytes:
    # JSON data never holds a raw newline, so every b"\n" ends a line
    return body.replace(b"\n", ending)


# --------------------------------------------------------------------------- recordings

RECORDED: dict[str, tuple[Reply, bool]] = {
    "text-unicode": (TextReply("Grüße, 世界! Ünïcödé 🎉🚀 ok " * 3, chunk_size=3), False),
    "function-call": (FunctionCallReply("get_weather", {"city": "Zürich", "unit": "°C"}), False),
    "reasoning": (ReasoningReply("Let me think… ✓", "The answer is 42 ✓"), False),
    "incomplete": (IncompleteReply("This answer stops here", chunk_size=4), False),
    "failed": (FailedReply(partial_text="partial ответ"), False),
    "error-event": (ErrorEventReply(partial_text="so far"), False),
    "malformed": (Malformed(TextReply("a b c d"), after=3), False),
    "done-marker": (TextReply("ends with DONE"), True),
}


@pytest.fixture(scope="module")
def recordings() -> dict[str, bytes]:
    """Raw bodies of real streams, recorded once from LocalServer."""
    bodies: dict[str, bytes] = {}
    for done in (False, True):
        with LocalServer(done_marker=done) as server, httpx.Client() as http:
            for name, (reply, wants_done) in RECORDED.items():
                if wants_done is not done:
                    continue
                server.enqueue(reply)
                answer = http.post(
                    f"{server.base_url}/v1/responses",
                    json={"model": "m", "input": "hi", "stream": True},
                    headers={"Authorization": "Bearer recorder"},
                )
                assert answer.status_code == 200
                bodies[name] = answer.content
    return bodies


@pytest.fixture(scope="module")
def expected(recordings: dict[str, bytes]) -> dict[str, Outcome]:
    return {name: run_sync([body]) for name, body in recordings.items()}


def test_recordings_cover_what_they_claim(
    recordings: dict[str, bytes], expected: dict[str, Outcome]
) -> None:
    """The references are real streams: many events, none cut short."""
    assert all(len(events) >= 5 for events, _, _ in expected.values())
    assert all(error is None for _, _, error in expected.values())
    assert expected["malformed"][1] != []  # skipped data is compared too
    assert recordings["done-marker"].endswith(b"data: [DONE]\n\n")
    assert "🎉".encode() in recordings["text-unicode"]  # raw UTF-8: chunks can split it


@pytest.mark.parametrize("ending", [b"\n", b"\r\n", b"\r"], ids=["lf", "crlf", "cr"])
def test_byte_by_byte_delivery_changes_nothing(
    recordings: dict[str, bytes], expected: dict[str, Outcome], ending: bytes
) -> None:
    for name, body in recordings.items():
        body = with_endings(body, ending)
        one_by_one = [body[i : i + 1] for i in range(len(body))]
        assert run_sync(one_by_one) == expected[name], name
        assert run_async(one_by_one) == expected[name], name


@SETTINGS
@given(data=st.data())
def test_any_chunking_gives_the_same_events(
    recordings: dict[str, bytes], expected: dict[str, Outcome], data: st.DataObject
) -> None:
    name = data.draw(st.sampled_from(sorted(recordings)), label="recording")
    ending = data.draw(st.sampled_from([b"\n", b"\r\n", b"\r"]), label="ending")
    body = with_endings(recordings[name], ending)
    cuts = data.draw(st.lists(st.integers(0, len(body)), max_size=60), label="cuts")
    chunks = split(body, cuts)
    assert b"".join(chunks) == body
    assert run_sync(chunks) == expected[name]
    assert run_async(chunks) == expected[name]


# --------------------------------------------------------------------------- arbitrary bytes

JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=8),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner, max_size=3)
    ),
    max_leaves=8,
)
TYPES = st.one_of(
    st.sampled_from(sorted(EVENT_TYPES)),
    st.text(max_size=12),
    JSON,
    st.lists(JSON, min_size=1, max_size=2),  # truthy non-strings: the discriminator's worst case
    st.dictionaries(st.text(max_size=3), JSON, min_size=1, max_size=2),
)
EVENT_OBJECTS = st.fixed_dictionaries(
    {"type": TYPES},
    optional={
        "sequence_number": JSON,
        "response": JSON | st.fixed_dictionaries({"id": JSON, "status": JSON, "output": JSON}),
        "item": JSON,
        "item_id": JSON,
        "delta": JSON,
        "text": JSON,
        "part": JSON,
        "message": JSON,
        "code": JSON,
        "output_index": JSON,
    },
)
TOKENS = [b"data: ", b"data:", b"event: ", b"id: ", b"retry: ", b": ", b"\n", b"\r\n", b"\r",
          b"\n\n", b" ", b"[DONE]", b"{", b"}", b'"type"', b":", b'"response.completed"',
          b'"response.created"', b'"error"', b"\x00", b"\xff", b"\xef\xbb\xbf"]  # fmt: skip


def _frame(obj: Any, event: str | None) -> bytes:
    head = f"event: {event}\n" if event is not None else ""
    return (head + "data: " + json.dumps(obj) + "\n\n").encode()


FRAMES = st.one_of(
    st.builds(_frame, EVENT_OBJECTS, st.none() | st.text(max_size=12)),
    st.builds(_frame, JSON, st.none() | st.sampled_from(sorted(EVENT_TYPES))),
    st.sampled_from(TOKENS),
    st.binary(max_size=40),
)
BODIES = st.one_of(st.binary(max_size=600), st.lists(FRAMES, max_size=25).map(b"".join))
CONTENT_TYPES = st.sampled_from([SSE, f"{SSE}; charset=utf-8", "text/html", "application/json"])


@SETTINGS
@given(body=BODIES, cuts=st.lists(st.integers(0, 4000), max_size=8), content_type=CONTENT_TYPES)
# known shapes first, whatever the generator finds: a non-string `type`, deep nesting
@example(body=b'data: {"type": ["response.completed"]}\n\n', cuts=[], content_type=SSE)
@example(body=b"data: " + b"[" * 100_000 + b"\n\n", cuts=[7, 50_000], content_type=SSE)
def test_arbitrary_bytes_give_events_or_a_bud_error(
    body: bytes, cuts: list[int], content_type: str
) -> None:
    chunks = split(body, [c for c in cuts if c <= len(body)])
    sync = run_sync(chunks, content_type)  # anything but a BudError propagates
    assert run_async(chunks, content_type) == sync


@pytest.mark.parametrize(
    "type_value",
    [[1], {"a": 1}, ["response.completed"], 5, 1.5, True, None, ""],
    ids=["list", "object", "list-of-type", "int", "float", "bool", "null", "empty"],
)
def test_a_type_of_any_json_kind_is_an_event_not_a_crash(type_value: Any) -> None:
    """`type` is the discriminator; a server that sends a non-string there sends an
    event the SDK cannot type: kept as an UnknownEvent, and the stream goes on."""
    created = {"type": "response.created", "response": {"id": "resp_1"}, "sequence_number": 0}
    odd = {"type": type_value, "sequence_number": 1}
    error = {"type": "error", "code": "x", "message": "m", "sequence_number": 2}
    body = b"".join(_frame(o, None) for o in (created, odd, error))
    events, skipped, failure = run_sync([body])
    assert failure is None
    assert [e[0] for e in events] == ["ResponseCreatedEvent", "unknown", "ResponseErrorEvent"]
    assert skipped == []


@pytest.mark.parametrize(
    "data",
    [b"[" * 100_000, b"[" * 100_000 + b"]" * 100_000, b'{"a":' * 50_000 + b"1" + b"}" * 50_000],
    ids=["unclosed", "balanced-array", "balanced-object"],
)
def test_deeply_nested_data_is_skipped_or_a_bud_error(data: bytes) -> None:
    """JSON nested deeper than the decoder's recursion limit: the event cannot be read,
    which is what `skipped` (or a BudError) is for; the events around it still arrive."""
    created = _frame({"type": "response.created", "response": {"id": "r"}}, None)
    done = _frame({"type": "error", "code": "x", "message": "m"}, None)
    events, _, failure = run_sync([created, b"data: " + data + b"\n\n", done])
    assert failure is None or failure.endswith("Error")
    assert events[0][0] == "ResponseCreatedEvent"


# --------------------------------------------------------------------------- wrong types

BASE = "https://gateway.reliability.test"


def _str(v: Any) -> bool:
    return isinstance(v, str)


def _number(v: Any) -> bool:
    return isinstance(v, int | float) and not isinstance(v, bool)


def _int(v: Any) -> bool:
    return isinstance(v, int) and not isinstance(v, bool)


def _bool(v: Any) -> bool:
    return isinstance(v, bool)


def _list(v: Any) -> bool:
    return isinstance(v, list | tuple)


def _object(v: Any) -> bool:
    return isinstance(v, Mapping)


def _str_or_object(v: Any) -> bool:
    return isinstance(v, str | Mapping)


# What each field's API type admits, written from the contract (not from `_params`):
# a wrong value is anything else. `None` means "not given" and is never sent.
ACCEPTS: dict[str, Callable[[Any], bool]] = {
    "model": _str,
    "input": lambda v: isinstance(v, str | list | tuple),
    "instructions": _str,
    "previous_response_id": _str,
    "conversation": _str_or_object,
    "temperature": _number,
    "top_p": _number,
    "top_logprobs": _int,
    "max_output_tokens": _int,
    "max_tool_calls": _int,
    "tools": _list,
    "tool_choice": _str_or_object,
    "parallel_tool_calls": _bool,
    "reasoning": _object,
    "metadata": lambda v: _object(v) and all(_str(k) and _str(x) for k, x in v.items()),
    "user": _str,
    "safety_identifier": _str,
    "prompt": _object,
    "prompt_cache_key": _str,
    "prompt_cache_retention": _str,
    "prompt_cache_options": _object,
    "store": _bool,
    "background": _bool,
    "service_tier": _str,
    "text": _object,
    "truncation": _str,
    "include": lambda v: _list(v) and all(_str(x) for x in v),
    "stream_options": _object,
    "context_management": _list,
    "moderation": _object,
    "personality": _str,
    "stream": _bool,
}

ANY_VALUE = st.one_of(
    st.booleans(),
    st.integers(),
    st.floats(),
    st.text(max_size=6),
    st.binary(max_size=6),
    st.lists(st.integers() | st.text(max_size=3), max_size=3),
    st.tuples(st.integers()),
    st.dictionaries(st.text(max_size=4), st.integers() | st.text(max_size=3), max_size=3),
    st.dictionaries(st.integers(), st.text(max_size=3), min_size=1, max_size=2),
    st.sets(st.integers(), max_size=3),
    st.frozensets(st.text(max_size=3), max_size=2),
    st.complex_numbers(allow_nan=False),
    st.decimals(allow_nan=False),
    st.builds(object),
    st.just(b""),
    st.just(Ellipsis),
)


def test_every_checked_field_has_a_contract_type() -> None:
    checked = {*(ops.CREATE_RESPONSE.body or {}), *(ops.COUNT_INPUT_TOKENS.body or {}), "stream"}
    assert set(ACCEPTS) == checked


def _call(client: Any, name: str, value: Any) -> Any:
    """The public call that takes *name*: create, or input_tokens.count for the rest."""
    if name == "stream":
        return client.responses.create(model="m", input="hi", stream=value)
    kwargs: dict[str, Any] = {"model": "m", "input": "hi", name: value}
    if name in (ops.CREATE_RESPONSE.body or {}):
        return client.responses.create(**kwargs)
    assert name in (ops.COUNT_INPUT_TOKENS.body or {})
    return client.responses.input_tokens.count(**kwargs)


def test_wrong_types_fail_before_any_io() -> None:
    with respx.mock(base_url=BASE, assert_all_called=False) as router:
        route = router.route().respond(200, json={})
        loop = asyncio.new_event_loop()
        sync = BudClient(api_key=API_KEY, base_url=BASE, max_retries=0)
        asyn = loop.run_until_complete(_make_async())
        tried: set[str] = set()

        @SETTINGS
        @given(data=st.data())
        def check(data: st.DataObject) -> None:
            name = data.draw(st.sampled_from(sorted(ACCEPTS)), label="field")
            accepts = ACCEPTS[name]
            value = data.draw(ANY_VALUE.filter(lambda v: not accepts(v)), label="value")
            tried.add(name)
            with pytest.raises((TypeError, ValueError)):
                _call(sync, name, value)
            with pytest.raises((TypeError, ValueError)):
                loop.run_until_complete(_call(asyn, name, value))
            assert route.call_count == 0

        try:
            check()
        finally:
            sync.close()
            loop.run_until_complete(asyn.aclose())
            loop.close()
        assert tried == set(ACCEPTS)  # every field was tried
        assert route.call_count == 0


async def _make_async() -> AsyncBudClient:
    return AsyncBudClient(api_key=API_KEY, base_url=BASE, max_retries=0)


@pytest.mark.parametrize(
    "call",
    [
        lambda c: c.responses.retrieve(123),
        lambda c: c.responses.retrieve(".."),
        lambda c: c.responses.retrieve("resp_1", stream="yes"),
        lambda c: c.responses.retrieve("resp_1", stream=True, starting_after="3"),
        lambda c: c.responses.retrieve("resp_1", starting_after=3),
        lambda c: c.responses.retrieve("resp_1", include="usage"),
        lambda c: c.responses.delete(None),
        lambda c: c.responses.cancel(b"resp_1"),
        lambda c: c.responses.input_items.list("resp_1", limit="10"),
        lambda c: c.responses.input_items.list("resp_1", limit=0),
        lambda c: c.responses.input_items.list("resp_1", order="up"),
        lambda c: c.responses.create(input="no model"),
        lambda c: c.responses.create(model="m", temprature=0.5),
        lambda c: c.responses.compact(model=4),
    ],
)
async def test_other_wrong_arguments_fail_before_any_io(call: Callable[[Any], Any]) -> None:
    with respx.mock(base_url=BASE, assert_all_called=False) as router:
        route = router.route().respond(200, json={})
        with BudClient(api_key=API_KEY, base_url=BASE) as sync:
            with pytest.raises((TypeError, ValueError)):
                call(sync)
        async with AsyncBudClient(api_key=API_KEY, base_url=BASE) as asyn:
            with pytest.raises((TypeError, ValueError)):
                result = call(asyn)
                await result
        assert route.call_count == 0
