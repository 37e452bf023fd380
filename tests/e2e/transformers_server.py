"""Harness for a real model server, ``transformers serve`` (Hugging Face transformers).

Not a test module. It

1. creates ``<repo>/.venv-tserve`` (git-ignored) with pinned torch and
   ``transformers[serving]`` if that venv is missing or incomplete (~70 s, ~1.2 GB);
2. builds a tiny random chat model with ``build_tiny_model.py`` (run by that venv's python)
   into ``<repo>/.cache/transformers-serve/`` (git-ignored; rebuilt when the script or the
   pins change, ~5 s);
3. runs ``transformers serve`` on 127.0.0.1 pinned to that model, offline, and stops it by
   its PID::

    with TransformersServer(ensure_model()) as server:
        httpx.post(f"{server.base_url}/v1/responses", json={"model": server.model, ...})

Facts this relies on (checked against transformers 5.24.0, torch 2.13.0 CPU):

* With a model passed on the command line the server is pinned to it: requests must name it
  exactly as given (the model directory's path; ``server.model``), any other name gets a 400.
  ``GET /v1/models`` lists it; ``GET /health`` answers ``{"status": "ok"}`` once it is up.
* ``POST /v1/responses`` streams when the body has no ``stream`` field. Its frames are
  ``data:`` lines only (no ``event:`` line, no ``[DONE]``), each with a ``sequence_number``
  from 0; ``response.created`` carries status ``queued``; ``created_at`` is a float; the final
  ``response.completed`` carries ``usage`` (input/output/total tokens). One delta per token.
* It has no way to answer 429 or 500 on demand; SIGTERM stops it.

Set ``BUD_TSERVE_PIP_ARGS`` (split like a shell line) to add pip options, e.g. an index for
CPU-only torch wheels where PyPI would hand out a CUDA build.
"""

from __future__ import annotations

import hashlib
import os
import shlex
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx
from server_process import ServerProcess, log_tail

TORCH_VERSION = "2.13.0"
TRANSFORMERS_VERSION = "5.24.0"
REQUIREMENTS = [f"torch=={TORCH_VERSION}", f"transformers[serving]=={TRANSFORMERS_VERSION}"]

REPO_ROOT = Path(__file__).resolve().parents[2]
VENV_DIR = REPO_ROOT / ".venv-tserve"
CACHE_DIR = REPO_ROOT / ".cache" / "transformers-serve"
BUILD_SCRIPT = Path(__file__).resolve().parent / "build_tiny_model.py"

_VENV_PYTHON = VENV_DIR / "bin" / "python"
_VENV_CLI = VENV_DIR / "bin" / "transformers"
# written after a successful install; holds the pins it was made with
_MARKER = VENV_DIR / ".bud-tserve-installed"
_OFFLINE_ENV = {
    "HF_HUB_OFFLINE": "1",
    "TRANSFORMERS_OFFLINE": "1",
    "HF_HUB_DISABLE_TELEMETRY": "1",
    "TOKENIZERS_PARALLELISM": "false",
}


class TransformersUnavailable(RuntimeError):
    """The venv could not be created/installed, or the tiny model could not be built."""


class TransformersStartError(RuntimeError):
    """The server did not come up (or died) within the allowed time."""


def _run(cmd: list[str], *, timeout: float, what: str, env: dict[str, str] | None = None) -> str:
    try:
        done = subprocess.run(
            cmd,
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
            cwd=str(REPO_ROOT),
            env=env,
        )
    except subprocess.TimeoutExpired as exc:
        raise TransformersUnavailable(f"!!! {what}: `{shlex.join(cmd)}` timed out") from exc
    except OSError as exc:
        raise TransformersUnavailable(f"!!! {what}: `{shlex.join(cmd)}` failed: {exc}") from exc
    if done.returncode != 0:
        raise TransformersUnavailable(
            f"!!! {what}: `{shlex.join(cmd)}` failed (exit {done.returncode}):\n"
            f"{done.stdout[-4000:]}\n{done.stderr[-4000:]}"
        )
    return done.stdout


def _marker_text() -> str:
    return "\n".join(REQUIREMENTS) + "\n"


def ensure_installed() -> Path:
    """Create ``.venv-tserve`` with the pinned packages unless it already has them.

    Returns the ``transformers`` CLI. Raises :class:`TransformersUnavailable` on failure.
    """
    try:
        ready = _MARKER.read_text(encoding="utf-8") == _marker_text()
    except OSError:
        ready = False
    if ready and _VENV_PYTHON.is_file() and _VENV_CLI.is_file():
        return _VENV_CLI
    if not _VENV_PYTHON.is_file():
        shutil.rmtree(VENV_DIR, ignore_errors=True)
        _run([sys.executable, "-m", "venv", str(VENV_DIR)], timeout=120, what="creating the venv")
    extra = shlex.split(os.environ.get("BUD_TSERVE_PIP_ARGS", ""))
    cmd = [
        str(_VENV_PYTHON),
        "-m",
        "pip",
        "install",
        "--quiet",
        "--disable-pip-version-check",
        *extra,
        *REQUIREMENTS,
    ]
    _run(cmd, timeout=900, what="installing transformers serve")
    versions = _run(
        [
            str(_VENV_PYTHON),
            "-c",
            "from importlib.metadata import version as v; "
            "print(v('torch'), v('transformers'), v('fastapi'), v('uvicorn'))",
        ],
        timeout=60,
        what="checking the installed versions",
    ).split()
    torch_version, transformers_version = versions[0], versions[1]
    if torch_version.split("+")[0] != TORCH_VERSION or transformers_version != (
        TRANSFORMERS_VERSION
    ):
        raise TransformersUnavailable(
            f"!!! {VENV_DIR} has torch {torch_version} and transformers "
            f"{transformers_version}; expected {TORCH_VERSION} and {TRANSFORMERS_VERSION}"
        )
    if not _VENV_CLI.is_file():
        raise TransformersUnavailable(f"!!! installed, but {_VENV_CLI} is missing")
    _MARKER.write_text(_marker_text(), encoding="utf-8")
    return _VENV_CLI


def ensure_model() -> Path:
    """Build the tiny model (cached by build script and pins); return its directory."""
    ensure_installed()
    digest = hashlib.sha256(BUILD_SCRIPT.read_bytes() + _marker_text().encode()).hexdigest()
    model_dir = CACHE_DIR / f"tiny-llama-{digest[:12]}"
    if (model_dir / "model.safetensors").is_file() and (model_dir / "config.json").is_file():
        return model_dir
    CACHE_DIR.mkdir(parents=True, exist_ok=True)
    # build into a scratch dir, then rename: a half-built dir is never mistaken for a cache
    scratch = Path(tempfile.mkdtemp(prefix="build-", dir=CACHE_DIR))
    try:
        _run(
            [str(_VENV_PYTHON), str(BUILD_SCRIPT), str(scratch)],
            timeout=300,
            what="building the tiny model",
            env={**os.environ, **_OFFLINE_ENV},
        )
        try:
            scratch.rename(model_dir)
        except OSError:
            if not (model_dir / "model.safetensors").is_file():  # not a concurrent build
                raise
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    return model_dir


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


class TransformersServer(ServerProcess):
    """``transformers serve`` on 127.0.0.1 pinned to ``model_dir``; a context manager.

    ``base_url`` is ``http://127.0.0.1:<port>`` with no ``/v1`` suffix; ``model`` is the name
    requests must use (the model directory as passed on the command line).
    """

    def __init__(self, model_dir: Path | str, *, startup_timeout: float = 60.0) -> None:
        self.model_dir = Path(model_dir)
        self.startup_timeout = startup_timeout
        self.startup_seconds: float | None = None
        super().__init__()

    @property
    def model(self) -> str:
        return str(self.model_dir)

    def start(self) -> TransformersServer:
        if self._proc is not None:
            raise RuntimeError("TransformersServer already started")
        cli = ensure_installed()
        port = _free_port()
        self._logdir = tempfile.TemporaryDirectory(prefix="tserve-")
        log_path = Path(self._logdir.name) / "server.log"
        cmd = [
            str(cli),
            "serve",
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
            "--device",
            "cpu",
            "--log-level",
            "info",
            str(self.model_dir),
        ]
        env = {**os.environ, **_OFFLINE_ENV, "HF_HOME": str(Path(self._logdir.name) / "hf")}
        began = time.monotonic()
        with open(log_path, "wb") as log:
            # A new session makes the child a process-group leader (pgid == its pid), so
            # stop() can reach anything it spawns without touching other processes.
            self._proc = subprocess.Popen(
                cmd,
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=subprocess.STDOUT,
                cwd=str(REPO_ROOT),
                env=env,
                start_new_session=True,
            )
        try:
            self._base_url = self._wait_ready(f"http://127.0.0.1:{port}", log_path)
        except BaseException:
            self.stop()
            raise
        self.startup_seconds = time.monotonic() - began
        return self

    def _wait_ready(self, url: str, log_path: Path) -> str:
        assert self._proc is not None
        deadline = time.monotonic() + self.startup_timeout
        last_error: Exception | None = None
        while time.monotonic() < deadline:
            if self._proc.poll() is not None:
                raise TransformersStartError(
                    f"transformers serve exited with code {self._proc.returncode} during "
                    f"startup.\n{self._tail(log_path)}"
                )
            try:
                resp = httpx.get(f"{url}/health", timeout=2.0)
                if resp.status_code == 200:
                    return url
                last_error = RuntimeError(f"/health answered {resp.status_code}")
            except httpx.HTTPError as exc:
                last_error = exc
            time.sleep(0.2)
        raise TransformersStartError(
            f"transformers serve did not become ready within {self.startup_timeout:.0f} s "
            f"(last error={last_error!r}).\n{self._tail(log_path)}"
        )

    stop_timeout = 10.0

    @staticmethod
    def _tail(log_path: Path) -> str:
        return log_tail(log_path, "transformers serve output")

    def logs(self) -> str:
        """The server's output so far, for failure messages."""
        if self._logdir is None:
            return ""
        return self._tail(Path(self._logdir.name) / "server.log")
