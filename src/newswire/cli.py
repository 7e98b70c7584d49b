"""The ``newswire`` command: one small function per subcommand."""

from __future__ import annotations

import asyncio
import json
import logging
import sys
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console

from newswire import topics
from newswire.archive import read_paths
from newswire.errors import NewswireError
from newswire.settings import Settings

cli = typer.Typer(no_args_is_help=True, add_completion=False,
                  help="Streaming enrichment for news on Kafka topics.")
console = Console()
err_console = Console(stderr=True)

Files = Annotated[list[str], typer.Argument(help=".txt, .html, .json, .jsonl(.gz), folders, or -")]


@cli.command()
def broker(port: Annotated[int, typer.Option(help="Port on 127.0.0.1")] = 9092) -> None:
    """Run the embedded Tansu broker (memory only) until Ctrl-C."""
    from newswire.broker import EmbeddedBroker

    with EmbeddedBroker(port=port) as running:
        console.print(f"Tansu listening at {running.url} (memory storage); Ctrl-C stops it")
        try:
            running.wait()
        except KeyboardInterrupt:
            console.print("stopping")


@cli.command()
def worker(
    processes: Annotated[int, typer.Option(help="Worker processes sharing the partitions")] = 1,
    reprocess: Annotated[bool, typer.Option(help="Enrich already-seen articles again")] = False,
) -> None:
    """Run the Faust worker: articles.raw in, enriched events out."""
    from newswire.stream.worker import run_worker, run_workers

    settings = Settings()
    code = run_workers(settings, processes, reprocess) if processes > 1 else run_worker(
        settings, reprocess=reprocess)
    raise typer.Exit(code)


@cli.command()
def send(files: Files) -> None:
    """Produce articles to articles.raw (keyed by article id)."""
    from newswire.producer import send_records

    report = asyncio.run(send_records(Settings(), read_paths(files)))
    for error in report.errors:
        err_console.print(f"[red]skipped[/red] {error}")
    console.print(f"sent {len(report.sent)} article(s), {len(report.errors)} unreadable")
    raise typer.Exit(1 if report.errors else 0)


@cli.command()
def enrich(files: Files) -> None:
    """Enrich articles without Kafka; one EnrichedArticle JSON object per line."""
    from newswire.nlp.pipeline import Pipeline

    pipeline = Pipeline(Settings().model)
    failures = 0
    for record in read_paths(files):
        try:
            if record.article is None:
                raise record.error or NewswireError("unreadable")
            sys.stdout.write(pipeline.enrich(record.article).model_dump_json() + "\n")
        except NewswireError as exc:
            failures += 1
            err_console.print(f"[red]{record.origin}[/red]: {exc}")
    raise typer.Exit(1 if failures else 0)


@cli.command()
def tail(
    topic: Annotated[str, typer.Argument(help="e.g. articles.enriched, articles.quotes")],
    from_beginning: Annotated[bool, typer.Option("--from-beginning")] = False,
    limit: Annotated[Optional[int], typer.Option(help="Stop after N events")] = None,  # noqa: UP045
    pretty: Annotated[bool, typer.Option(help="Indented JSON")] = False,
    group: Annotated[Optional[str], typer.Option(help="Consumer group (commits)")] = None,  # noqa: UP045
) -> None:
    """Print events from a topic as JSON lines."""
    from newswire.tail import tail_topic

    asyncio.run(tail_topic(Settings(), topic, from_beginning=from_beginning, limit=limit,
                           pretty=pretty, group=group))


@cli.command()
def schema(
    topic: Annotated[Optional[str], typer.Argument(help="One topic; all when omitted")] = None,  # noqa: UP045
    out: Annotated[Optional[Path], typer.Option(help="Write one file per topic here")] = None,  # noqa: UP045
) -> None:
    """JSON Schema of the events on each topic, from the pydantic models."""
    names = [topic] if topic else list(topics.MODELS)
    unknown = [name for name in names if name not in topics.MODELS]
    if unknown:
        err_console.print(f"unknown topic {unknown[0]}; known: {', '.join(topics.MODELS)}")
        raise typer.Exit(2)
    schemas = {name: topics.json_schema(name) for name in names}
    if out is not None:
        out.mkdir(parents=True, exist_ok=True)
        for name, value in schemas.items():
            (out / f"{name}.json").write_text(json.dumps(value, indent=2) + "\n", encoding="utf-8")
        console.print(f"wrote {len(schemas)} schema(s) to {out}")
        return
    sys.stdout.write(json.dumps(schemas[names[0]] if topic else schemas, indent=2) + "\n")


@cli.command()
def demo(
    seeds: Annotated[Path, typer.Option(help="Folder of sample articles")] = Path("seeds"),
    timeout: Annotated[float, typer.Option(help="Seconds to wait for the results")] = 120.0,
) -> None:
    """Start a broker if none is reachable, a worker, send the seeds, print what comes back."""
    from newswire.demo import run_demo

    raise typer.Exit(run_demo(Settings(), seeds, timeout, console))


def main() -> None:
    """Entry point of the ``newswire`` script."""
    logging.basicConfig(level=Settings().log_level, format="%(levelname)s %(name)s: %(message)s")
    try:
        cli()
    except NewswireError as exc:
        err_console.print(f"[red]error:[/red] {exc}")
        sys.exit(1)
