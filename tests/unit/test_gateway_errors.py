"""Every error body shape the Bud gateway sends, read into typed errors (sync and async).

The shapes, from the gateway's source:
- auth (400/401/404): {"error": {"message", "type": "invalid_request_error", "code": <int>}}
- rate limit (429, also 400/401/500): {"error": {"message", "type": "rate_limit_error",
  "code": "rate_limit_exceeded"}}, served as text/plain
- usage quota (402): {"error": {"message", "type": "insufficient_quota", "code": 402}}
- blocking rules (403): {"error": "forbidden", "message": ...}
- gateway/provider (400/404/500/502/504): {"error": "<string>"}; a provider's error
  {"error": {"message"}, "provider_error": <raw>}; a timeout (504)
  {"error": {"message", "type": "timeout_error", "timeout_seconds": N}}
"""

from __future__ import annotations

import builtins
import json
from typing import Any

import httpx
import pytest
import respx

import bud
from bud.exceptions import (
    APIStatusError,
    AuthenticationError,
    BadGatewayError,
    BadRequestError,
    GatewayTimeoutError,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    QuotaExceededError,
    RateLimitError,
)

from ._support import Flavor, resolve, sample_response


async def _create(client: Any) -> Any:
    return await resolve(client.responses.create(model="gpt-4.1", input="Hi"))


def _plain_json(status: int, body: Any, headers: dict[str, str] | None = None) -> httpx.Response:
    """A JSON body served as text/plain, as the gateway's rate limiter does."""
    return httpx.Response(
        status,
        content=json.dumps(body).encode(),
        headers={"content-type": "text/plain; charset=utf-8", **(headers or {})},
    )


async def _raised(bud: Any, mock_api: respx.MockRouter, reply: httpx.Response) -> Any:
    mock_api.post("/v1/responses").mock(return_value=reply)
    with pytest.raises(APIStatusError) as info:
        await _create(bud)
    return info.value


# ------------------------------------------------------------------ auth


@pytest.mark.parametrize(
    ("status", "cls"),
    [(400, BadRequestError), (401, AuthenticationError), (404, NotFoundError)],
)
async def test_auth_error_shape(
    bud: Any, mock_api: respx.MockRouter, status: int, cls: type[APIStatusError]
) -> None:
    body = {
        "error": {
            "message": f"Invalid API key (auth {status})",
            "type": "invalid_request_error",
            "code": status,
        }
    }
    err = await _raised(bud, mock_api, httpx.Response(status, json=body))
    assert type(err) is cls
    assert err.status_code == status
    assert f"Invalid API key (auth {status})" in str(err)
    assert err.error_type == "invalid_request_error"
    assert err.code == status
    assert err.provider_error is None
    assert err.body == body


# ------------------------------------------------------------ rate limit


async def test_rate_limit_text_plain_json_429(bud: Any, mock_api: respx.MockRouter) -> None:
    body = {
        "error": {
            "message": "Rate limit exceeded: 60 requests per minute",
            "type": "rate_limit_error",
            "code": "rate_limit_exceeded",
        }
    }
    headers = {
        "x-ratelimit-limit": "60",
        "x-ratelimit-remaining": "0",
        "x-ratelimit-reset": "1700000060",
        "retry-after": "12",
    }
    err = await _raised(bud, mock_api, _plain_json(429, body, headers))
    assert type(err) is RateLimitError
    assert err.status_code == 429
    assert err.body == body  # parsed as JSON although served as text/plain
    assert "Rate limit exceeded: 60 requests per minute" in str(err)
    assert '"error"' not in str(err)  # the message, not the raw JSON text
    assert err.error_type == "rate_limit_error"
    assert err.code == "rate_limit_exceeded"
    assert err.provider_error is None
    assert err.retry_after == 12.0
    assert err.request_id is None  # the gateway sends no request id


@pytest.mark.parametrize(
    ("status", "cls"),
    [(400, BadRequestError), (401, AuthenticationError), (500, InternalServerError)],
)
async def test_rate_limit_shape_other_statuses(
    bud: Any, mock_api: respx.MockRouter, status: int, cls: type[APIStatusError]
) -> None:
    body = {
        "error": {
            "message": f"rate limiter says {status}",
            "type": "rate_limit_error",
            "code": "rate_limit_exceeded",
        }
    }
    err = await _raised(bud, mock_api, _plain_json(status, body))
    assert type(err) is cls
    assert err.status_code == status
    assert err.body == body
    assert f"rate limiter says {status}" in str(err)
    assert err.error_type == "rate_limit_error"
    assert err.code == "rate_limit_exceeded"


async def test_text_plain_json_in_declared_charset(bud: Any, mock_api: respx.MockRouter) -> None:
    """JSON text in a non-UTF-8 charset is still read as JSON."""
    body = {"error": {"message": "Limite dépassée", "type": "rate_limit_error"}}
    reply = httpx.Response(
        429,
        content=json.dumps(body, ensure_ascii=False).encode("latin-1"),
        headers={"content-type": "text/plain; charset=latin-1"},
    )
    err = await _raised(bud, mock_api, reply)
    assert type(err) is RateLimitError
    assert err.body == body
    assert "Limite dépassée" in str(err)
    assert err.error_type == "rate_limit_error"


async def test_text_plain_not_json_keeps_text(bud: Any, mock_api: respx.MockRouter) -> None:
    reply = httpx.Response(429, text="slow down, please", headers={"content-type": "text/plain"})
    err = await _raised(bud, mock_api, reply)
    assert type(err) is RateLimitError
    assert err.body == "slow down, please"
    assert "slow down, please" in str(err)
    assert err.error_type is None
    assert err.code is None
    assert err.provider_error is None


# ------------------------------------------------------------ usage quota


async def test_quota_exceeded_402(bud: Any, mock_api: respx.MockRouter) -> None:
    message = "Usage quota exceeded: monthly token limit of 1000000 reached"
    body = {"error": {"message": message, "type": "insufficient_quota", "code": 402}}
    err = await _raised(bud, mock_api, httpx.Response(402, json=body))
    assert type(err) is QuotaExceededError
    assert isinstance(err, APIStatusError)
    assert not isinstance(err, RateLimitError)
    assert err.status_code == 402
    assert message in str(err)
    assert err.error_type == "insufficient_quota"
    assert err.code == 402
    assert err.provider_error is None


# --------------------------------------------------------- blocking rules


async def test_blocking_rule_403_says_the_message(bud: Any, mock_api: respx.MockRouter) -> None:
    message = "Request blocked by rule 'no-pii': the input contains an email address"
    body = {"error": "forbidden", "message": message}
    err = await _raised(bud, mock_api, httpx.Response(403, json=body))
    assert type(err) is PermissionDeniedError
    assert err.status_code == 403
    assert message in str(err)
    assert str(err).endswith(message)  # what the server said, not "forbidden"
    assert err.body == body
    assert err.error_type is None
    assert err.code is None
    assert err.provider_error is None


# ------------------------------------------------------- gateway/provider


@pytest.mark.parametrize(
    ("status", "cls"),
    [
        (400, BadRequestError),
        (404, NotFoundError),
        (500, InternalServerError),
        (502, BadGatewayError),
        (504, GatewayTimeoutError),
    ],
)
async def test_gateway_string_error(
    bud: Any, mock_api: respx.MockRouter, status: int, cls: type[APIStatusError]
) -> None:
    message = f"Model 'gpt-9' is not configured (gateway {status})"
    err = await _raised(bud, mock_api, httpx.Response(status, json={"error": message}))
    assert type(err) is cls
    assert err.status_code == status
    assert str(err).endswith(message)
    assert err.error_type is None
    assert err.code is None
    assert err.provider_error is None


@pytest.mark.parametrize(
    ("status", "cls"),
    [
        (400, BadRequestError),
        (404, NotFoundError),
        (500, InternalServerError),
        (502, BadGatewayError),
    ],
)
@pytest.mark.parametrize(
    "raw",
    [
        {"error": {"message": "context_length_exceeded", "type": "invalid_request_error"}},
        '{"error": "upstream said no"}',
    ],
    ids=["dict", "text"],
)
async def test_provider_error(
    bud: Any, mock_api: respx.MockRouter, status: int, cls: type[APIStatusError], raw: Any
) -> None:
    message = f"Error from provider openai ({status})"
    body = {"error": {"message": message}, "provider_error": raw}
    err = await _raised(bud, mock_api, httpx.Response(status, json=body))
    assert type(err) is cls
    assert err.status_code == status
    assert message in str(err)
    assert err.provider_error == raw
    assert err.error_type is None
    assert err.code is None


async def test_gateway_timeout_504(bud: Any, mock_api: respx.MockRouter) -> None:
    message = "Request to the model provider timed out after 30 seconds"
    body = {"error": {"message": message, "type": "timeout_error", "timeout_seconds": 30}}
    err = await _raised(bud, mock_api, httpx.Response(504, json=body))
    assert type(err) is GatewayTimeoutError
    assert isinstance(err, InternalServerError)
    assert err.status_code == 504
    assert message in str(err)
    assert err.timeout_seconds == 30
    assert err.error_type == "timeout_error"
    assert err.code is None
    assert err.provider_error is None


async def test_gateway_timeout_without_seconds(bud: Any, mock_api: respx.MockRouter) -> None:
    err = await _raised(bud, mock_api, httpx.Response(504, text="upstream timed out"))
    assert type(err) is GatewayTimeoutError
    assert err.timeout_seconds is None
    assert "upstream timed out" in str(err)


def test_gateway_timeout_is_not_a_client_timeout() -> None:
    assert issubclass(GatewayTimeoutError, InternalServerError)
    assert not issubclass(GatewayTimeoutError, builtins.TimeoutError)
    assert not issubclass(GatewayTimeoutError, bud.TimeoutError)
    assert issubclass(BadGatewayError, InternalServerError)
    assert issubclass(QuotaExceededError, APIStatusError)
    assert not issubclass(QuotaExceededError, InternalServerError)


async def test_gateway_timeout_not_caught_as_timeout(bud: Any, mock_api: respx.MockRouter) -> None:
    mock_api.post("/v1/responses").mock(return_value=httpx.Response(504, json={"error": "slow"}))
    with pytest.raises(InternalServerError) as info:
        try:
            await _create(bud)
        except builtins.TimeoutError:  # pragma: no cover - the failure this guards against
            pytest.fail("a gateway timeout was raised as a client timeout")
    assert type(info.value) is GatewayTimeoutError


def test_provider_error_attributes_default_none() -> None:
    response = httpx.Response(418, request=httpx.Request("POST", "https://x.test/v1/responses"))
    err = APIStatusError("HTTP error (418)", response=response)
    assert err.provider_error is None
    assert err.error_type is None
    assert err.code is None


# ------------------------------------------------------------- retries


@pytest.mark.parametrize(
    ("status", "body", "cls", "said"),
    [
        (
            402,
            {
                "error": {
                    "message": "Usage quota exceeded: budget spent",
                    "type": "insufficient_quota",
                    "code": 402,
                }
            },
            QuotaExceededError,
            "Usage quota exceeded: budget spent",
        ),
        (
            403,
            {"error": "forbidden", "message": "blocked by rule"},
            PermissionDeniedError,
            "blocked by rule",
        ),
    ],
)
async def test_quota_and_blocking_not_retried(
    flavor: Flavor,
    mock_api: respx.MockRouter,
    fast_retries: None,
    status: int,
    body: dict[str, Any],
    cls: type[APIStatusError],
    said: str,
) -> None:
    client = flavor.make(max_retries=2)
    route = mock_api.post("/v1/responses").mock(
        side_effect=[httpx.Response(status, json=body), httpx.Response(200, json=sample_response())]
    )
    with pytest.raises(cls) as info:
        await _create(client)
    assert type(info.value) is cls
    assert str(info.value).endswith(said)
    assert route.call_count == 1


@pytest.mark.parametrize(
    ("status", "body", "cls"),
    [
        (
            502,
            {"error": {"message": "provider down"}, "provider_error": "503 upstream"},
            BadGatewayError,
        ),
        (
            504,
            {"error": {"message": "timed out", "type": "timeout_error", "timeout_seconds": 5}},
            GatewayTimeoutError,
        ),
    ],
)
async def test_bad_gateway_and_timeout_retried(
    flavor: Flavor,
    mock_api: respx.MockRouter,
    fast_retries: None,
    status: int,
    body: dict[str, Any],
    cls: type[APIStatusError],
) -> None:
    client = flavor.make(max_retries=2)
    route = mock_api.post("/v1/responses").mock(return_value=httpx.Response(status, json=body))
    with pytest.raises(cls) as info:
        await _create(client)
    assert route.call_count == 3  # the first try and 2 retries
    assert info.value.body == body


# -------------------------------------------------------- secrets, exports


async def test_server_message_still_redacted(
    bud: Any, mock_api: respx.MockRouter, api_key: str
) -> None:
    body = {"error": "forbidden", "message": f"blocked: key {api_key} is not allowed"}
    err = await _raised(bud, mock_api, httpx.Response(403, json=body))
    assert type(err) is PermissionDeniedError
    assert api_key not in str(err)
    assert "blocked: key" in str(err)


def test_new_names_exported() -> None:
    import bud.exceptions as exceptions

    for name in ("QuotaExceededError", "BadGatewayError", "GatewayTimeoutError"):
        assert name in exceptions.__all__
        assert name in bud.__all__
        assert getattr(bud, name) is getattr(exceptions, name)
