"""`client.responses`: create, parse, stream, retrieve, delete, cancel, compact, input
items and input tokens. Each method is a thin edge: check and build (`_calls.responses`,
`_structured`, pure), send through the transport, parse with the generated models."""

from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, Unpack, overload

import httpx
from bud_api import operations as ops
from bud_api.models.response_object import ResponseObject

from bud._async.pagination import AsyncCursorPage, AsyncPager
from bud._async.stream_manager import AsyncResponseStreamManager
from bud._calls.responses import (
    by_id,
    create_call,
    deleted,
    list_call,
    page_fields,
    response_of,
    resumable,
    resume_call,
    resume_id,
    retrieve_call,
)
from bud._core import RequestOptions, parse_model
from bud._event_stream import Resume
from bud._gateway import RawResponseMixin
from bud._operations import Call, parse, prepare_body
from bud._params import CompactKwargs, CreateKwargs, InputTokensKwargs
from bud._response_streaming import AsyncResponseStream

if TYPE_CHECKING:
    from bud_api.models.compact_resource import CompactResource
    from bud_api.models.deleted_response import DeletedResponse
    from bud_api.models.token_counts_resource import TokenCountsResource

    from bud._async.transport import AsyncTransport
    from bud._structured import ParsedResponse

T = TypeVar("T")


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
    ) -> AsyncPager[Any]:  # sync: ) -> SyncCursorPage[Any]:
        """The input items of a response, one page at a time: `await` it for the first
        page, or `async for` over every item of every page."""
        page = list_call(response_id, after, limit, order, include, model, options)

        async def fetch(cursor: str | None) -> AsyncCursorPage[Any]:
            http = await self._transport.call(page(cursor))
            return AsyncCursorPage(**page_fields(http), fetch=fetch)

        return AsyncPager(lambda: fetch(after))  # sync: return fetch(after)


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
    """`client.responses` (async): create, parse, stream, retrieve, delete, cancel, compact."""

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
        self, *, stream: Literal[True], resume: bool = True, **params: Unpack[CreateKwargs]
    ) -> AsyncResponseStream: ...

    @overload
    async def create(
        self, *, stream: bool, resume: bool = True, **params: Unpack[CreateKwargs]
    ) -> ResponseObject | AsyncResponseStream: ...

    async def create(
        self, *, stream: bool = False, resume: bool = True, **params: Unpack[CreateKwargs]
    ) -> ResponseObject | AsyncResponseStream:
        """Create a model response: a `Response`, or with `stream=True` an
        `AsyncResponseStream` of typed events.

        Needs `model` or `prompt`. Fields this SDK does not know yet go in
        `extra_body`; `extra_headers`, `extra_query`, `timeout` and
        `max_retries` apply to this call only.

        A stream of a background response (`background=True`) that is cut picks up
        where it left off, by itself, up to `max_retries` times: the loop sees every
        event once. `resume=False` raises `IncompleteStreamError` at the cut instead.
        """
        call = create_call(dict(params), stream, self._transport.core.model)
        way_back = self._resume(call) if resumable(call, resume) else None
        http = await self._transport.call(call)
        if stream:
            return AsyncResponseStream(http, resume=way_back)
        return response_of(http)

    def _resume(self, call: Call) -> Resume:
        async def fetch(response_id: str, after: int) -> httpx.Response:
            return await self._transport.call(resume_call(call, response_id, after))

        limit = self._transport.core.retries_for(call.options)
        return Resume(fetch, limit, resume_id(call))

    @overload
    async def parse(
        self, *, text_format: type[T], **params: Unpack[CreateKwargs]
    ) -> ParsedResponse[T]: ...

    @overload
    async def parse(
        self, *, text_format: Mapping[str, Any], **params: Unpack[CreateKwargs]
    ) -> ParsedResponse[dict[str, Any]]: ...

    async def parse(self, *, text_format: Any, **params: Unpack[CreateKwargs]) -> Any:
        """Create a response whose text is JSON of `text_format`, and read it back:
        a `ParsedResponse` whose `output_parsed` is an instance of it.

        `text_format` is a dataclass, an attrs class, a `TypedDict` or a
        `msgspec.Struct` (these need msgspec: `pip install 'bud-sdk[structured]'`), or a
        JSON Schema dict (`output_parsed` is then the JSON object, as a dict). It is
        sent as a strict `json_schema` `text.format`; other `text` fields you pass are
        kept. A refusal raises `RefusalError`, an `incomplete` response
        `IncompleteOutputError`, text that does not fit `OutputValidationError`; each
        keeps the model's text (`raw_text`) and the `Response` (`model_response`).
        """
        # loaded on first use: its classes cost a few ms to build, once
        from bud._structured import no_stream, output_format, parse_response, with_format

        fmt = output_format(text_format)  # TypeError / MissingDependencyError: no I/O yet
        body = with_format("parse", no_stream("parse", dict(params)), fmt)
        response: ResponseObject = await self.create(**body)
        return parse_response(response, fmt)

    def stream(
        self, *, text_format: Any = None, resume: bool = True, **params: Unpack[CreateKwargs]
    ) -> AsyncResponseStreamManager:
        """`async with client.responses.stream(...) as s:` events plus
        `get_final_response()`.

        With `text_format` (as for `parse`), the events are unchanged and
        `get_final_response()` returns the `ParsedResponse`, read once the stream has
        ended. `resume`: as for `create`.
        """
        body: dict[str, Any] = dict(params)
        finish = None
        if text_format is not None:
            from bud._structured import output_format, parse_response, with_format

            fmt = output_format(text_format)
            body = with_format("stream", body, fmt)
            finish = functools.partial(parse_response, fmt=fmt)
        # fail before the `with` block, not inside it
        create_call(dict(body), True, self._transport.core.model)

        async def start() -> AsyncResponseStream:
            stream: AsyncResponseStream = await self.create(stream=True, resume=resume, **body)
            return stream

        return AsyncResponseStreamManager(start, finish)

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
        resume: bool = True,
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
        resume: bool = True,
        **options: Unpack[RequestOptions],
    ) -> ResponseObject | AsyncResponseStream:
        """A stored response; with `stream=True` its events, after `starting_after`
        (a cut stream picks up where it left off, as for `create`; `resume=False`
        does not).

        `model` (default: the client's `model`) is sent as `x-model-name`: the Bud
        gateway routes sub-routes by it and answers 500 when it has no default model.
        """
        call = retrieve_call(
            response_id, stream, starting_after, include, include_obfuscation, model, options
        )
        way_back = self._resume(call) if resumable(call, resume) else None
        http = await self._transport.call(call)
        if stream:
            return AsyncResponseStream(http, resume=way_back)
        result: ResponseObject = parse_model(http, ResponseObject)
        return result

    async def delete(
        self, response_id: str, *, model: str | None = None, **options: Unpack[RequestOptions]
    ) -> DeletedResponse:
        """Delete a stored response (`model`: as for `retrieve`)."""
        call = by_id("delete", ops.DELETE_RESPONSE, response_id, model, options)
        return deleted(await self._transport.call(call), response_id)

    async def cancel(
        self, response_id: str, *, model: str | None = None, **options: Unpack[RequestOptions]
    ) -> ResponseObject:
        """Cancel a background response (`model`: as for `retrieve`)."""
        call = by_id("cancel", ops.CANCEL_RESPONSE, response_id, model, options)
        result: ResponseObject = parse(call, await self._transport.call(call))
        return result

    async def compact(self, **params: Unpack[CompactKwargs]) -> CompactResource:
        """Compact a conversation into a shorter input."""
        call = prepare_body("compact", ops.COMPACT_RESPONSE, params)
        result: CompactResource = parse(call, await self._transport.call(call))
        return result
