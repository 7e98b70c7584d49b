"""States of mind said with an adjective: ``officials are convinced that the plan will
fail``, ``Sanders was eager to debate``, ``Lee is opposed to the pipeline``, and the speech
of ``made (it) clear that``; a role said with a noun: ``Cruz is a vocal critic of the deal``.

The cue is an adjective (or participle) after ``be`` (``acomp``), or a noun of a stance
role (``attr``: ``supporter of``, ``critic of``), from the lexicon's state tables; what
is attributed hangs off it: a clause, an infinitive, or the object of its preposition
(``worried about the economy``, ``critical of the deal``).  The holder is the subject of
``be``.  :mod:`~newswire.nlp.quotes.stances.attitudes` calls :func:`state_reading` for
each adjective and applies its guards (quoted, reported, supposed, denied, ``I``/``we``) to
the verb the adjective hangs on.
"""

from __future__ import annotations

from spacy.tokens import Token

from newswire.models import CueKind
from newswire.nlp.quotes.base.parse_labels import PREPOSITION_OBJECT_DEPS
from newswire.nlp.quotes.lexicon import Lexicon
from newswire.nlp.quotes.stances.hedges import complement

__all__ = ["StateReading", "preposition_object", "state_reading"]

#: (cue kind, the head of what is attributed, end of the cue, the verb holding the subject).
StateReading = tuple[CueKind, Token, int, Token]

_COPULAS = frozenset(("be", "remain", "become", "grow"))
_INFINITIVE = "to"
_COMPARING = frozenset(("more", "less", "as", "most", "least"))
_CLEAR_DEPS = frozenset(("oprd", "ccomp", "acomp"))
# "is worried about" (an adjective), "is a supporter of" (a noun of the holder's role).
_STATE_DEPS = frozenset(("acomp", "attr"))
# "made it clear that she opposes": the parse hangs the that-clause on "clear" as any of these.
_CLEAR_CLAUSE_DEPS = ("ccomp", "advcl", "xcomp")


def state_reading(adjective: Token, lex: Lexicon) -> StateReading | None:
    """What an adjective of the state tables attributes, or ``made clear that``'s clause."""
    word = adjective.lower_
    declaring = lex.declaring_phrases.get(word, frozenset())
    if adjective.dep_ in _CLEAR_DEPS and adjective.head.lemma_.lower() in declaring:
        return _declared(adjective)
    copula = adjective.head
    if adjective.dep_ not in _STATE_DEPS or copula.lemma_.lower() not in _COPULAS or _compares(
            adjective):
        return None
    tables: tuple[tuple[CueKind, dict[str, frozenset[str]]], ...] = (
        ("belief", lex.belief_adjectives), ("stance", lex.stance_adjectives))
    for kind, table in tables:
        if word not in table:
            continue
        clause = _clause(adjective, table[word]) if kind == "belief" else None
        content = clause or preposition_object(adjective, table[word])
        if content is not None:
            cue_end = adjective.i + 1 if clause is not None else content.head.i + 1
            return kind, content, cue_end, copula
    return None


def _compares(adjective: Token) -> bool:
    """``more optimistic about the economy than``: a comparison of two states.  (``voters
    who are worried about``, a relative clause, is kept: PolNeAR marks it, as for the stance
    verbs.)"""
    return adjective.tag_ in ("JJR", "JJS") or any(
        c.dep_ == "advmod" and c.lower_ in _COMPARING for c in adjective.children)


def _clause(adjective: Token, allowed: frozenset[str]) -> Token | None:
    """The that-clause of a belief adjective, or its infinitive when ``to`` is allowed."""
    clause = complement(adjective, ("ccomp",))
    if clause is None and _INFINITIVE in allowed:
        clause = complement(adjective, ("xcomp",))
    return clause


def _declared(clear: Token) -> StateReading | None:
    """``made clear that X``, ``made it clear that X``: the clause, on ``made`` or ``clear``."""
    verb = clear.head
    content = complement(verb, ("ccomp",), after=clear.i) or complement(clear, _CLEAR_CLAUSE_DEPS)
    return ("speech", content, clear.i + 1, verb) if content is not None else None




def preposition_object(adjective: Token, prepositions: frozenset[str]) -> Token | None:
    """``about the economy`` in ``worried about the economy``: the object of the adjective's
    (or a noun's) preposition when it is one of ``prepositions``."""
    prep = next((c for c in adjective.children if c.dep_ == "prep"
                 and c.lower_ in prepositions), None)
    if prep is None:
        return None
    return next((c for c in prep.children if c.dep_ in PREPOSITION_OBJECT_DEPS), None)
