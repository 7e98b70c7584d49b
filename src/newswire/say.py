"""Lines and table cells for the terminal whose values are said as spelled, and lines kept whole.

rich reads ``[...]`` in a printed string as markup: a file ``bin [b].txt`` was said as
``bin .txt``, and a reason holding ``[/b]`` stopped the command (a closing tag with none
open). Each caller used to ``escape()`` each value (which also doubled a backslash ending
a value: ``C:`` and two); :func:`say` fills a template whose own markup (its colours) is kept
with values that are always escaped, so no caller can forget one. It prints the line whole
(rich's soft wrap): otherwise rich cut every line at the terminal's width, 80 columns when
stderr or stdout is a file or a pipe, so a path or a reason in a log or a cron mail was
broken in two for grep and for the next program.
"""

from __future__ import annotations

import re
from string import Formatter
from typing import Any

from rich.console import Console
from rich.text import Text

__all__ = ["markup", "plain", "say"]

#: A markup tag as rich finds one (``rich.markup.RE_TAGS``), with the backslashes before it:
#: backslashes count only there (an odd run escapes the tag, each pair is one backslash).
_TAG = re.compile(r"(\\*)(\[[a-z#/@][^[]*?])")
_FIELDS = Formatter()


def markup(template: str, *values: object) -> str:
    """``template`` (rich markup: ``[red]not sent[/red] {}``) with each ``{}`` (format specs
    and ``!r`` allowed) filled by its value escaped, so it prints as spelled whatever
    brackets or backslashes it holds."""
    pieces: list[tuple[str, bool]] = []  # (text, whether it is a value)
    auto = iter(range(len(values)))
    for literal, field, spec, conversion in _FIELDS.parse(template):
        pieces.append((literal, False))
        if field is not None:
            value = values[int(field) if field else next(auto)]
            text = _FIELDS.format_field(_FIELDS.convert_field(value, conversion), spec or "")
            pieces.append((_TAG.sub(lambda tag: tag[1] * 2 + "\\" + tag[2], text), True))
    said = ""
    for text, is_value in reversed(pieces):
        # A value's last backslashes before a tag (`C:\` then `[/red]`) would escape it:
        # doubled there, and only there (rich.markup.escape doubles one at any end: `C:\\`).
        doubled = len(text) - len(text.rstrip("\\")) if is_value and _TAG.match(said) else 0
        said = text + "\\" * doubled + said
    return said


def say(console: Console, template: str, *values: object, **options: Any) -> None:
    """Print :func:`markup` of ``template`` and ``values`` on ``console``, the line whole
    (``soft_wrap``; ``options`` go to ``Console.print`` and may ask otherwise), with no emoji
    codes read: ``bad.jsonl:100: invalid`` was said ``bad.jsonl💯 invalid`` (the 100th line)."""
    options.setdefault("soft_wrap", True)
    options.setdefault("emoji", False)
    console.print(markup(template, *values), **options)


def plain(value: object) -> Text:
    """A table cell that prints ``value`` as spelled (a ``str`` cell is read as markup)."""
    return Text(str(value))
