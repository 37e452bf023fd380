"""An embedded OpenAI-compatible server (Responses, Chat Completions, embeddings,
classify) for tests, demos and load runs.

::

    from bud.testing import LocalServer, TextReply

    with LocalServer() as server:
        server.enqueue(TextReply("Hello!"))
        ...  # point a client at server.base_url
"""

from ._headers import Headers
from ._http import RecordedRequest
from ._routes import TelemetryExport
from .cli import cli_main
from .replies import (
    DEFAULT_MALFORMED,
    Combined,
    Delay,
    Disconnect,
    DropConnection,
    ErrorEventReply,
    FailedReply,
    FunctionCallReply,
    GatewayError,
    HTTPErrorReply,
    IncompleteReply,
    Malformed,
    RawReply,
    ReasoningReply,
    RefusalReply,
    Reply,
    Stall,
    TextReply,
    Truncate,
    WithHeaders,
    WithUsage,
)
from .server import LocalServer

__all__ = [
    "DEFAULT_MALFORMED",
    "Combined",
    "Delay",
    "Disconnect",
    "DropConnection",
    "ErrorEventReply",
    "FailedReply",
    "FunctionCallReply",
    "GatewayError",
    "HTTPErrorReply",
    "Headers",
    "IncompleteReply",
    "LocalServer",
    "Malformed",
    "RawReply",
    "ReasoningReply",
    "RecordedRequest",
    "RefusalReply",
    "Reply",
    "Stall",
    "TelemetryExport",
    "TextReply",
    "Truncate",
    "WithHeaders",
    "WithUsage",
    "cli_main",
]
