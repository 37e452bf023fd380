"""bud-sdk: the Python SDK for the Bud AI Foundry gateway: Responses, chat completions,
embeddings, classify and models.

    from bud import AsyncBudClient

    async with AsyncBudClient() as client:  # BUD_API_KEY, BUD_BASE_URL
        response = await client.responses.create(model="gpt-4.1", input="Hi")
        print(response.output_text)

Names load lazily (PEP 562): `import bud` stays cheap.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from bud._version import __version__

if TYPE_CHECKING:
    from bud._chat_streaming import AsyncChatCompletionStream, ChatCompletionStream
    from bud._gateway import GatewayInfo, RateLimit, RawResponse
    from bud._response_streaming import AsyncResponseStream, ResponseStream
    from bud.client import AsyncBudClient, BudClient
    from bud.exceptions import (
        APIStatusError,
        AuthenticationError,
        BadGatewayError,
        BadRequestError,
        BudError,
        ClientClosedError,
        ConfigurationError,
        ConflictError,
        ConnectionError,
        GatewayTimeoutError,
        IncompleteOutputError,
        IncompleteStreamError,
        InternalServerError,
        InvalidRequestError,
        InvalidResponseError,
        MissingDependencyError,
        NotFoundError,
        OutputValidationError,
        PermissionDeniedError,
        QuotaExceededError,
        RateLimitError,
        RefusalError,
        StreamError,
        StructuredOutputError,
        TimeoutError,
        ValidationError,
    )
    from bud.types import Response, UnknownEvent

_LAZY = {
    "AsyncBudClient": "bud.client",
    "BudClient": "bud.client",
    "ResponseStream": "bud._response_streaming",
    "AsyncResponseStream": "bud._response_streaming",
    "ChatCompletionStream": "bud._chat_streaming",
    "AsyncChatCompletionStream": "bud._chat_streaming",
    "Response": "bud.types",
    "GatewayInfo": "bud._gateway",
    "RateLimit": "bud._gateway",
    "RawResponse": "bud._gateway",
    "UnknownEvent": "bud.types",
    **{
        name: "bud.exceptions"
        for name in (
            "APIStatusError",
            "AuthenticationError",
            "BadGatewayError",
            "BadRequestError",
            "BudError",
            "ClientClosedError",
            "ConfigurationError",
            "ConflictError",
            "ConnectionError",
            "GatewayTimeoutError",
            "IncompleteOutputError",
            "IncompleteStreamError",
            "InternalServerError",
            "InvalidRequestError",
            "InvalidResponseError",
            "MissingDependencyError",
            "NotFoundError",
            "OutputValidationError",
            "PermissionDeniedError",
            "QuotaExceededError",
            "RateLimitError",
            "RefusalError",
            "StreamError",
            "StructuredOutputError",
            "TimeoutError",
            "ValidationError",
        )
    },
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'bud' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted([*_LAZY, "__version__"])


__all__ = ["__version__", *sorted(_LAZY)]
