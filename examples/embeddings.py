"""Embeddings: vectors for two texts, their cosine similarity, and base64 on the wire.

`client.embeddings.create(...)` returns one `data[i]` per input, its `embedding`
a list of floats. With `encoding_format="base64"` the gateway sends the vector
packed (about a quarter of the bytes); the SDK decodes it, so `embedding` is
the same list of floats either way.

    BUD_BASE_URL=... BUD_API_KEY=... BUD_MODEL=... python examples/embeddings.py

(`BUD_MODEL` must be an embedding model here.)
"""

from __future__ import annotations

import math
import os
import sys
from collections.abc import Sequence

from bud import BudClient

TEXTS = ["The cat sat on the mat.", "A kitten was sitting on the rug."]


def cosine(a: Sequence[float], b: Sequence[float]) -> float:
    dot = sum(x * y for x, y in zip(a, b, strict=True))
    return dot / (math.sqrt(sum(x * x for x in a)) * math.sqrt(sum(y * y for y in b)))


def main() -> int:
    model = os.environ.get("BUD_MODEL")
    if not model:
        print("set BUD_MODEL (and BUD_BASE_URL, BUD_API_KEY)", file=sys.stderr)
        return 2
    with BudClient(
        api_key=os.environ.get("BUD_API_KEY"), base_url=os.environ.get("BUD_BASE_URL")
    ) as client:
        # one request, several inputs: data[i] is the vector of TEXTS[i]
        result = client.embeddings.create(model=model, input=TEXTS)
        first, second = (item.embedding for item in result.data)
        print(f"{len(result.data)} vectors of {len(first)} dimensions")
        print(f"cosine similarity: {cosine(first, second):.4f}")

        packed = client.embeddings.create(model=model, input=TEXTS[0], encoding_format="base64")
        decoded = packed.data[0].embedding
        difference = max(abs(x - y) for x, y in zip(first, decoded, strict=True))
        print(
            f"base64: {len(decoded)} floats, largest difference from the float ones: {difference:g}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
