"""Lines of sports results and standings: the names they are made of are teams.

A line that is only two names, each with its score ("Plymouth 2 Preston 1", "Nice 1
(Debbah 39th) Bastia 1 (Drobnjak 82nd)."), or only a name and a row of figures
("Leicester 3 1 1 1 2 3 4", "CHICAGO 69 59 .539"), is a result or a standings row: the
names are the teams (a country's name stays the country, see
:class:`~newswire.nlp.entities.clustering.clusters.Cluster`). The small model finds few names in
such
lines. A player's row ("Alec Stewart 3 5 0 396 170 79.20") opens with a first name or
holds averages, a company's
accounts ("Net Income 821 512") with words usually written in lower case, a poll's row
("Emnid Aug 25 41.0") with a month: those are no teams.
"""

from __future__ import annotations

import re

from newswire.nlp.entities.words.casing import casing
from newswire.nlp.entities.words.firstnames import is_first_name

__all__ = ["team_spans"]

_NAME = r"[A-Z][\w.'’&-]*(?:[ \t][A-Z][\w.'’&-]*){0,3}"
_SCORERS = r"(?:[ \t]\([^)\n]*\))?"
_RESULT = re.compile(rf"({_NAME})[ \t]\d{{1,3}}{_SCORERS}[ \t]({_NAME})[ \t]\d{{1,3}}{_SCORERS}\.?")
#: Whole numbers, a percentage (".539") at most: a player's averages ("31.80") are not.
_STANDINGS = re.compile(rf"({_NAME})(?:[ \t]+\d+)+(?:[ \t]+\d+|[ \t]+\.\d+){{3}}")
_MONTHS = frozenset({
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "january", "february", "march", "april", "june", "july", "august", "september", "october",
    "november", "december",
})


def team_spans(text: str) -> list[tuple[int, int]]:
    """Where the teams of ``text``'s results and standings lines are, as ``(start, end)``."""
    spans: list[tuple[int, int]] = []
    pos = 0
    for line in text.split("\n"):
        spans += [(pos + start, pos + end) for start, end in _teams_of(line.rstrip())]
        pos += len(line) + 1
    return spans


def _teams_of(line: str) -> list[tuple[int, int]]:
    if found := _RESULT.fullmatch(line):
        groups = [1, 2]
    elif (found := _STANDINGS.fullmatch(line)) and not _account(found.group(1)):
        groups = [1]
    else:
        return []
    return [found.span(g) for g in groups if _team_name(found.group(g))]


def _team_name(name: str) -> bool:
    """Whether a name in a results line may be a team's: not a player's ("Billy Mayfair 66
    71 70 70") nor a date's (see the module's docstring)."""
    parts = name.split()
    if len(parts) >= 2 and is_first_name(parts[0]):
        return False
    return not any(p.rstrip(".").casefold() in _MONTHS for p in parts)


def _account(name: str) -> bool:
    """A row of accounts opens with words usually written in lower case ("Net Income");
    a result's team may be such a word ("Nice 1 Bastia 1")."""
    return all(p.casefold() in casing().lower for p in name.split())
