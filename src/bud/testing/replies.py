"""Scripted replies and faults for :class:`bud.testing.LocalServer`.

Content replies say what the "model" answers to ``POST /v1/responses``.
Faults change how an answer reaches the client; each wraps another reply
(``reply=None`` means the endpoint's usual answer), so they nest::

    Delay(Truncate(TextReply("hello there"), after=4), per_event=0.01)
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

from ._gate import Gate
from ._plan import (
    Completed,
    Content,
    ErrorEvent,
    Failed,
    FixedResponse,
    FunctionCallSpec,
    Incomplete,
    ItemSpec,
    MessageSpec,
    Plan,
    ReasoningSpec,
    split_text,
)

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
    "IncompleteReply",
    "Malformed",
    "RawReply",
    "ReasoningReply",
    "RefusalReply",
    "Reply",
    "Stall",
    "TextReply",
    "Truncate",
    "WithHeaders",
    "WithUsage",
]

#: Lines that no SSE consumer can turn into a valid event, injected by :class:`Malformed`.
DEFAULT_MALFORMED: tuple[bytes, ...] = (
    b"data: {this is not json\n\n",
    b'event: response.output_text.delta\ndata: {"type": "response.output_text.delta", \n\n',
    b"a line without any field separator\n\n",
)


class Reply:
    """Base of every scripted reply: it fills in the server's delivery plan."""

    def _apply(self, plan: Plan) -> None:
        raise NotImplementedError


def _check_size(name: str, value: int | None) -> None:
    if value is not None and value < 1:
        raise ValueError(f"{name} must be at least 1, got {value}")


# --- content -----------------------------------------------------------------


class _ContentReply(Reply):
    def _content(self) -> Content:
        raise NotImplementedError

    def _apply(self, plan: Plan) -> None:
        plan.content = self._content()


@dataclass(frozen=True)
class TextReply(_ContentReply):
    """One assistant message.

    Deltas are one per word by default, ``chunk_size`` characters each, or
    exactly ``n_deltas`` even pieces. A text stream has ``n_deltas + 8`` events.
    """

    text: str
    chunk_size: int | None = None
    n_deltas: int | None = None

    def __post_init__(self) -> None:
        _check_size("chunk_size", self.chunk_size)
        _check_size("n_deltas", self.n_deltas)
        if self.n_deltas is not None and self.n_deltas > max(len(self.text), 1):
            raise ValueError("n_deltas cannot exceed the length of the text")

    @classmethod
    def with_deltas(cls, n: int, token: str = "tok ") -> TextReply:
        """Exactly ``n`` text delta events, each ``token`` (load tests)."""
        return cls(token * n, n_deltas=n)

    def _deltas(self) -> tuple[str, ...]:
        return split_text(self.text, self.chunk_size, self.n_deltas)

    def _content(self) -> Content:
        return Content((MessageSpec(self._deltas()),))


@dataclass(frozen=True)
class RefusalReply(_ContentReply):
    """An assistant message that refuses: one ``refusal`` content part, streamed as
    ``response.refusal.delta`` events (a chat answer's ``refusal``), one per word or
    ``chunk_size`` characters each."""

    refusal: str = "I'm sorry, I can't help with that."
    chunk_size: int | None = None

    def __post_init__(self) -> None:
        _check_size("chunk_size", self.chunk_size)

    def _content(self) -> Content:
        return Content((MessageSpec(split_text(self.refusal, self.chunk_size), refusal=True),))


@dataclass(frozen=True)
class FunctionCallReply(_ContentReply):
    """A ``function_call`` item whose arguments stream in ``chunk_size`` pieces.

    ``arguments`` (a JSON string, or a mapping to encode) are sent as given. Left out,
    they are made up from the request's tool of that ``name``: every property of its
    ``parameters`` schema gets a plausible value (``{}`` if the request has no such tool).
    """

    name: str
    arguments: str | Mapping[str, Any] | None = None
    call_id: str | None = None
    chunk_size: int = 8

    def __post_init__(self) -> None:
        _check_size("chunk_size", self.chunk_size)

    def _content(self) -> Content:
        args = self.arguments
        if args is None:
            spec = FunctionCallSpec(
                self.name, (), self.call_id, from_schema=True, chunk_size=self.chunk_size
            )
            return Content((spec,))
        text = args if isinstance(args, str) else json.dumps(args, separators=(",", ":"))
        deltas = split_text(text, self.chunk_size)
        return Content((FunctionCallSpec(self.name, deltas, self.call_id),))


@dataclass(frozen=True)
class ReasoningReply(_ContentReply):
    """A reasoning item with a streamed summary, then an assistant message."""

    summary: str
    text: str
    chunk_size: int | None = None

    def __post_init__(self) -> None:
        _check_size("chunk_size", self.chunk_size)

    def _content(self) -> Content:
        return Content(
            (
                ReasoningSpec(split_text(self.summary, self.chunk_size)),
                MessageSpec(split_text(self.text, self.chunk_size)),
            )
        )


@dataclass(frozen=True)
class IncompleteReply(_ContentReply):
    """A message cut short: status ``incomplete``, ending in ``response.incomplete``."""

    text: str = "This answer stops"
    reason: str = "max_output_tokens"
    chunk_size: int | None = None

    def _content(self) -> Content:
        spec = MessageSpec(split_text(self.text, self.chunk_size))
        return Content((spec,), Incomplete(self.reason))


@dataclass(frozen=True)
class FailedReply(_ContentReply):
    """Ends in ``response.failed`` carrying ``error {code, message}``.

    With ``partial_text`` a message starts streaming first and never finishes.
    """

    message: str = "The model failed to generate a response."
    code: str = "server_error"
    partial_text: str | None = None

    def _content(self) -> Content:
        items = () if self.partial_text is None else (MessageSpec(split_text(self.partial_text)),)
        return Content(items, Failed(self.code, self.message))


@dataclass(frozen=True)
class ErrorEventReply(_ContentReply):
    """A stream ending in an ``error`` event; without streaming, an HTTP error."""

    message: str = "The server had an error while processing your request."
    code: str | None = "server_error"
    param: str | None = None
    http_status: int = 500
    partial_text: str | None = None

    def _content(self) -> Content:
        items = () if self.partial_text is None else (MessageSpec(split_text(self.partial_text)),)
        return Content(items, ErrorEvent(self.message, self.code, self.param, self.http_status))


class Combined(_ContentReply):
    """Several completed replies' output items in one response, in order."""

    def __init__(self, *parts: TextReply | FunctionCallReply | ReasoningReply) -> None:
        if not parts:
            raise ValueError("Combined needs at least one reply")
        self.parts = parts

    def _content(self) -> Content:
        items: list[ItemSpec] = []
        for part in self.parts:
            items.extend(part._content().items)
        return Content(tuple(items), Completed())

    def __repr__(self) -> str:
        return f"Combined{self.parts!r}"


# --- answers sent instead of the endpoint's own --------------------------------

_ERROR_TYPES = {400: "invalid_request_error", 401: "invalid_request_error", 403: "permission_error"}
_ERROR_DEFAULTS = {
    429: ("rate_limit_error", "rate_limit_exceeded", "Rate limit reached. Try again later."),
    500: ("server_error", "server_error", "The server had an error processing your request."),
    502: ("server_error", "bad_gateway", "Bad gateway."),
    503: ("server_error", "service_unavailable", "The server is overloaded. Try again later."),
    504: ("server_error", "gateway_timeout", "The upstream model timed out."),
}


@dataclass(frozen=True)
class HTTPErrorReply(Reply):
    """An HTTP error with a JSON error body, e.g. ``HTTPErrorReply(429, retry_after=2)``.

    ``body`` (any JSON value, or bytes sent as they are) replaces the default
    ``{"error": {"message", "type", "param", "code"}}`` body.
    """

    status: int = 500
    message: str | None = None
    code: str | None = None
    error_type: str | None = None
    param: str | None = None
    body: Any = None
    headers: Mapping[str, str] = field(default_factory=dict)
    retry_after: float | None = None
    retry_after_ms: int | None = None

    def _body(self) -> bytes:
        if isinstance(self.body, bytes):
            return self.body
        if self.body is not None:
            return json.dumps(self.body).encode()
        fallback_type = "server_error" if self.status >= 500 else "invalid_request_error"
        default_type, default_code, default_message = _ERROR_DEFAULTS.get(
            self.status, (_ERROR_TYPES.get(self.status, fallback_type), None, f"HTTP {self.status}")
        )
        error = {
            "message": self.message if self.message is not None else default_message,
            "type": self.error_type or default_type,
            "param": self.param,
            "code": self.code if self.code is not None else default_code,
        }
        return json.dumps({"error": error}).encode()

    def _apply(self, plan: Plan) -> None:
        fields = [("content-type", "application/json")]
        if self.retry_after is not None:
            fields.append(("retry-after", f"{self.retry_after:g}"))
        if self.retry_after_ms is not None:
            fields.append(("retry-after-ms", str(self.retry_after_ms)))
        fields.extend(self.headers.items())
        plan.fixed = FixedResponse(self.status, self._body(), tuple(fields))


GatewayErrorKind = Literal[
    "auth", "rate_limit", "quota", "forbidden", "gateway", "provider", "timeout"
]

_GATEWAY_DEFAULTS: dict[str, tuple[int, str]] = {
    "auth": (401, "Invalid API key"),
    "rate_limit": (429, "Rate limit exceeded. Please retry later."),
    "quota": (402, "Usage quota exceeded: monthly token limit reached"),
    "forbidden": (403, "Request blocked by a gateway rule"),
    "gateway": (500, "Model 'default' not found"),
    "provider": (502, "Error from the model provider"),
    "timeout": (504, "The model provider did not answer in time"),
}


@dataclass(frozen=True)
class GatewayError(Reply):
    """An error in one of the Bud gateway's five body shapes (``GATEWAY.md``).

    ``kind`` picks the shape, ``status`` and ``message`` default per kind:

    - ``auth`` (401): ``{"error": {"message", "type": "invalid_request_error", "code": <int>}}``
    - ``rate_limit`` (429): ``{"error": {"message", "type": "rate_limit_error",
      "code": "rate_limit_exceeded"}}``, served as ``text/plain`` as the gateway does
    - ``quota`` (402): ``{"error": {"message", "type": "insufficient_quota", "code": 402}}``
    - ``forbidden`` (403): ``{"error": "forbidden", "message": ...}``
    - ``gateway`` (500): ``{"error": "<message>"}``
    - ``provider`` (502): ``{"error": {"message"}, "provider_error": <provider_error>}``
    - ``timeout`` (504): ``{"error": {"message", "type": "timeout_error", "timeout_seconds"}}``
    """

    kind: GatewayErrorKind = "gateway"
    status: int | None = None
    message: str | None = None
    provider_error: Any = None
    timeout_seconds: float = 30
    retry_after: float | None = None
    headers: Mapping[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if self.kind not in _GATEWAY_DEFAULTS:
            raise ValueError(f"unknown gateway error kind: {self.kind!r}")

    @property
    def effective_status(self) -> int:
        return self.status if self.status is not None else _GATEWAY_DEFAULTS[self.kind][0]

    def _body(self) -> Any:
        status = self.effective_status
        message = self.message if self.message is not None else _GATEWAY_DEFAULTS[self.kind][1]
        match self.kind:
            case "auth":
                return {
                    "error": {"message": message, "type": "invalid_request_error", "code": status}
                }
            case "rate_limit":
                error = {
                    "message": message,
                    "type": "rate_limit_error",
                    "code": "rate_limit_exceeded",
                }
                return {"error": error}
            case "quota":
                return {"error": {"message": message, "type": "insufficient_quota", "code": status}}
            case "forbidden":
                return {"error": "forbidden", "message": message}
            case "provider":
                raw = self.provider_error
                if raw is None:
                    raw = {"error": {"message": message, "type": "server_error", "code": None}}
                return {"error": {"message": message}, "provider_error": raw}
            case "timeout":
                seconds = self.timeout_seconds
                number = int(seconds) if float(seconds).is_integer() else seconds
                return {
                    "error": {
                        "message": message,
                        "type": "timeout_error",
                        "timeout_seconds": number,
                    }
                }
        return {"error": message}

    def _apply(self, plan: Plan) -> None:
        content_type = (
            "text/plain; charset=utf-8" if self.kind == "rate_limit" else "application/json"
        )
        fields = [("content-type", content_type)]
        if self.retry_after is not None:
            fields.append(("retry-after", f"{self.retry_after:g}"))
        fields.extend(self.headers.items())
        body = json.dumps(self._body()).encode()
        plan.fixed = FixedResponse(self.effective_status, body, tuple(fields))


@dataclass(frozen=True)
class RawReply(Reply):
    """Any status and body, sent verbatim: e.g. a 200 whose body is not JSON."""

    body: bytes | str = b"<html><body>Bad gateway</body></html>"
    status: int = 200
    content_type: str = "text/html; charset=utf-8"
    headers: Mapping[str, str] = field(default_factory=dict)

    def _apply(self, plan: Plan) -> None:
        body = self.body.encode() if isinstance(self.body, str) else self.body
        fields = (("content-type", self.content_type), *self.headers.items())
        plan.fixed = FixedResponse(self.status, body, fields)


@dataclass(frozen=True)
class DropConnection(Reply):
    """Read the request, then close the connection without sending a byte."""

    def _apply(self, plan: Plan) -> None:
        plan.drop = True


# --- faults wrapping another reply ---------------------------------------------


class _Wrapper(Reply):
    def _apply(self, plan: Plan) -> None:
        # The inner reply goes first so that an outer wrapper has the last word.
        reply: Reply | None = getattr(self, "reply", None)
        if reply is not None:
            reply._apply(plan)
        self._modify(plan)

    def _modify(self, plan: Plan) -> None:
        raise NotImplementedError


@dataclass(frozen=True)
class Truncate(_Wrapper):
    """After ``after`` events, end the stream cleanly, with no terminal event.

    The chunked body ends properly, so the connection stays reusable. A JSON
    answer is cut in half instead, with a matching Content-Length.
    """

    reply: Reply | None = None
    after: int = 3

    def _modify(self, plan: Plan) -> None:
        plan.cut_after, plan.cut_mode = self.after, "truncate"


@dataclass(frozen=True)
class Disconnect(_Wrapper):
    """After ``after`` events, close the socket mid-body (``reset=True``: send a TCP RST).

    A JSON answer announces its full length and is closed half-way.
    """

    reply: Reply | None = None
    after: int = 3
    reset: bool = False

    def _modify(self, plan: Plan) -> None:
        plan.cut_after = self.after
        plan.cut_mode = "reset" if self.reset else "disconnect"


@dataclass(frozen=True)
class Malformed(_Wrapper):
    """Write ``frames`` (raw bytes, each its own chunk) after ``after`` valid events."""

    reply: Reply | None = None
    after: int = 1
    frames: Sequence[bytes | str] = DEFAULT_MALFORMED

    def _modify(self, plan: Plan) -> None:
        for frame in self.frames:
            data = frame.encode() if isinstance(frame, str) else frame
            plan.injections.append((self.after, data))


@dataclass(frozen=True)
class Delay(_Wrapper):
    """Wait ``before_headers`` seconds before answering and ``per_event`` before each event.

    Either left as None keeps what the server or an inner reply set.
    """

    reply: Reply | None = None
    before_headers: float | None = None
    per_event: float | None = None

    def _modify(self, plan: Plan) -> None:
        if self.before_headers is not None:
            plan.header_delay = self.before_headers
        if self.per_event is not None:
            plan.event_delay = self.per_event


@dataclass(frozen=True)
class WithUsage(_Wrapper):
    """Force token counts in the reported ``usage`` (others stay computed)."""

    reply: Reply | None = None
    input_tokens: int | None = None
    cached_tokens: int | None = None
    output_tokens: int | None = None
    reasoning_tokens: int | None = None

    def _modify(self, plan: Plan) -> None:
        for name in ("input_tokens", "cached_tokens", "output_tokens", "reasoning_tokens"):
            value = getattr(self, name)
            if value is not None:
                plan.usage[name] = value


@dataclass(frozen=True)
class WithHeaders(_Wrapper):
    """Add response header fields to the answer."""

    reply: Reply | None = None
    headers: Mapping[str, str] = field(default_factory=dict)

    def _modify(self, plan: Plan) -> None:
        plan.headers.extend(self.headers.items())


class Stall(_Wrapper):
    """Send the headers and ``after`` events, then nothing until :meth:`release`.

    After release the answer goes on as scripted. A stalled connection also
    ends when the client closes it or the server stops.
    """

    def __init__(self, reply: Reply | None = None, *, after: int = 0) -> None:
        self.reply = reply
        self.after = after
        self._gate = Gate()

    def release(self) -> None:
        self._gate.open()

    @property
    def stalled(self) -> bool:
        """True once a connection has reached the stall point."""
        return self._gate.reached.is_set()

    def wait_stalled(self, timeout: float | None = None) -> bool:
        """Block until a connection reaches the stall point; False on timeout."""
        return self._gate.reached.wait(timeout)

    def _modify(self, plan: Plan) -> None:
        plan.stall, plan.stall_after = self._gate, self.after

    def __repr__(self) -> str:
        return f"Stall({self.reply!r}, after={self.after})"
