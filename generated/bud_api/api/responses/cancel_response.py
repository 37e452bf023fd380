from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.response_object import ResponseObject
from ...types import Response


def _get_kwargs(response_id: str) -> dict[str, Any]:
    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/responses/{response_id}/cancel".format(
            response_id=quote(str(response_id), safe="")
        ),
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
    response_id: str, *, client: AuthenticatedClient | Client
) -> Response[ErrorResponse | ResponseObject]:
    """
    Args:
        response_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ResponseObject]
    """
    kwargs = _get_kwargs(response_id=response_id)
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    response_id: str, *, client: AuthenticatedClient | Client
) -> ErrorResponse | ResponseObject | None:
    """
    Args:
        response_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ResponseObject
    """
    return sync_detailed(response_id=response_id, client=client).parsed


async def asyncio_detailed(
    response_id: str, *, client: AuthenticatedClient | Client
) -> Response[ErrorResponse | ResponseObject]:
    """
    Args:
        response_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ResponseObject]
    """
    kwargs = _get_kwargs(response_id=response_id)
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    response_id: str, *, client: AuthenticatedClient | Client
) -> ErrorResponse | ResponseObject | None:
    """
    Args:
        response_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ResponseObject
    """
    return (await asyncio_detailed(response_id=response_id, client=client)).parsed
