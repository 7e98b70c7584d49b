"""``told reporters the plan would cost more``: the subject of what was told, which the parse
hangs on the listener as an apposition.

With no ``that`` after a verb of telling, the parse often reads ``reporters the plan`` as one
noun phrase (``the plan`` an apposition of ``reporters``) and leaves the said clause without a
subject (``would cost more``).  An apposition of the verb's object that runs right up to a
said clause with no subject of its own, not set off by a comma (``told Smith, the mayor,
...`` is an apposition), is that clause's subject.
"""

from __future__ import annotations

from spacy.tokens import Token

from newswire.nlp.quotes.lexicon import FILLED_OR_CLAUSAL_SUBJECT_DEPS, NOMINAL_TAGS, OBJECT_DEPS

__all__ = ["told_subject"]

_OBJECT_DEPS = OBJECT_DEPS | {"dative"}


def told_subject(verb: Token, clause: Token) -> list[Token]:
    """The words of the said clause's lost subject (none when it has its own)."""
    if any(c.dep_ in FILLED_OR_CLAUSAL_SUBJECT_DEPS for c in clause.children):
        return []
    doc = verb.doc
    for obj in verb.children:
        if obj.dep_ not in _OBJECT_DEPS or not verb.i < obj.i < clause.i:
            continue
        appos = next((c for c in obj.children if c.dep_ == "appos"), None)
        if appos is None or appos.right_edge.i + 1 != clause.left_edge.i:
            continue
        first = appos.left_edge.i
        if doc[first - 1].is_punct or appos.pos_ not in NOMINAL_TAGS:
            return []  # "told Smith, the mayor, ...": a real apposition
        return list(doc[first:appos.right_edge.i + 1])
    return []
