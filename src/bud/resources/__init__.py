"""API resources."""

from bud.resources.chat import AsyncChat, AsyncCompletions, Chat, Completions
from bud.resources.classifications import AsyncClassifications, Classifications
from bud.resources.embeddings import AsyncEmbeddings, Embeddings
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
    "AsyncChat",
    "AsyncClassifications",
    "AsyncCompletions",
    "AsyncEmbeddings",
    "AsyncInputItems",
    "AsyncInputTokens",
    "AsyncModels",
    "AsyncResponses",
    "Chat",
    "Classifications",
    "Completions",
    "Embeddings",
    "InputItems",
    "InputTokens",
    "Models",
    "Responses",
]
