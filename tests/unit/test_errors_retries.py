"""Error mapping, retries and transport failures, for BudClient and AsyncBudClient."""

from __future__ import annotations

import builtins
import email.utils
import json
import time
from typing import Any

import httpx
import pytest
import respx

from bud import _retries
from bud.exceptions import (
    APIStatusError,
    AuthenticationError,
    BadGatewayError,
    BadRequestError,
    BudError,
    ConflictError,
    ConnectionError,
    GatewayTimeoutError,
    InternalServerError,
    InvalidResponseError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    TimeoutError,
    ValidationError,
)

from ._support import SSE_HEADERS, Flavor, collect, resolve, sample_response, sse_bytes
from ._support import text_stream as make_text_stream


async def _create(client: Any, **kwargs: Any) -> Any:
    kwargs.setdefault("model", "gpt-4.1")
    kwargs.setdefault("input", "Hi")
    return await resolve(client.responses.create(**kwargs))


def _ok() -> httpx.Response:
    return httpx.Response(200, json=sample_response())


# ------------------------------------------------------------- error mapping


@pytest.mark.parametrize(
    ("status", "cls", "title"),
    [
        (400, BadRequestError, "Bad request"),
        (401, AuthenticationError, "Authentication failed"),
        (403, PermissionDeniedError, "Permission denied"),
        (404, NotFoundError, "Not found"),
        (409, ConflictError, "Conflict"),
        (422, ValidationError, "Validation failed"),
        (429, RateLimitError, "Rate limited"),
        (500, InternalServerError, "Server error"),
        (502, BadGatewayError, "Bad gateway"),
        (503, InternalServerError, "Server error"),
        (504, GatewayTimeoutError, "Gateway timeout"),
        (418, APIStatusError, "HTTP error"),
    ],
)
async def test_status_mapping(
    bud: Any, mock_api: respx.MockRouter, status: int, cls: type, title: str
) -> None:
    body = {"error": {"message": f"went wrong {status}", "type": "x"}}
    mock_api.post("/v1/responses").mock(
        return_value=httpx.Response(status, json=body, headers={"x-request-id": "req_42"})
    )
    with pytest.raises(cls) as info:
        await _create(bud)
    err = info.value
    assert type(err) is cls
    assert isinstance(err, APIStatusError)
    assert isinstance(err, BudError)
    assert err.status_code == status
    assert err.request_id == "req_42"
    assert err.body == body
    assert err.response is not None and err.response.status_code == status
    assert str(err) == f"{title} ({status}): went wrong {status} [request id: req_42]"


@pytest.mark.parametrize(
    ("body", "detail"),
    [
        ({"error": "plain string"}, "plain string"),
        ({"message": "top-level message"}, "top-level message"),
        ({"detail": "fastapi detail"}, "fastapi detail"),
        ({"error": {"message": "nested"}}, "nested"),
    ],
)
async def test_error_message_from_body_shapes(
    bud: Any, mock_api: respx.MockRouter, body: dict[str, Any], detail: str
) -> None:
    mock_api.post("/v1/responses").mock(return_value=httpx.Response(400, json=body))
    with pytest.raises(BadRequestError) as info:
        await _create(bud)
    assert str(info.value) == f"Bad request (400): {detail}"
    assert info.value.request_id is None


async def test_request_id_header_fallback(bud: Any, mock_api: respx.MockRouter) -> None:
    mock_api.post("/v1/responses").mock(
        return_value=httpx.Response(404, json={}, headers={"request-id": "req_alt"})
    )
    with pytest.raises(NotFoundError) as info:
        await _create(bud)
    assert info.value.request_id == "req_alt"


async def test_validation_error_errors(bud: Any, mock_api: respx.MockRouter) -> None:
    errors = [{"loc": ["body", "temperature"], "msg": "too hot"}, {"field": "top_p"}]
    mock_api.post("/v1/responses").mock(
        return_value=httpx.Response(422, json={"message": "Invalid params", "errors": errors})
    )
    with pytest.raises(ValidationError) as info:
        await _create(bud)
    assert info.value.errors == errors
    assert info.value.status_code == 422
    assert "Invalid params" in str(info.value)


async def test_validation_error_fastapi_detail(bud: Any, mock_api: respx.MockRouter) -> None:
    detail = [{"loc": ["body", "model"], "msg": "field required", "type": "missing"}]
    mock_api.post("/v1/responses").mock(return_value=httpx.Response(422, json={"detail": detail}))
    with pytest.raises(ValidationError) as info:
        await _create(bud)
    assert info.value.errors == detail


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        ({"retry-after": "7"}, 7.0),
        ({"retry-after-ms": "1500"}, 1.5),
        ({"retry-after": "7", "retry-after-ms": "250"}, 0.25),
        ({}, None),
    ],
)
async def test_rate_limit_retry_after(
    bud: Any, mock_api: respx.MockRouter, headers: dict[str, str], expected: float | None
) -> None:
    mock_api.post("/v1/responses").mock(
        return_value=httpx.Response(429, json={"error": "slow down"}, headers=headers)
    )
    with pytest.raises(RateLimitError) as info:
        await _create(bud)
    assert info.value.retry_after == expected
    assert info.value.status_code == 429


async def test_error_body_not_json(bud: Any, mock_api: respx.MockRouter) -> None:
    html = "<html><body>502 Bad Gateway from nginx</body></html>"
    mock_api.post("/v1/responses").mock(
        return_value=httpx.Response(502, text=html, headers={"content-type": "text/html"})
    )
    with pytest.raises(InternalServerError) as info:
        await _create(bud)
    assert info.value.status_code == 502
    assert html in str(info.value)
    assert info.value.body == html


async def test_error_body_empty(bud: Any, mock_api: respx.MockRouter) -> None:
    mock_api.post("/v1/responses").mock(return_value=httpx.Response(403))
    with pytest.raises(PermissionDeniedError) as info:
        await _create(bud)
    assert str(info.value) == "Permission denied (403)"
    assert info.value.body is None


async def test_success_body_not_json(bud: Any, mock_api: respx.MockRouter) -> None:
    mock_api.post("/v1/responses").mock(
        return_value=httpx.Response(200, text="upstream says hello", headers={})
    )
    with pytest.raises(InvalidResponseError) as info:
        await _create(bud)
    assert info.value.text == "upstream says hello"
    assert "upstream says hello" in str(info.value)
    assert isinstance(info.value, BudError)


async def test_success_body_json_but_not_an_object(bud: Any, mock_api: respx.MockRouter) -> None:
    mock_api.post("/v1/responses").mock(return_value=httpx.Response(200, json=[1, 2, 3]))
    with pytest.raises(InvalidResponseError) as info:
        await _create(bud)
    assert json.loads(info.value.text) == [1, 2, 3]


# -------------------------------------------------------- secrets in errors


@pytest.mark.parametrize(
    "make_response",
    [
        lambda key: httpx.Response(401, json={"error": {"message": f"bad key {key}"}}),
        lambda key: httpx.Response(401, json={"error": f"Invalid API key: {key}"}),
        lambda key: httpx.Response(400, json={"message": f"Authorization: Bearer {key}"}),
        lambda key: httpx.Response(500, text=f"<pre>headers: Bearer {key}</pre>"),
        lambda key: httpx.Response(422, json={"detail": [{"msg": key, "input": key}]}),
    ],
)
async def test_error_message_never_contains_the_key(
    bud: Any, mock_api: respx.MockRouter, api_key: str, make_response: Any
) -> None:
    mock_api.post("/v1/responses").mock(return_value=make_response(api_key))
    with pytest.raises(APIStatusError) as info:
        await _create(bud)
    assert api_key not in str(info.value)
    assert api_key not in repr(info.value)
    assert api_key not in " ".join(str(a) for a in info.value.args)
    assert "[REDACTED]" in str(info.value)


async def test_error_message_never_contains_a_cut_key(
    bud: Any, mock_api: respx.MockRouter, api_key: str
) -> None:
    # the server echoes the key where the SDK shortens long error texts (500 characters):
    # a shortened message must not keep the first characters of the key either
    for pad in (480, 490, 495):
        text = "x" * pad + " " + api_key + " trailing text"
        mock_api.post("/v1/responses").mock(return_value=httpx.Response(500, text=text))
        with pytest.raises(InternalServerError) as info:
            await _create(bud)
        message = str(info.value)
        assert api_key[:8] not in message, (pad, message[-60:])


# ------------------------------------------------------------------ retries


@pytest.mark.parametrize("status", [408, 409, 429, 500, 502, 503, 504])
async def test_retried_statuses(
    flavor: Flavor, mock_api: respx.MockRouter, recorded_delays: list[float], status: int
) -> None:
    client = flavor.make()  # default max_retries=2
    route = mock_api.post("/v1/responses").mock(
        side_effect=[httpx.Response(status, json={"error": "try again"}), _ok()]
    )
    result = await _create(client)
    assert result.id == "resp_abc123"
    assert route.call_count == 2
    assert len(recorded_delays) == 1


@pytest.mark.parametrize("status", [400, 401, 403, 404, 422])
async def test_not_retried_statuses(
    flavor: Flavor, mock_api: respx.MockRouter, recorded_delays: list[float], status: int
) -> None:
    client = flavor.make(max_retries=3)
    route = mock_api.post("/v1/responses").mock(
        side_effect=[httpx.Response(status, json={"error": "no"}), _ok()]
    )
    with pytest.raises(APIStatusError) as info:
        await _create(client)
    assert info.value.status_code == status
    assert route.call_count == 1
    assert recorded_delays == []


async def test_default_max_retries_exhausted(
    flavor: Flavor, mock_api: respx.MockRouter, fast_retries: None
) -> None:
    client = flavor.make()
    assert client.max_retries == 2
    route = mock_api.post("/v1/responses").mock(
        return_value=httpx.Response(
            503, json={"error": "overloaded"}, headers={"x-request-id": "r"}
        )
    )
    with pytest.raises(InternalServerError) as info:
        await _create(client)
    assert route.call_count == 3
    assert info.value.status_code == 503
    assert info.value.request_id == "r"
    assert "overloaded" in str(info.value)


async def test_rate_limit_exhausted_is_typed(flavor: Flavor, mock_api: respx.MockRouter) -> None:
    client = flavor.make(max_retries=1)
    route = mock_api.post("/v1/responses").mock(
        return_value=httpx.Response(429, json={"error": "slow"}, headers={"retry-after-ms": "1"})
    )
    with pytest.raises(RateLimitError) as info:
        await _create(client)
    assert route.call_count == 2
    assert info.value.status_code == 429
    assert info.value.retry_after == 0.001


@pytest.mark.parametrize(
    ("client_retries", "call_retries", "calls"), [(2, 0, 1), (0, 3, 4), (5, 1, 2)]
)
async def test_per_call_max_retries(
    flavor: Flavor,
    mock_api: respx.MockRouter,
    recorded_delays: list[float],
    client_retries: int,
    call_retries: int,
    calls: int,
) -> None:
    client = flavor.make(max_retries=client_retries)
    route = mock_api.post("/v1/responses").mock(return_value=httpx.Response(500, json={}))
    with pytest.raises(InternalServerError):
        await _create(client, max_retries=call_retries)
    assert route.call_count == calls
    assert len(recorded_delays) == calls - 1


async def test_per_call_max_retries_on_other_methods(
    flavor: Flavor, mock_api: respx.MockRouter, recorded_delays: list[float]
) -> None:
    client = flavor.make(max_retries=0)
    route = mock_api.get("/v1/responses/resp_1").mock(
        side_effect=[httpx.Response(502), httpx.Response(502), _ok()]
    )
    result = await resolve(client.responses.retrieve("resp_1", max_retries=2))
    assert result.id == "resp_abc123"
    assert route.call_count == 3


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        ({"retry-after": "2"}, 2.0),
        ({"retry-after": "0"}, 0.0),
        ({"retry-after-ms": "1500"}, 1.5),
        ({"retry-after": "30", "retry-after-ms": "20"}, 0.02),
    ],
)
async def test_retry_after_honoured(
    flavor: Flavor,
    mock_api: respx.MockRouter,
    recorded_delays: list[float],
    headers: dict[str, str],
    expected: float,
) -> None:
    client = flavor.make()
    route = mock_api.post("/v1/responses").mock(
        side_effect=[httpx.Response(429, headers=headers), _ok()]
    )
    await _create(client)
    assert route.call_count == 2
    assert recorded_delays == [expected]


async def test_retry_after_http_date(
    flavor: Flavor, mock_api: respx.MockRouter, recorded_delays: list[float]
) -> None:
    client = flavor.make()
    when = email.utils.formatdate(time.time() + 30, usegmt=True)
    mock_api.post("/v1/responses").mock(
        side_effect=[httpx.Response(503, headers={"retry-after": when}), _ok()]
    )
    await _create(client)
    assert len(recorded_delays) == 1
    assert 20.0 < recorded_delays[0] <= 31.0


async def test_retry_after_too_long_falls_back_to_backoff(
    flavor: Flavor, mock_api: respx.MockRouter, recorded_delays: list[float]
) -> None:
    client = flavor.make()
    mock_api.post("/v1/responses").mock(
        side_effect=[httpx.Response(503, headers={"retry-after": "3600"}), _ok()]
    )
    await _create(client)
    assert len(recorded_delays) == 1
    assert recorded_delays[0] <= _retries.MAX_DELAY


async def test_exponential_backoff_without_header(
    flavor: Flavor, mock_api: respx.MockRouter, recorded_delays: list[float]
) -> None:
    client = flavor.make(max_retries=3)
    mock_api.post("/v1/responses").mock(return_value=httpx.Response(500))
    with pytest.raises(InternalServerError):
        await _create(client)
    base = _retries.INITIAL_DELAY
    assert len(recorded_delays) == 3
    for n, delay in enumerate(recorded_delays):
        assert 0.75 * base * 2**n <= delay <= base * 2**n


async def test_transport_sleeps_the_asked_delay(
    flavor: Flavor, mock_api: respx.MockRouter, monkeypatch: pytest.MonkeyPatch
) -> None:
    slept: list[float] = []

    async def async_sleep(seconds: float) -> None:
        slept.append(seconds)

    monkeypatch.setattr(_retries, "sleep", slept.append)
    monkeypatch.setattr(_retries, "async_sleep", async_sleep)
    client = flavor.make()
    mock_api.post("/v1/responses").mock(
        side_effect=[
            httpx.Response(429, headers={"retry-after": "3"}),
            httpx.Response(503, headers={"retry-after-ms": "40"}),
            _ok(),
        ]
    )
    await _create(client)
    assert slept == [3.0, 0.04]


async def test_retry_with_real_short_wait(flavor: Flavor, mock_api: respx.MockRouter) -> None:
    client = flavor.make()
    route = mock_api.post("/v1/responses").mock(
        side_effect=[httpx.Response(503, headers={"retry-after-ms": "1"}), _ok()]
    )
    result = await _create(client)
    assert result.status == "completed"
    assert route.call_count == 2


async def test_x_should_retry_false_overrules_status(
    flavor: Flavor, mock_api: respx.MockRouter, recorded_delays: list[float]
) -> None:
    client = flavor.make()
    route = mock_api.post("/v1/responses").mock(
        side_effect=[httpx.Response(503, headers={"x-should-retry": "false"}), _ok()]
    )
    with pytest.raises(InternalServerError):
        await _create(client)
    assert route.call_count == 1


async def test_x_should_retry_true_overrules_status(
    flavor: Flavor, mock_api: respx.MockRouter, recorded_delays: list[float]
) -> None:
    client = flavor.make()
    route = mock_api.post("/v1/responses").mock(
        side_effect=[httpx.Response(400, headers={"x-should-retry": "true"}), _ok()]
    )
    result = await _create(client)
    assert result.id == "resp_abc123"
    assert route.call_count == 2


async def test_retried_request_is_identical(
    flavor: Flavor, mock_api: respx.MockRouter, recorded_delays: list[float]
) -> None:
    client = flavor.make()
    route = mock_api.post("/v1/responses").mock(side_effect=[httpx.Response(500), _ok()])
    await _create(client, temperature=0.3, extra_headers={"X-A": "1"})
    first, second = (call.request for call in route.calls)
    assert first.content == second.content
    assert json.loads(second.content) == {"model": "gpt-4.1", "input": "Hi", "temperature": 0.3}
    assert second.headers["x-a"] == "1"
    assert second.headers["authorization"] == first.headers["authorization"]


async def test_streamed_create_retried_before_the_body(
    flavor: Flavor, mock_api: respx.MockRouter, recorded_delays: list[float]
) -> None:
    client = flavor.make()
    body = sse_bytes(*make_text_stream("Hel", "lo"))
    route = mock_api.post("/v1/responses").mock(
        side_effect=[
            httpx.Response(503, json={"error": "busy"}),
            httpx.Response(200, headers=SSE_HEADERS, content=body),
        ]
    )
    stream = await _create(client, stream=True)
    events = await collect(stream)
    assert route.call_count == 2
    assert [e.type for e in events][-1] == "response.completed"
    assert "".join(e.delta for e in events if e.type == "response.output_text.delta") == "Hello"


# --------------------------------------------------------- transport failures


@pytest.mark.parametrize(
    "failure", [httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout, httpx.WriteError]
)
async def test_failure_before_sending_is_retried(
    flavor: Flavor, mock_api: respx.MockRouter, fast_retries: None, failure: type
) -> None:
    client = flavor.make()
    route = mock_api.post("/v1/responses").mock(side_effect=[failure("boom"), _ok()])
    result = await _create(client)
    assert result.id == "resp_abc123"
    assert route.call_count == 2
    first, second = (call.request for call in route.calls)
    # one key for the call, the same on every attempt; the retry says it is one
    assert first.headers["idempotency-key"] == second.headers["idempotency-key"]
    assert "x-retry-count" not in first.headers
    assert second.headers["x-retry-count"] == "1"


@pytest.mark.parametrize("failure", [httpx.ReadTimeout, httpx.ReadError, httpx.RemoteProtocolError])
async def test_a_sent_post_is_not_retried_after_a_transport_failure(
    flavor: Flavor, mock_api: respx.MockRouter, fast_retries: None, failure: type
) -> None:
    client = flavor.make()
    route = mock_api.post("/v1/responses").mock(side_effect=[failure("boom"), _ok()])
    with pytest.raises((ConnectionError, TimeoutError)) as info:
        await _create(client)
    assert route.call_count == 1
    err = info.value
    sent_key = route.calls[0].request.headers["idempotency-key"]
    assert err.request_sent is True
    assert err.idempotency_key == sent_key
    assert sent_key in str(err)


@pytest.mark.parametrize("failure", [httpx.ReadTimeout, httpx.ReadError])
async def test_retry_sent_requests_resends_with_the_same_key(
    flavor: Flavor, mock_api: respx.MockRouter, fast_retries: None, failure: type
) -> None:
    client = flavor.make(retry_sent_requests=True)
    route = mock_api.post("/v1/responses").mock(side_effect=[failure("boom"), _ok()])
    result = await _create(client)
    assert result.id == "resp_abc123"
    assert route.call_count == 2
    keys = {call.request.headers["idempotency-key"] for call in route.calls}
    assert len(keys) == 1


async def test_a_users_idempotency_key_is_kept(
    flavor: Flavor, mock_api: respx.MockRouter, fast_retries: None
) -> None:
    client = flavor.make()
    route = mock_api.post("/v1/responses").mock(side_effect=[httpx.ConnectError("x"), _ok()])
    await _create(client, extra_headers={"Idempotency-Key": "mine-1"})
    assert [c.request.headers["idempotency-key"] for c in route.calls] == ["mine-1", "mine-1"]


@pytest.mark.parametrize("failure", [httpx.ReadTimeout, httpx.ReadError])
async def test_an_idempotent_get_is_retried_after_a_transport_failure(
    flavor: Flavor, mock_api: respx.MockRouter, fast_retries: None, failure: type
) -> None:
    client = flavor.make()
    route = mock_api.get("/v1/responses/resp_abc123").mock(side_effect=[failure("boom"), _ok()])
    result = await resolve(client.responses.retrieve("resp_abc123"))
    assert result.id == "resp_abc123"
    assert route.call_count == 2
    assert "idempotency-key" not in route.calls[0].request.headers


async def test_connect_error_exhausted(
    flavor: Flavor, mock_api: respx.MockRouter, fast_retries: None
) -> None:
    client = flavor.make()
    route = mock_api.post("/v1/responses").mock(side_effect=httpx.ConnectError("refused"))
    with pytest.raises(ConnectionError) as info:
        await _create(client)
    assert route.call_count == 3
    err = info.value
    assert isinstance(err, BudError)
    assert isinstance(err, builtins.ConnectionError)
    assert not isinstance(err, builtins.TimeoutError)
    assert isinstance(err.__cause__, httpx.ConnectError)
    assert "ConnectError" in str(err)


@pytest.mark.parametrize("failure", [httpx.ConnectTimeout, httpx.WriteTimeout, httpx.PoolTimeout])
async def test_timeout_exhausted(
    flavor: Flavor, mock_api: respx.MockRouter, fast_retries: None, failure: type
) -> None:
    client = flavor.make(max_retries=1)
    route = mock_api.post("/v1/responses").mock(side_effect=failure("slow"))
    with pytest.raises(TimeoutError) as info:
        await _create(client)
    assert route.call_count == 2
    err = info.value
    assert isinstance(err, BudError)
    assert isinstance(err, builtins.TimeoutError)
    assert isinstance(err.__cause__, failure)
    assert failure.__name__ in str(err)


async def test_builtin_except_clauses_catch_sdk_errors(
    bud: Any, mock_api: respx.MockRouter
) -> None:
    mock_api.post("/v1/responses").mock(side_effect=httpx.ReadTimeout("slow"))
    caught: BaseException | None = None
    try:
        await _create(bud)
    except builtins.TimeoutError as exc:  # what a user without the SDK's names writes
        caught = exc
    assert isinstance(caught, TimeoutError)

    mock_api.post("/v1/responses").mock(side_effect=httpx.ConnectError("refused"))
    try:
        await _create(bud)
    except builtins.ConnectionError as exc:
        caught = exc
    assert isinstance(caught, ConnectionError)


async def test_transport_error_message_has_no_key(
    bud: Any, mock_api: respx.MockRouter, api_key: str
) -> None:
    mock_api.post("/v1/responses").mock(side_effect=httpx.ConnectError("refused"))
    with pytest.raises(ConnectionError) as info:
        await _create(bud)
    assert api_key not in str(info.value)
    assert api_key not in repr(info.value)
