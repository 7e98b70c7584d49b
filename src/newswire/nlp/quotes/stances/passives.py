"""Passives that name their source in a ``by`` phrase: ``The meeting was first reported by
Politico``, ``a bill that was opposed by Republicans``.

What the ``by`` phrase said or backed is the passive subject (or, for a relative clause on a
noun, that noun without the clause); PolNeAR train marks 32 of 44 such passives of stance
verbs and of verbs that report a thing said where nothing was predicted (recall22).  A passive of a
verb whose object is the one spoken to (``was told by``, ``was asked by``) is no such source,
nor is a bare participle on a noun (``the candidate backed by``: a description,
:func:`~newswire.nlp.quotes.stances.held.not_held`).
"""

from __future__ import annotations

from spacy.tokens import Token

from newswire.models import CueKind
from newswire.nlp.quotes.base.parse_labels import PASSIVE_SUBJECT_DEPS
from newswire.nlp.quotes.base.textmap import Attribution, TextMap
from newswire.nlp.quotes.lexicon import Lexicon
from newswire.nlp.quotes.stances.hedges import attitude_at, attitude_chars
from newswire.nlp.quotes.stances.held import generic_or_quoted

__all__ = ["passive_by"]



def passive_by(tmap: TextMap, verb: Token, lemma: str) -> Attribution | None:
    """``was endorsed by the mayor``: the subject (what was backed or said), held by the
    ``by`` phrase's object; None when the verb is no such passive."""
    lex = tmap.lexicon
    kind = _kind(lemma, lex)
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    source = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent else None
    if kind is None or source is None or generic_or_quoted(tmap, source):
        return None
    tokens = _what_was_backed(verb, lex)
    chars = attitude_chars(tmap, verb, tokens, 1) if tokens else None
    return attitude_at(tmap, (verb.i, verb.i + 1), chars, source, kind) if chars else None


def _kind(lemma: str, lex: Lexicon) -> CueKind | None:
    if lemma in lex.stance_verbs and lemma not in lex.refusal_verbs:
        return "stance"
    return "speech" if lemma in lex.reporting_passives else None


def _what_was_backed(verb: Token, lex: Lexicon) -> list[Token]:
    """The passive subject's words; for ``a plan that was endorsed by``, the noun's words
    before the relative clause."""
    subject = next((c for c in verb.children if c.dep_ in PASSIVE_SUBJECT_DEPS), None)
    if subject is None:
        return []
    if subject.lower_ not in lex.relative_pronouns:
        return list(subject.subtree)
    if verb.dep_ != "relcl":
        return []
    return [t for t in verb.head.subtree if t.i < verb.left_edge.i]
