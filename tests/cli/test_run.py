"""`newswire broker` as a supervisor runs it: stopped by a signal, it takes its Tansu along."""

from __future__ import annotations

import signal
import subprocess
import sys
import time

import pytest

from newswire.broker import free_port, port_open


def _wait_until(condition: object, timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if callable(condition) and condition():
            return True
        time.sleep(0.1)
    return False


@pytest.mark.integration
@pytest.mark.parametrize("stop", [signal.SIGTERM, signal.SIGINT], ids=["sigterm", "ctrl-c"])
def test_broker_stops_tansu_when_stopped(stop: signal.Signals) -> None:
    """SIGTERM (kill, systemd, docker) stops Tansu like Ctrl-C: the port is free again."""
    port = free_port()
    command = [sys.executable, "-m", "newswire", "broker", "--port", str(port)]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                               text=True)
    try:
        assert process.stdout is not None
        assert "Tansu listening" in process.stdout.readline()  # started, now waiting
        process.send_signal(stop)
        assert process.wait(timeout=30) == 0
        assert _wait_until(lambda: not port_open(port), 15), "Tansu outlived `newswire broker`"
    finally:
        if process.poll() is None:
            process.kill()
