"""HTTP client spans for the SDK's httpx clients, installed as httpx event hooks.

The request hook starts a CLIENT span (child of the current span, never made
current) and injects W3C ``traceparent`` naming it. The response hook records
the status and wraps the response stream so the span ends when the body is
closed or fully read. Transport failures never reach a response hook, so the
SDK's transport calls :func:`end_request_span` for them.

The span lives on ``request.extensions`` only: no global state per request.
Headers and bodies are never recorded.
"""

from __future__ import annotations

import contextlib
import functools
import logging
import sys
from collections.abc import Awaitable, Callable
from types import ModuleType
from typing import TYPE_CHECKING, Any, Final, TypeVar

import httpx
from bud_sync.http_span import SyncSpanStream

from bud._async.http_span import AsyncSpanStream
from bud._background import run_or_defer
from bud._redact import redact, redact_url, request_secrets
from bud.observability import _state

if TYPE_CHECKING:
    from opentelemetry.trace import Span, Tracer, TracerProvider

# OpenTelemetry is imported on the first traced request, not with the SDK:
# every client carries these hooks, most processes never trace.

__all__ = ["end_request_span", "instrument_httpx", "uninstrument_httpx"]

_logger = logging.getLogger(__name__)

_TRACER_NAME: Final = "bud.observability.httpx"
# The key under which a request carries its span state; namespaced so it cannot
# clash with httpcore's own extension keys ("timeout", "trace", ...).
_EXT_KEY: Final = "bud.http_span"
# Marks our hook functions so installing twice adds nothing and uninstall finds them.
_HOOK_MARK: Final = "_bud_httpx_hook"

_KNOWN_METHODS: Final = frozenset(
    {"CONNECT", "DELETE", "GET", "HEAD", "OPTIONS", "PATCH", "POST", "PUT", "TRACE"}
)
DEFAULT_PORTS: Final = {"http": 80, "https": 443}
ClientT = TypeVar("ClientT", httpx.Client, httpx.AsyncClient)
_T = TypeVar("_T")
_AsyncHook = Callable[[_T], Awaitable[None]]


# --------------------------------------------------------------------------- span state


class _HttpSpan:
    """One request's span; ends it exactly once, whoever gets there first."""

    __slots__ = ("span",)

    def __init__(self, span: Span) -> None:
        self.span: Span | None = span  # None once ended

    def end(self, exc: BaseException | None = None, request: httpx.Request | None = None) -> None:
        span = self.span
        if span is None:
            return
        # Let go of the span at once: httpx's request and response hold each other
        # (and so this state) until the collector runs; the span need not wait with them.
        self.span = None
        try:
            if exc is not None:
                _record_error(span, exc, request)
        finally:
            span.end()

    def end_from_finalizer(self) -> None:
        if self.span is not None:
            # inside the garbage collector, ending (and exporting) waits for the
            # background thread: the exporter's lock may be held by this thread
            run_or_defer(self._end_quietly)

    def _end_quietly(self) -> None:
        with contextlib.suppress(Exception):  # never raise from a finalizer
            self.end()

    def __del__(self) -> None:
        # Last resort: a failed send nobody reported, once the request is dropped.
        self.end_from_finalizer()


def _record_error(span: Span, exc: BaseException, request: httpx.Request | None) -> None:
    cls = type(exc)
    module = cls.__module__
    # Fully qualified, as semconv asks and as the SDK's other spans do: "httpx.ConnectError".
    qualified = (
        cls.__qualname__ if module in ("builtins", "__main__") else f"{module}.{cls.__qualname__}"
    )
    # Not span.record_exception: its message and stack trace are str(exc) verbatim,
    # and e.g. h11 puts an illegal header *value* into its message.
    span.add_event(
        "exception",
        {"exception.type": qualified, "exception.message": _scrub(str(exc), request)},
    )
    span.set_attribute("error.type", qualified)
    span.set_status(_otel().StatusCode.ERROR)


def _scrub(message: str, request: httpx.Request | None) -> str:
    """``message`` without any secret the request carries. Error path only."""
    return redact(message, request_secrets(request)) if message else message


# --------------------------------------------------------------------------- attributes


def _request_attributes(request: httpx.Request) -> tuple[str, dict[str, str | int]]:
    url = request.url
    method = request.method
    attrs: dict[str, str | int] = {}
    if method in _KNOWN_METHODS:
        name = method
        attrs["http.request.method"] = method
    else:  # semconv: unknown methods are reported as _OTHER, span named "HTTP"
        name = "HTTP"
        attrs["http.request.method"] = "_OTHER"
        attrs["http.request.method_original"] = method
    attrs["url.full"] = redact_url(url)
    attrs["url.scheme"] = url.scheme
    if url.host:
        attrs["server.address"] = url.host
    port = url.port or DEFAULT_PORTS.get(url.scheme)
    if port is not None:
        attrs["server.port"] = port
    return name, attrs


# --------------------------------------------------------------------------- hooks


def _start(request: httpx.Request, tracer: Tracer) -> None:
    previous = request.extensions.get(_EXT_KEY)
    if isinstance(previous, _HttpSpan):  # the same request sent again: that attempt is over
        previous.end()
    name, attrs = _request_attributes(request)
    # Started under the current context but never attached: it is only a parent
    # for the outgoing traceparent, so nothing can leak it as "current".
    otel = _otel()
    span = tracer.start_span(name, kind=otel.SpanKind.CLIENT, attributes=attrs)
    request.extensions[_EXT_KEY] = _HttpSpan(span)  # first, so the span ends whatever follows
    otel.propagate.inject(request.headers, context=otel.trace.set_span_in_context(span))


def _on_response(response: httpx.Response, is_async: bool) -> None:
    request = response.request
    state = request.extensions.get(_EXT_KEY)
    if not isinstance(state, _HttpSpan):
        return
    span = state.span
    if span is None:
        return
    status = response.status_code
    span.set_attribute("http.response.status_code", status)
    if status >= 400:
        span.set_attribute("error.type", str(status))
        span.set_status(_otel().StatusCode.ERROR)
    if response.is_closed:
        state.end()
        return
    stream = response.stream
    if is_async and isinstance(stream, httpx.AsyncByteStream):
        response.stream = AsyncSpanStream(stream, state, request)
    elif not is_async and isinstance(stream, httpx.SyncByteStream):
        response.stream = SyncSpanStream(stream, state, request)
    else:  # a stream we cannot wrap: end now rather than never
        state.end()


def _tracer_for(tracer_provider: TracerProvider | None) -> Callable[[], Tracer | None]:
    """A per-request tracer lookup: None means "tracing is a no-op, do nothing"."""
    if tracer_provider is not None:
        fixed = tracer_provider.get_tracer(_TRACER_NAME)
        return lambda: fixed

    def lookup() -> Tracer | None:
        # Functions looked up on the modules at call time, so configuring (or
        # patching) tracing after instrumenting takes effect. Until anything
        # loaded the tracking module, the state flag alone answers, for free.
        if "bud.observability._track" not in sys.modules and _state.noop:
            return None
        observability, track = _observability_modules()
        if track._is_noop():
            return None
        tracer: Tracer = observability.get_tracer(_TRACER_NAME)
        return tracer

    return lookup


@functools.cache
def _otel() -> Any:
    """The OpenTelemetry API names the hooks use, imported once, when first needed."""
    import types

    from opentelemetry import propagate, trace
    from opentelemetry.trace import SpanKind, StatusCode

    return types.SimpleNamespace(
        propagate=propagate, trace=trace, SpanKind=SpanKind, StatusCode=StatusCode
    )


@functools.cache
def _observability_modules() -> tuple[ModuleType, ModuleType]:
    # Imported lazily (bud.observability imports this module) and once: a cached
    # call is cheaper than an import statement on every request.
    from bud import observability
    from bud.observability import _track

    return observability, _track


def _sync_hooks(
    get_tracer: Callable[[], Tracer | None],
) -> tuple[Callable[[httpx.Request], None], Callable[[httpx.Response], None]]:
    def on_request(request: httpx.Request) -> None:
        try:
            tracer = get_tracer()
            if tracer is not None:
                _start(request, tracer)
        except Exception as exc:  # tracing must never break the request
            _logger.debug("bud http span not started: %s", type(exc).__qualname__)

    def on_response(response: httpx.Response) -> None:
        try:
            _on_response(response, is_async=False)
        except Exception as exc:
            _logger.debug("bud http span not updated: %s", type(exc).__qualname__)

    return on_request, on_response


def _async_hooks(
    get_tracer: Callable[[], Tracer | None],
) -> tuple[_AsyncHook[httpx.Request], _AsyncHook[httpx.Response]]:
    # httpx awaits AsyncClient hooks, so these must be coroutine functions.
    on_request_sync, _ = _sync_hooks(get_tracer)

    async def on_request(request: httpx.Request) -> None:
        on_request_sync(request)

    async def on_response(response: httpx.Response) -> None:
        try:
            _on_response(response, is_async=True)
        except Exception as exc:
            _logger.debug("bud http span not updated: %s", type(exc).__qualname__)

    return on_request, on_response


# --------------------------------------------------------------------------- public API


def _is_ours(hook: object) -> bool:
    return getattr(hook, _HOOK_MARK, False) is True


def instrument_httpx(client: ClientT, *, tracer_provider: TracerProvider | None = None) -> ClientT:
    """Install HTTP client tracing on an ``httpx.Client`` or ``httpx.AsyncClient``.

    Idempotent: a client that already carries our hooks is returned unchanged.
    Without ``tracer_provider`` each request asks bud's observability whether
    tracing is configured (no span, no header when it is not); with one, every
    request is traced with it.
    """
    hooks: dict[str, list[Callable[..., Any]]] = client.event_hooks
    if any(_is_ours(h) for h in hooks["request"]):
        return client
    get_tracer = _tracer_for(tracer_provider)
    on_request: Callable[..., Any]
    on_response: Callable[..., Any]
    if isinstance(client, httpx.AsyncClient):
        on_request, on_response = _async_hooks(get_tracer)
    else:
        on_request, on_response = _sync_hooks(get_tracer)
    setattr(on_request, _HOOK_MARK, True)
    setattr(on_response, _HOOK_MARK, True)
    # Request hook last: the span sees the URL after user hooks changed it.
    # Response hook first: the stream is wrapped (so the span can end) even if
    # a later user hook raises and httpx closes the response.
    client.event_hooks = {
        "request": [*hooks["request"], on_request],
        "response": [on_response, *hooks["response"]],
    }
    return client


def uninstrument_httpx(client: httpx.Client | httpx.AsyncClient) -> None:
    """Remove our hooks; spans already started still end when their bodies close."""
    hooks: dict[str, list[Callable[..., Any]]] = client.event_hooks
    client.event_hooks = {
        "request": [h for h in hooks["request"] if not _is_ours(h)],
        "response": [h for h in hooks["response"] if not _is_ours(h)],
    }


def end_request_span(request: httpx.Request, exc: BaseException | None) -> None:
    """End the request's HTTP span after a failed send (httpx calls no response
    hook then), recording ``exc`` as the error. No-op without a span; idempotent."""
    state = request.extensions.get(_EXT_KEY)
    if isinstance(state, _HttpSpan):
        state.end(exc, request)
