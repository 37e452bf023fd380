"""`AsyncBudClient` (primary) and `BudClient`: configuration plus the resources.

async with AsyncBudClient(api_key="...", base_url="https://gateway") as client:
    response = await client.responses.create(model="gpt-4.1", input="Hi")
"""

from __future__ import annotations

from collections.abc import Mapping
from types import TracebackType

import httpx

from bud._core import DEFAULT_LIMITS, DEFAULT_MAX_RETRIES, ClientCore
from bud._redact import redact_url
from bud._transport import AsyncTransport, SyncTransport
from bud.observability._httpx_hooks import instrument_httpx
from bud.resources.models import AsyncModels, Models
from bud.resources.responses import AsyncResponses, Responses

__all__ = ["AsyncBudClient", "BudClient"]


def _core(
    api_key: str | None,
    base_url: str | httpx.URL | None,
    timeout: float | httpx.Timeout | None,
    max_retries: int,
    default_headers: Mapping[str, str] | None,
    retry_sent_requests: bool,
    model: str | None,
) -> ClientCore:
    return ClientCore(
        api_key=api_key,
        base_url=base_url,
        timeout=timeout,
        max_retries=max_retries,
        default_headers=default_headers,
        retry_sent_requests=retry_sent_requests,
        model=model,
    )


class _ClientBase:
    _core: ClientCore

    @property
    def base_url(self) -> httpx.URL:
        """The gateway root (requests go to `{base_url}/v1/...`)."""
        return self._core.base_url

    @property
    def api_key(self) -> str:
        return self._core.api_key

    @property
    def model(self) -> str | None:
        """The default model (`model=` or `BUD_MODEL`): used by `create` when the call
        names none, and sent as `x-model-name` on retrieve, delete, cancel and
        input_items, which the Bud gateway routes by it."""
        return self._core.model

    @property
    def max_retries(self) -> int:
        return self._core.max_retries

    @property
    def timeout(self) -> httpx.Timeout:
        return self._core.timeout

    def __repr__(self) -> str:
        # the key is a secret: never shown, not even in part; nor URL credentials
        url = redact_url(self.base_url)
        return f"{type(self).__name__}(base_url={url!r}, api_key='[REDACTED]')"


class AsyncBudClient(_ClientBase):
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
        self._core = _core(
            api_key, base_url, timeout, max_retries, default_headers, retry_sent_requests, model
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
        self.models = AsyncModels(self._transport)

    async def aclose(self) -> None:
        """Close the connection pool (unless the httpx client was passed in)."""
        if self._owns_http:
            await self._http.aclose()

    async def close(self) -> None:
        """Same as `aclose()`."""
        await self.aclose()

    async def __aenter__(self) -> AsyncBudClient:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()


class BudClient(_ClientBase):
    """Sync client for the Bud AI Foundry gateway; same options as `AsyncBudClient`."""

    def __init__(
        self,
        *,
        api_key: str | None = None,
        base_url: str | httpx.URL | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: Mapping[str, str] | None = None,
        http_client: httpx.Client | None = None,
        transport: httpx.BaseTransport | None = None,
        retry_sent_requests: bool = False,
        model: str | None = None,
    ) -> None:
        # a client handed in keeps its own timeout unless one is given here
        if timeout is None and http_client is not None:
            timeout = http_client.timeout
        self._core = _core(
            api_key, base_url, timeout, max_retries, default_headers, retry_sent_requests, model
        )
        self._owns_http = http_client is None
        self._http = instrument_httpx(
            http_client
            or httpx.Client(limits=DEFAULT_LIMITS, transport=transport, timeout=self._core.timeout)
        )
        self._transport = SyncTransport(self._core, self._http)
        self.responses = Responses(self._transport)
        self.models = Models(self._transport)

    def close(self) -> None:
        """Close the connection pool (unless the httpx client was passed in)."""
        if self._owns_http:
            self._http.close()

    def __enter__(self) -> BudClient:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()
