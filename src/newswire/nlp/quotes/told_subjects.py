"""``told reporters the plan would cost more``: the subject of what was told, which the parse
hangs on the listener as an apposition.

With no ``that`` after a verb of telling, the parse often reads ``reporters the plan`` as one
noun phrase (``the plan`` an apposition of ``reporters``) and leaves the said clause without a
subject (``would cost more``).  An apposition of the verb's object that runs right up to a
said clause with no subject of its own, not set off by a comma (``told Smith, the mayor,
...`` is an apposition), is that clause's subject.  After a verb of saying that takes no
listener, a subject cut off from its clause by a relative aside is read as the verb's object
(``say classes of 30 students, several of whom ..., have become common``): that object is the
clause's subject.
"""

from __future__ import annotations

from spacy.tokens import Token

from newswire.nlp.quotes.lexicon import FILLED_OR_CLAUSAL_SUBJECT_DEPS, NOMINAL_TAGS, OBJECT_DEPS

__all__ = ["told_subject"]

_OBJECT_DEPS = OBJECT_DEPS | {"dative"}
#: Verbs of saying that take no listener as their object: what follows them is what was said.
_NO_LISTENER = frozenset(("say", "add", "argue", "claim", "insist", "note", "write"))


def told_subject(verb: Token, clause: Token) -> list[Token]:
    """The words of the said clause's lost subject (none when it has its own)."""
    if any(c.dep_ in FILLED_OR_CLAUSAL_SUBJECT_DEPS for c in clause.children):
        return []
    doc = verb.doc
    for obj in verb.children:
        if obj.dep_ not in _OBJECT_DEPS or not verb.i < obj.i < clause.i:
            continue
        appos = next((c for c in obj.children if c.dep_ == "appos"), None)
        if appos is None and _object_is_subject(verb, obj, clause):
            return list(doc[obj.left_edge.i:obj.right_edge.i + 1])
        if appos is None or appos.right_edge.i + 1 != clause.left_edge.i:
            continue
        first = appos.left_edge.i
        if doc[first - 1].is_punct or appos.pos_ not in NOMINAL_TAGS:
            return []  # "told Smith, the mayor, ...": a real apposition
        return list(doc[first:appos.right_edge.i + 1])
    return []


def _object_is_subject(verb: Token, obj: Token, clause: Token) -> bool:
    """``Teachers say classes of 30 or more students, several of whom may need extra support,
    have become common``: the parse takes the clause's subject, cut off by a relative aside,
    for the verb's object; a noun object of a verb that takes no listener, running up to the
    subjectless clause (a comma between at most), is its subject."""
    if verb.lemma_.lower() not in _NO_LISTENER or obj.pos_ not in ("NOUN", "PROPN"):
        return False
    gap = verb.doc[obj.right_edge.i + 1:clause.left_edge.i]
    return len(gap) == 0 or (len(gap) == 1 and gap[0].text == ",")
