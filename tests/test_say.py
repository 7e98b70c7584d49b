"""`newswire.say`: values said as spelled whatever brackets they hold, the template's own
markup kept, and each line printed whole at any width."""

from __future__ import annotations

import io
from datetime import UTC, datetime

import pytest
from rich.console import Console
from rich.table import Table

from newswire.say import markup, plain, say


def printed(template: str, *values: object, width: int = 40) -> str:
    """What `say` writes to a 40-column file (as to a pipe: no colour)."""
    out = io.StringIO()
    say(Console(file=out, width=width, color_system=None), template, *values)
    return out.getvalue()


@pytest.mark.parametrize(("template", "values", "expected"), [
    ("[red]not sent[/red] {}", ("bin [b].txt",), "not sent bin [b].txt\n"),
    ("[red]error:[/red] {}", ("feeds.toml: no [[feeds]] tables",),
     "error: feeds.toml: no [[feeds]] tables\n"),
    ("[red]{}[/red]: {}", ("a [/b].txt", "closes [/red] nothing"),
     "a [/b].txt: closes [/red] nothing\n"),
    ("{}: pipeline failed: {!r}", ("x.txt", ValueError("[x]")),
     "x.txt: pipeline failed: ValueError('[x]')\n"),
    ("timed out after {:.0f}s", (29.6,), "timed out after 30s\n"),
    ("until {:%Y-%m-%d %H:%M} UTC", (datetime(2026, 12, 6, 14, 28, tzinfo=UTC),),
     "until 2026-12-06 14:28 UTC\n"),
    ("ends in a backslash {}", ("C:\\",), "ends in a backslash C:\\\n"),
    ("[red]{}[/red] then", ("C:\\",), "C:\\ then\n"),
    ("[red]{}[/red] then", ("C:\\\\",), "C:\\\\ then\n"),
    ("{}{}", ("C:\\", "[b]"), "C:\\[b]\n"),
    ("{}", ("a\\[b] and \\\\[i]",), "a\\[b] and \\\\[i]\n"),
    ("not sent {}", ("/archive/" + "a-long-folder-name/" * 4 + "story [1].txt",),
     "not sent /archive/" + "a-long-folder-name/" * 4 + "story [1].txt\n"),
    ("could not read {}", ("bad.jsonl:100: invalid JSON",),
     "could not read bad.jsonl:100: invalid JSON\n"),
], ids=["bold-tag", "double-brackets", "closing-tags", "repr", "number-spec", "date-spec",
        "backslash", "backslash-before-a-tag", "two-backslashes-before-a-tag",
        "backslash-before-a-value-in-brackets", "escaped-brackets-inside", "longer-than-the-width",
        "emoji-code-in-a-value"])
def test_values_are_said_as_spelled_on_one_line(template: str, values: tuple[object, ...],
                                                expected: str) -> None:
    """Each value prints as it is spelled (rich read `[b]` as bold and stopped on `[/b]`),
    format specs apply to the value, and a line longer than the console is not broken."""
    assert printed(template, *values) == expected


def test_the_template_keeps_its_markup() -> None:
    """The template's tags still style the line: only the values are escaped."""
    assert markup("[red]not sent[/red] {}", "[b]") == "[red]not sent[/red] \\[b]"


def test_a_line_can_still_ask_to_fold() -> None:
    """A caller that wants the line folded at the width (a table-like line) still can."""
    out = io.StringIO()
    say(Console(file=out, width=10, color_system=None), "{}", "x" * 15, soft_wrap=False,
        overflow="fold")
    assert out.getvalue() == "x" * 10 + "\n" + "x" * 5 + "\n"


@pytest.mark.parametrize("value", ["?filter[type]=news", "[/b] closes nothing", "[red]x"])
def test_a_plain_cell_is_said_as_spelled(value: str) -> None:
    """A table cell made by `plain` prints its value, not markup (a `str` cell lost
    `[type]` and `[/b]` stopped the table)."""
    table = Table("cell")
    table.add_row(plain(value))
    out = io.StringIO()
    Console(file=out, width=60, color_system=None).print(table)
    assert value in out.getvalue()
