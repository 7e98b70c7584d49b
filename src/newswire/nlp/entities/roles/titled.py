"""People named after a title, which the small English model leaves out or misreads.

``Local MP Declan Ruthven, whose electorate covers both villages, posted`` gives the model
no entity at all; ``Its President, Alhaji Ibrahim Tanko Sulemana, said`` a person
``Ibrahim`` and a place ``Sulemana``.
A title (:func:`.titles.role_before`) or a courtesy title, then a known first name and a
capitalised surname, is a person's name whatever the model read there
(:func:`titled_people`); after a title, so are words English writes only as names, whatever
the first name (``Assistant Superintendent of Police Roshan Jayakody``: no table holds
every tradition's given names).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from newswire.nlp.entities.people.name_pieces import name_word
from newswire.nlp.entities.roles.titles import role_before
from newswire.nlp.entities.spans.mentions import Mention, Text, recalled
from newswire.nlp.entities.spans.recall import inside
from newswire.nlp.entities.words.casing import casing
from newswire.nlp.entities.words.firstnames import first_name_gender, is_first_name
from newswire.nlp.entities.words.names import HONORIFICS
from newswire.nlp.entities.words.namewords import not_a_person

__all__ = ["name_spans", "titled_people"]

#: A first name, then one or two capitalised words (not letters: "Alison Croft KC"), no
#: capitalised word after them.
_NAME = re.compile(r"(?<![\w'’.-])([A-Z][^\W\d_]+)((?:[ \t]+[A-Z][^\W\d_'’]*[a-zà-ÿ][^\W\d_'’]*)"
                   r"{1,2})(?![\w'’-]|[ \t]+[A-Z][^\W\d_]*[a-zà-ÿ])")
_CAPITAL = re.compile(r"(?<![\w'’.-])[A-Z]")
#: A courtesy title right before a name, which :func:`.titles.role_before` leaves to others
#: (:data:`.names.HONORIFICS`: "Mr", "Dame", "Alhaji", "Engr"; and "Dr", "Prof", "Mx").
_HONORIFIC_BEFORE = re.compile(
    r"(?<![\w.])(?:" + "|".join(sorted({h.rstrip(".") for h in HONORIFICS} | {"Dr", "Prof", "Mx"}))
    + r")\.?[ \t]+$")
#: Titles of royals and popes, who are named by a given name alone: the capitalised words
#: after "King Edward" or "Prince Edward" name a place named for them ("Prince Edward
#: Island", "King Edward Avenue", "Queen Elizabeth Way", "Prince Albert Raiders").
_NO_SURNAME_AFTER = frozenset(("King", "Queen", "Prince", "Princess", "Pope"))
#: How many words a mention of the model may hold before the name: the title's ("[Chief
#: Superintendent Ann] Harte").
_TITLE_WORDS = 3


def titled_people(texts: list[Text], mentions: list[Mention]) -> list[Mention]:
    """The mentions, with a known first name and a surname right after a title made one
    person's mention, replacing the model's pieces of it (:func:`_replace_titled`)."""
    return _replace_titled(texts, mentions, name_spans)


def name_spans(text: str) -> list[tuple[int, int]]:
    """Where ``text`` names a person by a first name and a surname right after a title."""
    spans = []
    # Every capitalised word may open a name: "MP Declan Ruthven" is tried at "Declan" too.
    for word in _CAPITAL.finditer(text):
        match = _NAME.match(text, word.start())
        if match is None:
            continue
        first, rest = match.group(1), match.group(2).split()
        role = role_before(text, match.start())
        if not (is_first_name(first) or (first_name_gender(first) is not None
                                         and first.casefold() not in casing().lower)
                or (role and all(map(name_word, [first, *rest])))) \
                or not_a_person([first, *rest]) \
                or (len(rest) == 2 and rest[-1].casefold() in casing().lower):
            continue  # "President Donald Trump Tower": a place named for him
        if role in _NO_SURNAME_AFTER:
            continue
        if role or _HONORIFIC_BEFORE.search(text, 0, match.start()):
            spans.append((match.start(), match.end()))
    return spans


def _replace_titled(texts: list[Text], mentions: list[Mention],
                   spans_of: Callable[[str], list[tuple[int, int]]]) -> list[Mention]:
    """The mentions, with each span ``spans_of`` finds in a text (a titled person's name)
    made one person's mention, replacing the model's mentions inside it and those holding
    only a title before it; not where a mention runs past the name, nor in capitals, nor
    where the model's person is the name already."""
    dropped: set[int] = set()
    found: list[Mention] = []
    for text in texts:
        cased = text.recased or text.text
        mine = [m for m in mentions if m.field == text.field]
        for start, end in spans_of(cased):
            over = [m for m in mine if m.start < end and start < m.end]
            if inside(text.caps, start, end) or any(
                    m.end > end or (m.start < start and _too_far(cased, m.start, start))
                    or (m.start, m.end, m.label) == (start, end, "PERSON") for m in over):
                continue
            dropped.update(id(m) for m in over)
            found.append(recalled(text, start, end))
            found[-1].label = "PERSON"
    return [m for m in mentions if id(m) not in dropped] + found


def _too_far(text: str, start: int, name_start: int) -> bool:
    """Whether a mention starting at ``start`` holds more before the name than a title."""
    before = text[start:name_start]
    return "\n" in before or len(before.split()) > _TITLE_WORDS
