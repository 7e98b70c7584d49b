"""A second statement joined to a verb of saying: ``Amaral said the union was open to
meeting, but would not recommend any deal that ...``.

The parse joins ``would not recommend`` to ``said`` (a conjunct sharing its subject), not to
the said clause, so the said clause ends at the comma and the second statement is lost.  Its
tense tells it apart from the speaker's own second act (``said it was sorry and lowered its
forecast``): reported speech is shifted back, ``would``, ``could``, ``had`` or ``was`` +
``-ing``, as the said clause is; an act is told in the simple past.  A joined verb of saying
is its own cue, and a conjunct with a subject of its own (``, but processors declined``) may
be the writer's, so neither is read here.  English only.
"""

from __future__ import annotations

from spacy.tokens import Token

from newswire.nlp.quotes.cues import cue_at
from newswire.nlp.quotes.lexicon import (
    COMPLEMENT_CLAUSE_DEPS,
    FILLED_SUBJECT_DEPS,
    PASSIVE_SUBJECT_DEPS,
    VERB_TAGS,
    Lexicon,
)

__all__ = ["backshifted_statement"]

#: Auxiliaries of a statement shifted back into the past of its verb of saying.
_BACKSHIFTED = frozenset(("would", "could", "might", "should", "had", "was", "were"))
#: Words that join the second statement to the verb of saying.
_JOINING = frozenset(("and", "but"))


def backshifted_statement(verb: Token, lexicon: Lexicon) -> list[Token] | None:
    """The words of a backshifted conjunct of ``verb`` after its said clause; None when
    ``verb`` has no said clause or no such conjunct."""
    said = next((c for c in verb.children
                 if c.dep_ in COMPLEMENT_CLAUSE_DEPS and c.i > verb.i), None)
    if said is None:
        return None
    doc = verb.doc
    for joined in verb.children:
        if joined.dep_ != "conj" or joined.i <= said.right_edge.i:
            continue
        gap = doc[said.right_edge.i + 1:joined.left_edge.i]
        if any(t.lower_ in _JOINING for t in gap) and _statement(joined, lexicon):
            return list(joined.subtree)
    return None


def _statement(joined: Token, lexicon: Lexicon) -> bool:
    """A verb of no subject of its own, shifted back, that is no cue of its own."""
    if joined.pos_ not in VERB_TAGS or cue_at(joined, lexicon) is not None:
        return False
    children = list(joined.children)
    if any(c.dep_ in FILLED_SUBJECT_DEPS or c.dep_ in PASSIVE_SUBJECT_DEPS for c in children):
        return False
    if joined.pos_ == "AUX" and joined.lower_ in _BACKSHIFTED:
        return True  # "but was not aware of it": the copula is the verb
    return any(c.dep_ in ("aux", "auxpass") and c.i < joined.i and c.lower_ in _BACKSHIFTED
               for c in children)
