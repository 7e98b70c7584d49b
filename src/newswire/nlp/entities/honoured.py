"""Names that are a person's by the title or the letters written with them, whatever type
the model gave them: ``Ms Holloway`` and ``Cr Fairclough`` (an honorific or a title only
people are addressed by, and a surname), ``Rhodri Gwynne MS`` (a name and a legislator's
letters). The titles themselves live in :mod:`newswire.nlp.entities.titles`; plain strings
and character offsets, no spaCy here.
"""

from __future__ import annotations

import re

from newswire.nlp.entities.names import words
from newswire.nlp.entities.namewords import not_a_person
from newswire.nlp.entities.titles import ADDRESS_TITLES

__all__ = ["honoured_person"]

#: Honorifics only people carry (``Sir``, ``Lord``, ``Lady`` also open names of places and
#: things: ``Lord's``, ``Lady Bird Lake``), and the titles they are addressed by.
_ADDRESS_ALT = "|".join(re.escape(t) for t in sorted(ADDRESS_TITLES, key=len, reverse=True))
_HONORIFIC = re.compile(rf"(?:Mr|Mrs|Ms|Mx)\.?[ \t]+(?=[A-Z])|(?:{_ADDRESS_ALT})[ \t]+(?=[A-Z])")
#: One or two capitalised words, ``O'Brien`` and ``Lloyd-Webber`` among them.
_SURNAME = re.compile(r"[A-Z][\w'’-]*[a-z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*[a-z][\w'’-]*)?")


def honoured_person(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is an honorific or a title of :data:`ADDRESS_TITLES` and a
    surname (``Ms Holloway``, ``Mr. O'Brien``, ``Cr Fairclough``): a person's name, whatever
    the model typed it."""
    match = _HONORIFIC.match(text, start, end)
    # "MLC Limited", "Senator Bank": a title that opens a company's or a body's name.
    return ((match is not None and _SURNAME.fullmatch(text, match.end(), end) is not None)
            or _lettered_name(text[start:end])) and not not_a_person(words(text[start:end]))


#: Letters only a person writes after a name: a legislator's, a King's Counsel's (not "SC",
#: which ends clubs' names too: "Orlando City SC").
_PERSONS_LETTERS = frozenset(("MP", "TD", "MS", "MLA", "MSP", "MEP", "MPP", "MNA", "MHA",
                              "QC", "KC"))


def _lettered_name(span: str) -> bool:
    """Whether ``span`` is two or three capitalised words and a person's letters (``Rhodri
    Gwynne MS``, ``Pádraig Ó Dálaigh TD``, which the model types as organisations)."""
    parts = span.split()
    return 3 <= len(parts) <= 4 and parts[-1] in _PERSONS_LETTERS \
        and all((w[:1].isupper() and w[1:2].islower()) or len(w) == 1 for w in parts[:-1]) \
        and not not_a_person(parts[:-1])
