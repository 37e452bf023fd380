"""What `AsyncBudClient` and `BudClient` share: their settings, read-only."""

from __future__ import annotations

import httpx

from bud._core import ClientCore
from bud._redact import redact_url


class ClientBase:
    _core: ClientCore

    @property
    def base_url(self) -> httpx.URL:
        """The gateway root (requests go to `{base_url}/v1/...`)."""
        return self._core.base_url

    @property
    def api_key(self) -> str:
        return self._core.api_key

    @property
    def model(self) -> str | None:
        """The default model (`model=` or `BUD_MODEL`): used by `create` when the call
        names none, and sent as `x-model-name` on retrieve, delete, cancel and
        input_items, which the Bud gateway routes by it."""
        return self._core.model

    @property
    def max_retries(self) -> int:
        return self._core.max_retries

    @property
    def timeout(self) -> httpx.Timeout:
        return self._core.timeout

    def __repr__(self) -> str:
        # the key is a secret: never shown, not even in part; nor URL credentials
        url = redact_url(self.base_url)
        return f"{type(self).__name__}(base_url={url!r}, api_key='[REDACTED]')"
