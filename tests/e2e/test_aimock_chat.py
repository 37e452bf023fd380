"""Chat Completions and embeddings end to end through the SDK against aimock.

The fixtures are in ``aimock_fixtures/chat.json`` (prompts ``e2e-chat-*``, inputs
``e2e-embed-*``); the harness is ``aimock.py``. Outside CI a missing node/npm skips the
module; with ``CI=true`` it fails instead.

What aimock 1.43.0 really sends (checked by running it; ``test_wire_*`` pin it):

* Streams are ``data:``-only frames (no ``event:`` lines) ending in ``data: [DONE]``.
  The first chunk's delta is ``{"role": "assistant", "content": ""}`` (``content: null``
  when the reply is tool calls); the text follows in ``chunkSize`` slices; the last choice
  chunk has ``delta: {}`` and the ``finish_reason``. Every chunk carries
  ``logprobs: null``; ids are ``chatcmpl-`` plus 16 characters that may hold ``-``/``_``.
* Usage in a stream only with ``stream_options.include_usage``: one extra chunk with
  ``choices: []`` and ``usage``, after the finish chunk and before ``[DONE]``. A JSON reply
  always has ``usage`` (the fixture's, else estimated from the text length) and
  ``message.refusal: null``.
* Streamed tool calls: per call, one chunk with ``index``, ``id``, ``type``,
  ``function.name`` and ``arguments: ""``, then the arguments in ``chunkSize`` slices
  carrying only ``index`` and ``function.arguments``; calls one after another (never
  interleaved); ``finish_reason: "tool_calls"``.
* Errors: a fixture's ``status`` + ``error`` answers JSON ``{"error": {message, type,
  param: null, code}}``; a 429 has ``Retry-After`` (the fixture's ``retryAfter``, default 1)
  and static ``x-ratelimit-*`` headers. "Fail once, then answer" is two fixtures with
  ``sequenceIndex`` 0 and 1; the match counts are kept per ``x-test-id`` header, and past
  the sequence the prompt gets a 404 ``no_fixture_match``.
* Cuts: ``truncateAfterChunks`` / ``disconnectAfterMs`` send the 200 and then destroy the
  socket mid-body: no finish reason, no ``[DONE]``; the chunk written just before the cut is
  usually lost (N-1 of N arrive; ``latency`` is needed for any to arrive). The journal marks
  the entry ``interrupted`` with its ``interruptReason``. The per-request chaos header
  ``x-aimock-chaos-disconnect: 1`` is *not* a mid-stream cut: it drops the connection
  before any status line, streamed or not. ``x-aimock-chaos-malformed: 1`` answers 200
  ``application/json`` with a body that is not JSON, even to ``stream: true``.
* Embeddings: ``encoding_format`` is ignored (always JSON float arrays, never base64); a
  fixture's vector is returned for *every* input of the request; with no fixture the vector
  is a hash of the input, 1536 values in [-1, 1], and ``dimensions`` gives a prefix of it;
  ``usage`` is all zeros. Whole numbers are written ``1``, not ``1.0``, so the SDK hands
  back a Python ``int`` in the list.
"""

from __future__ import annotations

import json
import os
import secrets
from collections.abc import AsyncIterator, Iterator
from typing import Any

import httpx
import pytest
from aimock import FIXTURES_DIR, AimockServer, AimockUnavailable, ensure_installed
from httpx_sse import connect_sse
from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter
from opentelemetry.trace import SpanKind

import bud._retries
from bud import (
    AsyncBudClient,
    BudClient,
    IncompleteStreamError,
    InvalidResponseError,
    RateLimitError,
)
from bud.exceptions import ConnectionError as BudConnectionError
from bud.observability import _reset_for_tests, configure, track_chat_completions
from bud.types import ChatCompletion, ChatCompletionChunk

MODEL = "gpt-4o-mini"
EMBED_MODEL = "text-embedding-3-small"
API_KEY = "sk-aimock-chat-e2e"

TEXT_PROMPT = "e2e-chat-text"
TOOL_PROMPT = "e2e-chat-tool-call"
RATE_LIMIT_PROMPT = "e2e-chat-rate-limited"
RETRY_ONCE_PROMPT = "e2e-chat-retry-once"
TRUNCATE_PROMPT = "e2e-chat-truncated"
DISCONNECT_PROMPT = "e2e-chat-disconnect"
EMBED_FIXED_INPUT = "e2e-embed-fixed"

CHAT_FIXTURES = FIXTURES_DIR / "chat.json"


def _fixture_for(key: str, value: str, index: int = 0) -> dict[str, Any]:
    data = json.loads(CHAT_FIXTURES.read_text(encoding="utf-8"))
    found = [f for f in data["fixtures"] if f["match"].get(key) == value]
    return dict(found[index])


_TEXT_FIXTURE = _fixture_for("userMessage", TEXT_PROMPT)
TEXT = _TEXT_FIXTURE["response"]["content"]
TEXT_USAGE = _TEXT_FIXTURE["response"]["usage"]
FINGERPRINT = _TEXT_FIXTURE["response"]["systemFingerprint"]
TOOL_CALLS = _fixture_for("userMessage", TOOL_PROMPT)["response"]["toolCalls"]
RETRY_TEXT = _fixture_for("userMessage", RETRY_ONCE_PROMPT, 1)["response"]["content"]
TRUNCATED_TEXT = _fixture_for("userMessage", TRUNCATE_PROMPT)["response"]["content"]
DISCONNECT_TEXT = _fixture_for("userMessage", DISCONNECT_PROMPT)["response"]["content"]
FIXED_VECTOR = _fixture_for("inputText", EMBED_FIXED_INPUT)["response"]["embedding"]

TOOLS = [
    {
        "type": "function",
        "function": {
            "name": call["name"],
            "parameters": {
                "type": "object",
                "properties": {key: {"type": "string"} for key in call["arguments"]},
            },
        },
    }
    for call in TOOL_CALLS
]


def _messages(prompt: str) -> list[dict[str, Any]]:
    return [
        {"role": "system", "content": "You are terse."},
        {"role": "user", "content": prompt},
    ]


def _in_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() in {"1", "true", "yes"}


@pytest.fixture(scope="module")
def server() -> Iterator[AimockServer]:
    try:
        ensure_installed()
    except AimockUnavailable as exc:
        if _in_ci():
            pytest.fail(f"aimock is required in CI: {exc}", pytrace=False)
        pytest.skip(f"aimock unavailable: {exc}")
    with AimockServer(FIXTURES_DIR) as srv:
        yield srv


@pytest.fixture(autouse=True)
def _reset_observability() -> Iterator[None]:
    yield
    _reset_for_tests()


@pytest.fixture
def fast_retries(monkeypatch: pytest.MonkeyPatch) -> None:
    # aimock asks for Retry-After: 7 (or 1); a cap of 0 makes the SDK use its own tiny backoff
    monkeypatch.setattr(bud._retries, "MAX_RETRY_AFTER", 0.0)
    monkeypatch.setattr(bud._retries, "INITIAL_DELAY", 0.001)


@pytest.fixture(scope="module")
def sync_client(server: AimockServer) -> Iterator[BudClient]:
    with BudClient(api_key=API_KEY, base_url=server.base_url, max_retries=0, timeout=30) as c:
        yield c


@pytest.fixture
async def async_client(server: AimockServer) -> AsyncIterator[AsyncBudClient]:
    async with AsyncBudClient(
        api_key=API_KEY, base_url=server.base_url, max_retries=0, timeout=30
    ) as c:
        yield c


def _rid() -> str:
    return f"e2e-chat-{secrets.token_hex(6)}"


# ------------------------------------------------------------------ the wire, raw


def _raw_stream(server: AimockServer, prompt: str, **extra: Any) -> list[str]:
    body = {"model": MODEL, "messages": _messages(prompt), "stream": True, **extra}
    with (
        httpx.Client(base_url=f"{server.base_url}/v1", timeout=10.0) as client,
        connect_sse(client, "POST", "/chat/completions", json=body) as source,
    ):
        assert source.response.headers["content-type"].startswith("text/event-stream")
        events = list(source.iter_sse())
    assert {e.event for e in events} == {"message"}  # no `event:` lines
    return [e.data for e in events]


def test_wire_text_stream_with_usage(server: AimockServer) -> None:
    data = _raw_stream(server, TEXT_PROMPT, stream_options={"include_usage": True})
    assert data[-1] == "[DONE]"
    chunks = [json.loads(d) for d in data[:-1]]
    assert chunks[0]["choices"][0]["delta"] == {"role": "assistant", "content": ""}
    assert chunks[-2]["choices"][0]["delta"] == {}
    assert chunks[-2]["choices"][0]["finish_reason"] == "stop"
    assert chunks[-1]["choices"] == []  # the usage chunk, just before [DONE]
    assert chunks[-1]["usage"] == TEXT_USAGE
    assert all("usage" not in c for c in chunks[:-1])
    assert len({c["id"] for c in chunks}) == 1


def test_wire_tool_call_stream(server: AimockServer) -> None:
    data = _raw_stream(server, TOOL_PROMPT, tools=TOOLS)
    assert data[-1] == "[DONE]"
    chunks = [json.loads(d) for d in data[:-1]]
    assert chunks[0]["choices"][0]["delta"] == {"role": "assistant", "content": None}
    assert chunks[-1]["choices"][0]["finish_reason"] == "tool_calls"
    deltas = [c["choices"][0]["delta"]["tool_calls"][0] for c in chunks[1:-1]]
    assert [d["index"] for d in deltas] == sorted(d["index"] for d in deltas)  # not interleaved
    heads = [d for d in deltas if "id" in d]
    assert [(h["id"], h["function"]["name"], h["function"]["arguments"]) for h in heads] == [
        (call["id"], call["name"], "") for call in TOOL_CALLS
    ]
    slices = [d for d in deltas if "id" not in d]
    assert all(set(d) == {"index", "function"} and set(d["function"]) == {"arguments"}
               for d in slices)  # fmt: skip
    assert len(slices) > len(TOOL_CALLS)  # chunkSize 6: arguments arrive in pieces


def test_wire_stream_without_include_usage_has_no_usage(server: AimockServer) -> None:
    data = _raw_stream(server, TEXT_PROMPT)
    assert data[-1] == "[DONE]"
    chunks = [json.loads(d) for d in data[:-1]]
    assert all("usage" not in c and c["choices"] for c in chunks)


# ------------------------------------------------------------------------ chat plain


def _assert_text_completion(completion: Any) -> None:
    assert isinstance(completion, ChatCompletion)
    assert completion.object == "chat.completion"
    assert completion.id.startswith("chatcmpl-")
    assert completion.model == MODEL
    assert completion.system_fingerprint == FINGERPRINT
    [choice] = completion.choices
    assert choice.index == 0
    assert choice.finish_reason == "stop"
    assert choice.message.role == "assistant"
    assert choice.message.content == TEXT
    assert completion.usage.prompt_tokens == TEXT_USAGE["prompt_tokens"]
    assert completion.usage.completion_tokens == TEXT_USAGE["completion_tokens"]
    assert completion.usage.total_tokens == TEXT_USAGE["total_tokens"]


def test_sync_chat_plain(sync_client: BudClient, server: AimockServer) -> None:
    rid = _rid()
    completion = sync_client.chat.completions.create(
        model=MODEL, messages=_messages(TEXT_PROMPT), extra_headers={"x-request-id": rid}
    )
    _assert_text_completion(completion)
    [entry] = server.journal(requestId=rid)
    assert entry["path"] == "/v1/chat/completions"
    assert entry["headers"]["authorization"] == "[REDACTED]"
    assert entry["headers"]["user-agent"].startswith("bud-sdk/")
    assert entry["body"]["messages"] == _messages(TEXT_PROMPT)
    assert entry["body"].get("stream") in (None, False)


async def test_async_chat_plain(async_client: AsyncBudClient) -> None:
    completion = await async_client.chat.completions.create(
        model=MODEL, messages=_messages(TEXT_PROMPT)
    )
    _assert_text_completion(completion)


# ----------------------------------------------------------------------- chat stream


def _assert_text_stream(chunks: list[Any], stream: Any, *, usage: bool) -> None:
    assert chunks
    assert all(isinstance(c, ChatCompletionChunk) for c in chunks)  # [DONE] is no chunk
    assert len({c.id for c in chunks}) == 1
    content = [c.choices[0].delta.content for c in chunks if c.choices]
    assert sum(1 for piece in content if piece) > 1  # chunkSize 8
    assert "".join(piece or "" for piece in content) == TEXT
    assert stream.output_text == TEXT
    assert stream.finish_reason == "stop"
    assert stream.events_received == len(chunks)
    final = stream.get_final_completion()
    assert final.id == chunks[0].id
    assert final.model == MODEL
    assert final.system_fingerprint == FINGERPRINT
    assert final.choices[0].message.content == TEXT
    assert final.choices[0].finish_reason == "stop"
    if usage:
        assert chunks[-1].choices == []  # the usage chunk comes last
        assert stream.usage.to_dict() == TEXT_USAGE
        assert final.usage.to_dict() == TEXT_USAGE
    else:
        assert stream.usage is None
        assert chunks[-1].choices[0].finish_reason == "stop"


def test_sync_chat_stream(sync_client: BudClient, server: AimockServer) -> None:
    rid = _rid()
    with sync_client.chat.completions.create(
        model=MODEL,
        messages=_messages(TEXT_PROMPT),
        stream=True,
        stream_options={"include_usage": True},
        extra_headers={"x-request-id": rid},
    ) as stream:
        chunks = list(stream)
    _assert_text_stream(chunks, stream, usage=True)
    [entry] = server.journal(requestId=rid)
    assert entry["body"]["stream"] is True
    assert entry["body"]["stream_options"] == {"include_usage": True}


def test_sync_chat_stream_without_usage(sync_client: BudClient) -> None:
    chunks = []
    for chunk in sync_client.chat.completions.create(
        model=MODEL, messages=_messages(TEXT_PROMPT), stream=True
    ):
        chunks.append(chunk)
    assert "".join(c.choices[0].delta.content or "" for c in chunks) == TEXT
    assert chunks[-1].choices[0].finish_reason == "stop"
    assert all("usage" not in c.to_dict() for c in chunks)


async def test_async_chat_stream(async_client: AsyncBudClient) -> None:
    stream = await async_client.chat.completions.create(
        model=MODEL,
        messages=_messages(TEXT_PROMPT),
        stream=True,
        stream_options={"include_usage": True},
    )
    async with stream:
        chunks = [chunk async for chunk in stream]
    _assert_text_stream(chunks, stream, usage=True)


async def test_async_chat_stream_without_usage(async_client: AsyncBudClient) -> None:
    stream = await async_client.chat.completions.create(
        model=MODEL, messages=_messages(TEXT_PROMPT), stream=True
    )
    async with stream:
        chunks = [chunk async for chunk in stream]
    _assert_text_stream(chunks, stream, usage=False)


# ------------------------------------------------------------------------- tool calls


def _assert_tool_calls(calls: list[Any]) -> None:
    assert [(c.id, c.type, c.function.name) for c in calls] == [
        (t["id"], "function", t["name"]) for t in TOOL_CALLS
    ]
    assert [json.loads(c.function.arguments) for c in calls] == [t["arguments"] for t in TOOL_CALLS]


def test_sync_tool_call_plain(sync_client: BudClient) -> None:
    completion = sync_client.chat.completions.create(
        model=MODEL, messages=_messages(TOOL_PROMPT), tools=TOOLS
    )
    [choice] = completion.choices
    assert choice.finish_reason == "tool_calls"
    assert choice.message.content is None
    _assert_tool_calls(choice.message.tool_calls)


async def test_async_tool_call_plain(async_client: AsyncBudClient) -> None:
    completion = await async_client.chat.completions.create(
        model=MODEL, messages=_messages(TOOL_PROMPT), tools=TOOLS, tool_choice="auto"
    )
    _assert_tool_calls(completion.choices[0].message.tool_calls)


def _assert_tool_stream(chunks: list[Any], stream: Any) -> None:
    with_calls = [c for c in chunks if c.choices and c.choices[0].delta.tool_calls]
    assert len(with_calls) > len(TOOL_CALLS)  # the arguments came in slices
    _assert_tool_calls(stream.tool_calls)
    assert stream.finish_reason == "tool_calls"
    assert stream.output_text == ""
    final = stream.get_final_completion()
    assert final.choices[0].finish_reason == "tool_calls"
    assert final.choices[0].message.content is None
    _assert_tool_calls(final.choices[0].message.tool_calls)


def test_sync_tool_call_stream(sync_client: BudClient) -> None:
    with sync_client.chat.completions.create(
        model=MODEL, messages=_messages(TOOL_PROMPT), tools=TOOLS, stream=True
    ) as stream:
        chunks = list(stream)
    _assert_tool_stream(chunks, stream)


async def test_async_tool_call_stream(async_client: AsyncBudClient) -> None:
    stream = await async_client.chat.completions.create(
        model=MODEL,
        messages=_messages(TOOL_PROMPT),
        tools=TOOLS,
        stream=True,
        stream_options={"include_usage": True},
    )
    async with stream:
        chunks = [chunk async for chunk in stream]
    _assert_tool_stream(chunks, stream)
    # aimock estimates the usage of a fixture without one: present, and adding up
    usage = stream.usage
    assert usage.completion_tokens > 0
    assert usage.total_tokens == usage.prompt_tokens + usage.completion_tokens


# ------------------------------------------------------------------------------- 429


def _assert_rate_limited(err: RateLimitError) -> None:
    assert err.status_code == 429
    assert err.retry_after == 7.0
    assert err.body["error"]["code"] == "rate_limit_exceeded"
    assert "Rate limit reached for chat requests" in str(err)


def test_sync_chat_429_without_retries(sync_client: BudClient, server: AimockServer) -> None:
    rid = _rid()
    with pytest.raises(RateLimitError) as caught:
        sync_client.chat.completions.create(
            model=MODEL, messages=_messages(RATE_LIMIT_PROMPT), extra_headers={"x-request-id": rid}
        )
    _assert_rate_limited(caught.value)
    assert len(server.journal(requestId=rid)) == 1


async def test_async_chat_stream_429_without_retries(
    async_client: AsyncBudClient, server: AimockServer
) -> None:
    rid = _rid()
    with pytest.raises(RateLimitError) as caught:
        await async_client.chat.completions.create(
            model=MODEL,
            messages=_messages(RATE_LIMIT_PROMPT),
            stream=True,
            extra_headers={"x-request-id": rid},
        )
    _assert_rate_limited(caught.value)
    assert len(server.journal(requestId=rid)) == 1


@pytest.mark.usefixtures("fast_retries")
def test_sync_chat_429_after_retries(server: AimockServer) -> None:
    rid = _rid()
    with BudClient(api_key=API_KEY, base_url=server.base_url, max_retries=2) as client:
        with pytest.raises(RateLimitError) as caught:
            client.chat.completions.create(
                model=MODEL,
                messages=_messages(RATE_LIMIT_PROMPT),
                extra_headers={"x-request-id": rid},
            )
    _assert_rate_limited(caught.value)
    entries = server.journal(requestId=rid)
    assert [e["response"]["status"] for e in entries] == [429, 429, 429]  # first try + 2
    assert [e["headers"].get("x-retry-count") for e in entries] == [None, "1", "2"]


@pytest.mark.usefixtures("fast_retries")
async def test_async_chat_429_after_retries_streaming(server: AimockServer) -> None:
    rid = _rid()
    async with AsyncBudClient(api_key=API_KEY, base_url=server.base_url, max_retries=1) as client:
        with pytest.raises(RateLimitError) as caught:
            await client.chat.completions.create(
                model=MODEL,
                messages=_messages(RATE_LIMIT_PROMPT),
                stream=True,
                extra_headers={"x-request-id": rid},
            )
    _assert_rate_limited(caught.value)
    assert len(server.journal(requestId=rid)) == 1 + 1


def _assert_retried_once(server: AimockServer, rid: str) -> None:
    entries = server.journal(requestId=rid)
    assert [e["response"]["status"] for e in entries] == [429, 200]
    assert [e["headers"].get("x-retry-count") for e in entries] == [None, "1"]


@pytest.mark.usefixtures("fast_retries")
def test_sync_chat_429_once_then_success(server: AimockServer) -> None:
    # aimock counts sequenceIndex matches per x-test-id: a fresh id starts at the 429
    rid = _rid()
    headers = {"x-request-id": rid, "x-test-id": rid}
    with BudClient(api_key=API_KEY, base_url=server.base_url, max_retries=2) as client:
        completion = client.chat.completions.create(
            model=MODEL, messages=_messages(RETRY_ONCE_PROMPT), extra_headers=headers
        )
    assert completion.choices[0].message.content == RETRY_TEXT
    _assert_retried_once(server, rid)


@pytest.mark.usefixtures("fast_retries")
async def test_async_chat_stream_429_once_then_success(server: AimockServer) -> None:
    rid = _rid()
    headers = {"x-request-id": rid, "x-test-id": rid}
    async with AsyncBudClient(api_key=API_KEY, base_url=server.base_url, max_retries=1) as client:
        stream = await client.chat.completions.create(
            model=MODEL, messages=_messages(RETRY_ONCE_PROMPT), stream=True, extra_headers=headers
        )
        async with stream:
            chunks = [chunk async for chunk in stream]
    assert chunks
    assert stream.output_text == RETRY_TEXT
    assert stream.finish_reason == "stop"
    _assert_retried_once(server, rid)


def test_sync_chat_429_once_without_retries_is_raised(server: AimockServer) -> None:
    rid = _rid()
    with BudClient(api_key=API_KEY, base_url=server.base_url, max_retries=0) as client:
        with pytest.raises(RateLimitError) as caught:
            client.chat.completions.create(
                model=MODEL,
                messages=_messages(RETRY_ONCE_PROMPT),
                extra_headers={"x-request-id": rid, "x-test-id": rid},
            )
    assert caught.value.retry_after == 1.0
    assert len(server.journal(requestId=rid)) == 1


# ------------------------------------------------------------------------ cut streams


def _assert_cut(chunks: list[Any], stream: Any, err: IncompleteStreamError, full: str) -> None:
    text = "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)
    assert text  # some text got through before the cut...
    assert full.startswith(text)
    assert len(text) < len(full)  # ...but not all of it
    assert stream.output_text == text
    assert stream.finish_reason is None
    assert all(c.choices[0].finish_reason is None for c in chunks)
    assert err.events_received == len(chunks)
    assert err.response_id == chunks[0].id
    assert err.last_sequence_number is None
    assert "before [DONE]" in str(err)
    partial = stream.get_final_completion()  # what arrived, with no finish reason
    assert partial.choices[0].message.content == text
    assert partial.choices[0].finish_reason is None


def _assert_interrupted(server: AimockServer, rid: str, reason: str) -> None:
    [entry] = server.journal(requestId=rid)
    assert entry["response"]["status"] == 200
    assert entry["response"]["interrupted"] is True
    assert entry["response"]["interruptReason"] == reason


def test_sync_chat_truncated_stream(sync_client: BudClient, server: AimockServer) -> None:
    rid = _rid()
    chunks: list[Any] = []
    with pytest.raises(IncompleteStreamError) as caught:
        with sync_client.chat.completions.create(
            model=MODEL,
            messages=_messages(TRUNCATE_PROMPT),
            stream=True,
            extra_headers={"x-request-id": rid},
        ) as stream:
            for chunk in stream:
                chunks.append(chunk)
    _assert_cut(chunks, stream, caught.value, TRUNCATED_TEXT)
    _assert_interrupted(server, rid, "truncateAfterChunks")


async def test_async_chat_truncated_stream(async_client: AsyncBudClient) -> None:
    chunks: list[Any] = []
    stream = await async_client.chat.completions.create(
        model=MODEL, messages=_messages(TRUNCATE_PROMPT), stream=True
    )
    with pytest.raises(IncompleteStreamError) as caught:
        async with stream:
            async for chunk in stream:
                chunks.append(chunk)
    _assert_cut(chunks, stream, caught.value, TRUNCATED_TEXT)


async def test_async_chat_stream_disconnected_on_a_timer(
    async_client: AsyncBudClient, server: AimockServer
) -> None:
    rid = _rid()
    chunks: list[Any] = []
    stream = await async_client.chat.completions.create(
        model=MODEL,
        messages=_messages(DISCONNECT_PROMPT),
        stream=True,
        extra_headers={"x-request-id": rid},
    )
    with pytest.raises(IncompleteStreamError) as caught:
        async with stream:
            async for chunk in stream:
                chunks.append(chunk)
    _assert_cut(chunks, stream, caught.value, DISCONNECT_TEXT)
    _assert_interrupted(server, rid, "disconnectAfterMs")


def test_sync_chat_truncated_stream_get_final_completion(sync_client: BudClient) -> None:
    # the helper way: read to the end, then ask for the whole answer
    stream = sync_client.chat.completions.create(
        model=MODEL, messages=_messages(TRUNCATE_PROMPT), stream=True
    )
    with stream, pytest.raises(IncompleteStreamError):
        for _ in stream:
            pass
    final = stream.final_completion
    assert final is not None
    assert TRUNCATED_TEXT.startswith(final.choices[0].message.content)
    assert final.choices[0].finish_reason is None


@pytest.mark.usefixtures("fast_retries")
def test_sync_chaos_disconnect_before_any_reply(server: AimockServer) -> None:
    # aimock's chaos disconnect hangs up before the status line: the POST was sent,
    # so the SDK does not send it again (even with retries left)
    rid = _rid()
    with BudClient(api_key=API_KEY, base_url=server.base_url, max_retries=2) as client:
        with pytest.raises(BudConnectionError) as caught:
            client.chat.completions.create(
                model=MODEL,
                messages=_messages(TEXT_PROMPT),
                stream=True,
                extra_headers={"x-request-id": rid, "x-aimock-chaos-disconnect": "1"},
            )
    assert "not retried" in str(caught.value)
    [entry] = server.journal(requestId=rid)
    assert entry["response"]["chaosAction"] == "disconnect"


async def test_async_chaos_malformed_stream(
    async_client: AsyncBudClient, server: AimockServer
) -> None:
    with pytest.raises(InvalidResponseError, match="Expected an event stream"):
        await _consume(
            await async_client.chat.completions.create(
                model=MODEL,
                messages=_messages(TEXT_PROMPT),
                stream=True,
                extra_headers={"x-aimock-chaos-malformed": "1"},
            )
        )


async def _consume(stream: Any) -> list[Any]:
    async with stream:
        return [chunk async for chunk in stream]


# ------------------------------------------------------------------------- embeddings


def _vector(item: Any) -> list[float]:
    vector = item.embedding
    assert isinstance(vector, list)
    assert all(isinstance(v, int | float) and not isinstance(v, bool) for v in vector)
    return [float(v) for v in vector]


def test_sync_embeddings_floats(sync_client: BudClient, server: AimockServer) -> None:
    rid = _rid()
    result = sync_client.embeddings.create(
        model=EMBED_MODEL,
        input=[EMBED_FIXED_INPUT, "a second input"],
        extra_headers={"x-request-id": rid},
    )
    assert result.object == "list"
    assert result.model == EMBED_MODEL
    assert [item.index for item in result.data] == [0, 1]
    # aimock answers a matched fixture's vector for every input of the request
    assert [_vector(item) for item in result.data] == [FIXED_VECTOR, FIXED_VECTOR]
    assert result.usage.prompt_tokens == 0
    [entry] = server.journal(requestId=rid)
    assert entry["path"] == "/v1/embeddings"
    # the journal keeps aimock's normalised form: the inputs joined by a space
    assert entry["body"]["embeddingInput"] == f"{EMBED_FIXED_INPUT} a second input"


async def test_async_embeddings_generated(async_client: AsyncBudClient) -> None:
    text = "no fixture matches this input"
    first = await async_client.embeddings.create(model=EMBED_MODEL, input=text)
    again = await async_client.embeddings.create(model=EMBED_MODEL, input=text)
    short = await async_client.embeddings.create(model=EMBED_MODEL, input=text, dimensions=8)
    [item] = first.data
    vector = _vector(item)
    assert len(vector) == 1536
    assert all(-1.0 <= v <= 1.0 for v in vector)
    assert _vector(again.data[0]) == vector  # deterministic
    assert _vector(short.data[0]) == vector[:8]  # `dimensions` is honoured


@pytest.mark.parametrize("use_async", [False, True])
async def test_embeddings_base64_is_ignored_by_aimock(
    server: AimockServer, use_async: bool
) -> None:
    # aimock answers floats whatever encoding_format says: the SDK must pass them through
    kwargs: dict[str, Any] = {
        "model": EMBED_MODEL,
        "input": EMBED_FIXED_INPUT,
        "encoding_format": "base64",
    }
    if use_async:
        async with AsyncBudClient(api_key=API_KEY, base_url=server.base_url) as aclient:
            raw = await aclient.embeddings.with_raw_response.create(**kwargs)
    else:
        with BudClient(api_key=API_KEY, base_url=server.base_url) as client:
            raw = client.embeddings.with_raw_response.create(**kwargs)
    sent = json.loads(raw.http_response.request.content)
    assert sent["encoding_format"] == "base64"
    assert raw.http_response.json()["data"][0]["embedding"] == FIXED_VECTOR  # not base64
    assert [_vector(item) for item in raw.parse().data] == [FIXED_VECTOR]


# ---------------------------------------------------------------------------- tracing


def _tracing() -> InMemorySpanExporter:
    exporter = InMemorySpanExporter()
    provider = TracerProvider()
    provider.add_span_processor(SimpleSpanProcessor(exporter))
    configure(mode="internal", tracer_provider=provider)
    return exporter


def _assert_one_chat_span(
    exporter: InMemorySpanExporter, server: AimockServer, rid: str, response_id: str
) -> None:
    spans = exporter.get_finished_spans()
    [genai] = [s for s in spans if s.name.startswith("chat")]
    [http_span] = [s for s in spans if s is not genai]
    assert genai.name == "chat.stream"
    assert genai.kind is SpanKind.CLIENT
    assert (http_span.name, http_span.kind) == ("POST", SpanKind.CLIENT)
    assert http_span.parent is not None
    assert http_span.parent.span_id == genai.context.span_id
    attrs = genai.attributes or {}
    assert attrs["gen_ai.operation.name"] == "chat"
    assert attrs["gen_ai.request.model"] == MODEL
    assert attrs["gen_ai.request.stream"] is True
    assert attrs["bud.inference.stream_completed"] is True
    assert attrs["gen_ai.response.id"] == response_id
    assert attrs["gen_ai.response.model"] == MODEL
    assert tuple(attrs["gen_ai.response.finish_reasons"]) == ("stop",)
    assert attrs["gen_ai.usage.input_tokens"] == TEXT_USAGE["prompt_tokens"]
    assert attrs["gen_ai.usage.output_tokens"] == TEXT_USAGE["completion_tokens"]
    [entry] = server.journal(requestId=rid)
    _, trace_id, span_id, _ = entry["headers"]["traceparent"].split("-")
    assert trace_id == format(genai.context.trace_id, "032x")
    assert span_id == format(http_span.context.span_id, "016x")


def test_sync_traced_chat_stream(server: AimockServer) -> None:
    exporter = _tracing()
    rid = _rid()
    with BudClient(api_key=API_KEY, base_url=server.base_url, max_retries=0) as client:
        track_chat_completions(client)
        with client.chat.completions.create(
            model=MODEL,
            messages=_messages(TEXT_PROMPT),
            stream=True,
            stream_options={"include_usage": True},
            extra_headers={"x-request-id": rid},
        ) as stream:
            chunks = list(stream)
        assert stream.output_text == TEXT
    _assert_one_chat_span(exporter, server, rid, chunks[0].id)


async def test_async_traced_chat_stream(server: AimockServer) -> None:
    exporter = _tracing()
    rid = _rid()
    async with AsyncBudClient(api_key=API_KEY, base_url=server.base_url, max_retries=0) as client:
        track_chat_completions(client)
        stream = await client.chat.completions.create(
            model=MODEL,
            messages=_messages(TEXT_PROMPT),
            stream=True,
            stream_options={"include_usage": True},
            extra_headers={"x-request-id": rid},
        )
        async with stream:
            chunks = [chunk async for chunk in stream]
        assert stream.output_text == TEXT
    _assert_one_chat_span(exporter, server, rid, chunks[0].id)
