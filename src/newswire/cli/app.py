"""The typer root of the ``newswire`` command, its consoles, and the entry point.

Commands live in one module per group (``run``, ``produce``, ``read``, ``entities``), each
registering itself on :data:`cli`; :mod:`newswire.cli` imports them all before :func:`main`.
"""

from __future__ import annotations

import logging
import sys
from typing import Annotated, Optional

import typer
from rich.console import Console

from newswire.errors import NewswireError
from newswire.settings import Settings

cli = typer.Typer(no_args_is_help=True, add_completion=False,
                  help="Streaming enrichment for news on Kafka topics.")
console = Console()
err_console = Console(stderr=True)

Opt = Annotated[Optional[str], typer.Option()]  # noqa: UP045 - typer reads Optional
Files = Annotated[list[str], typer.Argument(help=".txt, .html, .json, .jsonl(.gz), folders, or -")]
Processes = Annotated[int, typer.Option(help="Worker processes sharing the partitions")]


def main() -> None:
    """Entry point of the ``newswire`` script."""
    logging.basicConfig(level=Settings().log_level, format="%(levelname)s %(name)s: %(message)s")
    try:
        cli()
    except NewswireError as exc:
        err_console.print(f"[red]error:[/red] {exc}")
        sys.exit(1)
