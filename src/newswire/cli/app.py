"""The typer root of the ``newswire`` command, its consoles, and the entry point.

Commands live in one module per group (``run``, ``produce``, ``read``, ``entities``), each
registering itself on :data:`cli`; :mod:`newswire.cli` imports them all before :func:`main`.
"""

from __future__ import annotations

import logging
import sys
from typing import Annotated, Optional

import typer
from pydantic import ValidationError
from rich.console import Console

from newswire.errors import NewswireError
from newswire.say import say
from newswire.settings import Settings

__all__ = [
    "EXIT_BAD_SETTINGS", "Files", "Opt", "Processes", "cli", "console", "err_console", "main",
    "settings_errors",
]

# Markdown: a docstring's paragraphs are rewrapped to the terminal (the "rich" mode kept
# their line breaks, then wrapped again: lines of one or two words in every --help).
cli = typer.Typer(no_args_is_help=True, add_completion=False, rich_markup_mode="markdown",
                  help="Streaming enrichment for news on Kafka topics.")
console = Console()
err_console = Console(stderr=True)

Opt = Annotated[Optional[str], typer.Option()]  # noqa: UP045 - typer reads Optional
Files = Annotated[list[str], typer.Argument(
    help=".txt, .html, .json, .jsonl(.gz), .warc(.gz), folders, or -")]
Processes = Annotated[int, typer.Option(help="Worker processes sharing the partitions")]


#: Exit status when the environment's settings are invalid (``EX_CONFIG`` of sysexits.h).
EXIT_BAD_SETTINGS = 78


def main() -> None:
    """Entry point of the ``newswire`` script."""
    try:
        settings = Settings()
    except ValidationError as exc:  # a typo in the environment: say which variable, no trace
        say(err_console, "[red]error:[/red] invalid settings: {}", settings_errors(exc))
        sys.exit(EXIT_BAD_SETTINGS)
    logging.basicConfig(level=settings.log_level, format="%(levelname)s %(name)s: %(message)s")
    try:
        cli()
    except NewswireError as exc:
        say(err_console, "[red]error:[/red] {}", exc)
        sys.exit(1)


def settings_errors(exc: ValidationError) -> str:
    """Each invalid setting as ``NEWSWIRE_NAME: what is wrong`` (never its value: it may be a
    password)."""
    return "; ".join(f"NEWSWIRE_{'_'.join(map(str, error['loc'])).upper()}: {error['msg']}"
                     for error in exc.errors())
