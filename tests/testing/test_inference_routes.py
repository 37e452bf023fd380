"""LocalServer's chat completions, embeddings and classify routes, driven with plain httpx.

Every route runs in both profiles: ``openai`` (the default) and ``gateway``.
"""

from __future__ import annotations

import base64
import json
import math
import struct
import time
import uuid
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from bud.testing import (
    Combined,
    Delay,
    Disconnect,
    ErrorEventReply,
    FunctionCallReply,
    GatewayError,
    HTTPErrorReply,
    IncompleteReply,
    LocalServer,
    Stall,
    TextReply,
    Truncate,
    WithUsage,
)

AUTH = {"Authorization": "Bearer sk-test"}
CHAT = "/v1/chat/completions"
EMBEDDINGS = "/v1/embeddings"
CLASSIFY = "/v1/classify"
MODEL = "bud-test-model"
MESSAGES: list[dict[str, Any]] = [
    {"role": "system", "content": "Be brief."},
    {"role": "user", "content": "What is a test?"},
    {"role": "assistant", "content": "A check."},
    {"role": "user", "content": [{"type": "text", "text": "Tell me about tests"}]},
]
CHAT_BODY: dict[str, Any] = {"model": MODEL, "messages": MESSAGES}
WEATHER_TOOL = {
    "type": "function",
    "function": {
        "name": "get_weather",
        "description": "The weather in a city",
        "parameters": {
            "type": "object",
            "properties": {
                "city": {"type": "string"},
                "unit": {"type": "string", "enum": ["celsius", "fahrenheit"]},
            },
            "required": ["city", "unit"],
        },
    },
}
OTHER_TOOL = {"type": "function", "function": {"name": "noop", "parameters": {}}}


# One server and client per profile for the whole module (starting them is most of a
# test's time); each test starts with nothing queued and must leave no server error.
@pytest.fixture(scope="module", params=[False, True], ids=["openai", "gateway"])
def shared(request: pytest.FixtureRequest) -> Iterator[tuple[LocalServer, httpx.Client]]:
    with (
        LocalServer(gateway=request.param) as srv,
        httpx.Client(base_url=srv.base_url, headers=AUTH, timeout=10) as c,
    ):
        yield srv, c


@pytest.fixture
def server(shared: tuple[LocalServer, httpx.Client]) -> Iterator[LocalServer]:
    srv = shared[0]
    srv.clear_queue()
    yield srv
    assert srv.errors == []


@pytest.fixture
def client(server: LocalServer, shared: tuple[LocalServer, httpx.Client]) -> httpx.Client:
    return shared[1]


def chat(client: httpx.Client, **fields: Any) -> dict[str, Any]:
    reply = client.post(CHAT, json={**CHAT_BODY, **fields})
    assert reply.status_code == 200, reply.text
    assert reply.headers["content-type"] == "application/json"
    body: dict[str, Any] = reply.json()
    return body


def data_lines(text: str) -> list[str]:
    """The ``data:`` payloads of an event stream, in order."""
    frames = [frame for frame in text.split("\n\n") if frame]
    assert all(frame.startswith("data: ") for frame in frames), frames
    return [frame[len("data: ") :] for frame in frames]


def chat_stream(client: httpx.Client, **fields: Any) -> tuple[list[dict[str, Any]], bool]:
    """The chunks of a streamed chat answer, and whether it ended with ``[DONE]``."""
    reply = client.post(CHAT, json={**CHAT_BODY, **fields, "stream": True})
    assert reply.status_code == 200, reply.text
    assert reply.headers["content-type"].startswith("text/event-stream")
    lines = data_lines(reply.text)
    done = bool(lines) and lines[-1] == "[DONE]"
    if done:
        lines.pop()
    return [json.loads(line) for line in lines], done


def content_of(chunks: list[dict[str, Any]]) -> str:
    return "".join(
        choice["delta"].get("content") or "" for chunk in chunks for choice in chunk["choices"]
    )


def assert_uuid7(value: str) -> None:
    assert uuid.UUID(value).version == 7


def assert_bad_request(server: LocalServer, reply: httpx.Response, param: str) -> None:
    """A 400 in the profile's dialect: OpenAI's typed error, or the gateway's string."""
    assert reply.status_code == 400, reply.text
    if server.gateway:
        assert isinstance(reply.json()["error"], str)
        assert reply.json()["error"]
        assert "x-request-id" not in reply.headers
        return
    error = reply.json()["error"]
    assert set(error) == {"message", "type", "param", "code"}
    assert error["type"] == "invalid_request_error"
    assert error["param"] == param
    assert reply.headers["x-request-id"].startswith("req_")


def norm(vector: list[float]) -> float:
    return math.sqrt(sum(value * value for value in vector))


# --- chat: JSON ---------------------------------------------------------------------


def test_chat_echoes_the_last_user_message(server: LocalServer, client: httpx.Client) -> None:
    reply = client.post(CHAT, json=CHAT_BODY)
    body = reply.json()
    assert body["id"].startswith("chatcmpl-")
    assert body["object"] == "chat.completion"
    assert isinstance(body["created"], int)
    assert body["model"] == MODEL
    assert body["choices"] == [
        {
            "index": 0,
            "message": {
                "role": "assistant",
                "content": "You said: Tell me about tests",
                "refusal": None,
            },
            "finish_reason": "stop",
            "logprobs": None,
        }
    ]
    usage = body["usage"]
    assert usage["completion_tokens"] == 7
    assert usage["total_tokens"] == usage["prompt_tokens"] + usage["completion_tokens"]
    if server.gateway:
        assert_uuid7(body["episode_id"])
        assert_uuid7(reply.headers["x-tensorzero-inference-id"])
        assert int(reply.headers["x-tensorzero-model-latency-ms"]) >= 1
        assert set(usage) == {"prompt_tokens", "completion_tokens", "total_tokens"}
    else:
        assert "episode_id" not in body
        assert "x-tensorzero-inference-id" not in reply.headers
        assert usage["completion_tokens_details"] == {"reasoning_tokens": 0}


def test_chat_answers_as_responses_would(client: httpx.Client) -> None:
    """The same conversation gets the same text and token counts on both APIs."""
    answer = chat(client)
    response = client.post("/v1/responses", json={"model": MODEL, "input": MESSAGES}).json()
    assert answer["choices"][0]["message"]["content"] == response["output"][0]["content"][0]["text"]
    assert answer["usage"]["prompt_tokens"] == response["usage"]["input_tokens"]
    assert answer["usage"]["completion_tokens"] == response["usage"]["output_tokens"]


def test_gateway_ids_are_new_on_every_answer(server: LocalServer, client: httpx.Client) -> None:
    first, second = client.post(CHAT, json=CHAT_BODY), client.post(CHAT, json=CHAT_BODY)
    assert first.json()["id"] != second.json()["id"]
    if server.gateway:
        assert first.json()["episode_id"] != second.json()["episode_id"]
        ids = {r.headers["x-tensorzero-inference-id"] for r in (first, second)}
        assert len(ids) == 2


@pytest.mark.parametrize(
    "choice",
    [{"type": "function", "function": {"name": "get_weather"}}, "required"],
    ids=["named", "required"],
)
def test_chat_forced_tool_is_called(client: httpx.Client, choice: Any) -> None:
    body = chat(client, tools=[WEATHER_TOOL, OTHER_TOOL], tool_choice=choice)
    [answer] = body["choices"]
    assert answer["finish_reason"] == "tool_calls"
    message = answer["message"]
    assert message["content"] is None
    [call] = message["tool_calls"]
    assert call["id"].startswith("call_")
    assert call["type"] == "function"
    assert call["function"]["name"] == "get_weather"
    assert json.loads(call["function"]["arguments"]) == {"city": "example city", "unit": "celsius"}


def test_chat_tools_without_a_forcing_choice_echo(client: httpx.Client) -> None:
    body = chat(client, tools=[WEATHER_TOOL], tool_choice="auto")
    assert body["choices"][0]["message"]["content"] == "You said: Tell me about tests"
    assert "tool_calls" not in body["choices"][0]["message"]
    assert body["choices"][0]["finish_reason"] == "stop"


@pytest.mark.parametrize("field", ["max_tokens", "max_completion_tokens"])
def test_chat_token_limit_cuts_with_length(client: httpx.Client, field: str) -> None:
    body = chat(client, **{field: 3})
    assert body["choices"][0]["message"]["content"] == "You said:"
    assert body["choices"][0]["finish_reason"] == "length"
    assert body["usage"]["completion_tokens"] == 3
    chunks, done = chat_stream(client, **{field: 3})
    assert content_of(chunks) == "You said:"
    assert chunks[-1]["choices"][0]["finish_reason"] == "length"
    assert done


def test_chat_scripted_replies(server: LocalServer, client: httpx.Client) -> None:
    server.enqueue(TextReply("Scripted words here"), path=CHAT)
    server.enqueue(FunctionCallReply("lookup", {"q": "tests"}, call_id="call_fixed"), path=CHAT)
    server.enqueue(WithUsage(input_tokens=1234), path=CHAT)
    assert chat(client)["choices"][0]["message"]["content"] == "Scripted words here"
    call = chat(client)["choices"][0]["message"]["tool_calls"][0]
    assert call == {
        "id": "call_fixed",
        "type": "function",
        "function": {"name": "lookup", "arguments": '{"q":"tests"}'},
    }
    assert chat(client)["usage"]["prompt_tokens"] == 1234
    # a reply queued for the Responses API does not answer chat
    server.enqueue(TextReply("for responses only"))
    assert chat(client)["choices"][0]["message"]["content"].startswith("You said:")
    assert server.queued == 1


def test_chat_scripted_text_and_call_together(server: LocalServer, client: httpx.Client) -> None:
    server.enqueue(
        Combined(TextReply("Let me look."), FunctionCallReply("lookup", "{}")), path=CHAT
    )
    server.enqueue(IncompleteReply("Cut short", reason="content_filter"), path=CHAT)
    [both] = chat(client)["choices"]
    assert both["message"]["content"] == "Let me look."
    assert [call["function"]["name"] for call in both["message"]["tool_calls"]] == ["lookup"]
    assert both["finish_reason"] == "tool_calls"
    [cut] = chat(client)["choices"]
    assert (cut["message"]["content"], cut["finish_reason"]) == ("Cut short", "content_filter")


# --- chat: streams --------------------------------------------------------------------


@pytest.mark.parametrize("include_usage", [True, False], ids=["usage", "no-usage"])
def test_chat_stream(server: LocalServer, client: httpx.Client, include_usage: bool) -> None:
    chunks, done = chat_stream(client, stream_options={"include_usage": include_usage})
    assert done
    first = chunks[0]
    assert first["object"] == "chat.completion.chunk"
    assert first["id"].startswith("chatcmpl-")
    for chunk in chunks:
        assert (chunk["id"], chunk["created"], chunk["model"]) == (
            first["id"],
            first["created"],
            MODEL,
        )
        assert chunk.get("episode_id") == first.get("episode_id")
    if server.gateway:
        assert_uuid7(first["episode_id"])
    assert first["choices"] == [
        {
            "index": 0,
            "delta": {"role": "assistant", "content": ""},
            "logprobs": None,
            "finish_reason": None,
        }
    ]
    if include_usage:
        *chunks, last = chunks
        assert last["choices"] == []
        usage = last["usage"]
        assert usage["completion_tokens"] == 7
        assert usage["total_tokens"] == usage["prompt_tokens"] + 7
        assert all(chunk["usage"] is None for chunk in chunks)
    else:
        assert all("usage" not in chunk for chunk in chunks)
    # one delta a word, as the Responses stream splits them
    deltas = [c["choices"][0]["delta"]["content"] for c in chunks[1:-1]]
    assert deltas == ["You", " said:", " Tell", " me", " about", " tests"]
    assert chunks[-1]["choices"] == [
        {"index": 0, "delta": {}, "logprobs": None, "finish_reason": "stop"}
    ]
    assert content_of(chunks) == chat(client)["choices"][0]["message"]["content"]


def test_chat_tool_call_stream(client: httpx.Client) -> None:
    chunks, done = chat_stream(
        client,
        tools=[WEATHER_TOOL],
        tool_choice="required",
        stream_options={"include_usage": True},
    )
    assert done
    assert chunks[0]["choices"][0]["delta"] == {"role": "assistant", "content": ""}
    opening = chunks[1]["choices"][0]["delta"]["tool_calls"]
    assert len(opening) == 1
    assert opening[0]["index"] == 0
    assert opening[0]["id"].startswith("call_")
    assert opening[0]["type"] == "function"
    assert opening[0]["function"] == {"name": "get_weather", "arguments": ""}
    pieces = []
    for chunk in chunks[2:-2]:
        [call] = chunk["choices"][0]["delta"]["tool_calls"]
        assert set(call) == {"index", "function"}
        assert call["index"] == 0
        pieces.append(call["function"]["arguments"])
    assert len(pieces) > 1
    assert json.loads("".join(pieces)) == {"city": "example city", "unit": "celsius"}
    assert chunks[-2]["choices"][0]["finish_reason"] == "tool_calls"
    assert chunks[-1]["choices"] == []
    assert chunks[-1]["usage"]["completion_tokens"] > 0


def test_chat_stream_of_a_scripted_reply(server: LocalServer, client: httpx.Client) -> None:
    server.enqueue(TextReply.with_deltas(50), path=CHAT)
    chunks, done = chat_stream(client)
    assert done
    assert len(chunks) == 52  # role, 50 deltas, finish
    assert content_of(chunks) == "tok " * 50


def test_server_wide_event_delay_paces_chat_streams() -> None:
    with LocalServer(event_delay=0.01) as server:
        with httpx.Client(base_url=server.base_url, headers=AUTH) as client:
            started = time.monotonic()
            chunks, done = chat_stream(client)
            assert time.monotonic() - started >= 0.01 * len(chunks)
        assert done
        assert content_of(chunks) == "You said: Tell me about tests"


# --- faults ---------------------------------------------------------------------------


def test_cut_chat_stream_has_no_done(server: LocalServer, client: httpx.Client) -> None:
    server.enqueue(Truncate(after=3), path=CHAT)
    reply = client.post(CHAT, json={**CHAT_BODY, "stream": True})
    lines = data_lines(reply.text)
    assert len(lines) == 3
    assert "[DONE]" not in lines
    assert all(json.loads(line)["choices"][0]["finish_reason"] is None for line in lines)
    # the connection stayed usable, and the next stream is whole
    assert chat_stream(client)[1]


def test_disconnected_chat_stream(server: LocalServer, client: httpx.Client) -> None:
    server.enqueue(Disconnect(after=2), path=CHAT)
    got: list[str] = []
    with (
        pytest.raises(httpx.RemoteProtocolError),
        client.stream("POST", CHAT, json={**CHAT_BODY, "stream": True}) as reply,
    ):
        got.extend(reply.iter_lines())
    frames = [line for line in got if line]
    assert len(frames) <= 2
    assert all(line.startswith("data: {") for line in frames)


@pytest.mark.parametrize("path", [CHAT, EMBEDDINGS, CLASSIFY])
def test_429_with_retry_after(server: LocalServer, client: httpx.Client, path: str) -> None:
    if server.gateway:
        server.enqueue(GatewayError("rate_limit", retry_after=2), path=path)
    else:
        server.enqueue(HTTPErrorReply(429, retry_after=2), path=path)
    body = {"model": MODEL, "messages": MESSAGES, "input": ["x"]}
    reply = client.post(path, json=body)
    assert reply.status_code == 429
    assert reply.headers["retry-after"] == "2"
    assert json.loads(reply.text)["error"]["type"] == "rate_limit_error"
    assert client.post(path, json=body).status_code == 200


def test_stalled_chat_stream_trips_a_read_timeout(server: LocalServer) -> None:
    stall = Stall(after=2)
    server.enqueue(stall, path=CHAT)
    with httpx.Client(base_url=server.base_url, headers=AUTH, timeout=0.2) as client:
        with pytest.raises(httpx.ReadTimeout):
            client.post(CHAT, json={**CHAT_BODY, "stream": True})
        assert stall.stalled
    stall.release()


def test_slow_embeddings_answer(server: LocalServer) -> None:
    server.enqueue(Delay(before_headers=1), path=EMBEDDINGS)
    with httpx.Client(base_url=server.base_url, headers=AUTH, timeout=0.1) as client:
        with pytest.raises(httpx.ReadTimeout):
            client.post(EMBEDDINGS, json={"model": MODEL, "input": "x"})


def test_truncated_embeddings_json(server: LocalServer, client: httpx.Client) -> None:
    server.enqueue(Truncate(), path=EMBEDDINGS)
    reply = client.post(EMBEDDINGS, json={"model": MODEL, "input": "x"})
    assert reply.status_code == 200
    with pytest.raises(ValueError):
        reply.json()


def test_failing_chat(server: LocalServer, client: httpx.Client) -> None:
    server.enqueue(ErrorEventReply("model fell over", http_status=503), path=CHAT)
    reply = client.post(CHAT, json=CHAT_BODY)
    assert reply.status_code == 503
    error = reply.json()["error"]
    assert error == "model fell over" if server.gateway else error["message"] == "model fell over"

    server.enqueue(ErrorEventReply("mid-stream", partial_text="half an"), path=CHAT)
    if server.gateway:
        # The gateway cuts a stream its provider failed: no error chunk, no [DONE].
        with (
            pytest.raises(httpx.RemoteProtocolError),
            client.stream("POST", CHAT, json={**CHAT_BODY, "stream": True}) as stream,
        ):
            stream.read()
        return
    lines = data_lines(client.post(CHAT, json={**CHAT_BODY, "stream": True}).text)
    assert "[DONE]" not in lines
    error = {"message": "mid-stream", "type": "server_error", "param": None, "code": "server_error"}
    assert json.loads(lines[-1]) == {"error": error}
    assert content_of([json.loads(line) for line in lines[:-1]]) == "half an"


# --- embeddings -------------------------------------------------------------------------


def embed(client: httpx.Client, value: Any, **fields: Any) -> dict[str, Any]:
    reply = client.post(EMBEDDINGS, json={"model": MODEL, "input": value, **fields})
    assert reply.status_code == 200, reply.text
    body: dict[str, Any] = reply.json()
    return body


def test_embeddings_reply(server: LocalServer, client: httpx.Client) -> None:
    reply = client.post(EMBEDDINGS, json={"model": MODEL, "input": ["first text", "second"]})
    body = reply.json()
    assert body["object"] == "list"
    assert body["model"] == MODEL
    assert body["usage"] == {"prompt_tokens": 3, "total_tokens": 3}
    assert [(item["object"], item["index"]) for item in body["data"]] == [
        ("embedding", 0),
        ("embedding", 1),
    ]
    for item in body["data"]:
        assert len(item["embedding"]) == 1536
        assert norm(item["embedding"]) == pytest.approx(1.0, abs=1e-5)
        assert "text" not in item
    assert body["data"][0]["embedding"] != body["data"][1]["embedding"]
    if server.gateway:
        assert_uuid7(reply.headers["x-tensorzero-inference-id"])
        assert "x-tensorzero-model-latency-ms" in reply.headers


def test_embeddings_usage_override(server: LocalServer, client: httpx.Client) -> None:
    server.enqueue(WithUsage(input_tokens=42), path=EMBEDDINGS)
    assert embed(client, "x")["usage"] == {"prompt_tokens": 42, "total_tokens": 42}


def test_embeddings_are_deterministic(client: httpx.Client) -> None:
    once = embed(client, "the same words")["data"][0]["embedding"]
    again = embed(client, ["other", "the same words"])["data"][1]["embedding"]
    assert once == again
    with LocalServer() as other, httpx.Client(base_url=other.base_url, headers=AUTH) as c:
        assert embed(c, "the same words")["data"][0]["embedding"] == once


def test_embeddings_of_tokens(client: httpx.Client) -> None:
    one = embed(client, [1, 2, 3])
    assert len(one["data"]) == 1
    assert one["usage"]["prompt_tokens"] == 3
    many = embed(client, [[1, 2, 3], [4, 5]])
    assert [item["index"] for item in many["data"]] == [0, 1]
    assert many["usage"]["prompt_tokens"] == 5
    assert many["data"][0]["embedding"] == one["data"][0]["embedding"]
    # tokens and text are different inputs
    assert embed(client, "1,2,3")["data"][0]["embedding"] != one["data"][0]["embedding"]


def test_embeddings_dimensions_shorten_the_full_vector(client: httpx.Client) -> None:
    full = embed(client, "shorten me")["data"][0]["embedding"]
    short = embed(client, "shorten me", dimensions=256)["data"][0]["embedding"]
    assert len(short) == 256
    assert norm(short) == pytest.approx(1.0, abs=1e-5)
    scale = norm(full[:256])
    assert short == pytest.approx([value / scale for value in full[:256]], abs=1e-6)


def test_embeddings_base64_round_trip(client: httpx.Client) -> None:
    floats = embed(client, ["a", "b"], dimensions=64)["data"]
    packed = embed(client, ["a", "b"], dimensions=64, encoding_format="base64")["data"]
    for as_float, as_base64 in zip(floats, packed, strict=True):
        assert isinstance(as_base64["embedding"], str)
        raw = base64.b64decode(as_base64["embedding"])
        assert len(raw) == 64 * 4
        assert list(struct.unpack("<64f", raw)) == as_float["embedding"]


def test_embeddings_include_input(server: LocalServer, client: httpx.Client) -> None:
    body = embed(client, ["alpha", "beta"], include_input=True)
    texts = [item.get("text") for item in body["data"]]
    assert texts == (["alpha", "beta"] if server.gateway else [None, None])


def test_embedding_size_knob() -> None:
    with (
        LocalServer(embedding_dimensions=8) as server,
        httpx.Client(base_url=server.base_url, headers=AUTH) as client,
    ):
        assert len(embed(client, "x")["data"][0]["embedding"]) == 8
        reply = client.post(EMBEDDINGS, json={"model": MODEL, "input": "x", "dimensions": 9})
        assert_bad_request(server, reply, "dimensions")
    with pytest.raises(ValueError):
        LocalServer(embedding_dimensions=0)


# --- classify ---------------------------------------------------------------------------


def test_classify_reply(server: LocalServer, client: httpx.Client) -> None:
    reply = client.post(CLASSIFY, json={"model": MODEL, "input": ["I love it", "meh", "no"]})
    assert reply.status_code == 200, reply.text
    body = reply.json()
    assert body["object"] == "classify"
    assert body["id"]
    assert isinstance(body["created"], int)
    assert body["model"] == MODEL
    assert body["usage"] == {"prompt_tokens": 5, "total_tokens": 5}
    assert len(body["data"]) == 3
    for scores in body["data"]:
        assert {entry["label"] for entry in scores} == {"positive", "negative", "neutral"}
        values = [entry["score"] for entry in scores]
        assert values == sorted(values, reverse=True)
        assert all(0 < value < 1 for value in values)
        assert sum(values) == pytest.approx(1.0)
    if server.gateway:
        assert_uuid7(reply.headers["x-tensorzero-inference-id"])


def test_classify_is_deterministic(client: httpx.Client) -> None:
    def scores(texts: list[str]) -> list[Any]:
        data: list[Any] = client.post(CLASSIFY, json={"model": MODEL, "input": texts}).json()[
            "data"
        ]
        return data

    first = scores(["same text", "another"])
    assert scores(["same text"])[0] == first[0]
    assert first[0] != first[1]


def test_classify_labels_knob() -> None:
    with LocalServer(classify_labels=("spam", "ham")) as server:
        reply = httpx.post(
            server.base_url + CLASSIFY, json={"model": MODEL, "input": "buy now"}, headers=AUTH
        )
        [scores] = reply.json()["data"]
        assert sorted(entry["label"] for entry in scores) == ["ham", "spam"]


# --- bad input ------------------------------------------------------------------------------


BAD_REQUESTS = [
    (CHAT, {"model": MODEL}, "messages"),
    (CHAT, {"model": MODEL, "messages": []}, "messages"),
    (CHAT, {"model": MODEL, "messages": "hello"}, "messages"),
    (CHAT, {"model": MODEL, "messages": ["hello"]}, "messages[0]"),
    (CHAT, {"model": MODEL, "messages": [{"role": "robot", "content": "x"}]}, "messages[0].role"),
    (CHAT, {**CHAT_BODY, "max_tokens": 0}, "max_tokens"),
    (CHAT, {**CHAT_BODY, "max_completion_tokens": "many"}, "max_completion_tokens"),
    (CHAT, {**CHAT_BODY, "stream": "yes"}, "stream"),
    (CHAT, {**CHAT_BODY, "stream_options": {"include_usage": True}}, "stream_options"),
    (CHAT, {**CHAT_BODY, "tools": {"name": "x"}}, "tools"),
    (EMBEDDINGS, {"model": MODEL}, "input"),
    (EMBEDDINGS, {"model": MODEL, "input": 42}, "input"),
    (EMBEDDINGS, {"model": MODEL, "input": []}, "input"),
    (EMBEDDINGS, {"model": MODEL, "input": ""}, "input"),
    (EMBEDDINGS, {"model": MODEL, "input": ["ok", 3]}, "input"),
    (EMBEDDINGS, {"model": MODEL, "input": [[1, -2]]}, "input"),
    (EMBEDDINGS, {"model": MODEL, "input": "x", "encoding_format": "hex"}, "encoding_format"),
    (EMBEDDINGS, {"model": MODEL, "input": "x", "dimensions": 0}, "dimensions"),
    (EMBEDDINGS, {"model": MODEL, "input": "x", "dimensions": True}, "dimensions"),
    (CLASSIFY, {"model": MODEL}, "input"),
    (CLASSIFY, {"model": MODEL, "input": [1, 2]}, "input"),
    (CLASSIFY, {"model": MODEL, "input": {"text": "x"}}, "input"),
]


@pytest.mark.parametrize(("path", "body", "param"), BAD_REQUESTS)
def test_bad_input_is_400(
    server: LocalServer, client: httpx.Client, path: str, body: dict[str, Any], param: str
) -> None:
    assert_bad_request(server, client.post(path, json=body), param)


@pytest.mark.parametrize("path", [CHAT, EMBEDDINGS, CLASSIFY])
def test_missing_model_and_bad_json(server: LocalServer, client: httpx.Client, path: str) -> None:
    replies = [
        client.post(path, json={"messages": MESSAGES, "input": "x"}),
        client.post(path, content=b"{not json", headers={"content-type": "application/json"}),
        client.post(path, json=["a list"]),
    ]
    for reply in replies:
        assert reply.status_code == 400
        error = reply.json()["error"]
        if server.gateway:
            # the gateway's auth layer reads the model from the body, and answers in its shape
            assert error["code"] == 400
            assert error["type"] == "invalid_request_error"
        else:
            assert set(error) == {"message", "type", "param", "code"}
    if not server.gateway:
        assert replies[0].json()["error"]["param"] == "model"


@pytest.mark.parametrize("path", [CHAT, EMBEDDINGS, CLASSIFY])
def test_only_post(client: httpx.Client, path: str) -> None:
    assert client.get(path).status_code == 405


def test_auth_applies(server: LocalServer) -> None:
    reply = httpx.post(server.base_url + CHAT, json=CHAT_BODY)
    assert reply.status_code == 401
