"""The clause holding a quotation beside a joined clause that holds none: ``Toronto police
said that the force would increase patrols in the area "in the coming days" and that
officers would be speaking with businesses``.

One verb of saying reports one stretch of words; when its said words are two joined clauses
and one holds a quotation, the other (``and that officers ...``, :mod:`.beside_quotes`) was
reported and the first lost, though it says more than its quotation (``the force would
increase patrols``).  It is reported too, by the rules of :mod:`.clause_quotes` (words
enough outside the quotation, a subject of their own among them), as the French ``que A « ... »
et que B`` is (:func:`~newswire.nlp.quotes.speech.before_quotes_fr.clause_before_joined`).
"""

from __future__ import annotations

from spacy.tokens import Token

from newswire.nlp.quotes.base.parse_labels import RELATIVE_TAGS
from newswire.nlp.quotes.base.textmap import CharRange, TextMap
from newswire.nlp.quotes.speech.clause_quotes import clause_holding_quote
from newswire.nlp.quotes.speech.said import fewest_words
from newswire.nlp.quotes.speech.said_once import said_in

__all__ = ["holding_clause_beside"]

#: Tags of the relative words opening an aside: the relative pronouns, and ``where``/``when``.
_ASIDE_TAGS = RELATIVE_TAGS | {"WRB"}


def holding_clause_beside(tmap: TextMap, cue: Token, reported: CharRange) -> CharRange | None:
    """The clause holding a quotation among ``cue``'s said words on one side of the
    ``reported`` range, when it says enough outside its quotation; None otherwise: when
    the reported range holds a quotation itself, when that side opens a relative aside,
    and in French, whose clauses ``before_quotes_fr`` chooses."""
    if tmap.lexicon.incise is not None or tmap.overlaps_quote(*reported):
        return None
    said = said_in(tmap, cue)
    if said is None:
        return None
    start, end = reported
    sides = ([t for t in said if t.idx + len(t.text) <= start],
             [t for t in said if t.idx >= end])
    for side in sides:
        if not side or not any(tmap.is_quoted(t.idx) for t in side) or _aside(side):
            continue
        held = clause_holding_quote(tmap, cue, side, fewest_words(cue, side))
        if held is not None and (held[1] <= start or held[0] >= end):
            return held
    return None


def _aside(words: list[Token]) -> bool:
    """A relative clause (``, which she described as “a total disaster”``): an aside on a
    word of the said clause, no statement joined to it."""
    first = next((t for t in words if t.is_alpha), None)
    return first is not None and first.tag_ in _ASIDE_TAGS
