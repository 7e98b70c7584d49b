"""The ``entities`` command group: ``newswire entities top``, from a running worker's
``/entities/top``."""

from __future__ import annotations

import json
import sys
import urllib.error
import urllib.parse
import urllib.request
from typing import Annotated, Any, Optional

import typer
from rich.console import Console
from rich.table import Table

from newswire.cli.app import cli, console
from newswire.errors import NewswireError
from newswire.settings import Settings

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
    answer = fetch_top(Settings(), type_=type_, since=since, limit=limit)
    if as_json:
        sys.stdout.write(json.dumps(answer, indent=2) + "\n")
    else:
        print_top(console, answer)


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
        raise NewswireError(
            f"no newswire worker answers at {url} ({exc}); start one with `newswire worker`"
            " or point NEWSWIRE_WEB_HOST/NEWSWIRE_WEB_PORT at it"
        ) from exc
    return answer


def print_top(console: Console, answer: dict[str, Any]) -> None:
    """The trending entities as a table."""
    table = Table(title=f"Top entities, last {answer['since']}")
    for column in ("entity", "type", "articles in window", "articles", "aliases", "last seen"):
        table.add_column(column)
    for row in answer["entities"]:
        table.add_row(row["name"], row["type"], str(row["count"]), str(row["articles"]),
                      ", ".join(row["aliases"]), row["last_seen"])
    console.print(table)
