"""Commands that read topics or describe them: ``tail``, ``export``, ``schema``."""

from __future__ import annotations

import asyncio
import json
import sys
from pathlib import Path
from typing import Annotated, Optional

import typer

from newswire import topics
from newswire.cli.app import Opt, cli, console, err_console
from newswire.say import say
from newswire.settings import Settings

__all__ = ["export", "schema", "tail"]


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
    cue_kind: Annotated[Optional[str], typer.Option(  # noqa: UP045
        help="Quote cue kind: speech, belief, stance or finding")] = None,
    language: Annotated[Optional[str], typer.Option(  # noqa: UP045
        help="Article language (ISO 639-1, or und)")] = None,
) -> None:
    """Print events from a topic as JSON lines, then wait for new ones (Ctrl-C, or --limit).

    --group NAME joins a consumer group and commits (a second run continues); --since TIME
    (2h, ISO 8601) starts at a time; --speaker/--entity match parts of names. Exits with 69,
    as the worker does, when the broker stays unreachable (twice the session timeout, >= 10 s).
    """
    from newswire.errors import BrokerError
    from newswire.kafka.clients import EXIT_BROKER_LOST
    from newswire.kafka.filters import EventFilter
    from newswire.kafka.tail import tail_topic

    where = EventFilter(speaker=speaker, entity=entity, type=type_, source=source, kind=kind,
                        cue_kind=cue_kind, language=language)
    try:
        asyncio.run(tail_topic(Settings(), topic, from_beginning=from_beginning, since=since,
                               limit=limit, pretty=pretty, group=group, where=where))
    except BrokerError as exc:
        say(err_console, "[red]newswire tail exiting with status {}:[/red] {}",
            EXIT_BROKER_LOST, exc)
        raise typer.Exit(EXIT_BROKER_LOST) from exc


@cli.command()
def export(
    topic: Annotated[str, typer.Argument(help="e.g. articles.raw")],
    to: Annotated[Path, typer.Option("--to", help="FILE.jsonl or FILE.jsonl.gz")],
    start: Annotated[str, typer.Option("--from", help="beginning | TIME | OFFSET")] = "beginning",
) -> None:
    """Archive a topic to JSON Lines; an exported articles.raw can be replayed."""
    from newswire.kafka.export import export_topic

    written, bad = asyncio.run(export_topic(Settings(), topic, to, start=start))
    say(console, "wrote {} event(s) to {}{}", written, to,
        f"; {bad} not decodable" if bad else "")


@cli.command()
def schema(
    topic: Annotated[Optional[str], typer.Argument(help="One topic; all when omitted")] = None,  # noqa: UP045
    out: Annotated[Optional[Path], typer.Option(help="Write one file per topic here")] = None,  # noqa: UP045
) -> None:
    """JSON Schema of the events on each topic, from the pydantic models."""
    names = [topic] if topic else list(topics.MODELS)
    unknown = [name for name in names if name not in topics.MODELS]
    if unknown:
        say(err_console, "unknown topic {}; known: {}", unknown[0], ", ".join(topics.MODELS))
        raise typer.Exit(2)
    schemas = {name: topics.json_schema(name) for name in names}
    if out is not None:
        out.mkdir(parents=True, exist_ok=True)
        for name, value in schemas.items():
            (out / f"{name}.json").write_text(json.dumps(value, indent=2) + "\n", encoding="utf-8")
        say(console, "wrote {} schema(s) to {}", len(schemas), out)
        return
    sys.stdout.write(json.dumps(schemas[names[0]] if topic else schemas, indent=2) + "\n")
