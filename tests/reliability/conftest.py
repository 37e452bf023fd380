"""Shared fixtures for the reliability suite (issue 6).

- `secret_guard` (autouse): every test runs with one distinctive API key and
  with every logger at DEBUG; at teardown every captured log record, every
  span of every registered exporter, and every object a test handed to
  `secret_guard.watch(...)` (errors, clients, streams) is scanned for the key.
  It also fails a test that logged "Failed to detach context" or ended a span
  twice ("Calling end() on an ended span").
- `telemetry`: bud observability configured with in-memory providers, plus a
  `SpanCounter` processor that counts `on_start` / `on_end` per span name, so
  a span left unended shows up as started > ended.
- `server`: a `LocalServer` that accepts only `API_KEY`.
- Pool helpers: what is still checked out of an httpx client's connection pool.
"""

from __future__ import annotations

import asyncio
import inspect
import logging
import os
import threading
import traceback
from collections import Counter
from collections.abc import AsyncIterator, Iterable, Iterator
from typing import Any

import pytest
from opentelemetry.context import Context
from opentelemetry.sdk.metrics import MeterProvider
from opentelemetry.sdk.metrics.export import InMemoryMetricReader
from opentelemetry.sdk.trace import ReadableSpan, Span, SpanProcessor, TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter

from bud import AsyncBudClient, BudClient, _background, _retries
from bud.observability import configure, track_responses
from bud.observability._setup import _reset_for_tests
from bud.testing import LocalServer

# Built from parts so that no source line holds it: a traceback recorded on a
# span quotes source lines, and must not be mistaken for a leak.
API_KEY = "-".join(("sk", "bud", "rel", "Zq9X", "SECRET", "7f3c9e1ad42b6a80"))

STREAM_SPAN = "responses.stream"
CALL_SPAN = "responses"
HTTP_SPAN = "POST"

# what OpenTelemetry logs when a context token crosses a yield, or a span ends twice
BAD_LOG_MESSAGES = ("Failed to detach context", "Calling end() on an ended span")

_DEBUG_LOGGERS = ("", "bud", "bud.observability", "httpx", "httpcore", "opentelemetry",
                  "opentelemetry.context", "asyncio")  # fmt: skip


# --------------------------------------------------------------------------- secrets


def span_strings(span: ReadableSpan) -> list[str]:
    """Every string a span carries: name, status description, attribute and event values."""
    out = [span.name, span.status.description or ""]

    def add(value: Any) -> None:
        if isinstance(value, str):
            out.append(value)
        elif isinstance(value, list | tuple):
            for item in value:
                add(item)
        else:
            out.append(repr(value))

    for key, value in (span.attributes or {}).items():
        out.append(key)
        add(value)
    for event in span.events:
        out.append(event.name)
        for key, value in (event.attributes or {}).items():
            out.append(key)
            add(value)
    return out


def object_strings(obj: object) -> list[str]:
    """What a user (or a log line) can see of *obj*: str, repr; for an exception also
    its args and the whole formatted chain (causes and contexts included)."""
    if not isinstance(obj, BaseException):
        return [str(obj), repr(obj)]
    out: list[str] = []
    seen: set[int] = set()
    exc: BaseException | None = obj
    while exc is not None and id(exc) not in seen:
        seen.add(id(exc))
        out += [str(exc), repr(exc), *map(repr, exc.args)]
        exc = exc.__cause__ or exc.__context__
    out.append("".join(traceback.format_exception(obj)))
    return out


def record_strings(record: logging.LogRecord) -> list[str]:
    out = [record.getMessage()]
    if record.exc_info and record.exc_info[1] is not None:
        out += object_strings(record.exc_info[1])
    if record.exc_text:
        out.append(record.exc_text)
    return out


class SecretGuard:
    """Collects where a secret could surface; `findings()` says where it did."""

    def __init__(self, secret: str, config: pytest.Config | None = None) -> None:
        self.secret = secret
        self.config = config
        self.watched: list[object] = []
        self.exporters: list[InMemorySpanExporter] = []

    def watch(self, *objects: object) -> None:
        """Scan these (errors, clients, streams) at teardown too."""
        self.watched.extend(objects)

    def _in(self, strings: list[str]) -> bool:
        return any(self.secret in s for s in strings)

    def findings(self, records: Iterable[logging.LogRecord]) -> list[str]:
        found: list[str] = []
        for exporter in self.exporters:
            for span in exporter.get_finished_spans():
                if self._in(span_strings(span)):
                    found.append(f"span {span.name!r}: {span_strings(span)}")
        for record in records:
            if self._in(record_strings(record)):
                found.append(f"log {record.name}: {record.getMessage()!r}")
        for obj in self.watched:
            if self._in(object_strings(obj)):
                found.append(f"{type(obj).__name__}: {object_strings(obj)[:2]}")
        return found

    def checkpoint(self, caplog: pytest.LogCaptureFixture) -> list[str]:
        """Everything wrong so far (leaks, bad log lines); then forget the logs and spans
        seen, so a long test keeps a small heap."""
        records = log_records(caplog)
        problems = self.findings(records) + bad_log_lines(records)
        caplog.clear()
        # pytest's report handler keeps every record too (its text is kept for the report)
        plugin = self.config.pluginmanager.get_plugin("logging-plugin") if self.config else None
        kept = getattr(getattr(plugin, "report_handler", None), "records", None)
        if isinstance(kept, list):
            kept.clear()
        for exporter in self.exporters:
            exporter.clear()
        return problems


def log_records(caplog: pytest.LogCaptureFixture) -> list[logging.LogRecord]:
    return [r for when in ("setup", "call") for r in caplog.get_records(when)]


def bad_log_lines(records: Iterable[logging.LogRecord]) -> list[str]:
    return [r.getMessage() for r in records if r.getMessage().startswith(BAD_LOG_MESSAGES)]


@pytest.fixture(autouse=True)
def secret_guard(
    caplog: pytest.LogCaptureFixture, request: pytest.FixtureRequest
) -> Iterator[SecretGuard]:
    for name in _DEBUG_LOGGERS:
        caplog.set_level(logging.DEBUG, logger=name)
    guard = SecretGuard(API_KEY, request.config)
    yield guard
    records = log_records(caplog)
    assert guard.findings(records) == [], "the API key leaked"
    assert bad_log_lines(records) == []


# --------------------------------------------------------------------------- telemetry


class SpanCounter(SpanProcessor):
    """Counts span starts and ends by name (an unended span: started > ended)."""

    def __init__(self) -> None:
        self.started: Counter[str] = Counter()
        self.ended: Counter[str] = Counter()
        self._lock = threading.Lock()

    def on_start(self, span: Span, parent_context: Context | None = None) -> None:
        with self._lock:
            self.started[span.name] += 1

    def on_end(self, span: ReadableSpan) -> None:
        with self._lock:
            self.ended[span.name] += 1

    def unended(self) -> dict[str, int]:
        with self._lock:
            names = set(self.started) | set(self.ended)
            gaps = {n: self.started[n] - self.ended[n] for n in names}
            return {n: gap for n, gap in gaps.items() if gap}

    def clear(self) -> None:
        with self._lock:
            self.started.clear()
            self.ended.clear()

    def shutdown(self) -> None:
        pass

    def force_flush(self, timeout_millis: int = 30_000) -> bool:
        return True


class Telemetry:
    """In-memory spans and metrics installed with `configure(mode="internal")`."""

    def __init__(self) -> None:
        self.exporter = InMemorySpanExporter()
        self.counter = SpanCounter()
        self.tp = TracerProvider()
        self.tp.add_span_processor(self.counter)
        self.tp.add_span_processor(SimpleSpanProcessor(self.exporter))
        self.reader = InMemoryMetricReader()
        self.mp = MeterProvider(metric_readers=[self.reader])

    def spans(self, name: str | None = None) -> list[ReadableSpan]:
        spans = list(self.exporter.get_finished_spans())
        return spans if name is None else [s for s in spans if s.name == name]

    def one(self, name: str) -> ReadableSpan:
        found = self.spans(name)
        assert len(found) == 1, f"{name}: {[s.name for s in self.spans()]}"
        return found[0]

    def attrs(self, name: str) -> dict[str, Any]:
        return dict(self.one(name).attributes or {})

    def clear(self) -> None:
        self.exporter.clear()
        self.counter.clear()

    def shutdown(self) -> None:
        self.tp.shutdown()
        self.mp.shutdown()


def clean_otel_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in list(os.environ):
        if name.startswith(("BUD_OTEL_", "OTEL_")):
            monkeypatch.delenv(name)


@pytest.fixture
def telemetry(monkeypatch: pytest.MonkeyPatch, secret_guard: SecretGuard) -> Iterator[Telemetry]:
    clean_otel_env(monkeypatch)
    _reset_for_tests()
    tel = Telemetry()
    configure(mode="internal", tracer_provider=tel.tp, meter_provider=tel.mp)
    secret_guard.exporters.append(tel.exporter)
    try:
        yield tel
    finally:
        _reset_for_tests()
        tel.shutdown()


# --------------------------------------------------------------------------- server, clients


@pytest.fixture
def server() -> Iterator[LocalServer]:
    with LocalServer(api_key=API_KEY) as srv:
        yield srv
        assert srv.errors == []


# a request the server never answers fails the test in a minute, not in ten
TIMEOUT = 60.0


def sync_client(server: LocalServer, **kwargs: Any) -> BudClient:
    kwargs.setdefault("max_retries", 0)
    kwargs.setdefault("timeout", TIMEOUT)
    return BudClient(api_key=API_KEY, base_url=server.base_url, **kwargs)


def async_client(server: LocalServer, **kwargs: Any) -> AsyncBudClient:
    kwargs.setdefault("max_retries", 0)
    kwargs.setdefault("timeout", TIMEOUT)
    return AsyncBudClient(api_key=API_KEY, base_url=server.base_url, **kwargs)


# --------------------------------------------------------------------------- retries


@pytest.fixture
def delays(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[float]]:
    """The retry waits the transports asked for; nothing is slept."""
    asked: list[float] = []

    def sleep(seconds: float) -> None:
        asked.append(seconds)

    async def async_sleep(seconds: float) -> None:
        asked.append(seconds)

    monkeypatch.setattr(_retries, "sleep", sleep)
    monkeypatch.setattr(_retries, "async_sleep", async_sleep)
    yield asked


# --------------------------------------------------------------------------- the pool


def pool_of(client: BudClient | AsyncBudClient) -> Any:
    """The httpcore connection pool behind a bud client (httpx's default transport)."""
    return client._http._transport._pool  # type: ignore[union-attr]


def checked_out(client: BudClient | AsyncBudClient) -> list[str]:
    """Connections not back in the pool, and requests still holding one: [] when clean.
    Closes deferred by the garbage collector run on the background thread: wait first."""
    assert _background.flush(), "background closes did not finish"
    pool = pool_of(client)
    busy = [f"connection {c.info()}" for c in pool.connections if not c.is_idle()]
    return busy + [f"request {r.request.url}" for r in pool._requests]


async def settle(client: BudClient | AsyncBudClient, ticks: int = 50) -> list[str]:
    """Let the loop run finalizers (async generator aclose, scheduled closes) for at most
    *ticks* iterations, stopping once the pool is clean; returns what is still out."""
    for _ in range(ticks):
        if not checked_out(client):
            break
        await asyncio.sleep(0)
    return checked_out(client)


# --------------------------------------------------------------------------- sync or async


class Flavor:
    """One test body for `BudClient` and `AsyncBudClient`: `await flavor.call(x)` awaits
    only what the async client returns; `read` collects events until the stream ends
    or fails, and returns the failure."""

    def __init__(self, name: str, server: LocalServer) -> None:
        self.name = name
        self.is_async = name == "async"
        self.server = server
        self._made: list[Any] = []

    def client(self, *, tracked: bool = True, **kwargs: Any) -> Any:
        make = async_client if self.is_async else sync_client
        client = make(self.server, **kwargs)
        self._made.append(client)
        return track_responses(client) if tracked else client

    @staticmethod
    async def call(value: Any) -> Any:
        return await value if inspect.isawaitable(value) else value

    @staticmethod
    async def read(stream: Any, got: list[Any]) -> Exception | None:
        try:
            if hasattr(stream, "__aiter__"):
                async for event in stream:
                    got.append(event)
            else:
                for event in stream:
                    got.append(event)
        except Exception as exc:
            return exc
        return None

    async def settle(self, client: Any) -> list[str]:
        return await settle(client) if self.is_async else checked_out(client)

    async def close_all(self) -> None:
        for client in self._made:
            await self.call(client.close())

    def __repr__(self) -> str:
        return self.name


@pytest.fixture(params=["sync", "async"])
async def flavor(request: pytest.FixtureRequest, server: LocalServer) -> AsyncIterator[Flavor]:
    made = Flavor(request.param, server)
    yield made
    await made.close_all()
