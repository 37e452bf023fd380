"""bud-sdk with the Bud gateway: a default model, what the gateway reports, sub-routes.

BUD_BASE_URL=https://gateway BUD_API_KEY=... BUD_MODEL=... python examples/gateway.py

`BUD_MODEL` (or `BudClient(model=...)`) is the default model: `create` uses it, and
`retrieve` sends it as `x-model-name`, which the gateway routes sub-routes by.
"""

from __future__ import annotations

import os
import sys

from bud import BudClient


def main() -> int:
    if not os.environ.get("BUD_MODEL"):
        print("set BUD_MODEL (and BUD_BASE_URL, BUD_API_KEY)", file=sys.stderr)
        return 2
    with BudClient() as client:  # BUD_BASE_URL, BUD_API_KEY, BUD_MODEL
        raw = client.responses.with_raw_response.create(input="Name a prime number.")
        response = raw.parse()
        print(response.output_text)
        info = raw.gateway  # None on a server that is not the Bud gateway
        if info is not None:
            print(f"model latency: {info.model_latency_ms} ms, cost: {info.inference_cost}")
            if info.rate_limit is not None:
                print(f"rate limit: {info.rate_limit.remaining} of {info.rate_limit.limit} left")
        again = client.responses.retrieve(response.id)
        print(f"retrieved {again.id}: {again.status}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
