"""A story's dateline (``LOS ANGELES —``, ``RENO, Nev. (AP) —``) names where it was filed.

The place is nobody's antecedent: ``“I am still Sanders,” it read`` is not Los Angeles. The
cue stage keeps its own test for a dateline subject (``cues._is_dateline``); this one is the
resolver's, for a mention the entities stage found.
"""

from __future__ import annotations

from spacy.tokens import Span

__all__ = ["is_dateline"]

_DASHES = frozenset(("—", "–", "--"))
# "CALGARY, Alberta, Nov. 6, 2026 /PRNewswire/ --": how far the dash may follow the place.
_DATELINE_TOKENS = 14
_OPENING_TOKENS = 2  # "(AP) WASHINGTON —", "By AP WASHINGTON —"


def is_dateline(span: Span) -> bool:
    """Whether ``span``, written in capitals at its sentence's start, is followed by the dash
    of a dateline with no lower-case word between (``NDP Leader Jagmeet Singh said —`` is
    no dateline)."""
    words = [t.text for t in span if any(c.isalpha() for c in t.text)]
    if not words or not all(w.isupper() for w in words) or sum(map(len, words)) < 3:
        return False
    if span.start - span.sent.start > _OPENING_TOKENS:
        return False
    for token in span.doc[span.end:span.end + _DATELINE_TOKENS]:
        if token.text in _DASHES:
            return True
        if token.text[:1].islower():
            return False
    return False
