"""Unit tests for _semconv_messages: API payloads as GenAI semconv content structures.

Payloads are what `responses.create(**kwargs)` / `chat.completions.create(...)`
receive and what the generated `Response` / `ChatCompletion` models hold, as
models, dicts and look-alike objects. `TestSchemas` checks every structure
built here against the required keys of the OpenTelemetry JSON schemas
(`gen-ai-input-messages.json`, `gen-ai-output-messages.json`,
`gen-ai-system-instructions.json`, `gen-ai-tool-definitions.json`).

Unknown items (e.g. `item_reference`, `web_search_call`) are skipped; an
unknown content part of a known message is kept as `{"type": ...}` only.
"""

from __future__ import annotations

import copy
import json
from types import SimpleNamespace
from typing import Any

import pytest
from bud_api.models.chat_completion import ChatCompletion
from bud_api.models.chat_completion_request_assistant_message import (
    ChatCompletionRequestAssistantMessage,
)
from bud_api.models.chat_completion_request_user_message import ChatCompletionRequestUserMessage
from bud_api.models.chat_completion_tool import ChatCompletionTool
from bud_api.models.easy_input_message import EasyInputMessage
from bud_api.models.function_call_output_item_param import FunctionCallOutputItemParam
from bud_api.models.function_tool import FunctionTool
from bud_api.models.function_tool_call import FunctionToolCall
from bud_api.models.response_object import ResponseObject

from bud.observability._semconv_messages import (
    TRUNCATION_MARKER,
    chat_input_messages,
    chat_output_messages,
    responses_input_messages,
    responses_output_messages,
    system_instructions,
    to_attribute,
    tool_definitions,
)

# a 1x1 PNG
PNG_B64 = (
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAE"
    "hQGAhKmMIQAAAABJRU5ErkJggg=="
)
WEATHER_ARGS = '{"city": "Paris", "unit": "celsius"}'


def _response(**fields: Any) -> ResponseObject:
    base: dict[str, Any] = {"id": "resp_1", "object": "response", "model": "gpt-4o-mini"}
    return ResponseObject.from_dict({**base, **fields})


def _completion(*choices: dict[str, Any]) -> ChatCompletion:
    return ChatCompletion.from_dict(
        {
            "id": "chatcmpl-1",
            "object": "chat.completion",
            "model": "gpt-4o",
            "choices": list(choices),
        }
    )


def _text(content: str) -> dict[str, Any]:
    return {"type": "text", "content": content}


# ----------------------------------------------------------------------------- schema checks
# the required keys (and their JSON types) of the semconv schemas, per part type

_PART_REQUIRED: dict[str, dict[str, type | tuple[type, ...] | None]] = {
    "text": {"content": str},
    "reasoning": {"content": str},
    # the released output schema also requires `id` and `arguments` (null allowed)
    "tool_call": {"name": str, "id": (str, type(None)), "arguments": None},
    "tool_call_response": {"response": None, "id": (str, type(None))},
    "blob": {"modality": str, "content": str},
    "uri": {"modality": str, "uri": str},
    "file": {"modality": str, "file_id": str},
}
_FINISH_REASONS = {"stop", "length", "content_filter", "tool_call", "error"}


def check_part(part: Any) -> None:
    assert isinstance(part, dict)
    assert isinstance(part.get("type"), str)  # GenericPart: `type` only
    for key, kind in _PART_REQUIRED.get(part["type"], {}).items():
        assert key in part, (part, key)
        if kind is not None:
            assert isinstance(part[key], kind), (part, key)
    if part["type"] == "tool_call_response" and isinstance(part["response"], list):
        for inner in part["response"]:
            check_part(inner)


def check_input_messages(messages: Any) -> None:
    assert isinstance(messages, list) and messages
    for message in messages:
        assert isinstance(message.get("role"), str)
        assert isinstance(message.get("parts"), list)
        assert isinstance(message.get("name", ""), str)
        for part in message["parts"]:
            check_part(part)
    json.loads(to_attribute(messages, 10_000))


def check_output_messages(messages: Any, reasons: set[str] = _FINISH_REASONS) -> None:
    check_input_messages(messages)
    for message in messages:
        assert message.get("finish_reason") in reasons


def check_tool_definitions(tools: Any) -> None:
    assert isinstance(tools, list) and tools
    for tool in tools:
        assert isinstance(tool.get("type"), str)
        assert isinstance(tool.get("name"), str)
        if tool["type"] == "function":
            assert "description" in tool  # required by the released schema; null = none
            assert isinstance(tool["description"], str | None)
            assert isinstance(tool.get("parameters"), dict | None)
    json.loads(to_attribute(tools, 10_000))


def check_system_instructions(parts: Any) -> None:
    assert isinstance(parts, list) and parts
    for part in parts:
        check_part(part)
    json.loads(to_attribute(parts, 10_000))


# ----------------------------------------------------------------------------- Responses input


class TestResponsesInput:
    def test_string_input_is_one_user_message(self) -> None:
        messages = responses_input_messages({"model": "gpt-4o-mini", "input": "Hi there"})
        assert messages == [{"role": "user", "parts": [_text("Hi there")]}]

    @pytest.mark.parametrize("kwargs", [{}, {"input": None}, {"input": []}, {"input": 42}])
    def test_no_input_is_none(self, kwargs: dict[str, Any]) -> None:
        assert responses_input_messages(kwargs) is None

    def test_roles_and_string_content(self) -> None:
        messages = responses_input_messages(
            {
                "input": [
                    {"role": "developer", "content": "Answer in French."},
                    {"role": "user", "content": "Hello"},
                    {"type": "message", "role": "assistant", "content": "Bonjour"},
                    {"role": "user", "content": "How are you?"},
                ]
            }
        )
        assert messages == [
            {"role": "developer", "parts": [_text("Answer in French.")]},
            {"role": "user", "parts": [_text("Hello")]},
            {"role": "assistant", "parts": [_text("Bonjour")]},
            {"role": "user", "parts": [_text("How are you?")]},
        ]

    def test_images_and_files(self) -> None:
        content = [
            {"type": "input_text", "text": "What is in these?"},
            {"type": "input_image", "image_url": "https://example.com/cat.jpg", "detail": "low"},
            {"type": "input_image", "image_url": f"data:image/png;base64,{PNG_B64}"},
            {"type": "input_image", "file_id": "file-img1"},
            {"type": "input_file", "file_id": "file-doc1"},
            {"type": "input_file", "file_url": "https://example.com/report.pdf"},
            {
                "type": "input_file",
                "filename": "a.pdf",
                "file_data": "data:application/pdf;base64,JVBERi0=",
            },
        ]
        messages = responses_input_messages({"input": [{"role": "user", "content": content}]})
        assert messages is not None
        assert messages[0]["parts"] == [
            _text("What is in these?"),
            {"type": "uri", "modality": "image", "uri": "https://example.com/cat.jpg"},
            {"type": "blob", "mime_type": "image/png", "modality": "image", "content": PNG_B64},
            {"type": "file", "modality": "image", "file_id": "file-img1"},
            {"type": "file", "modality": "document", "file_id": "file-doc1"},
            {"type": "uri", "modality": "document", "uri": "https://example.com/report.pdf"},
            {
                "type": "blob",
                "mime_type": "application/pdf",
                "modality": "document",
                "content": "JVBERi0=",
            },
        ]
        check_input_messages(messages)

    def test_tool_loop_groups_model_items_into_one_assistant_message(self) -> None:
        # a second turn: the caller sends back the model's items and the tool results
        messages = responses_input_messages(
            {
                "input": [
                    {"role": "user", "content": "Weather in Paris and Rome?"},
                    {
                        "type": "reasoning",
                        "id": "rs_1",
                        "summary": [{"type": "summary_text", "text": "Two cities: two calls."}],
                        "encrypted_content": "gAAAA...",
                    },
                    {
                        "type": "function_call",
                        "id": "fc_1",
                        "call_id": "call_a",
                        "name": "get_weather",
                        "arguments": WEATHER_ARGS,
                    },
                    {
                        "type": "function_call",
                        "id": "fc_2",
                        "call_id": "call_b",
                        "name": "get_weather",
                        "arguments": '{"city": "Rome"}',
                    },
                    {"type": "function_call_output", "call_id": "call_a", "output": "18°C, sunny"},
                    {
                        "type": "function_call_output",
                        "call_id": "call_b",
                        "output": [{"type": "input_text", "text": "22°C"}],
                    },
                ]
            }
        )
        assert messages == [
            {"role": "user", "parts": [_text("Weather in Paris and Rome?")]},
            {
                "role": "assistant",
                "parts": [
                    {"type": "reasoning", "content": "Two cities: two calls."},
                    {
                        "type": "tool_call",
                        "id": "call_a",
                        "name": "get_weather",
                        "arguments": {"city": "Paris", "unit": "celsius"},
                    },
                    {
                        "type": "tool_call",
                        "id": "call_b",
                        "name": "get_weather",
                        "arguments": {"city": "Rome"},
                    },
                ],
            },
            {
                "role": "tool",
                "parts": [
                    {"type": "tool_call_response", "id": "call_a", "response": "18°C, sunny"}
                ],
            },
            {
                "role": "tool",
                "parts": [
                    {"type": "tool_call_response", "id": "call_b", "response": [_text("22°C")]}
                ],
            },
        ]
        check_input_messages(messages)

    def test_function_call_joins_a_preceding_assistant_message(self) -> None:
        messages = responses_input_messages(
            {
                "input": [
                    {"role": "assistant", "content": "Let me check."},
                    {"type": "function_call", "call_id": "c1", "name": "lookup", "arguments": "{}"},
                ]
            }
        )
        assert messages == [
            {
                "role": "assistant",
                "parts": [
                    _text("Let me check."),
                    {"type": "tool_call", "id": "c1", "name": "lookup", "arguments": {}},
                ],
            }
        ]

    def test_generated_models_as_input_items(self) -> None:
        # what a caller gets from the SDK and feeds back: models, not dicts
        items = [
            EasyInputMessage.from_dict(
                {
                    "role": "user",
                    "content": [
                        {"type": "input_text", "text": "Describe"},
                        {"type": "input_image", "image_url": "https://example.com/a.png"},
                    ],
                }
            ),
            *_response(
                status="completed",
                output=[
                    {
                        "type": "message",
                        "id": "msg_1",
                        "role": "assistant",
                        "status": "completed",
                        "content": [{"type": "output_text", "text": "A cat.", "annotations": []}],
                    },
                    {
                        "type": "function_call",
                        "call_id": "call_z",
                        "name": "zoom",
                        "arguments": '{"x": 1}',
                    },
                ],
            ).output,
            FunctionCallOutputItemParam.from_dict(
                {"type": "function_call_output", "call_id": "call_z", "output": "zoomed"}
            ),
        ]
        messages = responses_input_messages({"input": items})
        assert messages == [
            {
                "role": "user",
                "parts": [
                    _text("Describe"),
                    {"type": "uri", "modality": "image", "uri": "https://example.com/a.png"},
                ],
            },
            {
                "role": "assistant",
                "parts": [
                    _text("A cat."),
                    {"type": "tool_call", "id": "call_z", "name": "zoom", "arguments": {"x": 1}},
                ],
            },
            {
                "role": "tool",
                "parts": [{"type": "tool_call_response", "id": "call_z", "response": "zoomed"}],
            },
        ]
        check_input_messages(messages)

    def test_unknown_items_are_skipped_and_unknown_parts_keep_their_type(self) -> None:
        messages = responses_input_messages(
            {
                "input": [
                    {"type": "item_reference", "id": "msg_old"},
                    {"type": "web_search_call", "id": "ws_1", "status": "completed"},
                    {
                        "role": "user",
                        "content": [
                            {"type": "input_text", "text": "hi"},
                            {"type": "input_hologram", "data": "x" * 10_000},
                        ],
                    },
                    "not an item",
                    {"content": "no role"},
                ]
            }
        )
        assert messages == [
            {"role": "user", "parts": [_text("hi"), {"type": "input_hologram"}]},
        ]

    def test_only_unknown_items_is_none(self) -> None:
        assert responses_input_messages({"input": [{"type": "item_reference", "id": "x"}]}) is None

    @pytest.mark.parametrize(
        ("raw", "expected"),
        [
            ('{"city": "Par', '{"city": "Par'),  # cut off: kept as the model wrote it
            ("[1, 2]", "[1, 2]"),  # valid JSON but not an object
            ("not json", "not json"),
            ("", ""),
        ],
    )
    def test_arguments_that_are_no_json_object_stay_raw(self, raw: str, expected: str) -> None:
        messages = responses_input_messages(
            {"input": [{"type": "function_call", "call_id": "c", "name": "f", "arguments": raw}]}
        )
        assert messages is not None
        assert messages[0]["parts"][0]["arguments"] == expected

    def test_custom_tool_call_and_output(self) -> None:
        messages = responses_input_messages(
            {
                "input": [
                    {
                        "type": "custom_tool_call",
                        "call_id": "ct1",
                        "name": "run_sql",
                        "input": "SELECT 1",
                    },
                    {"type": "custom_tool_call_output", "call_id": "ct1", "output": "1"},
                ]
            }
        )
        assert messages == [
            {
                "role": "assistant",
                "parts": [
                    {"type": "tool_call", "id": "ct1", "name": "run_sql", "arguments": "SELECT 1"}
                ],
            },
            {
                "role": "tool",
                "parts": [{"type": "tool_call_response", "id": "ct1", "response": "1"}],
            },
        ]

    def test_reasoning_prefers_content_and_skips_encrypted_only(self) -> None:
        messages = responses_input_messages(
            {
                "input": [
                    {"type": "reasoning", "id": "rs_0", "encrypted_content": "gAAA", "summary": []},
                    {
                        "type": "reasoning",
                        "id": "rs_1",
                        "summary": [{"type": "summary_text", "text": "short"}],
                        "content": [
                            {"type": "reasoning_text", "text": "step 1"},
                            {"type": "reasoning_text", "text": "step 2"},
                        ],
                    },
                ]
            }
        )
        assert messages == [
            {
                "role": "assistant",
                "parts": [
                    {"type": "reasoning", "content": "step 1"},
                    {"type": "reasoning", "content": "step 2"},
                ],
            }
        ]


# ----------------------------------------------------------------------------- instructions, tools


class TestSystemInstructions:
    def test_string(self) -> None:
        parts = system_instructions("You are a helpful assistant.")
        assert parts == [_text("You are a helpful assistant.")]
        check_system_instructions(parts)

    @pytest.mark.parametrize("value", [None, "", [], 3])
    def test_nothing_is_none(self, value: object) -> None:
        assert system_instructions(value) is None

    def test_echoed_list_gives_the_parts_of_its_messages(self) -> None:
        parts = system_instructions(
            [
                {"role": "system", "content": "Be brief."},
                {"role": "developer", "content": [{"type": "input_text", "text": "Use JSON."}]},
            ]
        )
        assert parts == [_text("Be brief."), _text("Use JSON.")]


class TestToolDefinitions:
    PARAMS: dict[str, Any] = {
        "type": "object",
        "properties": {"city": {"type": "string"}},
        "required": ["city"],
    }

    def test_responses_and_chat_function_tools(self) -> None:
        tools = tool_definitions(
            [
                {
                    "type": "function",
                    "name": "get_weather",
                    "description": "Current weather",
                    "parameters": self.PARAMS,
                    "strict": True,
                },
                {
                    "type": "function",
                    "function": {
                        "name": "get_time",
                        "description": "Current time",
                        "parameters": {"type": "object", "properties": {}},
                    },
                },
            ]
        )
        assert tools == [
            {
                "type": "function",
                "name": "get_weather",
                "description": "Current weather",
                "parameters": self.PARAMS,
            },
            {
                "type": "function",
                "name": "get_time",
                "description": "Current time",
                "parameters": {"type": "object", "properties": {}},
            },
        ]
        check_tool_definitions(tools)

    def test_generated_models(self) -> None:
        tools = tool_definitions(
            [
                FunctionTool.from_dict(
                    {"type": "function", "name": "get_weather", "parameters": self.PARAMS}
                ),
                ChatCompletionTool.from_dict(
                    {"type": "function", "function": {"name": "f", "description": "F"}}
                ),
            ]
        )
        assert tools == [
            {
                "type": "function",
                "name": "get_weather",
                "description": None,
                "parameters": self.PARAMS,
            },
            {"type": "function", "name": "f", "description": "F", "parameters": None},
        ]
        check_tool_definitions(tools)

    def test_other_tool_kinds_keep_type_and_a_name(self) -> None:
        tools = tool_definitions(
            [
                {"type": "web_search_preview"},
                {"type": "file_search", "vector_store_ids": ["vs_1"]},
                {"type": "mcp", "server_label": "deepwiki", "server_url": "https://x"},
                {"type": "custom", "name": "run_sql", "description": "SQL"},
                {"type": "custom", "custom": {"name": "grammar_tool"}},  # Chat custom tool
                {"name": "no type"},
                "garbage",
            ]
        )
        assert tools == [
            {"type": "web_search_preview", "name": "web_search_preview"},
            {"type": "file_search", "name": "file_search"},
            {"type": "mcp", "name": "mcp"},
            {"type": "custom", "name": "run_sql"},
            {"type": "custom", "name": "grammar_tool"},
        ]
        check_tool_definitions(tools)

    @pytest.mark.parametrize("value", [None, [], "tools", {"type": "function"}])
    def test_nothing_is_none(self, value: object) -> None:
        assert tool_definitions(value) is None


# ----------------------------------------------------------------------------- Responses output


class TestResponsesOutput:
    def test_text_answer_stops(self) -> None:
        response = _response(
            status="completed",
            output=[
                {
                    "type": "message",
                    "id": "msg_1",
                    "role": "assistant",
                    "status": "completed",
                    "content": [
                        {"type": "output_text", "text": "Paris is ", "annotations": []},
                        {"type": "output_text", "text": "the capital.", "annotations": []},
                    ],
                }
            ],
        )
        messages = responses_output_messages(response)
        assert messages == [
            {
                "role": "assistant",
                "parts": [_text("Paris is "), _text("the capital.")],
                "finish_reason": "stop",
            }
        ]
        check_output_messages(messages)

    def test_reasoning_then_parallel_function_calls(self) -> None:
        response = _response(
            status="completed",
            output=[
                {
                    "type": "reasoning",
                    "id": "rs_1",
                    "summary": [
                        {"type": "summary_text", "text": "Need both cities."},
                        {"type": "summary_text", "text": "Call twice."},
                    ],
                },
                {
                    "type": "function_call",
                    "id": "fc_1",
                    "call_id": "call_a",
                    "name": "get_weather",
                    "arguments": WEATHER_ARGS,
                    "status": "completed",
                },
                {
                    "type": "function_call",
                    "id": "fc_2",
                    "call_id": "call_b",
                    "name": "get_weather",
                    "arguments": '{"city": "Ro',  # broken JSON stays raw
                    "status": "completed",
                },
            ],
        )
        messages = responses_output_messages(response)
        assert messages == [
            {
                "role": "assistant",
                "parts": [
                    {"type": "reasoning", "content": "Need both cities."},
                    {"type": "reasoning", "content": "Call twice."},
                    {
                        "type": "tool_call",
                        "id": "call_a",
                        "name": "get_weather",
                        "arguments": {"city": "Paris", "unit": "celsius"},
                    },
                    {
                        "type": "tool_call",
                        "id": "call_b",
                        "name": "get_weather",
                        "arguments": '{"city": "Ro',
                    },
                ],
                "finish_reason": "tool_call",
            }
        ]
        check_output_messages(messages)

    def test_refusal_is_text(self) -> None:
        response = _response(
            status="completed",
            output=[
                {
                    "type": "message",
                    "role": "assistant",
                    "content": [{"type": "refusal", "refusal": "I can't help with that."}],
                }
            ],
        )
        messages = responses_output_messages(response)
        assert messages is not None
        assert messages[0]["parts"] == [_text("I can't help with that.")]
        assert messages[0]["finish_reason"] == "stop"

    @pytest.mark.parametrize(
        ("details", "expected"),
        [
            ({"reason": "max_output_tokens"}, "length"),
            ({"reason": "content_filter"}, "content_filter"),
            (None, "incomplete"),
        ],
    )
    def test_incomplete(self, details: dict[str, str] | None, expected: str) -> None:
        response = _response(
            status="incomplete",
            incomplete_details=details,
            output=[
                {
                    "type": "message",
                    "role": "assistant",
                    "content": [{"type": "output_text", "text": "Par"}],
                }
            ],
        )
        messages = responses_output_messages(response)
        assert messages is not None
        assert messages[0]["finish_reason"] == expected
        check_output_messages(messages, _FINISH_REASONS | {"incomplete"})

    def test_unknown_incomplete_reason_is_passed_through(self) -> None:
        response = SimpleNamespace(
            status="incomplete",
            incomplete_details=SimpleNamespace(reason="max_tool_calls"),
            output=[
                SimpleNamespace(
                    type="message", content=[SimpleNamespace(type="output_text", text="x")]
                )
            ],
        )
        messages = responses_output_messages(response)
        assert messages is not None
        assert messages[0]["finish_reason"] == "max_tool_calls"

    @pytest.mark.parametrize("status", ["failed", "cancelled", "in_progress"])
    def test_unfinished_with_partial_output_is_error(self, status: str) -> None:
        response = _response(
            status=status,
            error={"code": "server_error", "message": "boom"} if status == "failed" else None,
            output=[
                {
                    "type": "message",
                    "role": "assistant",
                    "content": [{"type": "output_text", "text": "Par"}],
                }
            ],
        )
        messages = responses_output_messages(response)
        assert messages is not None
        assert messages[0]["finish_reason"] == "error"

    def test_failed_without_output_is_none(self) -> None:
        response = _response(status="failed", error={"code": "server_error", "message": "boom"})
        assert responses_output_messages(response) is None
        assert responses_output_messages(_response(status="failed", output=[])) is None

    def test_unset_fields(self) -> None:
        # a model whose optional fields were never sent: content, arguments, status all UNSET
        response = _response(
            output=[
                {"type": "message"},
                {"type": "function_call", "call_id": "c1", "name": "ping"},
                {"type": "message", "content": [{"type": "output_text"}]},
            ]
        )
        messages = responses_output_messages(response)
        assert messages == [
            {
                "role": "assistant",
                "parts": [
                    {"type": "tool_call", "id": "c1", "name": "ping", "arguments": None},
                    _text(""),
                ],
                "finish_reason": "tool_call",
            }
        ]
        check_output_messages(messages)

    def test_unknown_output_items_are_skipped(self) -> None:
        response = _response(
            status="completed",
            output=[
                {"type": "web_search_call", "id": "ws_1", "status": "completed"},
                {
                    "type": "message",
                    "role": "assistant",
                    "content": [
                        {"type": "output_text", "text": "Found it."},
                        {"type": "output_hologram", "data": "zz"},  # unknown part: type only
                    ],
                },
                {"type": "image_generation_call", "id": "ig_1", "result": "base64..."},
            ],
        )
        messages = responses_output_messages(response)
        assert messages == [
            {
                "role": "assistant",
                "parts": [_text("Found it."), {"type": "output_hologram"}],
                "finish_reason": "stop",
            }
        ]
        check_output_messages(messages)

    def test_dicts_and_look_alikes(self) -> None:
        as_dict = {
            "status": "completed",
            "output": [
                {"type": "message", "content": [{"type": "output_text", "text": "hi"}]},
                {"type": "function_call", "call_id": "c", "name": "f", "arguments": "{}"},
            ],
        }
        as_object = SimpleNamespace(
            status="completed",
            output=[
                SimpleNamespace(
                    type="message", content=[SimpleNamespace(type="output_text", text="hi")]
                ),
                SimpleNamespace(type="function_call", call_id="c", name="f", arguments="{}"),
            ],
        )
        expected = [
            {
                "role": "assistant",
                "parts": [
                    _text("hi"),
                    {"type": "tool_call", "id": "c", "name": "f", "arguments": {}},
                ],
                "finish_reason": "tool_call",
            }
        ]
        assert responses_output_messages(as_dict) == expected
        assert responses_output_messages(as_object) == expected
        assert responses_output_messages(FunctionToolCall) is None  # nothing shaped like a response
        assert responses_output_messages(None) is None


# ----------------------------------------------------------------------------- Chat input


class TestChatInput:
    def test_conversation_with_tools(self) -> None:
        messages = chat_input_messages(
            [
                {"role": "system", "content": "You are terse."},
                {"role": "developer", "content": [{"type": "text", "text": "Use metric units."}]},
                {"role": "user", "content": "Weather in Paris and Rome?", "name": "alice"},
                {
                    "role": "assistant",
                    "content": None,
                    "tool_calls": [
                        {
                            "id": "call_a",
                            "type": "function",
                            "function": {"name": "get_weather", "arguments": WEATHER_ARGS},
                        },
                        {
                            "id": "call_b",
                            "type": "function",
                            "function": {"name": "get_weather", "arguments": '{"city": "Rome"}'},
                        },
                    ],
                },
                {"role": "tool", "tool_call_id": "call_a", "content": "18°C"},
                {
                    "role": "tool",
                    "tool_call_id": "call_b",
                    "content": [{"type": "text", "text": "22°C"}],
                },
            ]
        )
        assert messages == [
            {"role": "system", "parts": [_text("You are terse.")]},
            {"role": "developer", "parts": [_text("Use metric units.")]},
            {"role": "user", "parts": [_text("Weather in Paris and Rome?")], "name": "alice"},
            {
                "role": "assistant",
                "parts": [
                    {
                        "type": "tool_call",
                        "id": "call_a",
                        "name": "get_weather",
                        "arguments": {"city": "Paris", "unit": "celsius"},
                    },
                    {
                        "type": "tool_call",
                        "id": "call_b",
                        "name": "get_weather",
                        "arguments": {"city": "Rome"},
                    },
                ],
            },
            {
                "role": "tool",
                "parts": [{"type": "tool_call_response", "id": "call_a", "response": "18°C"}],
            },
            {
                "role": "tool",
                "parts": [
                    {"type": "tool_call_response", "id": "call_b", "response": [_text("22°C")]}
                ],
            },
        ]
        check_input_messages(messages)

    def test_multimodal_user_content(self) -> None:
        messages = chat_input_messages(
            [
                {
                    "role": "user",
                    "content": [
                        {"type": "text", "text": "Compare"},
                        {
                            "type": "image_url",
                            "image_url": {"url": "https://example.com/a.jpg", "detail": "high"},
                        },
                        {
                            "type": "image_url",
                            "image_url": {"url": f"data:image/png;base64,{PNG_B64}"},
                        },
                        {
                            "type": "input_audio",
                            "input_audio": {"data": "UklGRg==", "format": "wav"},
                        },
                        {"type": "input_audio", "input_audio": {"data": "SUQz", "format": "mp3"}},
                        {"type": "file", "file": {"file_id": "file-abc"}},
                        {
                            "type": "file",
                            "file": {
                                "filename": "r.pdf",
                                "file_data": "data:application/pdf;base64,JVBE",
                            },
                        },
                        {"type": "file", "file": {"file_data": "JVBE"}},  # bare base64
                    ],
                }
            ]
        )
        assert messages is not None
        assert messages[0]["parts"] == [
            _text("Compare"),
            {"type": "uri", "modality": "image", "uri": "https://example.com/a.jpg"},
            {"type": "blob", "mime_type": "image/png", "modality": "image", "content": PNG_B64},
            {"type": "blob", "mime_type": "audio/wav", "modality": "audio", "content": "UklGRg=="},
            {"type": "blob", "mime_type": "audio/mpeg", "modality": "audio", "content": "SUQz"},
            {"type": "file", "modality": "document", "file_id": "file-abc"},
            {
                "type": "blob",
                "mime_type": "application/pdf",
                "modality": "document",
                "content": "JVBE",
            },
            {"type": "blob", "modality": "document", "content": "JVBE"},
        ]
        check_input_messages(messages)

    def test_assistant_refusal_reasoning_and_empty_content(self) -> None:
        messages = chat_input_messages(
            [
                {"role": "assistant", "content": "", "refusal": "I can't do that."},
                {"role": "assistant", "content": "42", "reasoning_content": "6 times 7"},
            ]
        )
        assert messages == [
            {"role": "assistant", "parts": [_text("I can't do that.")]},
            {
                "role": "assistant",
                "parts": [{"type": "reasoning", "content": "6 times 7"}, _text("42")],
            },
        ]

    def test_generated_models(self) -> None:
        messages = chat_input_messages(
            [
                ChatCompletionRequestUserMessage.from_dict(
                    {
                        "role": "user",
                        "name": "bob",
                        "content": [
                            {"type": "text", "text": "hi"},
                            {"type": "image_url", "image_url": {"url": "https://a/b.png"}},
                        ],
                    }
                ),
                ChatCompletionRequestAssistantMessage.from_dict(
                    {
                        "role": "assistant",
                        "tool_calls": [
                            {
                                "id": "t1",
                                "type": "function",
                                "function": {"name": "f", "arguments": "{}"},
                            }
                        ],
                    }
                ),
            ]
        )
        assert messages == [
            {
                "role": "user",
                "parts": [
                    _text("hi"),
                    {"type": "uri", "modality": "image", "uri": "https://a/b.png"},
                ],
                "name": "bob",
            },
            {
                "role": "assistant",
                "parts": [{"type": "tool_call", "id": "t1", "name": "f", "arguments": {}}],
            },
        ]
        check_input_messages(messages)

    def test_unknown_parts_and_roleless_messages(self) -> None:
        messages = chat_input_messages(
            [
                {"content": "no role"},
                {
                    "role": "user",
                    "content": [{"type": "video_url", "video_url": {"url": "x"}}, {"text": "?"}],
                },
            ]
        )
        assert messages == [{"role": "user", "parts": [{"type": "video_url"}, {"type": "unknown"}]}]

    @pytest.mark.parametrize("value", [None, [], "hello", {"role": "user"}])
    def test_nothing_is_none(self, value: object) -> None:
        assert chat_input_messages(value) is None


# ----------------------------------------------------------------------------- Chat output


class TestChatOutput:
    def test_text_and_tool_call_choices(self) -> None:
        completion = _completion(
            {
                "index": 0,
                "finish_reason": "stop",
                "message": {"role": "assistant", "content": "Hello!"},
            },
            {
                "index": 1,
                "finish_reason": "tool_calls",
                "message": {
                    "role": "assistant",
                    "content": None,
                    "tool_calls": [
                        {
                            "id": "call_1",
                            "type": "function",
                            "function": {"name": "a", "arguments": "{}"},
                        },
                        {
                            "id": "call_2",
                            "type": "function",
                            "function": {"name": "b", "arguments": "oops"},
                        },
                    ],
                },
            },
        )
        messages = chat_output_messages(completion)
        assert messages == [
            {"role": "assistant", "parts": [_text("Hello!")], "finish_reason": "stop"},
            {
                "role": "assistant",
                "parts": [
                    {"type": "tool_call", "id": "call_1", "name": "a", "arguments": {}},
                    {"type": "tool_call", "id": "call_2", "name": "b", "arguments": "oops"},
                ],
                "finish_reason": "tool_call",
            },
        ]
        check_output_messages(messages)

    def test_reasoning_refusal_and_finish_reasons(self) -> None:
        completion = _completion(
            {
                "index": 0,
                "finish_reason": "length",
                "message": {
                    "role": "assistant",
                    "content": "The answ",
                    "reasoning_content": "Think…",
                },
            },
            {
                "index": 1,
                "finish_reason": "content_filter",
                "message": {"role": "assistant", "content": None, "refusal": "Sorry, no."},
            },
        )
        messages = chat_output_messages(completion)
        assert messages == [
            {
                "role": "assistant",
                "parts": [{"type": "reasoning", "content": "Think…"}, _text("The answ")],
                "finish_reason": "length",
            },
            {
                "role": "assistant",
                "parts": [_text("Sorry, no.")],
                "finish_reason": "content_filter",
            },
        ]
        check_output_messages(messages)

    def test_unset_fields_keep_the_choice(self) -> None:
        # no message, no finish reason: still one message, so positions match finish_reasons
        completion = _completion({"index": 0}, {"index": 1, "finish_reason": "stop", "message": {}})
        messages = chat_output_messages(completion)
        assert messages == [
            {"role": "assistant", "parts": [], "finish_reason": "error"},
            {"role": "assistant", "parts": [], "finish_reason": "stop"},
        ]
        check_output_messages(messages)

    def test_unknown_finish_reason_is_passed_through(self) -> None:
        messages = chat_output_messages(
            {
                "choices": [
                    {"finish_reason": "eos", "message": {"role": "assistant", "content": "x"}}
                ]
            }
        )
        assert messages == [{"role": "assistant", "parts": [_text("x")], "finish_reason": "eos"}]

    def test_look_alike_objects(self) -> None:
        call = SimpleNamespace(
            id="call_9", type="function", function=SimpleNamespace(name="f", arguments='{"a": [1]}')
        )
        completion = SimpleNamespace(
            choices=[
                SimpleNamespace(
                    finish_reason="tool_calls",
                    message=SimpleNamespace(
                        role="assistant", content="On it.", tool_calls=[call], refusal=None
                    ),
                )
            ]
        )
        assert chat_output_messages(completion) == [
            {
                "role": "assistant",
                "parts": [
                    _text("On it."),
                    {"type": "tool_call", "id": "call_9", "name": "f", "arguments": {"a": [1]}},
                ],
                "finish_reason": "tool_call",
            }
        ]

    def test_custom_tool_call(self) -> None:
        messages = chat_output_messages(
            {
                "choices": [
                    {
                        "finish_reason": "tool_calls",
                        "message": {
                            "role": "assistant",
                            "tool_calls": [
                                {
                                    "id": "c",
                                    "type": "custom",
                                    "custom": {"name": "sql", "input": "SELECT 1"},
                                }
                            ],
                        },
                    }
                ]
            }
        )
        assert messages is not None
        assert messages[0]["parts"] == [
            {"type": "tool_call", "id": "c", "name": "sql", "arguments": "SELECT 1"}
        ]

    @pytest.mark.parametrize("value", [None, {}, {"choices": []}, _completion()])
    def test_no_choices_is_none(self, value: object) -> None:
        assert chat_output_messages(value) is None


# ----------------------------------------------------------------------------- to_attribute


class TestToAttribute:
    def test_short_values_are_plain_json(self) -> None:
        messages = [{"role": "user", "parts": [_text("héllo 你好")]}]
        value = to_attribute(messages, 100)
        assert value == json.dumps(messages, ensure_ascii=False, separators=(",", ":"))
        assert "你好" in value  # not \\u-escaped

    def test_long_text_is_cut_with_the_marker(self) -> None:
        messages = [{"role": "user", "parts": [_text("é" * 50), _text("short")]}]
        parsed = json.loads(to_attribute(messages, 10))
        assert parsed[0]["parts"][0]["content"] == "é" * 10 + TRUNCATION_MARKER
        assert parsed[0]["parts"][1]["content"] == "short"

    def test_exactly_the_limit_is_not_cut(self) -> None:
        parsed = json.loads(to_attribute([{"role": "user", "parts": [_text("x" * 10)]}], 10))
        assert parsed[0]["parts"][0]["content"] == "x" * 10

    def test_json_breaking_characters_are_cut_safely(self) -> None:
        # quotes, backslashes and newlines near the cut: the value is cut, never the JSON
        text = 'say "hi"\\n\n' * 20
        parsed = json.loads(to_attribute([{"role": "user", "parts": [_text(text)]}], 9))
        assert parsed[0]["parts"][0]["content"] == text[:9] + TRUNCATION_MARKER

    def test_tool_call_arguments_and_responses(self) -> None:
        messages = [
            {
                "role": "assistant",
                "parts": [
                    {
                        "type": "tool_call",
                        "id": "a",
                        "name": "f",
                        "arguments": '{"q": "' + "x" * 40 + '"}',
                    },
                    {"type": "tool_call", "id": "b", "name": "f", "arguments": {"q": "y" * 40}},
                ],
            },
            {
                "role": "tool",
                "parts": [{"type": "tool_call_response", "id": "a", "response": "r" * 40}],
            },
            {
                "role": "tool",
                "parts": [{"type": "tool_call_response", "id": "b", "response": [_text("t" * 40)]}],
            },
        ]
        parsed = json.loads(to_attribute(messages, 8))
        assert parsed[0]["parts"][0]["arguments"] == '{"q": "x' + TRUNCATION_MARKER
        assert parsed[0]["parts"][1]["arguments"] == {"q": "y" * 40}  # parsed: not cut
        assert parsed[1]["parts"][0]["response"] == "r" * 8 + TRUNCATION_MARKER
        assert parsed[2]["parts"][0]["response"] == [_text("t" * 8 + TRUNCATION_MARKER)]
        assert parsed[0]["parts"][0]["id"] == "a"  # only the content-like keys are cut

    def test_blob_content_is_cut(self) -> None:
        blob = {"type": "blob", "modality": "image", "mime_type": "image/png", "content": PNG_B64}
        parsed = json.loads(to_attribute([{"role": "user", "parts": [blob]}], 16))
        assert parsed[0]["parts"][0]["content"] == PNG_B64[:16] + TRUNCATION_MARKER
        assert parsed[0]["parts"][0]["mime_type"] == "image/png"

    def test_system_instructions_and_tool_definitions(self) -> None:
        parsed = json.loads(to_attribute([_text("a" * 30)], 5))
        assert parsed == [_text("aaaaa" + TRUNCATION_MARKER)]
        tools = [{"type": "function", "name": "f", "description": "d" * 30, "parameters": None}]
        assert json.loads(to_attribute(tools, 5)) == tools

    def test_input_is_not_changed(self) -> None:
        messages = [
            {"role": "user", "parts": [_text("x" * 100)]},
            {
                "role": "tool",
                "parts": [
                    {"type": "tool_call_response", "id": "1", "response": [_text("y" * 100)]}
                ],
            },
        ]
        before = copy.deepcopy(messages)
        to_attribute(messages, 5)
        assert messages == before

    def test_zero_and_negative_limits(self) -> None:
        assert json.loads(to_attribute([_text("abc")], 0)) == [_text(TRUNCATION_MARKER)]
        assert json.loads(to_attribute([_text("abc")], -3)) == [_text(TRUNCATION_MARKER)]

    def test_values_json_cannot_encode_are_serialised(self) -> None:
        class Schema:
            def to_dict(self) -> dict[str, Any]:
                return {"type": "object"}

        parsed = json.loads(to_attribute([{"type": "function", "parameters": Schema()}], 5))
        assert parsed[0]["parameters"] == {"type": "object"}
        parsed = json.loads(to_attribute([{"type": "x", "value": {1, 2}}], 100))
        assert parsed[0]["value"] in ([1, 2], "{1, 2}")  # msgspec: a list; json: the repr

    def test_the_builders_leave_no_model_behind(self) -> None:
        tool = FunctionTool.from_dict(
            {"type": "function", "name": "f", "parameters": {"type": "object"}}
        )
        definitions = tool_definitions([tool])
        assert definitions is not None
        assert json.loads(to_attribute(definitions, 100)) == [
            {"type": "function", "name": "f", "description": None,
             "parameters": {"type": "object"}}
        ]  # fmt: skip


@pytest.fixture(params=["msgspec", "json"])
def encoder(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """`to_attribute` with msgspec (the `otel` extra) and with the standard library."""
    import sys

    from bud.observability import _semconv_messages

    if request.param == "json":
        monkeypatch.setitem(sys.modules, "msgspec", None)  # the import fails
    monkeypatch.setattr(_semconv_messages, "_encode", _semconv_messages._json_encoder())
    return str(request.param)


@pytest.mark.parametrize("limit", [0, 5, 100, 10_000])
def test_both_encoders_write_the_same_json(encoder: str, limit: int) -> None:
    messages = [
        {"role": "user", "parts": [_text("héllo 你好 🚀 \"q\" \\ \n\t\x01\x7f\u2028" * 3)]},
        {"role": "assistant", "parts": [
            {"type": "tool_call", "id": "c1", "name": "f", "arguments": {"a": [1, 2.5, None]}},
            {"type": "reasoning", "content": "x" * 200},
        ], "finish_reason": "stop"},
    ]  # fmt: skip
    value = to_attribute(messages, limit)
    expected = [
        {**m, "parts": [
            {**p, "content": p["content"][:limit] + TRUNCATION_MARKER}
            if isinstance(p.get("content"), str) and len(p["content"]) > limit else p
            for p in m["parts"]
        ]}
        for m in messages
    ]  # fmt: skip
    assert json.loads(value) == expected
    # the same text either way: compact, nothing but what JSON must escape escaped
    assert value == json.dumps(expected, ensure_ascii=False, separators=(",", ":"))

    def test_built_structures_round_trip(self) -> None:
        messages = chat_input_messages([{"role": "user", "content": "ü" * 1000}])
        assert messages is not None
        value = to_attribute(messages, 100)
        parsed = json.loads(value)
        assert parsed[0]["parts"][0]["content"] == "ü" * 100 + TRUNCATION_MARKER
        assert len(value) < 200


# ----------------------------------------------------------------------------- schemas


class TestSchemas:
    """Every structure built from one realistic multi-turn exchange has the schemas' keys."""

    RESPONSES_KWARGS: dict[str, Any] = {
        "model": "gpt-4o-mini",
        "instructions": "You are a travel agent.",
        "tools": [
            {
                "type": "function",
                "name": "book",
                "description": "Book a flight",
                "parameters": {"type": "object"},
            },
            {"type": "web_search_preview"},
        ],
        "input": [
            {
                "role": "user",
                "content": [
                    {"type": "input_text", "text": "Book me Paris"},
                    {"type": "input_image", "file_id": "f1"},
                ],
            },
            {"type": "reasoning", "summary": [{"type": "summary_text", "text": "book it"}]},
            {
                "type": "function_call",
                "call_id": "c1",
                "name": "book",
                "arguments": '{"to": "CDG"}',
            },
            {"type": "function_call_output", "call_id": "c1", "output": '{"ok": true}'},
            {"type": "item_reference", "id": "x"},
        ],
    }

    def test_responses_structures(self) -> None:
        check_input_messages(responses_input_messages(self.RESPONSES_KWARGS))
        check_system_instructions(system_instructions(self.RESPONSES_KWARGS["instructions"]))
        check_tool_definitions(tool_definitions(self.RESPONSES_KWARGS["tools"]))
        response = _response(
            status="completed",
            output=[
                {"type": "reasoning", "content": [{"type": "reasoning_text", "text": "done"}]},
                {
                    "type": "message",
                    "role": "assistant",
                    "content": [{"type": "output_text", "text": "Booked."}],
                },
            ],
        )
        check_output_messages(responses_output_messages(response))

    def test_chat_structures(self) -> None:
        check_input_messages(
            chat_input_messages(
                [
                    {"role": "system", "content": "sys"},
                    {
                        "role": "user",
                        "content": [
                            {
                                "type": "input_audio",
                                "input_audio": {"data": "AA==", "format": "wav"},
                            }
                        ],
                    },
                    {
                        "role": "assistant",
                        "tool_calls": [
                            {
                                "id": "t",
                                "type": "function",
                                "function": {"name": "f", "arguments": "{}"},
                            }
                        ],
                    },
                    {"role": "tool", "tool_call_id": "t", "content": "done"},
                ]
            )
        )
        check_tool_definitions(
            tool_definitions(
                [{"type": "function", "function": {"name": "f", "parameters": {"type": "object"}}}]
            )
        )
        check_output_messages(
            chat_output_messages(
                _completion(
                    {
                        "index": 0,
                        "finish_reason": "stop",
                        "message": {"role": "assistant", "content": "ok"},
                    }
                )
            )
        )
