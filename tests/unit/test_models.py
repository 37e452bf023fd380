"""`client.models.list()`: the models the gateway serves, sync and async, on a real socket."""

from __future__ import annotations

import pytest

from bud import AsyncBudClient, BudClient
from bud.exceptions import AuthenticationError
from bud.testing import LocalServer


def test_sync_list_iterates_the_served_models() -> None:
    with LocalServer(models=("alpha", "beta")) as server:
        with BudClient(api_key="k", base_url=server.base_url) as client:
            page = client.models.list()
            assert [m.id for m in page.data] == ["alpha", "beta"]
            assert [m.id for m in page] == ["alpha", "beta"]
            assert {m.owned_by for m in page.data} == {"bud"}
        (request,) = server.requests
        assert (request.method, request.path) == ("GET", "/v1/models")
        assert "idempotency-key" not in request.headers


async def test_async_list_awaits_or_iterates() -> None:
    with LocalServer(models=("alpha",)) as server:
        async with AsyncBudClient(api_key="k", base_url=server.base_url) as client:
            page = await client.models.list()
            assert [m.id for m in page.data] == ["alpha"]
            assert [m.id async for m in client.models.list()] == ["alpha"]


def test_list_errors_are_typed() -> None:
    with LocalServer(api_key="right") as server:
        client = BudClient(api_key="wrong", base_url=server.base_url, max_retries=0)
        with pytest.raises(AuthenticationError):
            client.models.list()
        client.close()


def test_there_is_no_retrieve() -> None:
    """The gateway has no GET /v1/models/{id}: the SDK offers none."""
    client = BudClient(api_key="k", base_url="http://127.0.0.1:9")
    assert not hasattr(client.models, "retrieve")
    client.close()
