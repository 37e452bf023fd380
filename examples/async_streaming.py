"""Stream a response with the async client: print text as it arrives.

BUD_BASE_URL=... BUD_API_KEY=... BUD_MODEL=... python examples/async_streaming.py
"""

from __future__ import annotations

import asyncio
import os
import sys

from bud import AsyncBudClient


async def main() -> int:
    model = os.environ.get("BUD_MODEL")
    if not model:
        print("set BUD_MODEL (and BUD_BASE_URL, BUD_API_KEY)", file=sys.stderr)
        return 2
    async with AsyncBudClient(
        api_key=os.environ.get("BUD_API_KEY"), base_url=os.environ.get("BUD_BASE_URL")
    ) as client:
        # stream=True returns an AsyncResponseStream of typed events.
        stream = await client.responses.create(
            model=model, input="Write a haiku about rivers.", stream=True
        )
        # `async with` closes the HTTP response even if we stop early.
        async with stream:
            events = 0
            async for event in stream:
                events += 1
                if event.type == "response.output_text.delta":
                    print(event.delta, end="", flush=True)
        print()
        # A stream that ends before a terminal event raises IncompleteStreamError,
        # so reaching this line means the answer is complete.
        final = stream.final_response
        print(f"events: {events}, status: {final.status if final else None}")
    return 0


if __name__ == "__main__":
    raise SystemExit(asyncio.run(main()))
