"""Attitudes named by a noun whose possessive is the holder: ``Trump's decision to run``,
``her plan to cut taxes``, ``the union's call for a strike``, ``Labour's opposition to the
bill``, ``Trump's attacks on Clinton``; or whose ``among``/``from``/``by`` names it:
``criticism of the deal from unions``; and speech named by a noun of saying: ``Trump's
claim that Mexico will pay``, ``her promise to cut taxes``, ``the allegation by Lee that``.

The cue is a noun of the lexicon's attitude noun tables (nouns of the attitude verbs: decide,
plan, hope, fear; support, oppose, call for, refuse; and of verbs of saying: claim, insist,
promise, allege; PolNeAR train 1-400 marks 21 of 24 new ones); what is attributed is its
infinitive or that-clause (``decision to run``, ``fear that prices will rise``) or the object of its
listed preposition (``support for the strike``: not ``support of``, which as often names the
supporters).  Without a possessive nor such a preposition the noun names nobody's attitude
(``the decision was made``) and is left out.  :mod:`~newswire.nlp.quotes.stances.attitudes` calls
:func:`noun_reading` for each noun and applies its guards (quoted, reported, held by
``my``/``our``/``your``).
"""

from __future__ import annotations

from spacy.tokens import Token

from newswire.models import CueKind
from newswire.nlp.quotes.base.parse_labels import CONTENT_CLAUSE_DEPS, NOUN_TAGS
from newswire.nlp.quotes.lexicon import Lexicon
from newswire.nlp.quotes.speech.cues import subject_of
from newswire.nlp.quotes.stances.states import preposition_object

__all__ = ["NounReading", "noun_reading"]

#: (cue kind, the head of what is attributed, the possessive holding it).
NounReading = tuple[CueKind, Token, Token]

# What opens the clause of "decision to run", "fear that prices will rise" (CONTENT_CLAUSE_DEPS).
_OPENERS = frozenset((("aux", "to"), ("mark", "that")))
_HOLDER_PREPOSITIONS = frozenset(("among", "from", "by"))


def noun_reading(noun: Token, lex: Lexicon) -> NounReading | None:
    """What a noun of the attitude noun tables attributes, and its possessive holder."""
    lemma = noun.lemma_.lower()
    tables: tuple[tuple[CueKind, dict[str, frozenset[str]]], ...] = (
        ("stance", lex.stance_nouns), ("belief", lex.belief_nouns),
        ("speech", lex.speech_nouns))
    for kind, table in tables:
        if lemma not in table:
            continue
        holder = _holder(noun) or _verb_holder(noun, lex)
        if holder is None:
            return None
        content = preposition_object(noun, table[lemma]) or _clause(noun)
        return (kind, content, holder) if content is not None else None
    return None


def _holder(noun: Token) -> Token | None:
    """The possessive (``Trump's attacks on``), else the object of ``among``/``from``/``by``
    (``criticism of the deal from unions``, ``support for the bill among Republicans``)."""
    holder = next((c for c in noun.children if c.dep_ == "poss"), None)
    for prep in () if holder is not None else noun.children:
        if prep.dep_ == "prep" and prep.lower_ in _HOLDER_PREPOSITIONS:
            holder = next((c for c in prep.children if c.dep_ == "pobj"
                           and c.pos_ in NOUN_TAGS), None)
            if holder is not None:
                break
    return holder


def _verb_holder(noun: Token, lex: Lexicon) -> Token | None:
    """The subject of the verb that holds the noun as object: ``Republicans have doubts
    about the deal``, ``Trump took a swipe at Bush``."""
    verb = noun.head
    if noun.dep_ != "dobj" or verb.lemma_.lower() not in lex.holding_verbs:
        return None
    return subject_of(verb, lex)


def _clause(noun: Token) -> Token | None:
    """The infinitive or that-clause after the noun (a relative clause opens otherwise)."""
    return next((c for c in noun.children if c.dep_ in CONTENT_CLAUSE_DEPS and c.i > noun.i
                 and any((g.dep_, g.lower_) in _OPENERS for g in c.children)), None)
