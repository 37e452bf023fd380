"""Classification: labels and scores for each text (`POST /v1/classify`).

`client.classifications.create(...)` returns `data[i]` for `input[i]`: the list
of `ClassifyLabel(label, score)`, highest score first.

    BUD_BASE_URL=... BUD_API_KEY=... BUD_MODEL=... python examples/classify.py

(`BUD_MODEL` must be a classification model here, e.g. a sentiment classifier.)
"""

from __future__ import annotations

import os
import sys

from bud import BudClient

TEXTS = ["I love this product!", "This is the worst day ever."]


def main() -> int:
    model = os.environ.get("BUD_MODEL")
    if not model:
        print("set BUD_MODEL (and BUD_BASE_URL, BUD_API_KEY)", file=sys.stderr)
        return 2
    with BudClient(
        api_key=os.environ.get("BUD_API_KEY"), base_url=os.environ.get("BUD_BASE_URL")
    ) as client:
        result = client.classifications.create(model=model, input=TEXTS)
    for text, labels in zip(TEXTS, result.data, strict=True):
        best = labels[0]
        print(f"{text!r}: {best.label} ({best.score:.2f})")
        print("    " + ", ".join(f"{entry.label}={entry.score:.2f}" for entry in labels))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
