"""``La même source``, ``Ces mêmes sources``: the source French news named just before.

A wire or a daily names an unnamed source once (``Plusieurs sources au sein de la wilaya
indiquent ...``, ``une source au ministère a indiqué ...``) and comes back to it with
``même``: the phrase is no new source but the earlier one, whose own words (``au sein de la
wilaya``) say who it is. The earlier noun is the nearest one of the same lemma before, in the
same text, that is no ``même`` phrase itself.
"""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["same_source"]

#: ``même`` agrees with its noun: ``la même source``, ``les mêmes sources``.
_SAME = frozenset(("même", "mêmes"))
#: Articles and demonstratives ``même`` follows (``une même source`` is no return to one).
_POINTING = frozenset(("la", "le", "les", "l'", "l’", "ces", "cette", "ce", "cet"))
#: How far back (in tokens) the earlier source may be: a few paragraphs of news.
_REACH = 400


def same_source(head: Token) -> Token | None:
    """The earlier noun ``head`` comes back to when it reads ``la même source`` or ``ces
    mêmes sources``; none for any other noun phrase."""
    if head.pos_ != "NOUN" or not _says_same(head):
        return None
    lemma = head.lemma_.lower()
    for token in reversed(head.doc[max(0, head.i - _REACH):head.i]):
        if token.pos_ == "NOUN" and token.lemma_.lower() == lemma and not _says_same(token):
            return token
    return None


def _says_same(noun: Token) -> bool:
    """Whether ``noun`` opens with an article or demonstrative and ``même``."""
    before = [c.lower_ for c in noun.children if c.i < noun.i]
    return any(w in _SAME for w in before) and any(w in _POINTING for w in before)
