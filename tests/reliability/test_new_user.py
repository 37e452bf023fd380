"""What a new user meets first: the CLI in a shell pipeline and without settings, the
function-calling example against the embedded server, and printed models.

1. `bud responses create ... --json | head -3`: the reader closes the pipe early; the CLI
   exits quietly with 141 (128 + SIGPIPE, what a shell reports for `yes | head`).
2. Settings missing on the command line: the error names the flag and the env var.
3. The local server's unscripted function call fills its arguments from the tool's schema.
4. Models print short: only set fields, no `additional_properties={}`, no `Type0`.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from bud.testing import Combined, FunctionCallReply, LocalServer, TextReply, WithUsage
from bud.types import Response, ResponseUsage

from .conftest import API_KEY, sync_client

ROOT = Path(__file__).resolve().parents[2]
MODEL = "new-user-model"
# a safety net against a hung process, not an assertion about speed
TIMEOUT = 120
# SIGPIPE's shell status: what `bud ... | head` reports when head leaves early
EXIT_BROKEN_PIPE = 141


def _env(home: Path, **settings: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("BUD_", "OTEL_"))}
    env.update(HOME=str(home), PYTHONIOENCODING="utf-8", **settings)
    return env


def _server_env(home: Path, server: LocalServer) -> dict[str, str]:
    return _env(home, BUD_BASE_URL=server.base_url, BUD_API_KEY=API_KEY)


@pytest.fixture
def home(tmp_path: Path) -> Path:
    path = tmp_path / "home"
    path.mkdir()
    return path


# ------------------------------------------------------------- 1. a closed stdout pipe


def _bud_popen(env: dict[str, str], *args: str) -> Any:
    return subprocess.Popen(
        [sys.executable, "-m", "bud.cli", *args],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )


def _read_lines_then_close(proc: Any, n: int) -> tuple[list[bytes], str]:
    """Read `n` lines of the CLI's stdout, close the pipe (as `head -n` does), then wait."""
    lines = [proc.stdout.readline() for _ in range(n)]
    proc.stdout.close()
    try:
        err = proc.stderr.read().decode("utf-8", "replace")
        proc.wait(timeout=TIMEOUT)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    return lines, err


def test_streamed_json_into_a_reader_that_leaves_early(home: Path, server: LocalServer) -> None:
    # ~1 MB of JSON lines: far more than a pipe buffers, so the CLI really writes into a
    # pipe with no reader left (a run that finished would exit 0, not 141)
    server.enqueue(TextReply.with_deltas(5000))
    proc = _bud_popen(_server_env(home, server), "responses", "create", "Hi", "-m", MODEL, "--json")
    lines, err = _read_lines_then_close(proc, 3)
    assert [json.loads(line)["type"] for line in lines] == [
        "response.created",
        "response.in_progress",
        "response.output_item.added",
    ]
    assert "Traceback" not in err
    assert "BrokenPipeError" not in err
    assert err == ""
    assert proc.returncode == EXIT_BROKEN_PIPE


def test_one_big_json_answer_into_a_reader_that_leaves_early(
    home: Path, server: LocalServer
) -> None:
    # one print of a ~400 kB response, not flushed per line: the pipe breaks inside print
    # or in the final flush at interpreter exit; neither may show
    server.enqueue(TextReply("word " * 80_000))
    env = _server_env(home, server)
    proc = _bud_popen(env, "responses", "create", "Hi", "-m", MODEL, "--no-stream", "--json")
    lines, err = _read_lines_then_close(proc, 3)
    assert lines[0] == b"{\n"
    assert "Traceback" not in err
    assert "BrokenPipeError" not in err
    assert "Exception ignored" not in err
    assert err == ""
    assert proc.returncode == EXIT_BROKEN_PIPE


@pytest.mark.skipif(shutil.which("head") is None, reason="needs the head command")
def test_the_documented_pipeline_into_head(home: Path, server: LocalServer) -> None:
    """`bud responses create "Hi" --model m --json | head -3`, both ends real processes."""
    server.enqueue(TextReply.with_deltas(5000))
    args = ["responses", "create", "Hi", "--model", MODEL, "--json"]
    bud = _bud_popen(_server_env(home, server), *args)
    head = subprocess.Popen(["head", "-3"], stdin=bud.stdout, stdout=subprocess.PIPE)
    bud.stdout.close()  # head holds the only read end: when it exits, the pipe breaks
    try:
        out, _ = head.communicate(timeout=TIMEOUT)
        err = bud.stderr.read().decode("utf-8", "replace")
        bud.wait(timeout=TIMEOUT)
    finally:
        for proc in (bud, head):
            if proc.poll() is None:
                proc.kill()
                proc.wait()
    assert [json.loads(line)["type"] for line in out.splitlines()] == [
        "response.created",
        "response.in_progress",
        "response.output_item.added",
    ]
    assert "Traceback" not in err and "BrokenPipeError" not in err
    assert err == ""
    assert bud.returncode == EXIT_BROKEN_PIPE


# ------------------------------------------------------ 2. errors name flags and env vars


def _bud(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "bud.cli", *args],
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=TIMEOUT,
        check=False,
    )


def _one_error_line(done: subprocess.CompletedProcess[str]) -> str:
    assert done.returncode == 1, (done.returncode, done.stdout, done.stderr)
    assert "Traceback" not in done.stderr
    assert done.stdout == ""
    [line] = done.stderr.splitlines()
    assert line.startswith("bud: error: "), line
    return line


def test_cli_without_an_api_key_names_the_flag_and_env_var(home: Path) -> None:
    env = _env(home, BUD_BASE_URL="http://127.0.0.1:9")
    line = _one_error_line(_bud(env, "responses", "create", "hi", "-m", MODEL))
    assert "No API key" in line
    assert "--api-key" in line and "BUD_API_KEY" in line
    assert "api_key=" not in line


def test_cli_without_a_base_url_names_the_flag_and_env_var(home: Path) -> None:
    env = _env(home, BUD_API_KEY="sk-anything")
    line = _one_error_line(_bud(env, "responses", "get", "resp_1"))
    assert "No base URL" in line
    assert "--base-url" in line and "BUD_BASE_URL" in line
    assert "base_url=" not in line


def test_cli_with_nothing_set_names_the_flags(home: Path) -> None:
    line = _one_error_line(_bud(_env(home), "responses", "create", "hi", "-m", MODEL))
    assert "--api-key" in line and "BUD_API_KEY" in line
    assert "=..." not in line


@pytest.mark.parametrize("url", ["not a url", "ftp://gateway.example", "http://[::1"])
def test_cli_with_an_unusable_base_url_names_the_flag(home: Path, url: str) -> None:
    env = _env(home, BUD_API_KEY="sk-anything")
    line = _one_error_line(_bud(env, "responses", "create", "hi", "-m", MODEL, "--base-url", url))
    assert "--base-url" in line and "BUD_BASE_URL" in line
    assert "base_url must" not in line


# -------------------------------------------------- 3. function call arguments from schema

WEATHER_TOOL: dict[str, Any] = {
    "type": "function",
    "name": "get_weather",
    "description": "The current weather in a city.",
    "parameters": {
        "type": "object",
        "properties": {
            "city": {"type": "string"},
            "unit": {"type": "string", "enum": ["celsius", "fahrenheit"]},
        },
        "required": ["city"],
        "additionalProperties": False,
    },
}


def _only_call(response: Response) -> Any:
    [call] = response.output
    assert call.type == "function_call"
    return call


def test_forced_tool_call_fills_arguments_from_the_schema(server: LocalServer) -> None:
    with sync_client(server) as client:
        response = client.responses.create(
            model=MODEL, input="Weather in Paris?", tools=[WEATHER_TOOL], tool_choice="required"
        )
    call = _only_call(response)
    assert call.name == "get_weather"
    arguments = json.loads(call.arguments)
    assert isinstance(arguments["city"], str) and arguments["city"]
    assert arguments["unit"] == "celsius"  # an enum takes its first value
    assert set(arguments) == {"city", "unit"}


def test_streamed_tool_call_arguments_come_from_the_schema(server: LocalServer) -> None:
    with sync_client(server) as client:
        choice = {"type": "function", "name": "get_weather"}
        stream = client.responses.create(
            model=MODEL, input="Weather?", tools=[WEATHER_TOOL], tool_choice=choice, stream=True
        )
        with stream:
            deltas = [e.delta for e in stream if e.type == "response.function_call_arguments.delta"]
            final = stream.completed_response
    assert len(deltas) > 1  # streamed in pieces, as a model does
    arguments = json.loads("".join(deltas))
    assert json.loads(_only_call(final).arguments) == arguments
    assert isinstance(arguments["city"], str)


def test_every_schema_type_gets_a_plausible_value(server: LocalServer) -> None:
    tool = {
        "type": "function",
        "name": "book",
        "parameters": {
            "type": "object",
            "properties": {
                "title": {"type": "string"},
                "when": {"type": "string", "format": "date"},
                "seats": {"type": "integer", "minimum": 2},
                "budget": {"type": "number"},
                "refundable": {"type": "boolean"},
                "tags": {"type": "array", "items": {"type": "string"}},
                "guest": {
                    "type": "object",
                    "properties": {
                        "name": {"type": "string"},
                        "age": {"type": ["integer", "null"]},
                    },
                    "required": ["name"],
                },
                "mode": {"const": "fast"},
                "note": {"anyOf": [{"type": "null"}, {"type": "string"}]},
                "room": {"$ref": "#/$defs/room"},
            },
            "required": ["title", "seats", "guest"],
            "$defs": {"room": {"type": "string", "enum": ["single", "double"]}},
        },
    }
    with sync_client(server) as client:
        response = client.responses.create(
            model=MODEL, input="book it", tools=[tool], tool_choice="required"
        )
    arguments = json.loads(_only_call(response).arguments)
    assert isinstance(arguments["title"], str) and arguments["title"]
    assert arguments["when"] == "2025-01-01"
    assert arguments["seats"] == 2  # 1 would break its minimum
    assert arguments["budget"] == 1 and arguments["refundable"] is True
    assert arguments["tags"] == []
    assert isinstance(arguments["guest"]["name"], str) and arguments["guest"]["age"] == 1
    assert arguments["mode"] == "fast"
    assert isinstance(arguments["note"], str)
    assert arguments["room"] == "single"


def test_scripted_arguments_are_kept_and_unscripted_ones_filled(server: LocalServer) -> None:
    server.enqueue(
        FunctionCallReply("get_weather", {"town": "Oslo"}, call_id="call_explicit"),
        FunctionCallReply("get_weather", "{}"),
        Combined(FunctionCallReply("get_weather"), FunctionCallReply("no_such_tool")),
    )
    with sync_client(server) as client:
        explicit, empty, filled = (
            client.responses.create(model=MODEL, input="x", tools=[WEATHER_TOOL]) for _ in range(3)
        )
        explicit_call = _only_call(explicit)
        assert explicit_call.call_id == "call_explicit"
        assert json.loads(explicit_call.arguments) == {"town": "Oslo"}
        assert _only_call(empty).arguments == "{}"
        weather, unknown = filled.output
    assert isinstance(json.loads(weather.arguments)["city"], str)
    assert unknown.arguments == "{}"  # no schema to follow


def test_function_calling_example_runs_its_tool_on_the_local_server(
    server: LocalServer, home: Path
) -> None:
    # nothing scripted: the server answers as `bud serve-local` would
    env = _server_env(home, server)
    env["BUD_MODEL"] = MODEL
    done = subprocess.run(
        [sys.executable, str(ROOT / "examples" / "function_calling.py")],
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=TIMEOUT,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    assert "is required" not in done.stdout
    assert "error" not in done.stdout
    called, result, answer = done.stdout.splitlines()
    assert called.startswith("model called get_weather({'city': '")
    assert result.startswith("tool result: {'city': '")
    assert "'temperature': 21, 'unit': 'celsius'}" in result
    assert answer.startswith("answer: ")


# -------------------------------------------------------------------- 4. short model reprs


def test_usage_prints_short(server: LocalServer) -> None:
    server.enqueue(WithUsage(TextReply("Hello there."), input_tokens=7, output_tokens=11))
    with sync_client(server) as client:
        response = client.responses.create(model=MODEL, input="Hi!")
    usage = response.usage
    assert isinstance(usage, ResponseUsage)
    text = repr(usage)
    assert "additional_properties" not in text
    assert "Type0" not in text and "Unset" not in text
    assert text == (
        "ResponseUsage(input_tokens=7, "
        "input_tokens_details=ResponseUsageInputTokensDetails(cached_tokens=0, "
        "cache_write_tokens=0), output_tokens=11, "
        "output_tokens_details=ResponseUsageOutputTokensDetails(reasoning_tokens=0), "
        "total_tokens=18)"
    )
    assert str(usage) == text  # what print() shows


def test_nested_models_print_short_and_unset_fields_do_not_show(server: LocalServer) -> None:
    server.enqueue(TextReply("Hello there."))
    with sync_client(server) as client:
        response = client.responses.create(model=MODEL, input="Hi!")
    [message] = response.output
    text = repr(message)
    assert text.startswith("OutputMessage(type='message', id='msg_")
    assert "content=[OutputTextContent(type='output_text', text='Hello there.'" in text
    assert "phase=" not in text  # UNSET
    assert "additional_properties" not in text and "UNSET" not in text
    whole = repr(response)
    assert whole.startswith("Response(")  # the public name, not ResponseObject
    assert f"id={response.id!r}" in whole and "status='completed'" in whole
    assert "=None" not in whole and "additional_properties={}" not in whole
    # `store` is not in the contract's Response: an unknown field, and it shows
    assert whole.endswith(", additional_properties={'store': True})")
    assert "Type0" not in whole and "Type1" not in whole
    assert "OutputTextContent(type='output_text', text='Hello there.'" in whole


def test_unknown_fields_still_show() -> None:
    usage = ResponseUsage.from_dict({"input_tokens": 3, "future_tokens": {"x": 1}})
    assert (
        repr(usage)
        == "ResponseUsage(input_tokens=3, additional_properties={'future_tokens': {'x': 1}})"
    )
    assert repr(ResponseUsage()) == "ResponseUsage()"


def test_every_generated_model_shares_one_repr() -> None:
    import bud_api.models as models
    from bud_api.extensions import model_repr

    for name in models.__all__:
        cls = getattr(models, name)
        if hasattr(cls, "__attrs_attrs__"):
            assert cls.__repr__ is model_repr, name
            assert "__dict__" not in dir(cls), name  # still slotted: nothing per instance
