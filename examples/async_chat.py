"""Chat Completions with the async client: stream one answer, then ask several at once.

`await client.chat.completions.create(..., stream=True)` returns an
`AsyncChatCompletionStream`: `async for` its chunks; after the loop
`get_final_completion()` is the whole answer as a `ChatCompletion`. Independent
calls can run concurrently with `asyncio.gather`, over the client's one pool.

    BUD_BASE_URL=... BUD_API_KEY=... BUD_MODEL=... python examples/async_chat.py
"""

from __future__ import annotations

import asyncio
import os
import sys

from bud import AsyncBudClient

QUESTIONS = ["Name a prime number.", "Name a planet.", "Name a colour."]


async def main() -> int:
    model = os.environ.get("BUD_MODEL")
    if not model:
        print("set BUD_MODEL (and BUD_BASE_URL, BUD_API_KEY)", file=sys.stderr)
        return 2
    async with AsyncBudClient(
        api_key=os.environ.get("BUD_API_KEY"), base_url=os.environ.get("BUD_BASE_URL")
    ) as client:
        # 1. one streamed answer; `async with` closes the HTTP response even on an early exit
        stream = await client.chat.completions.create(
            model=model,
            messages=[{"role": "user", "content": "Write a haiku about rivers."}],
            stream=True,
        )
        async with stream:
            async for chunk in stream:
                text = chunk.choices[0].delta.content if chunk.choices else None
                if text:
                    print(text, end="", flush=True)
        print()
        final = stream.get_final_completion()
        print(f"final completion {final.id}: finish_reason={final.choices[0].finish_reason}")

        # 2. several questions at once; gather keeps the answers in the order asked
        async def ask(question: str) -> str | None:
            completion = await client.chat.completions.create(
                model=model, messages=[{"role": "user", "content": question}]
            )
            return completion.choices[0].message.content

        answers = await asyncio.gather(*(ask(question) for question in QUESTIONS))
        for question, answer in zip(QUESTIONS, answers, strict=True):
            print(f"{question} -> {answer}")
    return 0


if __name__ == "__main__":
    raise SystemExit(asyncio.run(main()))
