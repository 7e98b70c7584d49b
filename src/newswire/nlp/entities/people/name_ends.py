"""Where a person's name ends: not over a weekday after it.

Newswire copy puts the day right after the speaker's name (``Senator Peter Walsh Tuesday
said``). The small model, or the title rule that makes a name of a first name and one or two
capitalised words after a title (:mod:`.titled`), then runs the name over it: ``Peter Walsh
Tuesday``. A weekday is never the last word of a person's name; the name ends before it
(:func:`names_before_days`). A two-word name is left whole. A place after a name is not cut
(round twenty-nine cut a known country or city too: ``Billy Ray Austin`` became ``Billy
Ray`` and ``Mary Ann Jordan`` ``Mary Ann``, with no gain on the tuning sets): a surname is
often a place's name.
"""

from __future__ import annotations

from newswire.nlp.entities.spans.mentions import Mention
from newswire.nlp.entities.words.names import is_date

__all__ = ["names_before_days", "not_a_name_end"]

#: A name keeps at least this many words when its last is cut off.
_KEPT_WORDS = 2


def names_before_days(mentions: list[Mention]) -> list[Mention]:
    """The mentions, each person's mention of three or more words ending on a weekday cut to
    the name before it (``Peter Walsh [Tuesday]``)."""
    for mention in mentions:
        if mention.label != "PERSON" or mention.caps:
            continue
        parts = mention.text.split(" ")
        if len(parts) > _KEPT_WORDS and not_a_name_end(parts[-1]):
            cut = len(mention.text) - len(parts[-1]) - 1
            mention.end, mention.text = mention.start + cut, mention.text[:cut]
    return mentions


def not_a_name_end(word: str) -> bool:
    """Whether ``word`` is a weekday, which English writes after a name (the day of a
    statement), never as the last word of a three-word name."""
    return is_date(word)
