"""The request path's I/O edge: send, retry, map failures. Sync and async.

Both loops make the same decisions through `_retries` and `ClientCore`; they
differ only in how they send and sleep. A streamed request is retried only
before its body is handed to the caller.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Mapping
from typing import Any

import httpx

from bud import _retries
from bud._core import ClientCore, RequestOptions
from bud.exceptions import ConnectionError, TimeoutError
from bud.observability._httpx_hooks import end_request_span


def _sleep(seconds: float) -> None:
    time.sleep(seconds)


async def _async_sleep(seconds: float) -> None:
    import asyncio  # here, not at import: sync-only programs never load it

    await asyncio.sleep(seconds)


logger = logging.getLogger("bud")


def _transport_error(exc: httpx.TransportError) -> ConnectionError | TimeoutError:
    # the message names the failure, never the request's headers
    if isinstance(exc, httpx.TimeoutException):
        return TimeoutError(f"Request timed out ({type(exc).__name__})")
    return ConnectionError(f"Connection failed ({type(exc).__name__}): {exc}")


def _retry_log(request: httpx.Request, why: str, delay: float, left: int) -> None:
    logger.info(
        "retrying %s %s after %s in %.2fs (%d left)",
        request.method,
        request.url.path,
        why,
        delay,
        left,
    )


class SyncTransport:
    """Sends requests with a `httpx.Client`, retrying as `_retries` decides."""

    def __init__(self, core: ClientCore, client: httpx.Client) -> None:
        self.core = core
        self.client = client

    def request(
        self,
        method: str,
        path: str,
        *,
        body: Mapping[str, Any] | None = None,
        params: Mapping[str, Any] | None = None,
        options: RequestOptions | None = None,
        stream: bool = False,
        what: str = "request",
    ) -> httpx.Response:
        """Send until success or retries run out; the caller closes a streamed response."""
        request = self.core.build_request(
            self.client, method, path, body=body, params=params, options=options,
            stream=stream, what=what,
        )  # fmt: skip
        retries = self.core.retries_for(options)
        done = 0
        while True:
            try:
                response = self.client.send(request, stream=stream)
            except httpx.TransportError as exc:
                end_request_span(request, exc)
                if done >= retries:
                    raise _transport_error(exc) from exc
                delay = _retries.backoff(done)
                _retry_log(request, type(exc).__name__, delay, retries - done)
            except BaseException as exc:  # cancellation, a user hook: end the span, re-raise
                end_request_span(request, exc)
                raise
            else:
                if response.is_success:
                    return response
                response.read()
                response.close()
                if done >= retries or not _retries.should_retry_status(response):
                    raise self.core.error_for(response)
                delay = _retries.backoff(done, response.headers)
                _retry_log(request, str(response.status_code), delay, retries - done)
            done += 1
            _sleep(delay)


class AsyncTransport:
    """Sends requests with a `httpx.AsyncClient`, retrying as `_retries` decides."""

    def __init__(self, core: ClientCore, client: httpx.AsyncClient) -> None:
        self.core = core
        self.client = client

    async def request(
        self,
        method: str,
        path: str,
        *,
        body: Mapping[str, Any] | None = None,
        params: Mapping[str, Any] | None = None,
        options: RequestOptions | None = None,
        stream: bool = False,
        what: str = "request",
    ) -> httpx.Response:
        """Send until success or retries run out; the caller closes a streamed response."""
        request = self.core.build_request(
            self.client, method, path, body=body, params=params, options=options,
            stream=stream, what=what,
        )  # fmt: skip
        retries = self.core.retries_for(options)
        done = 0
        while True:
            try:
                response = await self.client.send(request, stream=stream)
            except httpx.TransportError as exc:
                end_request_span(request, exc)
                if done >= retries:
                    raise _transport_error(exc) from exc
                delay = _retries.backoff(done)
                _retry_log(request, type(exc).__name__, delay, retries - done)
            except BaseException as exc:  # cancellation, a user hook: end the span, re-raise
                end_request_span(request, exc)
                raise
            else:
                if response.is_success:
                    return response
                await response.aread()
                await response.aclose()
                if done >= retries or not _retries.should_retry_status(response):
                    raise self.core.error_for(response)
                delay = _retries.backoff(done, response.headers)
                _retry_log(request, str(response.status_code), delay, retries - done)
            done += 1
            await _async_sleep(delay)
