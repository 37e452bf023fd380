"""The models the gateway serves (`GET /v1/models`).

`client.models.list()` iterates `Model`s (`id`, `owned_by`, `created`); the list
is one page, also readable as `.data`. No model needs to be set for this one.

    BUD_BASE_URL=... BUD_API_KEY=... python examples/list_models.py
"""

from __future__ import annotations

import os

from bud import BudClient


def main() -> int:
    with BudClient(
        api_key=os.environ.get("BUD_API_KEY"), base_url=os.environ.get("BUD_BASE_URL")
    ) as client:
        models = list(client.models.list())
    for model in models:
        print(f"{model.id} (owned by {model.owned_by})")
    print(f"{len(models)} models")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
