"""`client.responses`: the Responses resource, sync and async.

Each method is a thin edge: check and build (pure, shared), send through the
transport, parse with the generated models (pure, shared).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Literal, Unpack, overload

import httpx
from bud_api import operations as ops
from bud_api.models.response_object import ResponseObject
from bud_api.operations import Operation

from bud import _params
from bud._core import RequestOptions, parse_model
from bud._gateway import RawResponseMixin
from bud._operations import Call, parse, prepare, prepare_body
from bud._params import CompactKwargs, CreateKwargs, InputTokensKwargs
from bud._response_streaming import (
    AsyncResponseStream,
    ResponseStream,
    final_response_of,
    is_event_stream,
)
from bud._stream_manager import AsyncResponseStreamManager, ResponseStreamManager
from bud.exceptions import InvalidResponseError
from bud.pagination import AsyncCursorPage, AsyncPager, SyncCursorPage

if TYPE_CHECKING:
    from bud_api.models.compact_resource import CompactResource
    from bud_api.models.deleted_response import DeletedResponse
    from bud_api.models.token_counts_resource import TokenCountsResource

    from bud._transport import AsyncTransport, SyncTransport

# The models of the rarer calls load on their first use (a few hundred
# microseconds once), keeping them off the import path of every program.

__all__ = [
    "AsyncInputItems",
    "AsyncInputTokens",
    "AsyncResponses",
    "InputItems",
    "InputTokens",
    "Responses",
]

# --------------------------------------------------------------- pure parts


def _create_call(params: dict[str, Any], stream: object, default_model: str | None) -> Call:
    if not isinstance(stream, bool):
        raise TypeError(f"create(): 'stream' must be a bool, got {type(stream).__name__}")
    body, options = _params.split("create", ops.CREATE_RESPONSE, params)
    if "model" not in body and "prompt" not in body:
        if default_model is None:
            raise ValueError(
                "At least one of 'model' or 'prompt' must be provided"
                " (or a default: BudClient(model=...) or BUD_MODEL)"
            )
        body["model"] = default_model
    # `"stream": false` is not sent (the spec's tests pin the body); a server that
    # streams anyway (transformers serve does when the field is absent) is read to its
    # final response: the reply's Content-Type decides, see `_response_of`
    if stream:
        body["stream"] = True
    return prepare("create", ops.CREATE_RESPONSE, body=body, options=options, stream=stream)


def _retrieve_call(
    response_id: str,
    stream: object,
    starting_after: int | None,
    include: list[str] | None,
    include_obfuscation: bool | None,
    model: str | None,
    options: RequestOptions,
) -> Call:
    if not isinstance(stream, bool):
        raise TypeError(f"retrieve(): 'stream' must be a bool, got {type(stream).__name__}")
    if starting_after is not None and not stream:
        raise ValueError("retrieve(): 'starting_after' needs stream=True")
    query = {
        "stream": True if stream else None,
        "starting_after": starting_after,
        "include": include,
        "include_obfuscation": include_obfuscation,
    }
    return prepare(
        "retrieve", ops.RETRIEVE_RESPONSE, path={"response_id": response_id}, query=query,
        options=options, stream=stream, model=model,
    )  # fmt: skip


def _response_of(http: httpx.Response) -> ResponseObject:
    """The `Response` of a reply read whole, whichever way the server chose to send it
    (a stored prompt decides on the gateway): JSON, or an event stream."""
    # a JSON body mislabelled as an event stream is still JSON
    if is_event_stream(http) and not http.content.lstrip().startswith(b"{"):
        final: ResponseObject = final_response_of(http)
        return final
    result: ResponseObject = parse_model(http, ResponseObject)
    return result


def _by_id(
    what: str, operation: Operation, response_id: str, model: str | None, options: RequestOptions
) -> Call:
    path = {"response_id": response_id}
    return prepare(what, operation, path=path, options=options, model=model)


def _deleted(response: httpx.Response, response_id: str) -> DeletedResponse:
    from bud_api.models.deleted_response import DeletedResponse

    if not response.content.strip():
        # some gateways answer 200 with no body: the deletion still happened
        return DeletedResponse(id=response_id, object="response", deleted=True)
    parsed: DeletedResponse = parse_model(response, DeletedResponse)
    return parsed


def _list_call(
    response_id: str,
    after: str | None,
    limit: int | None,
    order: str | None,
    include: list[str] | None,
    model: str | None,
    options: RequestOptions,
) -> Callable[[str | None], Call]:
    """The call for each page, by its cursor; arguments checked once, up front."""
    if limit is not None and (isinstance(limit, bool) or not isinstance(limit, int) or limit < 1):
        raise ValueError(f"input_items.list(): 'limit' must be a positive int, got {limit!r}")
    if order not in (None, "asc", "desc"):
        raise ValueError(f"input_items.list(): 'order' must be 'asc' or 'desc', got {order!r}")
    op = ops.LIST_INPUT_ITEMS
    query = {"after": after, "limit": limit, "order": order, "include": include}
    first = prepare("input_items.list", op, path={"response_id": response_id}, query=query,
                    options=options, model=model)  # fmt: skip

    def page(cursor: str | None) -> Call:
        return first._replace(query={**(first.query or {}), "after": cursor})

    return page


def _page_fields(response: httpx.Response) -> dict[str, Any]:
    """`SyncCursorPage`/`AsyncCursorPage` keyword arguments from a list response."""
    from bud_api.models.response_item_list import ResponseItemList

    page: ResponseItemList = parse_model(response, ResponseItemList)
    if not isinstance(page.data, list):
        raise InvalidResponseError(
            "input_items.list(): the page has no 'data' list", response=response, text=response.text
        )
    return {
        "data": list(page.data),
        "has_more": bool(page.has_more),
        "first_id": _str_or_none(page.first_id),
        "last_id": _str_or_none(page.last_id),
    }


def _str_or_none(value: Any) -> str | None:
    return value if isinstance(value, str) else None


# ---------------------------------------------------------------------- sync


class InputItems(RawResponseMixin):
    """`client.responses.input_items`."""

    def __init__(self, transport: SyncTransport) -> None:
        self._transport = transport

    def list(
        self,
        response_id: str,
        *,
        after: str | None = None,
        limit: int | None = None,
        order: Literal["asc", "desc"] | None = None,
        include: list[str] | None = None,
        model: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> SyncCursorPage[Any]:
        """The input items of a response, one page at a time; iterate for all of them."""
        page = _list_call(response_id, after, limit, order, include, model, options)

        def fetch(cursor: str | None) -> SyncCursorPage[Any]:
            http = self._transport.call(page(cursor))
            return SyncCursorPage(**_page_fields(http), fetch=fetch)

        return fetch(after)


class InputTokens(RawResponseMixin):
    """`client.responses.input_tokens`."""

    def __init__(self, transport: SyncTransport) -> None:
        self._transport = transport

    def count(self, **params: Unpack[InputTokensKwargs]) -> TokenCountsResource:
        """How many input tokens a request with these parameters would use."""
        call = prepare_body("input_tokens.count", ops.COUNT_INPUT_TOKENS, params)
        result: TokenCountsResource = parse(call, self._transport.call(call))
        return result


class Responses(RawResponseMixin):
    """`client.responses`: create, stream, retrieve, delete, cancel, compact."""

    def __init__(self, transport: SyncTransport) -> None:
        self._transport = transport
        self.input_items = InputItems(transport)
        self.input_tokens = InputTokens(transport)

    @overload
    def create(
        self, *, stream: Literal[False] = False, **params: Unpack[CreateKwargs]
    ) -> ResponseObject: ...

    @overload
    def create(
        self, *, stream: Literal[True], **params: Unpack[CreateKwargs]
    ) -> ResponseStream: ...

    @overload
    def create(
        self, *, stream: bool, **params: Unpack[CreateKwargs]
    ) -> ResponseObject | ResponseStream: ...

    def create(
        self, *, stream: bool = False, **params: Unpack[CreateKwargs]
    ) -> ResponseObject | ResponseStream:
        """Create a model response: a `Response`, or with `stream=True` a `ResponseStream`.

        Needs `model` or `prompt`. Fields this SDK does not know yet go in
        `extra_body`; `extra_headers`, `extra_query`, `timeout` and
        `max_retries` apply to this call only.
        """
        call = _create_call(dict(params), stream, self._transport.core.model)
        http = self._transport.call(call)
        if stream:
            return ResponseStream(http)
        return _response_of(http)

    def stream(self, **params: Unpack[CreateKwargs]) -> ResponseStreamManager:
        """`with client.responses.stream(...) as s:` events plus `get_final_response()`."""
        _create_call(
            dict(params), True, self._transport.core.model
        )  # fail before the `with` block, not inside it
        return ResponseStreamManager(lambda: self.create(stream=True, **params))

    @overload
    def retrieve(
        self,
        response_id: str,
        *,
        stream: Literal[False] = False,
        include: list[str] | None = None,
        model: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> ResponseObject: ...

    @overload
    def retrieve(
        self,
        response_id: str,
        *,
        stream: Literal[True],
        starting_after: int | None = None,
        include: list[str] | None = None,
        include_obfuscation: bool | None = None,
        model: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> ResponseStream: ...

    def retrieve(
        self,
        response_id: str,
        *,
        stream: bool = False,
        starting_after: int | None = None,
        include: list[str] | None = None,
        include_obfuscation: bool | None = None,
        model: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> ResponseObject | ResponseStream:
        """A stored response; with `stream=True` its events, after `starting_after`.

        `model` (default: the client's `model`) is sent as `x-model-name`: the Bud
        gateway routes sub-routes by it and answers 500 when it has no default model.
        """
        call = _retrieve_call(
            response_id, stream, starting_after, include, include_obfuscation, model, options
        )
        http = self._transport.call(call)
        if stream:
            return ResponseStream(http)
        result: ResponseObject = parse_model(http, ResponseObject)
        return result

    def delete(
        self, response_id: str, *, model: str | None = None, **options: Unpack[RequestOptions]
    ) -> DeletedResponse:
        """Delete a stored response (`model`: as for `retrieve`)."""
        call = _by_id("delete", ops.DELETE_RESPONSE, response_id, model, options)
        return _deleted(self._transport.call(call), response_id)

    def cancel(
        self, response_id: str, *, model: str | None = None, **options: Unpack[RequestOptions]
    ) -> ResponseObject:
        """Cancel a background response (`model`: as for `retrieve`)."""
        call = _by_id("cancel", ops.CANCEL_RESPONSE, response_id, model, options)
        result: ResponseObject = parse(call, self._transport.call(call))
        return result

    def compact(self, **params: Unpack[CompactKwargs]) -> CompactResource:
        """Compact a conversation into a shorter input."""
        call = prepare_body("compact", ops.COMPACT_RESPONSE, params)
        result: CompactResource = parse(call, self._transport.call(call))
        return result


# --------------------------------------------------------------------- async


class AsyncInputItems(RawResponseMixin):
    """`client.responses.input_items` (async)."""

    def __init__(self, transport: AsyncTransport) -> None:
        self._transport = transport

    def list(
        self,
        response_id: str,
        *,
        after: str | None = None,
        limit: int | None = None,
        order: Literal["asc", "desc"] | None = None,
        include: list[str] | None = None,
        model: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncPager[Any]:
        """`await` it for the first page, or `async for` over every item of every page."""
        page = _list_call(response_id, after, limit, order, include, model, options)

        async def fetch(cursor: str | None) -> AsyncCursorPage[Any]:
            http = await self._transport.call(page(cursor))
            return AsyncCursorPage(**_page_fields(http), fetch=fetch)

        return AsyncPager(lambda: fetch(after))


class AsyncInputTokens(RawResponseMixin):
    """`client.responses.input_tokens` (async)."""

    def __init__(self, transport: AsyncTransport) -> None:
        self._transport = transport

    async def count(self, **params: Unpack[InputTokensKwargs]) -> TokenCountsResource:
        """How many input tokens a request with these parameters would use."""
        call = prepare_body("input_tokens.count", ops.COUNT_INPUT_TOKENS, params)
        result: TokenCountsResource = parse(call, await self._transport.call(call))
        return result


class AsyncResponses(RawResponseMixin):
    """`client.responses` on `AsyncBudClient`."""

    def __init__(self, transport: AsyncTransport) -> None:
        self._transport = transport
        self.input_items = AsyncInputItems(transport)
        self.input_tokens = AsyncInputTokens(transport)

    @overload
    async def create(
        self, *, stream: Literal[False] = False, **params: Unpack[CreateKwargs]
    ) -> ResponseObject: ...

    @overload
    async def create(
        self, *, stream: Literal[True], **params: Unpack[CreateKwargs]
    ) -> AsyncResponseStream: ...

    @overload
    async def create(
        self, *, stream: bool, **params: Unpack[CreateKwargs]
    ) -> ResponseObject | AsyncResponseStream: ...

    async def create(
        self, *, stream: bool = False, **params: Unpack[CreateKwargs]
    ) -> ResponseObject | AsyncResponseStream:
        """Create a model response: a `Response`, or with `stream=True` an
        `AsyncResponseStream`. Same parameters as `Responses.create`."""
        call = _create_call(dict(params), stream, self._transport.core.model)
        http = await self._transport.call(call)
        if stream:
            return AsyncResponseStream(http)
        return _response_of(http)

    def stream(self, **params: Unpack[CreateKwargs]) -> AsyncResponseStreamManager:
        """`async with client.responses.stream(...) as s:` events plus `get_final_response()`."""
        _create_call(dict(params), True, self._transport.core.model)

        async def start() -> AsyncResponseStream:
            stream: AsyncResponseStream = await self.create(stream=True, **params)
            return stream

        return AsyncResponseStreamManager(start)

    @overload
    async def retrieve(
        self,
        response_id: str,
        *,
        stream: Literal[False] = False,
        include: list[str] | None = None,
        model: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> ResponseObject: ...

    @overload
    async def retrieve(
        self,
        response_id: str,
        *,
        stream: Literal[True],
        starting_after: int | None = None,
        include: list[str] | None = None,
        include_obfuscation: bool | None = None,
        model: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncResponseStream: ...

    async def retrieve(
        self,
        response_id: str,
        *,
        stream: bool = False,
        starting_after: int | None = None,
        include: list[str] | None = None,
        include_obfuscation: bool | None = None,
        model: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> ResponseObject | AsyncResponseStream:
        """A stored response; with `stream=True` its events, after `starting_after`.

        `model` (default: the client's `model`) is sent as `x-model-name`: the Bud
        gateway routes sub-routes by it and answers 500 when it has no default model.
        """
        call = _retrieve_call(
            response_id, stream, starting_after, include, include_obfuscation, model, options
        )
        http = await self._transport.call(call)
        if stream:
            return AsyncResponseStream(http)
        result: ResponseObject = parse_model(http, ResponseObject)
        return result

    async def delete(
        self, response_id: str, *, model: str | None = None, **options: Unpack[RequestOptions]
    ) -> DeletedResponse:
        """Delete a stored response (`model`: as for `retrieve`)."""
        call = _by_id("delete", ops.DELETE_RESPONSE, response_id, model, options)
        return _deleted(await self._transport.call(call), response_id)

    async def cancel(
        self, response_id: str, *, model: str | None = None, **options: Unpack[RequestOptions]
    ) -> ResponseObject:
        """Cancel a background response (`model`: as for `retrieve`)."""
        call = _by_id("cancel", ops.CANCEL_RESPONSE, response_id, model, options)
        result: ResponseObject = parse(call, await self._transport.call(call))
        return result

    async def compact(self, **params: Unpack[CompactKwargs]) -> CompactResource:
        """Compact a conversation into a shorter input."""
        call = prepare_body("compact", ops.COMPACT_RESPONSE, params)
        result: CompactResource = parse(call, await self._transport.call(call))
        return result
