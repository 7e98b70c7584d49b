"""Speech named by a noun: ``made comments about the fraud``, ``issued a statement that the
plant would close``, ``made no mention of Jeb Bush``, ``offered her firmest promise yet that``.

The cue is a verb of making or giving public (``make``, ``issue``, ``release``) whose object
is a noun of saying (the lexicon's utterance and uttered nouns: ``mention``, ``promise``); what was
said is the object of its ``about``, ``on`` or ``of`` phrase, or its that-clause.  The
speaker is the verb's subject, found like any cue's.
"""

from __future__ import annotations

from spacy.tokens import Token

from newswire.nlp.quotes.base.parse_labels import (
    CONTENT_CLAUSE_DEPS,
    PREPOSITION_OBJECT_DEPS,
    TIME_LABELS,
)
from newswire.nlp.quotes.lexicon import Lexicon
from newswire.nlp.quotes.resolution.speaker_heads import adjacent_speaker
from newswire.nlp.quotes.speech.cues import Cue, subject_of

__all__ = ["utterance"]

_TOPIC_PREPOSITIONS = frozenset(("about", "on", "of"))


def utterance(verb: Token, lexicon: Lexicon) -> tuple[Cue, list[Token]] | None:
    """The cue and the said words of ``made comments about X`` at ``verb``, if it is one."""
    if verb.lemma_.lower() not in lexicon.uttering_verbs:
        return None
    noun = next((c for c in verb.children if c.dep_ == "dobj" and _says(c, lexicon)), None)
    if noun is None:
        return None
    # "offered her thoughts on the deal": the parse may hang the noun's "on" on the verb.
    said = _what_is_said(noun) or _what_is_said(verb, after=noun.i)
    if said is None:
        return None
    speaker = subject_of(verb, lexicon) or adjacent_speaker(verb)
    return Cue(verb.i, noun.i + 1, speaker), said


def _says(noun: Token, lexicon: Lexicon) -> bool:
    return any(word in table for word in (noun.lemma_.lower(), noun.lower_)
               for table in (lexicon.utterance_nouns, lexicon.uttered_nouns))


def _what_is_said(noun: Token, after: int = -1) -> list[Token] | None:
    """The object of the noun's ``about``/``on``/``of`` phrase, or its that-clause (of a
    word's children after ``after``)."""
    for child in (c for c in noun.rights if c.i > after):
        if child.dep_ == "prep" and child.lower_ in _TOPIC_PREPOSITIONS:
            obj = next((c for c in child.children if c.dep_ in PREPOSITION_OBJECT_DEPS), None)
            if obj is not None and obj.ent_type_ in TIME_LABELS:
                continue  # "made a speech on Friday": when, not what
            return list(obj.subtree) if obj is not None else None
        if child.dep_ in CONTENT_CLAUSE_DEPS and child.left_edge.lower_ == "that" and (
                child.left_edge.dep_ == "mark"):
            return list(child.subtree)
    return None
