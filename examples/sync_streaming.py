"""Stream a response with the sync client.

BUD_BASE_URL=... BUD_API_KEY=... BUD_MODEL=... python examples/sync_streaming.py
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
    client = BudClient(
        api_key=os.environ.get("BUD_API_KEY"), base_url=os.environ.get("BUD_BASE_URL")
    )
    # Both are context managers: the stream closes its HTTP response, the client its pool.
    with (
        client,
        client.responses.create(
            model=model, input="Count from one to five.", stream=True
        ) as stream,
    ):
        for event in stream:
            if event.type == "response.output_text.delta":
                print(event.delta, end="", flush=True)
            elif event.type == "response.completed":
                print()
                usage = event.response.usage
                print(f"completed: {usage.output_tokens} output tokens")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
