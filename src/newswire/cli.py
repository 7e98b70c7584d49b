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

Opt = Annotated[Optional[str], typer.Option()]  # noqa: UP045 - typer reads Optional
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


Processes = Annotated[int, typer.Option(help="Worker processes sharing the partitions")]


@cli.command()
def worker(
    processes: Processes = 1,
    reprocess_before: Annotated[Optional[float], typer.Option(  # noqa: UP045
        hidden=True, help="Bypass dedupe for messages produced before this Unix time")] = None,
) -> None:
    """Run the Faust worker: articles.raw in, enriched events out."""
    from newswire.stream.worker import run_workers

    raise typer.Exit(run_workers(Settings(), processes, reprocess_before))


@cli.command()
def reprocess(
    start: Annotated[str, typer.Option("--from", help="beginning | TIME | OFFSET")],
    processes: Processes = 1,
) -> None:
    """Rewind the worker group on articles.raw, then run the worker bypassing the dedupe.

    Stop the running workers first. Events keep the same event_id rule; they carry the
    pipeline_version of this run.
    """
    import time

    from newswire.reprocess import rewind_group
    from newswire.stream.worker import run_workers

    settings = Settings()
    before = time.time()
    offsets = asyncio.run(rewind_group(settings, start))
    console.print(f"group {settings.app_id} rewound on {topics.RAW}: {offsets}")
    raise typer.Exit(run_workers(settings, processes, before))


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
    group: Opt = None,
    since: Opt = None,
    speaker: Opt = None,
    entity: Opt = None,
    type_: Annotated[Optional[str], typer.Option("--type", help="Entity type")] = None,  # noqa: UP045
    source: Opt = None,
    kind: Opt = None,
) -> None:
    """Print events from a topic as JSON lines.

    --group NAME joins a consumer group and commits (a second run continues); --since TIME
    (2h, ISO 8601) starts at a time; --speaker/--entity match parts of names.
    """
    from newswire.filters import EventFilter
    from newswire.tail import tail_topic

    where = EventFilter(speaker=speaker, entity=entity, type=type_, source=source, kind=kind)
    asyncio.run(tail_topic(Settings(), topic, from_beginning=from_beginning, since=since,
                           limit=limit, pretty=pretty, group=group, where=where))


@cli.command()
def replay(
    archives: Files,
    rate: Annotated[Optional[float], typer.Option(help="Articles per second")] = None,  # noqa: UP045
    speed: Annotated[Optional[float], typer.Option(  # noqa: UP045
        help="Follow published_at spacing, X times faster")] = None,
    limit: Annotated[Optional[int], typer.Option(help="Send at most N")] = None,  # noqa: UP045
    dry_run: Annotated[bool, typer.Option(help="Parse and count only")] = False,
) -> None:
    """Replay archives (.jsonl[.gz], folders of .txt/.html, .warc[.gz]) into articles.raw."""
    from newswire.replay import run_replay

    raise typer.Exit(run_replay(Settings(), archives, rate=rate, speed=speed, limit=limit,
                                dry_run=dry_run, console=console))


@cli.command()
def export(
    topic: Annotated[str, typer.Argument(help="e.g. articles.raw")],
    to: Annotated[Path, typer.Option("--to", help="FILE.jsonl or FILE.jsonl.gz")],
    start: Annotated[str, typer.Option("--from", help="beginning | TIME | OFFSET")] = "beginning",
) -> None:
    """Archive a topic to JSON Lines; an exported articles.raw can be replayed."""
    from newswire.export import export_topic

    written, bad = asyncio.run(export_topic(Settings(), topic, to, start=start))
    console.print(f"wrote {written} event(s) to {to}" + (f"; {bad} not decodable" if bad else ""))


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


entities_app = typer.Typer(no_args_is_help=True, help="The entity registry across articles.")
cli.add_typer(entities_app, name="entities")


@entities_app.command("top")
def entities_top(
    type_: Annotated[Optional[str], typer.Option("--type", help="e.g. PERSON, ORG, GPE")] = None,  # noqa: UP045
    since: Annotated[str, typer.Option(help="Window: 90m, 24h, 7d")] = "24h",
    limit: Annotated[int, typer.Option(help="Rows")] = 10,
    as_json: Annotated[bool, typer.Option("--json", help="Raw JSON")] = False,
) -> None:
    """Entities in the most articles within the window (from a running worker)."""
    from newswire.entities_cli import fetch_top, print_top

    answer = fetch_top(Settings(), type_=type_, since=since, limit=limit)
    if as_json:
        sys.stdout.write(json.dumps(answer, indent=2) + "\n")
    else:
        print_top(console, answer)


def main() -> None:
    """Entry point of the ``newswire`` script."""
    logging.basicConfig(level=Settings().log_level, format="%(levelname)s %(name)s: %(message)s")
    try:
        cli()
    except NewswireError as exc:
        err_console.print(f"[red]error:[/red] {exc}")
        sys.exit(1)
