"""OpenTelemetry tracing: a span for your own step, the GenAI span, and the HTTP span.

`configure()` enables bud's tracing (here into an in-memory provider, so the
span tree can be printed; in production use `configure()` with an OTLP
collector). `track_responses(client)` wraps `client.responses.*` in GenAI
spans; `@track` traces any function of yours. The HTTP span under them sends
a W3C `traceparent`, so the gateway continues the same trace.

    BUD_BASE_URL=... BUD_API_KEY=... BUD_MODEL=... python examples/tracing.py
"""

from __future__ import annotations

import asyncio
import os
import sys

from bud import AsyncBudClient
from bud.observability import configure, shutdown, track, track_responses
from bud.observability._console import SpanTreeCollector


async def main() -> int:
    model = os.environ.get("BUD_MODEL")
    if not model:
        print("set BUD_MODEL (and BUD_BASE_URL, BUD_API_KEY)", file=sys.stderr)
        return 2
    collector = SpanTreeCollector()  # keeps finished spans in memory
    configure(mode="internal", tracer_provider=collector.provider)

    async with AsyncBudClient(
        api_key=os.environ.get("BUD_API_KEY"), base_url=os.environ.get("BUD_BASE_URL")
    ) as client:
        track_responses(client)  # idempotent: instruments this client only

        @track(name="examples.summarize", type="task")
        async def summarize(text: str) -> str:
            # one span for this function; the responses span is its child
            response = await client.responses.create(
                model=model, instructions="Summarize in five words.", input=text
            )
            return response.output_text

        summary = await summarize("OpenTelemetry gives every request a trace id.")
        print(f"summary: {summary}")

    print("\nspan tree:")
    print(collector.render())
    shutdown()
    return 0


if __name__ == "__main__":
    raise SystemExit(asyncio.run(main()))
