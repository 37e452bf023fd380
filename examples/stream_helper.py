"""`responses.stream(...)`: a context manager that also keeps the running text.

Inside the `with` block iterate the events as usual; `output_text` holds the
text so far and `get_final_response()` reads to the end and returns the
completed `Response`.

    BUD_BASE_URL=... BUD_API_KEY=... BUD_MODEL=... python examples/stream_helper.py
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
        # The request is sent when the `async with` block is entered.
        async with client.responses.stream(model=model, input="Name three rivers.") as stream:
            async for event in stream:
                if event.type == "response.output_text.delta":
                    print(event.delta, end="", flush=True)
            print()
            final = await stream.get_final_response()
        print(f"accumulated text: {stream.output_text!r}")
        print(f"final response {final.id}: {final.status}")
    return 0


if __name__ == "__main__":
    raise SystemExit(asyncio.run(main()))
