"""`newswire replay` stopped by Ctrl-C: how far it got, the summary so far, exit 130."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from rich.console import Console

from newswire.kafka import replay
from newswire.kafka.producer import SendReport
from newswire.settings import Settings


def _interrupting_after(done: int) -> Callable[..., Any]:
    """A ``send_records`` that reports ``done`` records sent, then meets Ctrl-C."""
    async def send_records(*_args: Any, on_record: Callable[[SendReport], None],
                           **_kwargs: Any) -> SendReport:
        report = SendReport()
        for i in range(done):
            report.sent.append(f"a{i}")
            on_record(report)
        raise KeyboardInterrupt
    return send_records


@pytest.mark.parametrize(("done", "said"), [
    (2, "interrupted after 2 of 3 record(s)"),
    (0, "interrupted after 0 of 3 record(s)"),
])
def test_an_interrupted_replay_says_how_far_it_got(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, done: int, said: str) -> None:
    """Ctrl-C mid-replay prints the records handled of the total and the summary so far,
    and exits 130 (it left only its progress bar)."""
    archive = tmp_path / "archive.jsonl"
    archive.write_text("".join(f'{{"id": "a{i}", "text": "Story {i}."}}\n' for i in range(3)))
    monkeypatch.setattr(replay, "send_records", _interrupting_after(done))
    console = Console(width=300, record=True, force_terminal=False)
    status = replay.run_replay(Settings(), [str(archive)], rate=None, speed=None, limit=None,
                               dry_run=False, console=console)
    text = console.export_text()
    assert status == replay.INTERRUPTED == 130
    assert said in text
    assert f"sent {done} article(s)" in text
    assert "replay again to send the rest" in text
