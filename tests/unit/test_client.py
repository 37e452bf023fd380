"""Client construction and per-request configuration, for BudClient and AsyncBudClient."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest
import respx

from bud import _core
from bud.client import AsyncBudClient, BudClient
from bud.exceptions import BudError, ConfigurationError

from ._support import Flavor, resolve, sample_response


def _ok(route: respx.Route) -> respx.Route:
    return route.mock(return_value=httpx.Response(200, json=sample_response()))


async def _create(client: Any, **kwargs: Any) -> Any:
    kwargs.setdefault("model", "gpt-4.1")
    kwargs.setdefault("input", "Hi")
    return await resolve(client.responses.create(**kwargs))


# ------------------------------------------------------------ construction


async def test_constructed_from_arguments(flavor: Flavor, mock_api: respx.MockRouter) -> None:
    client = flavor.make(api_key="sk-args", base_url="https://gateway.bud.test")
    assert client.api_key == "sk-args"
    assert client.base_url == httpx.URL("https://gateway.bud.test")
    assert client.max_retries == 2  # the default
    route = _ok(mock_api.post("/v1/responses"))
    await _create(client)
    request = route.calls.last.request
    assert request.headers["authorization"] == "Bearer sk-args"
    assert request.url == "https://gateway.bud.test/v1/responses"
    assert request.headers["user-agent"].startswith("bud-sdk/")
    assert request.headers["content-type"] == "application/json"
    assert request.headers["accept"] == "application/json"


async def test_env_fallback(flavor: Flavor, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BUD_API_KEY", "sk-from-env")
    monkeypatch.setenv("BUD_BASE_URL", "https://env.bud.test/")
    client = flavor.client_cls()
    try:
        assert client.api_key == "sk-from-env"
        with respx.mock(base_url="https://env.bud.test") as router:
            route = _ok(router.post("/v1/responses"))
            await _create(client)
        assert route.calls.last.request.headers["authorization"] == "Bearer sk-from-env"
    finally:
        await resolve(client.close())


async def test_arguments_win_over_env(flavor: Flavor, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BUD_API_KEY", "sk-from-env")
    monkeypatch.setenv("BUD_BASE_URL", "https://env.bud.test")
    client = flavor.make(api_key="sk-arg", base_url="https://arg.bud.test")
    assert client.api_key == "sk-arg"
    assert client.base_url == httpx.URL("https://arg.bud.test")


@pytest.mark.parametrize(
    ("env", "kwargs", "match"),
    [
        ({}, {}, "BUD_API_KEY"),
        ({"BUD_BASE_URL": "https://g.test"}, {}, "BUD_API_KEY"),
        ({"BUD_API_KEY": "sk"}, {}, "BUD_BASE_URL"),
        ({}, {"api_key": "", "base_url": "https://g.test"}, "BUD_API_KEY"),
        ({}, {"api_key": "sk", "base_url": ""}, "BUD_BASE_URL"),
        ({}, {"api_key": "sk", "base_url": "ftp://g.test"}, "http"),
        ({}, {"api_key": "sk", "base_url": "not a url"}, "http"),
        ({}, {"api_key": "sk", "base_url": "https://g.test", "max_retries": -1}, "max_retries"),
        ({}, {"api_key": "sk", "base_url": "https://g.test", "max_retries": True}, "max_retries"),
    ],
)
def test_configuration_error(
    flavor: Flavor,
    monkeypatch: pytest.MonkeyPatch,
    env: dict[str, str],
    kwargs: dict[str, Any],
    match: str,
) -> None:
    monkeypatch.delenv("BUD_API_KEY", raising=False)
    monkeypatch.delenv("BUD_BASE_URL", raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    with pytest.raises(ConfigurationError, match=match) as info:
        flavor.client_cls(**kwargs)
    assert isinstance(info.value, BudError)
    assert isinstance(info.value, ValueError)


@pytest.mark.parametrize(
    ("given", "root", "endpoint"),
    [
        ("https://g.test", "https://g.test", "https://g.test/v1/responses"),
        ("https://g.test/", "https://g.test", "https://g.test/v1/responses"),
        ("https://g.test/v1", "https://g.test", "https://g.test/v1/responses"),
        ("https://g.test/v1/", "https://g.test", "https://g.test/v1/responses"),
        ("https://g.test/api", "https://g.test/api", "https://g.test/api/v1/responses"),
        ("https://g.test/api/v1/", "https://g.test/api", "https://g.test/api/v1/responses"),
        ("http://127.0.0.1:8080/gw/", "http://127.0.0.1:8080/gw", None),
    ],
)
async def test_base_url_normalised(
    flavor: Flavor, given: str, root: str, endpoint: str | None
) -> None:
    client = flavor.make(base_url=given)
    assert str(client.base_url) == root
    endpoint = endpoint or root + "/v1/responses"
    with respx.mock(assert_all_called=True) as router:
        route = _ok(router.post(endpoint))
        await _create(client)
    assert str(route.calls.last.request.url) == endpoint


async def test_base_url_prefix_kept_for_every_method(flavor: Flavor) -> None:
    client = flavor.make(base_url="https://g.test/api/")
    with respx.mock(base_url="https://g.test/api") as router:
        get = router.get("/v1/responses/resp_1").mock(
            return_value=httpx.Response(200, json=sample_response(id="resp_1"))
        )
        delete = router.delete("/v1/responses/resp_1").mock(
            return_value=httpx.Response(200, json={"id": "resp_1", "deleted": True})
        )
        await resolve(client.responses.retrieve("resp_1"))
        await resolve(client.responses.delete("resp_1"))
    assert get.calls.last.request.url.path == "/api/v1/responses/resp_1"
    assert delete.calls.last.request.url.path == "/api/v1/responses/resp_1"


@pytest.mark.parametrize("key", ["sk-bud-super-secret-key-value", "abc"])
def test_repr_never_shows_key(flavor: Flavor, key: str) -> None:
    client = flavor.make(api_key=key)
    for text in (repr(client), str(client), repr(client._core)):
        assert key not in text
        assert "REDACTED" in text
    assert "gateway.bud.test" in repr(client)


def test_repr_shows_no_prefix_of_key(flavor: Flavor) -> None:
    key = "sk-bud-0123456789abcdefXYZ"
    client = flavor.make(api_key=key)
    text = repr(client)
    for n in range(4, len(key) + 1):
        assert key[:n] not in text
        assert key[-n:] not in text


# ------------------------------------------------------------------ timeouts


async def test_default_timeout(flavor: Flavor, mock_api: respx.MockRouter) -> None:
    client = flavor.make()
    route = _ok(mock_api.post("/v1/responses"))
    await _create(client)
    assert client.timeout == _core.DEFAULT_TIMEOUT
    assert route.calls.last.request.extensions["timeout"] == {
        "connect": 10.0,
        "read": 600.0,
        "write": 60.0,
        "pool": 30.0,
    }


@pytest.mark.parametrize(
    ("timeout", "expected"),
    [
        (5, {"connect": 5.0, "read": 5.0, "write": 5.0, "pool": 5.0}),
        (2.5, {"connect": 2.5, "read": 2.5, "write": 2.5, "pool": 2.5}),
        (
            httpx.Timeout(30.0, connect=3.0),
            {"connect": 3.0, "read": 30.0, "write": 30.0, "pool": 30.0},
        ),
    ],
)
async def test_client_level_timeout(
    flavor: Flavor, mock_api: respx.MockRouter, timeout: Any, expected: dict[str, float]
) -> None:
    client = flavor.make(timeout=timeout)
    route = _ok(mock_api.post("/v1/responses"))
    await _create(client)
    assert route.calls.last.request.extensions["timeout"] == expected


async def test_per_call_timeout_reaches_the_request(
    flavor: Flavor, mock_api: respx.MockRouter
) -> None:
    client = flavor.make(timeout=100)
    route = _ok(mock_api.post("/v1/responses"))
    await _create(client, timeout=1.5)
    assert route.calls.last.request.extensions["timeout"] == {
        "connect": 1.5,
        "read": 1.5,
        "write": 1.5,
        "pool": 1.5,
    }
    await _create(client, timeout=httpx.Timeout(7.0, read=70.0))
    assert route.calls.last.request.extensions["timeout"]["read"] == 70.0
    assert route.calls.last.request.extensions["timeout"]["connect"] == 7.0
    # the next call without an override is back to the client's
    await _create(client)
    assert route.calls.last.request.extensions["timeout"]["read"] == 100.0


async def test_per_call_timeout_on_other_methods(
    flavor: Flavor, mock_api: respx.MockRouter
) -> None:
    client = flavor.make()
    route = mock_api.get("/v1/responses/resp_1").mock(
        return_value=httpx.Response(200, json=sample_response(id="resp_1"))
    )
    await resolve(client.responses.retrieve("resp_1", timeout=3))
    assert route.calls.last.request.extensions["timeout"]["read"] == 3.0


@pytest.mark.parametrize("bad", [0, -1, "5", True])
async def test_bad_timeout_rejected(flavor: Flavor, mock_api: respx.MockRouter, bad: Any) -> None:
    route = _ok(mock_api.post("/v1/responses"))
    with pytest.raises(TypeError, match="timeout"):
        flavor.make(timeout=bad)
    client = flavor.make()
    with pytest.raises(TypeError, match="timeout"):
        await _create(client, timeout=bad)
    assert not route.called


# ---------------------------------------------------------- headers, query, body


async def test_default_headers_on_every_request(flavor: Flavor, mock_api: respx.MockRouter) -> None:
    client = flavor.make(default_headers={"X-Team": "search", "X-Trace": "t1"})
    post = _ok(mock_api.post("/v1/responses"))
    get = mock_api.get("/v1/responses/r").mock(
        return_value=httpx.Response(200, json=sample_response(id="r"))
    )
    await _create(client)
    await resolve(client.responses.retrieve("r"))
    for route in (post, get):
        headers = route.calls.last.request.headers
        assert headers["x-team"] == "search"
        assert headers["x-trace"] == "t1"
        assert headers["authorization"].startswith("Bearer ")


async def test_extra_headers_add_and_override(flavor: Flavor, mock_api: respx.MockRouter) -> None:
    client = flavor.make(default_headers={"X-Team": "search"})
    route = _ok(mock_api.post("/v1/responses"))
    await _create(client, extra_headers={"X-Team": "ads", "X-Call": "1"})
    headers = route.calls.last.request.headers
    assert headers["x-team"] == "ads"
    assert headers["x-call"] == "1"
    # per call only
    await _create(client)
    headers = route.calls.last.request.headers
    assert headers["x-team"] == "search"
    assert "x-call" not in headers


async def test_extra_query(flavor: Flavor, mock_api: respx.MockRouter) -> None:
    client = flavor.make()
    route = _ok(mock_api.post("/v1/responses"))
    await _create(client, extra_query={"api-version": "2025-01", "debug": "1"})
    params = route.calls.last.request.url.params
    assert params["api-version"] == "2025-01"
    assert params["debug"] == "1"


async def test_extra_body_merged(flavor: Flavor, mock_api: respx.MockRouter) -> None:
    client = flavor.make()
    route = _ok(mock_api.post("/v1/responses"))
    await _create(client, extra_body={"guardrails": {"profile": "strict"}, "temperature": 0.1})
    body = json.loads(route.calls.last.request.content)
    assert body == {
        "model": "gpt-4.1",
        "input": "Hi",
        "guardrails": {"profile": "strict"},
        "temperature": 0.1,
    }


async def test_options_are_not_sent_in_the_body(flavor: Flavor, mock_api: respx.MockRouter) -> None:
    client = flavor.make()
    route = _ok(mock_api.post("/v1/responses"))
    await _create(
        client,
        extra_headers={"X-A": "1"},
        extra_query={"q": "1"},
        timeout=9,
        max_retries=0,
    )
    body = json.loads(route.calls.last.request.content)
    assert set(body) == {"model", "input"}


# ------------------------------------------------- http_client, transport, close


def _recording_handler(seen: list[httpx.Request]) -> Any:
    def handler(request: httpx.Request) -> httpx.Response:
        request.read()
        seen.append(request)
        return httpx.Response(200, json=sample_response())

    return handler


async def test_user_http_client_used_and_not_closed(flavor: Flavor) -> None:
    seen: list[httpx.Request] = []
    transport = httpx.MockTransport(_recording_handler(seen))
    http = (
        httpx.AsyncClient(transport=transport)
        if flavor.is_async
        else httpx.Client(transport=transport)
    )
    client = flavor.client_cls(api_key="sk-user", base_url="https://g.test", http_client=http)
    result = await _create(client)
    assert result.id == "resp_abc123"
    assert len(seen) == 1
    assert seen[0].headers["authorization"] == "Bearer sk-user"
    assert str(seen[0].url) == "https://g.test/v1/responses"

    await resolve(client.close())
    assert not http.is_closed
    # still usable by its owner
    response = await resolve(http.get("https://g.test/ping"))
    assert response.status_code == 200
    await resolve(http.aclose() if flavor.is_async else http.close())


async def test_user_http_client_survives_context_manager(flavor: Flavor) -> None:
    seen: list[httpx.Request] = []
    transport = httpx.MockTransport(_recording_handler(seen))
    if flavor.is_async:
        http: Any = httpx.AsyncClient(transport=transport)
        async with AsyncBudClient(api_key="k", base_url="https://g.test", http_client=http) as c:
            await _create(c)
        assert not http.is_closed
        await http.aclose()
    else:
        http = httpx.Client(transport=transport)
        with BudClient(api_key="k", base_url="https://g.test", http_client=http) as c:
            await _create(c)
        assert not http.is_closed
        http.close()
    assert len(seen) == 1


async def test_custom_transport(flavor: Flavor) -> None:
    seen: list[httpx.Request] = []
    client = flavor.make(
        base_url="https://t.test", transport=httpx.MockTransport(_recording_handler(seen))
    )
    result = await _create(client, temperature=0.2)
    assert result.output_text == "The capital of France is Paris."
    assert len(seen) == 1
    assert json.loads(seen[0].content) == {"model": "gpt-4.1", "input": "Hi", "temperature": 0.2}


async def test_close_closes_owned_pool(flavor: Flavor) -> None:
    client = flavor.client_cls(api_key="k", base_url="https://g.test")
    assert not client._http.is_closed
    await resolve(client.close())
    assert client._http.is_closed


def test_sync_context_manager() -> None:
    with BudClient(api_key="k", base_url="https://g.test") as client:
        assert isinstance(client, BudClient)
        assert not client._http.is_closed
    assert client._http.is_closed


async def test_async_context_manager_and_aclose() -> None:
    async with AsyncBudClient(api_key="k", base_url="https://g.test") as client:
        assert isinstance(client, AsyncBudClient)
        assert not client._http.is_closed
    assert client._http.is_closed

    other = AsyncBudClient(api_key="k", base_url="https://g.test")
    await other.aclose()
    assert other._http.is_closed
    await other.aclose()  # idempotent


@pytest.mark.parametrize("kind", ["sync", "async"])
async def test_a_passed_http_client_keeps_its_timeout(kind: str, base_url: str) -> None:
    from bud.client import AsyncBudClient, BudClient

    if kind == "sync":
        http = httpx.Client(timeout=5.0)
        client: Any = BudClient(api_key="k", base_url=base_url, http_client=http)
    else:
        http = httpx.AsyncClient(timeout=5.0)
        client = AsyncBudClient(api_key="k", base_url=base_url, http_client=http)
    assert client.timeout == httpx.Timeout(5.0)
    explicit = BudClient(api_key="k", base_url=base_url, http_client=httpx.Client(), timeout=7.0)
    assert explicit.timeout == httpx.Timeout(7.0)
