"""The proper noun the parse apposes to an office noun, when it names the office's holder.

Two French shapes name the body, not the holder, and the parse apposes them to the office
noun beside the person set off after it:

- an organisation's letters in brackets: ``Le président de la Commission électorale
  nationale autonome (CENA), Ousmane Ba Thiombane, a déclaré`` (``CENA`` restates the body);
- an organisation's name right after the noun of its sort, inside the office's complement:
  ``le président de la coopérative Union des producteurs du Nawa, Drissa Ouattara,`` (the
  cooperative's name).

Francophone African press writes most bodies so. Neither is the apposed name: the person
set off after them is (:func:`.appositions.apposed_name` reads the other shapes).
"""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["apposed_proper_noun"]


def apposed_proper_noun(head: Token) -> Token | None:
    """The first proper noun the parse apposes to ``head``, not one of those shapes."""
    return next((c for c in head.children if c.dep_ == "appos" and c.pos_ == "PROPN"
                 and not _in_brackets(c) and not _named_sort(head, c)), None)


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


def _named_sort(head: Token, name: Token) -> bool:
    """``la coopérative Union des producteurs``: an organisation's name right after a common
    noun of the office's complement (French only)."""
    doc = head.doc
    before = doc[name.i - 1] if name.i > 0 else None
    return doc.lang_ == "fr" and name.ent_type_ == "ORG" and before is not None \
        and before.pos_ == "NOUN" and before.head == head and before.dep_ == "nmod"
