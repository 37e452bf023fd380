"""Background responses: start one, poll it until done; start another and cancel it.

With `background=True` the gateway answers at once (status `queued` or
`in_progress`) and keeps working; `retrieve(id)` shows how far it got and
`cancel(id)` stops it.

    BUD_BASE_URL=... BUD_API_KEY=... BUD_MODEL=... python examples/background.py
"""

from __future__ import annotations

import asyncio
import os
import sys

from bud import AsyncBudClient

PENDING = {"queued", "in_progress"}


async def main() -> int:
    model = os.environ.get("BUD_MODEL")
    if not model:
        print("set BUD_MODEL (and BUD_BASE_URL, BUD_API_KEY)", file=sys.stderr)
        return 2
    async with AsyncBudClient(
        api_key=os.environ.get("BUD_API_KEY"), base_url=os.environ.get("BUD_BASE_URL")
    ) as client:
        # 1. start a long job and poll until it finishes
        job = await client.responses.create(
            model=model, input="Write a long essay on tides.", background=True
        )
        print(f"started {job.id}: {job.status}")
        polls = 0
        while job.status in PENDING:
            if polls == 60:
                print("gave up waiting; cancelling", file=sys.stderr)
                await client.responses.cancel(job.id)
                return 1
            if polls:
                await asyncio.sleep(1.0)  # be gentle with the gateway
            polls += 1
            job = await client.responses.retrieve(job.id)
            print(f"poll {polls}: {job.status}")
        print(f"result: {job.output_text}")

        # 2. start another one and change our mind
        other = await client.responses.create(
            model=model, input="Another long essay, never mind.", background=True
        )
        print(f"started {other.id}: {other.status}")
        cancelled = await client.responses.cancel(other.id)
        print(f"cancelled {cancelled.id}: {cancelled.status}")
    return 0


if __name__ == "__main__":
    raise SystemExit(asyncio.run(main()))
