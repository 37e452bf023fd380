"""What every third-party server the e2e suite runs has in common: a child process on
127.0.0.1 that leads its own process group, its logs in a temporary folder, and a stop
by its own PID (SIGTERM, then SIGKILL, then a sweep of its group)."""

from __future__ import annotations

import os
import signal
import subprocess
import tempfile
import time
from pathlib import Path
from types import TracebackType
from typing import Self


def log_tail(path: Path, title: str) -> str:
    """The last 4,000 characters of a log, headed by *title*, for failure messages."""
    try:
        text = path.read_text(encoding="utf-8", errors="replace")[-4000:]
    except OSError:
        text = "<unreadable>"
    return f"--- {title} ---\n{text}"


class ServerProcess:
    """Lifecycle shared by the e2e servers; subclasses implement `start()`."""

    stop_timeout = 5.0

    def __init__(self) -> None:
        self._proc: subprocess.Popen[bytes] | None = None
        self._logdir: tempfile.TemporaryDirectory[str] | None = None
        self._base_url: str | None = None

    @property
    def base_url(self) -> str:
        if self._base_url is None:
            raise RuntimeError(f"{type(self).__name__} is not running")
        return self._base_url

    @property
    def pid(self) -> int | None:
        return self._proc.pid if self._proc is not None else None

    def start(self) -> Self:
        raise NotImplementedError

    def stop(self, timeout: float | None = None) -> None:
        """SIGTERM the server by its PID, wait, SIGKILL if needed; then sweep its group."""
        timeout = self.stop_timeout if timeout is None else timeout
        proc, self._proc, self._base_url = self._proc, None, None
        if proc is not None:
            if proc.poll() is None:
                proc.terminate()
                try:
                    proc.wait(timeout=timeout)
                except subprocess.TimeoutExpired:
                    proc.kill()
                    proc.wait(timeout=timeout)
            # Our child led its own process group (start_new_session): reap any leftovers.
            for sig in (signal.SIGTERM, signal.SIGKILL):
                try:
                    os.killpg(proc.pid, sig)
                except (ProcessLookupError, PermissionError):
                    break
                time.sleep(0.1)
        if self._logdir is not None:
            self._logdir.cleanup()
            self._logdir = None

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()
