"""A quote whose own speaker names nobody, in a sentence that says ``according to`` whom.

``Nearly three in four say they would buy American, ... according to the survey``: the
share of respondents who ``say`` names nobody the article can point to, and the sentence
gives its source; so does ``Some 55 percent of voters said ... ''cares about people like
me,'' according to a Quinnipiac poll``. The ``according to`` must stand outside the quote
and outside any quotation marks.
"""

from __future__ import annotations

import bisect

from spacy.tokens import Token

from newswire.nlp.quotes.base.textmap import TextMap
from newswire.nlp.quotes.speech.cues import cue_at

__all__ = ["according_source"]


def according_source(tmap: TextMap, start: int, end: int) -> Token | None:
    """The head of ``X`` in an ``according to X`` of the sentence around ``[start, end)``
    that is neither inside those characters nor quoted."""
    lo, hi = tmap.sentence_chars(start, end)
    first, last = tmap.tokens(lo, hi)
    openers = tmap.according_tokens
    for index in openers[bisect.bisect_left(openers, first):bisect.bisect_left(openers, last)]:
        token = tmap.doc[index]
        if start <= token.idx < end or tmap.is_quoted(token.idx):
            continue
        cue = cue_at(token, tmap.lexicon)
        if cue is not None and cue.speaker is not None:
            return cue.speaker
    return None
