"""`client.embeddings`: `AsyncEmbeddings` (src/bud/_async/embeddings.py) and its
generated blocking twin `Embeddings`."""

from bud_sync.embeddings import Embeddings

from bud._async.embeddings import AsyncEmbeddings

__all__ = ["AsyncEmbeddings", "Embeddings"]
