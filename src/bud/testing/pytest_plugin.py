"""A ``local_server`` fixture; enable with ``pytest_plugins = ["bud.testing.pytest_plugin"]``.

Options go through a marker: ``@pytest.mark.local_server(api_key="sk-test")``.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from .server import LocalServer


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "local_server(**options): keyword arguments for the local_server fixture"
    )


@pytest.fixture
def local_server(request: pytest.FixtureRequest) -> Iterator[LocalServer]:
    """A running :class:`LocalServer`, stopped after the test."""
    marker = request.node.get_closest_marker("local_server")
    options = dict(marker.kwargs) if marker is not None else {}
    with LocalServer(**options) as server:
        yield server
