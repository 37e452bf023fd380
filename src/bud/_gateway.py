"""What the Bud gateway reports about a call, and the raw HTTP reply behind a result.

`GatewayInfo.from_headers` reads the gateway's `x-tensorzero-*` and `X-RateLimit-*`
headers into a small typed view. `client.responses.with_raw_response.<method>(...)`
returns a `RawResponse` (status, headers, `.gateway`, `.parse()`); errors carry the
same view as `err.gateway`.

The raw reply is captured, not threaded through every method: `capturing()` opens a
holder for the calls made inside it, and the transport hands each successful reply
to every open holder (one context variable read per request when none is open).
"""

from __future__ import annotations

import inspect
from collections.abc import Callable, Mapping
from contextvars import ContextVar
from typing import Any, Generic, TypeVar

import attrs
import httpx

from bud._retries import finite_number, retry_after_seconds

T = TypeVar("T")

_holders: ContextVar[tuple[list[httpx.Response], ...]] = ContextVar("bud_raw", default=())


def captured(response: httpx.Response) -> None:
    """Called by the transports with each reply they return."""
    for holder in _holders.get():
        holder.append(response)


class capturing:  # used as a function: `with capturing() as replies:`
    """The replies of the requests made inside the block, in order.

    A class, not a generator context manager: it is entered on every traced call.
    """

    __slots__ = ("_token", "replies")

    def __enter__(self) -> list[httpx.Response]:
        self.replies: list[httpx.Response] = []
        self._token = _holders.set((*_holders.get(), self.replies))
        return self.replies

    def __exit__(self, *exc_info: object) -> None:
        _holders.reset(self._token)


def _int(text: str | None) -> int | None:
    try:
        return int(text) if text is not None else None
    except ValueError:
        return None


@attrs.frozen(slots=True)
class RateLimit:
    """The gateway's `X-RateLimit-*` headers; `reset` is a Unix timestamp."""

    limit: int | None = None
    remaining: int | None = None
    reset: float | None = None
    retry_after: float | None = None


@attrs.frozen(slots=True)
class GatewayInfo:
    """What the Bud gateway reported about one call (None where it said nothing)."""

    inference_id: str | None = None
    prompt_id: str | None = None
    prompt_version: str | None = None
    project_id: str | None = None
    gateway_version: str | None = None
    model_latency_ms: float | None = None
    input_tokens: int | None = None
    output_tokens: int | None = None
    total_tokens: int | None = None
    inference_cost: float | None = None
    rate_limit: RateLimit | None = None

    @classmethod
    def from_headers(cls, headers: Mapping[str, str]) -> GatewayInfo | None:
        """The view of *headers*; None when they hold nothing the gateway sends."""
        get = headers.get
        rate = RateLimit(
            limit=_int(get("x-ratelimit-limit")),
            remaining=_int(get("x-ratelimit-remaining")),
            reset=finite_number(get("x-ratelimit-reset")),
            retry_after=retry_after_seconds(headers),
        )
        has_rate = any(value is not None for value in (rate.limit, rate.remaining, rate.reset))
        info = cls(
            inference_id=get("x-tensorzero-inference-id"),
            prompt_id=get("x-tensorzero-prompt-id"),
            prompt_version=get("x-tensorzero-prompt-version"),
            project_id=get("x-tensorzero-project-id"),
            gateway_version=get("x-tensorzero-gateway-version"),
            model_latency_ms=finite_number(get("x-tensorzero-model-latency-ms")),
            input_tokens=_int(get("x-tensorzero-input-tokens")),
            output_tokens=_int(get("x-tensorzero-output-tokens")),
            total_tokens=_int(get("x-tensorzero-total-tokens")),
            inference_cost=finite_number(get("x-tensorzero-inference-cost")),
            rate_limit=rate if has_rate else None,
        )
        return None if info == _NOTHING else info


_NOTHING = GatewayInfo()


class RawResponse(Generic[T]):
    """The HTTP reply behind a result: `status_code`, `headers`, `gateway`, and
    `parse()` for the typed result the method returns."""

    def __init__(self, http_response: httpx.Response, parsed: T) -> None:
        self.http_response = http_response
        self._parsed = parsed

    @property
    def status_code(self) -> int:
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        return self.http_response.headers

    @property
    def gateway(self) -> GatewayInfo | None:
        return GatewayInfo.from_headers(self.http_response.headers)

    def parse(self) -> T:
        return self._parsed

    def __repr__(self) -> str:
        return f"<RawResponse [{self.status_code}]>"


class WithRawResponse:
    """`resource.with_raw_response`: every method of *resource*, returning a
    `RawResponse` around what it returns; sub-resources likewise."""

    def __init__(self, resource: object) -> None:
        self._resource = resource

    def __getattr__(self, name: str) -> Any:
        attribute = getattr(self._resource, name)
        if hasattr(attribute, "with_raw_response"):
            return attribute.with_raw_response
        if not callable(attribute):
            return attribute
        if inspect.iscoroutinefunction(attribute):
            return _async_raw(attribute)
        return _sync_raw(attribute)


def _sync_raw(method: Callable[..., Any]) -> Callable[..., Any]:
    def call(*args: Any, **kwargs: Any) -> Any:
        with capturing() as replies:
            result = method(*args, **kwargs)
            if inspect.isawaitable(result):  # an async pager: it sends when awaited
                return _await_raw(result)
        return RawResponse(replies[-1], result)

    return call


def _async_raw(method: Callable[..., Any]) -> Callable[..., Any]:
    async def call(*args: Any, **kwargs: Any) -> Any:
        with capturing() as replies:
            result = await method(*args, **kwargs)
        return RawResponse(replies[-1], result)

    return call


async def _await_raw(pending: Any) -> Any:
    with capturing() as replies:
        result = await pending
    return RawResponse(replies[-1], result)


class RawResponseMixin:
    """Gives a resource `with_raw_response`."""

    @property
    def with_raw_response(self) -> Any:
        """The same methods, returning the HTTP reply (`RawResponse`) around each
        result: `client.responses.with_raw_response.create(...).parse()`."""
        return WithRawResponse(self)
