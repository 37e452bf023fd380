"""The request path's I/O edge: the driver of the sans-I/O retry flow.

`_retries.attempts` decides everything (what to retry, how long to wait, which
error to raise); this only sends, reads error bodies and sleeps. A streamed
request is retried only before its body is handed to the caller.
"""

from __future__ import annotations

import httpx

from bud import _retries
from bud._core import ClientCore
from bud._gateway import captured
from bud._operations import Call
from bud.exceptions import ClientClosedError
from bud.observability._httpx_hooks import end_request_span

_CLOSED = "The client was closed: create a new one (or do not close it while in use)"


class AsyncTransport:
    """Sends requests with a `httpx.AsyncClient`, retrying as `_retries` decides."""

    def __init__(self, core: ClientCore, client: httpx.AsyncClient) -> None:
        self.core = core
        self.client = client

    async def call(self, call: Call) -> httpx.Response:
        """Send a prepared operation call (see `_operations`) until success or retries
        run out; the caller closes a streamed response."""
        retries = self.core.retries_for(call.options)
        request = self.core.build_request(self.client, call)
        flow = _retries.attempts(self.core, request, retries)
        step = next(flow)
        while True:
            if isinstance(step, _retries.Sleep):
                await _retries.async_sleep(step.seconds)
                outcome: httpx.Response | BaseException | None = None
            else:
                if self.client.is_closed:
                    raise ClientClosedError(_CLOSED)
                try:
                    response = await self.client.send(step.request, stream=call.stream)
                except httpx.HTTPError as exc:
                    end_request_span(step.request, exc)
                    outcome = exc
                except BaseException as exc:  # cancellation, a user hook: end the span
                    end_request_span(step.request, exc)
                    raise
                else:
                    if not response.is_success:
                        await response.aread()
                        await response.aclose()
                    outcome = response
            try:
                step = flow.send(outcome)
            except StopIteration as done:
                result: httpx.Response = done.value
                captured(result)  # for with_raw_response and the tracer's gateway view
                return result
