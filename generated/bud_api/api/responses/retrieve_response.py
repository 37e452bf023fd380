from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.include_enum import IncludeEnum
from ...models.response_object import ResponseObject
from ...types import UNSET, Response, Unset


def _get_kwargs(
    response_id: str,
    *,
    include: list[IncludeEnum] | Unset = UNSET,
    stream: bool | Unset = UNSET,
    starting_after: int | Unset = UNSET,
    include_obfuscation: bool | Unset = UNSET,
) -> dict[str, Any]:
    params: dict[str, Any] = {}
    json_include: list[str] | Unset = UNSET
    if not isinstance(include, Unset):
        json_include = []
        for include_item_data in include:
            include_item: str = include_item_data
            json_include.append(include_item)
    params["include"] = json_include
    params["stream"] = stream
    params["starting_after"] = starting_after
    params["include_obfuscation"] = include_obfuscation
    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}
    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/responses/{response_id}".format(response_id=quote(str(response_id), safe="")),
        "params": params,
    }
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | ResponseObject:
    if response.status_code == 200:
        response_200 = ResponseObject.from_dict(response.json())
        return response_200
    response_default = ErrorResponse.from_dict(response.json())
    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | ResponseObject]:
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
    include: list[IncludeEnum] | Unset = UNSET,
    stream: bool | Unset = UNSET,
    starting_after: int | Unset = UNSET,
    include_obfuscation: bool | Unset = UNSET,
) -> Response[ErrorResponse | ResponseObject]:
    """
    Args:
        response_id (str):
        include (list[IncludeEnum] | Unset):
        stream (bool | Unset):
        starting_after (int | Unset):
        include_obfuscation (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ResponseObject]
    """
    kwargs = _get_kwargs(
        response_id=response_id,
        include=include,
        stream=stream,
        starting_after=starting_after,
        include_obfuscation=include_obfuscation,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    response_id: str,
    *,
    client: AuthenticatedClient | Client,
    include: list[IncludeEnum] | Unset = UNSET,
    stream: bool | Unset = UNSET,
    starting_after: int | Unset = UNSET,
    include_obfuscation: bool | Unset = UNSET,
) -> ErrorResponse | ResponseObject | None:
    """
    Args:
        response_id (str):
        include (list[IncludeEnum] | Unset):
        stream (bool | Unset):
        starting_after (int | Unset):
        include_obfuscation (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ResponseObject
    """
    return sync_detailed(
        response_id=response_id,
        client=client,
        include=include,
        stream=stream,
        starting_after=starting_after,
        include_obfuscation=include_obfuscation,
    ).parsed


async def asyncio_detailed(
    response_id: str,
    *,
    client: AuthenticatedClient | Client,
    include: list[IncludeEnum] | Unset = UNSET,
    stream: bool | Unset = UNSET,
    starting_after: int | Unset = UNSET,
    include_obfuscation: bool | Unset = UNSET,
) -> Response[ErrorResponse | ResponseObject]:
    """
    Args:
        response_id (str):
        include (list[IncludeEnum] | Unset):
        stream (bool | Unset):
        starting_after (int | Unset):
        include_obfuscation (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ResponseObject]
    """
    kwargs = _get_kwargs(
        response_id=response_id,
        include=include,
        stream=stream,
        starting_after=starting_after,
        include_obfuscation=include_obfuscation,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    response_id: str,
    *,
    client: AuthenticatedClient | Client,
    include: list[IncludeEnum] | Unset = UNSET,
    stream: bool | Unset = UNSET,
    starting_after: int | Unset = UNSET,
    include_obfuscation: bool | Unset = UNSET,
) -> ErrorResponse | ResponseObject | None:
    """
    Args:
        response_id (str):
        include (list[IncludeEnum] | Unset):
        stream (bool | Unset):
        starting_after (int | Unset):
        include_obfuscation (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ResponseObject
    """
    return (
        await asyncio_detailed(
            response_id=response_id,
            client=client,
            include=include,
            stream=stream,
            starting_after=starting_after,
            include_obfuscation=include_obfuscation,
        )
    ).parsed
