"""Which verb of saying a quotation-marked stretch belongs to, and, for a partial quote with
none, whose clause it stands in.

The cue is the nearest verb of saying that governs the quote and was said, not only foreseen
(``Bolton said he would advise Trump on the “strategic threats”``: ``said``); a nearer verb
the quote hangs on beats one that does not govern it; so does, for a partial quote, the named
subject of its own clause or one above it.
"""

from __future__ import annotations

from bisect import bisect_left

from spacy.tokens import Token

from newswire.models import QuoteKind
from newswire.nlp.quotes.base.parse_labels import VERB_TAGS
from newswire.nlp.quotes.base.textmap import TextMap
from newswire.nlp.quotes.marked.colons import CUE_REACH
from newswire.nlp.quotes.marked.governing import names_someone, outer_speaker, unsaid
from newswire.nlp.quotes.marked.marks import MarkedQuote
from newswire.nlp.quotes.speech.cues import Cue, cue_in, governs, quote_top, subject_of
from newswire.nlp.quotes.speech.saying import is_hyphened

__all__ = ["clause_cue", "cue_or_hanging", "distance", "governing_subject", "own_clause_cue"]

_GOVERN_CLIMB = 4  # heads climbed from a partial quote to the verb it depends on


def cue_or_hanging(tmap: TextMap, sentence: tuple[int, int], quote: MarkedQuote,
                   inside: list[Token], hanging: Cue | None) -> Cue | None:
    """The best verb of saying, unless it does not govern the quote and the verb the quote
    hangs on is nearer: ``After Brown criticized Clinton, Hillary shot back, “...”``."""
    best = _best_cue(tmap, sentence, quote, inside)
    if best is None or governs(best, inside):
        return best
    if hanging is not None and distance(tmap, hanging, quote) < distance(tmap, best, quote):
        return hanging
    return best


def own_clause_cue(tmap: TextMap, inside: list[Token], kind: QuoteKind,
                   cue: Cue | None) -> Cue | None:
    """``Rubio bemoaned the climate in which people “literally hate each other” because they
    differ``: a verb after a partial quote that does not govern it (``differ``) loses it to the
    named subject of the clause the quote stands in, or of one above it (``bemoaned``).  Not
    a verb before it: ``Vice President Joe Biden, Rubio said, had been there for “a thousand
    years”`` sets the cue off inside the words it reports."""
    if (cue is None or cue.end <= cue.start or kind != "partial" or not inside
            or cue.start <= inside[-1].i or governs(cue, inside)):
        return cue
    return clause_cue(tmap, inside) or cue


def clause_cue(tmap: TextMap, inside: list[Token]) -> Cue | None:
    """The verb of the clause a partial quote stands in (or of one above it), when its
    subject names someone: ``Cruz blamed the law on “knuckleheaded politicians.”``."""
    speaker = governing_subject(tmap, inside, "partial")
    if speaker is None or not names_someone(speaker) or speaker.head.pos_ not in VERB_TAGS:
        return None
    return Cue(speaker.head.i, speaker.head.i + 1, speaker)


def _best_cue(tmap: TextMap, sentence: tuple[int, int], quote: MarkedQuote,
              inside: list[Token]) -> Cue | None:
    """The nearest verb of saying around the quote, governing, naming and said first."""
    # A bounded window: a paragraph of ten thousand quotes and no full stop stays linear.
    lo = max(sentence[0], quote.start - CUE_REACH)
    hi = min(sentence[1], quote.end + CUE_REACH)
    first, last = tmap.tokens(lo, hi)
    # Only a verb or ``according`` opens a cue; a quoted word is never the cue: both are
    # skipped before any parse walk.
    openers = tmap.cue_openers
    words = (tmap.doc[i] for i in openers[bisect_left(openers, first):bisect_left(openers, last)])
    found = [c for t in words if not tmap.is_quoted(t.idx)
             and (c := cue_in(tmap, t)) is not None and not is_hyphened(t)]
    if not found:
        return None
    governing = [c for c in found if governs(c, inside)]
    # "Frazier said it was a gesture intended to highlight “...”": the nearest verb the
    # quote hangs on has no subject; the one above it that names its speaker is the cue.
    spoken = [c for c in governing if c.speaker is not None]
    # "Bolton said he would advise Trump on the “strategic threats”": speech that is only
    # foreseen (would, should, to announce) did not say the words; the verb above it did.
    said = [c for c in spoken if not unsaid(tmap.doc[c.start])]
    pool = said or spoken or governing or found
    return min(pool, key=lambda c: distance(tmap, c, quote))


def governing_subject(tmap: TextMap, inside: list[Token], kind: QuoteKind) -> Token | None:
    """Who a partial quote with no cue belongs to: the subject of the verb it depends on.

    ``Moore thanked him for “stepping up”``, ``Huckabee is labeling it “an abuse”``.
    """
    if kind != "partial" or (top := quote_top(inside)) is None:
        return None
    head: Token | None = top.head
    for _ in range(_GOVERN_CLIMB):
        if head is None or head.pos_ in VERB_TAGS:
            break
        head = head.head if head.head != head else None
    if head is None or head.pos_ not in VERB_TAGS:
        return None
    speaker = subject_of(head, tmap.lexicon)
    if speaker is None or not names_someone(speaker):
        speaker = outer_speaker(head, tmap.lexicon) or speaker
    return speaker if speaker is not None and not tmap.is_quoted(speaker.idx) else None


def distance(tmap: TextMap, cue: Cue, quote: MarkedQuote) -> int:
    """Characters between the cue's first word and the quote."""
    at = int(tmap.doc[cue.start].idx)
    return quote.start - at if at < quote.start else at - quote.end
