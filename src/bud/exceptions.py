"""The SDK's errors.

Every error is a `BudError`; `str(err)` is its message. HTTP errors carry the
status code, the server's request id and the parsed error body. Transport
failures become the SDK's own `ConnectionError` / `TimeoutError`, which are
also the builtin classes of the same name, so `except TimeoutError` works.
"""

from __future__ import annotations

import builtins
from typing import Any

import httpx

from bud._redact import redact, response_secrets

__all__ = [
    "APIStatusError",
    "AuthenticationError",
    "BadRequestError",
    "BudError",
    "ClientClosedError",
    "ConfigurationError",
    "ConflictError",
    "ConnectionError",
    "IncompleteStreamError",
    "InternalServerError",
    "InvalidRequestError",
    "InvalidResponseError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
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


class APIStatusError(BudError):
    """The gateway answered with an error status."""

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


class BadRequestError(APIStatusError):
    """400."""


class AuthenticationError(APIStatusError):
    """401: the API key is missing or wrong."""


class PermissionDeniedError(APIStatusError):
    """403."""


class NotFoundError(APIStatusError):
    """404."""


class ConflictError(APIStatusError):
    """409."""


class ValidationError(APIStatusError):
    """422: the gateway rejected the parameters; `errors` lists them."""

    def __init__(
        self,
        message: str,
        *,
        response: httpx.Response,
        body: Any = None,
        request_id: str | None = None,
    ) -> None:
        super().__init__(message, response=response, body=body, request_id=request_id)
        errors = body.get("errors") if isinstance(body, dict) else None
        if errors is None and isinstance(body, dict) and isinstance(body.get("detail"), list):
            errors = body["detail"]  # FastAPI-style gateways
        self.errors: list[dict[str, Any]] = [e for e in errors or [] if isinstance(e, dict)]


class RateLimitError(APIStatusError):
    """429; `retry_after` is the wait the gateway asked for, in seconds, if any."""

    def __init__(
        self,
        message: str,
        *,
        response: httpx.Response,
        body: Any = None,
        request_id: str | None = None,
    ) -> None:
        super().__init__(message, response=response, body=body, request_id=request_id)
        from bud._retries import retry_after_seconds

        self.retry_after = retry_after_seconds(response.headers)


class InternalServerError(APIStatusError):
    """5xx."""


_BY_STATUS: dict[int, tuple[type[APIStatusError], str]] = {
    400: (BadRequestError, "Bad request"),
    401: (AuthenticationError, "Authentication failed"),
    403: (PermissionDeniedError, "Permission denied"),
    404: (NotFoundError, "Not found"),
    409: (ConflictError, "Conflict"),
    422: (ValidationError, "Validation failed"),
    429: (RateLimitError, "Rate limited"),
}


def server_message(body: Any, text: str) -> str:
    """The human part of an error body, whatever shape the gateway used."""
    if isinstance(body, dict):
        error = body.get("error")
        if isinstance(error, dict) and isinstance(error.get("message"), str):
            return str(error["message"])
        for value in (error, body.get("message"), body.get("detail")):
            if isinstance(value, str) and value:
                return value
    return text.strip()


def _shorten(text: str, limit: int = 500) -> str:
    return text[:limit] + ("…" if len(text) > limit else "")


def status_error(response: httpx.Response, body: Any, *, request_id: str | None) -> APIStatusError:
    """Map an error response to its exception; no secret reaches its message."""
    status = response.status_code
    cls, title = _BY_STATUS.get(status, (APIStatusError, "HTTP error"))
    if status >= 500:
        cls, title = InternalServerError, "Server error"
    secrets = response_secrets(response)
    # before shortening: a cut must not leave the first characters of a secret
    detail = _shorten(redact(server_message(body, response.text), secrets))
    message = f"{title} ({status})"
    if detail:
        message += f": {detail}"
    if request_id:
        message += f" [request id: {redact(request_id, secrets)}]"
    return cls(message, response=response, body=body, request_id=request_id)
