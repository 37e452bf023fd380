"""What `track_responses` may record: content capture switches, length cuts, field lists,
and never the API key."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
import tracker_helpers as h

from bud.exceptions import AuthenticationError, RateLimitError
from bud.observability import (
    ObservabilityConfig,
    ObservabilityMode,
    configure,
    track_responses,
)
from bud.observability._config import clear_env_cache

MARK = "zqx"  # every piece of content below carries it; nothing else does
INPUT = "ZQX-input: what is the capital of France?"
INSTRUCTIONS = "ZQX-instructions: answer tersely"
TOOLS = [
    {
        "type": "function",
        "name": "zqx_tool_lookup",
        "description": "ZQX-tool-description",
        "parameters": {"type": "object", "properties": {"zqx_arg": {"type": "string"}}},
    }
]
PROMPT = {"id": "pmpt_zqx_template", "variables": {"city": "ZQX-prompt-variable"}}
OUTPUT = "ZQX-output: Paris."


@pytest.fixture(name="otel")
def _otel(monkeypatch: pytest.MonkeyPatch) -> Iterator[h.Otel]:
    yield from h.otel_env(monkeypatch)


@pytest.fixture(params=["sync", "async"])
def flavor(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def gateway() -> h.Gateway:
    return h.Gateway()


@pytest.fixture
async def client(flavor: str, gateway: h.Gateway) -> Any:
    c = h.make_client(flavor, gateway)
    yield c
    await h.call(c.close())


def reconfigure_with_env(otel: h.Otel, monkeypatch: pytest.MonkeyPatch, **env: str) -> None:
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    clear_env_cache()
    otel.configure()  # configure() reads the environment


async def call_everything(gateway: h.Gateway, client: Any) -> None:
    """A non-streaming call and a streamed one, both with every kind of content."""
    gateway.create(h.response_body(output=[h.message_item(OUTPUT)]))
    kwargs = {
        "model": "gpt-4.1",
        "input": INPUT,
        "instructions": INSTRUCTIONS,
        "tools": TOOLS,
        "prompt": PROMPT,
        "temperature": 0.2,
    }
    await h.call(client.responses.create(**kwargs))
    gateway.create_stream(h.text_events("ZQX-out", "put: Paris."))
    stream = await h.call(client.responses.create(stream=True, **kwargs))
    await h.collect(stream)


def leaks(otel: h.Otel, needle: str) -> list[str]:
    needle = needle.lower()
    return [
        f"{span.name}: {text}"
        for span in otel.spans()
        for text in h.recorded_strings(span)
        if needle in text.lower()
    ]


async def test_content_recorded_by_default(otel: h.Otel, gateway: h.Gateway, client: Any) -> None:
    # the control for the test below: the scan does find content when it is captured
    track_responses(client)
    await call_everything(gateway, client)

    attrs = otel.attrs("responses")
    assert attrs["bud.inference.request.input"] == INPUT
    assert attrs["bud.inference.request.instructions"] == INSTRUCTIONS
    assert "zqx_tool_lookup" in attrs["bud.inference.request.tools"]
    assert "ZQX-prompt-variable" in attrs["bud.inference.request.prompt"]
    assert attrs["bud.inference.response.output_text"] == OUTPUT
    assert otel.attrs("responses.stream")["bud.inference.response.output_text"] == (
        "ZQX-output: Paris."
    )


@pytest.mark.parametrize("value", ["false", "0", "off"])
async def test_capture_content_off_records_no_content(
    otel: h.Otel,
    gateway: h.Gateway,
    client: Any,
    monkeypatch: pytest.MonkeyPatch,
    value: str,
) -> None:
    reconfigure_with_env(otel, monkeypatch, BUD_OTEL_CAPTURE_CONTENT=value)
    track_responses(client)

    await call_everything(gateway, client)

    assert sorted(otel.names()) == ["POST", "POST", "responses", "responses.stream"]
    assert leaks(otel, MARK) == []
    for name in ("responses", "responses.stream"):
        attrs = otel.attrs(name)
        assert attrs["gen_ai.request.model"] == "gpt-4.1"
        assert attrs["gen_ai.request.temperature"] == 0.2
        assert attrs["gen_ai.response.model"] == "gpt-4.1-2025-04-14"
        assert attrs["gen_ai.usage.input_tokens"] == 42
        assert attrs["gen_ai.usage.output_tokens"] == 17


async def test_capture_content_off_by_config(otel: h.Otel, gateway: h.Gateway, client: Any) -> None:
    configure(
        config=ObservabilityConfig(mode=ObservabilityMode.INTERNAL, capture_content=False),
        tracer_provider=otel.tp,
        meter_provider=otel.mp,
    )
    track_responses(client)

    await call_everything(gateway, client)

    assert leaks(otel, MARK) == []
    assert otel.attrs("responses")["gen_ai.usage.input_tokens"] == 42


async def test_max_content_length_cuts_content(
    otel: h.Otel, gateway: h.Gateway, client: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    reconfigure_with_env(otel, monkeypatch, BUD_OTEL_MAX_CONTENT_LENGTH="10")
    track_responses(client)

    await call_everything(gateway, client)

    for name in ("responses", "responses.stream"):
        attrs = otel.attrs(name)
        assert attrs["bud.inference.request.input"] == INPUT[:10]
        assert attrs["bud.inference.request.instructions"] == INSTRUCTIONS[:10]
        assert len(attrs["bud.inference.response.output_text"]) == 10
        assert len(attrs["bud.inference.request.tools"]) == 10
        assert attrs["gen_ai.request.model"] == "gpt-4.1"  # not content: never cut
    assert otel.attrs("responses")["bud.inference.response.output_text"] == OUTPUT[:10]


async def test_field_lists_record_exactly_those_fields(
    otel: h.Otel, gateway: h.Gateway, client: Any
) -> None:
    track_responses(client, capture_input=["model"], capture_output=["id"])

    await call_everything(gateway, client)

    attrs = otel.attrs("responses")
    assert attrs["gen_ai.request.model"] == "gpt-4.1"
    assert attrs["gen_ai.response.id"] == "resp_trk_001"
    for absent in (
        "gen_ai.request.temperature",
        "bud.inference.request.input",
        "bud.inference.request.instructions",
        "gen_ai.response.model",
        "gen_ai.usage.input_tokens",
        "bud.inference.response.output_text",
    ):
        assert absent not in attrs
    assert leaks(otel, MARK) == []
    # always-on attributes stay
    assert attrs["gen_ai.system"] == "bud"
    assert attrs["gen_ai.operation.name"] == "responses"


async def test_capture_false_records_no_request_or_response_fields(
    otel: h.Otel, gateway: h.Gateway, client: Any
) -> None:
    track_responses(client, capture_input=False, capture_output=False)

    await call_everything(gateway, client)

    attrs = otel.attrs("responses")
    assert "gen_ai.request.model" not in attrs
    assert "gen_ai.response.id" not in attrs
    assert "gen_ai.usage.input_tokens" not in attrs
    assert attrs["bud.inference.operation"] == "responses"
    assert leaks(otel, MARK) == []


async def test_api_key_is_never_recorded(otel: h.Otel, gateway: h.Gateway, client: Any) -> None:
    track_responses(client)
    await call_everything(gateway, client)
    # error bodies that echo the key back
    gateway.json(
        "POST",
        h.PATH,
        {"error": {"message": f"Invalid API key {h.API_KEY}", "code": "invalid_api_key"}},
        status=401,
    )
    with pytest.raises(AuthenticationError):
        await h.call(client.responses.create(model="gpt-4.1", input="hi"))
    gateway.json(
        "POST",
        h.PATH,
        {"error": {"message": f"quota for key {h.API_KEY} used up", "code": "rl"}},
        status=429,
    )
    with pytest.raises(RateLimitError):
        await h.call(client.responses.create(model="gpt-4.1", input="hi"))

    assert gateway.last.headers["authorization"] == f"Bearer {h.API_KEY}"  # it was sent
    assert len(otel.spans()) == 8
    assert len([s for s in otel.spans() if s.status.description]) >= 2
    assert leaks(otel, h.API_KEY) == []
    assert leaks(otel, "SECRET-5b1f0c9e") == []
