"""`client.embeddings.create`, `client.classifications.create` and `client.models.list`:
typed answers from the embedded `LocalServer` (OpenAI and gateway profiles), base64
vectors decoded to the same floats, argument checks before any I/O, retries, error
mapping and `with_raw_response`. Sync and async (the `flavor` fixture)."""

from __future__ import annotations

import base64
import inspect
import json
import math
import ssl
import struct
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
import respx

import bud
from bud import _retries
from bud._core import DEFAULT_LIMITS
from bud.exceptions import (
    AuthenticationError,
    BadRequestError,
    InvalidResponseError,
    NotFoundError,
    RateLimitError,
)
from bud.testing import GatewayError, HTTPErrorReply, LocalServer
from bud.types import ClassifyLabel, ClassifyResponse, CreateEmbeddingResponse, Embedding, Model

from ._support import Flavor

EMBEDDINGS = "/v1/embeddings"
CLASSIFY = "/v1/classify"
MODEL = "bud-vector-test-model"
SERVER_MODELS = ("model-alpha", "model-beta", "model-gamma")
DEFAULT_LABELS = {"positive", "negative", "neutral"}


# --------------------------------------------------------------------------- fixtures


@pytest.fixture(scope="module")
def openai_server() -> Iterator[LocalServer]:
    with LocalServer(models=SERVER_MODELS) as server:
        yield server


@pytest.fixture(scope="module")
def gateway_server() -> Iterator[LocalServer]:
    with LocalServer(gateway=True, models=SERVER_MODELS) as server:
        yield server


def _fresh(server: LocalServer) -> Iterator[LocalServer]:
    server.clear_queue()
    server.clear_requests()
    yield server
    assert server.errors == []
    assert server.queued == 0, "a scripted reply was not used"
    server.clear_queue()


@pytest.fixture
def local(openai_server: LocalServer) -> Iterator[LocalServer]:
    yield from _fresh(openai_server)


@pytest.fixture
def gateway(gateway_server: LocalServer) -> Iterator[LocalServer]:
    yield from _fresh(gateway_server)


@pytest.fixture(params=["openai", "gateway"])
def any_server(
    request: pytest.FixtureRequest, openai_server: LocalServer, gateway_server: LocalServer
) -> Iterator[LocalServer]:
    yield from _fresh(gateway_server if request.param == "gateway" else openai_server)


@pytest.fixture
def slept(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    asked: list[float] = []

    def sleep(seconds: float) -> None:
        asked.append(seconds)

    async def async_sleep(seconds: float) -> None:
        asked.append(seconds)

    monkeypatch.setattr(_retries, "sleep", sleep)
    monkeypatch.setattr(_retries, "async_sleep", async_sleep)
    return asked


# Building the default httpx transport loads the CA bundle (~50 ms a client): the
# clients here share one TLS context instead; everything else is the SDK's default.
_TLS = ssl.create_default_context()


def quick(flavor: Flavor, **kwargs: Any) -> Any:
    transport = httpx.AsyncHTTPTransport if flavor.is_async else httpx.HTTPTransport
    kwargs.setdefault("transport", transport(verify=_TLS, limits=DEFAULT_LIMITS))
    kwargs.setdefault("max_retries", 0)
    return flavor.make(**kwargs)


def client_for(flavor: Flavor, server: LocalServer, **kwargs: Any) -> Any:
    kwargs.setdefault("model", MODEL)
    return quick(flavor, base_url=server.base_url, **kwargs)


async def call(value: Any) -> Any:
    return await value if inspect.isawaitable(value) else value


async def embed(client: Any, value: Any, **kwargs: Any) -> Any:
    return await call(client.embeddings.create(input=value, **kwargs))


async def classify(client: Any, value: Any, **kwargs: Any) -> Any:
    return await call(client.classifications.create(input=value, **kwargs))


def norm(vector: list[float]) -> float:
    return math.sqrt(sum(v * v for v in vector))


def vectors(result: CreateEmbeddingResponse) -> list[list[float]]:
    return [item.embedding for item in result.data]


# --------------------------------------------------------------------------- embeddings


async def test_one_float_vector_per_input(flavor: Flavor, any_server: LocalServer) -> None:
    client = client_for(flavor, any_server)
    result = await embed(client, ["first text", "second"])
    assert isinstance(result, CreateEmbeddingResponse)
    assert result.object == "list"
    assert result.model == MODEL
    assert len(result.data) == 2
    assert [item.index for item in result.data] == [0, 1]
    for item in result.data:
        assert isinstance(item, Embedding)
        assert item.object == "embedding"
        assert isinstance(item.embedding, list)
        assert len(item.embedding) == 1536
        assert all(type(v) is float for v in item.embedding)
        assert norm(item.embedding) == pytest.approx(1.0, abs=1e-5)
        assert not item.text  # only with include_input on the gateway
    assert result.data[0].embedding != result.data[1].embedding
    assert result.usage.prompt_tokens == result.usage.total_tokens == 3
    sent = any_server.last_request.json
    assert sent == {"input": ["first text", "second"], "model": MODEL}
    assert any_server.last_request.path == EMBEDDINGS


async def test_a_single_string_and_determinism(flavor: Flavor, local: LocalServer) -> None:
    client = client_for(flavor, local)
    one = await embed(client, "the same words", dimensions=32)
    [item] = one.data
    again = await embed(client, ["other", "the same words"], dimensions=32)
    assert vectors(again)[1] == item.embedding
    assert vectors(again)[0] != item.embedding
    assert local.requests[0].json["input"] == "the same words"


async def test_base64_is_decoded_to_the_same_floats(
    flavor: Flavor, any_server: LocalServer
) -> None:
    client = client_for(flavor, any_server)
    inputs = ["alpha", "beta", "gamma"]
    as_floats = await embed(client, inputs, dimensions=64)
    as_base64 = await embed(client, inputs, dimensions=64, encoding_format="base64")
    assert any_server.last_request.json["encoding_format"] == "base64"
    decoded = vectors(as_base64)
    assert all(isinstance(v, list) and len(v) == 64 for v in decoded)
    assert decoded == vectors(as_floats)  # exactly: both are the same float32 values
    explicit = await embed(client, inputs, dimensions=64, encoding_format="float")
    assert vectors(explicit) == vectors(as_floats)


async def test_base64_decoding_of_known_values(flavor: Flavor, mock_api: respx.MockRouter) -> None:
    values = [0.5, -1.0, 2.25, 0.0, 1e-3]
    packed = base64.b64encode(struct.pack("<5f", *values)).decode()
    reply = {
        "object": "list",
        "model": "m",
        "data": [{"object": "embedding", "index": 0, "embedding": packed}],
        "usage": {"prompt_tokens": 1, "total_tokens": 1},
    }
    route = mock_api.post(EMBEDDINGS).mock(return_value=httpx.Response(200, json=reply))
    result = await embed(quick(flavor, model="m"), "x", encoding_format="base64")
    assert result.data[0].embedding == pytest.approx(values, rel=1e-6)
    assert result.data[0].embedding[:4] == [0.5, -1.0, 2.25, 0.0]
    assert json.loads(route.calls.last.request.content)["encoding_format"] == "base64"


@pytest.mark.parametrize("bad", ["AAAAAAA=", "not base64 at all!"], ids=["short", "garbage"])
async def test_undecodable_base64_is_an_invalid_response(
    flavor: Flavor, mock_api: respx.MockRouter, bad: str
) -> None:
    reply = {
        "object": "list",
        "model": "m",
        "data": [{"object": "embedding", "index": 0, "embedding": bad}],
    }
    mock_api.post(EMBEDDINGS).mock(return_value=httpx.Response(200, json=reply))
    with pytest.raises(InvalidResponseError, match="base64"):
        await embed(quick(flavor, model="m"), "x", encoding_format="base64")


async def test_dimensions_are_honoured(flavor: Flavor, any_server: LocalServer) -> None:
    client = client_for(flavor, any_server)
    full = vectors(await embed(client, "shorten me"))[0]
    short = vectors(await embed(client, "shorten me", dimensions=256))[0]
    assert any_server.last_request.json["dimensions"] == 256
    assert len(full) == 1536
    assert len(short) == 256
    assert norm(short) == pytest.approx(1.0, abs=1e-5)
    scale = norm(full[:256])
    assert short == pytest.approx([v / scale for v in full[:256]], abs=1e-6)


async def test_token_id_inputs(flavor: Flavor, local: LocalServer) -> None:
    client = client_for(flavor, local)
    one = await embed(client, [1, 2, 3], dimensions=16)
    assert len(one.data) == 1
    assert one.usage.prompt_tokens == 3
    many = await embed(client, [[1, 2, 3], [4, 5]], dimensions=16)
    assert [item.index for item in many.data] == [0, 1]
    assert many.usage.prompt_tokens == 5
    assert vectors(many)[0] == vectors(one)[0]
    text = await embed(client, "1,2,3", dimensions=16)
    assert vectors(text)[0] != vectors(one)[0]  # tokens and text are different inputs


async def test_token_id_tuples_are_accepted(flavor: Flavor, local: LocalServer) -> None:
    """`_check_input` takes a tuple as the first of several token lists (its `list | tuple`
    branch), so tuples of token ids must embed like lists of them."""
    client = client_for(flavor, local)
    as_lists = await embed(client, [[1, 2, 3], [4, 5]], dimensions=16)
    as_tuples = await embed(client, [(1, 2, 3), (4, 5)], dimensions=16)
    assert local.last_request.json["input"] == [[1, 2, 3], [4, 5]]
    assert vectors(as_tuples) == vectors(as_lists)
    flat = await embed(client, (1, 2, 3), dimensions=16)
    assert vectors(flat)[0] == vectors(as_lists)[0]


async def test_gateway_include_input_returns_the_text(
    flavor: Flavor, any_server: LocalServer
) -> None:
    client = client_for(flavor, any_server)
    result = await embed(client, ["alpha", "beta"], include_input=True, dimensions=8)
    assert any_server.last_request.json["include_input"] is True
    texts = [item.text for item in result.data]
    if any_server.gateway:
        assert texts == ["alpha", "beta"]
    else:
        assert not any(texts)  # OpenAI has no such field


async def test_bud_fields_and_extra_body_pass_through(
    flavor: Flavor, mock_api: respx.MockRouter
) -> None:
    reply = {"object": "list", "model": "m", "data": [{"index": 0, "embedding": [0.0, 1.0]}]}
    route = mock_api.post(EMBEDDINGS).mock(return_value=httpx.Response(200, json=reply))
    client = quick(flavor, model="default-model")
    params = {
        "modality": "text",
        "priority": "low",
        "include_input": False,
        "chunking": {"strategy": "token", "size": 128},
        "user": "u-1",
        "dimensions": 2,
        "encoding_format": "float",
    }
    extra = {"tensorzero::cache_options": {"enabled": "on"}}
    result = await embed(client, ["a", "b"], **params, extra_body=extra)
    assert vectors(result) == [[0.0, 1.0]]
    sent = json.loads(route.calls.last.request.content)
    assert sent == {"input": ["a", "b"], "model": "default-model", **params, **extra}


async def test_default_and_explicit_model(flavor: Flavor, local: LocalServer) -> None:
    client = client_for(flavor, local, model="client-default")
    assert (await embed(client, "x", dimensions=4)).model == "client-default"
    assert (await embed(client, "x", dimensions=4, model="explicit")).model == "explicit"
    assert [r.json["model"] for r in local.requests] == ["client-default", "explicit"]


# --------------------------------------------------------------------------- classify


async def test_one_sorted_label_list_per_input(flavor: Flavor, any_server: LocalServer) -> None:
    client = client_for(flavor, any_server)
    texts = ["I love it", "meh", "no"]
    result = await classify(client, texts)
    assert isinstance(result, ClassifyResponse)
    assert result.object == "classify"
    assert result.id
    assert result.model == MODEL
    assert len(result.data) == len(texts)
    for labels in result.data:
        assert all(isinstance(entry, ClassifyLabel) for entry in labels)
        assert {entry.label for entry in labels} == DEFAULT_LABELS
        scores = [entry.score for entry in labels]
        assert scores == sorted(scores, reverse=True)
        assert sum(scores) == pytest.approx(1.0)
    assert result.usage.prompt_tokens == result.usage.total_tokens == 5
    assert any_server.last_request.json == {"input": texts, "model": MODEL}
    assert any_server.last_request.path == CLASSIFY
    # deterministic per text
    again = await classify(client, ["no"])
    assert again.data[0][0].to_dict() == result.data[2][0].to_dict()


async def test_labels_come_from_the_server(flavor: Flavor) -> None:
    with LocalServer(classify_labels=("spam", "ham", "eggs")) as server:
        client = client_for(flavor, server)
        result = await classify(client, ["buy now", "hello friend"], priority="high")
        assert server.last_request.json["priority"] == "high"
    assert len(result.data) == 2
    for labels in result.data:
        assert sorted(entry.label for entry in labels) == ["eggs", "ham", "spam"]
        scores = [entry.score for entry in labels]
        assert scores == sorted(scores, reverse=True)


async def test_classify_extra_body_and_raw_scores(
    flavor: Flavor, mock_api: respx.MockRouter
) -> None:
    reply = {
        "object": "classify",
        "id": "c1",
        "model": "m",
        "data": [[{"label": "a", "score": 0.9}, {"label": "b", "score": 0.1}]],
    }
    route = mock_api.post(CLASSIFY).mock(return_value=httpx.Response(200, json=reply))
    result = await classify(
        quick(flavor, model="m"), ("one",), raw_scores=True, extra_body={"x-extra": 1}
    )
    assert [[e.label for e in labels] for labels in result.data] == [["a", "b"]]
    sent = json.loads(route.calls.last.request.content)
    assert sent == {"input": ["one"], "model": "m", "raw_scores": True, "x-extra": 1}


# --------------------------------------------------------------------------- models


async def list_models(client: Any) -> list[Any]:
    listed = client.models.list()
    if hasattr(listed, "__aiter__"):
        return [model async for model in listed]
    return list(listed)


async def test_models_list_iterates_model_objects(flavor: Flavor, any_server: LocalServer) -> None:
    client = client_for(flavor, any_server)
    models = await list_models(client)
    assert all(isinstance(m, Model) for m in models)
    assert [m.id for m in models] == list(SERVER_MODELS)
    assert all(m.object == "model" for m in models)
    page = await call(client.models.list())
    assert [m.id for m in page.data] == list(SERVER_MODELS)
    raw = await call(client.models.with_raw_response.list())
    assert raw.status_code == 200
    assert [m.id for m in raw.parse().data] == list(SERVER_MODELS)
    assert {r.method for r in any_server.requests} == {"GET"}


# --------------------------------------------------------------------------- bad input

BAD_EMBEDDINGS: list[Any] = [
    pytest.param({"input": ""}, ValueError, "must not be empty", id="empty-str"),
    pytest.param({"input": []}, ValueError, "must not be empty", id="empty-list"),
    pytest.param({"input": ["a", ""]}, ValueError, "empty strings", id="empty-item"),
    pytest.param({"input": [1, "a"]}, TypeError, "input", id="int-then-str"),
    pytest.param({"input": ["a", 1]}, TypeError, "input", id="str-then-int"),
    pytest.param({"input": 3}, TypeError, "input", id="int"),
    pytest.param({"input": [[1], "x"]}, TypeError, "input", id="tokens-then-str"),
    pytest.param({"input": [[1], [2, "x"]]}, TypeError, "input", id="str-in-tokens"),
    pytest.param({"input": [True, False]}, TypeError, "input", id="bools"),
    pytest.param({"input": [1.5]}, TypeError, "input", id="floats"),
    pytest.param({"input": {"text": "x"}}, TypeError, "input", id="dict"),
    pytest.param({"input": "x", "encoding_format": "hex"}, ValueError, "encoding_format", id="hex"),
    pytest.param({"input": "x", "dimensions": 0}, ValueError, "dimensions", id="dims-0"),
    pytest.param({"input": "x", "dimensions": -3}, ValueError, "dimensions", id="dims-neg"),
    pytest.param({"input": "x", "dimensions": True}, TypeError, "dimensions", id="dims-bool"),
    pytest.param({"input": "x", "dimensions": "8"}, TypeError, "dimensions", id="dims-str"),
    pytest.param(
        {"input": "x", "include_input": "yes"}, TypeError, "include_input", id="include-input-str"
    ),
    pytest.param({"input": "x", "stream": True}, TypeError, "stream", id="stream"),
    pytest.param({"input": "x", "inputs": "y"}, TypeError, "inputs", id="unknown-kwarg"),
    pytest.param({}, TypeError, "input", id="missing-input"),
    pytest.param({"input": "x", "model": 1}, TypeError, "model", id="model-int"),
]


@pytest.mark.parametrize(("kwargs", "exc", "match"), BAD_EMBEDDINGS)
async def test_bad_embeddings_input_raises_before_any_io(
    flavor: Flavor, local: LocalServer, kwargs: dict[str, Any], exc: type, match: str
) -> None:
    client = client_for(flavor, local)
    with pytest.raises(exc, match=match):
        await call(client.embeddings.create(**kwargs))
    assert local.requests == []


BAD_CLASSIFY: list[Any] = [
    pytest.param({"input": []}, ValueError, "must not be empty", id="empty-list"),
    pytest.param({"input": "text"}, TypeError, "input", id="str"),
    pytest.param({"input": ["a", ""]}, ValueError, "empty strings", id="empty-item"),
    pytest.param({"input": ["a", 1]}, TypeError, "input", id="int-item"),
    pytest.param({"input": {"text": "x"}}, TypeError, "input", id="dict"),
    pytest.param({"input": ["a"], "raw_scores": "yes"}, TypeError, "raw_scores", id="raw-str"),
    pytest.param({"input": ["a"], "labels": ["x"]}, TypeError, "labels", id="unknown-kwarg"),
    pytest.param({}, TypeError, "input", id="missing-input"),
]


@pytest.mark.parametrize(("kwargs", "exc", "match"), BAD_CLASSIFY)
async def test_bad_classify_input_raises_before_any_io(
    flavor: Flavor, local: LocalServer, kwargs: dict[str, Any], exc: type, match: str
) -> None:
    client = client_for(flavor, local)
    with pytest.raises(exc, match=match):
        await call(client.classifications.create(**kwargs))
    assert local.requests == []


async def test_no_model_and_no_default_raises_before_any_io(
    flavor: Flavor, local: LocalServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("BUD_MODEL", raising=False)
    client = quick(flavor, base_url=local.base_url)
    with pytest.raises(ValueError, match="'model' is required"):
        await embed(client, "x")
    with pytest.raises(ValueError, match="'model' is required"):
        await classify(client, ["x"])
    assert local.requests == []


# --------------------------------------------------------------------------- retries, errors


@pytest.mark.parametrize("path", [EMBEDDINGS, CLASSIFY])
async def test_a_429_with_retry_after_is_retried(
    flavor: Flavor, any_server: LocalServer, slept: list[float], path: str
) -> None:
    if any_server.gateway:
        any_server.enqueue(GatewayError("rate_limit", retry_after=2), path=path)
    else:
        any_server.enqueue(HTTPErrorReply(429, retry_after=2), path=path)
    client = client_for(flavor, any_server, max_retries=2)
    if path == EMBEDDINGS:
        result = await embed(client, "x", dimensions=4)
        assert len(result.data[0].embedding) == 4
    else:
        result = await classify(client, ["x"])
        assert len(result.data) == 1
    assert slept == [2.0]
    first, second = any_server.requests
    key = first.headers.get("idempotency-key")
    assert key and key.startswith("bud-")
    assert second.headers.get("idempotency-key") == key


@pytest.mark.parametrize("path", [EMBEDDINGS, CLASSIFY])
async def test_a_429_without_retries_raises(flavor: Flavor, local: LocalServer, path: str) -> None:
    local.enqueue(HTTPErrorReply(429, retry_after=2), path=path)
    client = client_for(flavor, local)
    with pytest.raises(RateLimitError):
        if path == EMBEDDINGS:
            await embed(client, "x")
        else:
            await classify(client, ["x"])


@pytest.mark.parametrize(
    ("status", "cls"),
    [(400, BadRequestError), (401, AuthenticationError), (404, NotFoundError)],
)
@pytest.mark.parametrize("path", [EMBEDDINGS, CLASSIFY])
async def test_http_errors_map_to_typed_exceptions(
    flavor: Flavor, local: LocalServer, status: int, cls: type, path: str
) -> None:
    local.enqueue(HTTPErrorReply(status, message=f"nope {status}"), path=path)
    client = client_for(flavor, local, max_retries=3)
    with pytest.raises(cls) as info:
        if path == EMBEDDINGS:
            await embed(client, "x")
        else:
            await classify(client, ["x"])
    assert type(info.value) is cls
    assert info.value.status_code == status
    assert f"nope {status}" in str(info.value)
    assert len(local.requests) == 1


async def test_a_server_side_400(flavor: Flavor, gateway: LocalServer) -> None:
    # passes the SDK's checks (a token id may be any int), the server wants them >= 0
    client = client_for(flavor, gateway)
    with pytest.raises(BadRequestError, match="input"):
        await embed(client, [[1, -2]])
    with pytest.raises(BadRequestError, match="dimensions"):
        await embed(client, "x", dimensions=5000)


async def test_posts_carry_idempotency_keys(flavor: Flavor, local: LocalServer) -> None:
    client = client_for(flavor, local)
    await embed(client, "x", dimensions=4)
    await classify(client, ["x"])
    await embed(client, "x", dimensions=4, extra_headers={"Idempotency-Key": "mine"})
    keys = [r.headers.get("idempotency-key") for r in local.requests]
    assert keys[0] and keys[1] and keys[0] != keys[1]
    assert keys[0].startswith("bud-") and keys[1].startswith("bud-")
    assert keys[2] == "mine"


# --------------------------------------------------------------------------- raw response


async def test_with_raw_response(flavor: Flavor, any_server: LocalServer) -> None:
    client = client_for(flavor, any_server)
    raw = await call(client.embeddings.with_raw_response.create(input="x", dimensions=4))
    assert isinstance(raw, bud.RawResponse)
    assert raw.status_code == 200
    parsed = raw.parse()
    assert isinstance(parsed, CreateEmbeddingResponse)
    assert len(parsed.data[0].embedding) == 4
    raw_classify = await call(client.classifications.with_raw_response.create(input=["x", "y"]))
    assert isinstance(raw_classify.parse(), ClassifyResponse)
    assert len(raw_classify.parse().data) == 2
    for reply in (raw, raw_classify):
        if any_server.gateway:
            assert reply.headers["x-tensorzero-inference-id"]
            assert reply.headers["x-tensorzero-model-latency-ms"]
            assert reply.gateway is not None
            assert reply.gateway.inference_id == reply.headers["x-tensorzero-inference-id"]
        else:
            assert "x-tensorzero-inference-id" not in reply.headers
    if any_server.gateway:
        ids = {
            raw.headers["x-tensorzero-inference-id"],
            raw_classify.headers["x-tensorzero-inference-id"],
        }
        assert len(ids) == 2


async def test_with_raw_response_base64_is_decoded(flavor: Flavor, local: LocalServer) -> None:
    client = client_for(flavor, local)
    raw = await call(
        client.embeddings.with_raw_response.create(
            input="x", dimensions=4, encoding_format="base64"
        )
    )
    wire = json.loads(raw.http_response.content)["data"][0]["embedding"]
    assert isinstance(wire, str)  # the server sent base64 ...
    floats = raw.parse().data[0].embedding
    assert floats == list(struct.unpack("<4f", base64.b64decode(wire)))  # ... the caller floats
