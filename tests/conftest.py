"""Fixtures the spec's tests use: api_key, base_url, client, async_client, mock_api."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator

import pytest
import respx

from bud.client import AsyncBudClient, BudClient

API_KEY = "sk-bud-test-0123456789abcdef"
BASE_URL = "https://gateway.bud.test"


@pytest.fixture
def api_key() -> str:
    return API_KEY


@pytest.fixture
def base_url() -> str:
    return BASE_URL


@pytest.fixture
def client(api_key: str, base_url: str) -> Iterator[BudClient]:
    # no retries by default: a test that wants them says so
    with BudClient(api_key=api_key, base_url=base_url, max_retries=0) as c:
        yield c


@pytest.fixture
async def async_client(api_key: str, base_url: str) -> AsyncIterator[AsyncBudClient]:
    async with AsyncBudClient(api_key=api_key, base_url=base_url, max_retries=0) as c:
        yield c


@pytest.fixture
def mock_api(base_url: str) -> Iterator[respx.MockRouter]:
    with respx.mock(base_url=base_url, assert_all_called=False) as router:
        yield router
