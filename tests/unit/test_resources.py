"""The Responses resource, method by method, for BudClient and AsyncBudClient."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest
import respx
from bud_api.models.easy_input_message import EasyInputMessage
from bud_api.models.reasoning import Reasoning
from bud_api.operations import CreateResponseParams

from bud.types import CompactResource, DeletedResponse, Response, TokenCountsResource

from ._support import (
    SSE_HEADERS,
    collect,
    message_item,
    resolve,
    sample_response,
    sse_bytes,
    text_stream,
)

ALL_CREATE_PARAMS: dict[str, Any] = {
    "model": "gpt-4.1",
    "input": [{"role": "user", "content": "Hi"}],
    "instructions": "Be brief",
    "previous_response_id": "resp_prev",
    "conversation": "conv_1",
    "temperature": 0.5,
    "top_p": 0.9,
    "top_logprobs": 3,
    "max_output_tokens": 256,
    "max_tool_calls": 4,
    "tools": [{"type": "function", "name": "get_weather", "parameters": {"type": "object"}}],
    "tool_choice": {"type": "function", "name": "get_weather"},
    "parallel_tool_calls": False,
    "reasoning": {"effort": "low"},
    "metadata": {"team": "search"},
    "user": "user-1",
    "safety_identifier": "hash-1",
    "prompt": {"id": "pmpt_1", "variables": {"city": "Paris"}},
    "prompt_cache_key": "cache-1",
    "prompt_cache_retention": "24h",
    "prompt_cache_options": {"mode": "auto"},
    "store": False,
    "background": True,
    "service_tier": "flex",
    "text": {"format": {"type": "text"}, "verbosity": "low"},
    "truncation": "auto",
    "include": ["reasoning.encrypted_content", "message.output_text.logprobs"],
    "stream_options": {"include_obfuscation": False},
    "context_management": [{"type": "compaction", "compact_threshold": 1000}],
    "moderation": {"mode": "strict"},
}


async def _create(client: Any, **kwargs: Any) -> Any:
    return await resolve(client.responses.create(**kwargs))


def _ok(**overrides: Any) -> httpx.Response:
    return httpx.Response(200, json=sample_response(**overrides))


# -------------------------------------------------------------------- create


def test_all_create_params_cover_the_params_type() -> None:
    assert set(ALL_CREATE_PARAMS) == set(CreateResponseParams.__annotations__)


async def test_every_create_param_reaches_the_body(bud: Any, mock_api: respx.MockRouter) -> None:
    route = mock_api.post("/v1/responses").mock(return_value=_ok())
    result = await _create(bud, **ALL_CREATE_PARAMS)
    assert isinstance(result, Response)
    body = json.loads(route.calls.last.request.content)
    assert body == ALL_CREATE_PARAMS
    assert "stream" not in body


@pytest.mark.parametrize("name", sorted(ALL_CREATE_PARAMS))
async def test_each_create_param_alone(bud: Any, mock_api: respx.MockRouter, name: str) -> None:
    route = mock_api.post("/v1/responses").mock(return_value=_ok())
    kwargs = {"model": "m", name: ALL_CREATE_PARAMS[name]}
    await _create(bud, **kwargs)
    body = json.loads(route.calls.last.request.content)
    assert body == kwargs


async def test_none_values_omitted(bud: Any, mock_api: respx.MockRouter) -> None:
    route = mock_api.post("/v1/responses").mock(return_value=_ok())
    none_for_all = {name: None for name in ALL_CREATE_PARAMS if name != "model"}
    await _create(bud, model="gpt-4.1", **none_for_all)
    assert json.loads(route.calls.last.request.content) == {"model": "gpt-4.1"}


async def test_falsy_values_are_sent(bud: Any, mock_api: respx.MockRouter) -> None:
    route = mock_api.post("/v1/responses").mock(return_value=_ok())
    await _create(
        bud, model="m", temperature=0, store=False, tools=[], metadata={}, instructions=""
    )
    assert json.loads(route.calls.last.request.content) == {
        "model": "m",
        "temperature": 0,
        "store": False,
        "tools": [],
        "metadata": {},
        "instructions": "",
    }


async def test_generated_models_are_serialised(bud: Any, mock_api: respx.MockRouter) -> None:
    route = mock_api.post("/v1/responses").mock(return_value=_ok())
    await _create(
        bud,
        model="m",
        input=[EasyInputMessage(role="user", content="Hi")],
        reasoning=Reasoning(effort="high"),
    )
    body = json.loads(route.calls.last.request.content)
    assert body["input"] == [{"role": "user", "content": "Hi"}]
    assert body["reasoning"] == {"effort": "high"}


async def test_stream_true_sets_body_and_accept(bud: Any, mock_api: respx.MockRouter) -> None:
    route = mock_api.post("/v1/responses").mock(
        return_value=httpx.Response(
            200, headers=SSE_HEADERS, content=sse_bytes(*text_stream("Hi"), done=True)
        )
    )
    stream = await _create(bud, model="m", input="x", stream=True)
    events = await collect(stream)
    request = route.calls.last.request
    assert json.loads(request.content) == {"model": "m", "input": "x", "stream": True}
    assert request.headers["accept"] == "text/event-stream"
    assert events[-1].type == "response.completed"


async def test_stream_false_is_not_sent(bud: Any, mock_api: respx.MockRouter) -> None:
    route = mock_api.post("/v1/responses").mock(return_value=_ok())
    await _create(bud, model="m", stream=False)
    assert json.loads(route.calls.last.request.content) == {"model": "m"}
    assert route.calls.last.request.headers["accept"] == "application/json"


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("input", [object()]),
        ("input", [{"role": "user", "content": {1, 2}}]),
        ("tools", [{"type": "function", "parameters": object()}]),
        ("prompt", {"id": "p", "variables": {"when": object()}}),
        ("text", {"format": {"type": "json_schema", "schema": object()}}),
    ],
)
async def test_not_json_serialisable_rejected_before_io(
    bud: Any, mock_api: respx.MockRouter, field: str, value: Any
) -> None:
    route = mock_api.route().mock(return_value=_ok())
    with pytest.raises(TypeError) as info:
        await _create(bud, model="m", **{field: value})
    assert repr(field) in str(info.value)
    assert not route.called


async def test_not_json_serialisable_extra_body_rejected_before_io(
    bud: Any, mock_api: respx.MockRouter
) -> None:
    route = mock_api.route().mock(return_value=_ok())
    with pytest.raises(TypeError) as info:
        await _create(bud, model="m", extra_body={"custom": object()})
    assert "'custom'" in str(info.value)
    assert not route.called


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("model", 4),
        ("input", 42),
        ("input", {"role": "user"}),
        ("temperature", "0.5"),
        ("temperature", True),
        ("top_p", "high"),
        ("max_output_tokens", 1.5),
        ("max_output_tokens", True),
        ("max_tool_calls", "3"),
        ("top_logprobs", 2.0),
        ("tools", {"type": "function"}),
        ("tool_choice", 1),
        ("parallel_tool_calls", "yes"),
        ("parallel_tool_calls", 1),
        ("store", 0),
        ("background", "false"),
        ("metadata", {"count": 1}),
        ("metadata", ["a"]),
        ("include", "reasoning.encrypted_content"),
        ("include", [1]),
        ("reasoning", "low"),
        ("prompt", "pmpt_1"),
        ("text", "plain"),
        ("truncation", 0),
        ("user", 7),
        ("stream", "yes"),
    ],
)
async def test_wrong_types_rejected_before_io(
    bud: Any, mock_api: respx.MockRouter, field: str, value: Any
) -> None:
    route = mock_api.route().mock(return_value=_ok())
    kwargs = {"model": "m", field: value}
    with pytest.raises(TypeError) as info:
        await _create(bud, **kwargs)
    assert field in str(info.value)
    assert not route.called


async def test_unknown_keyword_mentions_extra_body(bud: Any, mock_api: respx.MockRouter) -> None:
    route = mock_api.route().mock(return_value=_ok())
    with pytest.raises(TypeError) as info:
        await _create(bud, model="m", temprature=0.2)
    assert "temprature" in str(info.value)
    assert "extra_body" in str(info.value)
    assert not route.called


async def test_requires_model_or_prompt_before_io(bud: Any, mock_api: respx.MockRouter) -> None:
    route = mock_api.route().mock(return_value=_ok())
    with pytest.raises(ValueError, match="At least one of 'model' or 'prompt'"):
        await _create(bud, input="x", model=None)
    assert not route.called


# ------------------------------------------------------------- output_text


@pytest.mark.parametrize(
    ("output", "expected"),
    [
        ([message_item("Hello"), message_item(" world", "msg_2")], "Hello world"),
        ([], ""),
        (
            [
                {
                    "type": "reasoning",
                    "id": "rs_1",
                    "summary": [{"type": "summary_text", "text": "thinking"}],
                },
                {
                    "type": "function_call",
                    "id": "fc_1",
                    "call_id": "c1",
                    "name": "f",
                    "arguments": "{}",
                },
            ],
            "",
        ),
        (
            [
                {
                    "type": "message",
                    "id": "m",
                    "role": "assistant",
                    "status": "completed",
                    "content": [
                        {"type": "output_text", "text": "a", "annotations": []},
                        {"type": "refusal", "refusal": "no"},
                        {"type": "output_text", "text": "b", "annotations": []},
                    ],
                }
            ],
            "ab",
        ),
    ],
)
async def test_output_text(
    bud: Any, mock_api: respx.MockRouter, output: list[Any], expected: str
) -> None:
    mock_api.post("/v1/responses").mock(return_value=_ok(output=output))
    result = await _create(bud, model="m")
    assert result.output_text == expected


async def test_output_text_without_output(bud: Any, mock_api: respx.MockRouter) -> None:
    body = sample_response()
    del body["output"]
    mock_api.post("/v1/responses").mock(return_value=httpx.Response(200, json=body))
    result = await _create(bud, model="m")
    assert result.output_text == ""


# -------------------------------------------------- retrieve, delete, cancel


async def test_retrieve(bud: Any, mock_api: respx.MockRouter) -> None:
    route = mock_api.get("/v1/responses/resp_abc123").mock(return_value=_ok())
    result = await resolve(bud.responses.retrieve("resp_abc123"))
    assert isinstance(result, Response)
    assert result.id == "resp_abc123"
    assert result.output_text == "The capital of France is Paris."
    request = route.calls.last.request
    assert request.url.query == b""
    assert request.content == b""
    assert request.headers["accept"] == "application/json"


async def test_retrieve_include(bud: Any, mock_api: respx.MockRouter) -> None:
    route = mock_api.get("/v1/responses/r1").mock(return_value=_ok(id="r1"))
    await resolve(bud.responses.retrieve("r1", include=["a.b", "c.d"]))
    assert route.calls.last.request.url.params.get_list("include") == ["a.b", "c.d"]


async def test_retrieve_stream_starting_after(bud: Any, mock_api: respx.MockRouter) -> None:
    events = text_stream("Hel", "lo", response_id="resp_bg")[2:]  # resumed mid-stream
    route = mock_api.get("/v1/responses/resp_bg").mock(
        return_value=httpx.Response(200, headers=SSE_HEADERS, content=sse_bytes(*events))
    )
    stream = await resolve(
        bud.responses.retrieve("resp_bg", stream=True, starting_after=1, include_obfuscation=False)
    )
    received = await collect(stream)
    request = route.calls.last.request
    assert request.url.params["stream"] == "true"
    assert request.url.params["starting_after"] == "1"
    assert request.url.params["include_obfuscation"] == "false"
    assert request.headers["accept"] == "text/event-stream"
    assert [e.type for e in received] == ["response.output_text.delta", "response.completed"]
    assert stream.completed_response.id == "resp_bg"


async def test_retrieve_starting_after_needs_stream(bud: Any, mock_api: respx.MockRouter) -> None:
    route = mock_api.route().mock(return_value=_ok())
    with pytest.raises(ValueError, match="starting_after"):
        await resolve(bud.responses.retrieve("r", starting_after=3))
    with pytest.raises(TypeError, match="starting_after"):
        await resolve(bud.responses.retrieve("r", stream=True, starting_after="3"))
    assert not route.called


@pytest.mark.parametrize("bad", [None, 5, b"resp"])
async def test_response_id_must_be_a_string(bud: Any, mock_api: respx.MockRouter, bad: Any) -> None:
    route = mock_api.route().mock(return_value=_ok())
    with pytest.raises(TypeError, match="response_id"):
        await resolve(bud.responses.retrieve(bad))
    with pytest.raises(ValueError, match="response_id"):
        await resolve(bud.responses.delete(""))
    assert not route.called


async def test_delete(bud: Any, mock_api: respx.MockRouter) -> None:
    route = mock_api.delete("/v1/responses/resp_1").mock(
        return_value=httpx.Response(
            200, json={"id": "resp_1", "object": "response", "deleted": True}
        )
    )
    result = await resolve(bud.responses.delete("resp_1"))
    assert isinstance(result, DeletedResponse)
    assert result.id == "resp_1"
    assert result.deleted is True
    assert route.call_count == 1


async def test_delete_empty_body(bud: Any, mock_api: respx.MockRouter) -> None:
    mock_api.delete("/v1/responses/resp_1").mock(return_value=httpx.Response(200))
    result = await resolve(bud.responses.delete("resp_1"))
    assert result.id == "resp_1"
    assert result.deleted is True


async def test_delete_missing(bud: Any, mock_api: respx.MockRouter) -> None:
    from bud.exceptions import NotFoundError

    mock_api.delete("/v1/responses/nope").mock(
        return_value=httpx.Response(404, json={"error": {"message": "No response 'nope'"}})
    )
    with pytest.raises(NotFoundError, match="No response 'nope'"):
        await resolve(bud.responses.delete("nope"))


async def test_cancel(bud: Any, mock_api: respx.MockRouter) -> None:
    route = mock_api.post("/v1/responses/resp_bg/cancel").mock(
        return_value=_ok(id="resp_bg", status="cancelled", output=[])
    )
    result = await resolve(bud.responses.cancel("resp_bg"))
    assert isinstance(result, Response)
    assert result.id == "resp_bg"
    assert result.status == "cancelled"
    assert result.output_text == ""
    assert route.calls.last.request.method == "POST"


@pytest.mark.parametrize(
    ("response_id", "raw_path"),
    [
        ("resp/../../admin", b"/v1/responses/resp%2F..%2F..%2Fadmin"),
        ("a?b#c", b"/v1/responses/a%3Fb%23c"),
        ("a b", b"/v1/responses/a%20b"),
        ("a%2Fb", b"/v1/responses/a%252Fb"),
        ("résp", b"/v1/responses/r%C3%A9sp"),
    ],
)
async def test_path_unsafe_ids_are_quoted(
    bud: Any, mock_api: respx.MockRouter, response_id: str, raw_path: bytes
) -> None:
    route = mock_api.route().mock(return_value=_ok())
    await resolve(bud.responses.retrieve(response_id))
    assert route.calls.last.request.url.raw_path == raw_path
    await resolve(bud.responses.cancel(response_id))
    assert route.calls.last.request.url.raw_path == raw_path + b"/cancel"
    await resolve(bud.responses.delete(response_id))
    assert route.calls.last.request.url.raw_path == raw_path


@pytest.mark.parametrize("response_id", [".", ".."])
async def test_dot_segment_ids_never_escape_their_segment(
    bud: Any, mock_api: respx.MockRouter, response_id: str
) -> None:
    # `delete("..")` must not become DELETE /v1, nor `delete(".")` DELETE /v1/responses:
    # either the id is refused before any I/O, or it stays one segment under /v1/responses/
    route = mock_api.route().mock(return_value=httpx.Response(200, json={"deleted": True}))
    try:
        await resolve(bud.responses.delete(response_id))
    except ValueError:
        assert not route.called
        return
    path = route.calls.last.request.url.raw_path
    assert path.startswith(b"/v1/responses/"), path
    assert path != b"/v1/responses/", path


# ------------------------------------------------------------- input_items


def _item(n: int) -> dict[str, Any]:
    return {
        "type": "message",
        "id": f"item_{n}",
        "role": "user",
        "status": "completed",
        "content": [{"type": "input_text", "text": f"text {n}"}],
    }


PAGES = {
    None: {"data": [_item(1), _item(2)], "has_more": True},
    "item_2": {"data": [_item(3), _item(4)], "has_more": True},
    "item_4": {"data": [_item(5)], "has_more": False},
}


def _pages(request: httpx.Request) -> httpx.Response:
    page = PAGES[request.url.params.get("after")]
    data = page["data"]
    return httpx.Response(
        200,
        json={
            "object": "list",
            "data": data,
            "has_more": page["has_more"],
            "first_id": data[0]["id"],
            "last_id": data[-1]["id"],
        },
    )


@pytest.fixture
def pages_route(mock_api: respx.MockRouter) -> respx.Route:
    return mock_api.get("/v1/responses/resp_1/input_items").mock(side_effect=_pages)


def _afters(route: respx.Route) -> list[str | None]:
    return [call.request.url.params.get("after") for call in route.calls]


def test_input_items_sync_iterates_every_page(client: Any, pages_route: respx.Route) -> None:
    page = client.responses.input_items.list("resp_1", limit=2, order="asc")
    assert [item.id for item in page.data] == ["item_1", "item_2"]
    assert [item.id for item in page] == [f"item_{n}" for n in range(1, 6)]
    assert _afters(pages_route) == [None, "item_2", "item_4"]
    for call in pages_route.calls:
        assert call.request.url.params["limit"] == "2"
        assert call.request.url.params["order"] == "asc"
    assert [item.content[0].text for item in page.data] == ["text 1", "text 2"]


def test_input_items_sync_pages(client: Any, pages_route: respx.Route) -> None:
    first = client.responses.input_items.list("resp_1")
    assert first.has_next_page()
    assert first.first_id == "item_1" and first.last_id == "item_2"
    second = first.get_next_page()
    assert [i.id for i in second.data] == ["item_3", "item_4"]
    third = second.get_next_page()
    assert [i.id for i in third.data] == ["item_5"]
    assert not third.has_next_page()
    with pytest.raises(RuntimeError):
        third.get_next_page()
    assert [len(p.data) for p in first.iter_pages()] == [2, 2, 1]


async def test_input_items_async_iterates_every_page(
    async_client: Any, pages_route: respx.Route
) -> None:
    items = [item.id async for item in async_client.responses.input_items.list("resp_1", limit=2)]
    assert items == [f"item_{n}" for n in range(1, 6)]
    assert _afters(pages_route) == [None, "item_2", "item_4"]


async def test_input_items_async_await_first_page(
    async_client: Any, pages_route: respx.Route
) -> None:
    first = await async_client.responses.input_items.list("resp_1")
    assert [i.id for i in first.data] == ["item_1", "item_2"]
    assert pages_route.call_count == 1
    assert first.has_next_page()
    second = await first.get_next_page()
    assert [i.id for i in second.data] == ["item_3", "item_4"]
    third = await second.get_next_page()
    assert not third.has_next_page()
    assert _afters(pages_route) == [None, "item_2", "item_4"]
    # iterating a page walks it and every later page
    assert [i.id async for i in second] == ["item_3", "item_4", "item_5"]


async def test_input_items_after_given(bud: Any, pages_route: respx.Route) -> None:
    page = await resolve(bud.responses.input_items.list("resp_1", after="item_2"))
    assert [i.id for i in page.data] == ["item_3", "item_4"]
    assert _afters(pages_route) == ["item_2"]


@pytest.mark.parametrize(
    ("kwargs", "exc"),
    [({"limit": 0}, ValueError), ({"order": "up"}, ValueError), ({"include": [3]}, TypeError)],
)
async def test_input_items_bad_arguments(
    bud: Any, mock_api: respx.MockRouter, kwargs: dict[str, Any], exc: type
) -> None:
    route = mock_api.route().mock(return_value=_ok())
    with pytest.raises(exc):
        await resolve(bud.responses.input_items.list("resp_1", **kwargs))
    assert not route.called


# ------------------------------------------------------ input_tokens, compact


async def test_input_tokens_count(bud: Any, mock_api: respx.MockRouter) -> None:
    route = mock_api.post("/v1/responses/input_tokens").mock(
        return_value=httpx.Response(
            200, json={"object": "response.input_tokens", "input_tokens": 42}
        )
    )
    result = await resolve(
        bud.responses.input_tokens.count(
            model="gpt-4.1",
            input="How many?",
            instructions="Count",
            tools=[],
            truncation="auto",
            personality="friendly",
            extra_headers={"X-A": "1"},
        )
    )
    assert isinstance(result, TokenCountsResource)
    assert result.input_tokens == 42
    request = route.calls.last.request
    assert json.loads(request.content) == {
        "model": "gpt-4.1",
        "input": "How many?",
        "instructions": "Count",
        "tools": [],
        "truncation": "auto",
        "personality": "friendly",
    }
    assert request.headers["x-a"] == "1"


async def test_input_tokens_count_rejects_create_only_params(
    bud: Any, mock_api: respx.MockRouter
) -> None:
    route = mock_api.route().mock(return_value=_ok())
    with pytest.raises(TypeError, match="extra_body"):
        await resolve(bud.responses.input_tokens.count(model="m", store=True))
    assert not route.called


async def test_compact(bud: Any, mock_api: respx.MockRouter) -> None:
    route = mock_api.post("/v1/responses/compact").mock(
        return_value=httpx.Response(
            200,
            json={
                "id": "cmp_1",
                "object": "response.compaction",
                "created_at": 1700000000,
                "output": [message_item("summary")],
                "usage": sample_response()["usage"],
            },
        )
    )
    result = await resolve(
        bud.responses.compact(
            model="gpt-4.1",
            previous_response_id="resp_1",
            instructions="keep facts",
            service_tier="auto",
        )
    )
    assert isinstance(result, CompactResource)
    assert result.id == "cmp_1"
    assert result.usage.total_tokens == 20
    assert result.output[0].content[0].text == "summary"
    assert json.loads(route.calls.last.request.content) == {
        "model": "gpt-4.1",
        "previous_response_id": "resp_1",
        "instructions": "keep facts",
        "service_tier": "auto",
    }


async def test_compact_wrong_type(bud: Any, mock_api: respx.MockRouter) -> None:
    route = mock_api.route().mock(return_value=_ok())
    with pytest.raises(TypeError, match="model"):
        await resolve(bud.responses.compact(model=1))
    assert not route.called
