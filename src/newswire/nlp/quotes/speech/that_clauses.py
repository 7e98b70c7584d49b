"""That-clauses of a verb of saying that the parse hangs somewhere else than on the verb.

A clause opened by the complementiser ``that`` is what a verb says, wherever the parser
put it:

- a second clause joined after the first (``Ackah said it had, and that 11 of the new
  positions would be civilians``, ``said he accepted ..., but that it could not explain``)
  or after an aside (``She added later, standing on the dock, that her party could hold
  ...``) is often made a conjunct of the verb itself, as if a second sentence;
- after ``said in a release``, ``that`` may be read as a relative pronoun, the object of
  the clause's verb (``a release that voters can cast a ballot at ...``), although that verb
  has an object already: the slot is filled twice, so ``that`` is the complementiser;
- after a listener (``told trustees that the board had no option``) it may be hung on the
  listener as a clause of that noun.
"""

from __future__ import annotations

from spacy.tokens import Token

from newswire.nlp.quotes.base.parse_labels import FILLED_SUBJECT_DEPS

__all__ = ["joined_that_clauses", "listener_clause", "opens_with_that"]

#: A relative ``that`` fills one of these slots of its clause's verb.
_RELATIVE_SLOTS = frozenset(("nsubj", "dobj"))
_NOUN_CLAUSE_DEPS = frozenset(("relcl", "acl"))


def opens_with_that(clause: Token) -> bool:
    """A clause of its own (a subject) opened by the complementiser ``that`` (or by a
    ``that`` read as the relative pronoun of a slot the clause fills otherwise)."""
    first = clause.left_edge
    if first.lower_ != "that" or first.head.i != clause.i:
        return False
    if not any(c.dep_ in FILLED_SUBJECT_DEPS and c.i != first.i for c in clause.children):
        return False
    return first.dep_ == "mark" or (first.dep_ in _RELATIVE_SLOTS and any(
        c.dep_ == first.dep_ and c.i != first.i for c in clause.children))


def _has_that_mark(clause: Token) -> Token | None:
    """The ``that`` complementiser of ``clause`` when it has a subject of its own."""
    mark = next((c for c in clause.children if c.dep_ == "mark" and c.lower_ == "that"), None)
    if mark is None or not any(c.dep_ in FILLED_SUBJECT_DEPS for c in clause.children):
        return None
    return mark


def joined_that_clauses(verb: Token) -> list[list[Token]]:
    """The words of each that-clause the parse made a conjunct of ``verb`` (after it), from
    its ``that`` on."""
    joined = []
    for conj in verb.rights:
        if conj.dep_ != "conj":
            continue
        mark = _has_that_mark(conj)
        if mark is not None:
            joined.append([t for t in conj.subtree if t.i >= mark.i])
    return joined


def listener_clause(obj: Token) -> Token | None:
    """``told trustees that the board had no option``: the that-clause hung on the listener
    right after it."""
    clause = next((c for c in obj.rights if c.dep_ in _NOUN_CLAUSE_DEPS), None)
    if clause is None or clause.left_edge.i != obj.i + 1:
        return None
    return clause if opens_with_that(clause) else None
