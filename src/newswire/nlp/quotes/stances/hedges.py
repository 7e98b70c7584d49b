"""Hedges: the writer's ``the closures appear to have brought some stability``, ``is
expected to draw``, ``Minnesota and Colorado are seen as opportunities for Sanders``: a
clause said to seem, be expected or be regarded so, with no source; and the building blocks
:mod:`~newswire.nlp.quotes.stances.attitudes` shares with them (a verb's complement, an attitude's
characters and its :class:`~newswire.nlp.quotes.base.textmap.Attribution`).

A hedge is a verb of seeming (``appear``, ``seem``), or the passive of a verb of wishing
(``is expected to``) or regarding (``is seen as``, ``is considered``, ``was deemed``: PolNeAR
train 1-400 less CDS and EF marks 17 of 25 new ones); what is attributed is its whole clause,
subject included (``it appears that ...``: the that-clause only).
"""

from __future__ import annotations

from spacy.tokens import Token

from newswire.models import CueKind
from newswire.nlp.quotes.base.parse_labels import (
    ENGLISH_SUBJECT_DEPS,
    FILLED_SUBJECT_DEPS,
    VERB_TAGS,
)
from newswire.nlp.quotes.base.textmap import Attribution, CharRange, TextMap
from newswire.nlp.quotes.speech.said import content_chars

__all__ = ["MIN_CLAUSE_WORDS", "attitude_at", "attitude_chars", "complement", "hedge",
           "hedged_clause", "passive"]

_HEDGE_COMPLEMENTS = ("xcomp", "acomp", "oprd")
_HEDGE_PARTS = FILLED_SUBJECT_DEPS | {"aux", "auxpass", "neg"}
_REGARDED_AS = "as"  # "are seen as opportunities"
#: An attributed clause has a few words; a stance's object may be one name ("backed Sanders").
MIN_CLAUSE_WORDS = 3
_CONTENT_POS = frozenset(("NOUN", "PROPN", "VERB", "ADJ", "NUM"))
_NOT_CLAUSE = frozenset(("punct", "cc", "mark"))


def complement(verb: Token, deps: tuple[str, ...], after: int | None = None) -> Token | None:
    """The first child of ``verb`` after ``after`` (default: after the verb) with one of
    ``deps``, in the order of ``deps``."""
    start = verb.i if after is None else after
    for dep in deps:
        child = next((c for c in verb.children if c.dep_ == dep and c.i > start), None)
        if child is not None:
            return child
    return None


def hedge(tmap: TextMap, verb: Token) -> Attribution | None:
    """``the closures appear to have brought``, ``is expected to draw``, ``are seen as
    opportunities``: the whole clause, no source."""
    # "it appears that ...", not "it appeared to undercut" (there "it" is what appears so)
    expletive = any(c.dep_ == "expl" or (c.dep_ == "nsubj" and c.lower_ == "it")
                    for c in verb.children) and complement(verb, ("xcomp",)) is None
    content = complement(verb, ("ccomp",) if expletive else _HEDGE_COMPLEMENTS) or next(
        (c for c in verb.rights if c.dep_ == "prep" and c.lower_ == _REGARDED_AS), None)
    if content is None:
        return None
    if expletive:  # "it appears that ...": the clause only
        tokens = list(content.subtree)
    else:
        parts = [c for c in verb.children if c.dep_ in _HEDGE_PARTS]
        if not any(c.dep_.startswith("nsubj") for c in parts):
            parts = _shared_subject(verb)
        if not parts:
            return None
        tokens = [verb, *content.subtree, *(t for c in parts for t in c.subtree)]
        tokens = list(verb.doc[min(t.i for t in tokens):max(t.i for t in tokens) + 1])
    chars = attitude_chars(tmap, verb, tokens, MIN_CLAUSE_WORDS)
    if chars is None:
        return None
    return attitude_at(tmap, (verb.i, verb.i + 1), chars, None, "belief")


def hedged_clause(tmap: TextMap, adverb: Token) -> Attribution | None:
    """``The Club is reportedly spending $1.5 million``: the clause the adverb modifies,
    subject included, someone's report with no source named (PolNeAR train marks 12 of 22
    ``reportedly``, 4 of 8 ``allegedly``)."""
    verb = adverb.head
    if adverb.dep_ != "advmod" or verb.pos_ not in VERB_TAGS:
        return None
    tokens = sorted([verb, *(t for c in verb.children if c.dep_ not in _NOT_CLAUSE
                             for t in c.subtree)])
    chars = attitude_chars(tmap, verb, tokens, MIN_CLAUSE_WORDS)
    return attitude_at(tmap, (adverb.i, adverb.i + 1), chars, None, "belief") if chars else None


def _shared_subject(verb: Token) -> list[Token]:
    """``Trump held a lead and appeared poised to win``: a coordinated verb's subject is its
    head's (the hedge then spans the coordination, as PolNeAR marks it)."""
    if verb.dep_ != "conj":
        return []
    return [c for c in verb.head.children if c.dep_ in ENGLISH_SUBJECT_DEPS][:1]


def attitude_at(tmap: TextMap, cue: tuple[int, int], chars: CharRange,
                source: Token | None, kind: CueKind) -> Attribution:
    """The attribution of an attitude with these cue tokens, characters, holder and kind."""
    return Attribution(
        start=chars[0], end=chars[1], kind="indirect",
        paragraph=tmap.paragraph_index(chars[0]), cue=cue, speaker=source,
        sentence=tmap.sentence_chars(min(chars[0], tmap.doc[cue[0]].idx), chars[1]),
        cue_kind=kind)


def attitude_chars(tmap: TextMap, verb: Token, tokens: list[Token], least: int, *,
           asides: bool = False) -> CharRange | None:
    """The characters of ``tokens`` (:func:`~newswire.nlp.quotes.speech.said.content_chars`);
    None also when they are all pronouns and function words."""
    if not any(t.pos_ in _CONTENT_POS for t in tokens):
        return None
    return content_chars(tmap, verb, tokens, least, asides=asides)


def passive(verb: Token) -> bool:
    """``is expected to``, ``is seen as``: the passive of a verb of wishing or regarding is
    the writer's hedge."""
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)
