"""The bud-sdk side of the benchmarks, mirroring ``peers_openai`` operation for operation.

Same recorded bytes, same ``httpx.MockTransport``, same shape: each ``make_*`` returns a
zero-argument callable doing one operation and returning the number of events it saw (or 1).
Written against the public API (``bud.BudClient`` / ``bud.AsyncBudClient``,
``client.responses.create``, ``bud.observability.track_responses``); a row whose bud side
raises is printed as ``n/a`` by ``run.py``.
"""

from __future__ import annotations

import asyncio
import inspect
import json
import sys
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

import httpx

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

from peers_openai import (  # noqa: E402
    API_KEY,
    BASE_URL,
    CHAT_MESSAGES,
    EMBEDDING_INPUT,
    INPUT,
    MODEL,
    STREAM_OPTIONS,
    LoopOp,
    Op,
    mock_transport,
    run_concurrent,
)
from sse_fixtures import EMBEDDING_INPUTS, EMBEDDING_MODEL  # noqa: E402


async def _maybe_await(value: Any) -> Any:
    return await value if inspect.isawaitable(value) else value


def bud_client(
    body: bytes, content_type: str = "text/event-stream", *, unique_ids: bool = False
) -> Any:
    import bud

    http = httpx.Client(transport=mock_transport(body, content_type, unique_ids=unique_ids))
    return bud.BudClient(api_key=API_KEY, base_url=BASE_URL, http_client=http)


def async_bud_client(
    body: bytes, content_type: str = "text/event-stream", *, unique_ids: bool = False
) -> Any:
    import bud

    http = httpx.AsyncClient(transport=mock_transport(body, content_type, unique_ids=unique_ids))
    return bud.AsyncBudClient(api_key=API_KEY, base_url=BASE_URL, http_client=http)


# ---------------------------------------------------------------------------------------------
# stream parse


def make_stream_sync(body: bytes, client: Any = None) -> Op:
    client = client if client is not None else bud_client(body)

    def op() -> int:
        n = 0
        for _event in client.responses.create(model=MODEL, input=INPUT, stream=True):
            n += 1
        return n

    return op


async def _consume_async(client: Any) -> int:
    n = 0
    stream = await _maybe_await(client.responses.create(model=MODEL, input=INPUT, stream=True))
    async for _event in stream:
        n += 1
    return n


def make_stream_async(body: bytes, client: Any = None) -> LoopOp:
    client = client if client is not None else async_bud_client(body)
    return LoopOp(lambda: _consume_async(client))


# ---------------------------------------------------------------------------------------------
# full Response parse and non-streaming requests


def response_type() -> Any:
    """The class bud parses a full ``Response`` body into (its generated model)."""
    import importlib

    candidates = (
        ("bud.types", "Response"),
        ("bud", "Response"),
        ("bud_api.models", "Response"),
        ("bud_api.models", "ResponseObject"),
    )
    for module_name, attr in candidates:
        try:
            module = importlib.import_module(module_name)
        except ImportError:
            continue
        cls = getattr(module, attr, None)
        if cls is not None and hasattr(cls, "from_dict"):
            return cls
    raise LookupError("no Response model with from_dict() found in bud.types / bud_api.models")


def make_response_parse(body: bytes) -> Op:
    cls = response_type()

    def op() -> int:
        cls.from_dict(json.loads(body))
        return 1

    return op


def make_request_sync(body: bytes, client: Any = None) -> Op:
    client = client if client is not None else bud_client(body, "application/json")

    def op() -> int:
        client.responses.create(model=MODEL, input=INPUT)
        return 1

    return op


def make_request_async(body: bytes, client: Any = None) -> LoopOp:
    client = client if client is not None else async_bud_client(body, "application/json")

    async def op() -> int:
        await _maybe_await(client.responses.create(model=MODEL, input=INPUT))
        return 1

    return LoopOp(op)


# ---------------------------------------------------------------------------------------------
# a streamed chat completion, each chunk's text read as a caller would


def make_chat_stream_sync(body: bytes, client: Any = None) -> Op:
    client = client if client is not None else bud_client(body)

    def op() -> int:
        n = 0
        text: list[str] = []
        stream = client.chat.completions.create(
            model=MODEL, messages=CHAT_MESSAGES, stream=True, stream_options=STREAM_OPTIONS
        )
        for chunk in stream:
            if chunk.choices:
                content = chunk.choices[0].delta.content
                if content:
                    text.append(content)
            n += 1
        return n

    return op


def make_chat_stream_async(body: bytes, client: Any = None) -> LoopOp:
    client = client if client is not None else async_bud_client(body)

    async def op() -> int:
        n = 0
        text: list[str] = []
        stream = await _maybe_await(
            client.chat.completions.create(
                model=MODEL, messages=CHAT_MESSAGES, stream=True, stream_options=STREAM_OPTIONS
            )
        )
        async for chunk in stream:
            if chunk.choices:
                content = chunk.choices[0].delta.content
                if content:
                    text.append(content)
            n += 1
        return n

    return LoopOp(op)


# ---------------------------------------------------------------------------------------------
# embeddings: one reply of many vectors parsed into the typed result


def client_for(body: bytes) -> Any:
    return bud_client(body, "application/json")


def embeddings_create(client: Any, encoding_format: str | None, n: int = EMBEDDING_INPUTS) -> Any:
    """``client.embeddings.create`` for ``n`` of the benchmark's inputs (bud decodes base64
    whatever ``encoding_format`` says)."""
    options = {} if encoding_format is None else {"encoding_format": encoding_format}
    return client.embeddings.create(model=EMBEDDING_MODEL, input=EMBEDDING_INPUT[:n], **options)


def make_embeddings(
    body: bytes, encoding_format: str | None, n: int = EMBEDDING_INPUTS, client: Any = None
) -> Op:
    client = client if client is not None else client_for(body)

    def op() -> int:
        embeddings_create(client, encoding_format, n)
        return 1

    return op


# ---------------------------------------------------------------------------------------------
# import, and import plus the first streamed event

IMPORT_CODE = "import bud"


def first_event_code(fixture: Path) -> str:
    return (
        "import httpx, bud\n"
        f"body = open({str(fixture)!r}, 'rb').read()\n"
        "t = httpx.MockTransport(lambda r: httpx.Response(200,"
        " headers={'content-type': 'text/event-stream'}, content=body))\n"
        f"c = bud.BudClient(api_key={API_KEY!r}, base_url={BASE_URL!r},"
        " http_client=httpx.Client(transport=t))\n"
        f"next(iter(c.responses.create(model={MODEL!r}, input='hi', stream=True)))\n"
    )


# ---------------------------------------------------------------------------------------------
# tracing: track_responses with an SDK TracerProvider and an in-memory exporter


class Tracking:
    """An SDK TracerProvider + in-memory exporter wired to bud's ``track_responses``.

    bud takes its providers from ``bud.observability.configure()`` (process-wide, replaced by
    the next call): ``mode="attach"`` with this tracer provider and the global meter provider,
    which is a no-op here, exactly what OpenLLMetry gets on the peer side.
    """

    def __init__(self) -> None:
        from opentelemetry.sdk.trace import TracerProvider
        from opentelemetry.sdk.trace.export import SimpleSpanProcessor
        from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter

        self.exporter = InMemorySpanExporter()
        self.provider = TracerProvider()
        self.provider.add_span_processor(SimpleSpanProcessor(self.exporter))

    def track(self, client: Any) -> Any:
        from bud import observability

        observability.configure(mode="attach", tracer_provider=self.provider)
        result = observability.track_responses(client)
        return result if result is not None else client

    def clear(self) -> None:
        self.exporter.clear()

    def span_count(self) -> int:
        return len(self.exporter.get_finished_spans())


def make_span_floor(attributes: int = 20) -> Op:
    """The bare OpenTelemetry cost a traced call cannot go below: two nested spans with
    *attributes* string attributes each, started, ended and exported to memory (the same
    SDK TracerProvider, SimpleSpanProcessor and in-memory exporter as ``Tracking``)."""
    from opentelemetry.sdk.trace import TracerProvider
    from opentelemetry.sdk.trace.export import SimpleSpanProcessor
    from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter

    exporter = InMemorySpanExporter()
    provider = TracerProvider()
    provider.add_span_processor(SimpleSpanProcessor(exporter))
    tracer = provider.get_tracer("floor")
    outer = {f"floor.outer.{i}": f"value {i}" for i in range(attributes)}
    inner = {f"floor.inner.{i}": f"value {i}" for i in range(attributes)}

    def op() -> int:
        with tracer.start_as_current_span("call") as span:
            span.set_attributes(outer)
            with tracer.start_as_current_span("http") as child:
                child.set_attributes(inner)
        exporter.clear()
        return 1

    return op


def observability_off() -> None:
    """Turn bud's observability off: every ``BudClient`` carries httpx hooks that make HTTP
    spans whenever it is configured, tracked or not, so a plain baseline needs it off."""
    from bud import observability

    observability.configure(enabled=False)


# ---------------------------------------------------------------------------------------------
# N concurrent AsyncBudClient streams against a real local HTTP server


def concurrent_streams(base_url: str, n: int = 1000, timeout: float = 120.0) -> dict[str, Any]:
    """Run ``n`` concurrent ``AsyncBudClient`` streams against ``base_url`` (``.../v1``)."""
    import bud

    async def main() -> dict[str, Any]:
        limits = httpx.Limits(max_connections=n + 8, max_keepalive_connections=n + 8)
        async with httpx.AsyncClient(limits=limits, timeout=timeout) as http:
            client = bud.AsyncBudClient(api_key=API_KEY, base_url=base_url, http_client=http)
            one: Callable[[], Awaitable[int]] = lambda: _consume_async(client)  # noqa: E731
            return await run_concurrent(n, one)

    return asyncio.run(main())
