"""The API key never shows; with content capture off, no prompt or answer text in spans.

The autouse `secret_guard` (conftest) scans, at each test's end, every span,
every log record (all loggers at DEBUG) and everything handed to
`secret_guard.watch(...)` (errors with their causes, clients, streams,
results) for the key. These tests drive the SDK through the places a key could
slip out: every operation, error bodies that echo the key, retries and
transport failures, with `track_responses` on.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from typing import Any

import pytest

from bud import _retries
from bud.exceptions import BudError
from bud.observability import configure
from bud.observability._config import clear_env_cache
from bud.testing import (
    Disconnect,
    DropConnection,
    ErrorEventReply,
    FailedReply,
    HTTPErrorReply,
    LocalServer,
    RawReply,
    Stall,
    TextReply,
)

from .conftest import API_KEY, Flavor, SecretGuard, Telemetry, span_strings

PARAMS: dict[str, Any] = {"model": "bud-rel-model", "input": "Hello"}


@pytest.fixture(autouse=True)
def no_waits(monkeypatch: pytest.MonkeyPatch) -> None:
    async def async_sleep(seconds: float) -> None:
        return None

    monkeypatch.setattr(_retries, "sleep", lambda seconds: None)
    monkeypatch.setattr(_retries, "async_sleep", async_sleep)


async def failure(flavor: Flavor, call: Callable[[], Any]) -> BaseException:
    """The BudError a call (or reading its stream) ends in."""
    try:
        result = await flavor.call(call())
        if hasattr(result, "__iter__") or hasattr(result, "__aiter__"):
            got: list[Any] = []
            err = await flavor.read(result, got)
            if err is not None:
                raise err
    except BudError as exc:
        return exc
    raise AssertionError("expected a BudError")


def test_the_guard_sees_a_key_where_it_looks() -> None:
    """The scan itself can fail: a key in a span, a log line or an error is found."""
    from opentelemetry.sdk.trace import TracerProvider
    from opentelemetry.sdk.trace.export import SimpleSpanProcessor
    from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter

    guard = SecretGuard(API_KEY)
    exporter = InMemorySpanExporter()
    provider = TracerProvider()
    provider.add_span_processor(SimpleSpanProcessor(exporter))
    with provider.get_tracer("t").start_as_current_span("s") as span:
        span.add_event("e", {"k": f"x{API_KEY}y"})
    guard.exporters.append(exporter)
    try:
        raise ValueError("outer") from KeyError(API_KEY)
    except ValueError as exc:
        guard.watch(exc)
    import logging

    record = logging.LogRecord("n", logging.DEBUG, "p", 1, "key=%s", (API_KEY,), None)
    assert len(guard.findings([record])) == 3


async def test_every_operation_keeps_the_key_out(
    flavor: Flavor, server: LocalServer, telemetry: Telemetry, secret_guard: SecretGuard
) -> None:
    client = flavor.client()
    call = flavor.call
    created = await call(client.responses.create(**PARAMS))
    stream = await call(client.responses.create(stream=True, **PARAMS))
    got: list[Any] = []
    assert await flavor.read(stream, got) is None
    fetched = await call(client.responses.retrieve(created.id))
    replay = await call(client.responses.retrieve(created.id, stream=True, starting_after=2))
    assert await flavor.read(replay, got) is None
    items = await call(client.responses.input_items.list(created.id))
    tokens = await call(client.responses.input_tokens.count(**PARAMS))
    compacted = await call(client.responses.compact(**PARAMS))
    deleted = await call(client.responses.delete(created.id))
    secret_guard.watch(client, client._core, stream, replay, created, fetched, items, tokens,
                       compacted, deleted, *got)  # fmt: skip
    assert server.requests[0].headers["authorization"] == f"Bearer {API_KEY}"  # it was sent
    assert len(telemetry.spans()) >= 9


ECHOES = {
    "401": HTTPErrorReply(401, message=f"Incorrect API key provided: {API_KEY}.", code="bad_key"),
    "403-detail": HTTPErrorReply(403, body={"detail": f"key {API_KEY} has no access"}),
    "422-list": HTTPErrorReply(422, body={"detail": [{"msg": "bad", "input": API_KEY}]}),
    "429": HTTPErrorReply(429, message=f"Rate limit reached for {API_KEY}", retry_after=0),
    "500-text": RawReply(f"upstream: Bearer {API_KEY}", status=500, content_type="text/plain"),
    "500-long": HTTPErrorReply(500, message="x" * 490 + API_KEY + " end"),  # cut at 500 chars
    "502-elsewhere": HTTPErrorReply(502, body={"error": {"message": "bad", "key": API_KEY}}),
}


@pytest.mark.parametrize("streaming", [False, True], ids=["create", "stream"])
@pytest.mark.parametrize("reply", list(ECHOES.values()), ids=list(ECHOES))
async def test_error_bodies_that_echo_the_key(
    flavor: Flavor,
    server: LocalServer,
    telemetry: Telemetry,
    secret_guard: SecretGuard,
    reply: Any,
    streaming: bool,
) -> None:
    server.enqueue(reply, times=3)  # retried statuses come back each time
    client = flavor.client(max_retries=2)
    err: Any = await failure(flavor, lambda: client.responses.create(stream=streaming, **PARAMS))
    secret_guard.watch(err, err.response, err.response.request, client)
    assert err.status_code >= 400
    assert API_KEY in err.response.text  # the echo really was there to leak


@pytest.mark.parametrize(
    "reply",
    [
        ErrorEventReply(message=f"key {API_KEY} revoked mid-stream", code="invalid_api_key"),
        FailedReply(message=f"upstream rejected {API_KEY}", code="server_error"),
    ],
    ids=["error-event", "response-failed"],
)
async def test_stream_errors_that_echo_the_key(
    flavor: Flavor, server: LocalServer, telemetry: Telemetry, secret_guard: SecretGuard, reply: Any
) -> None:
    """A gateway that echoes the key in a stream's error event: the span's status
    description must not carry it (an HTTP error body's echo is redacted too)."""
    server.enqueue(reply)
    client = flavor.client()
    stream = await flavor.call(client.responses.create(stream=True, **PARAMS))
    got: list[Any] = []
    assert await flavor.read(stream, got) is None
    assert API_KEY in str(stream.terminal_event.to_dict())  # the echo arrived
    secret_guard.watch(stream, client)


async def test_a_200_that_echoes_the_key_in_html(
    flavor: Flavor, server: LocalServer, telemetry: Telemetry, secret_guard: SecretGuard
) -> None:
    """A proxy's debug page that echoes the request headers, with status 200:
    InvalidResponseError keeps the body in `.text`; its message must not hold the key."""
    page = f"<html><pre>Authorization: Bearer {API_KEY}</pre></html>"
    server.enqueue(RawReply(page))
    client = flavor.client()
    err: Any = await failure(flavor, lambda: client.responses.create(**PARAMS))
    assert err.text == page
    secret_guard.watch(err, client)


@pytest.mark.parametrize(
    "reply",
    [DropConnection(), Disconnect(TextReply.with_deltas(5), after=3), Stall(after=2)],
    ids=["dropped", "disconnect", "stall"],
)
async def test_transport_failures_and_retries_keep_the_key_out(
    flavor: Flavor, server: LocalServer, telemetry: Telemetry, secret_guard: SecretGuard, reply: Any
) -> None:
    server.enqueue(reply, times=3)
    client = flavor.client(max_retries=2, timeout=0.2)
    err = await failure(flavor, lambda: client.responses.create(stream=True, **PARAMS))
    secret_guard.watch(err, client)


# --------------------------------------------------------------------------- content capture

SECRET_INPUT = "INPUT-marmalade-zeppelin-4417"
SECRET_INSTRUCTIONS = "INSTRUCTIONS-quokka-7720"
SECRET_TOOL = "TOOLDESC-obsidian-9931"
SECRET_OUTPUT = "OUTPUT-tangerine-walrus-5508"
CONTENT = (SECRET_INPUT, SECRET_INSTRUCTIONS, SECRET_TOOL, SECRET_OUTPUT)


@pytest.fixture
def capture_off(monkeypatch: pytest.MonkeyPatch, telemetry: Telemetry) -> Iterator[None]:
    monkeypatch.setenv("BUD_OTEL_CAPTURE_CONTENT", "false")
    clear_env_cache()
    configure(mode="internal", tracer_provider=telemetry.tp, meter_provider=telemetry.mp)
    yield
    monkeypatch.delenv("BUD_OTEL_CAPTURE_CONTENT")
    clear_env_cache()


async def drive_with_content(flavor: Flavor, server: LocalServer) -> None:
    """Every traced operation, with distinctive text in and out."""
    client = flavor.client()
    call = flavor.call
    params: dict[str, Any] = {
        "model": "bud-rel-model",
        "input": [{"role": "user", "content": SECRET_INPUT}],
        "instructions": SECRET_INSTRUCTIONS,
        "tools": [{"type": "function", "name": "lookup", "description": SECRET_TOOL}],
    }
    server.enqueue(TextReply(SECRET_OUTPUT), times=3)
    created = await call(client.responses.create(**params))
    assert created.output_text == SECRET_OUTPUT
    stream = await call(client.responses.create(stream=True, **params))
    got: list[Any] = []
    assert await flavor.read(stream, got) is None
    stream_params = {**params}
    if flavor.is_async:
        async with client.responses.stream(**stream_params) as helper:
            await helper.until_done()
    else:
        with client.responses.stream(**stream_params) as helper:
            helper.until_done()
    assert helper.output_text == SECRET_OUTPUT
    fetched = await call(client.responses.retrieve(created.id))
    assert fetched.output_text == SECRET_OUTPUT
    await call(client.responses.input_tokens.count(model="m", input=SECRET_INPUT))
    await call(client.responses.compact(model="m", input=SECRET_INPUT))


def content_in_spans(telemetry: Telemetry) -> set[str]:
    strings = [s for span in telemetry.spans() for s in span_strings(span)]
    return {text for text in CONTENT if any(text in s for s in strings)}


async def test_content_capture_off_records_no_input_or_output_text(
    flavor: Flavor, server: LocalServer, telemetry: Telemetry, capture_off: None
) -> None:
    assert os.environ["BUD_OTEL_CAPTURE_CONTENT"] == "false"
    await drive_with_content(flavor, server)
    assert len(telemetry.spans()) >= 7
    assert content_in_spans(telemetry) == set()


async def test_content_capture_on_records_it_so_the_scan_can_see_it(
    flavor: Flavor, server: LocalServer, telemetry: Telemetry
) -> None:
    """The control: the same calls with capture on (the default) do put the text on
    spans, so the empty result above is not a blind scan."""
    await drive_with_content(flavor, server)
    assert {SECRET_INPUT, SECRET_INSTRUCTIONS, SECRET_OUTPUT} <= content_in_spans(telemetry)
