"""``python -m newswire``."""

from newswire.cli import main

__all__ = []

main()
