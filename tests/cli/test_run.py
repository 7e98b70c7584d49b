"""`newswire broker` as a supervisor runs it: stopped by a signal, it takes its Tansu along."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from newswire.broker import free_port, port_open
from tests.conftest import run_newswire


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


@pytest.mark.parametrize(("command", "variable"), [
    (["worker"], "NEWSWIRE_WEB_PORT"),
    (["feeds", "run", "FEEDS", "--once"], "NEWSWIRE_FEEDS_WEB_PORT"),
], ids=["worker", "feeds-run"])
def test_a_taken_web_port_is_one_line_before_anything_starts(
        command: list[str], variable: str, tmp_path: Path) -> None:
    """A second worker or runner on one machine names the port and the setting that moves it
    in one line, exit 1, before it reaches for the broker (it died in aiohttp's bind with a
    traceback of some fifty lines, after joining its group)."""
    feeds = tmp_path / "feeds.toml"
    feeds.write_text('[[feeds]]\nurl = "https://news.example.com/rss"\n', encoding="utf-8")
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = str(taken.getsockname()[1])
        env = {**os.environ, "NEWSWIRE_BROKER": f"kafka://127.0.0.1:{free_port()}",
               "NEWSWIRE_WEB_PORT": port, "NEWSWIRE_FEEDS_WEB_PORT": port,
               "NEWSWIRE_DATA_DIR": str(tmp_path / "data")}
        done = run_newswire(*[str(feeds) if part == "FEEDS" else part for part in command],
                            env=env)
    assert done.returncode == 1, done.stdout + done.stderr
    assert "Traceback" not in done.stderr
    assert f"127.0.0.1:{port}" in done.stderr
    assert variable in done.stderr
