"""One call of a contract operation, as pure steps around the transport.

`prepare` checks the arguments against the generated operations table and fills
in the path; the transport sends the `Call` (`SyncTransport.call` /
`AsyncTransport.call`); `parse` turns the reply into the operation's result
model. The sync and async resources differ only in awaiting the send.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, NamedTuple
from urllib.parse import quote

import httpx
from bud_api.operations import Operation

from bud import _params
from bud._core import RequestOptions, parse_model


class Call(NamedTuple):
    operation: Operation
    path: str
    query: dict[str, Any] | None
    body: dict[str, Any] | None
    options: RequestOptions
    stream: bool
    what: str
    model: str | None = None  # sent as `x-model-name` (the gateway's sub-routes need it)


def path_segment(name: str, value: object) -> str:
    """*value* as one path segment, whatever it contains."""
    if not isinstance(value, str):
        raise TypeError(f"{name} must be a string, got {type(value).__name__}")
    if not value.strip("."):
        # "", "." and ".." would be dropped or climb out of the route in the URL
        raise ValueError(f"{name} must be an id, got {value!r}")
    return quote(value, safe="")


def prepare(
    what: str,
    operation: Operation,
    *,
    path: Mapping[str, object] | None = None,
    query: Mapping[str, Any] | None = None,
    body: dict[str, Any] | None = None,
    options: RequestOptions | None = None,
    stream: bool = False,
    model: str | None = None,
) -> Call:
    """A checked call of *operation*; *body* and *query* are checked here if not yet."""
    segments = {name: path_segment(name, value) for name, value in (path or {}).items()}
    return Call(
        operation=operation,
        path=operation.path.format(**segments),
        query=_params.query(what, operation, query) if query else None,
        body=body,
        options=options or {},
        stream=stream,
        what=what,
        model=_model_name(model),
    )


def _model_name(model: object) -> str | None:
    if model is not None and not isinstance(model, str):
        raise TypeError(f"model must be a string, got {type(model).__name__}")
    return model or None


def check_stream(what: str, stream: object) -> bool:
    if not isinstance(stream, bool):
        raise TypeError(f"{what}(): 'stream' must be a bool, got {type(stream).__name__}")
    return stream


def default_model_into(body: dict[str, Any], default_model: str | None, what: str) -> None:
    """*body*'s `model`, or the client's default one; a call with neither fails here."""
    if "model" not in body:
        if default_model is None:
            raise ValueError(
                f"{what}(): 'model' is required (or a default: BudClient(model=...) or BUD_MODEL)"
            )
        body["model"] = default_model


def prepare_body(
    what: str, operation: Operation, params: Mapping[str, Any], **path: object
) -> Call:
    """A call whose keyword arguments are the body (and the per-call options)."""
    body, options = _params.split(what, operation, params)
    return prepare(what, operation, path=path, body=body, options=options)


def result_model(operation: Operation) -> Any:
    """The generated class of *operation*'s result, loaded on first use."""
    import bud_api.models

    return getattr(bud_api.models, operation.result)


def parse(call: Call, http: httpx.Response) -> Any:
    """The operation's result model from a successful JSON reply."""
    return parse_model(http, result_model(call.operation))
