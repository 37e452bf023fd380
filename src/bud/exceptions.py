"""The SDK's errors.

Every error is a `BudError`; `str(err)` is its message. HTTP errors carry the
status code, the server's request id and the parsed error body, and read the
gateway's error shapes: `error_type` / `code` (the body's `error.type` and
`error.code`), `provider_error` (the upstream provider's raw error) and, on a 504,
`timeout_seconds`. Transport
failures become the SDK's own `ConnectionError` / `TimeoutError`, which are
also the builtin classes of the same name, so `except TimeoutError` works.
`responses.parse()` raises a `StructuredOutputError` (`RefusalError`,
`IncompleteOutputError`, `OutputValidationError`) when the model's answer cannot
be read as the requested type; each keeps the text the model wrote.
"""

from __future__ import annotations

import builtins
from typing import Any

import httpx

from bud._redact import redact, response_secrets

__all__ = [
    "APIStatusError",
    "AuthenticationError",
    "BadGatewayError",
    "BadRequestError",
    "BudError",
    "ClientClosedError",
    "ConfigurationError",
    "ConflictError",
    "ConnectionError",
    "GatewayTimeoutError",
    "IncompleteOutputError",
    "IncompleteStreamError",
    "InternalServerError",
    "InvalidRequestError",
    "InvalidResponseError",
    "MissingDependencyError",
    "NotFoundError",
    "OutputValidationError",
    "PermissionDeniedError",
    "QuotaExceededError",
    "RateLimitError",
    "RefusalError",
    "StreamError",
    "StructuredOutputError",
    "TimeoutError",
    "ValidationError",
]


class BudError(Exception):
    """Base class of every error the SDK raises."""

    def __init__(self, message: str, *, response: httpx.Response | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.response = response

    def __str__(self) -> str:
        return self.message


class ConfigurationError(BudError, ValueError):
    """The client cannot be built: no base URL or API key, or a bad value."""


class MissingDependencyError(ConfigurationError, ImportError):
    """A feature needs an optional package that is not installed; the message names
    the extra to install (e.g. `pip install 'bud-sdk[structured]'`). Also an
    `ImportError`, so `except ImportError` works."""


class StreamError(BudError):
    """The server reported an error inside a stream (a chat stream's `error` frame);
    `body` is what it said. The chunks before it were yielded."""

    def __init__(
        self, message: str, *, body: Any = None, response: httpx.Response | None = None
    ) -> None:
        super().__init__(message, response=response)
        self.body = body


class ClientClosedError(BudError, RuntimeError):
    """The client was used after `close()` / `aclose()`."""


class _TransportFailure(BudError):
    """A failure below HTTP. `request_sent` says whether the request had been sent in
    full (the server may then have acted on it); `idempotency_key` is the key the
    POST carried, to resend it safely."""

    def __init__(
        self,
        message: str,
        *,
        request_sent: bool = False,
        idempotency_key: str | None = None,
    ) -> None:
        super().__init__(message)
        self.request_sent = request_sent
        self.idempotency_key = idempotency_key


class ConnectionError(_TransportFailure, builtins.ConnectionError):
    """The gateway could not be reached, or the connection broke."""


class TimeoutError(_TransportFailure, builtins.TimeoutError):
    """The request timed out (connect, read, write or pool)."""


class InvalidRequestError(BudError, ValueError):
    """The request cannot be sent as built (e.g. a header value holding a newline)."""


class InvalidResponseError(BudError):
    """A successful status with a body the SDK cannot read (e.g. not JSON)."""

    def __init__(self, message: str, *, response: httpx.Response | None = None, text: str) -> None:
        super().__init__(message, response=response)
        self.text = text


class IncompleteStreamError(BudError):
    """The stream ended before a terminal event (completed, incomplete, failed, error).

    Raised after every event that did arrive was yielded. `last_sequence_number`
    lets a background response be resumed with
    `responses.retrieve(id, stream=True, starting_after=...)`.
    """

    def __init__(
        self,
        message: str,
        *,
        events_received: int,
        last_sequence_number: int | None = None,
        response_id: str | None = None,
    ) -> None:
        super().__init__(message)
        self.events_received = events_received
        self.last_sequence_number = last_sequence_number
        self.response_id = response_id


class StructuredOutputError(BudError):
    """The model's answer cannot be read as the `text_format` asked for.

    `raw_text` is what the model wrote (the refusal, the partial text, or the text
    that did not match); `model_response` is the whole `Response` it came in (`.id`,
    `.status`, `.usage`, ...). `response`, as on every `BudError`, is the HTTP reply,
    None here: the reply itself was fine.
    """

    def __init__(self, message: str, *, raw_text: str, model_response: Any = None) -> None:
        super().__init__(message)
        self.raw_text = raw_text
        self.model_response = model_response


class RefusalError(StructuredOutputError):
    """The model refused to answer (a `refusal` content part); `refusal` is its text."""

    def __init__(self, message: str, *, refusal: str, model_response: Any = None) -> None:
        super().__init__(message, raw_text=refusal, model_response=model_response)
        self.refusal = refusal


class IncompleteOutputError(StructuredOutputError):
    """The response stopped early (status `incomplete`), so its JSON is cut short;
    `reason` is why (`"max_output_tokens"`, `"content_filter"`, ...), `raw_text`
    the partial text."""

    def __init__(
        self, message: str, *, reason: str | None, raw_text: str, model_response: Any = None
    ) -> None:
        super().__init__(message, raw_text=raw_text, model_response=model_response)
        self.reason = reason


class OutputValidationError(StructuredOutputError, ValueError):
    """The model's text is not JSON, or not JSON of the `text_format`'s shape;
    `errors` says what did not match (the decoder's own error is the `__cause__`)."""

    def __init__(
        self, message: str, *, errors: list[str], raw_text: str, model_response: Any = None
    ) -> None:
        super().__init__(message, raw_text=raw_text, model_response=model_response)
        self.errors = errors


def _error_object(body: Any) -> dict[str, Any]:
    """The body's `error` object; empty when the body has none (or `error` is a string)."""
    error = body.get("error") if isinstance(body, dict) else None
    return error if isinstance(error, dict) else {}


class APIStatusError(BudError):
    """The gateway answered with an error status.

    `body` is the parsed error body (the text if it is not JSON). `error_type` and
    `code` are its `error.type` (e.g. "insufficient_quota") and `error.code` (an int or
    a string such as "rate_limit_exceeded"); `provider_error` is the raw error of the
    upstream provider when the gateway passes it on. Each is None when absent.
    """

    status_code: int

    def __init__(
        self,
        message: str,
        *,
        response: httpx.Response,
        body: Any = None,
        request_id: str | None = None,
    ) -> None:
        super().__init__(message, response=response)
        self.status_code = response.status_code
        self.body = body
        self.request_id = request_id
        error = _error_object(body)
        error_type = error.get("type")
        self.error_type: str | None = error_type if isinstance(error_type, str) else None
        code = error.get("code")
        valid = isinstance(code, str | int) and not isinstance(code, bool)
        self.code: str | int | None = code if valid else None
        self.provider_error: Any = body.get("provider_error") if isinstance(body, dict) else None
        self._read(body, response)

    def _read(self, body: Any, response: httpx.Response) -> None:
        """What a subclass reads from the body or headers besides the common fields."""

    @property
    def gateway(self) -> Any:
        """What the Bud gateway reported (`GatewayInfo`: rate limits, latency, ...);
        None when the reply carries none of its headers."""
        from bud._gateway import GatewayInfo

        return GatewayInfo.from_headers(self.response.headers) if self.response else None


class BadRequestError(APIStatusError):
    """400."""


class AuthenticationError(APIStatusError):
    """401: the API key is missing or wrong."""


class QuotaExceededError(APIStatusError):
    """402: the usage quota is spent (`error_type` "insufficient_quota"). Not retried:
    waiting a few seconds does not refill a quota."""


class PermissionDeniedError(APIStatusError):
    """403, e.g. a gateway blocking rule refused the request."""


class NotFoundError(APIStatusError):
    """404."""


class ConflictError(APIStatusError):
    """409."""


class ValidationError(APIStatusError):
    """422: the gateway rejected the parameters; `errors` lists them."""

    errors: list[dict[str, Any]]

    def _read(self, body: Any, response: httpx.Response) -> None:
        errors = body.get("errors") if isinstance(body, dict) else None
        if errors is None and isinstance(body, dict) and isinstance(body.get("detail"), list):
            errors = body["detail"]  # FastAPI-style gateways
        self.errors = [e for e in errors or [] if isinstance(e, dict)]


class RateLimitError(APIStatusError):
    """429; `retry_after` is the wait the gateway asked for, in seconds, if any."""

    retry_after: float | None

    def _read(self, body: Any, response: httpx.Response) -> None:
        from bud._retries import retry_after_seconds

        self.retry_after = retry_after_seconds(response.headers)


class InternalServerError(APIStatusError):
    """5xx."""


class BadGatewayError(InternalServerError):
    """502: the gateway got no usable answer from the model provider."""


class GatewayTimeoutError(InternalServerError):
    """504: the gateway timed out waiting for the model provider.

    A server-side timeout, so neither `bud.TimeoutError` nor the builtin
    `TimeoutError` (those are this client's own timeouts). `timeout_seconds` is the
    gateway's limit when the body gives it.
    """

    timeout_seconds: float | None

    def _read(self, body: Any, response: httpx.Response) -> None:
        seconds = _error_object(body).get("timeout_seconds")
        if seconds is None and isinstance(body, dict):
            seconds = body.get("timeout_seconds")
        number = isinstance(seconds, int | float) and not isinstance(seconds, bool)
        self.timeout_seconds = seconds if number else None


_BY_STATUS: dict[int, tuple[type[APIStatusError], str]] = {
    400: (BadRequestError, "Bad request"),
    401: (AuthenticationError, "Authentication failed"),
    402: (QuotaExceededError, "Quota exceeded"),
    403: (PermissionDeniedError, "Permission denied"),
    404: (NotFoundError, "Not found"),
    409: (ConflictError, "Conflict"),
    422: (ValidationError, "Validation failed"),
    429: (RateLimitError, "Rate limited"),
    502: (BadGatewayError, "Bad gateway"),
    504: (GatewayTimeoutError, "Gateway timeout"),
}


def server_message(body: Any, text: str) -> str:
    """The human part of an error body, whatever shape the gateway used.

    `{"error": {"message": ...}}` gives its message; `{"error": "forbidden",
    "message": ...}` its message (the `error` string there is only a code);
    `{"error": "..."}` the string; anything else the text.
    """
    if isinstance(body, dict):
        error = body.get("error")
        nested = error.get("message") if isinstance(error, dict) else None
        for value in (nested, body.get("message"), error, body.get("detail")):
            if isinstance(value, str) and value:
                return value
    return text.strip()


def _shorten(text: str, limit: int = 500) -> str:
    return text[:limit] + ("…" if len(text) > limit else "")


def status_error(response: httpx.Response, body: Any, *, request_id: str | None) -> APIStatusError:
    """Map an error response to its exception; no secret reaches its message."""
    status = response.status_code
    fallback = (InternalServerError, "Server error") if status >= 500 else None
    cls, title = _BY_STATUS.get(status) or fallback or (APIStatusError, "HTTP error")
    secrets = response_secrets(response)
    # before shortening: a cut must not leave the first characters of a secret
    detail = _shorten(redact(server_message(body, response.text), secrets))
    message = f"{title} ({status})"
    if detail:
        message += f": {detail}"
    if request_id:
        message += f" [request id: {redact(request_id, secrets)}]"
    return cls(message, response=response, body=body, request_id=request_id)
