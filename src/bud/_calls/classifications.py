"""The pure steps of `client.classifications.create` (`POST /v1/classify`)."""

from __future__ import annotations

from typing import Any

import httpx
from bud_api import operations as ops
from bud_api.models.classify_response import ClassifyResponse

from bud import _params
from bud._core import parse_model
from bud._operations import Call, default_model_into, prepare

_WHAT = "classifications.create"


def create_call(params: dict[str, Any], default_model: str | None) -> Call:
    body, options = _params.split(_WHAT, ops.CLASSIFY, params)
    if not body["input"]:
        raise ValueError(f"{_WHAT}(): 'input' must not be empty")
    if not all(body["input"]):
        raise ValueError(f"{_WHAT}(): 'input' must not hold empty strings")
    default_model_into(body, default_model, _WHAT)
    return prepare(_WHAT, ops.CLASSIFY, body=body, options=options)


def classification_of(http: httpx.Response) -> ClassifyResponse:
    result: ClassifyResponse = parse_model(http, ClassifyResponse)
    return result
