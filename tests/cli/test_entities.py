"""`newswire entities top`: why a table is empty, and its error without a broker."""

from __future__ import annotations

import subprocess
import sys
from datetime import UTC, datetime

import pytest

from newswire.cli.entities import empty_hint
from newswire.settings import Settings
from tests.conftest import run_newswire

NOW = datetime(2026, 12, 2, 12, tzinfo=UTC)


@pytest.mark.parametrize(
    ("newest", "expected"),
    [
        (None, "The registry holds no entity yet"),
        ("2016-11-08T12:00:00+00:00", "published 2016-11-08T12:00:00+00:00; widen the window, "
                                      "e.g. --since 3676d"),
        ("2026-12-01T18:00:00+00:00", "e.g. --since 1d"),
    ],
)
def test_an_empty_window_says_why(newest: str | None, expected: str) -> None:
    """An empty table names the newest published time seen and a window that reaches it."""
    assert expected in empty_hint(newest, NOW)


def test_without_worker_or_broker_the_error_says_both() -> None:
    """With no worker and no broker, the command fails with the broker it tried."""
    env = Settings(broker="kafka://127.0.0.1:1", web_port=1).child_env()
    done = run_newswire("entities", "top", env=env)
    assert done.returncode == 1
    assert "127.0.0.1:1" in done.stderr


@pytest.mark.parametrize("limit", ["0", "-1", "1001"])
def test_a_row_count_out_of_range_is_refused_before_anything_is_asked(limit: str) -> None:
    """`entities top --limit` takes 1 to 1000 (a usage error, exit 2, before any broker)."""
    result = run_newswire("entities", "top", "--limit", limit)
    assert result.returncode == 2, result.stderr
    assert "--limit" in result.stderr


def test_top_prints_every_cell_whole_at_80_columns() -> None:
    """`entities top` wraps a long cell at 80 columns instead of cutting it: the time an
    entity was last seen used to read `2026-12-05T14…`."""
    from rich.console import Console

    from newswire.cli.entities import print_top

    console = Console(width=80, record=True)
    last_seen = "2026-12-05T14:28:33.123456+00:00"
    print_top(console, {"since": "24h", "source": "the changelog", "entities": [
        {"name": "North Atlantic Treaty Organization", "type": "ORG", "count": 3,
         "articles": 12, "aliases": ["NATO", "the alliance"], "last_seen": last_seen}]})
    text = console.export_text()
    assert "…" not in text
    rows = [line.split("│")[1:-1] for line in text.splitlines() if line.startswith("│")]
    column = ["".join(cells[i].strip() for cells in rows) for i in range(len(rows[0]))]
    assert column[0] == "NorthAtlanticTreatyOrganization"
    assert column[-1].replace(" ", "") == "2026-12-0514:28"  # to the minute, wrapped or not
    assert "(UTC)" in text


@pytest.mark.parametrize(("name", "aliases"), [
    ("Labour [UK]", ["[b]Labour"]),
    ("[/b] Party", ["Party [/i]"]),  # a closing tag with none open stopped the table
])
def test_top_prints_names_in_brackets_as_spelled(name: str, aliases: list[str]) -> None:
    """An entity's name and aliases are plain cells: rich read `[b]` in a `str` cell as bold
    and `[/b]` as an error."""
    from rich.console import Console

    from newswire.cli.entities import print_top

    console = Console(width=200, record=True)
    print_top(console, {"since": "24h", "entities": [
        {"name": name, "type": "ORG", "count": 1, "articles": 1, "aliases": aliases,
         "last_seen": None}]})
    text = console.export_text()
    assert name in text
    assert ", ".join(aliases) in text


@pytest.mark.parametrize(("moment", "shown"), [
    ("2026-12-05T14:28:33.123456+00:00", "2026-12-05 14:28"),
    ("2026-12-05T15:28:59+01:00", "2026-12-05 14:28"),
    ("2026-12-05T14:28:33", "2026-12-05 14:28"),
    ("yesterday", "yesterday"),
    (None, ""),
])
def test_last_seen_reads_to_the_minute_in_utc(moment: str | None, shown: str) -> None:
    """`entities top` prints when an entity was last seen to the minute, in UTC."""
    from newswire.cli.entities import shown_time

    assert shown_time(moment) == shown


@pytest.mark.parametrize("imported", [
    "newswire.cli", "newswire.cli.entities", "newswire.kafka", "newswire.kafka.replay",
    "newswire.kafka.tail", "newswire.kafka.export", "newswire.feeds", "newswire.io"])
def test_the_command_starts_without_spacy(imported: str) -> None:
    """Importing the command (every `newswire ...`, `--help` included) leaves spaCy out: its
    import took 4 of the 5.8 s `newswire --help` took; nor do `send`, `replay`, `tail`,
    `export` and `feeds run` load it: only `enrich` and the worker need it."""
    code = (f"import sys, {imported}; "
            "print(sorted(m for m in ('spacy', 'thinc') if m in sys.modules))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True, timeout=120)
    assert done.stdout.strip() == "[]", done.stderr
