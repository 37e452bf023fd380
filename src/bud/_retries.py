"""When to retry, and how long to wait: the retry loop as sans-I/O logic.

`attempts` is the whole loop as a generator, in the way httpx writes its auth
flows: it yields `Send` (the driver sends, and answers with the response, its
error body read, or the transport exception) and `Sleep`, and returns the
successful response or raises the call's error. `_transport.py` drives it twice,
sync and async; only sending and sleeping differ.

What is retried: error statuses 408, 409, 429 and 5xx (or as `x-should-retry`
says), honouring `Retry-After`; failures before the request was sent (connect
errors and timeouts, pool timeouts, a failed write). A failure after the request
was sent in full (a read timeout, a reset, a body cut short) is retried only for
idempotent methods: a POST the server received may be generating its answer,
and sending it again would generate it twice. The error then carries the POST's
`Idempotency-Key`, so the caller can resend it safely; `retry_sent_requests=True`
on the client retries such failures too, for gateways that honour the key.
"""

from __future__ import annotations

import email.utils
import logging
import math
import random
import time
from collections.abc import Generator, Mapping
from typing import TYPE_CHECKING

import httpx

from bud._redact import redact, request_secrets
from bud.exceptions import (
    BudError,
    ConnectionError,
    InvalidRequestError,
    InvalidResponseError,
    TimeoutError,
)

if TYPE_CHECKING:
    from bud._core import ClientCore

logger = logging.getLogger("bud")

INITIAL_DELAY = 0.5  # seconds before the first retry, doubled each time
MAX_DELAY = 8.0
MAX_RETRY_AFTER = 60.0  # a server-asked wait longer than this is not honoured

RETRY_STATUSES = frozenset({408, 409, 429, 500, 502, 503, 504})
IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE", "TRACE"})
RETRY_COUNT_HEADER = "X-Retry-Count"

# the request never left this machine whole: safe to send again, whatever the method
_BEFORE_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout,
                httpx.WriteError, httpx.WriteTimeout)  # fmt: skip


def retry_after_seconds(headers: Mapping[str, str]) -> float | None:
    """The wait asked for by `retry-after-ms` or `Retry-After` (seconds or a date)."""
    millis = finite_number(headers.get("retry-after-ms"))
    if millis is not None:
        return max(millis / 1000.0, 0.0)
    value = headers.get("retry-after")
    if value is None:
        return None
    seconds = finite_number(value)
    if seconds is not None:
        return max(seconds, 0.0)
    parsed = email.utils.parsedate_tz(value)
    if parsed is None:
        return None
    return max(email.utils.mktime_tz(parsed) - time.time(), 0.0)


def finite_number(text: str | None) -> float | None:
    """*text* as a finite number; None for absent, "nan", "inf" or not a number."""
    if text is None:
        return None
    try:
        value = float(text)
    except ValueError:
        return None
    return value if math.isfinite(value) else None


def should_retry_status(response: httpx.Response) -> bool:
    # a gateway can overrule the status-based guess either way
    hint = response.headers.get("x-should-retry")
    if hint == "true":
        return True
    if hint == "false":
        return False
    return response.status_code in RETRY_STATUSES or response.status_code >= 500


def backoff(retries_done: int, headers: Mapping[str, str] | None = None) -> float:
    """Seconds to wait before retry number *retries_done* + 1."""
    if headers is not None:
        asked = retry_after_seconds(headers)
        if asked is not None and asked <= MAX_RETRY_AFTER:
            return asked
    delay = min(INITIAL_DELAY * (2.0**retries_done), MAX_DELAY)
    # jitter spreads clients that failed together; keeps at least 3/4 of the delay
    return delay * (1.0 - 0.25 * random.random())


def sleep(seconds: float) -> None:
    """The sync driver's wait between attempts."""
    time.sleep(seconds)


async def async_sleep(seconds: float) -> None:
    """The async driver's wait between attempts."""
    import asyncio  # here, not at import: sync-only programs never load it

    await asyncio.sleep(seconds)


class Send:
    """Step: send this request; answer with the response (error bodies read) or the
    exception the transport raised."""

    __slots__ = ("request",)

    def __init__(self, request: httpx.Request) -> None:
        self.request = request


class Sleep:
    """Step: wait this many seconds, then resume the flow."""

    __slots__ = ("seconds",)

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds


Flow = Generator[Send | Sleep, "httpx.Response | BaseException | None", httpx.Response]


def attempts(core: ClientCore, request: httpx.Request, retries: int) -> Flow:
    """The retry loop: yields steps, returns the successful response, raises the error."""
    resend_sent = request.method in IDEMPOTENT_METHODS or core.retry_sent_requests
    done = 0
    while True:
        if done:
            request.headers[RETRY_COUNT_HEADER] = str(done)
        outcome = yield Send(request)
        if isinstance(outcome, BaseException):
            error = transport_error(outcome, request)
            retryable = isinstance(outcome, _BEFORE_SENT) or (
                resend_sent
                and isinstance(outcome, httpx.TransportError)
                and not isinstance(outcome, httpx.LocalProtocolError)
            )
            if done >= retries or not retryable:
                raise error from None if isinstance(error, InvalidRequestError) else outcome
            delay = backoff(done)
            why = type(outcome).__name__
        else:
            assert outcome is not None
            if outcome.is_success:
                return outcome
            if done >= retries or not should_retry_status(outcome):
                raise core.error_for(outcome)
            delay = backoff(done, outcome.headers)
            why = str(outcome.status_code)
        logger.info(
            "retrying %s %s after %s in %.2fs (%d left)",
            request.method, request.url.path, why, delay, retries - done,
        )  # fmt: skip
        done += 1
        yield Sleep(delay)


def transport_error(exc: BaseException, request: httpx.Request) -> BudError:
    """The SDK's error for an httpx failure; its message names no secret."""
    detail = redact(str(exc), request_secrets(request))
    name = type(exc).__name__
    if isinstance(exc, httpx.LocalProtocolError):
        return InvalidRequestError(f"The request could not be sent as built ({name}): {detail}")
    if not isinstance(exc, httpx.TransportError):
        # DecodingError (a corrupt gzip body), TooManyRedirects, ...
        return InvalidResponseError(f"The response could not be read ({name}): {detail}", text="")
    sent = not isinstance(exc, _BEFORE_SENT)
    key = request.headers.get("idempotency-key") if request.method == "POST" else None
    unsafe = sent and request.method not in IDEMPOTENT_METHODS
    if isinstance(exc, httpx.TimeoutException):
        message = f"Request timed out ({name})"
    else:
        message = f"Connection failed ({name})" + (f": {detail}" if detail else "")
    if unsafe:
        message += (
            "; the request had been sent, so it was not retried (the server may still act"
            " on it)" + (f": resend with Idempotency-Key {key} to be safe" if key else "")
        )
    cls = TimeoutError if isinstance(exc, httpx.TimeoutException) else ConnectionError
    return cls(message, request_sent=sent, idempotency_key=key)
