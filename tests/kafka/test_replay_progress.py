"""The progress line of `newswire replay`, in the words of its summary."""

from __future__ import annotations

import pytest
from rich.console import Console

from newswire.kafka.producer import SendReport
from newswire.kafka.replay import _advance, _progress


@pytest.mark.parametrize(("sent", "dead", "not_sent", "shown"), [
    (1, 3, 0, "4/4 · dead-lettered 3 · not sent 0"),
    (2, 0, 1, "3/4 · dead-lettered 0 · not sent 1"),
    (0, 0, 0, "0/4 · dead-lettered 0 · not sent 0"),
])
def test_the_progress_line_counts_dead_letters_apart_from_records_not_sent(
        sent: int, dead: int, not_sent: int, shown: str) -> None:
    """Dead letters (on articles.dlq) and records not sent are counted apart, as the
    summary counts them (the line said `errors 0` beside three dead letters)."""
    console = Console(width=200, record=True, force_terminal=False)
    report = SendReport(sent=["a"] * sent, dead_lettered=["d"] * dead,
                        errors=["e"] * not_sent)
    with _progress(console) as progress:
        task = progress.add_task("replay", total=4, errors=0, dead=0, rate=0.0)
        _advance(progress, task, report)
    text = " ".join(console.export_text().split())
    done, rest = shown.split(" · ", 1)
    assert done in text
    assert rest in text
