"""API resources."""

from bud.resources.responses import (
    AsyncInputItems,
    AsyncInputTokens,
    AsyncResponses,
    InputItems,
    InputTokens,
    Responses,
)

__all__ = [
    "AsyncInputItems",
    "AsyncInputTokens",
    "AsyncResponses",
    "InputItems",
    "InputTokens",
    "Responses",
]
