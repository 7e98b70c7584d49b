"""Where a French unnamed source is: ``Une source à Matignon``, ``une source au sein du
club``, ``une source proche de l'enquête`` — the place or body after ``source`` says which
source, so it belongs to the speaker's phrase as ``de`` phrases do (``un proche du
ministre``)."""

from __future__ import annotations

from spacy.tokens import Token

from newswire.nlp.quotes.base.noun_articles import has_indefinite_article
from newswire.nlp.quotes.lexicon_fr import DE, FRENCH

__all__ = ["belongs_fr", "placed_person", "placed_source"]

#: Nouns of an unnamed source whose place phrase names it.
_SOURCES = frozenset(("source", "sources"))
#: Prepositions of such a place (``à Matignon``, ``au sein du club``, ``chez Renault``).
_PLACE_PREPOSITIONS = frozenset(("à", "au", "aux", "chez", "dans", "auprès", "en"))


def placed_source(head: Token, modifier: Token) -> bool:
    """Whether ``modifier``, a phrase hung on ``head``, says where the source ``head`` is."""
    return head.lower_ in _SOURCES and modifier.left_edge.lower_ in _PLACE_PREPOSITIONS


def belongs_fr(head: Token, modifier: Token) -> bool:
    """Whether a French phrase hung on ``head`` belongs to its name: a ``de`` phrase
    (``ministère de la Santé``), or where an unnamed source is."""
    return modifier.left_edge.lower_ in DE or placed_source(head, modifier) \
        or placed_person(head, modifier)


def placed_person(head: Token, modifier: Token) -> bool:
    """``un participant à la réunion``, ``Un infirmier en poste à Tanguiéta``, ``un adjoint
    au maire``: a person the writer does not name is told by where they are or what they
    do, and that phrase is all a reader has to tell them from anyone else, as for an
    unnamed source (one person: ``un``/``une`` before a singular noun)."""
    return modifier.left_edge.lower_ in _PLACE_PREPOSITIONS and _one_unnamed(head) \
        and not any(t.is_quote for t in modifier.subtree)  # "une prise en charge « ... »"


def _one_unnamed(head: Token) -> bool:
    """A singular noun with the indefinite article: ``un responsable``, ``une étudiante``."""
    return "Plur" not in head.morph.get("Number", []) and has_indefinite_article(head, FRENCH)
