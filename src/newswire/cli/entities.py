"""The ``entities`` command group: ``newswire entities top``, from a running worker's
``/entities/top``, else from the registry table's changelog topic."""

from __future__ import annotations

import asyncio
import json
import math
import sys
import urllib.error
import urllib.parse
import urllib.request
from datetime import UTC, datetime
from typing import Annotated, Any, Optional, cast

import typer
from rich.console import Console
from rich.table import Table

from newswire.cli.app import cli, console
from newswire.errors import NewswireError, NoWorkerError
from newswire.kafka.registry import changelog_topic, read_registry
from newswire.nlp.entities.cross_article import registry
from newswire.say import plain, say
from newswire.settings import Settings
from newswire.timeparse import parse_window

__all__ = ["empty_hint", "entities_app", "entities_top", "fetch_top", "print_top", "shown_time",
           "top_answer"]

entities_app = typer.Typer(no_args_is_help=True, rich_markup_mode="markdown",
                           help="The entity registry across articles.")
cli.add_typer(entities_app, name="entities")


@entities_app.command("top")
def entities_top(
    type_: Annotated[Optional[str], typer.Option("--type", help="e.g. PERSON, ORG, GPE")] = None,  # noqa: UP045
    since: Annotated[str, typer.Option(help="Window of published time: 90m, 24h, 7d")] = "24h",
    limit: Annotated[int, typer.Option(help="Rows", min=1, max=registry.MAX_TOP_ROWS)] = 10,
    source: Annotated[str, typer.Option(
        "--from", help="auto (the worker, else the changelog), worker or changelog")] = "auto",
    as_json: Annotated[bool, typer.Option("--json", help="Raw JSON")] = False,
) -> None:
    """Entities in the most articles published within the window (the worker is optional)."""
    if source not in ("auto", "worker", "changelog"):
        raise NewswireError(f"--from must be auto, worker or changelog, not {source!r}")
    answer = top_answer(Settings(), type_=type_, since=since, limit=limit, source=source)
    if as_json:
        sys.stdout.write(json.dumps(answer, indent=2) + "\n")
    else:
        print_top(console, answer)


def top_answer(settings: Settings, *, type_: str | None, since: str, limit: int,
               source: str = "auto") -> dict[str, Any]:
    """The top entities from the worker, or from the changelog when no worker answers."""
    window = parse_window(since)
    if source != "changelog":
        try:
            return fetch_top(settings, type_=type_, since=since, limit=limit) | {"window": since}
        except NoWorkerError:
            if source == "worker":
                raise
            reason = f"no worker answered at {settings.web_host}:{settings.web_port}"
    else:
        reason = "as asked"
    # The changelog holds what the worker's table holds: registry records, as JSON.
    records = cast(list[registry.Record], list(asyncio.run(read_registry(settings)).values()))
    rows = registry.top(records, datetime.now(UTC), since=window, type_=type_, limit=limit)
    where = f"the changelog topic {changelog_topic(settings)}, {reason}"
    return registry.answer(rows, records, window, where) | {"window": since}


def fetch_top(settings: Settings, *, type_: str | None, since: str, limit: int) -> dict[str, Any]:
    """The worker's answer to ``/entities/top`` for these filters."""
    query = urllib.parse.urlencode({k: v for k, v in
                                    {"type": type_, "since": since, "limit": limit}.items() if v})
    url = f"http://{settings.web_host}:{settings.web_port}/entities/top?{query}"
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            answer: dict[str, Any] = json.load(response)
    except urllib.error.HTTPError as exc:
        raise NewswireError(f"{url}: {exc.read().decode('utf-8', 'replace')}") from exc
    except OSError as exc:
        raise NoWorkerError(f"no newswire worker answers at {url}") from exc
    answer.setdefault("source", f"the worker at {settings.web_host}:{settings.web_port}")
    return answer


def print_top(console: Console, answer: dict[str, Any]) -> None:
    """The trending entities as a table, where they come from, and why it may be empty."""
    window = answer.get("window", answer["since"])
    table = Table(title=f"Top entities in articles published in the last {window}",
                  caption=f"from {answer.get('source', 'the worker')}; the window counts "
                          "articles by their published time (else the time they were processed)")
    for column in ("entity", "type", "articles in window", "articles", "aliases",
                   "last seen (UTC)"):
        table.add_column(column, overflow="fold")  # wrapped, never cut to "…" at 80 columns
    for row in answer["entities"]:
        table.add_row(*map(plain, (row["name"], row["type"], row["count"], row["articles"],
                                   ", ".join(row["aliases"]), shown_time(row["last_seen"]))))
    console.print(table)
    if not answer["entities"]:
        say(console, "{}", empty_hint(answer.get("newest")))


def shown_time(moment: str | None) -> str:
    """An ISO time as a reader takes it in, to the minute in UTC (`2026-12-05 14:28`, under
    a header that says UTC: the microseconds and offset of `2026-12-05T14:28:33.123456+00:00`
    wrapped over three lines at 80 columns); what is no ISO time is shown as it came."""
    try:
        parsed = datetime.fromisoformat(moment or "")
    except ValueError:
        return moment or ""
    if parsed.tzinfo is None:  # the registry writes aware times; a naive one is UTC
        parsed = parsed.replace(tzinfo=UTC)
    return f"{parsed.astimezone(UTC):%Y-%m-%d %H:%M}"


def empty_hint(newest: str | None, now: datetime | None = None) -> str:
    """Why the table is empty: nothing in the registry, or nothing published that recently."""
    if not newest:
        return "The registry holds no entity yet: no article has been enriched."
    age = (now or datetime.now(UTC)) - datetime.fromisoformat(newest)
    days = max(1, math.ceil(age.total_seconds() / 86400))
    return (f"No entity in an article published in that window: the newest article in the "
            f"registry was published {newest}; widen the window, e.g. --since {days}d.")
