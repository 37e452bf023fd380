"""The Bud gateway's stream dialects: `response.done` ends a stream like
`response.completed`, no `[DONE]` is needed, and the reply's Content-Type (not the
request) decides how it is read: a stored prompt decides streaming on the gateway."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest
import respx

from bud.exceptions import BudError, IncompleteStreamError
from bud.observability import track_responses

from ._support import (
    SSE_HEADERS,
    collect,
    completed,
    created,
    resolve,
    sse_bytes,
    text_delta,
)


def done_event(text: str = "Hello world", status: str = "completed") -> dict[str, Any]:
    event = completed(text, seq=3)
    event["type"] = "response.done"
    event["response"]["status"] = status
    return event


def gateway_stream(*, done_marker: bool = False) -> bytes:
    """What the gateway relays from a provider that ends with response.done, no [DONE]."""
    events = [created(), text_delta("Hello ", 1), text_delta("world", 2), done_event()]
    return sse_bytes(*events, done=done_marker)


async def test_response_done_ends_a_stream_with_its_final_response(
    bud: Any, mock_api: respx.MockRouter
) -> None:
    mock_api.post("/v1/responses").mock(
        return_value=httpx.Response(200, headers=SSE_HEADERS, content=gateway_stream())
    )
    stream = await resolve(bud.responses.create(model="m", input="x", stream=True))
    events = await collect(stream)
    assert [e.type for e in events][-1] == "response.done"
    assert stream.terminal_event is events[-1]
    assert stream.final_response.id == "resp_stream"
    assert stream.completed_response is stream.final_response
    assert stream.final_response.output_text == "Hello world"


async def test_response_done_is_typed_with_its_response(
    bud: Any, mock_api: respx.MockRouter
) -> None:
    mock_api.post("/v1/responses").mock(
        return_value=httpx.Response(200, headers=SSE_HEADERS, content=gateway_stream())
    )
    stream = await resolve(bud.responses.create(model="m", input="x", stream=True))
    last = (await collect(stream))[-1]
    assert type(last).__name__ == "ResponseDoneEvent"
    assert last.response.status == "completed"


async def test_a_failed_response_done_is_final_but_not_completed(
    bud: Any, mock_api: respx.MockRouter
) -> None:
    body = sse_bytes(created(), done_event(status="failed"))
    mock_api.post("/v1/responses").mock(
        return_value=httpx.Response(200, headers=SSE_HEADERS, content=body)
    )
    stream = await resolve(bud.responses.create(model="m", input="x", stream=True))
    await collect(stream)
    assert stream.final_response.status == "failed"
    assert stream.completed_response is None


async def test_the_stream_helper_ends_at_response_done(
    bud: Any, mock_api: respx.MockRouter
) -> None:
    mock_api.post("/v1/responses").mock(
        return_value=httpx.Response(200, headers=SSE_HEADERS, content=gateway_stream())
    )
    manager = bud.responses.stream(model="m", input="x")
    if hasattr(manager, "__aenter__"):
        async with manager as stream:
            final = await stream.get_final_response()
    else:
        with manager as stream:
            final = stream.get_final_response()
    assert final.output_text == "Hello world"


async def test_a_traced_stream_ending_in_response_done_is_ok(
    flavor: Any, mock_api: respx.MockRouter
) -> None:
    from opentelemetry.sdk.trace import TracerProvider
    from opentelemetry.sdk.trace.export import SimpleSpanProcessor
    from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter
    from opentelemetry.trace import StatusCode

    from bud.observability import configure
    from bud.observability._setup import _reset_for_tests

    exporter = InMemorySpanExporter()
    provider = TracerProvider()
    provider.add_span_processor(SimpleSpanProcessor(exporter))
    _reset_for_tests()
    configure(mode="internal", tracer_provider=provider)
    try:
        client = track_responses(flavor.make(max_retries=0))
        mock_api.post("/v1/responses").mock(
            return_value=httpx.Response(200, headers=SSE_HEADERS, content=gateway_stream())
        )
        stream = await resolve(client.responses.create(model="m", input="x", stream=True))
        await collect(stream)
        (span,) = [s for s in exporter.get_finished_spans() if s.name == "responses.stream"]
        attrs = dict(span.attributes or {})
        assert span.status.status_code is StatusCode.OK
        assert attrs["bud.inference.stream_completed"] is True
        assert attrs["gen_ai.response.id"] == "resp_stream"
    finally:
        _reset_for_tests()
        provider.shutdown()


@pytest.mark.parametrize("done_marker", [False, True], ids=["no-done", "done"])
async def test_create_without_stream_reads_an_event_stream_to_its_final_response(
    bud: Any, mock_api: respx.MockRouter, done_marker: bool
) -> None:
    """The gateway streamed (a stored prompt said so) though the call did not ask to."""
    mock_api.post("/v1/responses").mock(
        return_value=httpx.Response(
            200, headers=SSE_HEADERS, content=gateway_stream(done_marker=done_marker)
        )
    )
    result = await resolve(bud.responses.create(model="m", prompt={"id": "pmpt_1"}))
    assert type(result).__name__ == "ResponseObject"
    assert result.id == "resp_stream"
    assert result.output_text == "Hello world"


async def test_create_without_stream_on_a_cut_event_stream_is_incomplete(
    bud: Any, mock_api: respx.MockRouter
) -> None:
    body = sse_bytes(created(), text_delta("Hel", 1))
    mock_api.post("/v1/responses").mock(
        return_value=httpx.Response(200, headers=SSE_HEADERS, content=body)
    )
    with pytest.raises(IncompleteStreamError):
        await resolve(bud.responses.create(model="m", input="x"))


async def test_create_without_stream_on_an_error_event_is_a_bud_error(
    bud: Any, mock_api: respx.MockRouter
) -> None:
    error = {"type": "error", "code": "server_error", "message": "the model fell over",
             "sequence_number": 1}  # fmt: skip
    body = sse_bytes(created(), error)
    mock_api.post("/v1/responses").mock(
        return_value=httpx.Response(200, headers=SSE_HEADERS, content=body)
    )
    with pytest.raises(BudError, match="the model fell over"):
        await resolve(bud.responses.create(model="m", input="x"))


async def test_a_json_failed_response_for_a_stream_is_a_failed_event(
    bud: Any, mock_api: respx.MockRouter
) -> None:
    failed = completed()["response"]
    failed["status"] = "failed"
    failed["error"] = {"code": "server_error", "message": "boom"}
    mock_api.post("/v1/responses").mock(return_value=httpx.Response(200, json=failed))
    stream = await resolve(bud.responses.create(model="m", input="x", stream=True))
    events = await collect(stream)
    assert [e.type for e in events] == ["response.failed"]
    assert stream.final_response.status == "failed"
    assert stream.completed_response is None


async def test_a_json_body_labelled_as_an_event_stream_is_read_as_json(
    bud: Any, mock_api: respx.MockRouter
) -> None:
    mock_api.post("/v1/responses").mock(
        return_value=httpx.Response(
            200, headers=SSE_HEADERS, content=json.dumps(completed()["response"]).encode()
        )
    )
    result = await resolve(bud.responses.create(model="m", input="x"))
    assert result.id == "resp_stream"
