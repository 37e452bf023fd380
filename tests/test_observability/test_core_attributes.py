"""Attribute names are a contract with the spec and with backends: pin them."""

from __future__ import annotations

import pytest

from bud.observability import _genai_attributes as ga

# Values from BASELINE.md "Attribute names", spec section 7 and SEMCONV.md.
EXPECTED = {
    "GENAI_SYSTEM": "gen_ai.system",
    "GENAI_REQUEST_MODEL": "gen_ai.request.model",
    "GENAI_REQUEST_TEMPERATURE": "gen_ai.request.temperature",
    "GENAI_REQUEST_TOP_P": "gen_ai.request.top_p",
    "GENAI_REQUEST_MAX_TOKENS": "gen_ai.request.max_tokens",
    "GENAI_REQUEST_STOP_SEQUENCES": "gen_ai.request.stop_sequences",
    "GENAI_REQUEST_PRESENCE_PENALTY": "gen_ai.request.presence_penalty",
    "GENAI_REQUEST_FREQUENCY_PENALTY": "gen_ai.request.frequency_penalty",
    "GENAI_RESPONSE_ID": "gen_ai.response.id",
    "GENAI_RESPONSE_OBJECT": "gen_ai.response.object",
    "GENAI_RESPONSE_MODEL": "gen_ai.response.model",
    "GENAI_RESPONSE_CREATED": "gen_ai.response.created",
    "GENAI_RESPONSE_SYSTEM_FINGERPRINT": "gen_ai.response.system_fingerprint",
    "GENAI_USAGE_INPUT_TOKENS": "gen_ai.usage.input_tokens",
    "GENAI_USAGE_OUTPUT_TOKENS": "gen_ai.usage.output_tokens",
    "GENAI_USAGE_TOTAL_TOKENS": "gen_ai.usage.total_tokens",
    "GENAI_CONTENT_PROMPT": "gen_ai.content.prompt",
    "BUD_INFERENCE_STREAM": "bud.inference.stream",
    "BUD_INFERENCE_TTFT_MS": "bud.inference.ttft_ms",
    "BUD_INFERENCE_CHUNKS": "bud.inference.chunks",
    "BUD_INFERENCE_STREAM_COMPLETED": "bud.inference.stream_completed",
    "BUD_INFERENCE_OPERATION": "bud.inference.operation",
    "BUD_INFERENCE_REQUEST_USER": "bud.inference.request.user",
    "BUD_INFERENCE_REQUEST_TOOL_CHOICE": "bud.inference.request.tool_choice",
    "BUD_INFERENCE_REQUEST_TOOLS": "bud.inference.request.tools",
    "BUD_INFERENCE_RESPONSE_CHOICES": "bud.inference.response.choices",
    "GENAI_OPERATION_NAME": "gen_ai.operation.name",
    "GENAI_CONVERSATION_ID": "gen_ai.conversation.id",
    "GENAI_RESPONSE_STATUS": "gen_ai.response.status",
    "BUD_INFERENCE_RESPONSE_OUTPUT_TEXT": "bud.inference.response.output_text",
    "BUD_RESPONSES_REQUEST_INPUT": "bud.inference.request.input",
    "BUD_RESPONSES_REQUEST_INSTRUCTIONS": "bud.inference.request.instructions",
    "BUD_RESPONSES_REQUEST_PROMPT": "bud.inference.request.prompt",
    "GENAI_PROVIDER_NAME": "gen_ai.provider.name",
    "GENAI_REQUEST_STREAM": "gen_ai.request.stream",
    "GENAI_REQUEST_PREVIOUS_RESPONSE_ID": "gen_ai.request.previous_response.id",
    "GENAI_RESPONSE_FINISH_REASONS": "gen_ai.response.finish_reasons",
    "GENAI_RESPONSE_TIME_TO_FIRST_CHUNK": "gen_ai.response.time_to_first_chunk",
    "GENAI_USAGE_CACHE_READ_INPUT_TOKENS": "gen_ai.usage.cache_read.input_tokens",
    "GENAI_USAGE_REASONING_OUTPUT_TOKENS": "gen_ai.usage.reasoning.output_tokens",
    "GENAI_REQUEST_SEED": "gen_ai.request.seed",
    "GENAI_REQUEST_REASONING_LEVEL": "gen_ai.request.reasoning.level",
    "GENAI_OUTPUT_TYPE": "gen_ai.output.type",
    "GENAI_SYSTEM_INSTRUCTIONS": "gen_ai.system_instructions",
    "GENAI_TOKEN_TYPE": "gen_ai.token.type",
    "OPENAI_API_TYPE": "openai.api.type",
    "OPENAI_REQUEST_SERVICE_TIER": "openai.request.service_tier",
    "OPENAI_RESPONSE_SERVICE_TIER": "openai.response.service_tier",
    "SERVER_ADDRESS": "server.address",
    "SERVER_PORT": "server.port",
    "ERROR_TYPE": "error.type",
    "GENAI_CLIENT_OPERATION_DURATION": "gen_ai.client.operation.duration",
    "GENAI_CLIENT_TOKEN_USAGE": "gen_ai.client.token.usage",
    "GENAI_CLIENT_OPERATION_TIME_TO_FIRST_CHUNK": "gen_ai.client.operation.time_to_first_chunk",
}


@pytest.mark.parametrize(("name", "value"), sorted(EXPECTED.items()))
def test_constant_value(name: str, value: str) -> None:
    assert getattr(ga, name) == value


def test_responses_input_map_is_the_spec_map() -> None:
    assert ga.RESPONSES_INPUT_ATTR_MAP == {
        "model": "gen_ai.request.model",
        "temperature": "gen_ai.request.temperature",
        "top_p": "gen_ai.request.top_p",
        "max_output_tokens": "gen_ai.request.max_tokens",
        "stream": "bud.inference.stream",
        "input": "bud.inference.request.input",
        "instructions": "bud.inference.request.instructions",
        "tools": "bud.inference.request.tools",
        "tool_choice": "bud.inference.request.tool_choice",
        "user": "bud.inference.request.user",
        "prompt": "bud.inference.request.prompt",
        "previous_response_id": "gen_ai.conversation.id",
    }


def test_responses_default_fields_and_aliases() -> None:
    expected_input = {
        "model", "temperature", "top_p", "max_output_tokens", "stream", "tool_choice",
        "input", "instructions", "tools", "user", "prompt", "previous_response_id",
        "reasoning", "store", "service_tier", "truncation", "include",
    }  # fmt: skip
    assert expected_input == ga.RESPONSES_DEFAULT_INPUT_FIELDS
    expected_output = {"id", "status", "created_at", "model", "usage", "output_text"}
    assert expected_output == ga.RESPONSES_DEFAULT_OUTPUT_FIELDS
    assert ga.RESPONSES_SAFE_INPUT_FIELDS is ga.RESPONSES_DEFAULT_INPUT_FIELDS
    assert ga.RESPONSES_SAFE_OUTPUT_FIELDS is ga.RESPONSES_DEFAULT_OUTPUT_FIELDS
    # Every mapped kwarg is captured by default.
    assert set(ga.RESPONSES_INPUT_ATTR_MAP) <= ga.RESPONSES_DEFAULT_INPUT_FIELDS


def test_chat_completions_twins() -> None:
    assert ga.CHAT_SAFE_INPUT_FIELDS is ga.CHAT_DEFAULT_INPUT_FIELDS
    assert ga.CHAT_SAFE_OUTPUT_FIELDS is ga.CHAT_DEFAULT_OUTPUT_FIELDS
    assert {"model", "messages", "max_tokens", "stop", "tools"} <= ga.CHAT_DEFAULT_INPUT_FIELDS
    expected_output = {"id", "model", "created", "usage", "choices", "system_fingerprint"}
    assert expected_output == ga.CHAT_DEFAULT_OUTPUT_FIELDS
    assert ga.CHAT_INPUT_ATTR_MAP["max_tokens"] == "gen_ai.request.max_tokens"
    assert ga.CHAT_INPUT_ATTR_MAP["stop"] == "gen_ai.request.stop_sequences"
    assert ga.CHAT_INPUT_ATTR_MAP["messages"] == "gen_ai.content.prompt"
    mapped_defaults = ga.CHAT_DEFAULT_INPUT_FIELDS & set(ga.CHAT_INPUT_ATTR_MAP)
    assert mapped_defaults == ga.CHAT_DEFAULT_INPUT_FIELDS
