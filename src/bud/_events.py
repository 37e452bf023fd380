"""Server-sent event -> typed event: the streaming path's pure core.

One `type`->class lookup in the generated `EVENT_TYPES` map, then the class's
`from_dict`. Nothing is dropped: an event of a type the contract does not know,
or one its class cannot read, becomes an `UnknownEvent` holding the raw data.
Only data that is not JSON at all is skipped (with a warning, and kept on the
stream's `skipped` list).
"""

from __future__ import annotations

import json
import logging
from typing import Any

import attrs
from bud_api.event_types import EVENT_TYPES
from bud_api.models.response_object import ResponseObject

logger = logging.getLogger("bud")

DONE = "[DONE]"

TERMINAL_TYPES = frozenset(
    {"response.completed", "response.done", "response.incomplete", "response.failed", "error"}
)
"""After one of these the server sends nothing more that matters. `response.done` is
how some of the Bud gateway's providers say `response.completed`."""

_RESPONSE_TERMINALS = frozenset(
    {"response.completed", "response.done", "response.incomplete", "response.failed"}
)


@attrs.define(slots=True)
class UnknownEvent:
    """An event the SDK could not type: kept, never dropped.

    `data` is the parsed JSON object; `error` says why it was not typed
    (`None` when the type is simply new to this SDK version).
    """

    type: str
    data: Any
    error: str | None = None

    def __getattr__(self, name: str) -> Any:
        # reads like a typed event for the fields it has: event.delta, event.item_id
        data = object.__getattribute__(self, "data")
        if isinstance(data, dict) and name in data:
            return data[name]
        raise AttributeError(name)


_lookup = EVENT_TYPES.get
_loads = json.loads


def decode(data: str, sse_event: str) -> Any:
    """Turn one SSE message into an event. Raises ValueError for data that is not JSON."""
    payload = _loads(data)
    if type(payload) is not dict:
        return UnknownEvent(type=sse_event, data=payload, error="data is not a JSON object")
    event_type = payload.get("type") or sse_event
    if type(event_type) is not str:
        return UnknownEvent(type=sse_event, data=payload, error="'type' is not a string")
    cls = _lookup(event_type)
    if cls is None:
        return UnknownEvent(type=event_type, data=payload)
    try:
        return cls.from_dict(payload)
    except (TypeError, ValueError, KeyError, AttributeError) as exc:
        logger.debug("could not read a %s event: %s", event_type, exc)
        return UnknownEvent(type=event_type, data=payload, error=f"{type(exc).__name__}: {exc}")


def terminal_response(event: Any) -> Any:
    """The `Response` a terminal event carries (completed, incomplete, failed), if any.

    Whatever else the event holds (an `UnknownEvent`'s raw data, a value the
    model could not read) is not a `Response`: None.
    """
    if getattr(event, "type", None) not in _RESPONSE_TERMINALS:
        return None
    response = getattr(event, "response", None)
    return response if isinstance(response, ResponseObject) else None
