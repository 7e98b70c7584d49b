"""Who a partial quote with no cue belongs to when its own clause's subject names nobody.

A partial quote often sits in a clause under the one that says who spoke: ``Rubio bemoaned
the climate in which people “literally hate each other”``, ``He implied that scout leaders
should be “drowned at the bottom of the sea”``, ``In an address that spoke to the
“frustration”, Mrs. Clinton struck ...``.  The subject of the verb the quote depends on
(``people``, ``scout leaders``, ``that``) is what the quote is about, not its speaker: the
speaker is the nearest subject above it that names someone (a name or ``he``/``she``).
"""

from __future__ import annotations

from spacy.tokens import Token

from newswire.nlp.quotes.cues import subject_of
from newswire.nlp.quotes.lexicon import Lexicon

__all__ = ["names_someone", "outer_speaker"]

_PERSONAL = frozenset(("he", "she"))
_CLIMB = 6  # heads climbed from the quote's verb to a clause whose subject names someone


def names_someone(subject: Token) -> bool:
    """A subject that names its speaker: a name or a personal pronoun."""
    return subject.pos_ == "PROPN" or subject.lower_ in _PERSONAL


def outer_speaker(verb: Token, lexicon: Lexicon) -> Token | None:
    """The nearest subject naming someone on a verb above ``verb`` in its sentence."""
    current = verb
    for _ in range(_CLIMB):
        if current.head == current:
            return None
        current = current.head
        if current.pos_ not in ("VERB", "AUX"):
            continue
        subject = subject_of(current, lexicon)
        if subject is not None and names_someone(subject):
            return subject
    return None
