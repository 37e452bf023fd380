from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.include_enum import IncludeEnum
from ...models.list_input_items_order import ListInputItemsOrder
from ...models.response_item_list import ResponseItemList
from ...types import UNSET, Response, Unset


def _get_kwargs(
    response_id: str,
    *,
    limit: int | Unset = 20,
    order: ListInputItemsOrder | Unset = UNSET,
    after: str | Unset = UNSET,
    include: list[IncludeEnum] | Unset = UNSET,
) -> dict[str, Any]:
    params: dict[str, Any] = {}
    params["limit"] = limit
    json_order: str | Unset = UNSET
    if not isinstance(order, Unset):
        json_order = order
    params["order"] = json_order
    params["after"] = after
    json_include: list[str] | Unset = UNSET
    if not isinstance(include, Unset):
        json_include = []
        for include_item_data in include:
            include_item: str = include_item_data
            json_include.append(include_item)
    params["include"] = json_include
    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}
    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/responses/{response_id}/input_items".format(
            response_id=quote(str(response_id), safe="")
        ),
        "params": params,
    }
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | ResponseItemList:
    if response.status_code == 200:
        response_200 = ResponseItemList.from_dict(response.json())
        return response_200
    response_default = ErrorResponse.from_dict(response.json())
    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | ResponseItemList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    response_id: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 20,
    order: ListInputItemsOrder | Unset = UNSET,
    after: str | Unset = UNSET,
    include: list[IncludeEnum] | Unset = UNSET,
) -> Response[ErrorResponse | ResponseItemList]:
    """
    Args:
        response_id (str):
        limit (int | Unset):  Default: 20.
        order (ListInputItemsOrder | Unset):
        after (str | Unset):
        include (list[IncludeEnum] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ResponseItemList]
    """
    kwargs = _get_kwargs(
        response_id=response_id, limit=limit, order=order, after=after, include=include
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    response_id: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 20,
    order: ListInputItemsOrder | Unset = UNSET,
    after: str | Unset = UNSET,
    include: list[IncludeEnum] | Unset = UNSET,
) -> ErrorResponse | ResponseItemList | None:
    """
    Args:
        response_id (str):
        limit (int | Unset):  Default: 20.
        order (ListInputItemsOrder | Unset):
        after (str | Unset):
        include (list[IncludeEnum] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ResponseItemList
    """
    return sync_detailed(
        response_id=response_id,
        client=client,
        limit=limit,
        order=order,
        after=after,
        include=include,
    ).parsed


async def asyncio_detailed(
    response_id: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 20,
    order: ListInputItemsOrder | Unset = UNSET,
    after: str | Unset = UNSET,
    include: list[IncludeEnum] | Unset = UNSET,
) -> Response[ErrorResponse | ResponseItemList]:
    """
    Args:
        response_id (str):
        limit (int | Unset):  Default: 20.
        order (ListInputItemsOrder | Unset):
        after (str | Unset):
        include (list[IncludeEnum] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ResponseItemList]
    """
    kwargs = _get_kwargs(
        response_id=response_id, limit=limit, order=order, after=after, include=include
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    response_id: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 20,
    order: ListInputItemsOrder | Unset = UNSET,
    after: str | Unset = UNSET,
    include: list[IncludeEnum] | Unset = UNSET,
) -> ErrorResponse | ResponseItemList | None:
    """
    Args:
        response_id (str):
        limit (int | Unset):  Default: 20.
        order (ListInputItemsOrder | Unset):
        after (str | Unset):
        include (list[IncludeEnum] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ResponseItemList
    """
    return (
        await asyncio_detailed(
            response_id=response_id,
            client=client,
            limit=limit,
            order=order,
            after=after,
            include=include,
        )
    ).parsed
