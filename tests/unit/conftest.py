"""Fixtures that run one test against both `BudClient` and `AsyncBudClient`."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from typing import Any

import pytest

from bud import _retries

from ._support import Flavor


@pytest.fixture(params=["sync", "async"])
async def flavor(
    request: pytest.FixtureRequest, api_key: str, base_url: str
) -> AsyncIterator[Flavor]:
    f = Flavor(request.param, api_key, base_url)
    yield f
    await f.close_all()


@pytest.fixture
def bud(flavor: Flavor) -> Any:
    """A client of the current flavor without retries."""
    return flavor.make(max_retries=0)


@pytest.fixture
def fast_retries(monkeypatch: pytest.MonkeyPatch) -> None:
    """Backoff without Retry-After waits ~1 ms instead of 0.5 s."""
    monkeypatch.setattr(_retries, "INITIAL_DELAY", 0.001)


@pytest.fixture
def recorded_delays(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """Record every backoff the transports compute, and wait ~0 instead."""
    delays: list[float] = []
    real: Callable[..., float] = _retries.backoff

    def backoff(*args: Any, **kwargs: Any) -> float:
        delays.append(real(*args, **kwargs))
        return 0.0

    monkeypatch.setattr(_retries, "backoff", backoff)
    return delays
