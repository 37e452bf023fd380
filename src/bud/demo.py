"""`make demo`: one real streamed Responses call with tracing, end to end.

With `BUD_BASE_URL` (and `BUD_API_KEY`) set, it talks to that gateway (model
from `BUD_MODEL`). Otherwise it starts the embedded local server on
127.0.0.1, so the demo runs on a fresh machine with no network. Either way:
the answer streams to the terminal, then the span tree (your span ->
`responses.stream` -> the HTTP `POST`) is printed with its attributes.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import sys
import time
from collections.abc import Iterator
from typing import Any

from bud.client import AsyncBudClient
from bud.observability import configure, track, track_responses
from bud.observability._console import SpanTreeCollector

PROMPT = "In two sentences: why does a streaming client need tracing?"
LOCAL_ANSWER = (
    "Streaming spreads one answer over hundreds of events, so only a trace shows when the "
    "first token arrived, how many followed, and whether the stream really finished. "
    "bud-sdk records all of that on one span per call, with the HTTP request as its child."
)


@contextlib.contextmanager
def _gateway() -> Iterator[tuple[str, str, str, Any]]:
    """(base_url, api_key, model, local server or None)."""
    base_url = os.environ.get("BUD_BASE_URL")
    if base_url:
        yield base_url, os.environ.get("BUD_API_KEY", ""), os.environ.get("BUD_MODEL", ""), None
        return
    from bud.testing import LocalServer, TextReply

    with LocalServer() as server:
        server.enqueue(TextReply(LOCAL_ANSWER, chunk_size=12))
        yield server.base_url, "sk-local-demo", "bud-demo-model", server


async def _ask(client: AsyncBudClient, model: str) -> Any:
    @track(name="demo.ask", type="demo")
    async def ask(question: str) -> str:
        stream = await client.responses.create(model=model, input=question, stream=True)
        async with stream:
            async for event in stream:
                if event.type == "response.output_text.delta":
                    print(event.delta, end="", flush=True)
            final = stream.final_response
        print("\n")
        return final.output_text if final else ""

    return await ask(PROMPT)


def main() -> int:
    try:
        collector = SpanTreeCollector()
    except ImportError as exc:  # `make demo` installs it; a bare `pip install bud-sdk` does not
        print(f"demo: {exc}", file=sys.stderr)
        return 1
    configure(mode="internal", tracer_provider=collector.provider)
    with _gateway() as (base_url, api_key, model, server):
        if not model:
            print("demo: set BUD_MODEL to the model to use on your gateway", file=sys.stderr)
            return 2
        where = "the embedded local server" if server else "your gateway"
        print(f"bud-sdk demo: streaming from {where} at {base_url}\n")
        print(f"> {PROMPT}\n")
        started = time.perf_counter()

        async def run() -> None:
            async with AsyncBudClient(api_key=api_key or None, base_url=base_url) as client:
                track_responses(client)
                await _ask(client, model)

        try:
            asyncio.run(run())
        except Exception as exc:  # one clear line, not a traceback
            print(f"\ndemo: failed: {type(exc).__name__}: {exc}", file=sys.stderr)
            return 1
        print(f"done in {1000 * (time.perf_counter() - started):.0f} ms. The trace:\n")
        print(collector.render())
        if server is not None and server.requests:
            print(
                f"\nThe server received traceparent: {server.requests[-1].headers['traceparent']}"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
