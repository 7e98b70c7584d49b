"""``laisser entendre que``: what someone implies, reported as what they say.

French news reports an implication with ``laisser entendre`` and its ``que`` clause (``Il a
laissé entendre que deux fermetures pourraient être retirées``, ``Son entourage laisse
entendre qu'une abstention reste possible``), as it reports speech with ``faire savoir``.
Neither ``laisser`` nor ``entendre`` is a verb of saying, so the clause was lost.
:mod:`.parse_fr`'s component makes ``laisser`` the verb of saying, as ``fait`` of ``fait
savoir``.
"""

from __future__ import annotations

from spacy.tokens import Token

from newswire.nlp.quotes.lexicon_fr import QUE

__all__ = ["laisser_of_entendre"]

#: The forms of ``laisser`` in ``laisser entendre que`` (the model lemmatises ``laisse`` badly).
_LAISSER = frozenset(("laisse", "laissent", "laissé", "laissée", "laissés", "laissait",
                      "laissaient", "laissera", "laisseront", "laissant"))


def laisser_of_entendre(entendre: Token) -> Token | None:
    """``laisser`` of ``a laissé entendre que``, ``laissent déjà entendre qu'``: French news
    reports what someone implies with ``laisser entendre`` and its ``que`` clause, as with
    ``faire savoir`` (without ``que``, ``laisser entendre sa colère`` says nothing)."""
    doc, at = entendre.doc, entendre.i - 1
    if entendre.lower_ != "entendre" or entendre.i + 1 >= len(doc) \
            or doc[entendre.i + 1].lower_ not in QUE:
        return None
    while at > 0 and doc[at].pos_ == "ADV":
        at -= 1  # "laissent déjà entendre"
    return doc[at] if at >= 0 and doc[at].lower_ in _LAISSER else None
