"""The pure steps of `client.models.list()`."""

from __future__ import annotations

from typing import Any

import httpx
from bud_api import operations as ops

from bud._core import RequestOptions
from bud._operations import Call, parse, prepare
from bud.exceptions import InvalidResponseError


def list_call(options: RequestOptions) -> Call:
    return prepare("models.list", ops.LIST_MODELS, options=options)


def page_fields(call: Call, http: httpx.Response) -> dict[str, Any]:
    """The one page of the model list (the gateway does not paginate it)."""
    listed = parse(call, http)
    if not isinstance(listed.data, list):
        raise InvalidResponseError(
            "models.list(): the reply has no 'data' list", response=http, text=http.text
        )
    return {"data": list(listed.data), "has_more": False, "first_id": None, "last_id": None}


def no_next(cursor: str) -> Any:
    raise RuntimeError("the model list is one page")
