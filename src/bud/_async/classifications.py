"""`client.classifications`: labels and scores for texts (`POST /v1/classify`)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Unpack

from bud_api.models.classify_response import ClassifyResponse

from bud._calls.classifications import classification_of, create_call
from bud._gateway import RawResponseMixin
from bud._params import ClassifyKwargs

if TYPE_CHECKING:
    from bud._async.transport import AsyncTransport


class AsyncClassifications(RawResponseMixin):
    """`client.classifications` (async)."""

    def __init__(self, transport: AsyncTransport) -> None:
        self._transport = transport

    async def create(self, **params: Unpack[ClassifyKwargs]) -> ClassifyResponse:
        """Classify each string of `input`: `data[i]` is the list of `{label, score}` of
        `input[i]`, highest score first."""
        call = create_call(dict(params), self._transport.core.model)
        return classification_of(await self._transport.call(call))
