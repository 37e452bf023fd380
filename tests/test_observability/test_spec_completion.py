"""Where the spec was not met before: a stream read to its end without a terminal
event is complete; field lists record exactly those fields; `TracedResponseStream`
exists under the spec's name."""

from __future__ import annotations

import json
from collections.abc import Iterator
from types import SimpleNamespace
from typing import Any

import pytest
import respx
from opentelemetry.sdk.trace import ReadableSpan, TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter
from opentelemetry.trace import StatusCode

from bud import BudClient, IncompleteStreamError
from bud.observability import _reset_for_tests, configure, track_chat_completions, track_responses
from bud.observability._responses_tracker import TracedResponseStream
from bud.testing import LocalServer

BASE = "https://gw.test"
# attributes every span carries whatever it captures: what the call is and where it went
ALWAYS = {
    "bud.inference.operation", "bud.inference.stream", "gen_ai.operation.name",
    "gen_ai.provider.name", "gen_ai.request.stream", "gen_ai.system", "openai.api.type",
    "openinference.span.kind",
    "server.address", "server.port",
}  # fmt: skip
# a stream's own figures, not fields of the request or the reply
STREAM = {"bud.inference.chunks", "bud.inference.stream_completed", "bud.inference.ttft_ms",
          "gen_ai.response.time_to_first_chunk"}  # fmt: skip


@pytest.fixture
def exporter() -> Iterator[InMemorySpanExporter]:
    exporter = InMemorySpanExporter()
    provider = TracerProvider()
    provider.add_span_processor(SimpleSpanProcessor(exporter))
    configure(mode="internal", tracer_provider=provider)
    yield exporter
    _reset_for_tests()
    provider.shutdown()


def _spans(exporter: InMemorySpanExporter) -> list[ReadableSpan]:
    return [s for s in exporter.get_finished_spans() if not s.name.startswith("POST")]


def _delta(text: str, n: int) -> dict[str, Any]:
    return {"type": "response.output_text.delta", "sequence_number": n, "item_id": "msg_1",
            "output_index": 0, "content_index": 0, "delta": text}  # fmt: skip


def _sse(*events: dict[str, Any], done: bool) -> bytes:
    frames = [f"event: {e['type']}\ndata: {json.dumps(e)}\n\n" for e in events]
    return ("".join(frames) + ("data: [DONE]\n\n" if done else "")).encode()


def test_a_test_double_read_to_its_end_without_a_terminal_event_is_complete(
    exporter: InMemorySpanExporter,
) -> None:
    events = [SimpleNamespace(type="response.output_text.delta", delta=t) for t in "abc"]
    client = SimpleNamespace(responses=SimpleNamespace(create=lambda **kw: iter(events)))
    track_responses(client)
    assert list(client.responses.create(model="m", input="hi", stream=True)) == events
    (span,) = _spans(exporter)
    attrs = dict(span.attributes or {})
    assert attrs["bud.inference.stream_completed"] is True
    assert attrs["bud.inference.chunks"] == 3
    assert span.status.status_code is StatusCode.OK


@respx.mock
def test_a_server_stream_ending_in_done_without_a_terminal_event_is_complete(
    exporter: InMemorySpanExporter,
) -> None:
    body = _sse(_delta("Hel", 0), _delta("lo", 1), done=True)
    respx.post(f"{BASE}/v1/responses").respond(
        200, headers={"content-type": "text/event-stream"}, content=body
    )
    client = track_responses(BudClient(api_key="sk-x", base_url=BASE, max_retries=0))
    got = list(client.responses.create(model="m", input="hi", stream=True))
    assert [e.delta for e in got] == ["Hel", "lo"]
    (span,) = _spans(exporter)
    attrs = dict(span.attributes or {})
    assert attrs["bud.inference.stream_completed"] is True
    assert span.status.status_code is StatusCode.OK


@respx.mock
def test_the_same_stream_cut_before_done_still_fails(exporter: InMemorySpanExporter) -> None:
    body = _sse(_delta("Hel", 0), _delta("lo", 1), done=False)
    respx.post(f"{BASE}/v1/responses").respond(
        200, headers={"content-type": "text/event-stream"}, content=body
    )
    client = track_responses(BudClient(api_key="sk-x", base_url=BASE, max_retries=0))
    with pytest.raises(IncompleteStreamError):
        list(client.responses.create(model="m", input="hi", stream=True))
    (span,) = _spans(exporter)
    assert span.status.status_code is StatusCode.ERROR
    assert dict(span.attributes or {})["bud.inference.stream_completed"] is False


# the attributes each listed field may add (and nothing else may appear)
RESPONSES_FIELD_ATTRS = {
    "model": {"gen_ai.request.model"},
    "temperature": {"gen_ai.request.temperature"},
    "previous_response_id": {"gen_ai.conversation.id", "gen_ai.request.previous_response.id"},
    "reasoning": {"gen_ai.request.reasoning.level", "bud.inference.request.reasoning"},
    "service_tier": {
        "openai.request.service_tier",
        "openai.response.service_tier",
        "bud.inference.request.service_tier",
    },
    "id": {"gen_ai.response.id"},
    "status": {"gen_ai.response.status", "gen_ai.response.finish_reasons"},
    "usage": {
        "gen_ai.usage.input_tokens",
        "gen_ai.usage.output_tokens",
        "gen_ai.usage.total_tokens",
        "gen_ai.usage.cache_read.input_tokens",
        "gen_ai.usage.reasoning.output_tokens",
    },
}


@pytest.mark.parametrize(
    ("capture_input", "capture_output"),
    [
        (["model"], ["id"]),
        (["temperature", "previous_response_id"], ["usage"]),
        (["reasoning"], ["status"]),
        (["service_tier"], ["service_tier"]),
        (False, False),
        ([], []),
    ],
)
@pytest.mark.parametrize("stream", [False, True])
def test_responses_field_lists_record_exactly_those_fields(
    exporter: InMemorySpanExporter, capture_input: Any, capture_output: Any, stream: bool
) -> None:
    with LocalServer() as server:
        client = BudClient(api_key="sk-x", base_url=server.base_url, max_retries=0)
        track_responses(client, capture_input=capture_input, capture_output=capture_output)
        result = client.responses.create(
            model="m", input="hi", temperature=0.3, previous_response_id=None,
            reasoning={"effort": "low"}, service_tier="default", stream=stream,
        )  # fmt: skip
        if stream:
            list(result)
    (span,) = _spans(exporter)
    named = [*(capture_input or []), *(capture_output or [])]
    allowed = ALWAYS | STREAM | set().union(*(RESPONSES_FIELD_ATTRS[n] for n in named))
    extra = set(span.attributes or {}) - allowed
    assert extra == set(), f"recorded beyond {named}: {sorted(extra)}"
    for name in named:  # and what was named is there (when the call had it)
        if name in ("model", "temperature", "id", "usage", "reasoning"):
            assert set(span.attributes or {}) & RESPONSES_FIELD_ATTRS[name], name


def test_chat_field_lists_record_exactly_those_fields(exporter: InMemorySpanExporter) -> None:
    with LocalServer() as server:
        client = BudClient(api_key="sk-x", base_url=server.base_url, max_retries=0)
        track_chat_completions(client, capture_input=["model"], capture_output=["id"])
        client.chat.completions.create(
            model="m", messages=[{"role": "user", "content": "hi"}], temperature=0.2
        )
    (span,) = _spans(exporter)
    extra = set(span.attributes or {}) - ALWAYS - {"gen_ai.request.model", "gen_ai.response.id"}
    assert extra == set()


@respx.mock
def test_traced_streams_are_traced_response_streams(exporter: InMemorySpanExporter) -> None:
    body = _sse(_delta("x", 0), done=True)
    respx.post(f"{BASE}/v1/responses").respond(
        200, headers={"content-type": "text/event-stream"}, content=body
    )
    client = track_responses(BudClient(api_key="sk-x", base_url=BASE, max_retries=0))
    stream = client.responses.create(model="m", input="hi", stream=True)
    assert isinstance(stream, TracedResponseStream)
    stream.close()
