"""The HTTP span's I/O edge: a response body that ends its span when it ends or closes."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import TYPE_CHECKING

import httpx

from bud._background import run_or_defer

if TYPE_CHECKING:
    from bud.observability._httpx_hooks import _HttpSpan


class AsyncSpanStream(httpx.AsyncByteStream):
    """Delegates to the real body stream; ends the span when it ends or closes."""

    __slots__ = ("_request", "_state", "_stream")

    def __init__(self, stream: httpx.AsyncByteStream, state: _HttpSpan, req: httpx.Request) -> None:
        self._stream = stream
        self._state = state
        self._request = req

    async def __aiter__(self) -> AsyncIterator[bytes]:
        try:
            async for chunk in self._stream:  # no per-chunk work
                yield chunk
        except Exception as exc:
            self._state.end(exc, self._request)
            raise
        finally:
            run_or_defer(self._state.end)  # a generator may be finalized by the collector

    async def aclose(self) -> None:
        try:
            await self._stream.aclose()
        except Exception as exc:
            self._state.end(exc, self._request)
            raise
        finally:
            self._state.end()

    def __del__(self) -> None:
        # The response was dropped unclosed while its request lives on (e.g. kept
        # by the caller): end the span with the body, not with the request.
        self._state.end_from_finalizer()
