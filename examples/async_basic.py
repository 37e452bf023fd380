"""One non-streaming call with the async client (the SDK's primary interface).

    BUD_BASE_URL=http://127.0.0.1:8000 BUD_API_KEY=sk-local BUD_MODEL=gpt-4.1 \
        python examples/async_basic.py
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
    # api_key and base_url default to BUD_API_KEY / BUD_BASE_URL; passed here to be explicit.
    async with AsyncBudClient(
        api_key=os.environ.get("BUD_API_KEY"), base_url=os.environ.get("BUD_BASE_URL")
    ) as client:
        response = await client.responses.create(
            model=model,
            instructions="Answer in one sentence.",
            input="What is the Responses API?",
        )
    # `output_text` joins the text of every assistant message in the output.
    print(response.output_text)
    print(f"[{response.id}] status={response.status}")
    if response.usage:
        print(f"tokens: {response.usage.input_tokens} in / {response.usage.output_tokens} out")
    return 0


if __name__ == "__main__":
    raise SystemExit(asyncio.run(main()))
