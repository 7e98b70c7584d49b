"""A worker as a child process: started with given settings, polled on ``/healthz``, stopped.

The demo, the tests and the benchmarks run real workers this way (``python -m newswire
worker``), so each sees a worker exactly as a user's supervisor would. Imports no Faust.
"""

from __future__ import annotations

import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from newswire.broker import stop_process
from newswire.errors import WorkerError
from newswire.settings import Settings

__all__ = ["WorkerProcess"]


class WorkerProcess:
    """A ``newswire worker`` (or ``newswire reprocess ...``) child process with ``settings``."""

    def __init__(self, settings: Settings, log_path: Path, *args: str,
                 command: str = "worker") -> None:
        self.settings = settings
        self.log_path = log_path
        self.args = (command, *args)
        self.process: subprocess.Popen[bytes] | None = None

    @property
    def pid(self) -> int:
        """The child's process id (it must have been spawned)."""
        return self._running().pid

    def spawn(self) -> WorkerProcess:
        """Start the child, its output appended to ``log_path``; do not wait for it."""
        self.log_path.parent.mkdir(parents=True, exist_ok=True)
        with self.log_path.open("ab") as log:
            self.process = subprocess.Popen(
                [sys.executable, "-m", "newswire", *self.args], env=self.settings.child_env(),
                stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
            )
        return self

    def start(self, timeout: float = 60) -> WorkerProcess:
        """Spawn the child and wait until its model is loaded (``/healthz`` answers 200)."""
        return self.spawn().wait_healthy(timeout)

    def wait_healthy(self, timeout: float) -> WorkerProcess:
        """Wait for ``/healthz``; raise :class:`WorkerError` with the log if it never comes."""
        process = self._running()
        deadline = time.monotonic() + timeout
        while not self.healthy():
            if process.poll() is not None:
                raise WorkerError(f"worker exited with status {process.returncode}:\n{self.log()}")
            if time.monotonic() > deadline:
                raise WorkerError(f"worker not healthy within {timeout}s:\n{self.log()}")
            time.sleep(0.2)
        return self

    def url(self, path: str) -> str:
        """An address on the worker's web server."""
        return f"http://127.0.0.1:{self.settings.web_port}{path}"

    def healthy(self) -> bool:
        """Whether ``/healthz`` answers 200."""
        try:
            url = self.url("/healthz")  # http on loopback, built here
            with urllib.request.urlopen(url, timeout=1) as response:  # noqa: S310
                return bool(response.status == 200)
        except OSError:
            return False

    def log(self, tail: int | None = 5000) -> str:
        """The worker's output so far: its last ``tail`` characters (None: all of it)."""
        text = self.log_path.read_text(encoding="utf-8", errors="replace")
        return text if tail is None else text[-tail:]

    def stop(self, timeout: float | None = None) -> int:
        """SIGTERM, wait (SIGKILL after ``timeout`` seconds); the exit status.

        By default the wait outlasts the worker's own bound (``shutdown_timeout_s``, then its
        backstop 5 s later) by 10 s, so a stop that cannot finish ends as the worker's exit
        70, naming what still ran, rather than as a SIGKILL that says nothing.
        """
        grace = self.settings.shutdown_timeout_s + 10 if timeout is None else timeout
        return stop_process(self._running(), grace_s=grace)

    def _running(self) -> subprocess.Popen[bytes]:
        if self.process is None:
            raise WorkerError("worker not started")
        return self.process
