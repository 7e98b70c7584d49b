"""``newswire replay``: an archive into ``articles.raw`` with a progress bar and a summary."""

from __future__ import annotations

import asyncio
from collections.abc import Sequence

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TaskID,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)

from newswire.io.archive import read_paths
from newswire.io.scan import Scan, count_records
from newswire.kafka.producer import Pacer, SendReport, send_records
from newswire.say import say
from newswire.settings import Settings

__all__ = ["INTERRUPTED", "run_replay"]

#: The exit status of a replay stopped by Ctrl-C (128 + SIGINT, as a shell reports it).
INTERRUPTED = 130


def run_replay(settings: Settings, paths: Sequence[str], *, rate: float | None,
               speed: float | None, limit: int | None, dry_run: bool, console: Console,
               strict: bool = False, scan: Scan | None = None) -> int:
    """Replay ``paths``: each article to ``articles.raw``, or, when the worker would
    dead-letter it, to ``articles.dlq`` in the worker's envelope (the stream goes on, as the
    worker's does); a JSON Lines line that is no article is dead-lettered too, with its
    bytes. 0 when every record went to one or the other; 1 when a file could not be read or
    a record was not acknowledged, and, with ``strict``, when one was dead-lettered (a
    script that must know the archive was all accepted). ``scan``: the paths' scan made
    before (its count spares a walk of the trees), else they are counted here."""
    total = count_records(paths) if scan is None else scan.total
    if total is not None and limit is not None:
        total = min(total, limit)
    latest = SendReport()  # the report as far as it got, for an interrupted replay
    with _progress(console) as progress:
        task = progress.add_task("replay", total=total, errors=0, dead=0, rate=0.0)

        def advance(report: SendReport) -> None:
            nonlocal latest
            latest = report
            _advance(progress, task, report)

        try:
            report = asyncio.run(send_records(
                settings, read_paths(paths), limit=limit, pacer=Pacer(rate=rate, speed=speed),
                dry_run=dry_run, on_record=advance, dead_letters=True,
            ))
        except KeyboardInterrupt:
            report = None
    if report is None:  # Ctrl-C: say how far it got and that the rest is one more replay away
        _interrupted(console, latest, total, dry_run)
        return INTERRUPTED
    _summary(console, report, dry_run)
    return 1 if report.errors or (strict and report.dead_lettered) else 0


def _interrupted(console: Console, report: SendReport, total: int | None,
                 dry_run: bool) -> None:
    """The words of a replay cut short: records handled of the total, then the summary so
    far. Replaying again is safe: the worker skips an article whose id it enriched with the
    same content, so a replay may be stopped and started over."""
    of = f" of {total}" if total is not None else ""
    say(console, "[yellow]interrupted[/yellow] after {}{} record(s); replay again to send "
        "the rest (the worker skips an article it enriched with the same content)",
        report.seen, of)
    _summary(console, report, dry_run)


def _progress(console: Console) -> Progress:
    return Progress(
        TextColumn("[bold]{task.description}"), BarColumn(), MofNCompleteColumn(),
        # The summary's words: a dead letter is no error (it reached articles.dlq).
        TextColumn("{task.fields[rate]:.1f}/s · dead-lettered {task.fields[dead]} · "
                   "not sent {task.fields[errors]}"),
        TimeElapsedColumn(), TextColumn("left"), TimeRemainingColumn(),
        console=console, transient=False,
    )


def _advance(progress: Progress, task: TaskID, report: SendReport) -> None:
    elapsed = progress.tasks[task].elapsed or 0.0
    progress.update(task, completed=report.seen, errors=len(report.errors),
                    dead=len(report.dead_lettered),
                    rate=report.seen / elapsed if elapsed else 0.0)


def _summary(console: Console, report: SendReport, dry_run: bool) -> None:
    verb, dead = ("would send", "would dead-letter") if dry_run else ("sent", "dead-lettered")
    say(console, "{} {} article(s); {} {}; {} not sent; {} skipped", verb, len(report.sent),
        len(report.dead_lettered), dead, len(report.errors), report.skipped.total())
    skipped = report.skipped.most_common()
    for reason, count in skipped[:20]:  # a link's reason names it: one line per link
        say(console, "  skipped {}: {}", count, reason, highlight=False)
    if len(skipped) > 20:
        say(console, "  … and {} more reasons to skip", len(skipped) - 20)
    for letter in report.dead_lettered[:20]:
        say(console, "  [yellow]{}[/yellow] {}", dead, letter, highlight=False)
    if len(report.dead_lettered) > 20:
        say(console, "  … and {} more {}", len(report.dead_lettered) - 20, dead)
    for error in report.errors[:20]:
        say(console, "  [red]not sent[/red] {}", error)
    if len(report.errors) > 20:
        say(console, "  … and {} more", len(report.errors) - 20)
