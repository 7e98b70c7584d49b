"""The ``newswire`` command (typer): one module per command group, terminal rendering.

The outermost layer: it may import every other part of newswire, and nothing imports it.
"""

from newswire.cli import entities as entities
from newswire.cli import feeds as feeds
from newswire.cli import produce, read, run  # noqa: F401 - registers the commands
from newswire.cli.app import cli, main

__all__ = ["cli", "main"]
