"""`AsyncBudClient`: configuration plus the resources."""

from __future__ import annotations

from collections.abc import Mapping

import httpx

from bud._async.chat import AsyncChat
from bud._async.classifications import AsyncClassifications
from bud._async.embeddings import AsyncEmbeddings
from bud._async.models import AsyncModels
from bud._async.responses import AsyncResponses
from bud._async.transport import AsyncTransport
from bud._client_base import ClientBase
from bud._core import DEFAULT_LIMITS, DEFAULT_MAX_RETRIES, ClientCore
from bud.observability._httpx_hooks import instrument_httpx


class AsyncBudClient(ClientBase):
    """Async client for the Bud AI Foundry gateway.

    `api_key` and `base_url` fall back to `BUD_API_KEY` / `BUD_BASE_URL`.
    `timeout` (seconds or `httpx.Timeout`) and `max_retries` can be overridden
    per call. Pass `http_client` to use your own `httpx.AsyncClient` (it is not
    closed by `aclose()`), or `transport` for a custom httpx transport.

    Retries: error statuses (408, 409, 429, 5xx) and failures before a request was
    sent. A POST that failed after it was sent (read timeout, reset, cut body) is
    not resent, since the server may be generating its answer: the error carries
    its `idempotency_key`. `retry_sent_requests=True` resends it too (with the
    same `Idempotency-Key`), for gateways that honour the key.
    """

    def __init__(
        self,
        *,
        api_key: str | None = None,
        base_url: str | httpx.URL | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: Mapping[str, str] | None = None,
        http_client: httpx.AsyncClient | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
        retry_sent_requests: bool = False,
        model: str | None = None,
    ) -> None:
        # a client handed in keeps its own timeout unless one is given here
        if timeout is None and http_client is not None:
            timeout = http_client.timeout
        self._core = ClientCore(
            api_key=api_key,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            retry_sent_requests=retry_sent_requests,
            model=model,
        )
        self._owns_http = http_client is None
        self._http = instrument_httpx(
            http_client
            or httpx.AsyncClient(
                limits=DEFAULT_LIMITS, transport=transport, timeout=self._core.timeout
            )
        )
        self._transport = AsyncTransport(self._core, self._http)
        self.responses = AsyncResponses(self._transport)
        self.chat = AsyncChat(self._transport)
        self.embeddings = AsyncEmbeddings(self._transport)
        self.classifications = AsyncClassifications(self._transport)
        self.models = AsyncModels(self._transport)

    async def aclose(self) -> None:
        """Close the connection pool (unless the httpx client was passed in)."""
        if self._owns_http:
            await self._http.aclose()

    # async-only
    async def close(self) -> None:
        """Same as `aclose()`."""
        await self.aclose()

    # end async-only
    async def __aenter__(self) -> AsyncBudClient:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()
