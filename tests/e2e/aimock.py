"""Harness for the third-party mock server ``@copilotkit/aimock`` (npm).

Not a test module: it installs a pinned aimock into ``<repo>/.cache/aimock`` (git-ignored)
and runs it as a subprocess on 127.0.0.1 for end-to-end tests of the SDK.

    cli = ensure_installed()
    with AimockServer(FIXTURES_DIR) as server:
        httpx.post(f"{server.base_url}/v1/responses", json={...})
        server.journal()  # every request aimock received, with its headers

Facts this relies on (checked against aimock 1.43.0):

* The ``llmock`` bin (``dist/cli.js``) takes ``-p/--port`` (``0`` lets the OS choose),
  ``-h/--host`` and ``-f/--fixtures <dir|file>``, and prints
  ``[aimock] aimock server listening on http://127.0.0.1:<port>`` on stdout once bound.
  (The ``aimock`` bin needs a ``--config`` JSON file instead.)
* ``GET /health`` answers ``{"status": "ok"}``; ``GET /__aimock/journal`` returns a JSON
  list of recorded requests, oldest first, each with ``headers`` (lower-cased names; API-key
  headers such as ``authorization`` are replaced by ``"[REDACTED]"``) and ``body``
  (the request normalised to Chat Completions form, not the raw Responses body).
* SIGTERM makes it close its server and exit 0.
"""

from __future__ import annotations

import fcntl
import json
import re
import shutil
import subprocess
import tempfile
import time
from pathlib import Path
from typing import Any

import httpx
from server_process import ServerProcess, log_tail

AIMOCK_PACKAGE = "@copilotkit/aimock"
AIMOCK_VERSION = "1.43.0"
MIN_NODE_VERSION = (20, 15, 0)  # "engines" in aimock's package.json

REPO_ROOT = Path(__file__).resolve().parents[2]
INSTALL_PREFIX = REPO_ROOT / ".cache" / "aimock"
FIXTURES_DIR = Path(__file__).resolve().parent / "aimock_fixtures"

_PACKAGE_DIR = INSTALL_PREFIX / "node_modules" / "@copilotkit" / "aimock"
_LISTENING_RE = re.compile(r"listening on (http://[^\s]+)")


class AimockUnavailable(RuntimeError):
    """node/npm is missing or too old, or aimock could not be installed."""


class AimockStartError(RuntimeError):
    """The aimock process did not come up (or died) within the allowed time."""


def _require_tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        raise AimockUnavailable(
            f"!!! `{name}` was not found on PATH: the aimock end-to-end tests need Node.js "
            f">= {'.'.join(map(str, MIN_NODE_VERSION))} and npm to install and run "
            f"{AIMOCK_PACKAGE}@{AIMOCK_VERSION}. Install Node.js (it ships npm) and retry."
        )
    return path


def _check_node_version(node: str) -> None:
    out = subprocess.run([node, "--version"], capture_output=True, text=True, check=False)
    match = re.match(r"v(\d+)\.(\d+)\.(\d+)", out.stdout.strip())
    if out.returncode != 0 or match is None:
        raise AimockUnavailable(f"!!! `{node} --version` failed: {out.stdout}{out.stderr}")
    found = tuple(int(part) for part in match.groups())
    if found < MIN_NODE_VERSION:
        raise AimockUnavailable(
            f"!!! Node.js {out.stdout.strip()} is too old for {AIMOCK_PACKAGE}@{AIMOCK_VERSION}; "
            f"it needs >= {'.'.join(map(str, MIN_NODE_VERSION))}."
        )


def _installed_version() -> str | None:
    try:
        manifest = json.loads((_PACKAGE_DIR / "package.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    version = manifest.get("version")
    return version if isinstance(version, str) else None


def _cli_path() -> Path:
    return _PACKAGE_DIR / "dist" / "cli.js"


def ensure_installed() -> Path:
    """Install the pinned aimock under ``<repo>/.cache/aimock`` if needed; return its CLI path.

    Idempotent: when the pinned version is already there it only checks that node exists.
    Raises :class:`AimockUnavailable` when node/npm is missing or the install fails.
    """
    node = _require_tool("node")
    _check_node_version(node)
    if _installed_version() == AIMOCK_VERSION and _cli_path().is_file():
        return _cli_path()
    INSTALL_PREFIX.mkdir(parents=True, exist_ok=True)
    # test workers (pytest -n) may all get here at once: one installs, the others wait
    with (INSTALL_PREFIX / ".install.lock").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if _installed_version() == AIMOCK_VERSION and _cli_path().is_file():
            return _cli_path()
        return _install()


def _install() -> Path:
    npm = _require_tool("npm")
    cmd = [
        npm,
        "install",
        "--no-audit",
        "--no-fund",
        "--prefix",
        str(INSTALL_PREFIX),
        f"{AIMOCK_PACKAGE}@{AIMOCK_VERSION}",
    ]
    try:
        done = subprocess.run(cmd, capture_output=True, text=True, timeout=300, check=False)
    except subprocess.TimeoutExpired as exc:
        raise AimockUnavailable(f"!!! `{' '.join(cmd)}` timed out after 300 s") from exc
    if done.returncode != 0 or _installed_version() != AIMOCK_VERSION:
        raise AimockUnavailable(
            f"!!! `{' '.join(cmd)}` failed (exit {done.returncode}):\n"
            f"{done.stdout[-4000:]}\n{done.stderr[-4000:]}"
        )
    if not _cli_path().is_file():
        raise AimockUnavailable(f"!!! aimock installed but {_cli_path()} is missing")
    return _cli_path()


class AimockServer(ServerProcess):
    """Run aimock on 127.0.0.1 with a fixtures dir or file; a context manager.

    ``base_url`` is ``http://127.0.0.1:<port>`` with no ``/v1`` suffix. Extra CLI flags
    (e.g. ``["--strict"]`` or ``["--chaos-ratelimit", "0.5"]``) go in ``extra_args``.
    """

    def __init__(
        self,
        fixtures: Path | str = FIXTURES_DIR,
        *,
        port: int = 0,
        startup_timeout: float = 20.0,
        extra_args: list[str] | None = None,
    ) -> None:
        self.fixtures = Path(fixtures)
        self.port = port
        self.startup_timeout = startup_timeout
        self.extra_args = list(extra_args or [])
        super().__init__()

    # -- lifecycle -------------------------------------------------------------------------

    def start(self) -> AimockServer:
        if self._proc is not None:
            raise RuntimeError("AimockServer already started")
        cli = ensure_installed()
        node = _require_tool("node")
        if not self.fixtures.exists():
            raise AimockStartError(f"fixtures path does not exist: {self.fixtures}")
        self._logdir = tempfile.TemporaryDirectory(prefix="aimock-")
        out_path = Path(self._logdir.name) / "stdout.log"
        err_path = Path(self._logdir.name) / "stderr.log"
        cmd = [
            node,
            str(cli),
            "--host",
            "127.0.0.1",
            "--port",
            str(self.port),
            "--fixtures",
            str(self.fixtures),
            "--validate-on-load",
            "--log-level",
            "info",
            *self.extra_args,
        ]
        with open(out_path, "wb") as out, open(err_path, "wb") as err:
            # A new session makes the child a process-group leader (pgid == its pid), so
            # stop() can reach anything it spawns without touching other processes.
            self._proc = subprocess.Popen(
                cmd,
                stdin=subprocess.DEVNULL,
                stdout=out,
                stderr=err,
                cwd=str(REPO_ROOT),
                start_new_session=True,
            )
        try:
            self._base_url = self._wait_ready(out_path, err_path)
        except BaseException:
            self.stop()
            raise
        return self

    def _wait_ready(self, out_path: Path, err_path: Path) -> str:
        assert self._proc is not None
        deadline = time.monotonic() + self.startup_timeout
        url: str | None = None
        last_error: Exception | None = None
        while time.monotonic() < deadline:
            if self._proc.poll() is not None:
                raise AimockStartError(
                    f"aimock exited with code {self._proc.returncode} during startup.\n"
                    + self._logs(out_path, err_path)
                )
            if url is None:
                match = _LISTENING_RE.search(out_path.read_text(encoding="utf-8", errors="replace"))
                if match:
                    url = match.group(1).rstrip("/")
            if url is not None:
                try:
                    resp = httpx.get(f"{url}/health", timeout=2.0)
                    if resp.status_code == 200:
                        return url
                    last_error = RuntimeError(f"/health answered {resp.status_code}")
                except httpx.HTTPError as exc:
                    last_error = exc
            time.sleep(0.05)
        raise AimockStartError(
            f"aimock did not become ready within {self.startup_timeout:.0f} s "
            f"(url={url!r}, last error={last_error!r}).\n" + self._logs(out_path, err_path)
        )

    @staticmethod
    def _logs(out_path: Path, err_path: Path) -> str:
        return f"{log_tail(err_path, 'aimock stderr')}\n{log_tail(out_path, 'aimock stdout')}"

    def logs(self) -> str:
        """stdout/stderr of the running (or last) server, for failure messages."""
        if self._logdir is None:
            return ""
        d = Path(self._logdir.name)
        return self._logs(d / "stdout.log", d / "stderr.log")

    # -- control API -----------------------------------------------------------------------

    def journal(self, **filters: str | int) -> list[dict[str, Any]]:
        """All requests aimock recorded, oldest first (``GET /__aimock/journal``).

        Filters map to aimock's query params: ``path`` (substring), ``method``, ``status``,
        ``testId``, ``requestId`` (matches the ``x-request-id`` header), ``limit``/``offset``
        (note: ``limit`` keeps the *oldest* N after ``offset``).
        """
        resp = httpx.get(f"{self.base_url}/__aimock/journal", params=filters, timeout=5.0)
        resp.raise_for_status()
        entries = resp.json()
        assert isinstance(entries, list)
        return entries

    def reset_journal(self) -> None:
        """Clear recorded requests (keeps fixtures and sequence counters)."""
        resp = httpx.post(f"{self.base_url}/__aimock/reset/journal", timeout=5.0)
        resp.raise_for_status()
