"""The noun a relative clause set off after a time stands for: ``released a report on Monday,
which found ...``, ``an assessment commissioned by the band in 2023, which found ...``.

The parse hangs ``, which ...`` on the nearest noun, and a report's or a study's date often
comes last in its phrase; a date or a year finds nothing and says nothing, so the relative
pronoun stands for the thing the dated phrase belongs to: the noun it modifies, the noun a
participle (``commissioned``) describes, or the object of the verb it dates (``released``).
"""

from __future__ import annotations

from spacy.tokens import Token

from newswire.nlp.quotes.base.parse_labels import NOUN_TAGS, TIME_LABELS

__all__ = ["past_time"]



def past_time(noun: Token) -> Token:
    """The noun a date (``Monday``, ``2023``) in a prepositional phrase dates, else ``noun``."""
    if not (noun.ent_type_ in TIME_LABELS or noun.pos_ == "NUM") or noun.dep_ != "pobj":
        return noun
    prep = noun.head
    holder = prep.head
    if prep.dep_ != "prep" or holder == prep:
        return noun
    if holder.pos_ in NOUN_TAGS:
        return holder
    if holder.dep_ == "acl" and holder.head.pos_ in NOUN_TAGS:  # "an assessment commissioned in"
        return holder.head
    dated = [c for c in holder.children
             if c.dep_ == "dobj" and c.i < prep.i and c.pos_ in NOUN_TAGS]
    return dated[-1] if dated else noun
