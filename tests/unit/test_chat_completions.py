"""`client.chat.completions.create`: typed answers, streams and what they add up to,
argument checks before any I/O, retries, error mapping and `with_raw_response`.

Most tests run `BudClient` and `AsyncBudClient` (the `flavor` fixture) against the
embedded `LocalServer` (both its OpenAI and gateway profiles); the server shapes
only a real socket cannot fake (a stream without `[DONE]`, several choices) are
faked with respx.
"""

from __future__ import annotations

import inspect
import json
import ssl
from collections.abc import Iterator, Mapping
from typing import Any

import httpx
import pytest
import respx
from bud_api import operations as ops

import bud
from bud import _retries
from bud._core import DEFAULT_LIMITS
from bud.exceptions import (
    AuthenticationError,
    BadRequestError,
    BudError,
    IncompleteStreamError,
    InvalidResponseError,
    NotFoundError,
    RateLimitError,
    StreamError,
)
from bud.testing import (
    Disconnect,
    ErrorEventReply,
    FunctionCallReply,
    GatewayError,
    HTTPErrorReply,
    LocalServer,
    TextReply,
    Truncate,
)
from bud.types import ChatCompletion, ChatCompletionChunk

from ._support import Flavor

CHAT = "/v1/chat/completions"
MODEL = "bud-chat-test-model"
MESSAGES: list[dict[str, Any]] = [
    {"role": "system", "content": "Be brief."},
    {"role": "user", "content": "Tell me about tests"},
]
ECHO = "You said: Tell me about tests"
ECHO_DELTAS = ["You", " said:", " Tell", " me", " about", " tests"]
WEATHER_TOOL: dict[str, Any] = {
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
OTHER_TOOL: dict[str, Any] = {
    "type": "function",
    "function": {"name": "noop", "parameters": {"type": "object", "properties": {}}},
}
WEATHER_ARGS = {"city": "example city", "unit": "celsius"}
SSE = {"content-type": "text/event-stream"}


# --------------------------------------------------------------------------- fixtures


@pytest.fixture(scope="module")
def openai_server() -> Iterator[LocalServer]:
    with LocalServer() as server:
        yield server


@pytest.fixture(scope="module")
def gateway_server() -> Iterator[LocalServer]:
    with LocalServer(gateway=True) as server:
        yield server


def _fresh(server: LocalServer) -> Iterator[LocalServer]:
    server.clear_queue()
    server.clear_requests()
    yield server
    assert server.errors == []
    assert server.queued == 0, "a scripted reply was not used"
    server.clear_queue()


@pytest.fixture
def local(openai_server: LocalServer) -> Iterator[LocalServer]:
    yield from _fresh(openai_server)


@pytest.fixture
def gateway(gateway_server: LocalServer) -> Iterator[LocalServer]:
    yield from _fresh(gateway_server)


@pytest.fixture(params=["openai", "gateway"])
def any_server(
    request: pytest.FixtureRequest, openai_server: LocalServer, gateway_server: LocalServer
) -> Iterator[LocalServer]:
    yield from _fresh(gateway_server if request.param == "gateway" else openai_server)


@pytest.fixture
def no_env_model(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("BUD_MODEL", raising=False)


@pytest.fixture
def slept(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """Every retry wait the transports asked for; nothing is really slept."""
    asked: list[float] = []

    def sleep(seconds: float) -> None:
        asked.append(seconds)

    async def async_sleep(seconds: float) -> None:
        asked.append(seconds)

    monkeypatch.setattr(_retries, "sleep", sleep)
    monkeypatch.setattr(_retries, "async_sleep", async_sleep)
    return asked


# Building the default httpx transport loads the CA bundle (~50 ms a client): the
# clients here share one TLS context instead; everything else is the SDK's default.
_TLS = ssl.create_default_context()


def quick(flavor: Flavor, **kwargs: Any) -> Any:
    """A client of *flavor* (closed at teardown), without retries unless asked."""
    transport = httpx.AsyncHTTPTransport if flavor.is_async else httpx.HTTPTransport
    kwargs.setdefault("transport", transport(verify=_TLS, limits=DEFAULT_LIMITS))
    kwargs.setdefault("max_retries", 0)
    return flavor.make(**kwargs)


def client_for(flavor: Flavor, server: LocalServer, **kwargs: Any) -> Any:
    kwargs.setdefault("model", MODEL)
    return quick(flavor, base_url=server.base_url, **kwargs)


# --------------------------------------------------------------------------- helpers


async def call(value: Any) -> Any:
    return await value if inspect.isawaitable(value) else value


async def create(client: Any, **kwargs: Any) -> Any:
    kwargs.setdefault("messages", MESSAGES)
    return await call(client.chat.completions.create(**kwargs))


async def read(stream: Any, got: list[Any]) -> BaseException | None:
    """Append every chunk of a sync or async stream to *got*; the error it ended with."""
    try:
        if hasattr(stream, "__aiter__"):
            async for chunk in stream:
                got.append(chunk)
        else:
            for chunk in stream:
                got.append(chunk)
    except Exception as exc:
        return exc
    return None


async def read_all(stream: Any) -> list[Any]:
    got: list[Any] = []
    error = await read(stream, got)
    assert error is None, repr(error)
    return got


def contents(chunks: list[Any]) -> list[str]:
    """The content deltas of the first choice, in order (role chunk's "" included)."""
    out = []
    for chunk in chunks:
        for choice in chunk.choices:
            if choice.index == 0 and isinstance(choice.delta.content, str):
                out.append(choice.delta.content)
    return out


def body_of(request: httpx.Request) -> dict[str, Any]:
    parsed: dict[str, Any] = json.loads(request.content)
    return parsed


def frame(payload: Any) -> str:
    return f"data: {json.dumps(payload)}\n\n"


HEAD = {"id": "chatcmpl-fake", "object": "chat.completion.chunk", "created": 1, "model": "m"}


def chunk_of(*choices: dict[str, Any], **extra: Any) -> dict[str, Any]:
    return {**HEAD, "choices": list(choices), **extra}


def choice(index: int = 0, finish: str | None = None, **delta: Any) -> dict[str, Any]:
    return {"index": index, "delta": delta, "finish_reason": finish}


def sample_completion(**message: Any) -> dict[str, Any]:
    message = {"role": "assistant", "content": "Hi there", **message}
    finish = "tool_calls" if message.get("tool_calls") else "stop"
    return {
        "id": "chatcmpl-sample",
        "object": "chat.completion",
        "created": 1_700_000_000,
        "model": "m",
        "choices": [{"index": 0, "message": message, "finish_reason": finish}],
        "usage": {"prompt_tokens": 3, "completion_tokens": 2, "total_tokens": 5},
    }


# --------------------------------------------------------------------------- non-stream


async def test_create_returns_a_typed_completion(flavor: Flavor, any_server: LocalServer) -> None:
    client = client_for(flavor, any_server)
    completion = await create(client)
    assert isinstance(completion, ChatCompletion)
    assert completion.object == "chat.completion"
    assert completion.id.startswith("chatcmpl")
    assert completion.model == MODEL
    [first] = completion.choices
    assert first.index == 0
    assert first.message.role == "assistant"
    assert first.message.content == ECHO
    assert first.finish_reason == "stop"
    assert not first.message.tool_calls
    usage = completion.usage
    assert usage.prompt_tokens > 0
    assert usage.completion_tokens > 0
    assert usage.total_tokens == usage.prompt_tokens + usage.completion_tokens
    if any_server.gateway:
        assert isinstance(completion.episode_id, str) and completion.episode_id
    request = any_server.last_request
    assert request.path == CHAT
    assert request.json == {"messages": MESSAGES, "model": MODEL}
    assert "stream" not in request.json
    assert request.headers.get("accept") == "application/json"


@pytest.mark.parametrize(
    "tool_choice",
    ["required", {"type": "function", "function": {"name": "get_weather"}}],
    ids=["required", "named"],
)
async def test_a_forced_tool_is_answered_with_a_tool_call(
    flavor: Flavor, any_server: LocalServer, tool_choice: Any
) -> None:
    client = client_for(flavor, any_server)
    tools = [WEATHER_TOOL, OTHER_TOOL] if tool_choice == "required" else [OTHER_TOOL, WEATHER_TOOL]
    completion = await create(client, tools=tools, tool_choice=tool_choice)
    [first] = completion.choices
    assert first.finish_reason == "tool_calls"
    assert not first.message.content
    [tool_call] = first.message.tool_calls
    assert tool_call.type == "function"
    assert tool_call.id.startswith("call_")
    assert tool_call.function.name == "get_weather"
    assert json.loads(tool_call.function.arguments) == WEATHER_ARGS
    sent = any_server.last_request.json
    assert sent["tools"] == tools
    assert sent["tool_choice"] == tool_choice


async def test_no_tool_call_unless_forced(flavor: Flavor, local: LocalServer) -> None:
    client = client_for(flavor, local)
    completion = await create(client, tools=[WEATHER_TOOL], tool_choice="auto")
    assert completion.choices[0].message.content == ECHO
    assert not completion.choices[0].message.tool_calls
    assert completion.choices[0].finish_reason == "stop"


@pytest.mark.parametrize("limit", ["max_tokens", "max_completion_tokens"])
async def test_a_token_limit_ends_with_length(
    flavor: Flavor, any_server: LocalServer, limit: str
) -> None:
    client = client_for(flavor, any_server)
    completion = await create(client, **{limit: 2})
    [first] = completion.choices
    assert first.finish_reason == "length"
    assert first.message.content == "You said"
    assert completion.usage.completion_tokens == 2
    assert any_server.last_request.json[limit] == 2


async def test_a_scripted_reply_is_the_answer(flavor: Flavor, local: LocalServer) -> None:
    local.enqueue(TextReply("Scripted answer, word by word."), path=CHAT)
    completion = await create(client_for(flavor, local))
    assert completion.choices[0].message.content == "Scripted answer, word by word."


def _sample(name: str, field: ops.Field) -> Any:
    """A valid value of *field* that is easy to recognise in the request body."""
    types = field.types
    if field.items is str and Mapping in types:
        return {"key": f"{name}-value"}
    if field.items is str:
        return [f"{name}-1", f"{name}-2"]
    if Mapping in types:
        return {"nested": {"name": name, "n": 1}}
    if list in types:
        return [{"item": name}]
    if bool in types:
        return True
    if float in types:
        return 0.25
    if int in types:
        return 7
    if str in types:
        return f"{name}-value"
    raise AssertionError(f"no sample for {name}: {field}")


ALL_BODY_PARAMS: dict[str, Any] = {
    name: _sample(name, field)
    for name, field in (ops.CREATE_CHAT_COMPLETION.body or {}).items()
    if name not in ("messages", "stream_options")
}


async def test_every_body_parameter_and_extra_body_pass_through(
    flavor: Flavor, mock_api: respx.MockRouter
) -> None:
    route = mock_api.post(CHAT).mock(return_value=httpx.Response(200, json=sample_completion()))
    client = quick(flavor)
    assert len(ALL_BODY_PARAMS) > 40  # the contract's chat body, minus messages/stream_options
    extra = {
        "tensorzero::episode_id": "0192ce3b-0000-7000-8000-000000000000",
        "tensorzero::variant_name": "v1",
        "not_in_the_sdk_yet": [1, 2],
    }
    completion = await create(client, **ALL_BODY_PARAMS, extra_body=extra)
    assert completion.choices[0].message.content == "Hi there"
    sent = body_of(route.calls.last.request)
    assert sent == {"messages": MESSAGES, **ALL_BODY_PARAMS, **extra}
    assert "stream" not in sent


async def test_none_means_not_given(flavor: Flavor, mock_api: respx.MockRouter) -> None:
    route = mock_api.post(CHAT).mock(return_value=httpx.Response(200, json=sample_completion()))
    client = quick(flavor, model="default-m")
    await create(client, temperature=None, tools=None, stream_options=None, user=None)
    assert body_of(route.calls.last.request) == {"messages": MESSAGES, "model": "default-m"}


async def test_default_model_comes_from_the_client(flavor: Flavor, local: LocalServer) -> None:
    client = client_for(flavor, local, model="client-default-model")
    completion = await create(client)
    assert local.last_request.json["model"] == "client-default-model"
    assert completion.model == "client-default-model"
    await create(client, model="explicit-model")
    assert local.last_request.json["model"] == "explicit-model"


async def test_extra_headers_and_query_apply_to_one_call(
    flavor: Flavor, mock_api: respx.MockRouter
) -> None:
    route = mock_api.post(CHAT).mock(return_value=httpx.Response(200, json=sample_completion()))
    client = quick(flavor, model="m")
    await create(client, extra_headers={"X-Custom": "yes"}, extra_query={"trace": "1"})
    request = route.calls.last.request
    assert request.headers["x-custom"] == "yes"
    assert request.url.params["trace"] == "1"
    await create(client)
    assert "x-custom" not in route.calls.last.request.headers
    assert "trace" not in route.calls.last.request.url.params


async def test_gateway_profile_extra_body_reaches_the_gateway(
    flavor: Flavor, gateway: LocalServer
) -> None:
    client = client_for(flavor, gateway)
    episode = "0192ce3b-1111-7000-8000-000000000000"
    completion = await create(client, extra_body={"tensorzero::episode_id": episode})
    assert completion.choices[0].message.content == ECHO
    assert gateway.last_request.json["tensorzero::episode_id"] == episode
    assert completion.episode_id  # the gateway names the episode it used


async def test_tuple_messages_are_accepted(flavor: Flavor, local: LocalServer) -> None:
    completion = await create(client_for(flavor, local), messages=tuple(MESSAGES))
    assert completion.choices[0].message.content == ECHO
    assert local.last_request.json["messages"] == MESSAGES


async def test_generated_message_models_are_accepted(flavor: Flavor, local: LocalServer) -> None:
    """The SDK's own request models stand for the objects they serialise to (as
    `_params` treats them everywhere else): a message built from one has its role."""
    from bud_api.models import ChatCompletionRequestSystemMessage, ChatCompletionRequestUserMessage

    messages = [
        ChatCompletionRequestSystemMessage.from_dict(MESSAGES[0]),
        ChatCompletionRequestUserMessage.from_dict(MESSAGES[1]),
    ]
    completion = await create(client_for(flavor, local), messages=messages)
    assert local.last_request.json["messages"] == MESSAGES
    assert completion.choices[0].message.content == ECHO


# --------------------------------------------------------------------------- streams


async def test_stream_yields_typed_chunks_until_done(
    flavor: Flavor, any_server: LocalServer
) -> None:
    client = client_for(flavor, any_server)
    stream = await create(client, stream=True)
    expected_cls = bud.AsyncChatCompletionStream if flavor.is_async else bud.ChatCompletionStream
    assert type(stream) is expected_cls
    chunks = await read_all(stream)
    assert len(chunks) == len(ECHO_DELTAS) + 2  # role chunk, one per word, finish chunk
    assert all(isinstance(c, ChatCompletionChunk) for c in chunks)
    assert {c.object for c in chunks} == {"chat.completion.chunk"}
    assert len({c.id for c in chunks}) == 1
    assert {c.model for c in chunks} == {MODEL}
    assert contents(chunks) == ["", *ECHO_DELTAS]
    assert chunks[0].choices[0].delta.role == "assistant"
    assert [c.choices[0].finish_reason for c in chunks[:-1]] == [None] * (len(chunks) - 1)
    assert chunks[-1].choices[0].finish_reason == "stop"
    assert stream.output_text == ECHO
    assert stream.finish_reason == "stop"
    assert stream.tool_calls == []
    assert stream.usage is None  # no include_usage
    assert stream.events_received == len(chunks)
    assert stream.skipped == []
    request = any_server.last_request
    assert request.json == {"messages": MESSAGES, "model": MODEL, "stream": True}
    assert request.headers.get("accept") == "text/event-stream"
    # single pass: a stream read to its end yields nothing more
    assert await read_all(stream) == []


async def test_stream_final_completion_equals_the_non_stream_answer(
    flavor: Flavor, any_server: LocalServer
) -> None:
    client = client_for(flavor, any_server)
    whole = await create(client)
    stream = await create(client, stream=True)
    with pytest.raises(BudError, match="read it first"):
        stream.get_final_completion()
    assert stream.final_completion is None
    chunks = await read_all(stream)
    final = stream.get_final_completion()
    assert isinstance(final, ChatCompletion)
    assert final.id == chunks[0].id
    assert final.model == MODEL
    assert final.object == "chat.completion"
    assert final.choices[0].message.content == whole.choices[0].message.content == ECHO
    assert final.choices[0].message.role == "assistant"
    assert final.choices[0].finish_reason == whole.choices[0].finish_reason == "stop"
    assert stream.final_completion is not None
    assert stream.final_completion.to_dict() == final.to_dict()


async def test_stream_usage_only_with_include_usage(
    flavor: Flavor, any_server: LocalServer
) -> None:
    client = client_for(flavor, any_server)
    whole = await create(client)
    stream = await create(client, stream=True, stream_options={"include_usage": True})
    chunks = await read_all(stream)
    assert len(chunks) == len(ECHO_DELTAS) + 3  # ... and the usage chunk
    last = chunks[-1]
    assert isinstance(last, ChatCompletionChunk)
    assert last.choices == []  # the usage chunk reaches the caller too
    assert last.usage.total_tokens > 0
    assert stream.usage is not None
    assert stream.usage.to_dict() == last.usage.to_dict()
    assert stream.usage.prompt_tokens == whole.usage.prompt_tokens
    assert stream.usage.completion_tokens == whole.usage.completion_tokens
    assert stream.usage.total_tokens == whole.usage.total_tokens
    assert stream.finish_reason == "stop"
    assert stream.output_text == ECHO
    final = stream.get_final_completion()
    assert final.usage.total_tokens == whole.usage.total_tokens
    assert any_server.last_request.json["stream_options"] == {"include_usage": True}
    # and without include_usage: no usage anywhere
    stream = await create(client, stream=True, stream_options={"include_usage": False})
    chunks = await read_all(stream)
    assert all(c.choices for c in chunks)
    assert stream.usage is None
    assert not stream.get_final_completion().usage


async def test_stream_assembles_tool_calls_from_deltas(
    flavor: Flavor, any_server: LocalServer
) -> None:
    client = client_for(flavor, any_server)
    whole = await create(client, tools=[WEATHER_TOOL], tool_choice="required")
    stream = await create(client, tools=[WEATHER_TOOL], tool_choice="required", stream=True)
    chunks = await read_all(stream)
    argument_deltas = [
        call.function.arguments
        for c in chunks
        for ch in c.choices
        for call in (ch.delta.tool_calls or [])
        if isinstance(call.function.arguments, str) and call.function.arguments
    ]
    assert len(argument_deltas) > 1  # the arguments really came in pieces
    assert stream.finish_reason == "tool_calls"
    [tool_call] = stream.tool_calls
    assert tool_call.type == "function"
    assert tool_call.id.startswith("call_")
    assert tool_call.function.name == "get_weather"
    assert tool_call.function.arguments == "".join(argument_deltas)
    assert json.loads(tool_call.function.arguments) == WEATHER_ARGS
    [expected] = whole.choices[0].message.tool_calls
    assert tool_call.function.arguments == expected.function.arguments
    final = stream.get_final_completion()
    assert final.choices[0].finish_reason == "tool_calls"
    assert [c.to_dict() for c in final.choices[0].message.tool_calls] == [tool_call.to_dict()]
    assert not final.choices[0].message.content  # "" from the role chunk; None unstreamed
    assert stream.output_text == ""


async def test_stream_with_two_scripted_tool_calls(flavor: Flavor, local: LocalServer) -> None:
    from bud.testing import Combined

    local.enqueue(
        Combined(
            FunctionCallReply("first", {"a": 1}, call_id="call_A", chunk_size=3),
            FunctionCallReply("second", {"b": [1, 2]}, call_id="call_B", chunk_size=2),
        ),
        path=CHAT,
    )
    stream = await create(client_for(flavor, local), stream=True)
    await read_all(stream)
    calls = stream.tool_calls
    assert [(c.id, c.function.name) for c in calls] == [("call_A", "first"), ("call_B", "second")]
    assert [json.loads(c.function.arguments) for c in calls] == [{"a": 1}, {"b": [1, 2]}]
    assert stream.finish_reason == "tool_calls"


@pytest.mark.parametrize("fault", ["truncate", "disconnect", "reset"])
async def test_a_cut_stream_yields_what_arrived_then_raises(
    flavor: Flavor, local: LocalServer, fault: str
) -> None:
    cut = Truncate(after=3) if fault == "truncate" else Disconnect(after=3, reset=fault == "reset")
    local.enqueue(cut, path=CHAT)
    stream = await create(client_for(flavor, local), stream=True)
    got: list[Any] = []
    error = await read(stream, got)
    assert isinstance(error, IncompleteStreamError), repr(error)
    assert [type(c) for c in got] == [ChatCompletionChunk] * 3
    assert contents(got) == ["", *ECHO_DELTAS[:2]]
    assert error.events_received == 3
    assert error.response_id == got[0].id
    assert "[DONE]" in str(error)
    assert stream.events_received == 3
    assert stream.output_text == "You said:"
    assert stream.finish_reason is None
    # what arrived is still there to read
    partial = stream.get_final_completion()
    assert partial.choices[0].message.content == "You said:"
    assert not partial.choices[0].finish_reason


async def test_a_stream_cut_after_its_finish_chunk_is_complete(
    flavor: Flavor, local: LocalServer
) -> None:
    """No [DONE], but every choice ended with a finish_reason: not reported cut."""
    total = len(ECHO_DELTAS) + 2
    local.enqueue(Truncate(after=total), path=CHAT)
    local.enqueue(Disconnect(after=total), path=CHAT)
    client = client_for(flavor, local)
    for _ in range(2):
        stream = await create(client, stream=True)
        chunks = await read_all(stream)
        assert len(chunks) == total
        assert stream.output_text == ECHO
        assert stream.finish_reason == "stop"


async def test_a_stream_cut_before_its_first_chunk(flavor: Flavor, local: LocalServer) -> None:
    local.enqueue(Disconnect(after=0), path=CHAT)
    stream = await create(client_for(flavor, local), stream=True)
    got: list[Any] = []
    error = await read(stream, got)
    assert got == []
    assert isinstance(error, IncompleteStreamError), repr(error)
    assert error.events_received == 0
    assert error.response_id is None
    with pytest.raises(BudError):
        stream.get_final_completion()


async def test_an_error_frame_raises_after_the_earlier_chunks(
    flavor: Flavor, local: LocalServer
) -> None:
    local.enqueue(ErrorEventReply("the model fell over", partial_text="half an"), path=CHAT)
    stream = await create(client_for(flavor, local), stream=True)
    got: list[Any] = []
    error = await read(stream, got)
    assert isinstance(error, StreamError), repr(error)
    assert not isinstance(error, IncompleteStreamError)
    assert "the model fell over" in str(error)
    assert error.body["message"] == "the model fell over"
    assert contents(got) == ["", "half", " an"]
    assert stream.output_text == "half an"


async def test_a_gateway_stream_whose_provider_failed_is_cut(
    flavor: Flavor, gateway: LocalServer
) -> None:
    gateway.enqueue(ErrorEventReply("provider down", partial_text="half an"), path=CHAT)
    stream = await create(client_for(flavor, gateway), stream=True)
    got: list[Any] = []
    error = await read(stream, got)
    assert isinstance(error, IncompleteStreamError), repr(error)
    assert contents(got) == ["", "half", " an"]


async def test_a_failed_non_stream_answer_is_an_http_error(
    flavor: Flavor, local: LocalServer
) -> None:
    from bud.exceptions import InternalServerError

    local.enqueue(ErrorEventReply("model fell over", http_status=503), path=CHAT)
    with pytest.raises(InternalServerError, match="model fell over") as info:
        await create(client_for(flavor, local))
    assert info.value.status_code == 503


# --- dialects a real socket cannot easily produce (respx) ------------------------------


async def test_no_done_but_every_choice_finished_is_not_cut(
    flavor: Flavor, mock_api: respx.MockRouter
) -> None:
    body = (
        frame(chunk_of(choice(0, role="assistant", content="a"), choice(1, content="b")))
        + frame(chunk_of(choice(0, "stop")))
        + frame(chunk_of(choice(1, "length", content="c")))
    )
    mock_api.post(CHAT).mock(return_value=httpx.Response(200, headers=SSE, content=body))
    stream = await create(quick(flavor, model="m"), stream=True, n=2)
    chunks = await read_all(stream)
    assert len(chunks) == 3
    final = stream.get_final_completion()
    assert [(c.index, c.message.content, c.finish_reason) for c in final.choices] == [
        (0, "a", "stop"),
        (1, "bc", "length"),
    ]
    assert stream.output_text == "a"  # the first choice's
    assert stream.finish_reason == "stop"


async def test_no_done_and_an_unfinished_choice_is_cut(
    flavor: Flavor, mock_api: respx.MockRouter
) -> None:
    body = frame(chunk_of(choice(0, content="a"), choice(1, content="b"))) + frame(
        chunk_of(choice(0, "stop"))
    )
    mock_api.post(CHAT).mock(return_value=httpx.Response(200, headers=SSE, content=body))
    stream = await create(quick(flavor, model="m"), stream=True, n=2)
    got: list[Any] = []
    error = await read(stream, got)
    assert isinstance(error, IncompleteStreamError), repr(error)
    assert len(got) == 2
    assert error.events_received == 2
    assert error.response_id == "chatcmpl-fake"


async def test_no_chunks_at_all_is_cut(flavor: Flavor, mock_api: respx.MockRouter) -> None:
    mock_api.post(CHAT).mock(return_value=httpx.Response(200, headers=SSE, content=b""))
    stream = await create(quick(flavor, model="m"), stream=True)
    got: list[Any] = []
    assert isinstance(await read(stream, got), IncompleteStreamError)
    assert got == []


async def test_done_ends_the_stream_even_with_no_finish_reason(
    flavor: Flavor, mock_api: respx.MockRouter
) -> None:
    body = frame(chunk_of(choice(0, content="x"))) + "data: [DONE]\n\n"
    body += frame(chunk_of(choice(0, content="after done")))
    mock_api.post(CHAT).mock(return_value=httpx.Response(200, headers=SSE, content=body))
    stream = await create(quick(flavor, model="m"), stream=True)
    chunks = await read_all(stream)
    assert contents(chunks) == ["x"]
    assert stream.output_text == "x"
    assert stream.finish_reason is None


async def test_an_error_frame_from_respx(flavor: Flavor, mock_api: respx.MockRouter) -> None:
    error = {"message": "overloaded", "type": "server_error", "code": "server_error"}
    body = frame(chunk_of(choice(0, role="assistant", content="par")))
    body += frame(chunk_of(choice(0, content="tial"))) + frame({"error": error})
    body += frame(chunk_of(choice(0, content="never")))
    mock_api.post(CHAT).mock(return_value=httpx.Response(200, headers=SSE, content=body))
    stream = await create(quick(flavor, model="m"), stream=True)
    got: list[Any] = []
    raised = await read(stream, got)
    assert isinstance(raised, StreamError), repr(raised)
    assert "overloaded" in str(raised)
    assert raised.body == error
    assert contents(got) == ["par", "tial"]


async def test_non_json_data_is_skipped(flavor: Flavor, mock_api: respx.MockRouter) -> None:
    body = frame(chunk_of(choice(0, content="a"))) + "data: not json\n\n"
    body += ": a comment\n\n" + frame(chunk_of(choice(0, "stop", content="b")))
    body += "data: [DONE]\n\n"
    mock_api.post(CHAT).mock(return_value=httpx.Response(200, headers=SSE, content=body))
    stream = await create(quick(flavor, model="m"), stream=True)
    chunks = await read_all(stream)
    assert contents(chunks) == ["a", "b"]
    assert stream.skipped == ["not json"]
    assert stream.output_text == "ab"


async def test_a_json_completion_to_a_stream_request_is_one_chunk(
    flavor: Flavor, mock_api: respx.MockRouter
) -> None:
    mock_api.post(CHAT).mock(return_value=httpx.Response(200, json=sample_completion()))
    stream = await create(quick(flavor, model="m"), stream=True)
    [chunk] = await read_all(stream)
    assert isinstance(chunk, ChatCompletionChunk)
    assert chunk.object == "chat.completion.chunk"
    assert chunk.id == "chatcmpl-sample"
    assert chunk.choices[0].delta.content == "Hi there"
    assert chunk.choices[0].finish_reason == "stop"
    assert chunk.usage.total_tokens == 5
    assert stream.output_text == "Hi there"
    assert stream.finish_reason == "stop"
    assert stream.usage.total_tokens == 5
    final = stream.get_final_completion()
    assert final.choices[0].message.content == "Hi there"
    assert final.id == "chatcmpl-sample"


async def test_a_json_completion_with_tool_calls_to_a_stream_request(
    flavor: Flavor, mock_api: respx.MockRouter
) -> None:
    calls = [
        {"id": "call_1", "type": "function", "function": {"name": "f", "arguments": '{"a":1}'}},
        {"id": "call_2", "type": "function", "function": {"name": "g", "arguments": "{}"}},
    ]
    reply = sample_completion(content=None, tool_calls=calls)
    mock_api.post(CHAT).mock(return_value=httpx.Response(200, json=reply))
    stream = await create(quick(flavor, model="m"), stream=True)
    [chunk] = await read_all(stream)
    assert isinstance(chunk, ChatCompletionChunk)
    assert stream.finish_reason == "tool_calls"
    assert [c.to_dict() for c in stream.tool_calls] == calls


async def test_a_non_stream_non_completion_reply_is_invalid(
    flavor: Flavor, mock_api: respx.MockRouter
) -> None:
    mock_api.post(CHAT).mock(return_value=httpx.Response(200, json={"message": "proxy says hi"}))
    stream = await create(quick(flavor, model="m"), stream=True)
    got: list[Any] = []
    error = await read(stream, got)
    assert isinstance(error, InvalidResponseError), repr(error)
    assert "proxy says hi" in str(error)
    assert got == []


async def test_stream_context_manager_and_with_raw_response(
    flavor: Flavor, gateway: LocalServer
) -> None:
    client = client_for(flavor, gateway)
    raw = await call(
        client.chat.completions.with_raw_response.create(messages=MESSAGES, stream=True)
    )
    assert isinstance(raw, bud.RawResponse)
    assert raw.status_code == 200
    assert raw.headers["content-type"].startswith("text/event-stream")
    assert raw.headers["x-tensorzero-inference-id"]
    stream = raw.parse()
    if flavor.is_async:
        async with stream:
            chunks = [c async for c in stream]
    else:
        with stream:
            chunks = list(stream)
    assert contents(chunks) == ["", *ECHO_DELTAS]
    assert stream.response.is_closed


# --------------------------------------------------------------------------- bad input

OK_MESSAGES = [{"role": "user", "content": "hi"}]

BAD_CHAT_CALLS: list[Any] = [
    pytest.param({"messages": []}, ValueError, "must not be empty", id="empty-messages"),
    pytest.param({"messages": "hello"}, TypeError, "messages", id="messages-str"),
    pytest.param({"messages": {"role": "user"}}, TypeError, "messages", id="messages-dict"),
    pytest.param({"messages": ["hello"]}, TypeError, r"messages\[0\]", id="item-str"),
    pytest.param({"messages": [{"content": "x"}]}, TypeError, r"messages\[0\]", id="no-role"),
    pytest.param(
        {"messages": [*OK_MESSAGES, {"role": "", "content": "x"}]},
        TypeError,
        r"messages\[1\]",
        id="empty-role",
    ),
    pytest.param(
        {"messages": [{"role": 3, "content": "x"}]}, TypeError, r"messages\[0\]", id="int-role"
    ),
    pytest.param(
        {"messages": OK_MESSAGES, "temprature": 1}, TypeError, "temprature", id="unknown-kwarg"
    ),
    pytest.param(
        {"messages": OK_MESSAGES, "temperature": "hot"},
        TypeError,
        "temperature",
        id="temperature-str",
    ),
    pytest.param(
        {"messages": OK_MESSAGES, "temperature": True},
        TypeError,
        "temperature",
        id="temperature-bool",
    ),
    pytest.param(
        {"messages": OK_MESSAGES, "max_tokens": 2.5}, TypeError, "max_tokens", id="max-tokens-float"
    ),
    pytest.param(
        {"messages": OK_MESSAGES, "metadata": {"k": 1}}, TypeError, "metadata", id="metadata-values"
    ),
    pytest.param(
        {"messages": OK_MESSAGES, "tools": {"name": "x"}}, TypeError, "tools", id="tools-dict"
    ),
    pytest.param({"messages": OK_MESSAGES, "stream": "yes"}, TypeError, "stream", id="stream-str"),
    pytest.param({"messages": OK_MESSAGES, "stream": 1}, TypeError, "stream", id="stream-int"),
    pytest.param(
        {"messages": OK_MESSAGES, "stream_options": {"include_usage": True}},
        ValueError,
        "stream_options",
        id="stream-options-without-stream",
    ),
    pytest.param(
        {"messages": OK_MESSAGES, "stream": False, "stream_options": {"include_usage": True}},
        ValueError,
        "stream_options",
        id="stream-options-stream-false",
    ),
    pytest.param({}, TypeError, "messages", id="missing-messages"),
    pytest.param({"model": "m"}, TypeError, "messages", id="missing-messages-with-model"),
    pytest.param({"messages": OK_MESSAGES, "model": 3}, TypeError, "model", id="model-int"),
]


@pytest.mark.parametrize(("kwargs", "exc", "match"), BAD_CHAT_CALLS)
async def test_bad_input_raises_before_any_io(
    flavor: Flavor, local: LocalServer, kwargs: dict[str, Any], exc: type, match: str
) -> None:
    client = client_for(flavor, local)
    with pytest.raises(exc, match=match):
        await call(client.chat.completions.create(**kwargs))
    assert local.requests == []
    # the client is still fine
    assert (await create(client)).choices[0].message.content == ECHO


@pytest.mark.usefixtures("no_env_model")
async def test_no_model_and_no_default_raises_before_any_io(
    flavor: Flavor, local: LocalServer
) -> None:
    client = quick(flavor, base_url=local.base_url, max_retries=0)
    for stream in (False, True):
        with pytest.raises(ValueError, match="'model' is required"):
            await create(client, stream=stream)
    assert local.requests == []


async def test_positional_arguments_are_refused(flavor: Flavor, local: LocalServer) -> None:
    client = client_for(flavor, local)
    with pytest.raises(TypeError):
        await call(client.chat.completions.create(MESSAGES))  # type: ignore[misc]
    assert local.requests == []


# --------------------------------------------------------------------------- retries, errors


async def test_a_429_with_retry_after_is_retried(
    flavor: Flavor, any_server: LocalServer, slept: list[float]
) -> None:
    if any_server.gateway:
        any_server.enqueue(GatewayError("rate_limit", retry_after=2), path=CHAT)
    else:
        any_server.enqueue(HTTPErrorReply(429, retry_after=2), path=CHAT)
    client = client_for(flavor, any_server, max_retries=2)
    completion = await create(client)
    assert completion.choices[0].message.content == ECHO
    assert slept == [2.0]
    first, second = any_server.requests
    key = first.headers.get("idempotency-key")
    assert key and key.startswith("bud-")
    assert second.headers.get("idempotency-key") == key  # the same call, resent
    assert first.json == second.json


async def test_a_429_before_a_stream_is_retried(
    flavor: Flavor, local: LocalServer, slept: list[float]
) -> None:
    local.enqueue(HTTPErrorReply(429, retry_after=1), path=CHAT)
    client = client_for(flavor, local, max_retries=1)
    stream = await create(client, stream=True)
    await read_all(stream)
    assert stream.output_text == ECHO
    assert slept == [1.0]
    assert len(local.requests) == 2


async def test_a_429_without_retries_raises(flavor: Flavor, local: LocalServer) -> None:
    local.enqueue(HTTPErrorReply(429, retry_after=2), path=CHAT)
    with pytest.raises(RateLimitError) as info:
        await create(client_for(flavor, local))
    assert info.value.status_code == 429
    assert len(local.requests) == 1


async def test_per_call_max_retries(flavor: Flavor, local: LocalServer, slept: list[float]) -> None:
    local.enqueue(HTTPErrorReply(429, retry_after=3), path=CHAT)
    client = client_for(flavor, local, max_retries=0)
    completion = await create(client, max_retries=1)
    assert completion.choices[0].message.content == ECHO
    assert slept == [3.0]


@pytest.mark.parametrize(
    ("status", "cls"),
    [(400, BadRequestError), (401, AuthenticationError), (404, NotFoundError)],
)
@pytest.mark.parametrize("stream", [False, True], ids=["json", "stream"])
async def test_http_errors_map_to_typed_exceptions(
    flavor: Flavor, local: LocalServer, status: int, cls: type, stream: bool
) -> None:
    local.enqueue(HTTPErrorReply(status, message=f"nope {status}"), path=CHAT)
    client = client_for(flavor, local, max_retries=3)
    with pytest.raises(cls) as info:
        await create(client, stream=stream)
    assert type(info.value) is cls
    assert info.value.status_code == status
    assert f"nope {status}" in str(info.value)
    assert len(local.requests) == 1  # never retried


async def test_a_server_400_names_the_param(flavor: Flavor, local: LocalServer) -> None:
    # passes the SDK's checks, but the server rejects the role
    client = client_for(flavor, local)
    with pytest.raises(BadRequestError, match="role") as info:
        await create(client, messages=[{"role": "robot", "content": "x"}])
    assert info.value.status_code == 400
    assert info.value.body["error"]["param"] == "messages[0].role"


async def test_gateway_errors_map_to_typed_exceptions(flavor: Flavor, gateway: LocalServer) -> None:
    gateway.enqueue(GatewayError("auth"), path=CHAT)
    client = client_for(flavor, gateway)
    with pytest.raises(AuthenticationError, match="Invalid API key"):
        await create(client)
    gateway.enqueue(GatewayError("gateway", status=404, message="Model 'x' not found"), path=CHAT)
    with pytest.raises(NotFoundError, match="Model 'x' not found"):
        await create(client)


async def test_wrong_api_key_is_an_authentication_error(flavor: Flavor) -> None:
    with LocalServer(api_key="sk-the-right-one") as server:
        client = quick(flavor, base_url=server.base_url, api_key="sk-wrong", model="m")
        with pytest.raises(AuthenticationError) as info:
            await create(client)
        assert info.value.status_code == 401
        assert "sk-wrong" not in str(info.value)


async def test_every_post_carries_its_own_idempotency_key(
    flavor: Flavor, local: LocalServer
) -> None:
    client = client_for(flavor, local)
    await create(client)
    await read_all(await create(client, stream=True))
    await create(client, extra_headers={"Idempotency-Key": "mine-1"})
    keys = [r.headers.get("idempotency-key") for r in local.requests]
    assert keys[0] and keys[1] and keys[0] != keys[1]
    assert all(k.startswith("bud-") for k in keys[:2])
    assert keys[2] == "mine-1"


# --------------------------------------------------------------------------- raw response


async def test_with_raw_response_parses_to_the_completion(
    flavor: Flavor, any_server: LocalServer
) -> None:
    client = client_for(flavor, any_server)
    raw = await call(client.chat.completions.with_raw_response.create(messages=MESSAGES))
    assert isinstance(raw, bud.RawResponse)
    assert raw.status_code == 200
    completion = raw.parse()
    assert isinstance(completion, ChatCompletion)
    assert completion.choices[0].message.content == ECHO
    assert raw.headers["content-type"].startswith("application/json")
    if any_server.gateway:
        assert raw.headers["x-tensorzero-inference-id"]
        assert raw.headers["x-tensorzero-gateway-version"]
        info = raw.gateway
        assert isinstance(info, bud.GatewayInfo)
        assert info.inference_id == raw.headers["x-tensorzero-inference-id"]
        assert info.model_latency_ms is not None
    else:
        assert "x-tensorzero-inference-id" not in raw.headers
        assert raw.gateway is None


async def test_with_raw_response_raises_like_the_plain_call(
    flavor: Flavor, local: LocalServer
) -> None:
    client = client_for(flavor, local)
    with pytest.raises(ValueError, match="must not be empty"):
        await call(client.chat.completions.with_raw_response.create(messages=[]))
    local.enqueue(HTTPErrorReply(400, message="bad"), path=CHAT)
    with pytest.raises(BadRequestError):
        await call(client.chat.completions.with_raw_response.create(messages=MESSAGES))
    assert len(local.requests) == 1
