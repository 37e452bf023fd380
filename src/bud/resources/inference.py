"""OpenAI-compatible inference resources (the spec's module name for them)."""

from bud.resources.responses import AsyncResponses, Responses

__all__ = ["AsyncResponses", "Responses"]
