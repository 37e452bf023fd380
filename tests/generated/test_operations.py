"""Every operation of the contract is in the generated operations table, as the contract
says it; the SDK's resources send each one they expose as the table says; each 200 parses."""

from __future__ import annotations

import copy
import inspect
import typing
from collections.abc import Iterator, Mapping
from typing import Any

import bud_api.models as models
import pytest
import respx
from bud_api import operations as ops

from bud import AsyncBudClient, BudClient, _params

from ._contract import ROOT, contract, load_yaml_subset, operations, ref_name
from .event_samples import CREATED_AT, MODEL, RESPONSE_ID, USAGE, message_item
from .inference_samples import (
    CHAT_MODEL,
    CLASSIFIER_MODEL,
    EMBEDDING_MODEL,
    chat_completion_with_tool_call,
    classify_result,
    embeddings_float,
)

BASE_URL = "https://gw.test"
TOKEN = "bud-sk-test-4f9a2c7e1b"
PATH_ID = RESPONSE_ID
OPERATIONS = operations()  # (METHOD, path, operationId), read from the YAML

# Request bodies by schema name: the smallest a real caller sends.
REQUEST_BODIES: dict[str, dict[str, Any]] = {
    "CreateResponse": {"model": MODEL, "input": "When does tram 28 run?", "store": False},
    "TokenCountsBody": {"model": MODEL, "input": "When does tram 28 run?"},
    "CompactResponseMethodPublicBody": {"model": MODEL, "previous_response_id": RESPONSE_ID},
    "CreateChatCompletionRequest": {
        "model": CHAT_MODEL,
        "messages": [{"role": "user", "content": "When does tram 28 run?"}],
        "temperature": 0.2,
        "max_tokens": 256,
        "stop": ["\n\n"],
        "guided_choice": ["yes", "no"],
        "guided_json": {"type": "object"},
        "tools": [{"type": "function", "function": {"name": "get_departures", "parameters": {}}}],
        "tool_choice": "auto",
    },
    "CreateEmbeddingRequest": {
        "model": EMBEDDING_MODEL,
        "input": ["When does tram 28 run?", "Where does it stop?"],
        "encoding_format": "float",
        "modality": "text",
        "include_input": True,
        "chunking": {"enabled": True, "strategy": "sentence", "chunk_size": 256},
    },
    "ClassifyRequest": {
        "model": CLASSIFIER_MODEL,
        "input": ["The stock rallied.", "The outlook is bleak."],
        "raw_scores": False,
        "priority": "high",
    },
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
    "ListModelsResponse": {
        "object": "list",
        "data": [
            {"id": MODEL, "object": "model", "created": CREATED_AT, "owned_by": "bud"},
            {"id": "qwen3-32b", "object": "model", "created": CREATED_AT, "owned_by": "bud"},
        ],
    },
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
    "ChatCompletion": chat_completion_with_tool_call(),
    "CreateEmbeddingResponse": embeddings_float(),
    "ClassifyResponse": classify_result(),
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


def concrete_path(path: str) -> str:
    return path.replace("{response_id}", PATH_ID)


@pytest.fixture
def gateway() -> Iterator[respx.MockRouter]:
    with respx.mock(base_url=BASE_URL, assert_all_called=False) as router:
        yield router


def test_contract_operations_are_the_expected_surface() -> None:
    assert sorted(OPERATIONS) == sorted(
        [
            ("POST", "/v1/responses", "createResponse"),
            ("GET", "/v1/responses/{response_id}", "retrieveResponse"),
            ("DELETE", "/v1/responses/{response_id}", "deleteResponse"),
            ("POST", "/v1/responses/{response_id}/cancel", "cancelResponse"),
            ("GET", "/v1/responses/{response_id}/input_items", "listInputItems"),
            ("POST", "/v1/responses/input_tokens", "countInputTokens"),
            ("POST", "/v1/responses/compact", "compactResponse"),
            ("GET", "/v1/models", "listModels"),
            ("POST", "/v1/chat/completions", "createChatCompletion"),
            ("POST", "/v1/embeddings", "createEmbedding"),
            ("POST", "/v1/classify", "classify"),
        ]
    )


def test_the_table_has_every_operation_and_nothing_else() -> None:
    table = {(op.method, op.path, op.name) for op in ops.OPERATIONS.values()}
    assert table == set(OPERATIONS)


def _resolved(node: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in node:
        node = contract()["components"]["schemas"][ref_name(node)]
    return node


def _properties(schema: dict[str, Any]) -> dict[str, Any]:
    schema = _resolved(schema)
    props = dict(schema.get("properties", {}))
    for part in schema.get("allOf", []):
        props.update(_properties(part))
    return props


@pytest.mark.parametrize(("method", "path", "operation_id"), OPERATIONS)
def test_each_operation_matches_the_contract(method: str, path: str, operation_id: str) -> None:
    op = ops.OPERATIONS[operation_id]
    spec = _operation(method, path)
    params = spec.get("parameters", [])
    assert op.path_params == tuple(p["name"] for p in params if p["in"] == "path")
    assert set(op.query) == {p["name"] for p in params if p["in"] == "query"} - {"stream"}
    for p in params:
        if p["in"] == "query" and p["name"] != "stream":
            assert op.query[p["name"]].required == bool(p.get("required"))
    schema = body_schema(method, path)
    if schema is None:
        assert op.body is None
        assert op.body_type is None
    else:
        body_spec = spec["requestBody"]["content"]["application/json"]["schema"]
        assert op.body is not None
        names = set(_properties(body_spec)) - {"stream"}
        # names that cannot be keyword arguments are sent in extra_body, and say so
        elsewhere = {n for n in names if not n.isidentifier()}
        assert set(op.body) == names - elsewhere
        typed = getattr(ops, str(op.body_type))
        assert set(typed.__annotations__) == set(op.body)
        for name in elsewhere:
            assert f"`{name}`" in str(typed.__doc__)
        required = set(_resolved(body_spec).get("required", []))
        for part in _resolved(body_spec).get("allOf", []):
            required |= set(_resolved(part).get("required", []))
        assert {n for n, f in op.body.items() if f.required} == required - elsewhere
    assert op.result == _class_overrides().get(
        success_schema(method, path), success_schema(method, path)
    )
    assert hasattr(models, op.result)
    content = spec["responses"]["200"]["content"]
    assert op.streams == ("text/event-stream" in content)
    stream = content.get("text/event-stream")
    expected_item = None
    if stream is not None:
        target = _resolved(stream["schema"])
        if "anyOf" not in target and "oneOf" not in target:  # unions: dispatched by `type`
            name = ref_name(stream["schema"])
            expected_item = _class_overrides().get(name, name)
    assert op.stream_item == expected_item
    assert expected_item is None or hasattr(models, expected_item)


def test_the_stream_items() -> None:
    assert ops.CREATE_CHAT_COMPLETION.stream_item == "ChatCompletionChunk"
    assert ops.CREATE_RESPONSE.stream_item is None  # events: bud_api.event_types
    assert ops.RETRIEVE_RESPONSE.stream_item is None
    assert ops.CREATE_EMBEDDING.stream_item is None
    assert ops.Operation._field_defaults == {"stream_item": None}


@pytest.mark.parametrize(("method", "path", "operation_id"), OPERATIONS)
def test_each_200_sample_parses_into_the_result_model(
    method: str, path: str, operation_id: str
) -> None:
    op = ops.OPERATIONS[operation_id]
    body = RESPONSE_BODIES[success_schema(method, path)]
    parsed = getattr(models, op.result).from_dict(copy.deepcopy(body))
    assert type(parsed) is class_for_schema(success_schema(method, path))
    assert parsed.to_dict() == body


@pytest.mark.parametrize(("method", "path", "operation_id"), OPERATIONS)
def test_each_request_sample_passes_the_table(method: str, path: str, operation_id: str) -> None:
    schema = body_schema(method, path)
    if schema is None:
        return
    op = ops.OPERATIONS[operation_id]
    sent, options = _params.split(operation_id, op, copy.deepcopy(REQUEST_BODIES[schema]))
    assert sent == REQUEST_BODIES[schema]
    assert options == {}


def test_field_types_follow_the_schema() -> None:
    body = ops.CREATE_RESPONSE.body
    assert body is not None
    assert body["temperature"].types == (int, float)
    assert body["max_output_tokens"].types == (int,)
    assert body["store"].types == (bool,)
    assert body["include"].types == (list, tuple) and body["include"].items is str
    assert body["metadata"].phrase == "a mapping of strings" and body["metadata"].items is str
    assert set(body["input"].types) == {str, list, tuple}
    assert "stream" not in body
    retrieve = ops.RETRIEVE_RESPONSE.query
    assert retrieve["starting_after"].types == (int,)
    assert ops.LIST_INPUT_ITEMS.query["order"].types == (str,)


def test_chat_fields_follow_the_schema() -> None:
    body = ops.CREATE_CHAT_COMPLETION.body
    assert body is not None
    assert body["messages"].required and body["messages"].types == (list, tuple)
    assert not body["model"].required  # the client's default model fills it in
    assert set(body["stop"].types) == {str, list, tuple}
    assert body["guided_choice"].types == (list, tuple) and body["guided_choice"].items is str
    assert set(body["guided_json"].types) == {Mapping, str}
    assert body["guided_regex"].types == (str,)
    assert body["logit_bias"].types == (Mapping,)
    assert body["max_completion_tokens"].types == (int,)
    assert "stream" not in body
    assert "tensorzero::cache_options" not in body
    typed = ops.CreateChatCompletionParams
    assert "guided_decoding_backend" in typed.__annotations__
    assert "`tensorzero::cache_options`" in str(typed.__doc__)
    assert "extra_body" in str(typed.__doc__)


def test_embedding_and_classify_fields_follow_the_schema() -> None:
    embed = ops.CREATE_EMBEDDING.body
    assert embed is not None
    assert embed["input"].required and set(embed["input"].types) == {str, list, tuple}
    assert embed["input"].phrase == (
        "a string or a list of strings or a list of ints or a list of lists of ints"
    )
    assert not embed["model"].required
    assert embed["chunking"].types == (Mapping,)
    assert embed["include_input"].types == (bool,)
    assert embed["dimensions"].types == (int,)
    assert "tensorzero::cache_options" not in embed
    hints = typing.get_type_hints(ops.CreateEmbeddingParams)
    assert hints["input"] == str | list[str] | list[int] | list[list[int]]
    classify = ops.CLASSIFY.body
    assert classify is not None
    assert classify["input"].required and classify["input"].items is str
    assert not classify["model"].required
    assert classify["raw_scores"].types == (bool,)


@pytest.mark.parametrize(
    ("operation", "kwargs", "message"),
    [
        (ops.CREATE_CHAT_COMPLETION, {"messages": "hi"}, "'messages' must be a list"),
        (ops.CREATE_CHAT_COMPLETION, {"guided_choice": ["a", 1]}, "'guided_choice' must be"),
        (ops.CREATE_CHAT_COMPLETION, {"temperature": True}, "'temperature' must be a number"),
        (ops.CREATE_EMBEDDING, {"input": 3}, "'input' must be a string or a list"),
        (ops.CREATE_EMBEDDING, {"dimensions": "256"}, "'dimensions' must be an int"),
        (ops.CLASSIFY, {"input": "one text"}, "'input' must be a list of strings"),
        (ops.CLASSIFY, {"input": ["ok", None]}, "'input' must be a list of strings"),
    ],
)
def test_wrong_argument_types_fail_before_sending(
    operation: ops.Operation, kwargs: dict[str, Any], message: str
) -> None:
    with pytest.raises(TypeError, match=message):
        _params.split(operation.name, operation, kwargs)


@pytest.mark.parametrize("operation", [ops.CREATE_CHAT_COMPLETION, ops.CREATE_EMBEDDING])
def test_extension_names_that_are_not_identifiers_go_in_extra_body(
    operation: ops.Operation,
) -> None:
    with pytest.raises(TypeError, match="extra_body"):
        _params.split(operation.name, operation, {"tensorzero::cache_options": {"enabled": "on"}})


def test_the_request_side_is_only_the_table() -> None:
    """The generator's own API client is not shipped: the SDK sends through its transport."""
    package = __import__("bud_api").__path__[0]
    import os

    assert not os.path.exists(os.path.join(package, "api"))
    assert not os.path.exists(os.path.join(package, "client.py"))


_USER = [{"role": "user", "content": "hi"}]
# the public method that sends each operation, with the smallest valid arguments
SDK_CALLS: dict[str, Any] = {
    "createResponse": lambda c: c.responses.create(model=MODEL, input="hi"),
    "retrieveResponse": lambda c: c.responses.retrieve(PATH_ID),
    "deleteResponse": lambda c: c.responses.delete(PATH_ID),
    "cancelResponse": lambda c: c.responses.cancel(PATH_ID),
    "listInputItems": lambda c: c.responses.input_items.list(PATH_ID),
    "countInputTokens": lambda c: c.responses.input_tokens.count(model=MODEL, input="hi"),
    "compactResponse": lambda c: c.responses.compact(model=MODEL, previous_response_id=PATH_ID),
    "listModels": lambda c: c.models.list(),
    "createChatCompletion": lambda c: c.chat.completions.create(model=CHAT_MODEL, messages=_USER),
    "createEmbedding": lambda c: c.embeddings.create(model=EMBEDDING_MODEL, input="hi"),
    "classify": lambda c: c.classifications.create(model=CLASSIFIER_MODEL, input=["hi"]),
}


def test_every_operation_of_the_contract_has_an_sdk_method() -> None:
    assert {op for _, _, op in OPERATIONS} == set(SDK_CALLS)


@pytest.mark.parametrize("flavor", ["sync", "async"])
@pytest.mark.parametrize(
    ("method", "path", "operation_id"),
    OPERATIONS,
)
async def test_the_sdk_sends_each_operation_and_parses_its_200(
    gateway: respx.MockRouter, flavor: str, method: str, path: str, operation_id: str
) -> None:
    op = ops.OPERATIONS[operation_id]
    body = copy.deepcopy(RESPONSE_BODIES[success_schema(method, path)])
    route = gateway.route(method=op.method, path=concrete_path(op.path)).respond(200, json=body)
    cls = AsyncBudClient if flavor == "async" else BudClient
    client = cls(api_key=TOKEN, base_url=BASE_URL, max_retries=0)
    result = SDK_CALLS[operation_id](client)
    if inspect.isawaitable(result):
        result = await result
    assert route.call_count == 1
    sent = route.calls.last.request
    assert sent.method == op.method
    assert (sent.method == "POST") == ("idempotency-key" in sent.headers)
    if operation_id in ("listInputItems", "listModels"):
        assert [item.to_dict() for item in result.data] == body["data"]
    else:
        assert type(result) is class_for_schema(success_schema(method, path))
        assert result.to_dict() == body
    closing = client.aclose() if flavor == "async" else client.close()
    if inspect.isawaitable(closing):
        await closing


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
