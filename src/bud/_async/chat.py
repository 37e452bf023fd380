"""`client.chat.completions`: OpenAI's chat shape, as the gateway serves it."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, Unpack, overload

from bud_api.models.chat_completion import ChatCompletion

from bud._calls.chat import completion_of, create_call
from bud._chat_streaming import AsyncChatCompletionStream
from bud._gateway import RawResponseMixin
from bud._params import ChatCompletionKwargs

if TYPE_CHECKING:
    from bud._async.transport import AsyncTransport


class AsyncCompletions(RawResponseMixin):
    """`client.chat.completions` (async)."""

    def __init__(self, transport: AsyncTransport) -> None:
        self._transport = transport

    @overload
    async def create(
        self, *, stream: Literal[False] = False, **params: Unpack[ChatCompletionKwargs]
    ) -> ChatCompletion: ...

    @overload
    async def create(
        self, *, stream: Literal[True], **params: Unpack[ChatCompletionKwargs]
    ) -> AsyncChatCompletionStream: ...

    @overload
    async def create(
        self, *, stream: bool, **params: Unpack[ChatCompletionKwargs]
    ) -> ChatCompletion | AsyncChatCompletionStream: ...

    async def create(
        self, *, stream: bool = False, **params: Unpack[ChatCompletionKwargs]
    ) -> ChatCompletion | AsyncChatCompletionStream:
        """Create a chat completion: a `ChatCompletion`, or with `stream=True` an
        `AsyncChatCompletionStream` of `ChatCompletionChunk`s.

        Needs `messages` (and `model`, unless the client has a default). The
        gateway's `tensorzero::...` fields and any field this SDK does not know
        yet go in `extra_body`; `extra_headers`, `extra_query`, `timeout` and
        `max_retries` apply to this call only.
        """
        call = create_call(dict(params), stream, self._transport.core.model)
        http = await self._transport.call(call)
        if stream:
            return AsyncChatCompletionStream(http)
        return completion_of(http)


class AsyncChat:
    """`client.chat` (async)."""

    def __init__(self, transport: AsyncTransport) -> None:
        self.completions = AsyncCompletions(transport)
