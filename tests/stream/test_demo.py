"""`newswire demo`, the README's first command, against the session's broker."""

from __future__ import annotations

import os
import socketserver
import threading
from pathlib import Path

import pytest

from newswire.settings import Settings
from tests.conftest import run_newswire
from tests.stream.conftest import run_cli

pytestmark = pytest.mark.integration


def test_demo_prints_the_seed_and_exits_zero(settings: Settings) -> None:
    """The demo sends the seeds and prints each one's entities, quotes and stripped lines."""
    result = run_cli(settings, "demo", "--timeout", "120")
    assert result.returncode == 0, result.stdout + result.stderr
    for expected in ("We Cannot Let Putin Win", "Jens Stoltenberg", "Klaus Iohannis",
                     "Stripped: 13 lines, 9 links", "bit.ly/2TwO8Gm"):
        assert expected in result.stdout


def test_demo_against_a_service_that_is_no_kafka_broker_says_so(tmp_path: Path) -> None:
    """Something else listening at ``NEWSWIRE_BROKER`` (a web server on the port): the demo
    says so within seconds and starts no worker (before: a worker, then after about 45 s
    only "cannot reach Kafka at ...")."""
    with socketserver.TCPServer(("127.0.0.1", 0), socketserver.BaseRequestHandler) as server:
        threading.Thread(target=server.serve_forever, daemon=True).start()
        address = f"127.0.0.1:{server.server_address[1]}"
        env = {**os.environ, "NEWSWIRE_BROKER": address, "NEWSWIRE_DATA_DIR": str(tmp_path)}
        result = run_newswire("demo", "--timeout", "30", env=env)
        server.shutdown()
    assert result.returncode == 1
    assert f"something answers at {address} but not as a Kafka broker" in result.stderr
    assert "worker started" not in result.stdout


def test_demo_without_its_seeds_says_so_and_starts_nothing(tmp_path: Path) -> None:
    """Run outside the repository (no ``seeds`` folder there), the demo says where it looked
    and starts no broker or worker (before: both, then "unsupported file type", "sent 0
    article(s)" and a 120 s wait for nothing)."""
    env = {**os.environ, "NEWSWIRE_BROKER": "127.0.0.1:1", "NEWSWIRE_DATA_DIR": str(tmp_path)}
    result = run_newswire("demo", "--seeds", str(tmp_path / "seeds"), env=env)
    assert result.returncode == 1
    assert f"no seeds at {tmp_path / 'seeds'}" in result.stderr
    assert "started" not in result.stdout
