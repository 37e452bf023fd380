"""One non-streaming call with the sync client: same API as the async one, no `await`.

BUD_BASE_URL=... BUD_API_KEY=... BUD_MODEL=... python examples/sync_basic.py
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
    # `with` closes the connection pool at the end.
    with BudClient(
        api_key=os.environ.get("BUD_API_KEY"), base_url=os.environ.get("BUD_BASE_URL")
    ) as client:
        response = client.responses.create(model=model, input="Say hello in French.")
    print(response.output_text)
    print(f"[{response.id}] status={response.status}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
