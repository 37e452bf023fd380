"""The pure steps of `client.chat.completions.create`: the call checked and built
before any I/O, the reply parsed."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import httpx
from bud_api import operations as ops
from bud_api.models.chat_completion import ChatCompletion

from bud import _params
from bud._core import parse_model
from bud._operations import Call, check_stream, default_model_into, prepare


def create_call(params: dict[str, Any], stream: object, default_model: str | None) -> Call:
    what = "chat.completions.create"
    stream = check_stream(what, stream)
    body, options = _params.split(what, ops.CREATE_CHAT_COMPLETION, params)
    messages = body["messages"]
    if not messages:
        raise ValueError(f"{what}(): 'messages' must not be empty")
    for index, message in enumerate(messages):
        if callable(getattr(message, "to_dict", None)):  # a generated model: its dict
            message = message.to_dict()
        role = message.get("role") if isinstance(message, Mapping) else None
        if not isinstance(role, str) or not role:
            raise TypeError(
                f"{what}(): messages[{index}] must be a mapping with a 'role', "
                f"got {type(message).__name__}"
            )
    if "stream_options" in body and not stream:
        raise ValueError(f"{what}(): 'stream_options' needs stream=True")
    default_model_into(body, default_model, what)
    if stream:
        body["stream"] = True
    return prepare(what, ops.CREATE_CHAT_COMPLETION, body=body, options=options, stream=stream)


def completion_of(http: httpx.Response) -> ChatCompletion:
    result: ChatCompletion = parse_model(http, ChatCompletion)
    return result
