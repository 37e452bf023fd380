"""Every operation of the contract is generated, sends the right request and parses its 200."""

from __future__ import annotations

import copy
import importlib
import inspect
import json
from collections.abc import Iterator
from typing import Any

import bud_api.models as models
import httpx
import pytest
import respx
from bud_api.client import AuthenticatedClient
from bud_api.types import Response

from ._contract import ROOT, contract, load_yaml_subset, operations, ref_name, snake
from .event_samples import CREATED_AT, MESSAGE_ID, MODEL, RESPONSE_ID, USAGE, message_item

BASE_URL = "https://gw.test"
TOKEN = "bud-sk-test-4f9a2c7e1b"
PATH_ID = RESPONSE_ID
OPERATIONS = operations()  # (METHOD, path, operationId), read from the YAML
CALLERS = ("sync", "sync_detailed", "asyncio", "asyncio_detailed")

# Request bodies by schema name: the smallest a real caller sends.
REQUEST_BODIES: dict[str, dict[str, Any]] = {
    "CreateResponse": {"model": MODEL, "input": "When does tram 28 run?", "store": False},
    "TokenCountsBody": {"model": MODEL, "input": "When does tram 28 run?"},
    "CompactResponseMethodPublicBody": {"model": MODEL, "previous_response_id": RESPONSE_ID},
}

# 200 bodies by schema name, shaped like the server's answers.
RESPONSE_BODIES: dict[str, dict[str, Any]] = {
    "Response": {
        "id": RESPONSE_ID,
        "object": "response",
        "created_at": CREATED_AT,
        "status": "completed",
        "model": MODEL,
        "output": [message_item("completed", "Every 10 minutes.")],
        "usage": USAGE,
    },
    "DeletedResponse": {"id": RESPONSE_ID, "object": "response", "deleted": True},
    "ResponseItemList": {
        "object": "list",
        "data": [
            {
                "type": "message",
                "id": "msg_68b2c4d0aa3c8193b0c2d4e6f8a0b2c4",
                "role": "user",
                "status": "completed",
                "content": [{"type": "input_text", "text": "When does tram 28 run?"}],
            }
        ],
        "first_id": "msg_68b2c4d0aa3c8193b0c2d4e6f8a0b2c4",
        "last_id": "msg_68b2c4d0aa3c8193b0c2d4e6f8a0b2c4",
        "has_more": False,
    },
    "TokenCountsResource": {"object": "response.input_tokens", "input_tokens": 11},
    "CompactResource": {
        "id": "cmp_68b2c4ea351c8193b8d0f2b4d6f8b0d2",
        "object": "response.compaction",
        "created_at": CREATED_AT,
        "output": [
            {
                "type": "message",
                "id": "msg_68b2c4d0aa3c8193b0c2d4e6f8a0b2c4",
                "role": "user",
                "status": "completed",
                "content": [{"type": "input_text", "text": "When does tram 28 run?"}],
            },
            {"type": "compaction", "id": "cmp_item_1", "encrypted_content": "gAAAAABo8x"},
        ],
        "usage": USAGE,
    },
}


def _class_overrides() -> dict[str, str]:
    config = load_yaml_subset((ROOT / "generator-config.yaml").read_text())
    return {name: o["class_name"] for name, o in (config.get("class_overrides") or {}).items()}


def class_for_schema(schema: str) -> type:
    return getattr(models, _class_overrides().get(schema, schema))


def _operation(method: str, path: str) -> dict[str, Any]:
    return contract()["paths"][path][method.lower()]


def json_schema(node: dict[str, Any]) -> str:
    return ref_name(node["content"]["application/json"]["schema"])


def success_schema(method: str, path: str) -> str:
    return json_schema(_operation(method, path)["responses"]["200"])


def body_schema(method: str, path: str) -> str | None:
    body = _operation(method, path).get("requestBody")
    return None if body is None else json_schema(body)


def module_for(operation_id: str) -> Any:
    return importlib.import_module(f"bud_api.api.responses.{snake(operation_id)}")


def call_kwargs(method: str, path: str) -> dict[str, Any]:
    kwargs: dict[str, Any] = {}
    for param in _operation(method, path).get("parameters", []):
        if param["in"] == "path":
            kwargs[param["name"]] = PATH_ID
    schema = body_schema(method, path)
    if schema is not None:
        kwargs["body"] = class_for_schema(schema).from_dict(copy.deepcopy(REQUEST_BODIES[schema]))
    return kwargs


def concrete_path(path: str) -> str:
    return path.replace("{response_id}", PATH_ID)


@pytest.fixture
def gateway() -> Iterator[respx.MockRouter]:
    with respx.mock(base_url=BASE_URL, assert_all_called=False) as router:
        yield router


def test_contract_operations_are_the_expected_surface() -> None:
    # the design names these; the tests below cover whatever the YAML lists
    assert {(m, p) for m, p, _ in OPERATIONS} >= {
        ("POST", "/v1/responses"),
        ("GET", "/v1/responses/{response_id}"),
        ("DELETE", "/v1/responses/{response_id}"),
        ("POST", "/v1/responses/{response_id}/cancel"),
        ("GET", "/v1/responses/{response_id}/input_items"),
        ("POST", "/v1/responses/input_tokens"),
        ("POST", "/v1/responses/compact"),
    }
    for method, path, _ in OPERATIONS:
        assert success_schema(method, path) in RESPONSE_BODIES
        schema = body_schema(method, path)
        assert schema is None or schema in REQUEST_BODIES


@pytest.mark.parametrize(("method", "path", "operation_id"), OPERATIONS)
def test_operation_module_is_generated(method: str, path: str, operation_id: str) -> None:
    module = module_for(operation_id)
    for name in CALLERS:
        func = getattr(module, name)
        assert inspect.iscoroutinefunction(func) == name.startswith("asyncio"), name
        assert "client" in inspect.signature(func).parameters
    kwargs = module._get_kwargs(**call_kwargs(method, path))
    assert kwargs["method"].upper() == method
    assert kwargs["url"] == concrete_path(path)


async def _call(module: Any, caller: str, client: AuthenticatedClient, **kwargs: Any) -> Any:
    func = getattr(module, caller)
    if caller.startswith("asyncio"):
        async with client:
            return await func(client=client, **kwargs)
    with client:
        return func(client=client, **kwargs)


@pytest.mark.parametrize("caller", CALLERS)
@pytest.mark.parametrize(("method", "path", "operation_id"), OPERATIONS)
async def test_operation_calls_the_gateway_and_parses_200(
    gateway: respx.MockRouter, method: str, path: str, operation_id: str, caller: str
) -> None:
    schema = success_schema(method, path)
    payload = RESPONSE_BODIES[schema]
    route = gateway.route(method=method, path=concrete_path(path)).mock(
        return_value=httpx.Response(200, json=payload)
    )
    client = AuthenticatedClient(base_url=BASE_URL, token=TOKEN)

    result = await _call(module_for(operation_id), caller, client, **call_kwargs(method, path))

    assert route.call_count == 1
    request = route.calls.last.request
    assert request.method == method
    assert request.url.path == concrete_path(path)
    assert request.headers["authorization"] == f"Bearer {TOKEN}"
    body = body_schema(method, path)
    if body is not None:
        assert request.headers["content-type"] == "application/json"
        assert json.loads(request.content) == REQUEST_BODIES[body]
    else:
        assert request.content == b""
    expected = class_for_schema(schema)
    if caller.endswith("_detailed"):
        assert isinstance(result, Response)
        assert result.status_code == 200
        assert result.content == route.calls.last.response.content
        result = result.parsed
    assert type(result) is expected
    assert result.to_dict() == payload


async def test_create_parses_a_json_body_to_response_object(gateway: respx.MockRouter) -> None:
    from bud_api.api.responses import create_response

    payload = RESPONSE_BODIES["Response"]
    gateway.post("/v1/responses").mock(return_value=httpx.Response(200, json=payload))
    body = models.CreateResponse.from_dict({"model": MODEL, "input": "When does tram 28 run?"})
    async with AuthenticatedClient(base_url=BASE_URL, token=TOKEN) as client:
        result = await create_response.asyncio(client=client, body=body)
    assert isinstance(result, models.ResponseObject)
    assert result.output_text == "Every 10 minutes."
    assert result.output[0].id == MESSAGE_ID
    assert (
        result.usage.input_tokens_details.cached_tokens
        == USAGE["input_tokens_details"]["cached_tokens"]
    )


def test_error_status_parses_the_error_body(gateway: respx.MockRouter) -> None:
    from bud_api.api.responses import retrieve_response

    error = {
        "error": {
            "message": "No response found with id 'resp_missing'.",
            "type": "invalid_request_error",
            "param": None,
            "code": None,
        }
    }
    gateway.get("/v1/responses/resp_missing").mock(return_value=httpx.Response(404, json=error))
    with AuthenticatedClient(base_url=BASE_URL, token=TOKEN) as client:
        detailed = retrieve_response.sync_detailed("resp_missing", client=client)
    assert detailed.status_code == 404
    assert isinstance(detailed.parsed, models.ErrorResponse)
    assert detailed.parsed.error.type == "invalid_request_error"
    assert detailed.parsed.to_dict() == error


def test_input_items_tell_input_and_output_messages_apart() -> None:
    user = RESPONSE_BODIES["ResponseItemList"]["data"][0]
    assistant = message_item("completed", "Every 10 minutes.")
    data = {"object": "list", "data": [user, assistant], "has_more": False}
    listed = models.ResponseItemList.from_dict(copy.deepcopy(data))
    first, second = listed.data
    assert type(first) is models.InputMessageResource
    assert type(first.content[0]) is models.InputTextContent
    assert type(second) is models.OutputMessage
    assert type(second.content[0]) is models.OutputTextContent
    assert listed.to_dict() == data


def test_path_parameter_is_percent_encoded(gateway: respx.MockRouter) -> None:
    from bud_api.api.responses import delete_response

    route = gateway.delete(url__regex=r".*").mock(
        return_value=httpx.Response(200, json=RESPONSE_BODIES["DeletedResponse"])
    )
    with AuthenticatedClient(base_url=BASE_URL, token=TOKEN) as client:
        delete_response.sync("resp_1/../../admin?x=1", client=client)
    raw_path = route.calls.last.request.url.raw_path
    assert raw_path == b"/v1/responses/resp_1%2F..%2F..%2Fadmin%3Fx%3D1"


def test_query_parameters_follow_the_contract(gateway: respx.MockRouter) -> None:
    from bud_api.api.responses import list_input_items, retrieve_response

    items = gateway.get(f"/v1/responses/{PATH_ID}/input_items").mock(
        return_value=httpx.Response(200, json=RESPONSE_BODIES["ResponseItemList"])
    )
    one = gateway.get(f"/v1/responses/{PATH_ID}").mock(
        return_value=httpx.Response(200, json=RESPONSE_BODIES["Response"])
    )
    with AuthenticatedClient(base_url=BASE_URL, token=TOKEN) as client:
        listed = list_input_items.sync(
            PATH_ID,
            client=client,
            limit=5,
            order="asc",
            after="msg_1",
            include=["message.output_text.logprobs", "reasoning.encrypted_content"],
        )
        retrieve_response.sync(PATH_ID, client=client, include_obfuscation=False)
        list_input_items.sync(PATH_ID, client=client)
    assert isinstance(listed, models.ResponseItemList)
    assert isinstance(listed.data[0], models.InputMessageResource)
    first, default = (call.request.url.params for call in items.calls)
    assert first.multi_items() == [
        ("limit", "5"),
        ("order", "asc"),
        ("after", "msg_1"),
        ("include", "message.output_text.logprobs"),
        ("include", "reasoning.encrypted_content"),
    ]
    assert default.multi_items() == [("limit", "20")]
    assert one.calls.last.request.url.params.multi_items() == [("include_obfuscation", "false")]
