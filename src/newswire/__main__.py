"""``python -m newswire``."""

from newswire.cli import main

main()
