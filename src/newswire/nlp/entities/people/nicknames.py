"""A nickname in quotation marks inside a person's name: ``Mayor Rogelio "Jun" Dimaculangan``,
``Sen. Antonio “Tony” Villaruel-Cruz``.

Philippine papers write a politician's nickname so at first mention, and US and British
copy do it too (``Robert "Bobby" Fraser``). The model cuts the name at the quotation marks
into two people (``Rogelio`` and ``Dimaculangan``), so every quote of the person went to the
bare surname, and a later ``Dimaculangan said`` to another entity than the first name's.
Here the given name, the nickname and the surname are one person's mention, named without
the nickname (``Rogelio Dimaculangan``), as a reader names them. English text only; plain
strings and character offsets, no spaCy.
"""

from __future__ import annotations

import re

from newswire.nlp.entities.spans.mentions import Mention, Text, recalled
from newswire.nlp.entities.spans.recall import inside
from newswire.nlp.entities.words.firstnames import is_any_first_name
from newswire.nlp.entities.words.names import is_date

__all__ = ["quoted_nicknames"]

_WORD = r"[A-Z][\w'’-]+"
#: A given name, a short capitalised nickname in double quotation marks, a surname (one
#: word, hyphens kept; more when the model's person runs on).
_NICKNAMED = re.compile(
    rf"\b(?P<given>{_WORD})\s[\"“](?P<nick>[A-Z][\w.'’-]{{0,11}}"
    rf"(?:\s[A-Z][\w.'’-]{{0,11}})?)[\"”]\s(?P<surname>{_WORD})")
#: Words after a quoted word that are no surname (weekdays: :func:`.names.is_date`).
_NO_SURNAMES = frozenset(("The", "A", "An", "In", "On", "At", "And", "But"))


def quoted_nicknames(texts: list[Text], mentions: list[Mention]) -> list[Mention]:
    """The mentions, with each ``Given "Nick" Surname`` made one person's mention named
    ``Given Surname`` that replaces the model's pieces of it. Only where the given name is
    one: a first name a table knows, or a word the model read as a person's; not in
    capitals, nor where a mention of the model runs past the surname's end."""
    cut: set[int] = set()
    found: list[Mention] = []
    for text in texts:
        if "\" " not in text.text and "” " not in text.text:
            continue  # a closing mark before a space, then a word: skips texts without one
        mine = [m for m in mentions if m.field == text.field]
        for match in _NICKNAMED.finditer(text.text):
            start, end = match.span()
            surname = match.start("surname")
            # "Senator Ronald “Bato” Dela Rosa": the model's person runs on to a second word
            end = max([end, *(m.end for m in mine if m.start == surname and m.label == "PERSON")])
            over = [m for m in mine if m.start < end and start < m.end]
            if match.group("surname") in _NO_SURNAMES or is_date(match.group("surname")) \
                    or any(m.start < start or m.end > end for m in over) \
                    or not _given(match.group("given"), start, over) \
                    or inside(text.caps, start, end):
                continue
            cut.update(id(m) for m in over)
            mention = recalled(text, start, end)
            mention.label = "PERSON"
            mention.recased = f"{match.group('given')} {text.text[surname:end]}"
            found.append(mention)
    return [m for m in mentions if id(m) not in cut] + found


def _given(given: str, start: int, over: list[Mention]) -> bool:
    """Whether the words before the nickname are a given name: the first names table knows
    its first word, or the model read a person's name starting there (not a title:
    ``Mayor "Ding" Obias`` has none)."""
    return is_any_first_name(given) or any(m.label == "PERSON" and m.start == start
                                           for m in over)
