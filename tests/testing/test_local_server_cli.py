"""``python -m bud.testing`` and the ``local_server`` pytest fixture, run as real processes."""

from __future__ import annotations

import re
import signal
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from bud.testing import LocalServer, cli_main

BODY = {"model": "m", "input": "ping"}


@pytest.fixture
def serve() -> Iterator[list[subprocess.Popen[str]]]:
    """Processes started by a test; any still alive at the end are killed."""
    started: list[subprocess.Popen[str]] = []
    yield started
    for proc in started:
        if proc.poll() is None:
            proc.kill()
        proc.wait(timeout=30)
        for pipe in (proc.stdout, proc.stderr):
            if pipe is not None:
                pipe.close()


def start(serve: list[subprocess.Popen[str]], *args: str) -> tuple[subprocess.Popen[str], str]:
    proc = subprocess.Popen(
        [sys.executable, "-m", "bud.testing", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    serve.append(proc)
    assert proc.stdout is not None
    url = proc.stdout.readline().strip()
    assert re.fullmatch(r"http://127\.0\.0\.1:\d+", url), url
    return proc, url


@pytest.mark.parametrize("stop_signal", [signal.SIGTERM, signal.SIGINT])
def test_module_serves_until_signalled(
    serve: list[subprocess.Popen[str]], stop_signal: signal.Signals
) -> None:
    proc, url = start(serve, "--api-key", "sk-cli")
    good = httpx.post(url + "/v1/responses", json=BODY, headers={"Authorization": "Bearer sk-cli"})
    assert good.status_code == 200
    assert good.json()["output"][0]["content"][0]["text"] == "You said: ping"
    bad = httpx.post(url + "/v1/responses", json=BODY, headers={"Authorization": "Bearer nope"})
    assert bad.status_code == 401
    proc.send_signal(stop_signal)
    assert proc.wait(timeout=30) == 0
    assert proc.stderr is not None and proc.stderr.read() == ""
    with pytest.raises(httpx.ConnectError):
        httpx.post(url + "/v1/responses", json=BODY)


def test_module_options(serve: list[subprocess.Popen[str]]) -> None:
    with LocalServer() as probe:
        port = probe.port
    proc, url = start(
        serve, "--port", str(port), "--no-auth", "--done-marker", "--event-delay", "0.001"
    )
    assert url == f"http://127.0.0.1:{port}"
    with httpx.stream("POST", url + "/v1/responses", json={**BODY, "stream": True}) as response:
        assert response.status_code == 200
        assert response.read().endswith(b"data: [DONE]\n\n")
    proc.terminate()
    assert proc.wait(timeout=30) == 0


def test_cli_main_reports_a_taken_port(capsys: pytest.CaptureFixture[str]) -> None:
    with LocalServer() as taken:
        assert cli_main(["--port", str(taken.port)]) == 1
    assert "cannot listen" in capsys.readouterr().err


def test_cli_main_rejects_bad_arguments() -> None:
    with pytest.raises(SystemExit) as exit_info:
        cli_main(["--port", "not-a-number"], prog="bud serve-local")
    assert exit_info.value.code == 2


def test_pytest_plugin_fixture(tmp_path: Path) -> None:
    (tmp_path / "conftest.py").write_text('pytest_plugins = ["bud.testing.pytest_plugin"]\n')
    (tmp_path / "test_user.py").write_text(
        textwrap.dedent(
            """
            import httpx
            import pytest

            from bud.testing import TextReply

            AUTH = {"Authorization": "Bearer t"}

            def test_fixture(local_server):
                local_server.enqueue(TextReply("scripted"))
                url = local_server.base_url + "/v1/responses"
                body = httpx.post(url, json={"model": "m", "input": "x"}, headers=AUTH).json()
                assert body["output"][0]["content"][0]["text"] == "scripted"
                assert local_server.requests[0].json["model"] == "m"

            @pytest.mark.local_server(api_key="sk-1", done_marker=True)
            def test_marker_options(local_server):
                assert local_server.api_key == "sk-1"
                url = local_server.base_url + "/v1/responses"
                assert httpx.post(url, json={"model": "m"}, headers=AUTH).status_code == 401
            """
        )
    )
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(tmp_path)],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "2 passed" in result.stdout
