"""A second predicate of the said clause that the parse hung on the verb of saying: ``The
health board said it was "aware of the disruption" and was contacting patients``.

Statements of organisations go on after their said clause with a second predicate of its
subject, in the said clause's own reported tense (``and was contacting``, ``and would
respond``, ``and had hired``). The small English model often joins that predicate to
``said`` instead, as if it were the speaker's own second act, and the words are lost to
both the clause and its partial quote. A speaker's own act after ``said`` is told in the
narrative's tense, with no auxiliary (``said ... and urged council to reject it``) or in
the passive (``said he was fine and was taken to hospital``); a joined predicate opening on
an auxiliary of reported speech (``would``, ``had``, ``was`` + ``-ing`` or a complement)
with no subject of its own is the said clause's.

English: the words (``and``, the auxiliaries) and the labels (``nsubjpass``, ``auxpass``) are
the English model's. :func:`.said.said_words` asks for both languages;
a French clause goes on with ``et``, never ``and``, so it is left as parsed.
"""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["with_said_predicates"]

#: Auxiliaries that open a predicate in the said clause's reported tense.
_REPORTED_AUXILIARIES = frozenset((
    "would", "could", "might", "should", "had", "has", "have", "was", "were", "is", "are",
    "will"))
#: What a joined predicate of its own must not hold: a subject, its own ``that``.
_OWN_CLAUSE_DEPS = frozenset(("nsubj", "nsubjpass", "expl", "csubj", "mark"))


def with_said_predicates(verb: Token, words: list[Token]) -> list[Token]:
    """``words`` (what ``verb`` says, in text order) and the second predicates of the said
    clause the parse joined to ``verb`` right after them."""
    if not words:
        return words
    end = words[-1].i
    added = [t for c in verb.rights if c.dep_ == "conj" and c.i > end
             and _said_predicate(c, end) for t in c.subtree]
    return sorted([*words, *added], key=lambda t: t.i) if added else words


def _said_predicate(conj: Token, end: int) -> bool:
    """Whether ``conj`` is ``and`` + a predicate in reported tense right after the said
    words ending at ``end`` (a closing quotation mark may stand between)."""
    doc = conj.doc
    first = conj.left_edge
    # read lazily: in a sentence of many joined clauses, "between" may be most of it
    between = (t.lower_ for t in doc[end + 1:first.i] if not t.is_quote)
    if next(between, None) != "and" or next(between, None) is not None:
        return False
    if any(c.dep_ in _OWN_CLAUSE_DEPS for c in conj.children):
        return False
    if first.lower_ not in _REPORTED_AUXILIARIES:
        return False
    # "and was taken to hospital": a passive is the narrative's, not the statement's.
    return not any(c.dep_ == "auxpass" for c in conj.children)
