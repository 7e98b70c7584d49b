"""`newswire feeds` as a user runs it: a bad feeds file, status before any poll."""

from __future__ import annotations

from pathlib import Path

import pytest

from newswire.settings import Settings
from tests.conftest import run_newswire
from tests.stream.conftest import run_cli


@pytest.mark.parametrize(("text", "message"), [
    ("[[feeds]]\nurl = 'ftp://x/feed'\n", "feed 1: url must be an http(s) URL"),
    ("[[feeds\n", "cannot read feeds file"),
])
def test_run_rejects_a_bad_feeds_file(tmp_path: Path, text: str, message: str) -> None:
    """A bad feeds file exits 1 with a message naming the problem, before touching Kafka."""
    path = tmp_path / "feeds.toml"
    path.write_text(text, encoding="utf-8")
    result = run_newswire("feeds", "run", str(path), "--once",
                          env=Settings(broker="kafka://127.0.0.1:1").child_env())
    assert result.returncode == 1
    assert message in " ".join(result.stderr.split())


@pytest.mark.integration
def test_status_before_any_poll(settings: Settings) -> None:
    """`feeds status` answers without a runner, and says when nothing was polled yet."""
    result = run_cli(settings, "feeds", "status")
    assert result.returncode == 0, result.stderr
    assert "no feed has been polled yet" in result.stdout
