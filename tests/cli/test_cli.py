"""The ``bud`` command line and ``python -m bud.demo``, against a ``LocalServer``.

Most tests run the CLI as a user does, in a subprocess (``python -m bud.cli``); a few call
``bud.cli.main([...])`` in-process with ``capsys``. ``HOME`` always points at an empty
temporary directory, so a real ``~/.config/bud/config.toml`` never leaks in.
"""

from __future__ import annotations

import json
import os
import re
import select
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

import httpx
import pytest

import bud.cli
from bud import BudClient
from bud.demo import LOCAL_ANSWER, PROMPT
from bud.observability import _reset_for_tests
from bud.testing import ErrorEventReply, HTTPErrorReply, LocalServer, Stall, TextReply, WithUsage

API_KEY = "sk-cli-test-key"
MODEL = "cli-model"
# a safety net against a hung process, not an assertion about speed
TIMEOUT = 120
SUMMARY_STREAM_RE = re.compile(
    r"^-- (\d+) input / (\d+) output tokens · first token \d+ ms · total \d+ ms$"
)
SUMMARY_PLAIN_RE = re.compile(r"^-- (\d+) input / (\d+) output tokens · total \d+ ms$")
TRACEPARENT_RE = re.compile(r"^00-[0-9a-f]{32}-[0-9a-f]{16}-0[0-9a-f]$")


# ----------------------------------------------------------------------------- helpers


@pytest.fixture
def home(tmp_path: Path) -> Path:
    path = tmp_path / "home"
    path.mkdir()
    return path


@pytest.fixture
def server() -> Iterator[LocalServer]:
    with LocalServer(api_key=API_KEY) as srv:
        yield srv


@pytest.fixture
def isolated(monkeypatch: pytest.MonkeyPatch, home: Path) -> Iterator[None]:
    """For in-process runs: no BUD_* settings, an empty HOME, tracing reset afterwards."""
    for key in list(os.environ):
        if key.startswith(("BUD_", "OTEL_")):
            monkeypatch.delenv(key)
    monkeypatch.setenv("HOME", str(home))
    yield
    _reset_for_tests()


@pytest.fixture
def configured(isolated: None, server: LocalServer, monkeypatch: pytest.MonkeyPatch) -> LocalServer:
    """For in-process runs: `server` set through BUD_BASE_URL, BUD_API_KEY and BUD_MODEL
    (``env-model``), as a user's shell would."""
    monkeypatch.setenv("BUD_BASE_URL", server.base_url)
    monkeypatch.setenv("BUD_API_KEY", API_KEY)
    monkeypatch.setenv("BUD_MODEL", "env-model")
    return server


def _env(home: Path, **settings: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("BUD_", "OTEL_"))}
    env.update(HOME=str(home), PYTHONIOENCODING="utf-8", **settings)
    return env


def _server_env(home: Path, server: LocalServer, **settings: str) -> dict[str, str]:
    return _env(home, BUD_BASE_URL=server.base_url, BUD_API_KEY=API_KEY, **settings)


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


def _ok(done: subprocess.CompletedProcess[str]) -> subprocess.CompletedProcess[str]:
    assert done.returncode == 0, f"exit {done.returncode}\n{done.stdout}\n{done.stderr}"
    assert "Traceback" not in done.stderr
    return done


def _assert_one_error_line(returncode: int, stdout: str, stderr: str, *fragments: str) -> str:
    """Exit 1, nothing on stdout, exactly one line on stderr: ``bud: error: ...``."""
    assert returncode == 1, (returncode, stdout, stderr)
    assert "Traceback" not in stderr
    assert stdout == ""
    lines = stderr.splitlines()
    assert len(lines) == 1, stderr
    [line] = lines
    assert line.startswith("bud: error: "), line
    for fragment in fragments:
        assert fragment in line, line
    return line


def _closed_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
    return port  # nothing listens there any more


def _posts(server: LocalServer) -> list[dict[str, Any]]:
    return [r.json for r in server.requests if r.method == "POST" and r.path == "/v1/responses"]


def _stored(server: LocalServer, text: str, **extra: Any) -> str:
    """A response stored on the server (created through the SDK); its id."""
    server.enqueue(TextReply(text))
    with BudClient(api_key=API_KEY, base_url=server.base_url, max_retries=0) as client:
        response = client.responses.create(model=MODEL, input="store this", **extra)
    server.clear_requests()
    assert isinstance(response.id, str)
    return response.id


# ------------------------------------------------------------------- create (subprocess)


def test_create_streams_text_then_summary_on_stderr(home: Path, server: LocalServer) -> None:
    text = "Streaming answers arrive one small piece at a time."
    server.enqueue(WithUsage(TextReply(text, chunk_size=6), input_tokens=7, output_tokens=11))
    done = _ok(_bud(_server_env(home, server), "responses", "create", "Hi there", "-m", MODEL))
    assert done.stdout == text + "\n"
    [summary] = done.stderr.splitlines()
    match = SUMMARY_STREAM_RE.match(summary)
    assert match is not None, summary
    assert match.groups() == ("7", "11")
    [body] = _posts(server)
    assert body == {"model": MODEL, "input": "Hi there", "stream": True}


def test_create_no_stream(home: Path, server: LocalServer) -> None:
    server.enqueue(WithUsage(TextReply("A whole answer at once."), input_tokens=3, output_tokens=5))
    env = _server_env(home, server)
    args = ["responses", "create", "Hello", "--model", MODEL, "--no-stream"]
    done = _ok(_bud(env, *args, "--instructions", "Be brief."))
    assert done.stdout == "A whole answer at once.\n"
    [summary] = done.stderr.splitlines()
    match = SUMMARY_PLAIN_RE.match(summary)
    assert match is not None, summary
    assert match.groups() == ("3", "5")
    [body] = _posts(server)
    assert body == {"model": MODEL, "input": "Hello", "instructions": "Be brief."}


def test_create_json_streams_one_event_per_line(home: Path, server: LocalServer) -> None:
    text = "JSON lines, one per event."
    server.enqueue(TextReply(text, chunk_size=4))
    done = _ok(_bud(_server_env(home, server), "responses", "create", "x", "-m", MODEL, "--json"))
    assert done.stderr == ""  # no summary in JSON mode
    events = [json.loads(line) for line in done.stdout.splitlines()]
    types = [event["type"] for event in events]
    assert types[0] == "response.created"
    assert types[-1] == "response.completed"
    deltas = [e["delta"] for e in events if e["type"] == "response.output_text.delta"]
    assert len(deltas) == -(-len(text) // 4)
    assert "".join(deltas) == text
    assert events[-1]["response"]["status"] == "completed"


def test_create_no_stream_json_prints_the_response(home: Path, server: LocalServer) -> None:
    server.enqueue(TextReply("Plain JSON."))
    env = _server_env(home, server)
    done = _ok(_bud(env, "responses", "create", "x", "-m", MODEL, "--no-stream", "--json"))
    response = json.loads(done.stdout)
    assert response["object"] == "response"
    assert response["status"] == "completed"
    assert response["model"] == MODEL
    assert response["output"][0]["content"][0]["text"] == "Plain JSON."
    assert server.stored_response(response["id"]) is not None
    [body] = _posts(server)
    assert "stream" not in body


def test_create_trace_console_prints_the_span_tree(home: Path, server: LocalServer) -> None:
    server.enqueue(TextReply("Traced."))
    env = _server_env(home, server)
    done = _ok(_bud(env, "responses", "create", "x", "-m", MODEL, "--trace", "console"))
    assert done.stdout == "Traced.\n"
    err = done.stderr.splitlines()
    assert SUMMARY_STREAM_RE.match(err[0])
    tree = done.stderr.split("trace:\n", 1)[1].splitlines()
    assert tree[0].startswith("responses.stream  [OK, ")
    assert any(line.lstrip().startswith("└── POST  [") for line in tree)
    assert f"gen_ai.request.model = {MODEL}" in done.stderr
    assert "bud.inference.stream_completed = True" in done.stderr
    assert f"url.full = {server.base_url}/v1/responses" in done.stderr
    [request] = server.requests
    assert TRACEPARENT_RE.match(request.headers["traceparent"])


def test_create_without_trace_sends_no_traceparent(home: Path, server: LocalServer) -> None:
    server.enqueue(TextReply("Untraced."))
    done = _ok(_bud(_server_env(home, server), "responses", "create", "x", "-m", MODEL))
    assert "trace:" not in done.stderr
    [request] = server.requests
    assert "traceparent" not in request.headers


# --------------------------------------------------------------- get / delete / cancel


def test_get_prints_id_status_and_text(home: Path, server: LocalServer) -> None:
    response_id = _stored(server, "Stored answer.")
    done = _ok(_bud(_server_env(home, server), "responses", "get", response_id))
    assert done.stdout.splitlines() == [f"{response_id} [completed]", "Stored answer."]
    [request] = server.requests
    assert (request.method, request.path) == ("GET", f"/v1/responses/{response_id}")


def test_get_json(home: Path, server: LocalServer) -> None:
    response_id = _stored(server, "As JSON.")
    done = _ok(_bud(_server_env(home, server), "responses", "get", response_id, "--json"))
    response = json.loads(done.stdout)
    assert response["id"] == response_id
    assert response["output"][0]["content"][0]["text"] == "As JSON."


def test_delete_then_get_is_not_found(home: Path, server: LocalServer) -> None:
    response_id = _stored(server, "Soon gone.")
    env = _server_env(home, server)
    done = _ok(_bud(env, "responses", "delete", response_id))
    assert json.loads(done.stdout) == {"id": response_id, "object": "response", "deleted": True}
    assert server.stored_response(response_id) is None
    gone = _bud(env, "responses", "get", response_id)
    _assert_one_error_line(gone.returncode, gone.stdout, gone.stderr, "Not found (404)")
    assert [(r.method, r.path) for r in server.requests] == [
        ("DELETE", f"/v1/responses/{response_id}"),
        ("GET", f"/v1/responses/{response_id}"),
    ]


def test_cancel_a_background_response(home: Path, server: LocalServer) -> None:
    response_id = _stored(server, "Never finished.", background=True)
    done = _ok(_bud(_server_env(home, server), "responses", "cancel", response_id))
    assert done.stdout.splitlines() == [f"{response_id} [cancelled]"]
    [request] = server.requests
    assert (request.method, request.path) == ("POST", f"/v1/responses/{response_id}/cancel")
    stored = server.stored_response(response_id)
    assert stored is not None and stored["status"] == "cancelled"


# ------------------------------------------------------------- settings and precedence


def _write_config(path: Path, **settings: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(f'{k} = "{v}"\n' for k, v in settings.items()), encoding="utf-8")
    return path


def test_config_flag(home: Path, server: LocalServer, tmp_path: Path) -> None:
    config = _write_config(
        tmp_path / "bud.toml", base_url=server.base_url, api_key=API_KEY, model="file-model"
    )
    done = _ok(_bud(_env(home), "--config", str(config), "responses", "create", "hi"))
    assert done.stdout == "You said: hi\n"
    assert [body["model"] for body in _posts(server)] == ["file-model"]


def test_config_flag_after_the_subcommand(home: Path, server: LocalServer, tmp_path: Path) -> None:
    config = _write_config(
        tmp_path / "bud.toml", base_url=server.base_url, api_key=API_KEY, model="file-model"
    )
    _ok(_bud(_env(home), "responses", "create", "hi", "--config", str(config), "--no-stream"))
    assert [body["model"] for body in _posts(server)] == ["file-model"]


def test_bud_config_env(home: Path, server: LocalServer, tmp_path: Path) -> None:
    config = _write_config(
        tmp_path / "env.toml", base_url=server.base_url, api_key=API_KEY, model="env-file-model"
    )
    _ok(_bud(_env(home, BUD_CONFIG=str(config)), "responses", "create", "hi"))
    assert [body["model"] for body in _posts(server)] == ["env-file-model"]


def test_default_config_in_home(home: Path, server: LocalServer) -> None:
    _write_config(
        home / ".config" / "bud" / "config.toml",
        base_url=server.base_url,
        api_key=API_KEY,
        model="home-model",
    )
    _ok(_bud(_env(home), "responses", "create", "hi"))
    assert [body["model"] for body in _posts(server)] == ["home-model"]


def test_env_beats_config_file(home: Path, server: LocalServer, tmp_path: Path) -> None:
    config = _write_config(
        tmp_path / "bud.toml",
        base_url=f"http://127.0.0.1:{_closed_port()}",
        api_key="sk-wrong-from-file",
        model="file-model",
    )
    env = _env(
        home,
        BUD_CONFIG=str(config),
        BUD_BASE_URL=server.base_url,
        BUD_API_KEY=API_KEY,
        BUD_MODEL="env-model",
    )
    _ok(_bud(env, "responses", "create", "hi"))
    [request] = server.requests
    assert request.json["model"] == "env-model"
    assert request.headers["authorization"] == f"Bearer {API_KEY}"


def test_flags_beat_env_and_file(home: Path, server: LocalServer, tmp_path: Path) -> None:
    config = _write_config(tmp_path / "bud.toml", model="file-model", api_key="sk-wrong-file")
    env = _env(
        home,
        BUD_CONFIG=str(config),
        BUD_BASE_URL=f"http://127.0.0.1:{_closed_port()}",
        BUD_API_KEY="sk-wrong-env",
        BUD_MODEL="env-model",
    )
    flags = ["--base-url", server.base_url, "--api-key", API_KEY, "--model", "flag-model"]
    _ok(_bud(env, "responses", "create", "hi", *flags))
    [request] = server.requests
    assert request.json["model"] == "flag-model"
    assert request.headers["authorization"] == f"Bearer {API_KEY}"


def test_missing_explicit_config_file(home: Path, tmp_path: Path) -> None:
    missing = tmp_path / "nope.toml"
    done = _bud(_env(home), "--config", str(missing), "responses", "create", "hi")
    _assert_one_error_line(
        done.returncode, done.stdout, done.stderr, "config file not found", str(missing)
    )


def test_invalid_toml_config(home: Path, tmp_path: Path) -> None:
    config = tmp_path / "bad.toml"
    config.write_text('model = "unterminated\n', encoding="utf-8")
    done = _bud(_env(home, BUD_CONFIG=str(config)), "responses", "create", "hi")
    _assert_one_error_line(done.returncode, done.stdout, done.stderr, "cannot read config file")


def test_config_file_not_utf8(home: Path, tmp_path: Path) -> None:
    # TOML must be UTF-8: a file that is not is bad input, reported in one line
    config = tmp_path / "latin1.toml"
    config.write_bytes('model = "caf\u00e9"\n'.encode("latin-1"))
    done = _bud(_env(home, BUD_CONFIG=str(config)), "responses", "create", "hi")
    _assert_one_error_line(done.returncode, done.stdout, done.stderr, str(config))


# ------------------------------------------------------------------------ bad input


def test_no_base_url(home: Path) -> None:
    done = _bud(_env(home, BUD_API_KEY=API_KEY), "responses", "create", "hi", "-m", MODEL)
    _assert_one_error_line(done.returncode, done.stdout, done.stderr, "No base URL")


def test_server_down(home: Path) -> None:
    url = f"http://127.0.0.1:{_closed_port()}"
    env = _env(home, BUD_BASE_URL=url, BUD_API_KEY=API_KEY)
    done = _bud(env, "responses", "create", "hi", "-m", MODEL)
    _assert_one_error_line(done.returncode, done.stdout, done.stderr, "Connection failed")


def test_wrong_api_key_is_401(home: Path, server: LocalServer) -> None:
    env = _env(home, BUD_BASE_URL=server.base_url, BUD_API_KEY="sk-not-the-key")
    done = _bud(env, "responses", "create", "hi", "-m", MODEL)
    line = _assert_one_error_line(
        done.returncode, done.stdout, done.stderr, "Authentication failed (401)"
    )
    assert "sk-not-the-key" not in line
    assert len(server.requests) == 1  # a 401 is not retried


def test_missing_model(home: Path, server: LocalServer) -> None:
    done = _bud(_server_env(home, server), "responses", "create", "hi")
    _assert_one_error_line(done.returncode, done.stdout, done.stderr, "No model")
    assert server.requests == []


@pytest.mark.parametrize("response_id", ["", ".."])
def test_unusable_response_id(home: Path, server: LocalServer, response_id: str) -> None:
    # the SDK refuses these ids before any I/O; the CLI must still answer in one line
    done = _bud(_server_env(home, server), "responses", "get", response_id)
    _assert_one_error_line(done.returncode, done.stdout, done.stderr, "response_id")
    assert server.requests == []


# ------------------------------------------------------------------------- in-process


def test_in_process_stream(
    isolated: None, server: LocalServer, capsys: pytest.CaptureFixture[str]
) -> None:
    server.enqueue(WithUsage(TextReply("In process.", chunk_size=3), output_tokens=4))
    args = ["--base-url", server.base_url, "--api-key", API_KEY]
    assert bud.cli.main(["responses", "create", "hey", "-m", MODEL, *args]) == 0
    out, err = capsys.readouterr()
    assert out == "In process.\n"
    [summary] = err.splitlines()
    match = SUMMARY_STREAM_RE.match(summary)
    assert match is not None and match.group(2) == "4"


def test_in_process_no_stream_json(
    configured: LocalServer, capsys: pytest.CaptureFixture[str]
) -> None:
    server = configured
    server.enqueue(TextReply("JSON in process."))
    assert bud.cli.main(["responses", "create", "hey", "--no-stream", "--json"]) == 0
    out, err = capsys.readouterr()
    assert err == ""
    response = json.loads(out)
    assert response["model"] == "env-model"
    assert response["output"][0]["content"][0]["text"] == "JSON in process."


def test_in_process_trace_console(
    isolated: None, server: LocalServer, capsys: pytest.CaptureFixture[str]
) -> None:
    server.enqueue(TextReply("Traced in process."))
    args = ["--base-url", server.base_url, "--api-key", API_KEY, "--trace", "console"]
    assert bud.cli.main(["responses", "create", "hey", "-m", MODEL, *args]) == 0
    out, err = capsys.readouterr()
    assert out == "Traced in process.\n"
    tree = err.split("trace:\n", 1)[1]
    assert tree.startswith("responses.stream  [OK, ")
    assert "└── POST  [" in tree
    assert TRACEPARENT_RE.match(server.requests[0].headers["traceparent"])


def test_in_process_get_delete_cancel(
    isolated: None, server: LocalServer, capsys: pytest.CaptureFixture[str]
) -> None:
    flags = ["--base-url", server.base_url, "--api-key", API_KEY]
    done_id = _stored(server, "Kept.")
    background_id = _stored(server, "Later.", background=True)
    assert bud.cli.main(["responses", "get", done_id, *flags]) == 0
    assert capsys.readouterr().out == f"{done_id} [completed]\nKept.\n"
    assert bud.cli.main(["responses", "cancel", background_id, *flags]) == 0
    assert capsys.readouterr().out == f"{background_id} [cancelled]\n"
    assert bud.cli.main(["responses", "delete", done_id, *flags]) == 0
    assert json.loads(capsys.readouterr().out)["deleted"] is True
    assert bud.cli.main(["responses", "get", done_id, *flags]) == 1
    out, err = capsys.readouterr()
    _assert_one_error_line(1, out, err, "Not found (404)")


@pytest.mark.parametrize(
    ("setup", "fragment"),
    [
        ("no-base-url", "No base URL"),
        ("server-down", "Connection failed"),
        ("wrong-key", "Authentication failed (401)"),
        ("no-model", "No model"),
    ],
)
def test_in_process_errors(
    isolated: None,
    server: LocalServer,
    capsys: pytest.CaptureFixture[str],
    setup: str,
    fragment: str,
) -> None:
    base_url = {
        "no-base-url": None,
        "server-down": f"http://127.0.0.1:{_closed_port()}",
    }.get(setup, server.base_url)
    args = [
        "responses",
        "create",
        "hey",
        "--api-key",
        "sk-wrong" if setup == "wrong-key" else API_KEY,
    ]
    if base_url is not None:
        args += ["--base-url", base_url]
    if setup != "no-model":
        args += ["--model", MODEL]
    assert bud.cli.main(args) == 1
    out, err = capsys.readouterr()
    _assert_one_error_line(1, out, err, fragment)


# ------------------------------------------------- chat, models, embed, classify

CHAT = "/v1/chat/completions"


def _sdk(server: LocalServer) -> BudClient:
    return BudClient(api_key=API_KEY, base_url=server.base_url, max_retries=0)


def _bodies(server: LocalServer, path: str) -> list[dict[str, Any]]:
    return [r.json for r in server.requests if r.method == "POST" and r.path == path]


def _read_until(pipe: IO[bytes], size: int) -> bytes:
    """Read *pipe* as its bytes come, until *size* of them have (or it ends, or time runs
    out): what a terminal would show by then."""
    got = b""
    deadline = time.monotonic() + TIMEOUT
    while len(got) < size:
        ready, _, _ = select.select([pipe], [], [], max(deadline - time.monotonic(), 0))
        chunk = os.read(pipe.fileno(), 4096) if ready else b""
        if not chunk:
            break
        got += chunk
    return got


def test_chat_streams_the_answer_as_it_arrives(home: Path, server: LocalServer) -> None:
    text = "Hello world, one piece at a time."
    # 5-character deltas; the server holds everything after the second one back
    reply = WithUsage(TextReply(text, chunk_size=5), input_tokens=4, output_tokens=8)
    stall = Stall(reply, after=3)  # the role chunk, "Hello", " worl"
    server.enqueue(stall, path=CHAT)
    env = _server_env(home, server)
    env.pop("PYTHONUNBUFFERED", None)  # stdout into a pipe is block-buffered: the CLI flushes
    proc = subprocess.Popen(
        [sys.executable, "-m", "bud.cli", "chat", "Hi there", "-m", MODEL],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    try:
        assert proc.stdout is not None
        assert stall.wait_stalled(TIMEOUT)
        # the first pieces are on the terminal while the rest is still on its way
        early = _read_until(proc.stdout, len("Hello worl"))
        assert early == b"Hello worl"
        assert proc.poll() is None
        stall.release()
        rest, err = proc.communicate(timeout=TIMEOUT)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert proc.returncode == 0, err
    assert (early + rest).decode() == text + "\n"
    [summary] = err.decode().splitlines()
    match = SUMMARY_STREAM_RE.match(summary)
    assert match is not None, summary
    assert match.groups() == ("4", "8")  # usage, asked for with include_usage
    [body] = _bodies(server, CHAT)
    assert body == {
        "model": MODEL,
        "messages": [{"role": "user", "content": "Hi there"}],
        "stream": True,
        "stream_options": {"include_usage": True},
    }


def test_chat_no_stream_with_system_max_tokens_temperature(home: Path, server: LocalServer) -> None:
    reply = WithUsage(TextReply("Short and sweet."), input_tokens=9, output_tokens=4)
    server.enqueue(reply, path=CHAT)
    options = ["--system", "Be brief.", "--max-tokens", "50", "--temperature", "0.25"]
    env = _server_env(home, server)
    done = _ok(_bud(env, "chat", "Hello", "-m", MODEL, "--no-stream", *options))
    assert done.stdout == "Short and sweet.\n"
    [summary] = done.stderr.splitlines()
    match = SUMMARY_PLAIN_RE.match(summary)
    assert match is not None, summary
    assert match.groups() == ("9", "4")
    [body] = _bodies(server, CHAT)
    assert body == {
        "model": MODEL,
        "messages": [
            {"role": "system", "content": "Be brief."},
            {"role": "user", "content": "Hello"},
        ],
        "max_tokens": 50,
        "temperature": 0.25,
    }


def test_chat_trace_console(home: Path, server: LocalServer) -> None:
    env = _server_env(home, server)
    done = _ok(_bud(env, "chat", "trace me", "-m", MODEL, "--trace", "console"))
    assert done.stdout == "You said: trace me\n"
    tree = done.stderr.split("trace:\n", 1)[1].splitlines()
    assert tree[0].startswith("chat.stream  [OK, ")
    assert any(line.lstrip().startswith("└── POST  [") for line in tree)
    assert f"gen_ai.request.model = {MODEL}" in done.stderr
    assert f"url.full = {server.base_url}{CHAT}" in done.stderr
    [request] = server.requests
    assert TRACEPARENT_RE.match(request.headers["traceparent"])


def test_models_one_id_per_line_and_json(home: Path) -> None:
    served = ("qwen3-32b", "bge-m3", "sentiment-v2")
    with LocalServer(api_key=API_KEY, models=served) as server:
        env = _server_env(home, server)  # no model needed
        done = _ok(_bud(env, "models"))
        assert done.stdout.splitlines() == list(served)
        assert done.stderr == ""
        as_json = _ok(_bud(env, "models", "--json"))
        requests = [(r.method, r.path) for r in server.requests]
    models = json.loads(as_json.stdout)
    assert [model["id"] for model in models] == list(served)
    assert all(model["object"] == "model" and model["owned_by"] == "bud" for model in models)
    assert requests == [("GET", "/v1/models")] * 2


def test_embed_prints_dimensions_and_first_values(home: Path, server: LocalServer) -> None:
    texts = ["first text", "second text"]
    env = _server_env(home, server)
    done = _ok(_bud(env, "embed", *texts, "-m", MODEL, "--dimensions", "8"))
    default = _ok(_bud(env, "embed", "third", "-m", MODEL))
    short, full = _bodies(server, "/v1/embeddings")
    assert short == {"model": MODEL, "input": texts, "dimensions": 8}
    assert full == {"model": MODEL, "input": ["third"]}
    with _sdk(server) as client:
        vectors = [
            d.embedding
            for d in client.embeddings.create(model=MODEL, input=texts, dimensions=8).data
        ]
    # one line per input, in order: its size, then its first four values
    assert done.stdout.splitlines() == [
        "8 dims: [" + ", ".join(f"{value:.4f}" for value in vector[:4]) + ", ...]"
        for vector in vectors
    ]
    assert re.fullmatch(r"1536 dims: \[(-?\d\.\d{4}, ){4}\.\.\.\]\n", default.stdout)


def test_embed_json_prints_the_full_vectors(home: Path, server: LocalServer) -> None:
    texts = ["alpha", "beta", "gamma"]
    env = _server_env(home, server)
    done = _ok(_bud(env, "embed", *texts, "-m", MODEL, "--dimensions", "16", "--json"))
    vectors = json.loads(done.stdout)
    with _sdk(server) as client:
        expected = client.embeddings.create(model=MODEL, input=texts, dimensions=16)
    assert vectors == [d.embedding for d in expected.data]  # every value, exactly
    assert [len(vector) for vector in vectors] == [16, 16, 16]
    assert all(abs(sum(v * v for v in vector) - 1) < 1e-5 for vector in vectors)


def test_classify_prints_label_scores_per_input(home: Path, server: LocalServer) -> None:
    texts = ["I love it", "meh", "worst ever"]
    env = _server_env(home, server)
    done = _ok(_bud(env, "classify", *texts, "-m", MODEL))
    as_json = _ok(_bud(env, "classify", *texts, "-m", MODEL, "--json"))
    assert _bodies(server, "/v1/classify") == [{"model": MODEL, "input": texts}] * 2
    with _sdk(server) as client:
        expected = client.classifications.create(model=MODEL, input=texts).data
    lines = done.stdout.splitlines()
    assert len(lines) == len(texts)
    for line, labels in zip(lines, expected, strict=True):
        pairs = [entry.split(":") for entry in line.split(" ")]
        assert [label for label, _ in pairs] == [entry.label for entry in labels]
        assert {label for label, _ in pairs} == {"positive", "negative", "neutral"}
        scores = [float(score) for _, score in pairs]
        assert scores == sorted(scores, reverse=True)
        assert scores == pytest.approx([entry.score for entry in labels], abs=5e-5)
    assert json.loads(as_json.stdout) == [
        [entry.to_dict() for entry in labels] for labels in expected
    ]


INFERENCE_COMMANDS = {
    "chat": ["chat", "hi", "-m", MODEL],
    "chat-no-stream": ["chat", "hi", "-m", MODEL, "--no-stream"],
    "models": ["models"],
    "embed": ["embed", "hi", "-m", MODEL],
    "classify": ["classify", "hi", "-m", MODEL],
}


@pytest.mark.parametrize("command", list(INFERENCE_COMMANDS))
def test_server_error_is_one_line_without_the_key(
    home: Path, server: LocalServer, command: str
) -> None:
    # a server that quotes the key back: the CLI's one line must not show it
    reply = HTTPErrorReply(400, message=f"Rejected the request of {API_KEY}.")
    server.enqueue(reply, method="*", path="*")
    done = _bud(_server_env(home, server), *INFERENCE_COMMANDS[command])
    _assert_one_error_line(
        done.returncode, done.stdout, done.stderr, "Bad request (400)", "Rejected the request"
    )
    assert API_KEY not in done.stderr
    assert len(server.requests) == 1  # a 400 is not retried


def test_chat_stream_error_is_one_line(home: Path, server: LocalServer) -> None:
    server.enqueue(ErrorEventReply(message=f"The model crashed ({API_KEY})"), path=CHAT)
    done = _bud(_server_env(home, server), "chat", "hi", "-m", MODEL)
    _assert_one_error_line(
        done.returncode, done.stdout, done.stderr, "The chat stream failed", "The model crashed"
    )
    assert API_KEY not in done.stderr


@pytest.mark.parametrize(
    "argv",
    [
        ["chat"],
        ["chat", "hi", "--max-tokens", "0"],
        ["chat", "hi", "--max-tokens", "many"],
        ["chat", "hi", "--temperature", "warm"],
        ["chat", "hi", "--trace", "loud"],
        ["models", "extra"],
        ["embed"],
        ["embed", "hi", "--dimensions", "-8"],
        ["classify"],
    ],
    ids=" ".join,
)
def test_bad_usage_exits_2(
    configured: LocalServer, capsys: pytest.CaptureFixture[str], argv: list[str]
) -> None:
    server = configured  # everything else is set: only the command line is wrong
    with pytest.raises(SystemExit) as exit_:
        bud.cli.main(argv)
    assert exit_.value.code == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert err.startswith("usage: bud ")
    assert re.search(r"^bud( \w+)?: error: ", err, re.MULTILINE), err
    assert "Traceback" not in err
    assert server.requests == []


@pytest.mark.parametrize("command", ["chat", "embed", "classify"])
def test_missing_model_for_a_new_command(
    isolated: None, server: LocalServer, capsys: pytest.CaptureFixture[str], command: str
) -> None:
    flags = ["--base-url", server.base_url, "--api-key", API_KEY]
    assert bud.cli.main([command, "hi", *flags]) == 1
    out, err = capsys.readouterr()
    _assert_one_error_line(1, out, err, "No model", "--model", "BUD_MODEL")
    assert server.requests == []


def test_in_process_chat_and_embed_use_the_settings(
    configured: LocalServer, capsys: pytest.CaptureFixture[str]
) -> None:
    server = configured
    assert bud.cli.main(["chat", "hey"]) == 0
    out, err = capsys.readouterr()
    assert out == "You said: hey\n"
    assert SUMMARY_STREAM_RE.match(err.strip()), err
    assert bud.cli.main(["embed", "hey", "--dimensions", "2", "--json"]) == 0
    [[x, y]] = json.loads(capsys.readouterr().out)
    assert abs(x * x + y * y - 1) < 1e-5
    assert [r.json["model"] for r in server.requests] == ["env-model", "env-model"]


def test_help_lists_the_commands(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        bud.cli.main(["--help"])
    assert exit_.value.code == 0
    text = " ".join(capsys.readouterr().out.split())  # whatever the terminal's width
    for command in ("responses", "chat", "models", "embed", "classify", "serve-local"):
        assert f" {command} " in text
    assert (
        "serve the embedded local server: Responses, chat completions, embeddings, "
        "classify and models" in text
    )


# ------------------------------------------------------------------------- serve-local


def _serve_local(home: Path, *args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "bud.cli", "serve-local", *args],
        env=_env(home),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def _stop_serving(proc: subprocess.Popen[str], url: str) -> None:
    """SIGTERM: exit 0, no traceback, and the port no longer answers."""
    assert proc.stderr is not None
    proc.send_signal(signal.SIGTERM)
    assert proc.wait(timeout=TIMEOUT) == 0
    assert "Traceback" not in proc.stderr.read()
    with pytest.raises(httpx.ConnectError):
        httpx.get(f"{url}/v1/responses/resp_x", timeout=5)


def _first_line_url(proc: subprocess.Popen[str]) -> str:
    assert proc.stdout is not None and proc.stderr is not None
    url = proc.stdout.readline().strip()
    if not url:  # it exited: show why
        proc.wait(timeout=TIMEOUT)
        pytest.fail(f"serve-local exited {proc.returncode}: {proc.stderr.read()}")
    assert re.fullmatch(r"http://127\.0\.0\.1:\d+", url), url
    return url


def test_serve_local_prints_url_and_stops_on_sigterm(home: Path) -> None:
    proc = _serve_local(home)
    try:
        url = _first_line_url(proc)
        headers = {"authorization": "Bearer any-token"}
        body = {"model": MODEL, "input": "ping"}
        answer = httpx.post(f"{url}/v1/responses", json=body, headers=headers, timeout=30)
        assert answer.status_code == 200
        assert answer.json()["output"][0]["content"][0]["text"] == "You said: ping"
        _stop_serving(proc, url)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()


def test_serve_local_passes_its_options_on(home: Path) -> None:
    # the documented `bud serve-local [--port 0]`: options after serve-local are the server's
    port = _closed_port()
    proc = _serve_local(home, "--port", str(port), "--api-key", API_KEY)
    try:
        url = _first_line_url(proc)
        assert url == f"http://127.0.0.1:{port}"
        body = {"model": MODEL, "input": "ping"}
        headers = {"authorization": f"Bearer {API_KEY}"}
        assert httpx.post(f"{url}/v1/responses", json=body, headers=headers).status_code == 200
        assert httpx.post(f"{url}/v1/responses", json=body).status_code == 401
        _stop_serving(proc, url)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()


def test_serve_local_serves_what_its_help_says(home: Path) -> None:
    proc = _serve_local(home)
    try:
        url = _first_line_url(proc)
        env = _env(home, BUD_BASE_URL=url, BUD_API_KEY="any-token", BUD_MODEL=MODEL)
        assert _ok(_bud(env, "models")).stdout.splitlines() == ["bud-demo-model", "bud-local-model"]
        assert _ok(_bud(env, "chat", "ping", "--no-stream")).stdout == "You said: ping\n"
        assert _ok(_bud(env, "embed", "ping", "--dimensions", "3")).stdout.startswith("3 dims: [")
        labels = _ok(_bud(env, "classify", "ping")).stdout.split()
        assert sorted(entry.split(":")[0] for entry in labels) == [
            "negative",
            "neutral",
            "positive",
        ]
        _stop_serving(proc, url)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()


# -------------------------------------------------------------------------------- demo


def _demo(env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "bud.demo"],
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=TIMEOUT,
        check=False,
    )


def test_demo_runs_on_the_embedded_server(home: Path) -> None:
    done = _ok(_demo(_env(home)))
    out = done.stdout
    assert "streaming from the embedded local server at http://127.0.0.1:" in out
    assert f"> {PROMPT}" in out
    assert LOCAL_ANSWER in out
    lines = out.splitlines()
    names = [line.strip().removeprefix("└── ").split("  [")[0] for line in lines if "  [" in line]
    assert names[:3] == ["demo.ask", "responses.stream", "POST"]
    demo_line = next(i for i, line in enumerate(lines) if line.startswith("demo.ask  [OK, "))
    stream_line = next(i for i, line in enumerate(lines) if "└── responses.stream  [OK" in line)
    post_line = next(i for i, line in enumerate(lines) if "└── POST  [" in line)
    assert demo_line < stream_line < post_line
    traceparent = lines[-1].removeprefix("The server received traceparent: ")
    assert lines[-1] != traceparent
    assert TRACEPARENT_RE.match(traceparent), lines[-1]


def test_demo_uses_bud_base_url(home: Path, server: LocalServer) -> None:
    server.enqueue(TextReply("An answer from the gateway you chose.", chunk_size=7))
    env = _server_env(home, server, BUD_MODEL="gateway-model")
    done = _ok(_demo(env))
    assert f"streaming from your gateway at {server.base_url}" in done.stdout
    assert "An answer from the gateway you chose." in done.stdout
    assert LOCAL_ANSWER not in done.stdout
    assert "demo.ask  [OK" in done.stdout
    assert "gen_ai.request.model = gateway-model" in done.stdout
    [request] = server.requests
    assert (request.method, request.path) == ("POST", "/v1/responses")
    assert request.json == {"model": "gateway-model", "input": PROMPT, "stream": True}
    assert request.headers["authorization"] == f"Bearer {API_KEY}"
    assert TRACEPARENT_RE.match(request.headers["traceparent"])


def test_demo_with_base_url_but_no_model(home: Path, server: LocalServer) -> None:
    done = _demo(_server_env(home, server))
    assert done.returncode == 2
    assert "BUD_MODEL" in done.stderr
    assert server.requests == []
