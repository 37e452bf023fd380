"""`client.models`: the models the gateway serves (`GET /v1/models`).

The gateway has no `GET /v1/models/{id}`: there is no `retrieve`. The list is one
page; it iterates like the `openai` package's (`for model in client.models.list()`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Unpack

import httpx
from bud_api import operations as ops

from bud._core import RequestOptions
from bud._gateway import RawResponseMixin
from bud._operations import Call, parse, prepare
from bud.exceptions import InvalidResponseError
from bud.pagination import AsyncCursorPage, AsyncPager, SyncCursorPage

if TYPE_CHECKING:
    from bud._transport import AsyncTransport, SyncTransport

__all__ = ["AsyncModels", "Models"]


def _list_call(options: RequestOptions) -> Call:
    return prepare("models.list", ops.LIST_MODELS, options=options)


def _models(call: Call, http: httpx.Response) -> list[Any]:
    listed = parse(call, http)
    if not isinstance(listed.data, list):
        raise InvalidResponseError(
            "models.list(): the reply has no 'data' list", response=http, text=http.text
        )
    return list(listed.data)


def _no_next(cursor: str) -> Any:
    raise RuntimeError("the model list is one page")


class Models(RawResponseMixin):
    """`client.models`."""

    def __init__(self, transport: SyncTransport) -> None:
        self._transport = transport

    def list(self, **options: Unpack[RequestOptions]) -> SyncCursorPage[Any]:
        """The models the gateway serves; iterate it, or read `.data`."""
        call = _list_call(options)
        data = _models(call, self._transport.call(call))
        return SyncCursorPage(data, has_more=False, first_id=None, last_id=None, fetch=_no_next)


class AsyncModels(RawResponseMixin):
    """`client.models` (async): `await` it for the page, or `async for` every model."""

    def __init__(self, transport: AsyncTransport) -> None:
        self._transport = transport

    def list(self, **options: Unpack[RequestOptions]) -> AsyncPager[Any]:
        call = _list_call(options)

        async def first() -> AsyncCursorPage[Any]:
            data = _models(call, await self._transport.call(call))
            return AsyncCursorPage(data, has_more=False, first_id=None, last_id=None,
                                   fetch=_no_next)  # fmt: skip

        return AsyncPager(first)
