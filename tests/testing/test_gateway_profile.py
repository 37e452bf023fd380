"""LocalServer(gateway=True): the Bud gateway's behaviour, driven with the real SDK."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

import bud
from bud.testing import GatewayError, LocalServer, TextReply

AUTH = {"Authorization": "Bearer sk-test"}
MODEL = "bud-test-model"


@pytest.fixture
def server() -> Iterator[LocalServer]:
    with LocalServer(gateway=True) as srv:
        yield srv


@pytest.fixture
def client(server: LocalServer) -> Iterator[bud.BudClient]:
    with bud.BudClient(api_key="sk-test", base_url=server.base_url, max_retries=0) as c:
        yield c


def _async_client(server: LocalServer) -> bud.AsyncBudClient:
    return bud.AsyncBudClient(api_key="sk-test", base_url=server.base_url, max_retries=0)


# --- sub-routes need x-model-name -----------------------------------------------


def test_subroutes_without_model_header_answer_500_string_error(server: LocalServer) -> None:
    created = httpx.post(
        f"{server.base_url}/v1/responses",
        json={"model": MODEL, "input": "hi", "background": True},
        headers=AUTH,
    ).json()
    rid = created["id"]
    calls = [
        ("GET", f"/v1/responses/{rid}"),
        ("GET", f"/v1/responses/{rid}/input_items"),
        ("POST", f"/v1/responses/{rid}/cancel"),
        ("DELETE", f"/v1/responses/{rid}"),
    ]
    for method, path in calls:
        reply = httpx.request(method, server.base_url + path, headers=AUTH)
        assert reply.status_code == 500, (method, path)
        assert reply.json() == {"error": "Model 'default' not found"}
    with_header = {**AUTH, "x-model-name": MODEL}
    for method, path in calls:
        reply = httpx.request(method, server.base_url + path, headers=with_header)
        assert reply.status_code == 200, (method, path, reply.text)


def test_sdk_retrieve_without_model_is_internal_server_error(
    server: LocalServer, client: bud.BudClient
) -> None:
    created = client.responses.create(model=MODEL, input="hello")
    with pytest.raises(bud.InternalServerError) as info:
        client.responses.retrieve(created.id)
    assert info.value.status_code == 500
    assert "Model 'default' not found" in str(info.value)

    got = client.responses.retrieve(created.id, model=MODEL)
    assert got.id == created.id
    items = client.responses.input_items.list(created.id, model=MODEL)
    assert [item.id for item in items.data]
    assert server.last_request.headers["x-model-name"] == MODEL
    client.responses.delete(created.id, model=MODEL)
    assert server.stored_response(created.id) is None


def test_sdk_cancel_with_model(client: bud.BudClient) -> None:
    created = client.responses.create(model=MODEL, input="hello", background=True)
    with pytest.raises(bud.InternalServerError):
        client.responses.cancel(created.id)
    cancelled = client.responses.cancel(created.id, model=MODEL)
    assert cancelled.status == "cancelled"


async def test_async_sdk_retrieve_needs_model(server: LocalServer) -> None:
    async with _async_client(server) as client:
        created = await client.responses.create(model=MODEL, input="hello")
        with pytest.raises(bud.InternalServerError) as info:
            await client.responses.retrieve(created.id)
        assert info.value.status_code == 500
        got = await client.responses.retrieve(created.id, model=MODEL)
        assert got.id == created.id
        await client.responses.delete(created.id, model=MODEL)


def test_client_model_is_sent_as_header(server: LocalServer) -> None:
    with bud.BudClient(
        api_key="sk-test", base_url=server.base_url, max_retries=0, model=MODEL
    ) as client:
        created = client.responses.create(input="hello")
        assert client.responses.retrieve(created.id).id == created.id


# --- routes the gateway does not serve ---------------------------------------------


@pytest.mark.parametrize("name", ["input_tokens", "compact"])
def test_openai_only_routes_are_404(server: LocalServer, name: str) -> None:
    reply = httpx.post(
        f"{server.base_url}/v1/responses/{name}", json={"model": MODEL, "input": "x"}, headers=AUTH
    )
    assert reply.status_code == 404
    assert isinstance(reply.json()["error"], str)


def test_openai_only_routes_still_served_outside_gateway_mode() -> None:
    with LocalServer() as plain:
        reply = httpx.post(
            f"{plain.base_url}/v1/responses/input_tokens",
            json={"model": MODEL, "input": "x"},
            headers=AUTH,
        )
        assert reply.status_code == 200
        assert "x-request-id" in reply.headers
        assert "x-tensorzero-gateway-version" not in reply.headers


# --- streams -------------------------------------------------------------------


def _raw_stream(server: LocalServer, body: dict[str, Any]) -> bytes:
    reply = httpx.post(f"{server.base_url}/v1/responses", json=body, headers=AUTH)
    assert reply.headers["content-type"].startswith("text/event-stream")
    return reply.content


def test_stream_frames_have_event_lines_and_no_done_marker() -> None:
    with LocalServer(gateway=True, done_marker=True) as server:
        raw = _raw_stream(server, {"model": MODEL, "input": "hi", "stream": True})
    assert b"[DONE]" not in raw
    frames = [f for f in raw.split(b"\n\n") if f]
    assert all(f.startswith(b"event: ") and b"\ndata: " in f for f in frames)
    assert frames[-1].startswith(b"event: response.completed\n")


def test_done_model_stream_ends_in_response_done(server: LocalServer) -> None:
    raw = _raw_stream(server, {"model": "bud-done-model", "input": "hi", "stream": True})
    last = [f for f in raw.split(b"\n\n") if f][-1]
    assert last.startswith(b"event: response.done\n")
    payload = json.loads(last.split(b"data: ", 1)[1])
    assert payload["type"] == "response.done"
    assert payload["response"]["status"] == "completed"
    assert isinstance(payload["sequence_number"], int)
    assert b"response.completed" not in raw


def test_sdk_done_model_stream_has_final_response(client: bud.BudClient) -> None:
    with client.responses.create(model="bud-done-model", input="hi", stream=True) as stream:
        kinds = [event.type for event in stream]
    assert kinds[-1] == "response.done"
    assert stream.final_response is not None
    assert stream.final_response.status == "completed"


async def test_async_sdk_done_model_stream_has_final_response(server: LocalServer) -> None:
    server.enqueue(TextReply("done and dusted"))
    async with _async_client(server) as client:
        stream = await client.responses.create(model="bud-done-model", input="hi", stream=True)
        kinds = [event.type async for event in stream]
    assert kinds[-1] == "response.done"
    assert stream.final_response is not None
    assert stream.final_response.output[0].content[0].text == "done and dusted"


def test_custom_done_models() -> None:
    with LocalServer(gateway=True, done_models=("special",)) as server:
        raw = _raw_stream(server, {"model": "special", "input": "hi", "stream": True})
        assert b"event: response.done\n" in raw
        raw = _raw_stream(server, {"model": "bud-done-model", "input": "hi", "stream": True})
        assert b"event: response.completed\n" in raw


# --- stored prompts decide streaming --------------------------------------------------


def test_streaming_prompt_streams_a_non_streaming_create(server: LocalServer) -> None:
    reply = httpx.post(
        f"{server.base_url}/v1/responses",
        json={"prompt": {"id": "pmpt_stream"}, "input": "hi"},
        headers=AUTH,
    )
    assert reply.headers["content-type"].startswith("text/event-stream")
    assert reply.headers["x-tensorzero-prompt-id"] == "pmpt_stream"


def test_sdk_reads_a_prompt_stream_to_its_response(client: bud.BudClient) -> None:
    response = client.responses.create(prompt={"id": "pmpt_stream"}, input="hi")
    assert response.status == "completed"
    assert response.output[0].content[0].text == "You said: hi"


def test_sdk_stream_of_json_prompt_yields_one_completed(client: bud.BudClient) -> None:
    with client.responses.create(
        model=MODEL, prompt={"id": "pmpt_json"}, input="hi", stream=True
    ) as stream:
        kinds = [event.type for event in stream]
    assert kinds == ["response.completed"]
    assert stream.final_response is not None


async def test_async_sdk_prompts_decide_streaming(server: LocalServer) -> None:
    async with _async_client(server) as client:
        response = await client.responses.create(prompt={"id": "pmpt_stream"}, input="hi")
        assert response.status == "completed"
        stream = await client.responses.create(prompt={"id": "pmpt_json"}, input="hi", stream=True)
        kinds = [event.type async for event in stream]
        assert kinds == ["response.completed"]


def test_unknown_prompt_is_404_auth_shape(server: LocalServer, client: bud.BudClient) -> None:
    reply = httpx.post(
        f"{server.base_url}/v1/responses",
        json={"prompt": {"id": "pmpt_nope"}, "input": "hi"},
        headers=AUTH,
    )
    assert reply.status_code == 404
    error = reply.json()["error"]
    assert error["type"] == "invalid_request_error" and error["code"] == 404
    with pytest.raises(bud.NotFoundError) as info:
        client.responses.create(prompt={"id": "pmpt_nope"}, input="hi")
    assert "pmpt_nope" in str(info.value)


def test_custom_prompt_table() -> None:
    with LocalServer(gateway=True, prompts={"mine": True}) as server:
        raw = _raw_stream(server, {"prompt": {"id": "mine"}, "input": "hi", "stream": False})
        assert raw.rstrip().endswith(b"}")


def test_body_without_model_or_prompt_is_400(server: LocalServer) -> None:
    reply = httpx.post(f"{server.base_url}/v1/responses", json={"input": "hi"}, headers=AUTH)
    assert reply.status_code == 400


# --- error shapes ---------------------------------------------------------------------


ERROR_CASES: list[tuple[GatewayError, type[bud.APIStatusError], int]] = [
    (GatewayError("rate_limit", message="Too many requests for key"), bud.RateLimitError, 429),
    (
        GatewayError("quota", message="Usage quota exceeded: 1000 tokens"),
        bud.QuotaExceededError,
        402,
    ),
    (GatewayError("forbidden", message="Blocked by rule geo"), bud.PermissionDeniedError, 403),
    (GatewayError("gateway", message="Model 'x' not found"), bud.InternalServerError, 500),
    (GatewayError("provider", message="Upstream said no"), bud.BadGatewayError, 502),
    (GatewayError("timeout", message="Provider timed out"), bud.GatewayTimeoutError, 504),
    (GatewayError("auth", message="Invalid key"), bud.AuthenticationError, 401),
]


@pytest.mark.parametrize(("reply", "error_type", "status"), ERROR_CASES)
def test_error_shapes_give_typed_sdk_errors(
    server: LocalServer,
    client: bud.BudClient,
    reply: GatewayError,
    error_type: type[bud.APIStatusError],
    status: int,
) -> None:
    server.enqueue(reply)
    with pytest.raises(error_type) as info:
        client.responses.create(model=MODEL, input="hi")
    assert info.value.status_code == status
    assert reply.message is not None and reply.message in str(info.value)


async def test_async_error_shapes(server: LocalServer) -> None:
    server.enqueue(GatewayError("provider", provider_error={"type": "overloaded"}))
    server.enqueue(GatewayError("timeout", timeout_seconds=12))
    async with _async_client(server) as client:
        with pytest.raises(bud.BadGatewayError) as bad:
            await client.responses.create(model=MODEL, input="hi")
        assert bad.value.provider_error == {"type": "overloaded"}
        with pytest.raises(bud.GatewayTimeoutError) as slow:
            await client.responses.create(model=MODEL, input="hi")
        assert slow.value.timeout_seconds == 12


def test_error_bodies_on_the_wire(server: LocalServer) -> None:
    def send(reply: GatewayError) -> httpx.Response:
        server.enqueue(reply)
        return httpx.post(
            f"{server.base_url}/v1/responses", json={"model": MODEL, "input": "x"}, headers=AUTH
        )

    limited = send(GatewayError("rate_limit", message="slow down", retry_after=3))
    assert limited.status_code == 429
    assert limited.headers["content-type"].startswith("text/plain")
    assert limited.headers["retry-after"] == "3"
    assert json.loads(limited.text)["error"] == {
        "message": "slow down",
        "type": "rate_limit_error",
        "code": "rate_limit_exceeded",
    }
    quota = send(GatewayError("quota"))
    assert quota.status_code == 402
    assert quota.json()["error"]["type"] == "insufficient_quota"
    assert quota.json()["error"]["code"] == 402
    assert quota.json()["error"]["message"].startswith("Usage quota exceeded")
    assert send(GatewayError("forbidden", message="no")).json() == {
        "error": "forbidden",
        "message": "no",
    }
    provider = send(GatewayError("provider", message="bad", provider_error={"raw": True}))
    assert provider.status_code == 502
    assert provider.json() == {"error": {"message": "bad"}, "provider_error": {"raw": True}}
    timeout = send(GatewayError("timeout", message="slow", timeout_seconds=7))
    assert timeout.status_code == 504
    assert timeout.json()["error"] == {
        "message": "slow",
        "type": "timeout_error",
        "timeout_seconds": 7,
    }
    assert send(GatewayError("gateway", 404, "gone")).json() == {"error": "gone"}


def test_sdk_error_details(client: bud.BudClient, server: LocalServer) -> None:
    server.enqueue(GatewayError("provider", message="boom", provider_error={"code": "x"}))
    with pytest.raises(bud.BadGatewayError) as bad:
        client.responses.create(model=MODEL, input="hi")
    assert bad.value.provider_error == {"code": "x"}
    server.enqueue(GatewayError("timeout", message="slow", timeout_seconds=45))
    with pytest.raises(bud.GatewayTimeoutError) as slow:
        client.responses.create(model=MODEL, input="hi")
    assert slow.value.timeout_seconds == 45


def test_unknown_gateway_error_kind() -> None:
    with pytest.raises(ValueError):
        GatewayError("nope")  # type: ignore[arg-type]


def test_missing_bearer_gets_auth_shape(server: LocalServer) -> None:
    reply = httpx.post(f"{server.base_url}/v1/responses", json={"model": MODEL, "input": "x"})
    assert reply.status_code == 401
    assert reply.json()["error"]["code"] == 401


# --- headers -----------------------------------------------------------------------------


RATE_HEADERS = ("x-tensorzero-gateway-version", "x-ratelimit-limit", "x-ratelimit-remaining")


def test_json_reply_headers(server: LocalServer) -> None:
    reply = httpx.post(
        f"{server.base_url}/v1/responses", json={"model": MODEL, "input": "hi"}, headers=AUTH
    )
    headers = reply.headers
    for name in RATE_HEADERS:
        assert name in headers
    assert int(headers["x-ratelimit-reset"]) > time.time() - 1
    assert int(headers["x-ratelimit-remaining"]) < int(headers["x-ratelimit-limit"])
    assert int(headers["x-tensorzero-model-latency-ms"]) >= 0
    usage = reply.json()["usage"]
    assert int(headers["x-tensorzero-input-tokens"]) == usage["input_tokens"]
    assert int(headers["x-tensorzero-output-tokens"]) == usage["output_tokens"]
    assert int(headers["x-tensorzero-total-tokens"]) == usage["total_tokens"]
    assert float(headers["x-tensorzero-inference-cost"]) > 0
    assert "x-request-id" not in headers


def test_stream_and_other_reply_headers(server: LocalServer) -> None:
    stream = httpx.post(
        f"{server.base_url}/v1/responses",
        json={"model": MODEL, "input": "hi", "stream": True},
        headers=AUTH,
    )
    assert "x-tensorzero-model-latency-ms" in stream.headers
    assert "x-tensorzero-input-tokens" not in stream.headers
    models = httpx.get(f"{server.base_url}/v1/models", headers=AUTH)
    missing = httpx.get(f"{server.base_url}/v1/nothing", headers=AUTH)
    server.enqueue(GatewayError("forbidden"))
    refused = httpx.post(f"{server.base_url}/v1/responses", json={"model": MODEL}, headers=AUTH)
    unauthorised = httpx.get(f"{server.base_url}/v1/models")
    for reply in (stream, models, missing, refused, unauthorised):
        for name in (*RATE_HEADERS, "x-ratelimit-reset"):
            assert name in reply.headers, (reply.request.url, name)
        assert "x-request-id" not in reply.headers


# --- OTLP sink ---------------------------------------------------------------------------


@pytest.mark.parametrize("signal", ["traces", "metrics", "logs"])
def test_otlp_protobuf_export_is_kept(server: LocalServer, signal: str) -> None:
    reply = httpx.post(
        f"{server.base_url}/v1/{signal}",
        content=b"\x0a\x02\x08\x01",
        headers={**AUTH, "content-type": "application/x-protobuf"},
    )
    assert reply.status_code == 200
    assert reply.headers["content-type"] == "application/x-protobuf"
    assert reply.content == b""
    [export] = server.telemetry
    assert export.path == f"/v1/{signal}" and export.signal == signal
    assert export.content_type == "application/x-protobuf" and export.is_protobuf
    assert export.body == b"\x0a\x02\x08\x01"


def test_otlp_json_export_is_kept(server: LocalServer) -> None:
    body = {"resourceSpans": []}
    reply = httpx.post(f"{server.base_url}/v1/traces", json=body, headers=AUTH)
    assert reply.status_code == 200
    assert reply.json() == {}
    assert server.telemetry[-1].json() == body
    server.clear_telemetry()
    assert server.telemetry == []


def test_otlp_sink_served_outside_gateway_mode_too() -> None:
    seen: list[str] = []
    with LocalServer(on_telemetry=lambda export: seen.append(export.path)) as server:
        reply = httpx.post(
            f"{server.base_url}/v1/traces",
            content=b"",
            headers={**AUTH, "content-type": "application/x-protobuf"},
        )
        assert reply.status_code == 200
        assert server.wait_for_telemetry("traces", timeout=1)
        assert not server.wait_for_telemetry("logs", timeout=0.05)
    assert seen == ["/v1/traces"]


def test_observability_exports_spans_to_the_sink(server: LocalServer) -> None:
    pytest.importorskip("opentelemetry.sdk")
    from bud import observability

    try:
        observability.configure(
            api_key="sk-test",
            mode="internal",
            collector_endpoint=server.base_url,
            service_name="gateway-profile-test",
        )
        tracer = observability.get_tracer()
        with tracer.start_as_current_span("gateway-profile-span"):
            pass
        observability.flush(timeout_millis=5_000)
        assert server.wait_for_telemetry("traces", timeout=5)
    finally:
        observability.shutdown()
    traces = [e for e in server.telemetry if e.signal == "traces"]
    assert any(b"gateway-profile-span" in e.body for e in traces)
    assert all(e.is_protobuf for e in traces)
    posted = [r for r in server.requests if r.path == "/v1/traces"]
    assert posted[0].headers["authorization"] == "Bearer sk-test"


# --- CLI -----------------------------------------------------------------------------------


def test_cli_gateway_verbose_prints_exports() -> None:
    proc = subprocess.Popen(
        [sys.executable, "-m", "bud.testing", "--gateway", "--verbose"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stdout is not None
        url = proc.stdout.readline().strip()
        missing = httpx.get(f"{url}/v1/responses/resp_x", headers=AUTH)
        assert missing.status_code == 500
        assert missing.json() == {"error": "Model 'default' not found"}
        reply = httpx.post(
            f"{url}/v1/traces",
            content=b"abc",
            headers={**AUTH, "content-type": "application/x-protobuf"},
        )
        assert reply.status_code == 200
        line = proc.stdout.readline()
        assert "traces" in line and "3 bytes" in line
    finally:
        proc.terminate()
        proc.wait(timeout=30)
        for pipe in (proc.stdout, proc.stderr):
            if pipe is not None:
                pipe.close()


def test_bud_serve_local_accepts_gateway_flag() -> None:
    from bud.testing.cli import _parser

    args = _parser("bud serve-local").parse_args(["--gateway", "--verbose"])
    assert args.gateway and args.verbose


def test_sdk_rate_limit_error_details(server: LocalServer, client: bud.BudClient) -> None:
    server.enqueue(GatewayError("rate_limit", message="slow down", retry_after=2))
    with pytest.raises(bud.RateLimitError) as info:
        client.responses.create(model=MODEL, input="hi")
    err = info.value
    assert err.error_type == "rate_limit_error" and err.code == "rate_limit_exceeded"
    assert err.retry_after == 2
    assert err.request_id is None
    headers = err.response.headers
    assert headers["content-type"].startswith("text/plain")
    for name in (*RATE_HEADERS, "x-ratelimit-reset"):
        assert name in headers
