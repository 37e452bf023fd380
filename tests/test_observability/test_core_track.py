"""@track on functions, coroutines and (async) generators."""

from __future__ import annotations

import asyncio
import contextvars
import logging
import os
from collections.abc import AsyncIterator, Iterator
from unittest.mock import Mock, patch

import pytest
from opentelemetry import trace
from opentelemetry.sdk.metrics import MeterProvider
from opentelemetry.sdk.metrics.export import InMemoryMetricReader
from opentelemetry.sdk.trace import ReadableSpan, TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter
from opentelemetry.trace import StatusCode

import bud.observability as obs
from bud.observability import _track
from bud.observability._track import _record_exception, _set_ok_status, track


@pytest.fixture(autouse=True)
def _clean(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    for name in list(os.environ):
        if name.startswith(("BUD_OTEL_", "OTEL_")):
            monkeypatch.delenv(name)
    obs._reset_for_tests()
    yield
    obs._reset_for_tests()


@pytest.fixture
def exporter() -> Iterator[InMemorySpanExporter]:
    exporter = InMemorySpanExporter()
    provider = TracerProvider()
    provider.add_span_processor(SimpleSpanProcessor(exporter))
    meter_provider = MeterProvider(metric_readers=[InMemoryMetricReader()])
    obs.configure(mode="internal", tracer_provider=provider, meter_provider=meter_provider)
    yield exporter
    provider.shutdown()
    meter_provider.shutdown()


@pytest.fixture
def detach_errors(caplog: pytest.LogCaptureFixture) -> Iterator[list[logging.LogRecord]]:
    """Records OTel logs when a context token cannot be detached."""
    caplog.set_level(logging.DEBUG, logger="opentelemetry.context")
    records: list[logging.LogRecord] = []
    yield records
    records.extend(
        r
        for r in caplog.records
        if r.name.startswith("opentelemetry.context") and "Failed to detach" in r.getMessage()
    )
    assert records == []


def by_name(exporter: InMemorySpanExporter, name: str) -> ReadableSpan:
    matches = [s for s in exporter.get_finished_spans() if s.name == name]
    assert len(matches) == 1, [s.name for s in exporter.get_finished_spans()]
    return matches[0]


def attrs(span: ReadableSpan) -> dict[str, object]:
    return dict(span.attributes or {})


# ---------------------------------------------------------------------------
# no-op before configure
# ---------------------------------------------------------------------------


def test_is_noop_until_configured() -> None:
    assert _track._is_noop() is True
    provider = TracerProvider()
    obs.configure(mode="internal", tracer_provider=provider, meter_provider=MeterProvider())
    assert _track._is_noop() is False
    obs.shutdown()
    assert _track._is_noop() is True


def test_unconfigured_calls_straight_through_for_every_kind() -> None:
    @track
    def f(x: int) -> int:
        return x + 1

    @track
    async def af(x: int) -> int:
        return x + 2

    @track
    def gen(n: int) -> Iterator[int]:
        yield from range(n)

    @track
    async def agen(n: int) -> AsyncIterator[int]:
        for i in range(n):
            yield i

    async def collect() -> list[int]:
        return [i async for i in agen(3)]

    get_tracer = Mock(side_effect=AssertionError("no span work expected"))
    with patch("bud.observability.get_tracer", get_tracer):
        assert f(1) == 2
        assert asyncio.run(af(1)) == 3
        assert list(gen(3)) == [0, 1, 2]
        assert asyncio.run(collect()) == [0, 1, 2]
    get_tracer.assert_not_called()


def test_spec_patch_points_enable_tracing_without_configure() -> None:
    # The spec's integration tests patch exactly these two names.
    exporter = InMemorySpanExporter()
    provider = TracerProvider()
    provider.add_span_processor(SimpleSpanProcessor(exporter))
    with (
        patch("bud.observability._track._is_noop", return_value=False),
        patch("bud.observability.get_tracer", side_effect=provider.get_tracer),
    ):

        @track(name="pipeline")
        def pipeline() -> str:
            return "done"

        assert pipeline() == "done"
    assert [s.name for s in exporter.get_finished_spans()] == ["pipeline"]


def test_decorated_function_kinds_are_preserved() -> None:
    import inspect

    @track
    def f() -> None: ...

    @track
    async def af() -> None: ...

    @track
    def gen() -> Iterator[int]:
        yield 1

    @track
    async def agen() -> AsyncIterator[int]:
        yield 1

    assert not inspect.iscoroutinefunction(f)
    assert inspect.iscoroutinefunction(af)
    assert inspect.isgeneratorfunction(gen)
    assert inspect.isasyncgenfunction(agen)
    assert f.__name__ == "f"


# ---------------------------------------------------------------------------
# sync and async functions
# ---------------------------------------------------------------------------


def test_sync_function_span(exporter: InMemorySpanExporter) -> None:
    @track
    def add(x: int, y: int = 10) -> int:
        return x + y

    assert add(1) == 11
    span = by_name(exporter, add.__qualname__)
    assert span.kind is trace.SpanKind.INTERNAL
    assert attrs(span) == {
        "bud.track.input.x": "1",
        "bud.track.input.y": "10",
        "bud.track.output": "11",
    }
    assert span.status.status_code is StatusCode.OK


async def test_async_function_span(exporter: InMemorySpanExporter) -> None:
    @track(name="fetch", type="tool", attributes={"team": "core"})
    async def fetch(url: str) -> dict[str, int]:
        await asyncio.sleep(0)
        return {"status": 200}

    assert await fetch("https://example.test") == {"status": 200}
    span = by_name(exporter, "fetch")
    assert attrs(span) == {
        "bud.track.type": "tool",
        "team": "core",
        "bud.track.input.url": "https://example.test",
        "bud.track.output": "{'status': 200}",
    }
    assert span.status.status_code is StatusCode.OK


def test_self_cls_and_ignored_arguments_are_skipped(exporter: InMemorySpanExporter) -> None:
    class Service:
        @track(ignore_arguments=["password"])
        def login(self, user: str, password: str) -> bool:
            return True

        @classmethod
        @track
        def build(cls, size: int) -> int:
            return size

    Service().login("ann", "hunter2")
    Service.build(3)
    prefix = "test_self_cls_and_ignored_arguments_are_skipped.<locals>.Service"
    login = attrs(by_name(exporter, f"{prefix}.login"))
    assert login["bud.track.input.user"] == "ann"
    assert not any("password" in k or k.endswith(".self") for k in login)
    assert "hunter2" not in str(login)
    build = attrs(by_name(exporter, f"{prefix}.build"))
    assert build == {"bud.track.input.size": "3", "bud.track.output": "3"}


def test_values_are_cut_at_1000_characters(exporter: InMemorySpanExporter) -> None:
    @track(name="echo")
    def echo(text: str, items: list[int]) -> str:
        return text * 2

    echo("x" * 5000, list(range(2000)))
    span_attrs = attrs(by_name(exporter, "echo"))
    assert span_attrs["bud.track.input.text"] == "x" * 1000
    items = span_attrs["bud.track.input.items"]
    assert isinstance(items, str) and len(items) == 1000 and items.startswith("[0, 1, 2")
    assert span_attrs["bud.track.output"] == "x" * 1000


def test_capture_flags_turn_off_inputs_and_outputs(exporter: InMemorySpanExporter) -> None:
    @track(name="quiet", capture_input=False, capture_output=False)
    def quiet(secret: str) -> str:
        return secret

    quiet("s3cret")
    assert attrs(by_name(exporter, "quiet")) == {}


def test_content_capture_env_switch_applies_to_track(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("BUD_OTEL_CAPTURE_CONTENT", "false")
    exporter = InMemorySpanExporter()
    provider = TracerProvider()
    provider.add_span_processor(SimpleSpanProcessor(exporter))
    obs.configure(mode="internal", tracer_provider=provider, meter_provider=MeterProvider())

    @track(name="private", type="llm")
    def private(prompt: str) -> str:
        return prompt.upper()

    assert private("hello") == "HELLO"
    assert attrs(by_name(exporter, "private")) == {"bud.track.type": "llm"}


def test_unrepresentable_value_does_not_break_the_call(exporter: InMemorySpanExporter) -> None:
    class Weird:
        def __repr__(self) -> str:
            raise RuntimeError("no repr")

    @track(name="weird")
    def weird(w: Weird) -> int:
        return 7

    assert weird(Weird()) == 7
    assert attrs(by_name(exporter, "weird"))["bud.track.input.w"] == "<unrepresentable Weird>"


class MyError(Exception):
    pass


def test_sync_exception_recorded_and_reraised(exporter: InMemorySpanExporter) -> None:
    @track(name="boom")
    def boom() -> None:
        raise MyError("bad thing")

    with pytest.raises(MyError, match="bad thing"):
        boom()
    span = by_name(exporter, "boom")
    assert span.status.status_code is StatusCode.ERROR
    assert span.status.description == "MyError: bad thing"
    assert attrs(span)["error.type"] == f"{MyError.__module__}.MyError"
    assert [e.name for e in span.events] == ["exception"]
    assert "bud.track.output" not in attrs(span)


async def test_async_exception_recorded_and_reraised(exporter: InMemorySpanExporter) -> None:
    @track(name="aboom")
    async def aboom() -> None:
        await asyncio.sleep(0)
        raise ValueError("nope")

    with pytest.raises(ValueError, match="nope"):
        await aboom()
    span = by_name(exporter, "aboom")
    assert span.status.status_code is StatusCode.ERROR
    assert attrs(span)["error.type"] == "ValueError"


def test_record_exception_and_ok_status_helpers(exporter: InMemorySpanExporter) -> None:
    tracer = obs.get_tracer("t")
    with tracer.start_as_current_span("failing", record_exception=False) as span:
        _record_exception(span, KeyError("k"))
    with tracer.start_as_current_span("fine") as span:
        _set_ok_status(span)
    failing = by_name(exporter, "failing")
    assert failing.status.status_code is StatusCode.ERROR
    assert failing.status.description == "KeyError: 'k'"
    assert attrs(failing)["error.type"] == "KeyError"
    assert failing.events[0].attributes is not None
    assert failing.events[0].attributes["exception.type"] == "KeyError"
    assert by_name(exporter, "fine").status.status_code is StatusCode.OK


def test_nested_tracked_functions_are_parent_and_child(exporter: InMemorySpanExporter) -> None:
    @track(name="inner")
    def inner() -> int:
        return 1

    @track(name="outer")
    def outer() -> int:
        return inner() + inner()

    outer()
    outer_span = by_name(exporter, "outer")
    inners = [s for s in exporter.get_finished_spans() if s.name == "inner"]
    assert len(inners) == 2
    for span in inners:
        assert span.parent is not None
        assert span.parent.span_id == outer_span.context.span_id
        assert span.context.trace_id == outer_span.context.trace_id
    assert trace.get_current_span() is trace.INVALID_SPAN


async def test_async_nesting_across_gather(exporter: InMemorySpanExporter) -> None:
    @track(name="leaf")
    async def leaf(i: int) -> int:
        await asyncio.sleep(0)
        return i

    @track(name="root")
    async def root() -> list[int]:
        return list(await asyncio.gather(leaf(1), leaf(2)))

    assert await root() == [1, 2]
    root_span = by_name(exporter, "root")
    leaves = [s for s in exporter.get_finished_spans() if s.name == "leaf"]
    assert {s.parent.span_id for s in leaves if s.parent} == {root_span.context.span_id}


# ---------------------------------------------------------------------------
# sync generators
# ---------------------------------------------------------------------------


def test_generator_span_covers_iteration_and_aggregates(
    exporter: InMemorySpanExporter, detach_errors: list[logging.LogRecord]
) -> None:
    @track(name="words", generations_aggregator=" ".join)
    def words(n: int) -> Iterator[str]:
        for i in range(n):
            with obs.get_tracer().start_as_current_span(f"step{i}"):
                pass
            yield f"w{i}"

    with obs.get_tracer().start_as_current_span("consumer") as consumer:
        out = []
        for word in words(3):
            # The generator's span must not leak into the consumer between items.
            assert trace.get_current_span() is consumer
            out.append(word)
    assert out == ["w0", "w1", "w2"]
    span = by_name(exporter, "words")
    assert attrs(span)["bud.track.output"] == "w0 w1 w2"
    assert attrs(span)["bud.track.input.n"] == "3"
    assert span.status.status_code is StatusCode.OK
    assert span.parent is not None and span.parent.span_id == consumer.get_span_context().span_id
    for i in range(3):
        step = by_name(exporter, f"step{i}")
        assert step.parent is not None and step.parent.span_id == span.context.span_id


def test_generator_without_aggregator_outputs_item_list(exporter: InMemorySpanExporter) -> None:
    @track(name="nums")
    def nums() -> Iterator[int]:
        yield 1
        yield 2

    assert list(nums()) == [1, 2]
    assert attrs(by_name(exporter, "nums"))["bud.track.output"] == "[1, 2]"


def test_generator_stepped_in_different_contexts_never_fails_detach(
    exporter: InMemorySpanExporter, detach_errors: list[logging.LogRecord]
) -> None:
    @track(name="hop")
    def hop() -> Iterator[int]:
        yield 1
        yield 2

    gen = hop()
    # Each step runs in a different contextvars.Context, as with thread pools
    # or frameworks that copy context per callback.
    assert contextvars.copy_context().run(next, gen) == 1
    assert contextvars.copy_context().run(next, gen) == 2
    with pytest.raises(StopIteration):
        contextvars.copy_context().run(next, gen)
    assert by_name(exporter, "hop").status.status_code is StatusCode.OK


def test_generator_send_throw_and_return_value_are_forwarded(
    exporter: InMemorySpanExporter,
) -> None:
    @track(name="echo")
    def echo() -> Iterator[object]:
        received = yield "ready"
        try:
            yield f"got {received}"
        except KeyError:
            yield "handled"
        return "finished"

    def drive() -> object:
        gen = echo()
        assert next(gen) == "ready"
        assert gen.send("ping") == "got ping"
        assert gen.throw(KeyError("k")) == "handled"
        with pytest.raises(StopIteration) as stop:
            next(gen)
        return stop.value.value

    assert drive() == "finished"
    output = attrs(by_name(exporter, "echo"))["bud.track.output"]
    assert output == "['ready', 'got ping', 'handled']"


def test_generator_closed_early_ends_span_without_error(
    exporter: InMemorySpanExporter, detach_errors: list[logging.LogRecord]
) -> None:
    cleaned: list[bool] = []

    @track(name="endless")
    def endless() -> Iterator[int]:
        try:
            i = 0
            while True:
                yield i
                i += 1
        finally:
            cleaned.append(True)

    for i in endless():
        if i == 2:
            break
    span = by_name(exporter, "endless")
    assert cleaned == [True]
    assert span.status.status_code is StatusCode.UNSET
    assert attrs(span)["bud.track.output"] == "[0, 1, 2]"


def test_generator_exception_recorded_and_reraised(exporter: InMemorySpanExporter) -> None:
    @track(name="broken")
    def broken() -> Iterator[int]:
        yield 1
        raise MyError("mid-stream")

    gen = broken()
    assert next(gen) == 1
    with pytest.raises(MyError):
        next(gen)
    span = by_name(exporter, "broken")
    assert span.status.status_code is StatusCode.ERROR
    assert [e.name for e in span.events] == ["exception"]


# ---------------------------------------------------------------------------
# async generators
# ---------------------------------------------------------------------------


async def test_async_generator_span_and_no_context_leak(
    exporter: InMemorySpanExporter, detach_errors: list[logging.LogRecord]
) -> None:
    @track(name="chunks", generations_aggregator="".join)
    async def chunks(n: int) -> AsyncIterator[str]:
        for i in range(n):
            await asyncio.sleep(0)
            with obs.get_tracer().start_as_current_span("inside"):
                pass
            yield str(i)

    with obs.get_tracer().start_as_current_span("consumer") as consumer:
        seen = []
        async for chunk in chunks(3):
            assert trace.get_current_span() is consumer
            seen.append(chunk)
    assert seen == ["0", "1", "2"]
    span = by_name(exporter, "chunks")
    assert attrs(span)["bud.track.output"] == "012"
    assert span.status.status_code is StatusCode.OK
    assert span.parent is not None and span.parent.span_id == consumer.get_span_context().span_id
    insides = [s for s in exporter.get_finished_spans() if s.name == "inside"]
    assert len(insides) == 3
    assert all(s.parent and s.parent.span_id == span.context.span_id for s in insides)


async def test_async_generator_iterated_from_two_tasks(
    exporter: InMemorySpanExporter, detach_errors: list[logging.LogRecord]
) -> None:
    @track(name="shared")
    async def shared() -> AsyncIterator[int]:
        yield 1
        yield 2

    agen = shared()
    # Each task runs in its own copy of the context.
    assert await asyncio.create_task(agen.__anext__()) == 1
    assert await asyncio.create_task(agen.__anext__()) == 2
    with pytest.raises(StopAsyncIteration):
        await asyncio.create_task(agen.__anext__())
    assert by_name(exporter, "shared").status.status_code is StatusCode.OK


async def test_async_generator_asend_athrow_forwarded(exporter: InMemorySpanExporter) -> None:
    @track(name="conv")
    async def conv() -> AsyncIterator[str]:
        got = yield "hello"
        try:
            yield f"you said {got}"
        except ValueError:
            yield "recovered"

    agen = conv()
    assert await agen.__anext__() == "hello"
    assert await agen.asend("hi") == "you said hi"
    assert await agen.athrow(ValueError("x")) == "recovered"
    with pytest.raises(StopAsyncIteration):
        await agen.__anext__()
    assert by_name(exporter, "conv").status.status_code is StatusCode.OK


async def test_async_generator_aclose_early(
    exporter: InMemorySpanExporter, detach_errors: list[logging.LogRecord]
) -> None:
    closed: list[bool] = []

    @track(name="ticker")
    async def ticker() -> AsyncIterator[int]:
        try:
            for i in range(100):
                yield i
        finally:
            closed.append(True)

    agen = ticker()
    assert await agen.__anext__() == 0
    await agen.aclose()
    span = by_name(exporter, "ticker")
    assert closed == [True]
    assert span.status.status_code is StatusCode.UNSET


async def test_async_generator_exception(exporter: InMemorySpanExporter) -> None:
    @track(name="afail")
    async def afail() -> AsyncIterator[int]:
        yield 1
        raise MyError("async mid-stream")

    with pytest.raises(MyError):
        async for _ in afail():
            pass
    span = by_name(exporter, "afail")
    assert span.status.status_code is StatusCode.ERROR
    assert attrs(span)["error.type"].endswith("MyError")  # type: ignore[union-attr]
