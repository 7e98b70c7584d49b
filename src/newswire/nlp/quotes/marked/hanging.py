"""The verb a quote hangs on, when no verb of saying is near it.

News introduces a quote with any verb: ``He continued, “...”``, ``Hillary shot back, “...”``,
``Rubio fired back forcefully: “...”``.  With no verb of saying in the quote's sentence, the
verb before the comma or colon that the parse hangs the quote on is its cue, and its subject
the speaker (rather than the speaker of the quote before, by continuation).
"""

from __future__ import annotations

from spacy.tokens import Token

from newswire.nlp.quotes.base.textmap import TextMap
from newswire.nlp.quotes.marked.marks import MarkedQuote
from newswire.nlp.quotes.speech.cues import Cue, quote_top, subject_of

__all__ = ["hanging_cue"]

# Punctuation that sets a quote off as the object of the verb before it.
_INTRODUCERS = frozenset((",", ":"))
#: How a parse that makes the quote the root hangs the introducing verb on it.
_INVERTED_DEPS = frozenset(("ccomp", "parataxis"))


def hanging_cue(tmap: TextMap, quote: MarkedQuote, inside: list[Token]) -> Cue | None:
    """``X <verb>, “...”``: the verb before the quote that the parse hangs the quote on."""
    before = tmap.text[:quote.before_mark].rstrip()
    if not before or before[-1] not in _INTRODUCERS or not inside:
        return None
    first = inside[0].i
    top = quote_top(inside)
    verb = top.head if top is not None else None
    if verb is None:
        # "Smith shot back: “That would be good.”" parsed inside out: the verb before the
        # colon hangs on the quote's own root.
        verb = next((c for t in inside for c in t.children
                     if c.i < first and c.dep_ in _INVERTED_DEPS), None)
    if verb is None or verb.pos_ != "VERB" or verb.i >= first or tmap.is_quoted(verb.idx):
        return None
    speaker = subject_of(verb, tmap.lexicon)
    if speaker is None or tmap.is_quoted(speaker.idx):
        return None
    return Cue(verb.i, verb.i + 1, speaker)
