"""People named after a title, which the small English model leaves out or misreads.

``Local MP Declan Ruthven, whose electorate covers both villages, posted`` gives the model
no entity at all; ``County Clerk Marguerite Ossining said`` gives it a town (``Ossining``).
A title (:func:`.titles.role_before`) or a courtesy title, then a known first name and a
capitalised surname, is a person's name whatever the model read there
(:func:`titled_people`). Names with a double-barrelled surname are
:mod:`.doublebarrelled`'s.
"""

from __future__ import annotations

import re

from newswire.nlp.entities.doublebarrelled import HONORIFIC_BEFORE, replace_titled
from newswire.nlp.entities.firstnames import first_name_gender, is_first_name
from newswire.nlp.entities.mentions import Mention, Text
from newswire.nlp.entities.namewords import not_a_person
from newswire.nlp.entities.recase import casing
from newswire.nlp.entities.titles import role_before

__all__ = ["name_spans", "titled_people"]

#: A first name, then one or two capitalised words (not letters: "Alison Croft KC"), no
#: capitalised word after them.
_NAME = re.compile(r"(?<![\w'’.-])([A-Z][^\W\d_]+)((?:[ \t]+[A-Z][^\W\d_'’]*[a-zà-ÿ][^\W\d_'’]*)"
                   r"{1,2})(?![\w'’-]|[ \t]+[A-Z][^\W\d_]*[a-zà-ÿ])")
_CAPITAL = re.compile(r"(?<![\w'’.-])[A-Z]")


def titled_people(texts: list[Text], mentions: list[Mention]) -> list[Mention]:
    """The mentions, with a known first name and a surname right after a title made one
    person's mention, replacing the model's pieces of it (:func:`.replace_titled`)."""
    return replace_titled(texts, mentions, name_spans)


def name_spans(text: str) -> list[tuple[int, int]]:
    """Where ``text`` names a person by a first name and a surname right after a title."""
    spans = []
    # Every capitalised word may open a name: "MP Declan Ruthven" is tried at "Declan" too.
    for word in _CAPITAL.finditer(text):
        match = _NAME.match(text, word.start())
        if match is None:
            continue
        first, rest = match.group(1), match.group(2).split()
        if not (is_first_name(first) or (first_name_gender(first) is not None
                                         and first.casefold() not in casing().lower)) \
                or not_a_person([first, *rest]) \
                or (len(rest) == 2 and rest[-1].casefold() in casing().lower):
            continue  # "President Donald Trump Tower": a place named for him
        if role_before(text, match.start()) or HONORIFIC_BEFORE.search(text, 0, match.start()):
            spans.append((match.start(), match.end()))
    return spans
