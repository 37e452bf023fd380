"""A client library for accessing Bud AI Foundry gateway: Responses API"""

from typing import Any


def __getattr__(name: str) -> Any:
    if name in ("AuthenticatedClient", "Client"):
        from . import client

        return getattr(client, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = ("AuthenticatedClient", "Client")
