"""Tests for the Responses API resource (spec section 10, ported to the generated models).

The spec mocked `openai.types.responses.Response`; here the real generated
`Response` parses the sample body and the tests assert on what it holds.
"""

from __future__ import annotations

import json
from typing import Any

import pytest
import respx
from httpx import Response

from bud.client import AsyncBudClient, BudClient
from bud.types import Response as BudResponse

from ._support import sample_response


@pytest.fixture
def sample_responses_response() -> dict[str, Any]:
    """Sample Responses API body (the spec's, field for field)."""
    return sample_response()


def _assert_is_sample(result: Any) -> None:
    assert isinstance(result, BudResponse)
    assert result.id == "resp_abc123"
    assert result.model == "gpt-4.1"
    assert result.status == "completed"
    assert result.output_text == "The capital of France is Paris."
    assert result.usage.input_tokens == 12
    assert result.usage.output_tokens == 8
    assert result.usage.total_tokens == 20
    assert result.created_at == 1700000000


# Non-streaming tests


@respx.mock
def test_create_response_non_streaming(
    client: BudClient,
    base_url: str,
    sample_responses_response: dict[str, Any],
) -> None:
    """Test creating a non-streaming response."""
    route = respx.post(f"{base_url}/v1/responses").mock(
        return_value=Response(200, json=sample_responses_response)
    )

    result = client.responses.create(
        model="gpt-4.1",
        input="What is the capital of France?",
    )

    _assert_is_sample(result)
    assert route.call_count == 1  # the spec's model_validate.assert_called_once()


@respx.mock
def test_create_response_with_all_params(
    client: BudClient,
    base_url: str,
    sample_responses_response: dict[str, Any],
) -> None:
    """Test that all optional params are included in the request payload."""
    route = respx.post(f"{base_url}/v1/responses").mock(
        return_value=Response(200, json=sample_responses_response)
    )

    client.responses.create(
        model="gpt-4.1",
        input="Hello",
        instructions="Be helpful",
        temperature=0.7,
        top_p=0.9,
        max_output_tokens=100,
        user="user-123",
        previous_response_id="resp_prev",
        store=True,
        service_tier="default",
    )

    request = route.calls.last.request
    payload = json.loads(request.content)
    assert payload["model"] == "gpt-4.1"
    assert payload["input"] == "Hello"
    assert payload["instructions"] == "Be helpful"
    assert payload["temperature"] == 0.7
    assert payload["top_p"] == 0.9
    assert payload["max_output_tokens"] == 100
    assert payload["user"] == "user-123"
    assert payload["previous_response_id"] == "resp_prev"
    assert payload["store"] is True
    assert payload["service_tier"] == "default"


def test_create_response_requires_model_or_prompt(client: BudClient) -> None:
    """Test that ValueError is raised if neither model nor prompt is provided."""
    with pytest.raises(ValueError, match="At least one of 'model' or 'prompt'"):
        client.responses.create(input="Hello")


@respx.mock
def test_create_response_with_prompt_param(
    client: BudClient,
    base_url: str,
    sample_responses_response: dict[str, Any],
) -> None:
    """Test that prompt param works without model."""
    route = respx.post(f"{base_url}/v1/responses").mock(
        return_value=Response(200, json=sample_responses_response)
    )

    client.responses.create(
        prompt={"id": "prompt_abc"},
        input="Hello",
    )

    request = route.calls.last.request
    payload = json.loads(request.content)
    assert payload["prompt"] == {"id": "prompt_abc"}
    assert "model" not in payload


# Error tests


@respx.mock
def test_create_response_401(client: BudClient, base_url: str) -> None:
    """Test 401 error mapping."""
    from bud.exceptions import AuthenticationError

    respx.post(f"{base_url}/v1/responses").mock(
        return_value=Response(401, json={"error": "Invalid API key"})
    )
    with pytest.raises(AuthenticationError):
        client.responses.create(model="gpt-4.1", input="Hello")


@respx.mock
def test_create_response_404(client: BudClient, base_url: str) -> None:
    """Test 404 error mapping."""
    from bud.exceptions import NotFoundError

    respx.post(f"{base_url}/v1/responses").mock(
        return_value=Response(404, json={"error": "Model not found"})
    )
    with pytest.raises(NotFoundError):
        client.responses.create(model="nonexistent", input="Hello")


@respx.mock
def test_create_response_422(client: BudClient, base_url: str) -> None:
    """Test 422 error mapping."""
    from bud.exceptions import ValidationError

    respx.post(f"{base_url}/v1/responses").mock(
        return_value=Response(422, json={"message": "Invalid params", "errors": []})
    )
    with pytest.raises(ValidationError) as info:
        client.responses.create(model="gpt-4.1", input="Hello")
    assert info.value.errors == []


@respx.mock
def test_create_response_429(client: BudClient, base_url: str) -> None:
    """Test 429 error mapping."""
    from bud.exceptions import RateLimitError

    respx.post(f"{base_url}/v1/responses").mock(
        return_value=Response(429, json={"error": "Rate limited"})
    )
    with pytest.raises(RateLimitError):
        client.responses.create(model="gpt-4.1", input="Hello")


@respx.mock
def test_create_response_500(client: BudClient, base_url: str) -> None:
    """Test 500 error mapping."""
    from bud.exceptions import BudError

    respx.post(f"{base_url}/v1/responses").mock(
        return_value=Response(500, json={"error": "Internal error"})
    )
    with pytest.raises(BudError, match="Server error"):
        client.responses.create(model="gpt-4.1", input="Hello")


# The same tests against AsyncBudClient


@respx.mock
async def test_create_response_non_streaming_async(
    async_client: AsyncBudClient,
    base_url: str,
    sample_responses_response: dict[str, Any],
) -> None:
    route = respx.post(f"{base_url}/v1/responses").mock(
        return_value=Response(200, json=sample_responses_response)
    )
    result = await async_client.responses.create(
        model="gpt-4.1", input="What is the capital of France?"
    )
    _assert_is_sample(result)
    assert route.call_count == 1


@respx.mock
async def test_create_response_with_all_params_async(
    async_client: AsyncBudClient,
    base_url: str,
    sample_responses_response: dict[str, Any],
) -> None:
    route = respx.post(f"{base_url}/v1/responses").mock(
        return_value=Response(200, json=sample_responses_response)
    )
    await async_client.responses.create(
        model="gpt-4.1",
        input="Hello",
        instructions="Be helpful",
        temperature=0.7,
        top_p=0.9,
        max_output_tokens=100,
        user="user-123",
        previous_response_id="resp_prev",
        store=True,
        service_tier="default",
    )
    payload = json.loads(route.calls.last.request.content)
    assert payload == {
        "model": "gpt-4.1",
        "input": "Hello",
        "instructions": "Be helpful",
        "temperature": 0.7,
        "top_p": 0.9,
        "max_output_tokens": 100,
        "user": "user-123",
        "previous_response_id": "resp_prev",
        "store": True,
        "service_tier": "default",
    }


async def test_create_response_requires_model_or_prompt_async(
    async_client: AsyncBudClient,
) -> None:
    with pytest.raises(ValueError, match="At least one of 'model' or 'prompt'"):
        await async_client.responses.create(input="Hello")


@respx.mock
async def test_create_response_with_prompt_param_async(
    async_client: AsyncBudClient,
    base_url: str,
    sample_responses_response: dict[str, Any],
) -> None:
    route = respx.post(f"{base_url}/v1/responses").mock(
        return_value=Response(200, json=sample_responses_response)
    )
    await async_client.responses.create(prompt={"id": "prompt_abc"}, input="Hello")
    payload = json.loads(route.calls.last.request.content)
    assert payload["prompt"] == {"id": "prompt_abc"}
    assert "model" not in payload


@pytest.mark.parametrize(
    ("status", "body", "exc_name", "match"),
    [
        (401, {"error": "Invalid API key"}, "AuthenticationError", None),
        (404, {"error": "Model not found"}, "NotFoundError", None),
        (422, {"message": "Invalid params", "errors": []}, "ValidationError", None),
        (429, {"error": "Rate limited"}, "RateLimitError", None),
        (500, {"error": "Internal error"}, "BudError", "Server error"),
    ],
)
@respx.mock
async def test_create_response_errors_async(
    async_client: AsyncBudClient,
    base_url: str,
    status: int,
    body: dict[str, Any],
    exc_name: str,
    match: str | None,
) -> None:
    import bud.exceptions

    exc_cls = getattr(bud.exceptions, exc_name)
    respx.post(f"{base_url}/v1/responses").mock(return_value=Response(status, json=body))
    with pytest.raises(exc_cls, match=match) as info:
        await async_client.responses.create(model="gpt-4.1", input="Hello")
    assert info.value.status_code == status
