"""Names that are a person's by the title or the letters written with them, whatever type
the model gave them: ``Ms Holloway`` and ``Cr Fairclough`` (an honorific or a title only
people are addressed by, and a surname), ``Rhodri Gwynne MS`` (a name and a legislator's
letters). The titles themselves live in :mod:`newswire.nlp.entities.roles.titles`; plain strings
and character offsets.
"""

from __future__ import annotations

import re

from newswire.nlp.entities.roles.titles import ADDRESS_TITLES, LEGISLATORS_LETTERS, NAME_AFTER
from newswire.nlp.entities.words.casing import casing
from newswire.nlp.entities.words.firstnames import is_first_name
from newswire.nlp.entities.words.names import words
from newswire.nlp.entities.words.namewords import not_a_person

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
    titled = match is not None and _SURNAME.fullmatch(text, match.end(), end) is not None \
        and not _lettered_company(text[start:end])
    # "MLC Limited", "Senator Bank": a title that opens a company's or a body's name.
    return (titled or _addressed_judge(text[start:end])
            or (_lettered_name(text[start:end]) and not _title_in_context(text, start, end))
            ) and not not_a_person(words(text[start:end]))


def _addressed_judge(span: str) -> bool:
    """``Ms Justice Áine Ní Bhriain``, ``Mr Justice Pemberton``: British, Irish and
    Commonwealth court copy addresses a High Court judge so, and nothing else (``Justice``
    alone opens bodies' names: ``Justice Department``), whatever the names' words."""
    parts = span.split()
    return 3 <= len(parts) <= 5 and _JUDGES_HONORIFIC.fullmatch(parts[0]) is not None \
        and parts[1] == "Justice" and all(w[:1].isupper() for w in parts[2:])


#: The honorifics before ``Justice`` in a judge's address.
_JUDGES_HONORIFIC = re.compile(r"(?:Mr|Mrs|Ms|Miss)\.?")


def _lettered_company(span: str) -> bool:
    """Whether a title in capitals opens ``span`` before words English writes in lower case
    (``ASP Isotopes``, ``SSP Group``): a company's acronym, as no surname is such a word
    (``DSP Thapa`` is one)."""
    title, _, rest = span.partition(" ")
    return title.isupper() and all(w.casefold() in casing().lower and not is_first_name(w)
                                   for w in rest.split())


#: A word before a span that makes it a description, not a name: "the Welsh Labour MS said".
_ARTICLE_BEFORE = re.compile(r"(?<![\w'’-])(?:[Tt]he|[Aa]n?|[Aa]nother)[ \t]+$")


def _title_in_context(text: str, start: int, end: int) -> bool:
    """Whether words and letters read as a party's member (``the Welsh Labour MS said``,
    ``Welsh Labour MS Jenny Rathbone``) rather than a name and its letters: after an article
    or before another name."""
    return _ARTICLE_BEFORE.search(text, max(0, start - 10), start) is not None \
        or NAME_AFTER.match(text, end) is not None


#: Letters only a person writes after a name: a legislator's, a King's Counsel's (not "SC",
#: which ends clubs' names too: "Orlando City SC").
_PERSONS_LETTERS = frozenset((*LEGISLATORS_LETTERS, "QC", "KC"))


def _lettered_name(span: str) -> bool:
    """Whether ``span`` is two or three capitalised words and a person's letters (``Rhodri
    Gwynne MS``, ``Pádraig Ó Dálaigh TD``, which the model types as organisations)."""
    parts = span.split()
    return 3 <= len(parts) <= 4 and parts[-1] in _PERSONS_LETTERS \
        and all((w[:1].isupper() and w[1:2].islower()) or len(w) == 1 for w in parts[:-1]) \
        and not not_a_person(parts[:-1])
