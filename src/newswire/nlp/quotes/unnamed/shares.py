"""Shares of those polled as speakers: ``47 percent said``, ``Nearly half said``, ``Six in 10
say``, ``One in four voters ... said``.

A poll's share is no number a speaker can never be (``1:50 p.m. said``): it is some of the
people polled, the subject of their answers.  A share of people named after it (``62 percent
of voters``, ``One in four voters``) speaks as those people, as a count of people does
(``hundreds of farmers said``: README, *Quotes*); a share alone speaks by its own words, as
a quantifier alone does (``Some said``).  Without this the subject was turned away and the
noun after the verb taken instead: ``52 percent said Mr. Trump would be better`` gave Trump.
Pure: spaCy tokens only.
"""

from __future__ import annotations

from spacy.tokens import Token

from newswire.nlp.quotes.base.parse_labels import ENGLISH_SUBJECT_DEPS
from newswire.nlp.quotes.lexicon_en import ENGLISH
from newswire.nlp.quotes.resolution.named import Speaker
from newswire.nlp.quotes.speech.saying import is_speech_verb
from newswire.nlp.quotes.unnamed.linked_nouns import english_of_object

__all__ = ["is_share", "share_range", "share_speaker", "shared_people"]

#: Nouns of a share (``percent``, ``half``, ``three-quarters``, ``a majority``).
_SHARE_NOUNS = frozenset(("percent", "%", "half", "third", "thirds", "quarter", "quarters",
                          "fifth", "fifths", "majority", "majorities", "plurality",
                          "minority"))
#: Fractions that are also ordinals: ``The third said`` is the third one (a witness), not
#: a third of those polled (``A third said``).
_ORDINAL_FRACTIONS = frozenset(("third", "fifth", "quarter"))
#: Words before a share that are part of it: ``47``, ``Nearly``, ``Three -``, ``a mere 9``,
#: ``A`` (``A third``, not ``third``).
_MODIFIER_DEPS = frozenset(("nummod", "advmod", "quantmod", "compound", "amod", "punct",
                            "det"))


def is_share(token: Token) -> bool:
    """Whether ``token`` heads a share as the subject of a verb of saying: ``percent`` in
    ``47 percent``, ``half``, ``Six`` in ``Six in 10`` (English).  Not of a verb of belief or
    stance: a share of nobody named gives a reader no holder of an attitude (``About
    three-quarters support the ban``; :mod:`.attitudes` reads a share of people itself)."""
    if token.dep_ not in ENGLISH_SUBJECT_DEPS:
        return False
    if token.lower_ in _ORDINAL_FRACTIONS and any(c.dep_ == "det" and c.lower_ == "the"
                                                  for c in token.children):
        return False
    shaped = (token.lower_ in _SHARE_NOUNS and not _hyphened_to_a_word(token)) \
        or _in_every(token) is not None or (
            token.like_num and any(c.dep_ == "quantmod" and c.lower_ == "in"
                                   for c in token.children))  # "Six in 10": "10" heads it
    return shaped and is_speech_verb(token.head, ENGLISH)


def _hyphened_to_a_word(token: Token) -> bool:
    """Whether a share noun closes a hyphened word that is no number (``the centre-half
    said`` is a player; ``three-quarters`` is a share)."""
    doc = token.doc
    return token.i >= 2 and doc[token.i - 1].text == "-" and not doc[token.i - 2].like_num


def _in_every(token: Token) -> Token | None:
    """The ``in`` of ``Six in 10`` or ``One in four voters``: a number out of another."""
    if not token.like_num:
        return None
    inside = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "in"), None)
    counted = None if inside is None else next(
        (c for c in inside.children if c.dep_ == "pobj"), None)
    if counted is None:
        return None
    number = counted.like_num or any(c.dep_ == "nummod" for c in counted.children)
    return inside if number else None


def shared_people(share: Token) -> Token | None:
    """The people a share is of: ``voters`` in ``62 percent of voters``; None for a share
    alone, one counted out of a number (``One in four voters``: those words say it), or no
    share."""
    if not is_share(share) or _in_every(share) is not None:
        return None
    people = english_of_object(share)
    return people if people is not None and people.pos_ in ("NOUN", "PROPN") else None


def share_speaker(share: Token) -> Speaker | None:
    """A share alone as a group, by its words (``47 percent``, ``Nearly half``, ``Six in
    10``, ``One in four voters``, without what follows the noun counted); None when
    ``share`` is none or is a share of named people."""
    words = share_range(share)
    return None if words is None else Speaker(share.doc[words[0]:words[1]].text, None, "group")


def share_range(share: Token) -> tuple[int, int] | None:
    """Token range of a share alone (:func:`share_speaker`'s words), so its mention is the
    phrase, never a bare number (``Six in 10``, not ``10``; ``One in four voters``, not
    ``One``); None when ``share`` is none or is a share of named people."""
    if not is_share(share) or shared_people(share) is not None:
        return None
    inside = _in_every(share)
    counted = None if inside is None else next(c for c in inside.children if c.dep_ == "pobj")
    last = counted.i if counted is not None else share.i
    first = min((t.left_edge.i for t in share.lefts if t.dep_ in _MODIFIER_DEPS),
                default=share.i)
    return first, last + 1
