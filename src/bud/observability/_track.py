"""``@track``: an INTERNAL span around a function, coroutine or generator.

Generators get one span for their whole iteration, but that span is made
current only while the generator body runs a step, never across ``yield``:
a context left attached across ``yield`` leaks into the consumer and ends in
OpenTelemetry's "Failed to detach context" error.
"""

from __future__ import annotations

import functools
import inspect
import logging
from collections.abc import AsyncGenerator, Callable, Generator, Iterable, Mapping
from typing import Any, TypeVar, cast, overload

from opentelemetry import context as otel_context
from opentelemetry import trace
from opentelemetry.context import Context
from opentelemetry.trace import Span, Status, StatusCode
from opentelemetry.util.types import AttributeValue

import bud.observability as _obs
from bud.observability import _state
from bud.observability._config import content_capture_enabled
from bud.observability._genai_attributes import ERROR_TYPE

logger = logging.getLogger("bud.observability")

F = TypeVar("F", bound=Callable[..., Any])

MAX_VALUE_LENGTH = 1000
TRACK_INPUT_PREFIX = "bud.track.input."
TRACK_OUTPUT = "bud.track.output"
TRACK_TYPE = "bud.track.type"

_OK = Status(StatusCode.OK)
_SKIPPED_ARGUMENTS = frozenset({"self", "cls"})


# ---------------------------------------------------------------------------
# Helpers shared with the trackers
# ---------------------------------------------------------------------------


def _is_noop() -> bool:
    """True until ``configure()`` enabled tracing. Called on every traced call."""
    return _state.noop


def _record_exception(span: Span, exc: BaseException) -> None:
    """Record ``exc`` as an event, set ``error.type`` and an ERROR status."""
    span.record_exception(exc)
    span.set_attribute(ERROR_TYPE, _qualified_name(type(exc)))
    description = f"{type(exc).__name__}: {exc}"
    span.set_status(Status(StatusCode.ERROR, description[:MAX_VALUE_LENGTH]))


def _set_ok_status(span: Span) -> None:
    span.set_status(_OK)


def _qualified_name(cls: type) -> str:
    module = cls.__module__
    if module in ("builtins", "__main__"):
        return cls.__qualname__
    return f"{module}.{cls.__qualname__}"


def _format_value(value: object) -> str:
    """Strings as they are, anything else repr'd; cut to ``MAX_VALUE_LENGTH``."""
    if isinstance(value, str):
        text = value
    else:
        try:
            text = repr(value)
        except Exception:
            text = f"<unrepresentable {type(value).__name__}>"
    return text[:MAX_VALUE_LENGTH]


# ---------------------------------------------------------------------------
# Per-function options, computed once at decoration time
# ---------------------------------------------------------------------------


class _Options:
    __slots__ = (
        "aggregator",
        "capture_output",
        "input_keys",
        "name",
        "signature",
        "static_attributes",
        "tracer_name",
    )

    def __init__(
        self,
        func: Callable[..., Any],
        name: str | None,
        tracer_name: str,
        capture_input: bool,
        ignore_arguments: Iterable[str] | None,
        capture_output: bool,
        generations_aggregator: Callable[[list[Any]], Any] | None,
        span_type: str | None,
        attributes: Mapping[str, AttributeValue] | None,
    ) -> None:
        self.name = name or getattr(func, "__qualname__", None) or repr(func)
        self.tracer_name = tracer_name
        self.capture_output = capture_output
        self.aggregator = generations_aggregator
        static: dict[str, AttributeValue] = {}
        if span_type is not None:
            static[TRACK_TYPE] = span_type
        if attributes:
            static.update(attributes)
        self.static_attributes = static
        self.signature: inspect.Signature | None = None
        self.input_keys: dict[str, str] = {}
        if capture_input:
            try:
                self.signature = inspect.signature(func)
            except (TypeError, ValueError):  # some builtins have no signature
                self.signature = None
            else:
                skipped = _SKIPPED_ARGUMENTS | frozenset(ignore_arguments or ())
                self.input_keys = {
                    param: TRACK_INPUT_PREFIX + param
                    for param in self.signature.parameters
                    if param not in skipped
                }


def _start_span(opts: _Options, args: tuple[Any, ...], kwargs: dict[str, Any]) -> Span:
    attributes = dict(opts.static_attributes)
    if opts.signature is not None and opts.input_keys and content_capture_enabled():
        try:
            bound = opts.signature.bind(*args, **kwargs)
        except TypeError:
            pass  # the call itself will raise the same error
        else:
            bound.apply_defaults()
            for param, value in bound.arguments.items():
                key = opts.input_keys.get(param)
                if key is not None:
                    attributes[key] = _format_value(value)
    # Looked up on the package at call time so it can be patched there.
    tracer = _obs.get_tracer(opts.tracer_name)
    return tracer.start_span(opts.name, attributes=attributes)


def _finish_output(span: Span, opts: _Options, output: Any) -> None:
    if opts.capture_output and content_capture_enabled():
        span.set_attribute(TRACK_OUTPUT, _format_value(output))


def _aggregate(opts: _Options, items: list[Any]) -> Any:
    if opts.aggregator is None:
        return items
    try:
        return opts.aggregator(items)
    except Exception:
        logger.debug("bud.observability: generations_aggregator failed", exc_info=True)
        return None


def _safe_start(opts: _Options, args: tuple[Any, ...], kwargs: dict[str, Any]) -> Span | None:
    # Tracing must never break the traced call: on any failure, run untraced.
    try:
        return _start_span(opts, args, kwargs)
    except Exception:
        logger.debug("bud.observability: could not start span %r", opts.name, exc_info=True)
        return None


# ---------------------------------------------------------------------------
# Wrappers, one per function kind
# ---------------------------------------------------------------------------


class _Scope:
    """One traced call of a function or coroutine: its span current while it runs, its
    exception recorded or its output captured, the span ended once."""

    __slots__ = ("opts", "span", "token")

    def __init__(self, span: Span, opts: _Options) -> None:
        self.span = span
        self.opts = opts

    def __enter__(self) -> _Scope:
        # a coroutine's awaits stay in one task, so attach/detach pair up safely
        self.token = otel_context.attach(trace.set_span_in_context(self.span))
        return self

    def done(self, result: Any) -> Any:
        _finish_output(self.span, self.opts, result)
        _set_ok_status(self.span)
        return result

    def __exit__(self, exc_type: Any, exc: BaseException | None, tb: Any) -> None:
        try:
            if isinstance(exc, Exception):
                _record_exception(self.span, exc)
        finally:
            otel_context.detach(self.token)
            self.span.end()


def _wrap_function(func: Callable[..., Any], opts: _Options) -> Callable[..., Any]:
    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        span = None if _is_noop() else _safe_start(opts, args, kwargs)
        if span is None:
            return func(*args, **kwargs)
        with _Scope(span, opts) as scope:
            return scope.done(func(*args, **kwargs))

    return wrapper


def _wrap_coroutine(func: Callable[..., Any], opts: _Options) -> Callable[..., Any]:
    @functools.wraps(func)
    async def wrapper(*args: Any, **kwargs: Any) -> Any:
        span = None if _is_noop() else _safe_start(opts, args, kwargs)
        if span is None:
            return await func(*args, **kwargs)
        with _Scope(span, opts) as scope:
            return scope.done(await func(*args, **kwargs))

    return wrapper


def _wrap_generator(func: Callable[..., Any], opts: _Options) -> Callable[..., Any]:
    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Generator[Any, Any, Any]:
        if _is_noop():
            return (yield from func(*args, **kwargs))
        span = _safe_start(opts, args, kwargs)
        if span is None:
            return (yield from func(*args, **kwargs))
        ctx = trace.set_span_in_context(span)
        collect = opts.capture_output
        items: list[Any] = []
        inner: Generator[Any, Any, Any] = func(*args, **kwargs)
        to_send: Any = None
        to_throw: BaseException | None = None
        try:
            while True:
                token = otel_context.attach(ctx)
                try:
                    if to_throw is not None:
                        exc, to_throw = to_throw, None
                        item = inner.throw(exc)
                    else:
                        item = inner.send(to_send)
                finally:
                    otel_context.detach(token)
                if collect:
                    items.append(item)
                try:
                    to_send = yield item
                except GeneratorExit:
                    raise
                except BaseException as exc:  # thrown in by the consumer: forward it
                    to_throw = exc
        except StopIteration as stop:
            _finish_output(span, opts, _aggregate(opts, items))
            _set_ok_status(span)
            return stop.value
        except GeneratorExit:
            # Closed early by the consumer: not an error; record what was produced.
            _run_in(ctx, inner.close)
            _finish_output(span, opts, _aggregate(opts, items))
            raise
        except Exception as exc:
            _record_exception(span, exc)
            raise
        finally:
            span.end()

    return wrapper


def _wrap_async_generator(func: Callable[..., Any], opts: _Options) -> Callable[..., Any]:
    @functools.wraps(func)
    async def wrapper(*args: Any, **kwargs: Any) -> AsyncGenerator[Any, Any]:
        span = None if _is_noop() else _safe_start(opts, args, kwargs)
        ctx = None if span is None else trace.set_span_in_context(span)
        collect = span is not None and opts.capture_output
        items: list[Any] = []
        inner: AsyncGenerator[Any, Any] = func(*args, **kwargs)
        to_send: Any = None
        to_throw: BaseException | None = None
        try:
            while True:
                token = None if ctx is None else otel_context.attach(ctx)
                try:
                    if to_throw is not None:
                        exc, to_throw = to_throw, None
                        item = await inner.athrow(exc)
                    else:
                        item = await inner.asend(to_send)
                finally:
                    if token is not None:
                        otel_context.detach(token)
                if collect:
                    items.append(item)
                try:
                    to_send = yield item
                except GeneratorExit:
                    raise
                except BaseException as exc:
                    to_throw = exc
        except StopAsyncIteration:
            if span is not None:
                _finish_output(span, opts, _aggregate(opts, items))
                _set_ok_status(span)
        except GeneratorExit:
            token = None if ctx is None else otel_context.attach(ctx)
            try:
                await inner.aclose()
            finally:
                if token is not None:
                    otel_context.detach(token)
            if span is not None:
                _finish_output(span, opts, _aggregate(opts, items))
            raise
        except Exception as exc:
            if span is not None:
                _record_exception(span, exc)
            raise
        finally:
            if span is not None:
                span.end()

    return wrapper


def _run_in(ctx: Context, fn: Callable[[], Any]) -> Any:
    token = otel_context.attach(ctx)
    try:
        return fn()
    finally:
        otel_context.detach(token)


# ---------------------------------------------------------------------------
# Public decorator
# ---------------------------------------------------------------------------


@overload
def track(func: F, /) -> F: ...


@overload
def track(
    func: None = None,
    /,
    *,
    name: str | None = None,
    tracer_name: str = "bud",
    capture_input: bool = True,
    ignore_arguments: Iterable[str] | None = None,
    capture_output: bool = True,
    generations_aggregator: Callable[[list[Any]], Any] | None = None,
    type: str | None = None,
    attributes: Mapping[str, AttributeValue] | None = None,
) -> Callable[[F], F]: ...


def track(
    func: F | None = None,
    /,
    *,
    name: str | None = None,
    tracer_name: str = "bud",
    capture_input: bool = True,
    ignore_arguments: Iterable[str] | None = None,
    capture_output: bool = True,
    generations_aggregator: Callable[[list[Any]], Any] | None = None,
    type: str | None = None,  # the spec's name; shadows the builtin only here
    attributes: Mapping[str, AttributeValue] | None = None,
) -> F | Callable[[F], F]:
    """Trace calls of a function, coroutine function or (async) generator.

    Usable bare (``@track``) or with options (``@track(name="step")``).
    Inputs become ``bud.track.input.<arg>`` (``self``/``cls`` and
    ``ignore_arguments`` skipped), the result ``bud.track.output``; values
    are repr'd (strings kept as they are) and cut at 1000 characters.
    Content capture also obeys ``BUD_OTEL_CAPTURE_CONTENT``. For generators
    ``generations_aggregator(items)`` turns the yielded items into the output.
    Exceptions are recorded and re-raised. Before ``configure()`` the
    decorated function is called straight through.
    """

    def decorate(fn: F) -> F:
        opts = _Options(
            fn,
            name,
            tracer_name,
            capture_input,
            ignore_arguments,
            capture_output,
            generations_aggregator,
            type,
            attributes,
        )
        if inspect.isasyncgenfunction(fn):
            wrapped = _wrap_async_generator(fn, opts)
        elif inspect.isgeneratorfunction(fn):
            wrapped = _wrap_generator(fn, opts)
        elif inspect.iscoroutinefunction(fn):
            wrapped = _wrap_coroutine(fn, opts)
        else:
            wrapped = _wrap_function(fn, opts)
        return cast(F, wrapped)

    if func is not None:
        return decorate(func)
    return decorate
