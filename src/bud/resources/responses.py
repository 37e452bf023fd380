"""`client.responses`: `AsyncResponses` (src/bud/_async/responses.py) and its
generated blocking twin `Responses`, with their sub-resources."""

from bud_sync.responses import InputItems, InputTokens, Responses

from bud._async.responses import AsyncInputItems, AsyncInputTokens, AsyncResponses

__all__ = [
    "AsyncInputItems",
    "AsyncInputTokens",
    "AsyncResponses",
    "InputItems",
    "InputTokens",
    "Responses",
]
