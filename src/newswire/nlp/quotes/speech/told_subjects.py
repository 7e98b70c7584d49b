"""``told reporters the plan would cost more``: the subject of what was told, which the parse
hangs on the listener as an apposition.

With no ``that`` after a verb of telling, the parse often reads ``reporters the plan`` as one
noun phrase (``the plan`` an apposition of ``reporters``) and leaves the said clause without a
subject (``would cost more``).  An apposition of the verb's object that runs right up to a
said clause with no subject of its own, not set off by a comma (``told Smith, the mayor,
...`` is an apposition), is that clause's subject.

A verb of urging says its object's act: in ``urged him to resign``, ``called on the former
secretary of state to release the transcripts`` what was said is who is to act and the act
(``him to resign``), as PolNeAR marks it; the to-clause alone (``to resign``) is too short to
be reported and reads as the speaker's own act.  The object (of the verb, or of ``on`` after
``call``) right before the to-clause is that clause's subject.
"""

from __future__ import annotations

from spacy.tokens import Token

from newswire.nlp.quotes.base.parse_labels import (
    FILLED_OR_CLAUSAL_SUBJECT_DEPS,
    NOMINAL_TAGS,
    OBJECT_DEPS,
)

__all__ = ["told_subject"]

_OBJECT_DEPS = OBJECT_DEPS | {"dative"}
#: Verbs of saying whose object is told to act (``urged him to resign``).
_URGING = frozenset(("urge", "ask", "call", "tell", "encourage", "implore", "beg", "warn",
                     "order", "invite", "challenge", "press", "push", "advise", "instruct",
                     "direct", "remind", "persuade", "pressure", "exhort", "demand"))


def told_subject(verb: Token, clause: Token) -> list[Token]:
    """The words of the said clause's lost subject (none when it has its own)."""
    if any(c.dep_ in FILLED_OR_CLAUSAL_SUBJECT_DEPS for c in clause.children):
        return []
    if clause.dep_ == "xcomp":
        return _urged(verb, clause)
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


def _urged(verb: Token, clause: Token) -> list[Token]:
    """The object a verb of urging tells to act, right before the to-clause (``urged him``,
    ``called on the council``); none for another verb (``wrote a letter to ...``)."""
    if verb.lemma_.lower() not in _URGING or not any(
            c.dep_ == "aux" and c.lower_ == "to" for c in clause.children):
        return []
    for obj in map(_told_object, verb.rights):
        if obj is not None and obj.right_edge.i + 1 == clause.left_edge.i:
            return list(obj.subtree)
    return []


def _told_object(child: Token) -> Token | None:
    """The one told: the verb's object, or the object of ``on`` (``called on X``)."""
    if child.dep_ in _OBJECT_DEPS:
        return child
    if child.dep_ == "prep" and child.lower_ == "on" and child.head.lemma_.lower() == "call":
        return next((c for c in child.children if c.dep_ == "pobj"), None)
    return None
