"""The body behind a French impersonal ``on``: ``Au ministère de l'Économie, on juge la
demande « hors de portée »``, ``Du côté de l'inspection du travail, on indique que ...``,
``Chez Renault, on assure que ...``.

French newswriting gives an institution's line with ``on`` and the place it comes from set
before it; the speaker is that institution (the gold of the French sets names it), never
``on``, which is no one by itself.
"""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["body_of_on"]

#: Prepositions that set the body before ``on`` (``au``, ``à la``, ``chez``).
_AT = frozenset(("à", "au", "aux", "chez"))
#: ``du côté de X``: the side's ``de`` phrase is the body.
_SIDE = frozenset(("côté",))


def body_of_on(on: Token) -> Token | None:
    """The noun naming the body an ``on`` subject speaks for: an oblique before it, on the
    same verb, introduced by ``à``/``au``/``chez`` or ``du côté de``; else nobody."""
    if on.lower_ != "on" or not on.dep_.startswith("nsubj"):
        return None
    verb = on.head
    for oblique in (c for c in verb.children if c.dep_.startswith("obl") and c.i < on.i):
        cases = {c.lower_ for c in oblique.children if c.dep_ == "case"}
        if oblique.lower_ in _SIDE:
            return next((c for c in oblique.children if c.dep_ == "nmod"), None)
        if cases & _AT:
            return oblique
    return None
