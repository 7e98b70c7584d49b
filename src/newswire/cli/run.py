"""Commands that run something until stopped or done: ``broker``, ``worker``, ``reprocess``,
``demo``."""

from __future__ import annotations

import asyncio
import signal
from pathlib import Path
from typing import Annotated, Optional

import typer

from newswire import topics
from newswire.cli.app import Processes, cli, console
from newswire.say import say
from newswire.settings import Settings

__all__ = ["broker", "demo", "reprocess", "worker"]


@cli.command()
def broker(port: Annotated[int, typer.Option(help="Port on 127.0.0.1")] = 9092) -> None:
    """Run the embedded Tansu broker (memory only) until Ctrl-C or SIGTERM."""
    from newswire.broker import EmbeddedBroker

    # SIGTERM (kill, systemd, docker) and Ctrl-C only set a flag: an exception raised at an
    # arbitrary point could leave subprocess's internal lock held and the stop hung, and
    # SIGTERM's default would end Python without stopping Tansu. A signal while Tansu starts
    # is read once it listens, so no Tansu is left behind.
    signals: list[int] = []
    for number in (signal.SIGTERM, signal.SIGINT):
        signal.signal(number, lambda signum, _frame: signals.append(signum))
    with EmbeddedBroker(port=port) as running:
        say(console, "Tansu listening at {} (memory storage); Ctrl-C stops it", running.url)
        running.wait(until=lambda: bool(signals))
        console.print("stopping")


@cli.command()
def worker(
    processes: Processes = 1,
    reprocess_until: Annotated[Optional[str], typer.Option(  # noqa: UP045
        hidden=True, help="Bypass dedupe below these offsets of articles.raw (P:O,...)")] = None,
) -> None:
    """Run the Faust worker: articles.raw in, enriched events out."""
    from newswire.kafka.reprocess import parse_bounds
    from newswire.stream.worker import run_workers

    try:
        bounds = None if reprocess_until is None else parse_bounds(reprocess_until)
    except ValueError as exc:
        raise typer.BadParameter(str(exc), param_hint="--reprocess-until") from exc
    raise typer.Exit(run_workers(Settings(), processes, bounds))


@cli.command()
def reprocess(
    start: Annotated[str, typer.Option("--from", help="beginning | TIME | OFFSET")],
    processes: Processes = 1,
) -> None:
    """Rewind the worker group on articles.raw, then run the worker bypassing the dedupe
    for the messages articles.raw held at the rewind (not those produced later).

    Stop the running workers first. Events keep the same event_id rule; they carry the
    pipeline_version of this run.
    """
    from newswire.kafka.reprocess import rewind_group
    from newswire.stream.worker import run_workers

    settings = Settings()
    rewound = asyncio.run(rewind_group(settings, start))
    say(console, "group {} rewound on {}: {}; reprocessing up to {}", settings.app_id, topics.RAW,
        rewound.start, rewound.end)
    raise typer.Exit(run_workers(settings, processes, rewound.end))


@cli.command()
def demo(
    seeds: Annotated[Path, typer.Option(help="Folder of sample articles")] = Path("seeds"),
    timeout: Annotated[float, typer.Option(help="Seconds to wait for the results")] = 120.0,
) -> None:
    """Start a broker if none is reachable, a worker, send the seeds, print what comes back."""
    from newswire.cli.demo import run_demo

    raise typer.Exit(run_demo(Settings(), seeds, timeout, console))
