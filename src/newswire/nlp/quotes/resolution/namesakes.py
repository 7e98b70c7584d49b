"""Telling apart namesakes in one article, for :class:`~.names.PersonNames`.

A relative who speaks (``Her mother, Joanne Parfitt, told the inquest``) is a fresh source,
not a name in passing; ``the elder Quintal`` and ``the younger Quintal`` name the older or
the younger of two people with that surname; ``Mr. Bennett`` or ``Ms. Roth`` anywhere in the
article tells that surname's gender.  Imports spaCy and the quote base only.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.attrs import LOWER
from spacy.tokens import Doc, Span

from newswire.nlp.quotes.base.gender import Gender, gender_of
from newswire.nlp.quotes.base.mention_spans import word_at
from newswire.nlp.quotes.base.parse_labels import ENGLISH_SUBJECT_DEPS
from newswire.nlp.quotes.base.word_arrays import word_indices
from newswire.nlp.quotes.lexicon import Lexicon
from newswire.nlp.quotes.speech.saying import is_speech_verb

__all__ = ["age_before", "honorific_genders", "relative_speaking"]


def relative_speaking(name: Span, lexicon: Lexicon) -> bool:
    """Whether the kin noun the name is set off after is the subject of a verb of saying
    (``Her mother, Joanne Parfitt, told the inquest``): the story turns to that relative as
    a source, whose full name is then a fresh one for a lone surname after it (``Mrs Parfitt
    said``), not a name in passing (``his father, Pierre Trudeau,`` or ``His father, Pierre
    Trudeau, brought in the Charter``)."""
    root = name.root
    kin = root.head if root.dep_ == "appos" else root
    return kin.dep_ in ENGLISH_SUBJECT_DEPS and is_speech_verb(kin.head, lexicon)


def age_before(doc: Doc, char: int) -> str | None:
    """``elder`` or ``younger`` when the word before the name at ``char`` compares ages
    (``the elder Quintal``, ``the older Quintal``, ``the younger Quintal``)."""
    name = word_at(doc, char)
    if name is None or name.i == 0:
        return None
    word = doc[name.i - 1].lower_
    return "elder" if word in ("elder", "older") else "younger" if word == "younger" else None


def honorific_genders(docs: Sequence[Doc], lexicon: Lexicon) -> dict[str, Gender]:
    """Surname -> gender, from ``Mr. Bennett`` or ``Ms. Roth`` anywhere in the article."""
    seen: dict[str, set[Gender]] = {}
    honorifics = lexicon.honorifics
    for doc in docs:
        # Asked once a doc: each distinct form tested, no groups of every word kept.
        for i in word_indices(doc, LOWER, lambda word: word.rstrip(".") in honorifics):
            if i == len(doc) - 1:
                break  # the last word: no name after it
            token = doc[i]
            gender = gender_of([token.text], lexicon)
            name = doc[token.i + 1]
            if gender is not None and name.pos_ == "PROPN":
                last = name
                while last.i + 1 < len(doc) and doc[last.i + 1].pos_ == "PROPN":
                    last = doc[last.i + 1]
                seen.setdefault(last.lower_, set()).add(gender)
    return {surname: genders.pop() for surname, genders in seen.items() if len(genders) == 1}
