"""A client library for accessing Bud AI Foundry gateway: Responses API"""

from .client import AuthenticatedClient, Client

__all__ = ("AuthenticatedClient", "Client")
