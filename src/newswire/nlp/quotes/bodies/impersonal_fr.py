"""The body behind a French impersonal ``on``: ``Au ministère de l'Économie, on juge la
demande « hors de portée »``, ``Du côté de l'inspection du travail, on indique que ...``,
``Chez Renault, on assure que ...``, ``Le dossier est suivi de près à Bercy, où l'on rappelle
que ...``.

French newswriting gives an institution's line with ``on`` and the place it comes from set
before it; the speaker is that institution (the gold of the French sets names it), never
``on``, which is no one by itself.
"""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["body_of_on"]

#: Prepositions that set the body before ``on`` (``au``, ``à la``, ``chez``; ``A la CGT``:
#: house styles that leave capitals unaccented, Le Monde's among them, write ``A``).
_AT = frozenset(("à", "a", "au", "aux", "chez"))
#: ``à Bercy, où l'on rappelle que``: the place a relative ``où`` opens on is where ``on`` is.
_WHERE = "où"
#: ``du côté de X``: the side's ``de`` phrase is the body.
_SIDE = frozenset(("côté",))


def body_of_on(on: Token) -> Token | None:
    """The noun naming the body an ``on`` subject speaks for: an oblique before it, on the
    same verb, introduced by ``à``/``au``/``chez`` or ``du côté de``, or the noun a relative
    ``où`` before it hangs on (``à Bercy, où l'on rappelle``: the caller checks it names a
    body); else nobody."""
    if on.lower_ != "on" or not on.dep_.startswith("nsubj"):
        return None
    verb = on.head
    where = next((c for c in verb.children if c.lower_ == _WHERE and c.i < on.i), None)
    if where is not None:
        return _antecedent(where)
    for oblique in (c for c in verb.children if c.dep_.startswith("obl") and c.i < on.i):
        cases = {c.lower_ for c in oblique.children if c.dep_ == "case"}
        if oblique.lower_ in _SIDE:
            return next((c for c in oblique.children if c.dep_ == "nmod"), None)
        if cases & _AT:
            return oblique
    return None


def _antecedent(where: Token) -> Token | None:
    """The noun a relative ``où`` follows, past a comma (``peu appréciée à Bercy, où``:
    ``Bercy``; the parse hangs the clause on the sentence's first noun or its verb), else
    nothing (``On ne sait pas où l'on va``)."""
    doc = where.doc
    before = where.i - 1 - (where.i > 0 and doc[where.i - 1].text == ",")
    return doc[before] if before >= 0 and doc[before].pos_ in ("NOUN", "PROPN") else None
