"""The generated models of chat completions, embeddings and classify read real wire data.

They read liberally, as the Responses models do: optional fields may be missing,
unknown fields are kept in `additional_properties` (and written back), and values
the reference does not list (`"service_tier": ""`, a new `finish_reason`) parse.
"""

from __future__ import annotations

import copy
import json
from typing import Any

import bud_api.models as models
import pytest
from bud_api import operations as ops
from bud_api.models import (
    ChatCompletion,
    ChatCompletionChunk,
    ClassifyResponse,
    CreateEmbeddingResponse,
)
from bud_api.types import UNSET

from .inference_samples import (
    EPISODE_ID,
    INFERENCE_ID,
    TOOL_CALL_ID,
    chat_completion_with_logprobs,
    chat_completion_with_tool_call,
    chat_stream,
    chunk,
    classify_result,
    delta_choice,
    embeddings_base64,
    embeddings_float,
    sse,
)

# (model class, sample) for every reply of the three routes
SAMPLES: dict[str, tuple[type, dict[str, Any]]] = {
    "chat tool call": (ChatCompletion, chat_completion_with_tool_call()),
    "chat logprobs": (ChatCompletion, chat_completion_with_logprobs()),
    **{f"chunk {i}": (ChatCompletionChunk, frame) for i, frame in enumerate(chat_stream())},
    "embeddings float": (CreateEmbeddingResponse, embeddings_float()),
    "embeddings base64": (CreateEmbeddingResponse, embeddings_base64()),
    "classify": (ClassifyResponse, classify_result()),
}


@pytest.mark.parametrize("name", sorted(SAMPLES))
def test_each_sample_round_trips(name: str) -> None:
    cls, data = SAMPLES[name]
    parsed = cls.from_dict(copy.deepcopy(data))
    assert type(parsed) is cls
    assert parsed.to_dict() == data
    assert parsed.additional_properties == {}


def test_chat_completion_with_a_tool_call() -> None:
    completion = ChatCompletion.from_dict(chat_completion_with_tool_call())
    assert completion.id == INFERENCE_ID
    assert completion.episode_id == EPISODE_ID
    assert completion.object == "chat.completion"
    assert completion.service_tier == ""  # the gateway sends an empty string
    assert completion.system_fingerprint == ""
    (choice,) = completion.choices
    assert type(choice) is models.ChatCompletionChoice
    assert choice.finish_reason == "tool_calls"
    message = choice.message
    assert type(message) is models.ChatCompletionResponseMessage
    assert message.role == "assistant"
    assert message.content is None
    assert message.refusal is UNSET
    assert message.reasoning_content == "The user wants departures, so call the tool."
    (call,) = message.tool_calls
    assert type(call) is models.ChatCompletionMessageToolCall
    assert (call.id, call.type) == (TOOL_CALL_ID, "function")
    assert type(call.function) is models.ChatCompletionToolCallFunction
    assert call.function.name == "get_departures"
    assert json.loads(call.function.arguments) == {"line": "28E", "stop": "Martim Moniz"}
    usage = completion.usage
    assert type(usage) is models.CompletionUsage
    assert (usage.prompt_tokens, usage.completion_tokens, usage.total_tokens) == (212, 38, 250)
    assert usage.prompt_tokens_details is UNSET


def test_chat_completion_logprobs_and_usage_details() -> None:
    completion = ChatCompletion.from_dict(chat_completion_with_logprobs())
    (choice,) = completion.choices
    assert choice.message.content == "Every 10 minutes."
    assert choice.message.annotations == []
    logprobs = choice.logprobs
    assert type(logprobs) is models.ChatCompletionLogprobs
    (token,) = logprobs.content
    assert type(token) is models.ChatCompletionTokenLogprob
    assert (token.token, token.logprob) == ("Every", -0.0012)
    assert token.bytes == [69, 118, 101, 114, 121]
    assert [t.token for t in token.top_logprobs] == ["Every", "About"]
    assert token.top_logprobs[1].bytes is None
    assert logprobs.refusal is None
    usage = completion.usage
    assert type(usage.prompt_tokens_details) is models.PromptTokensDetails
    assert usage.prompt_tokens_details.cached_tokens == 0
    assert type(usage.completion_tokens_details) is models.CompletionTokensDetails
    assert usage.completion_tokens_details.reasoning_tokens == 0


def test_a_chunk_with_a_delta() -> None:
    first, second, tool_start, tool_more, last, _ = (
        ChatCompletionChunk.from_dict(frame) for frame in chat_stream()
    )
    assert first.object == "chat.completion.chunk"
    assert first.episode_id == EPISODE_ID
    assert first.usage is None
    (choice,) = first.choices
    assert type(choice) is models.ChatCompletionChunkChoice
    assert type(choice.delta) is models.ChatCompletionStreamResponseDelta
    assert choice.delta.role == "assistant"
    assert choice.delta.reasoning_content == "Departures: "
    assert choice.delta.content is UNSET
    assert choice.finish_reason is None
    assert choice.logprobs is None
    assert second.choices[0].delta.role is UNSET
    (call,) = tool_start.choices[0].delta.tool_calls
    assert type(call) is models.ChatCompletionMessageToolCallChunk
    assert (call.index, call.id, call.type) == (0, TOOL_CALL_ID, "function")
    assert type(call.function) is models.ChatCompletionToolCallFunction
    (more,) = tool_more.choices[0].delta.tool_calls
    assert more.id is UNSET  # only the first fragment of a call names it
    assert call.function.arguments + more.function.arguments == '{"line":"28E"}'
    assert last.choices[0].finish_reason == "tool_calls"


def test_a_usage_only_chunk_has_no_choices() -> None:
    final = ChatCompletionChunk.from_dict(chat_stream()[-1])
    assert final.choices == []
    assert type(final.usage) is models.CompletionUsage
    assert final.usage.total_tokens == 250


def test_the_stream_frames_parse_into_the_operations_stream_item() -> None:
    """Each `data:` frame up to `data: [DONE]` is one `stream_item`."""
    item = getattr(models, str(ops.CREATE_CHAT_COMPLETION.stream_item))
    assert item is ChatCompletionChunk
    body = sse(chat_stream())
    frames = [line.removeprefix("data: ") for line in body.splitlines() if line]
    assert frames[-1] == "[DONE]"
    parsed = [item.from_dict(json.loads(frame)) for frame in frames[:-1]]
    assert [p.to_dict() for p in parsed] == chat_stream()
    text = "".join(
        c.delta.reasoning_content
        for p in parsed
        for c in p.choices
        if isinstance(c.delta.reasoning_content, str)
    )
    assert text == "Departures: use the tool."


def test_embeddings_as_floats() -> None:
    result = CreateEmbeddingResponse.from_dict(embeddings_float())
    assert result.object == "list"
    first, second = result.data
    assert type(first) is models.Embedding
    assert first.embedding == [0.0123, -0.0456, 0.0789, -0.1011]
    assert (first.index, second.index) == (0, 1)
    assert first.text == "When does tram 28 run?"
    assert first.chunk_text is UNSET
    assert type(result.usage) is models.EmbeddingUsage
    assert (result.usage.prompt_tokens, result.usage.total_tokens) == (14, 14)


def test_embeddings_as_base64() -> None:
    result = CreateEmbeddingResponse.from_dict(embeddings_base64())
    first, _ = result.data
    assert first.embedding == "AACAPwAAAEAAAEBAAACAQA=="
    assert first.chunk_text == "Tram 28 runs from Martim Moniz"
    assert first.text is UNSET


def test_classify_gives_one_label_list_per_input() -> None:
    result = ClassifyResponse.from_dict(classify_result())
    assert result.object == "classify"
    assert len(result.data) == 2
    first = result.data[0]
    assert all(type(label) is models.ClassifyLabel for label in first)
    assert (first[0].label, first[0].score) == ("positive", 0.912)
    assert max(result.data[1], key=lambda label: label.score).label == "negative"
    assert type(result.usage) is models.ClassifyUsage
    assert result.id == "classify-0198f3a2-7e10-7c2b"


def test_classify_without_id_and_created() -> None:
    data = classify_result()
    del data["id"], data["created"]
    result = ClassifyResponse.from_dict(data)
    assert result.id is UNSET and result.created is UNSET
    assert result.to_dict() == data


# --------------------------------------------------------------- liberal reading

UNKNOWN = {"x_provider_trace": {"region": "eu-west-1", "shards": [1, 2]}}


def _with_unknown(data: dict[str, Any], *path: str | int) -> dict[str, Any]:
    data = copy.deepcopy(data)
    node: Any = data
    for step in path:
        node = node[step]
    node.update(copy.deepcopy(UNKNOWN))
    return data


@pytest.mark.parametrize(
    ("cls", "data", "path"),
    [
        (ChatCompletion, chat_completion_with_tool_call(), ()),
        (ChatCompletion, chat_completion_with_tool_call(), ("choices", 0)),
        (ChatCompletion, chat_completion_with_tool_call(), ("choices", 0, "message")),
        (
            ChatCompletion,
            chat_completion_with_tool_call(),
            ("choices", 0, "message", "tool_calls", 0, "function"),
        ),
        (ChatCompletion, chat_completion_with_tool_call(), ("usage",)),
        (ChatCompletionChunk, chat_stream()[0], ("choices", 0, "delta")),
        (ChatCompletionChunk, chat_stream()[2], ("choices", 0, "delta", "tool_calls", 0)),
        (CreateEmbeddingResponse, embeddings_float(), ()),
        (CreateEmbeddingResponse, embeddings_float(), ("data", 1)),
        (ClassifyResponse, classify_result(), ()),
        (ClassifyResponse, classify_result(), ("data", 0, 2)),
    ],
)
def test_unknown_fields_are_kept(cls: type, data: dict[str, Any], path: tuple[Any, ...]) -> None:
    changed = _with_unknown(data, *path)
    parsed = cls.from_dict(copy.deepcopy(changed))
    node: Any = parsed
    for step in path:
        node = node[step] if isinstance(step, int) else getattr(node, step)
    assert node.additional_properties == UNKNOWN
    assert parsed.to_dict() == changed


@pytest.mark.parametrize(
    ("cls", "data"),
    [
        (ChatCompletion, {}),
        (ChatCompletion, {"choices": [{"message": {"content": "Hi"}}]}),
        (ChatCompletion, {"choices": [{}], "usage": {"total_tokens": 3}}),
        (ChatCompletionChunk, {"choices": [{"delta": {}}]}),
        (ChatCompletionChunk, {"choices": [{"index": 0}], "usage": None}),
        (CreateEmbeddingResponse, {"data": [{"embedding": [0.5]}]}),
        (ClassifyResponse, {"data": [[{"label": "spam"}]]}),
    ],
)
def test_missing_fields_are_tolerated(cls: type, data: dict[str, Any]) -> None:
    parsed = cls.from_dict(copy.deepcopy(data))
    assert parsed.to_dict() == data


def test_values_the_reference_does_not_list_parse() -> None:
    data = chat_completion_with_tool_call()
    data["object"] = "chat.completion.v2"
    data["service_tier"] = "bud-reserved"
    data["choices"][0]["finish_reason"] = "abort"
    data["choices"][0]["message"]["role"] = "reasoner"
    parsed = ChatCompletion.from_dict(copy.deepcopy(data))
    assert parsed.object == "chat.completion.v2"
    assert parsed.choices[0].finish_reason == "abort"
    assert parsed.choices[0].message.role == "reasoner"
    assert parsed.to_dict() == data
    frame = chunk([delta_choice({"role": "critic", "content": "x"}, finish_reason="error")])
    parsed_chunk = ChatCompletionChunk.from_dict(copy.deepcopy(frame))
    assert parsed_chunk.choices[0].delta.role == "critic"
    assert parsed_chunk.to_dict() == frame


def test_a_tool_call_of_an_unknown_type_is_kept_as_data() -> None:
    data = chat_completion_with_tool_call()
    future = {"id": "call_9", "type": "mcp", "server": "transit", "input": "{}"}
    custom = {"id": "call_8", "type": "custom", "custom": {"name": "sql", "input": "SELECT 1"}}
    data["choices"][0]["message"]["tool_calls"] += [custom, future]
    parsed = ChatCompletion.from_dict(copy.deepcopy(data))
    function, custom_call, unknown = parsed.choices[0].message.tool_calls
    assert type(function) is models.ChatCompletionMessageToolCall
    assert type(custom_call) is models.ChatCompletionMessageCustomToolCall
    assert custom_call.custom.name == "sql"
    assert unknown.to_dict() == future
    assert parsed.to_dict() == data


def test_null_where_the_gateway_leaves_values_out() -> None:
    data = chat_completion_with_tool_call()
    data["usage"] = None
    data["choices"][0]["message"]["tool_calls"] = None
    data["choices"][0]["logprobs"] = None
    parsed = ChatCompletion.from_dict(copy.deepcopy(data))
    assert parsed.usage is None
    assert parsed.choices[0].message.tool_calls is None
    assert parsed.to_dict() == data
