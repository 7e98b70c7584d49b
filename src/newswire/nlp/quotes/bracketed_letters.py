"""An organisation's letters in brackets are no name apposed to the noun before them.

``Le président de la Commission électorale nationale autonome (CENA), Ousmane Ba Thiombane,
a déclaré``: the French parse hangs ``CENA`` on ``président`` as an apposition, beside the
person set off after it; the bracketed letters restate the body's name, so the noun's
apposed name is the person, not the body (francophone African press writes most bodies
this way, ``l'Agence nationale des ports (ANP)``).
"""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["apposed_proper_noun"]


def apposed_proper_noun(head: Token) -> Token | None:
    """The first proper noun the parse apposes to ``head``, not one inside brackets."""
    return next((c for c in head.children if c.dep_ == "appos" and c.pos_ == "PROPN"
                 and not _in_brackets(c)), None)


def _in_brackets(token: Token) -> bool:
    """Whether the words ``token`` heads stand between ``(`` and ``)``."""
    doc = token.doc
    start, end = token.left_edge.i, token.right_edge.i
    while start <= end and doc[start].is_punct:
        start += 1  # the parse may hang the bracket itself on the letters
    while end >= start and doc[end].is_punct:
        end -= 1
    return start > 0 and doc[start - 1].text == "(" and end + 1 < len(doc) \
        and doc[end + 1].text == ")"
