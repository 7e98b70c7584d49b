"""Where a French incise opens: right after a quotation's closing mark and its comma
(``« ... », déplore Karine Dubé``, ``», a réagi le conseiller``, ``», s'indigne X``).

The French parse mends (:mod:`.parse_fr`, :mod:`.incise_places_fr`,
:mod:`.reflexive_incises_fr`, :mod:`.conjoined_quotes_fr`, :mod:`.epithets_fr`) each read
this position; here is the one reading of it, and of the marks that close a French quotation
(:data:`CLOSING_MARKS`) and open one (:data:`OPENING_MARKS`), as the tokens the parse
gives.  Imports the French tables only.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from newswire.nlp.quotes.lexicon_fr import AUXILIARIES

__all__ = ["CLOSING_MARKS", "OPENING_MARKS", "after_closing_comma", "opens_incise"]

#: The marks that close a French quotation before its incise.
CLOSING_MARKS = frozenset(("»", "”", '"'))
#: The marks that open a French quotation (``a dénoncé « ... »``, ``d’« ... »``).
OPENING_MARKS = frozenset(("«", "“", '"'))


def after_closing_comma(doc: Doc, at: int) -> bool:
    """Whether ``doc[at]`` stands right after a closing quotation mark and its comma."""
    return at >= 2 and doc[at - 1].text == "," and doc[at - 2].text in CLOSING_MARKS


def opens_incise(token: Token) -> bool:
    """Whether ``token`` opens an incise: right after a closing quotation mark and its comma,
    an auxiliary allowed between (``», déplore``, ``», a réagi``)."""
    doc = token.doc
    at = token.i
    if at >= 1 and doc[at - 1].lower_ in AUXILIARIES:
        at -= 1
    return after_closing_comma(doc, at)
