"""OpenAI-compatible inference resources (the spec's module name for them)."""

from bud.resources.chat import AsyncChat, Chat
from bud.resources.classifications import AsyncClassifications, Classifications
from bud.resources.embeddings import AsyncEmbeddings, Embeddings
from bud.resources.responses import AsyncResponses, Responses

__all__ = [
    "AsyncChat",
    "AsyncClassifications",
    "AsyncEmbeddings",
    "AsyncResponses",
    "Chat",
    "Classifications",
    "Embeddings",
    "Responses",
]
