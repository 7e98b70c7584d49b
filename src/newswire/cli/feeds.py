"""``newswire feeds run FILE [--once]`` and ``newswire feeds status``."""

from __future__ import annotations

import asyncio
import signal
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.table import Column, Table
from rich.text import Text

from newswire.cli.app import cli, console
from newswire.say import plain, say
from newswire.settings import Settings

if TYPE_CHECKING:
    from newswire.feeds import FeedRunner, FeedState
    from newswire.feeds.state import HostHold

__all__ = ["HEADERS", "TABLE_MIN_WIDTH", "feeds_cli", "run", "status"]

feeds_cli = typer.Typer(no_args_is_help=True, rich_markup_mode="markdown",
                        help="Poll RSS, Atom, JSON Feed and news sitemaps; fetch new pages "
                        "into articles.raw.")
cli.add_typer(feeds_cli, name="feeds")


@feeds_cli.command()
def run(
    file: Annotated[Path, typer.Argument(help="The feeds file (TOML)")],
    once: Annotated[bool, typer.Option("--once", help=(
        "Poll each feed once, then exit: 0 when every feed polled answered (200 or 304), "
        "3 when some failed, 4 when every one failed"))] = False,
) -> None:
    """Poll the feeds of FILE until SIGTERM (or once), producing new pages to articles.raw.

    Runners started with the same settings share the feeds through a consumer group.

    Exit status of `--once`: **0** every feed this runner polled answered (pages that fail
    are tried again at the next polls and fail no feed), **3** some feeds failed, **4** every
    feed failed (an HTTP error, a refused or unreachable address, a timeout, a held host),
    **1** the runner could not run (Kafka unreachable, a bad feeds file), **143** (**130**)
    SIGTERM (Ctrl-C) stopped it before every feed was polled.
    """
    from newswire.feeds import FeedRunner, load_feeds
    from newswire.feeds.outcome import OnceOutcome

    settings = Settings()
    specs = load_feeds(file)
    runner = FeedRunner(settings, specs, once=once)
    say(console, "{} feed(s) from {}; broker {}{}", len(specs), file, settings.bootstrap_servers,
        "; polling each once" if once else "; SIGTERM stops")
    signals: list[int] = []
    states = asyncio.run(_run(runner, signals))
    if once:
        if states:  # no empty table when nothing was polled
            _print_states(list(states.values()))
        outcome = OnceOutcome.of(states, runner.crashed, signals[0] if signals else None)
        say(console, "{}", outcome.summary())
        raise typer.Exit(outcome.exit_status)


async def _run(runner: FeedRunner, signals: list[int]) -> dict[str, FeedState]:
    """Run until done; SIGTERM and Ctrl-C stop the runner (each one received is appended to
    ``signals``, so that `--once` can say it was cut short)."""
    loop = asyncio.get_running_loop()
    for number in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(number, _stop, runner, signals, number)
    return dict(await runner.run())


def _stop(runner: FeedRunner, signals: list[int], number: int) -> None:
    signals.append(number)
    runner.stop()


@feeds_cli.command()
def status(
    as_json: Annotated[bool, typer.Option(
        "--json", help="One JSON record per line: each feed's FeedState, then each host hold "
        "in force (HostHold); `record` says which")] = False,
) -> None:
    """Each feed's last poll, HTTP status, new items, next poll and backoff, and the hosts
    held until a Retry-After ends (from Kafka)."""
    from newswire.feeds import read_status

    found = asyncio.run(read_status(Settings()))
    if as_json:
        for record in (*found.feeds, *found.holds):
            typer.echo(record.model_dump_json())
        return
    if not found.feeds and not found.holds:
        console.print("no feed has been polled yet with these settings")
        return
    if found.feeds:
        _print_states(found.feeds)
    _print_holds(found.holds)


def _print_holds(holds: list[HostHold]) -> None:
    """One line per host no runner asks before its hold ends (a long Retry-After)."""
    current = datetime.now(UTC)
    for hold in holds:
        say(console, "held host {}: not asked until {:%Y-%m-%d %H:%M:%S} UTC ({}, Retry-After)",
            hold.host, hold.until.astimezone(UTC), _ago(hold.until, current),
            soft_wrap=False, overflow="fold")


#: Below this many columns the ten-column table cut every cell to "http…", "sour…", "addr…":
#: each feed is printed as its own block of fields instead.
TABLE_MIN_WIDTH = 140
HEADERS = ("feed", "source", "last poll", "status", "new", "total", "next poll", "backoff",
           "failures", "error")


def _print_states(states: list[FeedState]) -> None:
    current = datetime.now(UTC)
    rows = [_row(state, current) for state in states]
    if console.width >= TABLE_MIN_WIDTH:
        console.print(_table(rows))
        return
    for row in rows:
        block = Table.grid(padding=(0, 2))
        block.add_column(style="dim", no_wrap=True)
        block.add_column(overflow="fold")
        for header, value in zip(HEADERS, row, strict=True):
            if value:
                block.add_row(header, value)
        console.print(block, "")


def _table(rows: list[tuple[Text, ...]]) -> Table:
    table = Table(*(Column(name, overflow="fold") if name in {"feed", "error"} else name
                    for name in HEADERS))
    for row in rows:
        table.add_row(*row)
    return table


def _row(state: FeedState, current: datetime) -> tuple[Text, ...]:
    """One feed's cells, each plain text: a ``str`` cell is read as rich markup, so
    ``?filter[type]=news`` lost its ``[type]`` and an error holding ``[/b]`` crashed
    ``feeds status`` (a closing tag with none open)."""
    return tuple(map(plain, (
        state.url, state.source or "", _ago(state.last_poll, current), state.status or "-",
        state.new_items, state.total_items, _ago(state.next_poll, current),
        _duration(state.backoff_s) if state.backoff_s else "-", state.failures,
        state.error or "")))


def _ago(moment: datetime | None, current: datetime) -> str:
    if moment is None:
        return "-"
    seconds = (moment - current).total_seconds()
    text = _duration(abs(seconds))
    return f"in {text}" if seconds > 0 else f"{text} ago"


def _duration(seconds: float) -> str:
    """A wait in the unit a reader takes in at a glance: a day's hold is `24 h`, not `1440 min`."""
    for unit, size, up_to in (("s", 1, 120), ("min", 60, 120), ("h", 3600, 48)):
        if (shown := round(seconds / size)) < up_to:  # as printed: 119.6 s is "2 min"
            return f"{shown} {unit}"
    return f"{round(seconds / 86400)} d"

