"""`track_responses` on real clients: non-streaming calls, errors, trace shape, other methods.

Every test runs the real `BudClient` / `AsyncBudClient` over `httpx.MockTransport`
serving real JSON, with bud configured on in-memory providers.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
import tracker_helpers as h
from opentelemetry import trace
from opentelemetry.trace import SpanKind, StatusCode

from bud.exceptions import ConnectionError as BudConnectionError
from bud.exceptions import RateLimitError
from bud.observability import track, track_responses
from bud.observability._responses_tracker import untrack_responses
from bud.observability._setup import _reset_for_tests
from bud.observability._stream import AsyncTracedStream, TracedStream
from bud.resources.responses import AsyncInputTokens, AsyncResponses, InputTokens, Responses


@pytest.fixture(name="otel")
def _otel(monkeypatch: pytest.MonkeyPatch) -> Iterator[h.Otel]:
    yield from h.otel_env(monkeypatch)


@pytest.fixture(params=["sync", "async"])
def flavor(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def gateway() -> h.Gateway:
    return h.Gateway()


@pytest.fixture
async def client(flavor: str, gateway: h.Gateway) -> Any:
    c = h.make_client(flavor, gateway)
    yield c
    await h.call(c.close())


FULL_KWARGS: dict[str, Any] = {
    "model": "gpt-4.1",
    "input": "What is the capital of France?",
    "instructions": "Answer in one sentence.",
    "temperature": 0.3,
    "top_p": 0.9,
    "max_output_tokens": 128,
    "previous_response_id": "resp_prev_9",
    "reasoning": {"effort": "low"},
    "service_tier": "default",
    "user": "user-77",
    "tool_choice": "auto",
}


# --------------------------------------------------------------------------- non-streaming


async def test_create_span_carries_spec_and_semconv_attributes(
    otel: h.Otel, gateway: h.Gateway, client: Any
) -> None:
    gateway.create(h.response_body(service_tier="default"))
    track_responses(client)

    result = await h.call(client.responses.create(**FULL_KWARGS))

    assert result.id == "resp_trk_001"
    span = otel.one("responses")
    assert span.kind is SpanKind.CLIENT
    assert span.status.status_code is StatusCode.OK
    attrs = dict(span.attributes or {})
    expected = {
        # the spec's always-on attributes
        "gen_ai.system": "bud",
        "bud.inference.operation": "responses",
        "gen_ai.operation.name": "responses",
        "bud.inference.stream": False,
        # request
        "gen_ai.request.model": "gpt-4.1",
        "gen_ai.request.temperature": 0.3,
        "gen_ai.request.top_p": 0.9,
        "gen_ai.request.max_tokens": 128,
        "bud.inference.request.input": "What is the capital of France?",
        "bud.inference.request.instructions": "Answer in one sentence.",
        "bud.inference.request.user": "user-77",
        "bud.inference.request.tool_choice": "auto",
        # response
        "gen_ai.response.id": "resp_trk_001",
        "gen_ai.response.model": "gpt-4.1-2025-04-14",
        "gen_ai.response.status": "completed",
        "gen_ai.response.created": 1700000000.0,
        "gen_ai.usage.input_tokens": 42,
        "gen_ai.usage.output_tokens": 17,
        "gen_ai.usage.total_tokens": 59,
        "bud.inference.response.output_text": "Paris is the capital of France.",
        # semconv extras
        "gen_ai.provider.name": "bud",
        "gen_ai.request.stream": False,
        "gen_ai.request.previous_response.id": "resp_prev_9",
        "gen_ai.conversation.id": "resp_prev_9",  # the spec's mapping
        "gen_ai.request.reasoning.level": "low",
        "openai.request.service_tier": "default",
        "openai.response.service_tier": "default",
        "gen_ai.usage.cache_read.input_tokens": 7,
        "gen_ai.usage.reasoning.output_tokens": 5,
        "server.address": h.HOST,
        "server.port": h.PORT,
        "openai.api.type": "responses",
    }
    assert {k: attrs.get(k) for k in expected} == expected
    assert tuple(attrs["gen_ai.response.finish_reasons"]) == ("stop",)
    assert "error.type" not in attrs


async def test_conversation_param_names_the_conversation(
    otel: h.Otel, gateway: h.Gateway, client: Any
) -> None:
    gateway.create()
    track_responses(client)

    await h.call(client.responses.create(model="gpt-4.1", input="hi", conversation="conv_123"))
    await h.call(
        client.responses.create(model="gpt-4.1", input="hi", conversation={"id": "conv_456"})
    )

    spans = otel.spans("responses")
    assert [s.attributes["gen_ai.conversation.id"] for s in spans] == ["conv_123", "conv_456"]
    assert all("gen_ai.request.previous_response.id" not in s.attributes for s in spans)


async def test_function_call_output_reports_tool_call_finish_reason(
    otel: h.Otel, gateway: h.Gateway, client: Any
) -> None:
    call_item = {
        "type": "function_call",
        "id": "fc_1",
        "call_id": "call_1",
        "name": "get_weather",
        "arguments": '{"city": "Paris"}',
        "status": "completed",
    }
    gateway.create(h.response_body(output=[call_item]))
    track_responses(client)

    await h.call(client.responses.create(model="gpt-4.1", input="weather?"))

    assert tuple(otel.attrs("responses")["gen_ai.response.finish_reasons"]) == ("tool_call",)


@pytest.mark.parametrize(
    ("overrides", "error_type", "finish_reason"),
    [
        (
            {"status": "failed", "error": {"code": "server_error", "message": "model crashed"}},
            "server_error",
            "error",
        ),
        ({"status": "cancelled"}, "cancelled", "error"),
    ],
    ids=["failed", "cancelled"],
)
async def test_unsuccessful_response_status_is_an_error(
    otel: h.Otel,
    gateway: h.Gateway,
    client: Any,
    overrides: dict[str, Any],
    error_type: str,
    finish_reason: str,
) -> None:
    gateway.create(h.response_body(**overrides))
    track_responses(client)

    result = await h.call(client.responses.create(model="gpt-4.1", input="hi"))

    assert result.status == overrides["status"]  # the call itself returns normally
    span = otel.one("responses")
    assert span.status.status_code is StatusCode.ERROR
    attrs = dict(span.attributes or {})
    assert attrs["error.type"] == error_type
    assert attrs["gen_ai.response.status"] == overrides["status"]
    assert tuple(attrs["gen_ai.response.finish_reasons"]) == (finish_reason,)
    assert attrs["gen_ai.usage.input_tokens"] == 42  # usage still recorded


@pytest.mark.parametrize(
    ("reason", "finish_reason"),
    [("max_output_tokens", "length"), ("content_filter", "content_filter")],
)
async def test_an_incomplete_response_is_an_answer_not_an_error(
    otel: h.Otel, gateway: h.Gateway, client: Any, reason: str, finish_reason: str
) -> None:
    body = h.response_body(status="incomplete", incomplete_details={"reason": reason})
    gateway.create(body)
    track_responses(client)

    await h.call(client.responses.create(model="gpt-4.1", input="hi"))

    span = otel.one("responses")
    assert span.status.status_code is StatusCode.OK
    attrs = dict(span.attributes or {})
    assert "error.type" not in attrs
    assert attrs["gen_ai.response.status"] == "incomplete"
    assert tuple(attrs["gen_ai.response.finish_reasons"]) == (finish_reason,)


async def test_http_error_is_recorded_and_span_still_emitted(
    otel: h.Otel, gateway: h.Gateway, client: Any
) -> None:
    gateway.json(
        "POST",
        h.PATH,
        {"error": {"message": "Too many requests", "type": "rate_limit", "code": "rate_limited"}},
        status=429,
    )
    track_responses(client)

    with pytest.raises(RateLimitError):
        await h.call(client.responses.create(model="gpt-4.1", input="hi"))

    assert len(gateway.requests) == 1  # max_retries=0
    span = otel.one("responses")
    assert span.status.status_code is StatusCode.ERROR
    attrs = dict(span.attributes or {})
    assert "RateLimitError" in attrs["error.type"]
    exceptions = [e for e in span.events if e.name == "exception"]
    assert len(exceptions) == 1
    assert "RateLimitError" in str(exceptions[0].attributes["exception.type"])
    # request attributes were set before the call failed
    assert attrs["gen_ai.request.model"] == "gpt-4.1"
    # the HTTP span under it ended too, with the status
    http = otel.one("POST")
    assert http.parent is not None and http.parent.span_id == span.context.span_id
    assert http.attributes["http.response.status_code"] == 429


async def test_request_validation_error_still_ends_the_span(
    otel: h.Otel, gateway: h.Gateway, client: Any
) -> None:
    track_responses(client)

    with pytest.raises(ValueError):
        await h.call(client.responses.create(input="no model"))

    span = otel.one("responses")
    assert span.status.status_code is StatusCode.ERROR
    assert gateway.requests == []
    assert trace.get_current_span() is trace.INVALID_SPAN


async def test_connection_error_is_recorded(otel: h.Otel, flavor: str) -> None:
    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("connection refused", request=request)

    client = h.make_client(flavor, refuse)
    track_responses(client)
    try:
        with pytest.raises(BudConnectionError):
            await h.call(client.responses.create(model="gpt-4.1", input="hi"))
    finally:
        await h.call(client.close())

    span = otel.one("responses")
    assert span.status.status_code is StatusCode.ERROR
    assert "ConnectionError" in span.attributes["error.type"]
    http = otel.one("POST")
    assert http.status.status_code is StatusCode.ERROR
    assert http.parent is not None and http.parent.span_id == span.context.span_id


async def test_stream_request_rejected_ends_stream_span_once(
    otel: h.Otel, gateway: h.Gateway, client: Any
) -> None:
    gateway.json("POST", h.PATH, {"error": {"message": "slow down", "code": "rl"}}, status=429)
    track_responses(client)

    with pytest.raises(RateLimitError):
        await h.call(client.responses.create(model="gpt-4.1", input="hi", stream=True))

    span = otel.one("responses.stream")
    assert span.status.status_code is StatusCode.ERROR
    assert "RateLimitError" in span.attributes["error.type"]
    assert otel.spans("responses") == []


async def test_cancelled_during_request_ends_spans(otel: h.Otel) -> None:
    arrived = asyncio.Event()

    async def never_answer(request: httpx.Request) -> httpx.Response:
        arrived.set()
        await asyncio.Event().wait()
        raise AssertionError("unreachable")

    client = h.async_client(never_answer)
    track_responses(client)
    try:
        task = asyncio.create_task(client.responses.create(model="gpt-4.1", input="hi"))
        await arrived.wait()
        assert otel.spans() == []
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
    finally:
        await client.close()

    otel.one("responses")
    otel.one("POST")
    assert trace.get_current_span() is trace.INVALID_SPAN


# --------------------------------------------------------------------------- trace shape


async def test_three_level_trace_and_traceparent(
    otel: h.Otel,
    gateway: h.Gateway,
    client: Any,
    flavor: str,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.ERROR, logger="opentelemetry.context")
    gateway.create()
    track_responses(client)

    if flavor == "sync":

        @track(name="pipeline")
        def pipeline() -> Any:
            return client.responses.create(model="gpt-4.1", input="hi")

        result = pipeline()
    else:

        @track(name="pipeline")
        async def apipeline() -> Any:
            return await client.responses.create(model="gpt-4.1", input="hi")

        result = await apipeline()

    assert result.id == "resp_trk_001"
    user, responses, http = otel.one("pipeline"), otel.one("responses"), otel.one("POST")
    assert http.kind is SpanKind.CLIENT
    trace_ids = {s.context.trace_id for s in (user, responses, http)}
    assert len(trace_ids) == 1
    assert responses.parent is not None and responses.parent.span_id == user.context.span_id
    assert http.parent is not None and http.parent.span_id == responses.context.span_id
    # the gateway continues the trace from the HTTP span
    assert gateway.last.headers["traceparent"] == h.traceparent_of(http)
    # everything ended in order: HTTP, then responses, then the user's span
    assert http.end_time <= responses.end_time <= user.end_time
    # and nothing is left current
    assert trace.get_current_span() is trace.INVALID_SPAN
    assert not [r for r in caplog.records if "Failed to detach context" in r.getMessage()]


async def test_stream_three_level_trace(
    otel: h.Otel,
    gateway: h.Gateway,
    client: Any,
    flavor: str,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.ERROR, logger="opentelemetry.context")
    gateway.create_stream(h.text_events("Hel", "lo"))
    track_responses(client)

    if flavor == "sync":

        @track(name="pipeline")
        def pipeline() -> list[Any]:
            return list(client.responses.create(model="gpt-4.1", input="hi", stream=True))

        events = pipeline()
    else:

        @track(name="pipeline")
        async def apipeline() -> list[Any]:
            stream = await client.responses.create(model="gpt-4.1", input="hi", stream=True)
            return [event async for event in stream]

        events = await apipeline()

    assert len(events) == 4
    user, stream, http = otel.one("pipeline"), otel.one("responses.stream"), otel.one("POST")
    assert stream.parent is not None and stream.parent.span_id == user.context.span_id
    assert http.parent is not None and http.parent.span_id == stream.context.span_id
    assert gateway.last.headers["traceparent"] == h.traceparent_of(http)
    assert trace.get_current_span() is trace.INVALID_SPAN
    assert not [r for r in caplog.records if "Failed to detach context" in r.getMessage()]


# --------------------------------------------------------------------------- other methods


RID = "resp_trk_001"


async def test_retrieve_gets_its_own_span(otel: h.Otel, gateway: h.Gateway, client: Any) -> None:
    gateway.json("GET", f"{h.PATH}/{RID}", h.response_body())
    track_responses(client)

    result = await h.call(client.responses.retrieve(RID))

    assert result.id == RID
    span = otel.one("responses.retrieve")
    attrs = dict(span.attributes or {})
    assert attrs["bud.inference.operation"] == "responses.retrieve"
    assert attrs["gen_ai.operation.name"] == "responses.retrieve"
    assert attrs["gen_ai.response.id"] == RID
    assert span.status.status_code is StatusCode.OK
    assert otel.one("GET").parent.span_id == span.context.span_id
    assert otel.spans("responses") == []


async def test_retrieve_stream_gets_one_span(otel: h.Otel, gateway: h.Gateway, client: Any) -> None:
    gateway.sse("GET", f"{h.PATH}/{RID}", h.text_events("a", "b", response_id=RID))
    track_responses(client)

    stream = await h.call(client.responses.retrieve(RID, stream=True))
    assert isinstance(stream, TracedStream | AsyncTracedStream)
    events = await h.collect(stream)

    assert len(events) == 4
    assert gateway.last.url.params["stream"] == "true"
    span = otel.one("responses.retrieve")
    attrs = dict(span.attributes or {})
    assert attrs["gen_ai.operation.name"] == "responses.retrieve"
    assert attrs["bud.inference.stream"] is True
    assert attrs["bud.inference.chunks"] == 4
    assert attrs["bud.inference.stream_completed"] is True
    assert otel.one("GET").parent.span_id == span.context.span_id


async def test_cancel_gets_its_own_span(otel: h.Otel, gateway: h.Gateway, client: Any) -> None:
    gateway.json("POST", f"{h.PATH}/{RID}/cancel", h.response_body(status="in_progress"))
    track_responses(client)

    await h.call(client.responses.cancel(RID))

    attrs = otel.attrs("responses.cancel")
    assert attrs["bud.inference.operation"] == "responses.cancel"
    assert attrs["gen_ai.operation.name"] == "responses.cancel"
    assert otel.spans("responses") == []


async def test_successful_cancel_is_not_an_error(
    otel: h.Otel, gateway: h.Gateway, client: Any
) -> None:
    # the gateway confirms the cancellation: status "cancelled" is cancel's success
    gateway.json("POST", f"{h.PATH}/{RID}/cancel", h.response_body(status="cancelled"))
    track_responses(client)

    result = await h.call(client.responses.cancel(RID))

    assert result.status == "cancelled"
    span = otel.one("responses.cancel")
    assert span.status.status_code is not StatusCode.ERROR
    assert "error.type" not in (span.attributes or {})


async def test_compact_gets_its_own_span(otel: h.Otel, gateway: h.Gateway, client: Any) -> None:
    gateway.json(
        "POST",
        f"{h.PATH}/compact",
        {
            "id": "cmp_1",
            "object": "response.compaction",
            "output": [],
            "created_at": 1700000001,
            "usage": {"input_tokens": 30, "output_tokens": 3, "total_tokens": 33},
        },
    )
    track_responses(client)

    result = await h.call(client.responses.compact(model="gpt-4.1", input="long chat"))

    assert result.id == "cmp_1"
    span = otel.one("responses.compact")
    attrs = dict(span.attributes or {})
    assert attrs["gen_ai.operation.name"] == "responses.compact"
    assert attrs["gen_ai.request.model"] == "gpt-4.1"
    assert attrs["gen_ai.usage.input_tokens"] == 30
    assert span.status.status_code is StatusCode.OK


async def test_input_tokens_count_gets_its_own_span(
    otel: h.Otel, gateway: h.Gateway, client: Any
) -> None:
    gateway.json(
        "POST", f"{h.PATH}/input_tokens", {"object": "response.input_tokens", "input_tokens": 11}
    )
    track_responses(client)

    result = await h.call(client.responses.input_tokens.count(model="gpt-4.1", input="hello"))

    assert result.input_tokens == 11
    span = otel.one("responses.input_tokens")
    attrs = dict(span.attributes or {})
    assert attrs["gen_ai.operation.name"] == "responses.input_tokens"
    assert attrs["bud.inference.operation"] == "responses.input_tokens"
    assert span.status.status_code is StatusCode.OK
    assert otel.one("POST").parent.span_id == span.context.span_id


async def test_stream_helper_is_traced_once(
    otel: h.Otel, gateway: h.Gateway, client: Any, flavor: str
) -> None:
    gateway.create_stream(h.text_events("Hel", "lo", " there"))
    track_responses(client)

    if flavor == "sync":
        with client.responses.stream(model="gpt-4.1", input="hi") as helper:
            final = helper.get_final_response()
            text = helper.output_text
    else:
        async with client.responses.stream(model="gpt-4.1", input="hi") as helper:
            final = await helper.get_final_response()
            text = helper.output_text

    assert text == "Hello there"
    assert final.id == "resp_trk_stream"
    assert otel.names().count("responses.stream") == 1
    assert otel.spans("responses") == []
    attrs = otel.attrs("responses.stream")
    assert attrs["bud.inference.stream_completed"] is True
    assert attrs["bud.inference.chunks"] == 5
    assert attrs["gen_ai.usage.output_tokens"] == 17


async def test_consumer_exception_inside_stream_helper_is_recorded(
    otel: h.Otel, gateway: h.Gateway, client: Any, flavor: str
) -> None:
    gateway.create_stream(h.text_events("Hel", "lo"))
    track_responses(client)

    with pytest.raises(KeyError, match="consumer-bug"):
        if flavor == "sync":
            with client.responses.stream(model="gpt-4.1", input="hi") as helper:
                for _ in helper:
                    raise KeyError("consumer-bug")
        else:
            async with client.responses.stream(model="gpt-4.1", input="hi") as ahelper:
                async for _ in ahelper:
                    raise KeyError("consumer-bug")
    for _ in range(5):
        await asyncio.sleep(0)

    span = otel.one("responses.stream")
    assert span.status.status_code is StatusCode.ERROR
    assert span.attributes["bud.inference.stream_completed"] is False
    assert [e.attributes["exception.type"] for e in span.events] == ["KeyError"]


# --------------------------------------------------------------------------- patching


async def test_tracking_twice_still_one_span_per_call(
    otel: h.Otel, gateway: h.Gateway, client: Any
) -> None:
    gateway.create()
    gateway.json("GET", f"{h.PATH}/{RID}", h.response_body())
    assert track_responses(client) is client
    assert track_responses(client) is client

    await h.call(client.responses.create(model="gpt-4.1", input="hi"))
    await h.call(client.responses.retrieve(RID))

    assert sorted(otel.names()) == ["GET", "POST", "responses", "responses.retrieve"]


async def test_untrack_restores_class_methods(
    otel: h.Otel, gateway: h.Gateway, client: Any, flavor: str
) -> None:
    gateway.create()
    track_responses(client)
    await h.call(client.responses.create(model="gpt-4.1", input="hi"))
    assert len(otel.spans("responses")) == 1

    assert untrack_responses(client) is client

    responses_cls = Responses if flavor == "sync" else AsyncResponses
    tokens_cls = InputTokens if flavor == "sync" else AsyncInputTokens
    for name in ("create", "retrieve", "cancel", "compact"):
        assert name not in vars(client.responses)
        assert getattr(client.responses, name).__func__ is getattr(responses_cls, name)
    assert client.responses.input_tokens.count.__func__ is tokens_cls.count
    otel.exporter.clear()
    await h.call(client.responses.create(model="gpt-4.1", input="hi"))
    assert otel.names() == ["POST"]  # the HTTP span only: no responses span

    track_responses(client)  # and it can be tracked again
    await h.call(client.responses.create(model="gpt-4.1", input="hi"))
    assert otel.names().count("responses") == 1


async def test_tracking_one_client_leaves_another_alone(
    otel: h.Otel, gateway: h.Gateway, client: Any, flavor: str
) -> None:
    gateway.create()
    other = h.make_client(flavor, gateway)
    try:
        track_responses(client)
        await h.call(other.responses.create(model="gpt-4.1", input="hi"))
        assert otel.names() == ["POST"]
        await h.call(client.responses.create(model="gpt-4.1", input="hi"))
        assert otel.names().count("responses") == 1
        assert "create" not in vars(other.responses)
    finally:
        await h.call(other.close())


async def test_no_spans_before_configure(otel: h.Otel, gateway: h.Gateway, client: Any) -> None:
    gateway.create()
    gateway.json("GET", f"{h.PATH}/{RID}", h.response_body())
    track_responses(client)
    _reset_for_tests()  # unconfigured again: tracing is a no-op

    result = await h.call(client.responses.create(model="gpt-4.1", input="hi"))
    assert result.id == RID
    assert (await h.call(client.responses.retrieve(RID))).id == RID
    gateway.create_stream(h.text_events("a", "b"))
    stream = await h.call(client.responses.create(model="gpt-4.1", input="hi", stream=True))
    assert not isinstance(stream, TracedStream | AsyncTracedStream)
    assert len(await h.collect(stream)) == 4

    assert otel.spans() == []
    assert all("traceparent" not in r.headers for r in gateway.requests)
    assert otel.points(h.DURATION) == []

    # the same tracked client traces once configured
    otel.configure()
    gateway.create()
    await h.call(client.responses.create(model="gpt-4.1", input="hi"))
    assert otel.names().count("responses") == 1
    (duration,) = otel.points(h.DURATION)
    assert duration.count == 1  # the unconfigured calls recorded nothing


def test_a_sampled_out_call_builds_no_response_attributes(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Nobody reads a span the sampler dropped: its response attributes (content JSON
    included) are not built, while the call's metrics still see a failure."""
    from opentelemetry.sdk.metrics import MeterProvider
    from opentelemetry.sdk.metrics.export import InMemoryMetricReader
    from opentelemetry.sdk.trace import TracerProvider
    from opentelemetry.sdk.trace.sampling import ALWAYS_OFF

    from bud import observability
    from bud.observability import _responses_tracker

    built: list[object] = []
    real = _responses_tracker.extract_responses_response_attrs
    monkeypatch.setattr(
        _responses_tracker,
        "extract_responses_response_attrs",
        lambda *a: built.append(a) or real(*a),
    )
    reader = InMemoryMetricReader()
    observability.configure(
        mode="attach",
        tracer_provider=TracerProvider(sampler=ALWAYS_OFF),
        meter_provider=MeterProvider(metric_readers=[reader]),
    )
    gateway = h.Gateway()
    client = track_responses(h.make_client("sync", gateway))
    try:
        gateway.create(
            h.response_body(status="failed", error={"code": "server_error", "message": "boom"})
        )
        client.responses.create(model="gpt-4.1", input="hi")
        assert built == []
        data = reader.get_metrics_data()
        assert data is not None
        points = [
            p
            for rm in data.resource_metrics
            for sm in rm.scope_metrics
            for m in sm.metrics
            if m.name == "gen_ai.client.operation.duration"
            for p in m.data.data_points
        ]
        assert [p.attributes.get("error.type") for p in points] == ["server_error"]
    finally:
        client.close()
        observability.shutdown()
