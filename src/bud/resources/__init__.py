"""API resources."""

from bud.resources.models import AsyncModels, Models
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
    "AsyncModels",
    "AsyncResponses",
    "InputItems",
    "InputTokens",
    "Models",
    "Responses",
]
