"""Every script in ``examples/`` runs, as a user would run it, against a ``LocalServer``.

Each example has a scenario below: the replies it needs are scripted, the script runs in a
subprocess with ``BUD_BASE_URL``/``BUD_API_KEY``/``BUD_MODEL`` pointing at the server, and
both its output and what the server received are checked. An example without a scenario
fails ``test_every_example_has_a_scenario``.
"""

from __future__ import annotations

import json
import math
import os
import re
import subprocess
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from bud import BudClient
from bud.testing import FunctionCallReply, LocalServer, RecordedRequest, TextReply, WithUsage

EXAMPLES_DIR = Path(__file__).resolve().parents[2] / "examples"
EXAMPLES = sorted(p.stem for p in EXAMPLES_DIR.glob("*.py"))
API_KEY = "sk-examples-test"
MODEL = "examples-model"
TRACEPARENT_RE = re.compile(r"^00-([0-9a-f]{32})-([0-9a-f]{16})-0[0-9a-f]$")
# a safety net against a hung script, not an assertion about speed
SUBPROCESS_TIMEOUT = 120
CHAT = "/v1/chat/completions"
EMBEDDINGS = "/v1/embeddings"
# examples that call no model, so need no BUD_MODEL
MODEL_FREE = {"list_models"}


@dataclass
class Run:
    returncode: int
    stdout: str
    stderr: str
    requests: list[RecordedRequest]
    server: LocalServer

    def posts(self, path: str = "/v1/responses") -> list[dict[str, Any]]:
        """Bodies of the ``POST`` requests to *path*, in order."""
        return [r.json for r in self.requests if r.method == "POST" and r.path == path]


def _env(server: LocalServer | None, **overrides: str | None) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("BUD_", "OTEL_"))}
    env["PYTHONIOENCODING"] = "utf-8"
    if server is not None:
        env.update(BUD_BASE_URL=server.base_url, BUD_API_KEY=API_KEY, BUD_MODEL=MODEL)
    for key, value in overrides.items():
        if value is None:
            env.pop(key, None)
        else:
            env[key] = value
    return env


def _run_script(name: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(EXAMPLES_DIR / f"{name}.py")],
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=SUBPROCESS_TIMEOUT,
        check=False,
    )


@pytest.fixture
def server() -> Iterator[LocalServer]:
    with LocalServer(api_key=API_KEY) as srv:
        yield srv


def _run(name: str, server: LocalServer, **env: str | None) -> Run:
    done = _run_script(name, _env(server, **env))
    run = Run(done.returncode, done.stdout, done.stderr, server.requests, server)
    assert run.returncode == 0, f"{name} exited {run.returncode}\n{run.stdout}\n{run.stderr}"
    assert "Traceback" not in run.stderr, run.stderr
    assert server.errors == []
    assert server.queued == 0, "a scripted reply was never used"
    for request in run.requests:
        assert request.headers["authorization"] == f"Bearer {API_KEY}"
    return run


def _stored_text(server: LocalServer, response_id: str) -> str:
    stored = server.stored_response(response_id)
    assert stored is not None, response_id
    return "".join(
        part["text"]
        for item in stored["output"]
        if item["type"] == "message"
        for part in item["content"]
    )


# --------------------------------------------------------------------------- scenarios


def scenario_async_basic(server: LocalServer) -> None:
    server.enqueue(TextReply("The Responses API turns input into model output."))
    run = _run("async_basic", server)
    lines = run.stdout.splitlines()
    assert lines[0] == "The Responses API turns input into model output."
    assert re.fullmatch(r"\[resp_\w+\] status=completed", lines[1])
    assert re.fullmatch(r"tokens: \d+ in / \d+ out", lines[2])
    [body] = run.posts()
    assert body["model"] == MODEL
    assert body["input"] == "What is the Responses API?"
    assert body["instructions"] == "Answer in one sentence."
    assert "stream" not in body


def scenario_gateway(server: LocalServer) -> None:
    with LocalServer(api_key=API_KEY, gateway=True) as gateway:
        gateway.enqueue(TextReply("Seven."))
        run = _run("gateway", gateway)
    lines = run.stdout.splitlines()
    assert lines[0] == "Seven."
    assert re.fullmatch(r"model latency: \d+(\.\d+)? ms, cost: [0-9.e+-]+", lines[1]), lines
    assert re.fullmatch(r"rate limit: \d+ of 1000 left", lines[2]), lines
    assert re.fullmatch(r"retrieved resp_\w+: completed", lines[3]), lines
    post, get = run.requests
    assert post.json["model"] == MODEL  # the default model, from BUD_MODEL
    assert (get.method, get.headers["x-model-name"]) == ("GET", MODEL)


def scenario_sync_basic(server: LocalServer) -> None:
    server.enqueue(TextReply("Bonjour, ça va ?"))
    run = _run("sync_basic", server)
    lines = run.stdout.splitlines()
    assert lines[0] == "Bonjour, ça va ?"
    assert re.fullmatch(r"\[resp_\w+\] status=completed", lines[1])
    [body] = run.posts()
    assert body == {"model": MODEL, "input": "Say hello in French."}


def scenario_async_streaming(server: LocalServer) -> None:
    text = "Water finds its way, / around the patient stone, / the sea is waiting."
    server.enqueue(TextReply(text, chunk_size=5))
    run = _run("async_streaming", server)
    lines = run.stdout.splitlines()
    assert lines[0] == text
    # 5-character deltas, plus the 8 framing events of a text stream
    n_deltas = -(-len(text) // 5)
    assert lines[1] == f"events: {n_deltas + 8}, status: completed"
    [body] = run.posts()
    assert body["stream"] is True
    assert body["input"] == "Write a haiku about rivers."


def scenario_sync_streaming(server: LocalServer) -> None:
    server.enqueue(WithUsage(TextReply("one two three four five"), output_tokens=42))
    run = _run("sync_streaming", server)
    assert run.stdout.splitlines() == ["one two three four five", "completed: 42 output tokens"]
    [body] = run.posts()
    assert body["stream"] is True


def scenario_stream_helper(server: LocalServer) -> None:
    server.enqueue(TextReply("Nile, Amazon, Yangtze.", chunk_size=3))
    run = _run("stream_helper", server)
    lines = run.stdout.splitlines()
    assert lines[0] == "Nile, Amazon, Yangtze."
    assert lines[1] == "accumulated text: 'Nile, Amazon, Yangtze.'"
    match = re.fullmatch(r"final response (resp_\w+): completed", lines[2])
    assert match is not None, lines
    assert _stored_text(server, match.group(1)) == "Nile, Amazon, Yangtze."
    [body] = run.posts()
    assert body["stream"] is True
    assert body["input"] == "Name three rivers."


def scenario_multi_turn(server: LocalServer) -> None:
    server.enqueue(TextReply("Nice to meet you, Ada."), TextReply("Your name is Ada."))
    run = _run("multi_turn", server)
    assert run.stdout.splitlines() == [
        "user: My name is Ada.",
        "assistant: Nice to meet you, Ada.",
        "user: What is my name?",
        "assistant: Your name is Ada.",
    ]
    first, second = run.posts()
    assert "previous_response_id" not in first
    assert first["input"] == "My name is Ada."
    assert second["input"] == "What is my name?"
    # the second turn continues from the response the first turn got
    assert _stored_text(server, second["previous_response_id"]) == "Nice to meet you, Ada."


def scenario_function_calling(server: LocalServer) -> None:
    arguments = {"city": "Paris", "unit": "celsius"}
    server.enqueue(
        FunctionCallReply("get_weather", arguments, call_id="call_weather_42", chunk_size=4),
        TextReply("It is 21 °C in Paris."),
    )
    run = _run("function_calling", server)
    lines = run.stdout.splitlines()
    assert lines == [
        "model called get_weather({'city': 'Paris', 'unit': 'celsius'}) [call_id=call_weather_42]",
        "tool result: {'city': 'Paris', 'temperature': 21, 'unit': 'celsius'}",
        "answer: It is 21 °C in Paris.",
    ]
    first, second = run.posts()
    assert [tool["name"] for tool in first["tools"]] == ["get_weather"]
    assert first["tool_choice"] == "required"
    # the follow-up names the response holding the call, and answers that call
    stored = server.stored_response(second["previous_response_id"])
    assert stored is not None
    [call] = stored["output"]
    assert call["type"] == "function_call"
    assert call["call_id"] == "call_weather_42"
    [output] = second["input"]
    assert output["type"] == "function_call_output"
    assert output["call_id"] == "call_weather_42"
    assert json.loads(output["output"]) == {"city": "Paris", "temperature": 21, "unit": "celsius"}


def scenario_tracing(server: LocalServer) -> None:
    server.enqueue(TextReply("Traces tie requests together."))
    run = _run("tracing", server)
    out = run.stdout
    assert out.splitlines()[0] == "summary: Traces tie requests together."
    tree = out.split("span tree:\n", 1)[1].splitlines()
    # the @track span is the root; the GenAI span under it; the HTTP span under that
    assert tree[0].startswith("examples.summarize  [OK, ")
    responses_line = next(i for i, line in enumerate(tree) if "└── responses  [OK" in line)
    post_line = next(i for i, line in enumerate(tree) if "└── POST  [" in line)
    assert 0 < responses_line < post_line
    indent = len(tree[post_line]) - len(tree[post_line].lstrip())
    assert indent > len(tree[responses_line]) - len(tree[responses_line].lstrip())
    assert f"gen_ai.request.model = {MODEL}" in out
    assert "gen_ai.response.status = completed" in out
    assert f"url.full = {server.base_url}/v1/responses" in out
    assert "http.response.status_code = 200" in out
    [request] = run.requests
    assert TRACEPARENT_RE.match(request.headers["traceparent"])
    assert request.json["instructions"] == "Summarize in five words."


def scenario_background(server: LocalServer) -> None:
    server.enqueue(TextReply("Tides follow the moon."))
    run = _run("background", server)
    lines = run.stdout.splitlines()
    started = re.fullmatch(r"started (resp_\w+): queued", lines[0])
    assert started is not None, lines
    job_id = started.group(1)
    assert lines[1] == "poll 1: completed"
    assert lines[2] == "result: Tides follow the moon."
    other = re.fullmatch(r"started (resp_\w+): queued", lines[3])
    assert other is not None, lines
    other_id = other.group(1)
    assert lines[4] == f"cancelled {other_id}: cancelled"
    assert [(r.method, r.path) for r in run.requests] == [
        ("POST", "/v1/responses"),
        ("GET", f"/v1/responses/{job_id}"),
        ("POST", "/v1/responses"),
        ("POST", f"/v1/responses/{other_id}/cancel"),
    ]
    assert all(body["background"] is True for body in run.posts())
    stored = server.stored_response(other_id)
    assert stored is not None and stored["status"] == "cancelled"


def scenario_chat_completions(server: LocalServer) -> None:
    plain = "A chat completion answers a list of messages."
    server.enqueue(
        WithUsage(TextReply(plain), input_tokens=12, output_tokens=9),
        WithUsage(TextReply("one two three four five", chunk_size=4), output_tokens=5),
        path=CHAT,
    )
    run = _run("chat_completions", server)
    assert run.stdout.splitlines() == [
        f"plain: {plain}",
        "finish_reason=stop, 21 tokens",
        "one two three four five",
        # 4-character deltas: the text arrived in pieces, and the stream added them up
        "streamed 6 pieces: 'one two three four five'",
        "usage: 6 prompt + 5 completion tokens",
    ]
    first, second = run.posts(CHAT)
    assert first == {
        "model": MODEL,
        "messages": [
            {"role": "system", "content": "Answer in one sentence."},
            {"role": "user", "content": "What is a chat completion?"},
        ],
    }
    assert second["stream"] is True
    assert second["stream_options"] == {"include_usage": True}
    assert second["messages"] == [{"role": "user", "content": "Count from one to five."}]


def scenario_chat_tool_call(server: LocalServer) -> None:
    arguments = {"city": "Paris", "unit": "celsius"}
    server.enqueue(
        FunctionCallReply("get_weather", arguments, call_id="call_weather_7", chunk_size=4),
        TextReply("It is 21 °C in Paris."),
        path=CHAT,
    )
    run = _run("chat_tool_call", server)
    assert run.stdout.splitlines() == [
        "model called get_weather({'city': 'Paris', 'unit': 'celsius'}) [id=call_weather_7]",
        "tool result: {'city': 'Paris', 'temperature': 21, 'unit': 'celsius'}",
        "answer: It is 21 °C in Paris.",
    ]
    first, second = run.posts(CHAT)
    assert [tool["function"]["name"] for tool in first["tools"]] == ["get_weather"]
    assert first["tool_choice"] == "required"
    assert "tool_choice" not in second
    # the follow-up carries the whole conversation: question, the call, its result
    user, assistant, tool = second["messages"]
    assert user == first["messages"][0]
    assert assistant["role"] == "assistant"
    assert assistant["tool_calls"] == [
        {
            "id": "call_weather_7",
            "type": "function",
            "function": {
                "name": "get_weather",
                "arguments": json.dumps(arguments, separators=(",", ":")),
            },
        }
    ]
    assert tool["role"] == "tool"
    assert tool["tool_call_id"] == "call_weather_7"
    assert json.loads(tool["content"]) == {"city": "Paris", "temperature": 21, "unit": "celsius"}


def scenario_embeddings(server: LocalServer) -> None:
    texts = ["The cat sat on the mat.", "A kitten was sitting on the rug."]
    run = _run("embeddings", server)
    lines = run.stdout.splitlines()
    # the local server's vectors depend only on the text: fetch the same ones here
    with BudClient(api_key=API_KEY, base_url=server.base_url) as client:
        first, second = (
            d.embedding for d in client.embeddings.create(model=MODEL, input=texts).data
        )
    expected = sum(x * y for x, y in zip(first, second, strict=True)) / (
        math.sqrt(sum(x * x for x in first)) * math.sqrt(sum(y * y for y in second))
    )
    assert lines == [
        "2 vectors of 1536 dimensions",
        f"cosine similarity: {expected:.4f}",
        "base64: 1536 floats, largest difference from the float ones: 0",
    ]
    as_floats, as_base64 = run.posts(EMBEDDINGS)
    assert as_floats == {"model": MODEL, "input": texts}
    assert as_base64 == {"model": MODEL, "input": texts[0], "encoding_format": "base64"}


def scenario_classify(server: LocalServer) -> None:
    texts = ["I love this product!", "This is the worst day ever."]
    run = _run("classify", server)
    with BudClient(api_key=API_KEY, base_url=server.base_url) as client:
        expected = client.classifications.create(model=MODEL, input=texts).data
    lines = run.stdout.splitlines()
    assert len(lines) == 2 * len(texts)
    pairs = zip(lines[::2], lines[1::2], strict=True)  # per text: best label, then every score
    for text, labels, (head, scores) in zip(texts, expected, pairs, strict=True):
        best = labels[0]
        assert head == f"{text!r}: {best.label} ({best.score:.2f})"
        shown = [entry.split("=") for entry in scores.strip().split(", ")]
        assert [label for label, _ in shown] == [entry.label for entry in labels]
        assert {label for label, _ in shown} == {"positive", "negative", "neutral"}
        values = [float(value) for _, value in shown]
        assert values == sorted(values, reverse=True)  # highest first
        assert abs(sum(values) - 1) < 0.02  # scores of one text add up to 1 (rounded)
    [body] = run.posts("/v1/classify")
    assert body == {"model": MODEL, "input": texts}


def scenario_list_models(server: LocalServer) -> None:
    served = ("qwen3-32b", "bge-m3", "sentiment-v2")
    with LocalServer(api_key=API_KEY, models=served) as gateway:
        run = _run("list_models", gateway, BUD_MODEL=None)  # it needs no model
    assert run.stdout.splitlines() == [
        *(f"{model} (owned by bud)" for model in served),
        "3 models",
    ]
    assert [(r.method, r.path) for r in run.requests] == [("GET", "/v1/models")]


def scenario_async_chat(server: LocalServer) -> None:
    questions = ["Name a prime number.", "Name a planet.", "Name a colour."]
    text = "Water finds its way, around the patient stone."
    server.enqueue(TextReply(text, chunk_size=6), path=CHAT)  # only the first: the stream
    run = _run("async_chat", server)
    lines = run.stdout.splitlines()
    assert lines[0] == text
    assert re.fullmatch(r"final completion chatcmpl-[0-9a-f]+: finish_reason=stop", lines[1])
    # unscripted, the local server echoes each question: every answer is paired with its own
    assert lines[2:] == [f"{question} -> You said: {question}" for question in questions]
    streamed, *asked = run.posts(CHAT)
    assert streamed["stream"] is True
    assert streamed["messages"] == [{"role": "user", "content": "Write a haiku about rivers."}]
    assert sorted(body["messages"][0]["content"] for body in asked) == sorted(questions)
    assert all("stream" not in body for body in asked)


def scenario_structured_output(server: LocalServer) -> None:
    # unscripted: the local server answers each json_schema with an instance of it, its
    # strings the prompt, its enums their first value
    text = "Ana and Kwame meet for the design review on Monday in room B2."
    run = _run("structured_output", server)
    assert run.stdout.splitlines() == [
        f"Meeting: {text!r} on friday",
        f"people: [{text!r}], room: {text}",
        "verdict: {'answer': True, 'reason': 'Is Paris the capital of France?'}",
        # one delta per word of the JSON: the text is in it three times (title, people, room)
        f"streamed {(len(text.split()) - 1) * 3 + 1} deltas, then: friday",
    ]
    meeting, verdict, streamed = run.posts()
    fmt = meeting["text"]["format"]
    assert (fmt["type"], fmt["name"], fmt["strict"]) == ("json_schema", "Meeting", True)
    schema = fmt["schema"]
    assert schema["required"] == ["title", "day", "people", "room"]
    assert schema["additionalProperties"] is False
    assert schema["properties"]["room"] == {"anyOf": [{"type": "string"}, {"type": "null"}]}
    assert meeting["instructions"] == "Extract the meeting."
    assert "stream" not in meeting
    assert verdict["text"]["format"]["name"] == "verdict"
    assert verdict["text"]["format"]["schema"]["additionalProperties"] is False
    assert streamed["stream"] is True
    assert streamed["text"] == meeting["text"]


SCENARIOS: dict[str, Callable[[LocalServer], None]] = {
    name.removeprefix("scenario_"): fn
    for name, fn in list(globals().items())
    if name.startswith("scenario_") and callable(fn)
}


# ------------------------------------------------------------------------------- tests


def test_examples_exist() -> None:
    assert len(EXAMPLES) >= 9, EXAMPLES


def test_every_example_has_a_scenario() -> None:
    # a new examples/*.py must get a scenario here, so that it is run
    assert set(EXAMPLES) == set(SCENARIOS), (
        f"without a scenario: {sorted(set(EXAMPLES) - set(SCENARIOS))}; "
        f"scenario without an example: {sorted(set(SCENARIOS) - set(EXAMPLES))}"
    )


def test_readme_lists_every_example() -> None:
    readme = (EXAMPLES_DIR / "README.md").read_text(encoding="utf-8")
    missing = [name for name in EXAMPLES if f"`{name}.py`" not in readme]
    assert missing == []
    assert "bud serve-local" in readme


@pytest.mark.parametrize("name", EXAMPLES)
def test_example_runs(name: str, server: LocalServer) -> None:
    scenario = SCENARIOS.get(name)
    if scenario is None:
        pytest.fail(f"examples/{name}.py has no scenario in {Path(__file__).name}")
    scenario(server)


@pytest.mark.parametrize("name", [name for name in EXAMPLES if name not in MODEL_FREE])
def test_example_without_model_says_so(name: str, server: LocalServer) -> None:
    done = _run_script(name, _env(server, BUD_MODEL=None))
    assert done.returncode == 2
    assert done.stderr.strip() == "set BUD_MODEL (and BUD_BASE_URL, BUD_API_KEY)"
    assert server.requests == []
