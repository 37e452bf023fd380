"""`client.embeddings`: vectors for text (`POST /v1/embeddings`)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Unpack

from bud_api.models.create_embedding_response import CreateEmbeddingResponse

from bud._calls.embeddings import create_call, embeddings_of
from bud._gateway import RawResponseMixin
from bud._params import EmbeddingKwargs

if TYPE_CHECKING:
    from bud._async.transport import AsyncTransport


class AsyncEmbeddings(RawResponseMixin):
    """`client.embeddings` (async)."""

    def __init__(self, transport: AsyncTransport) -> None:
        self._transport = transport

    async def create(self, **params: Unpack[EmbeddingKwargs]) -> CreateEmbeddingResponse:
        """Embed `input` (a string, a list of strings, or token ids): one `data[i]` per
        input, its `embedding` a list of floats, also with `encoding_format="base64"`
        (decoded here). Bud's `modality`, `chunking`, `priority` and `include_input`
        are keyword arguments too."""
        call = create_call(dict(params), self._transport.core.model)
        return embeddings_of(await self._transport.call(call))
