"""`client.models`: the models the gateway serves (`GET /v1/models`).

The gateway has no `GET /v1/models/{id}`: there is no `retrieve`. The list is one
page; it iterates like the `openai` package's (`async for model in client.models.list()`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Unpack

from bud._async.pagination import AsyncCursorPage, AsyncPager
from bud._calls.models import list_call, no_next, page_fields
from bud._core import RequestOptions
from bud._gateway import RawResponseMixin

if TYPE_CHECKING:
    from bud._async.transport import AsyncTransport


class AsyncModels(RawResponseMixin):
    """`client.models` (async): `await` its `list()` for the page, or `async for` every
    model."""

    def __init__(self, transport: AsyncTransport) -> None:
        self._transport = transport

    def list(
        self,
        **options: Unpack[RequestOptions],
    ) -> AsyncPager[Any]:  # sync: ) -> SyncCursorPage[Any]:
        """The models the gateway serves; iterate it, or read `.data`."""
        call = list_call(options)

        async def first() -> AsyncCursorPage[Any]:
            http = await self._transport.call(call)
            return AsyncCursorPage(**page_fields(call, http), fetch=no_next)

        return AsyncPager(first)  # sync: return first()
