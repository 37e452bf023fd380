"""The peer side of the benchmarks: openai-python, OpenLLMetry, and an httpx-sse floor.

Each ``make_*`` function prepares its client once and returns a zero-argument callable that
performs ONE operation (one stream consumed to the end, one request, one parse) and returns the
number of events it saw (or 1). ``run.py`` times these with ``harness.measure``.

All HTTP goes through the real client path of each library, over ``httpx.MockTransport``
answering with recorded bytes, so nothing but the library's own work is measured.

Run as a script for the concurrency helpers::

    python benchmarks/peers_openai.py serve [--deltas 200] [--port 0]
    python benchmarks/peers_openai.py concurrent --base-url URL [--n 1000]
    python benchmarks/peers_openai.py selftest       # server + 50 concurrent streams
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import itertools
import json
import os
import re
import subprocess
import sys
import time
from collections.abc import Awaitable, Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import httpx_sse

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

import harness  # noqa: E402
import sse_fixtures  # noqa: E402

BASE_URL = "http://bench.invalid/v1"
API_KEY = "sk-test"
MODEL = "gpt-4.1-mini"
INPUT = "Explain how a gateway streams model output to a client."

Op = Callable[[], int]


def mock_transport(
    body: bytes, content_type: str = "text/event-stream", *, unique_ids: bool = False
) -> httpx.MockTransport:
    """A transport that answers every request with ``body`` (and drains the request).

    With ``unique_ids`` each answer carries a fresh response id, as a real server's would: a
    tracer that keeps per-response state keyed by id then shows its growth.
    """
    match = re.search(rb"resp_[0-9a-f]{16,}", body)
    original = match.group(0) if match else None
    counter = itertools.count()

    def handler(request: httpx.Request) -> httpx.Response:
        request.read()
        content = body
        if unique_ids and original is not None:
            fresh = b"resp_%0*x" % (len(original) - 5, next(counter))
            content = body.replace(original, fresh)
        return httpx.Response(200, headers={"content-type": content_type}, content=content)

    return httpx.MockTransport(handler)


class LoopOp:
    """Runs an async operation to completion on a private event loop, per call."""

    def __init__(self, op: Callable[[], Awaitable[int]]) -> None:
        self._op = op
        self._loop = asyncio.new_event_loop()

    def __call__(self) -> int:
        return self._loop.run_until_complete(self._op())

    def close(self) -> None:
        # a stream left at ``[DONE]`` leaves its line reader to the loop's async-generator
        # finalizer: let those close before the loop does
        # (httpx's nested readers: closing one finalizes the next, hence the extra turns)
        with contextlib.suppress(Exception):
            self._loop.run_until_complete(self._loop.shutdown_asyncgens())
            for _ in range(3):
                self._loop.run_until_complete(asyncio.sleep(0))
        self._loop.close()


# ---------------------------------------------------------------------------------------------
# (a) openai stream parse


def openai_client(
    body: bytes, content_type: str = "text/event-stream", *, unique_ids: bool = False
) -> Any:
    import openai

    http = httpx.Client(transport=mock_transport(body, content_type, unique_ids=unique_ids))
    return openai.OpenAI(api_key=API_KEY, base_url=BASE_URL, http_client=http, max_retries=0)


def async_openai_client(
    body: bytes, content_type: str = "text/event-stream", *, unique_ids: bool = False
) -> Any:
    import openai

    http = httpx.AsyncClient(transport=mock_transport(body, content_type, unique_ids=unique_ids))
    return openai.AsyncOpenAI(api_key=API_KEY, base_url=BASE_URL, http_client=http, max_retries=0)


def make_stream_sync(body: bytes, client: Any = None) -> Op:
    client = client if client is not None else openai_client(body)

    def op() -> int:
        n = 0
        for _event in client.responses.create(model=MODEL, input=INPUT, stream=True):
            n += 1
        return n

    return op


def make_stream_async(body: bytes, client: Any = None) -> LoopOp:
    client = client if client is not None else async_openai_client(body)

    async def op() -> int:
        n = 0
        stream = await client.responses.create(model=MODEL, input=INPUT, stream=True)
        async for _event in stream:
            n += 1
        return n

    return LoopOp(op)


# ---------------------------------------------------------------------------------------------
# (b) floor: httpx + httpx-sse + json.loads, no typing at all


def make_floor_sync(body: bytes) -> Op:
    http = httpx.Client(transport=mock_transport(body))
    payload = {"model": MODEL, "input": INPUT, "stream": True}

    def op() -> int:
        n = 0
        with httpx_sse.connect_sse(http, "POST", f"{BASE_URL}/responses", json=payload) as src:
            for sse in src.iter_sse():
                json.loads(sse.data)
                n += 1
        return n

    return op


def make_floor_async(body: bytes) -> LoopOp:
    http = httpx.AsyncClient(transport=mock_transport(body))
    payload = {"model": MODEL, "input": INPUT, "stream": True}

    async def op() -> int:
        n = 0
        async with httpx_sse.aconnect_sse(
            http, "POST", f"{BASE_URL}/responses", json=payload
        ) as src:
            async for sse in src.aiter_sse():
                json.loads(sse.data)
                n += 1
        return n

    return LoopOp(op)


# ---------------------------------------------------------------------------------------------
# (c) full Response parse


def make_response_parse(body: bytes) -> Op:
    from openai.types.responses import Response

    def op() -> int:
        Response.model_validate(json.loads(body))
        return 1

    return op


def make_request_sync(body: bytes, client: Any = None) -> Op:
    """One non-streaming ``responses.create``: request building, HTTP, parsing the body."""
    client = client if client is not None else openai_client(body, "application/json")

    def op() -> int:
        client.responses.create(model=MODEL, input=INPUT)
        return 1

    return op


def make_request_async(body: bytes, client: Any = None) -> LoopOp:
    client = client if client is not None else async_openai_client(body, "application/json")

    async def op() -> int:
        await client.responses.create(model=MODEL, input=INPUT)
        return 1

    return LoopOp(op)


# ---------------------------------------------------------------------------------------------
# (d) import, and import plus the first streamed event, in a fresh interpreter

IMPORT_CODE = "import openai"


def first_event_code(fixture: Path) -> str:
    """Source for ``python -c``: import openai, open a mock stream, read one event."""
    return (
        "import httpx, openai\n"
        f"body = open({str(fixture)!r}, 'rb').read()\n"
        "t = httpx.MockTransport(lambda r: httpx.Response(200,"
        " headers={'content-type': 'text/event-stream'}, content=body))\n"
        f"c = openai.OpenAI(api_key={API_KEY!r}, base_url={BASE_URL!r},"
        " http_client=httpx.Client(transport=t))\n"
        f"next(iter(c.responses.create(model={MODEL!r}, input='hi', stream=True)))\n"
    )


# ---------------------------------------------------------------------------------------------
# (e) OpenLLMetry: opentelemetry-instrumentation-openai


class OpenLLMetry:
    """Instruments openai globally with an SDK TracerProvider and an in-memory exporter.

    OpenLLMetry patches the ``openai`` classes, not an instance. Its ``uninstrument()`` does
    not restore ``Responses.create`` (0.62.4 with openai 3.x: an ImportError on a removed
    beta module ends its unwrap list early), so once instrumented, a process stays
    instrumented: measure it in a child process (``openllmetry_overhead``,
    ``openllmetry_retained``), plain openai first.
    """

    def __init__(self) -> None:
        from opentelemetry.instrumentation.openai import OpenAIInstrumentor
        from opentelemetry.sdk.trace import TracerProvider
        from opentelemetry.sdk.trace.export import SimpleSpanProcessor
        from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter

        self.exporter = InMemorySpanExporter()
        self.provider = TracerProvider()
        self.provider.add_span_processor(SimpleSpanProcessor(self.exporter))
        self.instrumentor = OpenAIInstrumentor()

    def instrument(self) -> None:
        self.instrumentor.instrument(tracer_provider=self.provider)

    def uninstrument(self) -> None:
        self.instrumentor.uninstrument()

    def clear(self) -> None:
        self.exporter.clear()

    def span_count(self) -> int:
        return len(self.exporter.get_finished_spans())

    @contextlib.contextmanager
    def active(self) -> Iterator[OpenLLMetry]:
        self.instrument()
        try:
            yield self
        finally:
            self.uninstrument()


def _openllmetry_make(kind: str) -> Callable[[], Op]:
    if kind == "call":
        body = sse_fixtures.response_json()
        return lambda: make_request_sync(body, openai_client(body, "application/json"))
    if kind == "stream":
        body = sse_fixtures.text_stream()
        return lambda: make_stream_sync(body, openai_client(body))
    raise ValueError(f"unknown kind {kind!r}")


def openllmetry_overhead(kind: str, repeats: int, batch: int, rounds: int = 2) -> dict[str, Any]:
    """CPU µs per call (``kind="call"``) or per stream event (``"stream"``) added by OpenLLMetry.

    Call in a fresh process: plain openai is measured first, then the process is instrumented
    for good. Spans go to an in-memory exporter cleared after every operation.
    """
    make = _openllmetry_make(kind)
    plain = min(harness.per_op(make, repeats, batch) for _ in range(rounds))
    olm = OpenLLMetry()
    olm.instrument()
    traced = min(
        harness.per_op(lambda: with_clear(make(), olm.clear), repeats, batch) for _ in range(rounds)
    )
    olm.clear()
    make()()
    return {
        "overhead_us": traced - plain,
        "plain_us": plain,
        "traced_us": traced,
        "spans_per_op": olm.span_count(),
    }


def openllmetry_retained(kind: str, calls: int) -> dict[str, Any]:
    """Memory retained per call after ``calls`` OpenLLMetry-traced calls (fresh process).

    Every answer carries a fresh response id. Plain openai's own growth is measured first.
    """
    stream = kind == "stream"
    body = sse_fixtures.text_stream(20) if stream else sse_fixtures.response_json()
    ctype = "text/event-stream" if stream else "application/json"

    def make_op() -> Op:
        client = openai_client(body, ctype, unique_ids=True)
        return make_stream_sync(body, client) if stream else make_request_sync(body, client)

    plain = harness.retained_memory(make_op(), calls=max(100, calls // 5))
    olm = OpenLLMetry()
    olm.instrument()
    traced = harness.retained_memory(make_op(), calls=calls, between=olm.clear)
    return {**traced.as_dict(), "uninstrumented_openai": plain.as_dict()}


def call_in_child(module: str, function: str, **kwargs: Any) -> dict[str, Any]:
    """``<module>.<function>(**kwargs)`` in a fresh interpreter; returns its JSON result."""
    code = (
        "import json, sys\n"
        f"sys.path.insert(0, {str(HERE)!r})\n"
        f"import {module} as m\n"
        f"print(json.dumps(m.{function}(**{kwargs!r})))\n"
    )
    proc = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=False, env=os.environ
    )
    if proc.returncode != 0:
        lines = proc.stderr.strip().splitlines() or ["failed"]
        raise RuntimeError(lines[-1])
    result: dict[str, Any] = json.loads(proc.stdout.strip().splitlines()[-1])
    return result


def with_clear(op: Op, clear: Callable[[], object]) -> Op:
    """``op`` followed by clearing the exporter, so exported spans do not pile up."""

    def wrapped() -> int:
        n = op()
        clear()
        return n

    return wrapped


# ---------------------------------------------------------------------------------------------
# (f) a streamed chat completion, each chunk's text read as a caller would

CHAT_MESSAGES = [{"role": "user", "content": INPUT}]
STREAM_OPTIONS = {"include_usage": True}  # the last chunk has usage and no choices


def make_chat_stream_sync(body: bytes, client: Any = None) -> Op:
    client = client if client is not None else openai_client(body)

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
    client = client if client is not None else async_openai_client(body)

    async def op() -> int:
        n = 0
        text: list[str] = []
        stream = await client.chat.completions.create(
            model=MODEL, messages=CHAT_MESSAGES, stream=True, stream_options=STREAM_OPTIONS
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
# (g) embeddings: one reply of many vectors parsed into the typed result

EMBEDDING_INPUT = [
    f"Passage {i}: the gateway routes each request to a model and streams tokens back."
    for i in range(sse_fixtures.EMBEDDING_INPUTS)
]


def client_for(body: bytes) -> Any:
    return openai_client(body, "application/json")


def embeddings_create(
    client: Any, encoding_format: str | None, n: int = sse_fixtures.EMBEDDING_INPUTS
) -> Any:
    """``client.embeddings.create`` for ``n`` of the benchmark's inputs;
    ``encoding_format=None`` leaves it out (openai then asks for base64 and decodes)."""
    options = {} if encoding_format is None else {"encoding_format": encoding_format}
    return client.embeddings.create(
        model=sse_fixtures.EMBEDDING_MODEL, input=EMBEDDING_INPUT[:n], **options
    )


def make_embeddings(
    body: bytes,
    encoding_format: str | None,
    n: int = sse_fixtures.EMBEDDING_INPUTS,
    client: Any = None,
) -> Op:
    """One ``embeddings.create`` answered with ``body``.

    openai decodes base64 only when ``encoding_format`` is left out: given explicitly (either
    value) it returns what the server sent, so a base64 reply stays a string. With numpy
    installed it decodes through ``numpy.frombuffer``, without through ``array``.
    """
    client = client if client is not None else client_for(body)

    def op() -> int:
        embeddings_create(client, encoding_format, n)
        return 1

    return op


def openai_decodes_with() -> str:
    """How openai decodes a base64 embedding here: ``numpy`` if importable, else ``array``."""
    from openai._extras import has_numpy

    return "numpy" if has_numpy() else "array"


# ---------------------------------------------------------------------------------------------
# (h) N concurrent AsyncOpenAI streams against a real local HTTP server


async def _sample_rss(stop: asyncio.Event, peak: list[int], period: float = 0.02) -> None:
    while not stop.is_set():
        peak[0] = max(peak[0], harness.rss_kib())
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(stop.wait(), period)


async def run_concurrent(
    n: int,
    one_stream: Callable[[], Awaitable[int]],
) -> dict[str, Any]:
    """Start ``n`` streams at once on this loop; count events, errors, CPU, wall, peak RSS.

    One stream runs first, unmeasured, so that one-time costs (lazy imports, schema builds,
    the first connection) are not charged to the streams being measured.
    """
    await one_stream()
    rss0 = harness.rss_kib()
    peak = [rss0]
    stop = asyncio.Event()
    sampler = asyncio.create_task(_sample_rss(stop, peak))
    c0, w0 = time.process_time_ns(), time.perf_counter_ns()
    results = await asyncio.gather(*(one_stream() for _ in range(n)), return_exceptions=True)
    c1, w1 = time.process_time_ns(), time.perf_counter_ns()
    stop.set()
    await sampler
    events = sum(r for r in results if isinstance(r, int))
    errors = [r for r in results if isinstance(r, BaseException)]
    wall_s = (w1 - w0) / 1e9
    return {
        "streams": n,
        "completed": n - len(errors),
        "errors": len(errors),
        "first_error": repr(errors[0])[:300] if errors else None,
        "events": events,
        "events_per_s": events / wall_s if wall_s > 0 else 0.0,
        "cpu_us_per_event": (c1 - c0) / 1000 / events if events else None,
        "wall_s": wall_s,
        "rss_start_kib": rss0,
        "peak_rss_kib": peak[0],
        "peak_rss_growth_kib": peak[0] - rss0,
        "max_rss_kib": harness.peak_rss_kib(),
    }


def concurrent_streams(base_url: str, n: int = 1000, timeout: float = 120.0) -> dict[str, Any]:
    """Run ``n`` concurrent ``AsyncOpenAI`` streams against ``base_url`` (e.g. ``.../v1``)."""
    import openai

    async def main() -> dict[str, Any]:
        limits = httpx.Limits(max_connections=n + 8, max_keepalive_connections=n + 8)
        async with httpx.AsyncClient(limits=limits, timeout=timeout) as http:
            client = openai.AsyncOpenAI(
                api_key=API_KEY, base_url=base_url, http_client=http, max_retries=0
            )

            async def one() -> int:
                count = 0
                stream = await client.responses.create(model=MODEL, input=INPUT, stream=True)
                async for _event in stream:
                    count += 1
                return count

            return await run_concurrent(n, one)

    return asyncio.run(main())


# A trivial asyncio HTTP/1.1 server that answers every request with one recorded SSE body,
# one event per write, keep-alive. It runs in its own process so that the client's CPU time
# is the client's only.


async def _serve_connection(
    reader: asyncio.StreamReader, writer: asyncio.StreamWriter, chunks: list[bytes]
) -> None:
    total = sum(len(c) for c in chunks)
    head = (
        "HTTP/1.1 200 OK\r\ncontent-type: text/event-stream\r\ncache-control: no-cache\r\n"
        f"content-length: {total}\r\n\r\n"
    ).encode()
    try:
        while True:
            try:
                raw = await reader.readuntil(b"\r\n\r\n")
            except (asyncio.IncompleteReadError, ConnectionError):
                return
            length = 0
            for line in raw.split(b"\r\n")[1:]:
                name, _, value = line.partition(b":")
                if name.strip().lower() == b"content-length":
                    length = int(value.strip())
            if length:
                await reader.readexactly(length)
            writer.write(head)
            for i, chunk in enumerate(chunks):
                writer.write(chunk)
                if i % 8 == 7:
                    await writer.drain()
            await writer.drain()
    except (ConnectionError, asyncio.IncompleteReadError):
        return
    finally:
        writer.close()
        with contextlib.suppress(Exception):
            await writer.wait_closed()


def split_events(body: bytes) -> list[bytes]:
    return [block + b"\n\n" for block in body.split(b"\n\n") if block]


async def serve(body: bytes, host: str = "127.0.0.1", port: int = 0) -> None:
    chunks = split_events(body)
    server = await asyncio.start_server(
        lambda r, w: _serve_connection(r, w, chunks), host, port, backlog=4096
    )
    bound = server.sockets[0].getsockname()[1]
    print(f"PORT {bound}", flush=True)
    async with server:
        await server.serve_forever()


@contextlib.contextmanager
def sse_server(deltas: int = 200) -> Iterator[str]:
    """Start the SSE server in a child process; yield its ``base_url`` (ending in ``/v1``)."""
    proc = subprocess.Popen(
        [sys.executable, str(Path(__file__).resolve()), "serve", "--deltas", str(deltas)],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline()
        if not line.startswith("PORT "):
            raise RuntimeError(f"SSE server did not start: {line!r}")
        yield f"http://127.0.0.1:{int(line.split()[1])}/v1"
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def run_in_child(module: str, base_url: str, n: int) -> dict[str, Any]:
    """Run ``<module>.concurrent_streams(base_url, n)`` in a fresh interpreter (clean RSS)."""
    return call_in_child(module, "concurrent_streams", base_url=base_url, n=n)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="openai peer helpers")
    sub = parser.add_subparsers(dest="cmd", required=True)
    p_serve = sub.add_parser("serve", help="serve a recorded text stream over HTTP")
    p_serve.add_argument("--deltas", type=int, default=200)
    p_serve.add_argument("--port", type=int, default=0)
    p_conc = sub.add_parser("concurrent", help="N concurrent AsyncOpenAI streams")
    p_conc.add_argument("--base-url", required=True)
    p_conc.add_argument("--n", type=int, default=1000)
    p_self = sub.add_parser("selftest", help="server + concurrent streams")
    p_self.add_argument("--n", type=int, default=50)
    args = parser.parse_args(argv)
    if args.cmd == "serve":
        with contextlib.suppress(KeyboardInterrupt):
            asyncio.run(serve(sse_fixtures.text_stream(args.deltas), port=args.port))
        return 0
    if args.cmd == "concurrent":
        print(json.dumps(concurrent_streams(args.base_url, args.n), indent=2))
        return 0
    with sse_server() as url:
        result = concurrent_streams(url, args.n)
    print(json.dumps(result, indent=2))
    return 0 if result["errors"] == 0 else 1


if __name__ == "__main__":
    raise SystemExit(main())
