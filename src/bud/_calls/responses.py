"""The pure steps of `client.responses`: each call checked and built before any I/O,
each reply parsed. Shared by `AsyncResponses` and its generated twin `Responses`."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import httpx
from bud_api import operations as ops
from bud_api.models.response_object import ResponseObject
from bud_api.operations import Operation

from bud import _params
from bud._core import RequestOptions, parse_model
from bud._operations import Call, check_stream, prepare
from bud._response_streaming import final_response_of, is_event_stream
from bud.exceptions import InvalidResponseError

if TYPE_CHECKING:
    from bud_api.models.deleted_response import DeletedResponse

# The models of the rarer calls load on their first use (a few hundred
# microseconds once), keeping them off the import path of every program.


def create_call(params: dict[str, Any], stream: object, default_model: str | None) -> Call:
    stream = check_stream("create", stream)
    body, options = _params.split("create", ops.CREATE_RESPONSE, params)
    if "model" not in body and "prompt" not in body:
        if default_model is None:
            raise ValueError(
                "At least one of 'model' or 'prompt' must be provided"
                " (or a default: BudClient(model=...) or BUD_MODEL)"
            )
        body["model"] = default_model
    # `"stream": false` is not sent (the spec's tests pin the body); a server that
    # streams anyway (transformers serve does when the field is absent) is read to its
    # final response: the reply's Content-Type decides, see `response_of`
    if stream:
        body["stream"] = True
    return prepare("create", ops.CREATE_RESPONSE, body=body, options=options, stream=stream)


def retrieve_call(
    response_id: str,
    stream: object,
    starting_after: int | None,
    include: list[str] | None,
    include_obfuscation: bool | None,
    model: str | None,
    options: RequestOptions,
) -> Call:
    stream = check_stream("retrieve", stream)
    if starting_after is not None and not stream:
        raise ValueError("retrieve(): 'starting_after' needs stream=True")
    query = {
        "stream": True if stream else None,
        "starting_after": starting_after,
        "include": include,
        "include_obfuscation": include_obfuscation,
    }
    return prepare(
        "retrieve", ops.RETRIEVE_RESPONSE, path={"response_id": response_id}, query=query,
        options=options, stream=stream, model=model,
    )  # fmt: skip


def response_of(http: httpx.Response) -> ResponseObject:
    """The `Response` of a reply read whole, whichever way the server chose to send it
    (a stored prompt decides on the gateway): JSON, or an event stream."""
    # a JSON body mislabelled as an event stream is still JSON
    if is_event_stream(http) and not http.content.lstrip().startswith(b"{"):
        final: ResponseObject = final_response_of(http)
        return final
    result: ResponseObject = parse_model(http, ResponseObject)
    return result


def by_id(
    what: str, operation: Operation, response_id: str, model: str | None, options: RequestOptions
) -> Call:
    path = {"response_id": response_id}
    return prepare(what, operation, path=path, options=options, model=model)


def deleted(response: httpx.Response, response_id: str) -> DeletedResponse:
    from bud_api.models.deleted_response import DeletedResponse

    if not response.content.strip():
        # some gateways answer 200 with no body: the deletion still happened
        return DeletedResponse(id=response_id, object="response", deleted=True)
    parsed: DeletedResponse = parse_model(response, DeletedResponse)
    return parsed


def list_call(
    response_id: str,
    after: str | None,
    limit: int | None,
    order: str | None,
    include: list[str] | None,
    model: str | None,
    options: RequestOptions,
) -> Callable[[str | None], Call]:
    """The call for each page, by its cursor; arguments checked once, up front."""
    if limit is not None and (isinstance(limit, bool) or not isinstance(limit, int) or limit < 1):
        raise ValueError(f"input_items.list(): 'limit' must be a positive int, got {limit!r}")
    if order not in (None, "asc", "desc"):
        raise ValueError(f"input_items.list(): 'order' must be 'asc' or 'desc', got {order!r}")
    op = ops.LIST_INPUT_ITEMS
    query = {"after": after, "limit": limit, "order": order, "include": include}
    first = prepare("input_items.list", op, path={"response_id": response_id}, query=query,
                    options=options, model=model)  # fmt: skip

    def page(cursor: str | None) -> Call:
        return first._replace(query={**(first.query or {}), "after": cursor})

    return page


def page_fields(response: httpx.Response) -> dict[str, Any]:
    """`SyncCursorPage`/`AsyncCursorPage` keyword arguments from a list response."""
    from bud_api.models.response_item_list import ResponseItemList

    page: ResponseItemList = parse_model(response, ResponseItemList)
    if not isinstance(page.data, list):
        raise InvalidResponseError(
            "input_items.list(): the page has no 'data' list", response=response, text=response.text
        )
    return {
        "data": list(page.data),
        "has_more": bool(page.has_more),
        "first_id": _str_or_none(page.first_id),
        "last_id": _str_or_none(page.last_id),
    }


def _str_or_none(value: Any) -> str | None:
    return value if isinstance(value, str) else None


def resumable(call: Call, resume: object) -> bool:
    """Whether a cut stream of *call* may reconnect: a streamed background response
    (created with `background=True`, or streamed again with `retrieve`), unless the
    caller said `resume=False`."""
    if not isinstance(resume, bool):
        raise TypeError(f"{call.what}(): 'resume' must be a bool, got {type(resume).__name__}")
    if not (resume and call.stream):
        return False
    return call.operation is ops.RETRIEVE_RESPONSE or (call.body or {}).get("background") is True


def resume_call(call: Call, response_id: str, after: int) -> Call:
    """The call that picks *call*'s stream up after event *after*:
    `GET /v1/responses/{id}?stream=true&starting_after=after`."""
    if call.operation is ops.RETRIEVE_RESPONSE:
        return call._replace(query={**(call.query or {}), "starting_after": after})
    model = (call.body or {}).get("model")
    options: RequestOptions = {k: v for k, v in call.options.items() if k != "extra_body"}  # type: ignore[assignment]
    return retrieve_call(response_id, True, after, None, None,
                         model if isinstance(model, str) else None, options)  # fmt: skip


def resume_id(call: Call) -> str | None:
    """The response id a retrieve stream resumes, known before any event names it."""
    if call.operation is not ops.RETRIEVE_RESPONSE:
        return None
    return call.path.rsplit("/", 1)[-1]
