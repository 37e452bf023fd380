"""The Bud gateway routes sub-routes by `x-model-name`: `model=` on retrieve, delete,
cancel and input_items.list, falling back to the client's default model
(`BudClient(model=...)` / `BUD_MODEL`), which `create` also uses when the call names
no model."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import pytest
import respx

from bud import AsyncBudClient, BudClient
from bud.exceptions import ConfigurationError

from ._support import resolve, sample_response

RID = "resp_abc123"
LISTED = {"object": "list", "data": [], "has_more": False}

SUB_ROUTES: dict[str, tuple[str, str, Any, Callable[..., Any]]] = {
    "retrieve": ("GET", f"/v1/responses/{RID}", sample_response(),
                 lambda c, **kw: c.responses.retrieve(RID, **kw)),
    "delete": ("DELETE", f"/v1/responses/{RID}", {"id": RID, "object": "response", "deleted": True},
               lambda c, **kw: c.responses.delete(RID, **kw)),
    "cancel": ("POST", f"/v1/responses/{RID}/cancel", sample_response(status="cancelled"),
               lambda c, **kw: c.responses.cancel(RID, **kw)),
    "input_items": ("GET", f"/v1/responses/{RID}/input_items", LISTED,
                    lambda c, **kw: c.responses.input_items.list(RID, **kw)),
}  # fmt: skip


@pytest.fixture(autouse=True)
def no_env_model(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("BUD_MODEL", raising=False)


async def _sent(flavor: Any, mock_api: respx.MockRouter, route: str, client: Any, **kw: Any) -> Any:
    method, path, body, call = SUB_ROUTES[route]
    mocked = mock_api.route(method=method, path=path).respond(200, json=body)
    await resolve(call(client, **kw))
    return mocked.calls.last.request


@pytest.mark.parametrize("route", list(SUB_ROUTES))
async def test_model_is_sent_as_x_model_name(
    flavor: Any, mock_api: respx.MockRouter, route: str
) -> None:
    client = flavor.make(max_retries=0)
    request = await _sent(flavor, mock_api, route, client, model="qwen3-32b")
    assert request.headers["x-model-name"] == "qwen3-32b"


@pytest.mark.parametrize("route", list(SUB_ROUTES))
async def test_the_clients_default_model_is_the_fallback(
    flavor: Any, mock_api: respx.MockRouter, route: str
) -> None:
    client = flavor.make(max_retries=0, model="default-model")
    request = await _sent(flavor, mock_api, route, client)
    assert request.headers["x-model-name"] == "default-model"
    request = await _sent(flavor, mock_api, route, client, model="chosen")
    assert request.headers["x-model-name"] == "chosen"


@pytest.mark.parametrize("route", list(SUB_ROUTES))
async def test_without_a_model_no_header_is_sent(
    flavor: Any, mock_api: respx.MockRouter, route: str
) -> None:
    client = flavor.make(max_retries=0)
    request = await _sent(flavor, mock_api, route, client)
    assert "x-model-name" not in request.headers


async def test_bud_model_env_is_the_default(
    flavor: Any, mock_api: respx.MockRouter, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("BUD_MODEL", "from-env")
    client = flavor.make(max_retries=0)
    assert client.model == "from-env"
    request = await _sent(flavor, mock_api, "retrieve", client)
    assert request.headers["x-model-name"] == "from-env"


async def test_a_callers_own_header_wins(flavor: Any, mock_api: respx.MockRouter) -> None:
    client = flavor.make(max_retries=0, model="default-model")
    request = await _sent(
        flavor, mock_api, "retrieve", client, extra_headers={"x-model-name": "mine"}
    )
    assert request.headers.get_list("x-model-name") == ["mine"]


async def test_create_uses_the_default_model_when_the_call_names_none(
    flavor: Any, mock_api: respx.MockRouter
) -> None:
    route = mock_api.post("/v1/responses").respond(200, json=sample_response())
    client = flavor.make(max_retries=0, model="default-model")
    await resolve(client.responses.create(input="hi"))
    assert json.loads(route.calls.last.request.content)["model"] == "default-model"
    await resolve(client.responses.create(model="explicit", input="hi"))
    assert json.loads(route.calls.last.request.content)["model"] == "explicit"
    # a stored prompt names its own model: the default is not added
    await resolve(client.responses.create(prompt={"id": "pmpt_1"}))
    assert "model" not in json.loads(route.calls.last.request.content)
    # create sends no x-model-name: the model is in the body
    assert "x-model-name" not in route.calls.last.request.headers


async def test_create_without_any_model_says_how_to_set_one(flavor: Any) -> None:
    client = flavor.make(max_retries=0)
    with pytest.raises(ValueError, match="BUD_MODEL"):
        await resolve(client.responses.create(input="hi"))


@pytest.mark.parametrize("cls", [BudClient, AsyncBudClient])
def test_a_model_that_is_not_a_string_is_a_configuration_error(cls: type) -> None:
    with pytest.raises(ConfigurationError, match="model"):
        cls(api_key="k", base_url="http://127.0.0.1:9", model=42)


async def test_a_per_call_model_that_is_not_a_string_is_a_type_error(
    flavor: Any, mock_api: respx.MockRouter
) -> None:
    route = mock_api.get(f"/v1/responses/{RID}").respond(200, json=sample_response())
    client = flavor.make(max_retries=0)
    with pytest.raises(TypeError, match="model"):
        await resolve(client.responses.retrieve(RID, model=42))
    assert route.call_count == 0


def test_an_empty_default_is_no_default(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BUD_MODEL", "  ")
    client = BudClient(api_key="k", base_url="http://127.0.0.1:9")
    assert client.model is None
    client.close()
