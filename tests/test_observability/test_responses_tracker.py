"""Unit tests for _responses_tracker module."""

from __future__ import annotations

import json
from unittest.mock import Mock

from bud.observability._genai_attributes import (
    BUD_INFERENCE_RESPONSE_OUTPUT_TEXT,
    BUD_RESPONSES_REQUEST_INPUT,
    BUD_RESPONSES_REQUEST_INSTRUCTIONS,
    GENAI_CONVERSATION_ID,
    GENAI_RESPONSE_CREATED,
    GENAI_RESPONSE_ID,
    GENAI_RESPONSE_MODEL,
    GENAI_RESPONSE_STATUS,
    GENAI_USAGE_INPUT_TOKENS,
    GENAI_USAGE_OUTPUT_TOKENS,
    GENAI_USAGE_TOTAL_TOKENS,
    RESPONSES_SAFE_INPUT_FIELDS,
    RESPONSES_SAFE_OUTPUT_FIELDS,
)
from bud.observability._responses_tracker import (
    _extract_responses_request_attrs,
    _extract_responses_response_attrs,
    _resolve_fields,
    track_responses,
)

# ---------------------------------------------------------------------------
# _resolve_fields
# ---------------------------------------------------------------------------


class TestResolveFields:
    def test_true_returns_safe_defaults(self):
        result = _resolve_fields(True, RESPONSES_SAFE_INPUT_FIELDS)
        assert result is RESPONSES_SAFE_INPUT_FIELDS

    def test_false_returns_none(self):
        result = _resolve_fields(False, RESPONSES_SAFE_INPUT_FIELDS)
        assert result is None

    def test_list_returns_frozenset(self):
        result = _resolve_fields(["model", "input"], RESPONSES_SAFE_INPUT_FIELDS)
        assert result == frozenset({"model", "input"})
        assert isinstance(result, frozenset)


# ---------------------------------------------------------------------------
# _extract_responses_request_attrs
# ---------------------------------------------------------------------------


class TestExtractResponsesRequestAttrs:
    def test_basic_params(self):
        kwargs = {"model": "gpt-4.1", "temperature": 0.7}
        result = _extract_responses_request_attrs(kwargs, RESPONSES_SAFE_INPUT_FIELDS)
        assert result["gen_ai.request.model"] == "gpt-4.1"
        assert result["gen_ai.request.temperature"] == 0.7

    def test_input_string_not_json_serialized(self):
        kwargs = {"input": "Hello world"}
        fields = frozenset({"input"})
        result = _extract_responses_request_attrs(kwargs, fields)
        assert result[BUD_RESPONSES_REQUEST_INPUT] == "Hello world"

    def test_input_list_json_serialized(self):
        kwargs = {"input": [{"role": "user", "content": "Hello"}]}
        fields = frozenset({"input"})
        result = _extract_responses_request_attrs(kwargs, fields)
        parsed = json.loads(result[BUD_RESPONSES_REQUEST_INPUT])
        assert parsed[0]["role"] == "user"

    def test_instructions_captured(self):
        kwargs = {"instructions": "Be helpful"}
        fields = frozenset({"instructions"})
        result = _extract_responses_request_attrs(kwargs, fields)
        assert result[BUD_RESPONSES_REQUEST_INSTRUCTIONS] == "Be helpful"

    def test_tools_json_serialized(self):
        kwargs = {"tools": [{"type": "function", "function": {"name": "get_weather"}}]}
        fields = frozenset({"tools"})
        result = _extract_responses_request_attrs(kwargs, fields)
        parsed = json.loads(result["bud.inference.request.tools"])
        assert parsed[0]["type"] == "function"

    def test_tool_choice_dict_serialized(self):
        kwargs = {"tool_choice": {"type": "function", "function": {"name": "get_weather"}}}
        fields = frozenset({"tool_choice"})
        result = _extract_responses_request_attrs(kwargs, fields)
        parsed = json.loads(result["bud.inference.request.tool_choice"])
        assert parsed["type"] == "function"

    def test_tool_choice_string_not_serialized(self):
        kwargs = {"tool_choice": "auto"}
        fields = frozenset({"tool_choice"})
        result = _extract_responses_request_attrs(kwargs, fields)
        assert result["bud.inference.request.tool_choice"] == "auto"

    def test_previous_response_id_mapped(self):
        kwargs = {"previous_response_id": "resp_prev_123"}
        fields = frozenset({"previous_response_id"})
        result = _extract_responses_request_attrs(kwargs, fields)
        assert result[GENAI_CONVERSATION_ID] == "resp_prev_123"

    def test_none_fields_returns_empty(self):
        result = _extract_responses_request_attrs({"model": "gpt-4.1"}, None)
        assert result == {}


# ---------------------------------------------------------------------------
# _extract_responses_response_attrs
# ---------------------------------------------------------------------------


def _mock_responses_response(
    id: str = "resp_123",
    model: str = "gpt-4.1",
    status: str = "completed",
    created_at: float = 1700000000.0,
    input_tokens: int = 10,
    output_tokens: int = 5,
    total_tokens: int = 15,
    output_text: str = "Hello!",
):
    """Create a mock openai.types.responses.Response-like object."""
    usage = Mock()
    usage.input_tokens = input_tokens
    usage.output_tokens = output_tokens
    usage.total_tokens = total_tokens

    response = Mock()
    response.id = id
    response.model = model
    response.status = status
    response.created_at = created_at
    response.usage = usage
    response.output_text = output_text
    return response


class TestExtractResponsesResponseAttrs:
    def test_full_extraction(self):
        response = _mock_responses_response()
        result = _extract_responses_response_attrs(response, RESPONSES_SAFE_OUTPUT_FIELDS)
        assert result[GENAI_RESPONSE_ID] == "resp_123"
        assert result[GENAI_RESPONSE_MODEL] == "gpt-4.1"
        assert result[GENAI_RESPONSE_STATUS] == "completed"
        assert result[GENAI_RESPONSE_CREATED] == 1700000000.0
        assert result[GENAI_USAGE_INPUT_TOKENS] == 10
        assert result[GENAI_USAGE_OUTPUT_TOKENS] == 5
        assert result[GENAI_USAGE_TOTAL_TOKENS] == 15
        assert result[BUD_INFERENCE_RESPONSE_OUTPUT_TEXT] == "Hello!"

    def test_none_usage(self):
        response = _mock_responses_response()
        response.usage = None
        result = _extract_responses_response_attrs(response, RESPONSES_SAFE_OUTPUT_FIELDS)
        assert GENAI_USAGE_INPUT_TOKENS not in result

    def test_none_output_text(self):
        response = _mock_responses_response()
        response.output_text = None
        result = _extract_responses_response_attrs(response, RESPONSES_SAFE_OUTPUT_FIELDS)
        assert BUD_INFERENCE_RESPONSE_OUTPUT_TEXT not in result

    def test_none_fields_returns_empty(self):
        response = _mock_responses_response()
        result = _extract_responses_response_attrs(response, None)
        assert result == {}

    def test_selective_fields(self):
        response = _mock_responses_response()
        fields = frozenset({"id", "usage"})
        result = _extract_responses_response_attrs(response, fields)
        assert result[GENAI_RESPONSE_ID] == "resp_123"
        assert result[GENAI_USAGE_INPUT_TOKENS] == 10
        assert GENAI_RESPONSE_MODEL not in result
        assert GENAI_RESPONSE_STATUS not in result

    def test_datetime_created_at(self):
        """Test that datetime objects are converted to float timestamps."""
        response = _mock_responses_response()
        mock_dt = Mock()
        mock_dt.timestamp.return_value = 1700000000.0
        response.created_at = mock_dt
        fields = frozenset({"created_at"})
        result = _extract_responses_response_attrs(response, fields)
        assert result[GENAI_RESPONSE_CREATED] == 1700000000.0


# ---------------------------------------------------------------------------
# track_responses — idempotency
# ---------------------------------------------------------------------------


class TestIdempotency:
    def test_second_call_is_noop(self):
        client = Mock()
        client.responses.create = Mock(return_value="original")
        client.responses._bud_tracked = False

        result = track_responses(client)
        assert result is client
        first_create = client.responses.create

        assert client.responses._bud_tracked is True

        result2 = track_responses(client)
        assert result2 is client
        assert client.responses.create is first_create
