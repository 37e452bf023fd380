"""`client.responses.parse(text_format=T)` and `responses.stream(..., text_format=T)`, sync and
async, against the embedded `LocalServer`.

Unscripted, the server answers a `json_schema` text format with a JSON instance of the schema
(strings from the prompt); `RefusalReply`, `IncompleteReply` and `TextReply` script a
refusal, a cut answer and text that does not fit.
"""

from __future__ import annotations

import builtins
import dataclasses
import json
import sys
from collections.abc import Iterator
from typing import Any, Literal, NotRequired, TypedDict

import attrs
import msgspec
import pytest

import bud
from bud import _structured
from bud.exceptions import (
    BudError,
    ConfigurationError,
    IncompleteOutputError,
    MissingDependencyError,
    OutputValidationError,
    RefusalError,
    StructuredOutputError,
)
from bud.testing import (
    Combined,
    FailedReply,
    FunctionCallReply,
    IncompleteReply,
    LocalServer,
    RefusalReply,
    TextReply,
)
from bud.types import ParsedMessage, ParsedResponse, Response

from ._support import Flavor, collect, opened, resolve

MODEL = "bud-local-model"
PROMPT = "Ada Lovelace, 36, from London"


@dataclasses.dataclass
class City:
    name: str
    country: str | None = None


@dataclasses.dataclass
class Contact:
    """A person found in the text."""

    name: str
    age: int
    city: City
    tags: list[str]
    role: Literal["customer", "supplier"] = "customer"


@attrs.define
class Ticket:
    title: str
    priority: int = 3
    done: bool = False


class Movie(TypedDict):
    title: str
    year: int
    rating: NotRequired[float]


CONTACT_SCHEMA: dict[str, Any] = {
    "title": "contact",
    "type": "object",
    "properties": {"name": {"type": "string"}, "age": {"type": ["integer", "null"]}},
    "required": ["name"],
}


@pytest.fixture(scope="module")
def server() -> Iterator[LocalServer]:
    with LocalServer() as srv:
        yield srv


@pytest.fixture
def local(server: LocalServer) -> Iterator[LocalServer]:
    server.clear_queue()
    server.clear_requests()
    yield server
    assert server.errors == []
    assert server.queued == 0, "a scripted reply was not used"


@pytest.fixture
def client(flavor: Flavor, local: LocalServer) -> Any:
    return flavor.make(base_url=local.base_url, max_retries=0)


async def parse(client: Any, text_format: Any, **kwargs: Any) -> Any:
    kwargs.setdefault("model", MODEL)
    kwargs.setdefault("input", PROMPT)
    return await resolve(client.responses.parse(text_format=text_format, **kwargs))


def sent_format(server: LocalServer) -> dict[str, Any]:
    [request] = [r for r in server.requests if r.path == "/v1/responses"]
    fmt: dict[str, Any] = request.json["text"]["format"]
    return fmt


# --------------------------------------------------------------------------- parse


async def test_parse_returns_an_instance_of_a_dataclass(client: Any, local: LocalServer) -> None:
    result = await parse(client, Contact)
    assert isinstance(result, ParsedResponse)
    assert isinstance(result, Response)  # everything a Response has
    contact = result.output_parsed
    assert contact == Contact(
        name=PROMPT, age=1, city=City(PROMPT, PROMPT), tags=[PROMPT], role="customer"
    )
    assert result.status == "completed"
    assert json.loads(result.output_text) == dataclasses.asdict(contact)
    stored = local.stored_response(result.id)
    assert stored is not None and stored["output"][0]["id"] == result.output[0].id
    [message] = result.parsed_messages
    assert isinstance(message, ParsedMessage)
    assert (message.item_id, message.output_index) == (result.output[0].id, 0)
    assert message.text == result.output_text
    assert message.parsed == contact
    # what was sent: a strict json_schema built from the type
    fmt = sent_format(local)
    assert fmt == {
        "type": "json_schema",
        "name": "Contact",
        "schema": _structured.output_format(Contact).schema,
        "strict": True,
    }
    assert fmt["schema"]["required"] == ["name", "age", "city", "tags", "role"]
    assert fmt["schema"]["additionalProperties"] is False


async def test_parse_attrs_class_and_typeddict(client: Any) -> None:
    ticket = (await parse(client, Ticket)).output_parsed
    assert ticket == Ticket(title=PROMPT, priority=1, done=True)
    movie = (await parse(client, Movie)).output_parsed
    assert movie == {"title": PROMPT, "year": 1, "rating": 1}


async def test_parse_a_scripted_answer(client: Any, local: LocalServer) -> None:
    local.enqueue(TextReply('{"title": "Fix the build", "priority": null, "done": false}'))
    assert (await parse(client, Ticket)).output_parsed == Ticket("Fix the build")  # default


async def test_every_message_is_parsed(client: Any, local: LocalServer) -> None:
    local.enqueue(
        Combined(
            TextReply('{"title": "first"}'),
            FunctionCallReply("lookup", {"q": "x"}),
            TextReply('{"title": "second", "priority": 1, "done": true}'),
        )
    )
    result = await parse(client, Ticket)
    assert result.output_parsed == Ticket("first")
    assert [(m.output_index, m.parsed) for m in result.parsed_messages] == [
        (0, Ticket("first")),
        (2, Ticket("second", 1, True)),
    ]


async def test_json_schema_dict_returns_a_dict(client: Any, local: LocalServer) -> None:
    result = await parse(client, CONTACT_SCHEMA)
    assert result.output_parsed == {"name": PROMPT, "age": 1}
    fmt = sent_format(local)
    assert fmt["name"] == "contact"
    assert fmt["strict"] is True
    assert fmt["schema"]["required"] == ["name", "age"]
    assert fmt["schema"]["additionalProperties"] is False
    assert CONTACT_SCHEMA["required"] == ["name"]  # the caller's dict is left as it was


async def test_text_fields_are_merged(client: Any, local: LocalServer) -> None:
    from bud_api.models.response_text_param import ResponseTextParam

    await parse(client, Ticket, text={"verbosity": "low", "format": {"type": "text"}})
    [request] = local.requests
    assert request.json["text"]["verbosity"] == "low"
    assert request.json["text"]["format"]["type"] == "json_schema"
    local.clear_requests()
    await parse(client, Ticket, text=ResponseTextParam.from_dict({"verbosity": "high"}))
    assert local.requests[0].json["text"]["verbosity"] == "high"


async def test_with_raw_response(client: Any) -> None:
    raw = await resolve(
        client.responses.with_raw_response.parse(model=MODEL, input="hi", text_format=Ticket)
    )
    assert raw.status_code == 200
    assert raw.parse().output_parsed == Ticket("hi", 1, True)


async def test_no_message_means_nothing_parsed(client: Any, local: LocalServer) -> None:
    local.enqueue(FunctionCallReply("lookup", {"q": "x"}))
    result = await parse(client, Ticket)
    assert (result.output_parsed, result.parsed_messages) == (None, [])
    local.enqueue(FailedReply(partial_text='{"title": "cut'))
    failed = await parse(client, Ticket)
    assert failed.status == "failed"
    assert failed.output_parsed is None  # a failed response is not read: see .error


async def test_background_response_is_not_read_yet(client: Any) -> None:
    result = await parse(client, Ticket, background=True)
    assert result.status == "queued"
    assert result.output_parsed is None


# --------------------------------------------------------------------------- typed errors


async def test_refusal(client: Any, local: LocalServer) -> None:
    local.enqueue(RefusalReply("I can't help with that."))
    with pytest.raises(RefusalError) as info:
        await parse(client, Contact)
    err = info.value
    assert isinstance(err, StructuredOutputError) and isinstance(err, BudError)
    assert err.refusal == err.raw_text == "I can't help with that."
    assert str(err) == "The model refused: I can't help with that."
    assert err.model_response.status == "completed"
    assert err.model_response.output[0].content[0].type == "refusal"


async def test_incomplete(client: Any, local: LocalServer) -> None:
    local.enqueue(IncompleteReply('{"title": "Fix the', reason="max_output_tokens"))
    with pytest.raises(IncompleteOutputError) as info:
        await parse(client, Ticket)
    err = info.value
    assert err.reason == "max_output_tokens"
    assert err.raw_text == '{"title": "Fix the'
    assert err.model_response.status == "incomplete"


async def test_incomplete_from_max_output_tokens(client: Any) -> None:
    # unscripted: the server cuts its own JSON answer at max_output_tokens
    with pytest.raises(IncompleteOutputError) as info:
        await parse(client, Contact, max_output_tokens=5)
    assert info.value.reason == "max_output_tokens"
    assert info.value.raw_text.startswith('{"name"')


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Sure! Here is your ticket.", "malformed"),
        ('{"title": "x", "priority": "high"}', "$.priority"),
        ('{"priority": 1}', "missing required field `title`"),
        ("[1, 2]", "Expected `object`"),
        ('{"title": "cut', "truncated"),
    ],
)
async def test_text_that_does_not_fit(
    client: Any, local: LocalServer, text: str, words: str
) -> None:
    local.enqueue(TextReply(text))
    with pytest.raises(OutputValidationError) as info:
        await parse(client, Ticket)
    err = info.value
    assert err.raw_text == text
    assert words in str(err) and words in err.errors[0]
    assert isinstance(err.__cause__, msgspec.DecodeError)
    assert not isinstance(err, json.JSONDecodeError)
    assert err.model_response.output_text == text


@pytest.mark.parametrize("text", ["not json", "[1]", '"a string"', ""])
async def test_text_that_is_not_a_json_object_for_a_dict_schema(
    client: Any, local: LocalServer, text: str
) -> None:
    local.enqueue(TextReply(text) if text else Combined(TextReply("")))
    with pytest.raises(OutputValidationError) as info:
        await parse(client, CONTACT_SCHEMA)
    assert info.value.raw_text == text
    assert isinstance(info.value, ValueError)  # never a bare json.JSONDecodeError


# --------------------------------------------------------------------------- before any I/O


class Plain:
    pass


@dataclasses.dataclass
class FreeForm:
    scores: dict[str, int]


@pytest.mark.parametrize("text_format", [42, "Ticket", Plain, FreeForm, list[Ticket], None])
async def test_bad_text_format_is_a_type_error_before_any_io(
    client: Any, local: LocalServer, text_format: Any
) -> None:
    with pytest.raises(TypeError):
        await parse(client, text_format)
    with pytest.raises(TypeError):
        client.responses.stream(model=MODEL, input="x", text_format=text_format or 42)
    assert local.requests == []


async def test_parse_does_not_stream(client: Any, local: LocalServer) -> None:
    with pytest.raises(TypeError, match=r"responses\.stream\(\.\.\., text_format=\.\.\.\)"):
        await parse(client, Ticket, stream=True)
    assert local.requests == []
    await parse(client, Ticket, stream=False)  # said explicitly: fine
    assert "stream" not in local.requests[0].json


@pytest.fixture
def without_msgspec(monkeypatch: pytest.MonkeyPatch) -> None:
    """msgspec cannot be imported, as without the `structured` extra."""
    real_import = builtins.__import__

    def refuse(name: str, *args: Any, **kwargs: Any) -> Any:
        if name == "msgspec" or name.startswith("msgspec."):
            raise ModuleNotFoundError(f"No module named {name!r}", name=name)
        return real_import(name, *args, **kwargs)

    monkeypatch.delitem(sys.modules, "msgspec")
    monkeypatch.setattr(builtins, "__import__", refuse)
    _structured._type_format.cache_clear()
    yield
    _structured._type_format.cache_clear()


@pytest.mark.usefixtures("without_msgspec")
async def test_without_msgspec_types_say_what_to_install(client: Any, local: LocalServer) -> None:
    with pytest.raises(MissingDependencyError) as info:
        await parse(client, Ticket)
    err = info.value
    assert isinstance(err, ImportError) and isinstance(err, ConfigurationError)
    assert "pip install 'bud-sdk[structured]'" in str(err)
    assert "Ticket" in str(err)
    assert local.requests == []
    # a JSON Schema dict needs nothing more
    assert (await parse(client, CONTACT_SCHEMA)).output_parsed == {"name": PROMPT, "age": 1}


# --------------------------------------------------------------------------- stream


async def test_stream_with_text_format(flavor: Flavor, client: Any, local: LocalServer) -> None:
    manager = client.responses.stream(model=MODEL, input=PROMPT, text_format=Contact)
    async with opened(manager) as stream:
        events = await collect(stream)
        final = await resolve(stream.get_final_response())
        again = await resolve(stream.get_final_response())
    assert isinstance(final, ParsedResponse)
    assert final is again  # read once
    assert final.output_parsed == Contact(PROMPT, 1, City(PROMPT, PROMPT), [PROMPT])
    assert stream.output_text == final.output_text
    # the events are the usual ones, unparsed
    types = [event.type for event in events]
    assert types[0] == "response.created" and types[-1] == "response.completed"
    assert "response.output_text.delta" in types
    body = local.requests[0].json
    assert body["stream"] is True
    assert body["text"]["format"]["name"] == "Contact"


async def test_stream_refusal_and_bad_text(client: Any, local: LocalServer) -> None:
    local.enqueue(RefusalReply("No.", chunk_size=1), TextReply("nope"))
    manager = client.responses.stream(model=MODEL, input="x", text_format=Ticket)
    async with opened(manager) as stream:
        events = await collect(stream)
        with pytest.raises(RefusalError) as info:
            await resolve(stream.get_final_response())
    assert info.value.refusal == "No."
    deltas = [e.delta for e in events if e.type == "response.refusal.delta"]
    assert deltas == ["N", "o", "."]
    manager = client.responses.stream(model=MODEL, input="x", text_format=Ticket)
    async with opened(manager) as stream:
        with pytest.raises(OutputValidationError) as bad:
            await resolve(stream.get_final_response())
    assert bad.value.raw_text == "nope"


async def test_stream_incomplete(client: Any, local: LocalServer) -> None:
    local.enqueue(IncompleteReply('{"title"', reason="content_filter"))
    manager = client.responses.stream(model=MODEL, input="x", text_format=Ticket)
    async with opened(manager) as stream:
        with pytest.raises(IncompleteOutputError) as info:
            await resolve(stream.get_final_response())
    assert info.value.reason == "content_filter"
    assert info.value.raw_text == '{"title"'


async def test_stream_without_text_format_is_unchanged(client: Any) -> None:
    async with opened(client.responses.stream(model=MODEL, input="hi")) as stream:
        final = await resolve(stream.get_final_response())
    assert type(final) is Response
    assert final.output_text == "You said: hi"


# --------------------------------------------------------------------------- the local server


def test_local_server_chat_json_schema_and_refusal(local: LocalServer) -> None:
    schema = _structured.output_format(Ticket).schema
    with bud.BudClient(api_key="k", base_url=local.base_url, max_retries=0) as client:
        completion = client.chat.completions.create(
            model=MODEL,
            messages=[{"role": "user", "content": "Fix it"}],
            response_format={
                "type": "json_schema",
                "json_schema": {"name": "Ticket", "schema": schema, "strict": True},
            },
        )
        assert json.loads(completion.choices[0].message.content) == {
            "title": "Fix it",
            "priority": 1,
            "done": True,
        }
        local.enqueue(RefusalReply("No."), path="/v1/chat/completions")
        refused = client.chat.completions.create(
            model=MODEL, messages=[{"role": "user", "content": "x"}]
        )
    message = refused.choices[0].message
    assert (message.content, message.refusal) == (None, "No.")


def test_local_server_refusal_events(local: LocalServer) -> None:
    local.enqueue(RefusalReply("Not that.", chunk_size=4))
    with (
        bud.BudClient(api_key="k", base_url=local.base_url, max_retries=0) as client,
        client.responses.create(model=MODEL, input="x", stream=True) as stream,
    ):
        events = list(stream)
    types = [e.type for e in events]
    assert types == [
        "response.created",
        "response.in_progress",
        "response.output_item.added",
        "response.content_part.added",
        *["response.refusal.delta"] * 3,
        "response.refusal.done",
        "response.content_part.done",
        "response.output_item.done",
        "response.completed",
    ]
    assert events[3].part.type == "refusal"
    assert events[7].refusal == "Not that."
    part = events[-1].response.output[0].content[0]
    assert (part.type, part.refusal) == ("refusal", "Not that.")


# --------------------------------------------------------------------------- the package


def test_names_are_exported_lazily() -> None:
    for name in (
        "StructuredOutputError",
        "RefusalError",
        "IncompleteOutputError",
        "OutputValidationError",
        "MissingDependencyError",
    ):
        assert name in bud.__all__
        assert getattr(bud, name) is getattr(bud.exceptions, name)


def test_parsed_response_reads_like_a_response() -> None:
    fmt = _structured.output_format(Ticket)
    from bud._calls.responses import ResponseObject

    raw = ResponseObject.from_dict(
        {
            "id": "resp_1",
            "object": "response",
            "status": "completed",
            "output": [
                {
                    "type": "message",
                    "id": "msg_1",
                    "role": "assistant",
                    "status": "completed",
                    "content": [{"type": "output_text", "text": '{"title":"t"}'}],
                }
            ],
            "vendor_field": 7,
        }
    )
    parsed = _structured.parse_response(raw, fmt)
    assert parsed.output_parsed == Ticket("t")
    assert parsed.id == "resp_1" and parsed["vendor_field"] == 7
    assert parsed.to_dict() == raw.to_dict()
    assert repr(parsed).startswith("ParsedResponse(")
    assert "output_parsed=Ticket(title='t', priority=3, done=False)" in repr(parsed)


# --------------------------------------------------------------------------- the benchmark


def test_parse_benchmark_runs(tmp_path: Any) -> None:
    """`benchmarks/run.py --only parse`: the bud side measures (its answer checked equal to
    the invoice); the openai side too when the bench extra is installed, else it says why."""
    import importlib.util
    import subprocess
    from pathlib import Path

    bench = Path(__file__).resolve().parents[2] / "benchmarks"
    out = tmp_path / "parse.json"
    proc = subprocess.run(
        [sys.executable, str(bench / "run.py"), "--quick", "--only", "parse", "--json", str(out)],
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )
    assert proc.returncode == 0, proc.stderr
    rows = json.loads(out.read_text())["rows"]
    assert [r["name"] for r in rows] == [
        "responses.parse sync: CPU/call (openai + pydantic)",
        "responses.parse async: CPU/call (openai + pydantic)",
        "structured decode only: JSON text -> type",
    ]
    has_openai = importlib.util.find_spec("openai") is not None
    for r in rows:
        assert r["bud_error"] is None and r["bud"] > 0, r["bud_error"]
        assert (r["peer_error"] is None and r["peer"] > 0) if has_openai else r["peer_error"]
