"""What `responses.stream(...)` keeps a tally of, sync or async: the text so far and
function-call arguments assembled from their deltas."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

from bud.exceptions import BudError

if TYPE_CHECKING:
    from bud._response_streaming import AsyncResponseStream, ResponseStream


@attrs.define(slots=True)
class FunctionCall:
    """A function call as assembled from the stream."""

    item_id: str
    name: str | None = None
    call_id: str | None = None
    arguments: str = ""
    done: bool = False


class Tally:
    """Text and function-call arguments accumulated from events (sync and async)."""

    __slots__ = ("_text", "function_calls")

    def __init__(self) -> None:
        self._text: list[str] = []
        self.function_calls: dict[str, FunctionCall] = {}

    @property
    def output_text(self) -> str:
        return "".join(self._text)

    def feed(self, event: Any) -> None:
        kind = event.type
        if kind == "response.output_text.delta":
            self._text.append(event.delta or "")
        elif kind == "response.function_call_arguments.delta":
            self._call(event.item_id).arguments += event.delta or ""
        elif kind == "response.function_call_arguments.done":
            call = self._call(event.item_id)
            if isinstance(event.arguments, str):
                call.arguments = event.arguments
            call.done = True
        elif kind in ("response.output_item.added", "response.output_item.done"):
            item = event.item
            if getattr(item, "type", None) == "function_call":
                call = self._call(getattr(item, "id", None) or "")
                call.name = getattr(item, "name", None) or call.name
                call.call_id = getattr(item, "call_id", None) or call.call_id
                arguments = getattr(item, "arguments", None)
                if kind == "response.output_item.done" and isinstance(arguments, str):
                    call.arguments, call.done = arguments, True

    def _call(self, item_id: Any) -> FunctionCall:
        key = item_id if isinstance(item_id, str) else ""
        call = self.function_calls.get(key)
        if call is None:
            call = self.function_calls[key] = FunctionCall(item_id=key)
        return call


def final_response(stream: ResponseStream | AsyncResponseStream) -> Any:
    """The terminal event's `Response`; `BudError` if the stream ended without one."""
    response = stream.final_response
    if response is None:
        error = stream.terminal_event
        detail = f": {getattr(error, 'message', error)}" if error is not None else ""
        raise BudError(f"The stream ended without a final response{detail}")
    return response
