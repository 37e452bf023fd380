"""Chat Completions with the sync client: one plain call, then the same streamed.

`client.chat.completions.create(...)` takes OpenAI's chat shape (`messages` with
roles). With `stream=True` it returns a `ChatCompletionStream` of chunks; with
`stream_options={"include_usage": True}` the last chunk carries the token counts,
and after the loop the stream holds the whole text (`output_text`) and `usage`.

    BUD_BASE_URL=... BUD_API_KEY=... BUD_MODEL=... python examples/chat_completions.py
"""

from __future__ import annotations

import os
import sys

from bud import BudClient


def main() -> int:
    model = os.environ.get("BUD_MODEL")
    if not model:
        print("set BUD_MODEL (and BUD_BASE_URL, BUD_API_KEY)", file=sys.stderr)
        return 2
    with BudClient(
        api_key=os.environ.get("BUD_API_KEY"), base_url=os.environ.get("BUD_BASE_URL")
    ) as client:
        # 1. plain: the whole ChatCompletion at once
        completion = client.chat.completions.create(
            model=model,
            messages=[
                {"role": "system", "content": "Answer in one sentence."},
                {"role": "user", "content": "What is a chat completion?"},
            ],
        )
        choice = completion.choices[0]
        print(f"plain: {choice.message.content}")
        print(f"finish_reason={choice.finish_reason}, {completion.usage.total_tokens} tokens")

        # 2. streamed: print each piece of text as it arrives
        with client.chat.completions.create(
            model=model,
            messages=[{"role": "user", "content": "Count from one to five."}],
            stream=True,
            stream_options={"include_usage": True},
        ) as stream:
            pieces = 0
            for chunk in stream:
                # the usage chunk at the end has no choices
                text = chunk.choices[0].delta.content if chunk.choices else None
                if text:
                    pieces += 1
                    print(text, end="", flush=True)
            print()
        print(f"streamed {pieces} pieces: {stream.output_text!r}")
        usage = stream.usage
        print(f"usage: {usage.prompt_tokens} prompt + {usage.completion_tokens} completion tokens")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
