"""The pure steps of `client.embeddings.create`: the call checked and built before any
I/O; the reply parsed, base64 vectors decoded to floats for the caller."""

from __future__ import annotations

import base64
import binascii
import sys
from array import array
from typing import Any

import httpx
from bud_api import operations as ops
from bud_api.models.create_embedding_response import CreateEmbeddingResponse

from bud import _params
from bud._core import parse_model
from bud._operations import Call, default_model_into, prepare
from bud.exceptions import InvalidResponseError

_WHAT = "embeddings.create"


def create_call(params: dict[str, Any], default_model: str | None) -> Call:
    body, options = _params.split(_WHAT, ops.CREATE_EMBEDDING, params)
    _check_input(body["input"])
    encoding = body.get("encoding_format")
    if encoding not in (None, "float", "base64"):
        raise ValueError(
            f"{_WHAT}(): 'encoding_format' must be 'float' or 'base64', got {encoding!r}"
        )
    dimensions = body.get("dimensions")
    if dimensions is not None and dimensions < 1:
        raise ValueError(f"{_WHAT}(): 'dimensions' must be a positive int, got {dimensions!r}")
    default_model_into(body, default_model, _WHAT)
    return prepare(_WHAT, ops.CREATE_EMBEDDING, body=body, options=options)


def _check_input(value: Any) -> None:
    """A string, a list of strings, a list of token ids, or a list of such lists."""
    if isinstance(value, str):
        if not value:
            raise ValueError(f"{_WHAT}(): 'input' must not be empty")
        return
    if not value:
        raise ValueError(f"{_WHAT}(): 'input' must not be empty")
    first = value[0]
    if isinstance(first, str):
        kind: Any = str
    elif isinstance(first, int) and not isinstance(first, bool):
        kind = int
    elif isinstance(first, list | tuple):
        kind = (list, tuple)
    else:
        kind = None
    ok = kind is not None and all(
        isinstance(item, kind) and not isinstance(item, bool) for item in value
    )
    if ok and kind is str:
        ok = all(value)
        if not ok:
            raise ValueError(f"{_WHAT}(): 'input' must not hold empty strings")
    if ok and kind == (list, tuple):
        ok = all(
            item and all(isinstance(t, int) and not isinstance(t, bool) for t in item)
            for item in value
        )
    if not ok:
        raise TypeError(
            f"{_WHAT}(): 'input' must be a string, a list of strings, a list of token ids"
            " or a list of lists of token ids"
        )


def embeddings_of(http: httpx.Response) -> CreateEmbeddingResponse:
    result: CreateEmbeddingResponse = parse_model(http, CreateEmbeddingResponse)
    data = result.data
    if isinstance(data, list):
        for item in data:
            vector = getattr(item, "embedding", None)
            if isinstance(vector, str):
                item.embedding = _floats(vector, http)
            elif isinstance(vector, list):
                # floats, also where a server wrote 1 for 1.0 (C speed: ~20 ns a value)
                try:
                    item.embedding = array("d", vector).tolist()
                except TypeError:
                    raise InvalidResponseError(
                        "embeddings.create(): an embedding holds a value that is not a number",
                        response=http,
                        text=http.text,
                    ) from None
    return result


def _floats(encoded: str, http: httpx.Response) -> list[float]:
    """A base64 vector (little-endian float32, as the API sends it) as floats."""
    try:
        raw = base64.b64decode(encoded, validate=True)
    except (binascii.Error, ValueError):
        raw = b"\0"  # not base64: reported below
    if len(raw) % 4:
        raise InvalidResponseError(
            "embeddings.create(): an embedding is not base64 of float32 values",
            response=http,
            text=http.text,
        )
    values = array("f", raw)
    if sys.byteorder == "big":
        values.byteswap()
    return values.tolist()
