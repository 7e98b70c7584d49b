"""`newswire demo`, the README's first command, against the session's broker."""

from __future__ import annotations

import pytest

from newswire.settings import Settings
from tests.stream.conftest import run_cli

pytestmark = pytest.mark.integration


def test_demo_prints_the_seed_and_exits_zero(settings: Settings) -> None:
    """The demo sends the seeds and prints each one's entities, quotes and stripped lines."""
    result = run_cli(settings, "demo", "--timeout", "120")
    assert result.returncode == 0, result.stdout + result.stderr
    for expected in ("We Cannot Let Putin Win", "Jens Stoltenberg", "Klaus Iohannis",
                     "Stripped: 13 lines, 9 links", "bit.ly/2TwO8Gm"):
        assert expected in result.stdout
