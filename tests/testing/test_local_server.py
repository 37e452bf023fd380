"""bud.testing.LocalServer driven over real loopback sockets with raw httpx / httpx-sse."""

from __future__ import annotations

import asyncio
import json
import socket
import threading
from collections.abc import Iterator
from typing import Any

import httpx
import httpx_sse
import pytest

from bud.testing import (
    Combined,
    Delay,
    Disconnect,
    DropConnection,
    ErrorEventReply,
    FailedReply,
    FunctionCallReply,
    HTTPErrorReply,
    IncompleteReply,
    LocalServer,
    Malformed,
    RawReply,
    ReasoningReply,
    Stall,
    TextReply,
    Truncate,
    WithHeaders,
    WithUsage,
)

AUTH = {"Authorization": "Bearer sk-test"}
BODY: dict[str, Any] = {"model": "bud-test-model", "input": "Tell me about tests"}
TERMINAL = {"response.completed", "response.incomplete", "response.failed", "error"}
TEXT_LIFECYCLE = [
    "response.created",
    "response.in_progress",
    "response.output_item.added",
    "response.content_part.added",
    "response.output_text.delta",
    "response.output_text.done",
    "response.content_part.done",
    "response.output_item.done",
    "response.completed",
]

Events = list[tuple[str, Any]]


# --- fixtures and helpers ------------------------------------------------------


def server_threads() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name == "bud-local-server"]


@pytest.fixture(autouse=True)
def no_leaked_servers() -> Iterator[None]:
    yield
    assert server_threads() == []


@pytest.fixture
def server() -> Iterator[LocalServer]:
    with LocalServer() as srv:
        yield srv
        assert srv.errors == []
    assert not srv.running


@pytest.fixture
def client(server: LocalServer) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=server.base_url, headers=AUTH) as c:
        yield c


def parse(data: str) -> Any:
    try:
        return json.loads(data)
    except ValueError:
        return data


def stream(client: httpx.Client, body: dict[str, Any] = BODY) -> Events:
    with httpx_sse.connect_sse(
        client, "POST", "/v1/responses", json={**body, "stream": True}
    ) as source:
        assert source.response.status_code == 200
        return [(sse.event, parse(sse.data)) for sse in source.iter_sse()]


def names(events: Events) -> list[str]:
    return [name for name, _ in events]


def collapse(events: Events) -> list[str]:
    """Event names with runs of the same delta event folded into one."""
    out: list[str] = []
    for name in names(events):
        if not (name.endswith(".delta") and out and out[-1] == name):
            out.append(name)
    return out


def without_ids(value: Any) -> Any:
    """Strip what legitimately differs between two runs: ids and timestamps."""
    if isinstance(value, dict):
        skip = {"id", "created_at", "completed_at", "call_id"}
        return {k: without_ids(v) for k, v in value.items() if k not in skip}
    if isinstance(value, list):
        return [without_ids(v) for v in value]
    return value


# --- lifecycle -------------------------------------------------------------------


def test_base_url_is_loopback_without_v1(server: LocalServer) -> None:
    assert server.base_url == f"http://127.0.0.1:{server.port}"
    assert server.port > 0


def test_stop_closes_the_port_and_joins_the_thread() -> None:
    srv = LocalServer().start()
    url = srv.base_url
    assert len(server_threads()) == 1
    with httpx.Client(headers=AUTH) as c:
        assert c.post(url + "/v1/responses", json=BODY).status_code == 200
        srv.stop()  # with the client's keep-alive connection still open
        assert server_threads() == []
        with pytest.raises(httpx.TransportError):
            c.post(url + "/v1/responses", json=BODY)
    srv.stop()  # idempotent


def test_start_fails_when_the_port_is_taken() -> None:
    with LocalServer() as first:
        with pytest.raises(OSError):
            LocalServer(port=first.port).start()
    assert server_threads() == []


async def test_async_context_manager_and_async_client() -> None:
    async with LocalServer() as srv:
        async with httpx.AsyncClient(base_url=srv.base_url, headers=AUTH) as ac:
            response = await ac.post("/v1/responses", json=BODY)
            assert response.json()["status"] == "completed"
            async with httpx_sse.aconnect_sse(
                ac, "POST", "/v1/responses", json={**BODY, "stream": True}
            ) as source:
                got = [sse.event async for sse in source.aiter_sse()]
    assert collapse([(n, None) for n in got]) == TEXT_LIFECYCLE


# --- creation -------------------------------------------------------------------


def test_non_streaming_create_returns_a_full_response(client: httpx.Client) -> None:
    response = client.post("/v1/responses", json=BODY)
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/json"
    assert response.headers["x-request-id"].startswith("req_")
    body = response.json()
    assert body["id"].startswith("resp_") and len(body["id"]) == 5 + 48
    assert body["object"] == "response"
    assert body["status"] == "completed"
    assert body["model"] == "bud-test-model"
    assert isinstance(body["created_at"], int)
    assert body["error"] is None and body["incomplete_details"] is None
    [item] = body["output"]
    assert item["id"].startswith("msg_")
    assert (item["type"], item["role"], item["status"]) == ("message", "assistant", "completed")
    [part] = item["content"]
    assert part == {
        "type": "output_text",
        "text": "You said: Tell me about tests",
        "annotations": [],
        "logprobs": [],
    }
    usage = body["usage"]
    assert usage["input_tokens"] == 4  # Tell / me / about / tests
    assert usage["output_tokens"] == 7  # You / said / : / Tell / me / about / tests
    assert usage["total_tokens"] == 11
    assert usage["input_tokens_details"]["cached_tokens"] == 0
    assert usage["output_tokens_details"]["reasoning_tokens"] == 0


def test_streamed_create_follows_the_full_lifecycle(client: httpx.Client) -> None:
    with httpx_sse.connect_sse(
        client, "POST", "/v1/responses", json={**BODY, "stream": True}
    ) as source:
        assert source.response.headers["content-type"].startswith("text/event-stream")
        assert source.response.headers["transfer-encoding"] == "chunked"
        assert source.response.headers["x-request-id"].startswith("req_")
        raw = [(sse.event, sse.data) for sse in source.iter_sse()]
    assert "[DONE]" not in [data for _, data in raw]
    events = [(name, json.loads(data)) for name, data in raw]
    assert collapse(events) == TEXT_LIFECYCLE
    assert [data["sequence_number"] for _, data in events] == list(range(len(events)))
    assert all(data["type"] == name for name, data in events)

    created, in_progress = events[0][1]["response"], events[1][1]["response"]
    assert created["status"] == in_progress["status"] == "in_progress"
    assert created["output"] == [] and created["usage"] is None
    deltas = [data["delta"] for name, data in events if name == "response.output_text.delta"]
    done = next(data for name, data in events if name == "response.output_text.done")
    assert "".join(deltas) == done["text"] == "You said: Tell me about tests"
    item_ids = {data.get("item_id") for _, data in events[3:-2]}
    assert len(item_ids) == 1 and item_ids.pop().startswith("msg_")

    completed = events[-1][1]["response"]
    assert completed["status"] == "completed" and completed["model"] == "bud-test-model"
    assert completed["id"] == created["id"]
    assert completed["output"][0] == events[-2][1]["item"]
    # The stored object is exactly what the completed event carried.
    assert client.get(f"/v1/responses/{completed['id']}").json() == completed


def test_non_stream_object_equals_the_streamed_completed_response(client: httpx.Client) -> None:
    plain = client.post("/v1/responses", json=BODY).json()
    completed = stream(client)[-1][1]["response"]
    assert without_ids(plain) == without_ids(completed)


def test_request_fields_are_echoed(client: httpx.Client) -> None:
    body = {
        **BODY,
        "instructions": "Be brief.",
        "temperature": 0.2,
        "metadata": {"k": "v"},
        "max_output_tokens": 500,
        "tools": [{"type": "function", "name": "f", "parameters": {}}],
    }
    result = client.post("/v1/responses", json=body).json()
    assert result["instructions"] == "Be brief."
    assert result["temperature"] == 0.2
    assert result["metadata"] == {"k": "v"}
    assert result["max_output_tokens"] == 500
    assert result["tools"] == body["tools"]
    assert result["tool_choice"] == "auto" and result["top_p"] == 1.0


def test_done_marker_option() -> None:
    with LocalServer(done_marker=True) as srv, httpx.Client(headers=AUTH) as c:
        with httpx_sse.connect_sse(
            c, "POST", srv.base_url + "/v1/responses", json={**BODY, "stream": True}
        ) as source:
            data = [sse.data for sse in source.iter_sse()]
    assert data[-1] == "[DONE]"
    assert json.loads(data[-2])["type"] == "response.completed"


def test_default_reply_honours_max_output_tokens(client: httpx.Client) -> None:
    body = {**BODY, "max_output_tokens": 3}
    result = client.post("/v1/responses", json=body).json()
    assert result["status"] == "incomplete"
    assert result["incomplete_details"] == {"reason": "max_output_tokens"}
    assert result["output"][0]["content"][0]["text"] == "You said:"


def test_default_reply_calls_a_forced_tool(client: httpx.Client) -> None:
    body = {
        **BODY,
        "tools": [{"type": "function", "name": "lookup", "parameters": {}}],
        "tool_choice": {"type": "function", "name": "lookup"},
    }
    [item] = client.post("/v1/responses", json=body).json()["output"]
    assert (item["type"], item["name"], item["arguments"]) == ("function_call", "lookup", "{}")


def test_follow_up_counts_the_previous_turn_as_cached(client: httpx.Client) -> None:
    first = client.post("/v1/responses", json=BODY).json()
    follow = {"model": "m", "input": "and more", "previous_response_id": first["id"]}
    usage = client.post("/v1/responses", json=follow).json()["usage"]
    prior = first["usage"]["total_tokens"]
    assert usage["input_tokens_details"]["cached_tokens"] == prior
    assert usage["input_tokens"] == prior + 2


def test_store_false_is_not_retrievable(client: httpx.Client) -> None:
    result = client.post("/v1/responses", json={**BODY, "store": False}).json()
    assert client.get(f"/v1/responses/{result['id']}").status_code == 404


# --- other endpoints -----------------------------------------------------------


def test_retrieve_and_replay_after_a_sequence_number(client: httpx.Client) -> None:
    events = stream(client)
    response_id = events[0][1]["response"]["id"]
    with httpx_sse.connect_sse(
        client, "GET", f"/v1/responses/{response_id}?stream=true&starting_after=3"
    ) as source:
        replay = [(sse.event, json.loads(sse.data)) for sse in source.iter_sse()]
    assert replay == events[4:]
    with httpx_sse.connect_sse(client, "GET", f"/v1/responses/{response_id}?stream=true") as s:
        assert len(list(s.iter_sse())) == len(events)


def test_unknown_response_is_404_everywhere(client: httpx.Client) -> None:
    for method, path in [
        ("GET", "/v1/responses/resp_nope"),
        ("DELETE", "/v1/responses/resp_nope"),
        ("POST", "/v1/responses/resp_nope/cancel"),
        ("GET", "/v1/responses/resp_nope/input_items"),
    ]:
        response = client.request(method, path)
        assert response.status_code == 404, path
        assert set(response.json()["error"]) == {"message", "type", "param", "code"}


def test_delete(client: httpx.Client) -> None:
    response_id = client.post("/v1/responses", json=BODY).json()["id"]
    deleted = client.delete(f"/v1/responses/{response_id}")
    assert deleted.json() == {"id": response_id, "object": "response", "deleted": True}
    assert client.get(f"/v1/responses/{response_id}").status_code == 404
    assert client.delete(f"/v1/responses/{response_id}").status_code == 404


def test_cancel_a_background_response(client: httpx.Client) -> None:
    queued = client.post("/v1/responses", json={**BODY, "background": True}).json()
    assert queued["status"] == "queued" and queued["background"] is True
    cancelled = client.post(f"/v1/responses/{queued['id']}/cancel")
    assert cancelled.status_code == 200
    assert cancelled.json()["status"] == "cancelled"
    assert client.get(f"/v1/responses/{queued['id']}").json()["status"] == "cancelled"


def test_background_response_completes_and_cancel_is_then_a_no_op(client: httpx.Client) -> None:
    queued = client.post("/v1/responses", json={**BODY, "background": True}).json()
    done = client.get(f"/v1/responses/{queued['id']}").json()
    assert done["status"] == "completed"
    assert client.post(f"/v1/responses/{queued['id']}/cancel").json() == done


def test_cancel_a_foreground_response_is_rejected(client: httpx.Client) -> None:
    response_id = client.post("/v1/responses", json=BODY).json()["id"]
    assert client.post(f"/v1/responses/{response_id}/cancel").status_code == 400


def test_input_items_pagination(client: httpx.Client) -> None:
    inputs = [{"role": "user", "content": f"message {i}"} for i in range(5)]
    response_id = client.post("/v1/responses", json={**BODY, "input": inputs}).json()["id"]
    url = f"/v1/responses/{response_id}/input_items"

    everything = client.get(url).json()
    assert everything["object"] == "list" and everything["has_more"] is False
    texts = [item["content"][0]["text"] for item in everything["data"]]
    assert texts == [f"message {i}" for i in reversed(range(5))]  # desc by default
    assert all(item["id"].startswith("msg_") for item in everything["data"])
    assert everything["data"][0]["content"][0]["type"] == "input_text"

    seen: list[str] = []
    after: str | None = None
    while True:
        params: dict[str, Any] = {"limit": 2, "order": "asc"}
        if after:
            params["after"] = after
        page = client.get(url, params=params).json()
        assert page["first_id"] == page["data"][0]["id"]
        assert page["last_id"] == page["data"][-1]["id"]
        seen += [item["content"][0]["text"] for item in page["data"]]
        if not page["has_more"]:
            break
        after = page["last_id"]
    assert seen == [f"message {i}" for i in range(5)]
    assert client.get(url, params={"limit": 0}).status_code == 400
    assert client.get(url, params={"order": "sideways"}).status_code == 400


def test_input_tokens_matches_the_usage_of_a_create(client: httpx.Client) -> None:
    body = {**BODY, "instructions": "Answer in French."}
    counted = client.post("/v1/responses/input_tokens", json=body).json()
    usage = client.post("/v1/responses", json=body).json()["usage"]
    assert counted == {"object": "response.input_tokens", "input_tokens": usage["input_tokens"]}
    assert counted["input_tokens"] == 4 + 4  # "Answer", "in", "French", "."


def test_compact(client: httpx.Client) -> None:
    first = client.post("/v1/responses", json=BODY).json()
    body = {"model": "m", "previous_response_id": first["id"], "input": "and now?"}
    compacted = client.post("/v1/responses/compact", json=body).json()
    assert compacted["object"] == "response.compaction"
    assert compacted["id"].startswith("resp_")
    assert isinstance(compacted["created_at"], int)
    *kept, compaction = compacted["output"]
    assert [item["content"][0]["text"] for item in kept] == ["Tell me about tests", "and now?"]
    assert compaction["type"] == "compaction" and compaction["id"].startswith("cmp_")
    assert compaction["encrypted_content"]
    assert compacted["usage"]["total_tokens"] > 0


# --- errors and auth -----------------------------------------------------------


def assert_error(response: httpx.Response, status: int) -> dict[str, Any]:
    assert response.status_code == status
    assert response.headers["x-request-id"].startswith("req_")
    error: dict[str, Any] = response.json()["error"]
    assert set(error) == {"message", "type", "param", "code"}
    return error


def test_client_errors(client: httpx.Client) -> None:
    assert_error(client.get("/v1/files"), 404)
    assert_error(client.get("/elsewhere"), 404)
    bad = client.post(
        "/v1/responses", content=b"{not json", headers={"content-type": "application/json"}
    )
    assert assert_error(bad, 400)["type"] == "invalid_request_error"
    assert_error(client.post("/v1/responses", json=[1, 2]), 400)
    assert assert_error(client.post("/v1/responses", json={"input": "x"}), 400)["param"] == "model"
    assert_error(client.put("/v1/responses", json=BODY), 405)
    unknown = client.post("/v1/responses", json={**BODY, "previous_response_id": "resp_x"})
    assert assert_error(unknown, 400)["param"] == "previous_response_id"


def test_bearer_token_is_required(server: LocalServer) -> None:
    url = server.base_url + "/v1/responses"
    assert_error(httpx.post(url, json=BODY), 401)
    assert_error(httpx.post(url, json=BODY, headers={"Authorization": "Basic abc"}), 401)
    assert httpx.post(url, json=BODY, headers=AUTH).status_code == 200


def test_configured_api_key_must_match() -> None:
    with LocalServer(api_key="sk-right") as srv:
        url = srv.base_url + "/v1/responses"
        wrong = httpx.post(url, json=BODY, headers={"Authorization": "Bearer sk-wrong"})
        assert assert_error(wrong, 401)["code"] == "invalid_api_key"
        right = httpx.post(url, json=BODY, headers={"Authorization": "Bearer sk-right"})
        assert right.status_code == 200


def test_auth_can_be_disabled() -> None:
    with LocalServer(require_auth=False) as srv:
        assert httpx.post(srv.base_url + "/v1/responses", json=BODY).status_code == 200


def test_unauthorised_requests_do_not_consume_scripted_replies(server: LocalServer) -> None:
    server.enqueue(TextReply("scripted"))
    httpx.post(server.base_url + "/v1/responses", json=BODY)
    assert server.queued == 1


# --- connections and recording -------------------------------------------------


def test_keep_alive_reuses_one_connection(server: LocalServer, client: httpx.Client) -> None:
    client.post("/v1/responses", json=BODY)
    stream(client)
    client.get("/v1/responses/resp_missing")
    assert server.connection_count == 1
    assert {r.connection_id for r in server.requests} == {1}


def test_connection_close_is_honoured(server: LocalServer, client: httpx.Client) -> None:
    client.post("/v1/responses", json=BODY, headers={"Connection": "close"})
    client.post("/v1/responses", json=BODY)
    assert server.connection_count == 2


def test_chunked_request_body(server: LocalServer, client: httpx.Client) -> None:
    payload = json.dumps(BODY).encode()

    def pieces() -> Iterator[bytes]:
        yield payload[:10]
        yield payload[10:]

    response = client.post("/v1/responses", content=pieces())
    assert response.status_code == 200
    recorded = server.last_request
    assert recorded.headers["transfer-encoding"] == "chunked"
    assert recorded.json == BODY


def test_requests_are_recorded(server: LocalServer, client: httpx.Client) -> None:
    traceparent = "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01"
    client.post("/v1/responses", json=BODY, headers={"traceparent": traceparent, "X-Custom": "1"})
    client.get("/v1/responses/resp_x/input_items", params={"limit": "5", "order": "asc"})
    first, second = server.requests
    assert (first.method, first.path, first.json) == ("POST", "/v1/responses", BODY)
    assert json.loads(first.body) == BODY
    assert first.headers["TraceParent"] == traceparent
    assert first.headers["x-custom"] == first.headers["X-CUSTOM"] == "1"
    assert first.headers["authorization"] == "Bearer sk-test"
    assert (second.method, second.path) == ("GET", "/v1/responses/resp_x/input_items")
    assert second.query == {"limit": "5", "order": "asc"}
    assert second.json is None
    server.clear_requests()
    assert server.requests == []


def test_raw_wire_framing(server: LocalServer) -> None:
    body = json.dumps({**BODY, "stream": True}).encode()
    request = (
        b"POST /v1/responses HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer k\r\n"
        b"Content-Length: %d\r\n\r\n%s" % (len(body), body)
    )
    with socket.create_connection(("127.0.0.1", server.port)) as sock:
        sock.sendall(request)
        data = b""
        while not data.endswith(b"\r\n0\r\n\r\n"):
            data += sock.recv(65536)
    head, _, rest = data.partition(b"\r\n\r\n")
    assert head.startswith(b"HTTP/1.1 200 OK\r\n")
    assert b"transfer-encoding: chunked" in head.lower()
    size_line, _, rest = rest.partition(b"\r\n")
    first_chunk = rest[: int(size_line, 16)]
    assert first_chunk.startswith(b"event: response.created\ndata: {")
    assert first_chunk.endswith(b"}\n\n")


def test_malformed_request_line_gets_400_and_close(server: LocalServer) -> None:
    with socket.create_connection(("127.0.0.1", server.port)) as sock:
        sock.sendall(b"NONSENSE\r\n\r\n")
        data = b""
        while chunk := sock.recv(65536):
            data += chunk
    assert data.startswith(b"HTTP/1.1 400 Bad Request\r\n")
    assert json.loads(data.partition(b"\r\n\r\n")[2])["error"]["type"] == "invalid_request_error"


async def test_200_concurrent_streams_complete(server: LocalServer) -> None:
    limits = httpx.Limits(max_connections=200)
    async with httpx.AsyncClient(base_url=server.base_url, headers=AUTH, limits=limits) as ac:

        async def one(i: int) -> tuple[str, int]:
            body = {"model": "m", "input": f"stream {i}", "stream": True}
            async with httpx_sse.aconnect_sse(ac, "POST", "/v1/responses", json=body) as source:
                events = [json.loads(sse.data) async for sse in source.aiter_sse()]
            assert events[-1]["type"] == "response.completed"
            assert (
                events[-1]["response"]["output"][0]["content"][0]["text"] == f"You said: stream {i}"
            )
            return events[-1]["response"]["id"], len(events)

        results = await asyncio.gather(*(one(i) for i in range(200)))
    assert len({response_id for response_id, _ in results}) == 200
    assert len(server.requests) == 200


# --- scripted replies -----------------------------------------------------------


def test_replies_are_used_in_fifo_order(server: LocalServer, client: httpx.Client) -> None:
    server.enqueue(TextReply("first"), TextReply("second"))
    server.enqueue(TextReply("twice"), times=2)
    texts = [
        client.post("/v1/responses", json=BODY).json()["output"][0]["content"][0]["text"]
        for _ in range(5)
    ]
    assert texts == ["first", "second", "twice", "twice", "You said: Tell me about tests"]
    assert server.queued == 0


def test_text_reply_chunking(server: LocalServer, client: httpx.Client) -> None:
    server.enqueue(TextReply("abcdefghij", chunk_size=4), TextReply("one two three"))
    first = [d["delta"] for n, d in stream(client) if n == "response.output_text.delta"]
    second = [d["delta"] for n, d in stream(client) if n == "response.output_text.delta"]
    assert first == ["abcd", "efgh", "ij"]
    assert second == ["one", " two", " three"]


def test_exactly_n_text_deltas(server: LocalServer, client: httpx.Client) -> None:
    server.enqueue(TextReply.with_deltas(100, token="x "))
    events = stream(client)
    deltas = [d for n, d in events if n == "response.output_text.delta"]
    assert len(deltas) == 100 and {d["delta"] for d in deltas} == {"x "}
    assert len(events) == 108
    assert [d["sequence_number"] for _, d in events] == list(range(108))


def test_function_call_reply(server: LocalServer, client: httpx.Client) -> None:
    arguments = {"city": "Paris", "unit": "celsius"}
    server.enqueue(FunctionCallReply("get_weather", arguments, call_id="call_1", chunk_size=5))
    events = stream(client)
    assert collapse(events) == [
        "response.created",
        "response.in_progress",
        "response.output_item.added",
        "response.function_call_arguments.delta",
        "response.function_call_arguments.done",
        "response.output_item.done",
        "response.completed",
    ]
    added = events[2][1]["item"]
    assert added["id"].startswith("fc_") and added["arguments"] == ""
    deltas = [d["delta"] for n, d in events if n == "response.function_call_arguments.delta"]
    assert all(len(d) <= 5 for d in deltas)
    done = next(d for n, d in events if n == "response.function_call_arguments.done")
    assert done["name"] == "get_weather"
    assert json.loads("".join(deltas)) == json.loads(done["arguments"]) == arguments
    [item] = events[-1][1]["response"]["output"]
    assert item["type"] == "function_call" and item["call_id"] == "call_1"
    assert item["status"] == "completed" and json.loads(item["arguments"]) == arguments


def test_reasoning_reply(server: LocalServer, client: httpx.Client) -> None:
    server.enqueue(ReasoningReply(summary="Think it over first.", text="The answer."))
    events = stream(client)
    assert collapse(events) == [
        "response.created",
        "response.in_progress",
        "response.output_item.added",
        "response.reasoning_summary_part.added",
        "response.reasoning_summary_text.delta",
        "response.reasoning_summary_text.done",
        "response.reasoning_summary_part.done",
        "response.output_item.done",
        *TEXT_LIFECYCLE[2:],
    ]
    response = events[-1][1]["response"]
    reasoning, message = response["output"]
    assert reasoning["id"].startswith("rs_") and reasoning["type"] == "reasoning"
    assert reasoning["summary"] == [{"type": "summary_text", "text": "Think it over first."}]
    assert message["content"][0]["text"] == "The answer."
    assert response["usage"]["output_tokens_details"]["reasoning_tokens"] == 5
    assert response["usage"]["output_tokens"] == 5 + 3
    indexes = {d["output_index"] for n, d in events if n.startswith("response.output_text")}
    assert indexes == {1}


def test_combined_reply(server: LocalServer, client: httpx.Client) -> None:
    server.enqueue(
        Combined(TextReply("Calling two tools."), FunctionCallReply("a"), FunctionCallReply("b"))
    )
    output = client.post("/v1/responses", json=BODY).json()["output"]
    assert [item["type"] for item in output] == ["message", "function_call", "function_call"]
    assert [item.get("name") for item in output[1:]] == ["a", "b"]
    assert output[1]["call_id"] != output[2]["call_id"]


def test_incomplete_reply(server: LocalServer, client: httpx.Client) -> None:
    server.enqueue(IncompleteReply("cut here", reason="content_filter"))
    events = stream(client)
    assert events[-1][0] == "response.incomplete"
    response = events[-1][1]["response"]
    assert response["status"] == "incomplete"
    assert response["incomplete_details"] == {"reason": "content_filter"}
    assert response["output"][0]["status"] == "incomplete"
    assert response["usage"]["output_tokens"] == 2


def test_failed_reply(server: LocalServer, client: httpx.Client) -> None:
    server.enqueue(FailedReply("model crashed", code="server_error", partial_text="Half an"))
    events = stream(client)
    assert names(events)[-1] == "response.failed"
    assert "response.output_text.done" not in names(events)
    response = events[-1][1]["response"]
    assert response["status"] == "failed"
    assert response["error"] == {"code": "server_error", "message": "model crashed"}
    server.enqueue(FailedReply("again"))
    assert client.post("/v1/responses", json=BODY).json()["status"] == "failed"


def test_error_event_reply(server: LocalServer, client: httpx.Client) -> None:
    server.enqueue(ErrorEventReply("bad things", code="ERR_X", param="input"))
    events = stream(client)
    name, data = events[-1]
    assert name == "error"
    assert data["type"] == "error" and data["sequence_number"] == len(events) - 1
    assert (data["code"], data["message"], data["param"]) == ("ERR_X", "bad things", "input")
    server.enqueue(ErrorEventReply("bad things", code="ERR_X", http_status=502))
    assert assert_error(client.post("/v1/responses", json=BODY), 502)["code"] == "ERR_X"


def test_usage_override(server: LocalServer, client: httpx.Client) -> None:
    server.enqueue(WithUsage(TextReply("hi"), input_tokens=100, cached_tokens=40))
    usage = client.post("/v1/responses", json=BODY).json()["usage"]
    assert usage["input_tokens"] == 100 and usage["total_tokens"] == 101
    assert usage["input_tokens_details"]["cached_tokens"] == 40


def test_extra_headers(server: LocalServer, client: httpx.Client) -> None:
    server.enqueue(WithHeaders(headers={"x-ratelimit-remaining-requests": "9"}))
    response = client.post("/v1/responses", json=BODY)
    assert response.headers["x-ratelimit-remaining-requests"] == "9"
    assert response.json()["status"] == "completed"


# --- faults -----------------------------------------------------------------------


def test_http_error_with_retry_after(server: LocalServer, client: httpx.Client) -> None:
    server.enqueue(HTTPErrorReply(429, retry_after=2))
    server.enqueue(HTTPErrorReply(503, retry_after_ms=1500, headers={"x-extra": "y"}))
    limited = client.post("/v1/responses", json=BODY)
    assert assert_error(limited, 429)["code"] == "rate_limit_exceeded"
    assert limited.headers["retry-after"] == "2"
    unavailable = client.post("/v1/responses", json=BODY)
    assert assert_error(unavailable, 503)["type"] == "server_error"
    assert unavailable.headers["retry-after-ms"] == "1500"
    assert unavailable.headers["x-extra"] == "y"
    assert client.post("/v1/responses", json=BODY).status_code == 200  # the queue is spent


def test_http_error_custom_body_on_another_endpoint(
    server: LocalServer, client: httpx.Client
) -> None:
    server.enqueue(
        HTTPErrorReply(500, body={"detail": "boom"}), method="GET", path="/v1/responses/*"
    )
    assert client.post("/v1/responses", json=BODY).status_code == 200  # not matched
    response = client.get("/v1/responses/anything")
    assert (response.status_code, response.json()) == (500, {"detail": "boom"})


def test_truncated_stream_ends_cleanly_without_terminal_event(
    server: LocalServer, client: httpx.Client
) -> None:
    server.enqueue(Truncate(TextReply("one two three four five"), after=5))
    events = stream(client)  # no exception: the chunked body ended properly
    assert len(events) == 5
    assert not TERMINAL & set(names(events))
    response_id = events[0][1]["response"]["id"]
    # The connection is still good, and the full response can be resumed.
    with httpx_sse.connect_sse(
        client, "GET", f"/v1/responses/{response_id}?stream=true&starting_after=4"
    ) as source:
        rest = [sse.event for sse in source.iter_sse()]
    assert rest[-1] == "response.completed"
    assert server.connection_count == 1


def test_truncated_json_body(server: LocalServer, client: httpx.Client) -> None:
    server.enqueue(Truncate())
    response = client.post("/v1/responses", json=BODY)
    assert response.status_code == 200
    with pytest.raises(ValueError):
        response.json()


def test_disconnect_mid_stream(server: LocalServer, client: httpx.Client) -> None:
    server.enqueue(Disconnect(TextReply("one two three four"), after=3))
    got: list[str] = []
    with pytest.raises(httpx.RemoteProtocolError):
        with httpx_sse.connect_sse(
            client, "POST", "/v1/responses", json={**BODY, "stream": True}
        ) as source:
            for sse in source.iter_sse():
                got.append(sse.event)
    assert got == TEXT_LIFECYCLE[:3]
    assert client.post("/v1/responses", json=BODY).status_code == 200  # on a new connection
    assert server.connection_count == 2


def test_disconnect_with_reset(server: LocalServer, client: httpx.Client) -> None:
    server.enqueue(Disconnect(after=2, reset=True))
    with pytest.raises((httpx.ReadError, httpx.RemoteProtocolError)):
        stream(client)


def test_disconnect_during_json_body(server: LocalServer, client: httpx.Client) -> None:
    server.enqueue(Disconnect())
    with pytest.raises(httpx.RemoteProtocolError):
        client.post("/v1/responses", json=BODY)


def test_dropped_connection_before_any_bytes(server: LocalServer, client: httpx.Client) -> None:
    server.enqueue(DropConnection())
    with pytest.raises(httpx.RemoteProtocolError, match="without sending"):
        client.post("/v1/responses", json=BODY)
    assert server.requests[-1].json == BODY  # the request itself was read


def test_malformed_lines_between_valid_events(server: LocalServer, client: httpx.Client) -> None:
    server.enqueue(Malformed(after=2))
    with httpx_sse.connect_sse(
        client, "POST", "/v1/responses", json={**BODY, "stream": True}
    ) as source:
        raw = [(sse.event, sse.data) for sse in source.iter_sse()]
    bad = [data for _, data in raw if not isinstance(parse(data), dict)]
    assert bad == ["{this is not json", '{"type": "response.output_text.delta", ']
    assert raw[2] == ("message", "{this is not json")
    good = [(name, json.loads(data)) for name, data in raw if isinstance(parse(data), dict)]
    assert collapse(good) == TEXT_LIFECYCLE
    assert [d["sequence_number"] for _, d in good] == list(range(len(good)))


def test_custom_malformed_frames(server: LocalServer, client: httpx.Client) -> None:
    server.enqueue(Malformed(after=0, frames=["data: [1, 2\n\n"]))
    events = stream(client)
    assert events[0] == ("message", "[1, 2")
    assert events[-1][0] == "response.completed"


def test_per_event_delay_still_delivers_everything(
    server: LocalServer, client: httpx.Client
) -> None:
    server.enqueue(Delay(TextReply("a b c"), per_event=0.001, before_headers=0.001))
    assert collapse(stream(client)) == TEXT_LIFECYCLE


def test_delay_before_headers_trips_a_client_timeout(server: LocalServer) -> None:
    server.enqueue(Delay(before_headers=30))
    timeout = httpx.Timeout(5.0, read=0.2)
    with httpx.Client(base_url=server.base_url, headers=AUTH, timeout=timeout) as c:
        with pytest.raises(httpx.ReadTimeout):
            c.post("/v1/responses", json=BODY)


def test_non_json_200(server: LocalServer, client: httpx.Client) -> None:
    server.enqueue(RawReply("<html>oops</html>"))
    response = client.post("/v1/responses", json={**BODY, "stream": True})
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/html")
    assert response.text == "<html>oops</html>"


def test_stalled_stream_trips_a_read_timeout(server: LocalServer) -> None:
    stall = Stall(after=2)
    server.enqueue(stall)
    timeout = httpx.Timeout(5.0, read=0.3)
    got: list[str] = []
    with httpx.Client(base_url=server.base_url, headers=AUTH, timeout=timeout) as c:
        with pytest.raises(httpx.ReadTimeout):
            with httpx_sse.connect_sse(
                c, "POST", "/v1/responses", json={**BODY, "stream": True}
            ) as source:
                for sse in source.iter_sse():
                    got.append(sse.event)
    assert got == TEXT_LIFECYCLE[:2]
    assert stall.stalled


def test_stalled_stream_resumes_on_release(server: LocalServer, client: httpx.Client) -> None:
    stall = Stall(TextReply("slow but sure"), after=3)
    server.enqueue(stall)
    with httpx_sse.connect_sse(
        client, "POST", "/v1/responses", json={**BODY, "stream": True}
    ) as source:
        assert stall.wait_stalled(timeout=10)
        stall.release()
        events = [sse.event for sse in source.iter_sse()]
    assert collapse([(e, None) for e in events]) == TEXT_LIFECYCLE


def test_stalled_json_answer_sends_headers_first(server: LocalServer, client: httpx.Client) -> None:
    stall = Stall()
    server.enqueue(stall)
    with client.stream("POST", "/v1/responses", json=BODY) as response:
        assert response.status_code == 200  # headers arrived; the body has not
        assert stall.wait_stalled(timeout=10)
        stall.release()
        assert json.loads(response.read())["status"] == "completed"


def test_stop_while_stalled_does_not_hang() -> None:
    srv = LocalServer().start()
    stall = Stall()
    srv.enqueue(stall)
    with httpx.Client(headers=AUTH) as c:
        with c.stream("POST", srv.base_url + "/v1/responses", json={**BODY, "stream": True}):
            assert stall.wait_stalled(timeout=10)
            srv.stop()
    assert server_threads() == []


def test_nested_faults_compose(server: LocalServer, client: httpx.Client) -> None:
    server.enqueue(
        Delay(Truncate(Malformed(TextReply("x y z"), after=1), after=4), per_event=0.001)
    )
    events = stream(client)
    assert len([e for e in events if isinstance(e[1], dict)]) == 4
    assert events[1] == ("message", "{this is not json")


def test_server_wide_event_delay_paces_streams() -> None:
    # Headers arrive at once; the first event waits far longer than the read timeout.
    with LocalServer(event_delay=30) as srv:
        timeout = httpx.Timeout(5.0, read=0.3)
        with httpx.Client(base_url=srv.base_url, headers=AUTH, timeout=timeout) as c:
            with httpx_sse.connect_sse(
                c, "POST", "/v1/responses", json={**BODY, "stream": True}
            ) as source:
                assert source.response.status_code == 200
                with pytest.raises(httpx.ReadTimeout):
                    next(source.iter_sse())


def test_expect_100_continue(server: LocalServer) -> None:
    body = json.dumps(BODY).encode()
    head = (
        b"POST /v1/responses HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer k\r\n"
        b"Expect: 100-continue\r\nContent-Length: %d\r\n\r\n" % len(body)
    )
    with socket.create_connection(("127.0.0.1", server.port)) as sock:
        sock.sendall(head)
        assert sock.recv(65536) == b"HTTP/1.1 100 Continue\r\n\r\n"
        sock.sendall(body)
        data = b""
        while b"\r\n\r\n" not in data:
            data += sock.recv(65536)
    assert data.startswith(b"HTTP/1.1 200 OK\r\n")


def test_models_lists_the_configured_models() -> None:
    with LocalServer(models=("alpha", "beta")) as server:
        url = f"{server.base_url}/v1/models"
        with httpx.Client(headers={"Authorization": "Bearer k"}) as client:
            listed = client.get(url).json()
            assert listed["object"] == "list"
            assert [m["id"] for m in listed["data"]] == ["alpha", "beta"]
            assert all(m["object"] == "model" and m["owned_by"] == "bud" for m in listed["data"])
            assert client.post(url).status_code == 405
