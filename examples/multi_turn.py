"""A conversation over several turns: each turn names the previous response.

With `previous_response_id` the gateway keeps the history, so each request
sends only the new user message.

    BUD_BASE_URL=... BUD_API_KEY=... BUD_MODEL=... python examples/multi_turn.py
"""

from __future__ import annotations

import asyncio
import os
import sys

from bud import AsyncBudClient

TURNS = ["My name is Ada.", "What is my name?"]


async def main() -> int:
    model = os.environ.get("BUD_MODEL")
    if not model:
        print("set BUD_MODEL (and BUD_BASE_URL, BUD_API_KEY)", file=sys.stderr)
        return 2
    async with AsyncBudClient(
        api_key=os.environ.get("BUD_API_KEY"), base_url=os.environ.get("BUD_BASE_URL")
    ) as client:
        previous_id: str | None = None
        for turn in TURNS:
            print(f"user: {turn}")
            response = await client.responses.create(
                model=model, input=turn, previous_response_id=previous_id
            )
            print(f"assistant: {response.output_text}")
            previous_id = response.id  # the next turn continues from here
    return 0


if __name__ == "__main__":
    raise SystemExit(asyncio.run(main()))
