"""Where a person's name ends: not over a weekday or a country or city after it.

Newswire copy puts the day and the place right after the speaker's name (``Senator Peter
Walsh Tuesday said``, ``said Interior Minister Ahmed Khan Islamabad police chief``). The
small model, or the title rule that makes a name of a first name and one or two
capitalised words after a title (:mod:`.titled`), then runs the name over them:
``Peter Walsh Tuesday``, ``Ahmed Khan Islamabad``. A weekday is never the last word of a
person's name, and a place the table knows as a country or city seldom is after two name
words; the name ends before it (:func:`names_before_days_and_places`). A two-word name is
left whole (``George Washington``, ``Michael Jordan``: a surname may be a place's name), and
so is a name whose word before the place is a middle initial (``Lloyd J. Austin``, ``Michael
B. Jordan``): an initial is never a name's last word, the surname follows it.
"""

from __future__ import annotations

import re

from newswire.nlp.entities.aliases import table
from newswire.nlp.entities.mentions import Mention
from newswire.nlp.entities.names import is_date

__all__ = ["names_before_days_and_places", "not_a_name_end"]

#: A name keeps at least this many words when its last is cut off.
_KEPT_WORDS = 2
#: A middle initial ("J.", "B"): the surname comes after it.
_INITIAL = re.compile(r"[A-Z]\.?")


def names_before_days_and_places(mentions: list[Mention]) -> list[Mention]:
    """The mentions, each person's mention of three or more words ending on a weekday or a
    known country or city cut to the name before it (``Peter Walsh [Tuesday]``)."""
    for mention in mentions:
        if mention.label != "PERSON" or mention.caps:
            continue
        parts = mention.text.split(" ")
        if len(parts) > _KEPT_WORDS and not_a_name_end(parts[-1]) \
                and not _INITIAL.fullmatch(parts[-2]):
            cut = len(mention.text) - len(parts[-1]) - 1
            mention.end, mention.text = mention.start + cut, mention.text[:cut]
    return mentions


def not_a_name_end(word: str) -> bool:
    """Whether ``word`` is a weekday or a place the table knows as a country or city, which
    English writes after a name (the day of a statement, the speaker's town), never as the
    last word of a three-word name."""
    if is_date(word):
        return True
    known = table().lookup(word)
    return known is not None and known.type == "GPE" and known.name == word
