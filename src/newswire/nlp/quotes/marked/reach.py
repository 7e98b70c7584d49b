"""Which of many quotes reach past a point: one sort and a binary search per question.

Asking "does any of these quotes overlap (or hold) this one?" of every quote against every
other costs the product of their numbers: an article of quotes nested ten deep in one
paragraph holds thousands of each kind of mark, and that loop made the quotes stage grow with
the square of its length. :class:`QuoteReach` answers the same questions from the quotes
sorted by start and the furthest end among each prefix of them.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from itertools import accumulate

from newswire.nlp.quotes.marked.marks import MarkedQuote

__all__ = ["QuoteReach"]


class QuoteReach:
    """The quotes of one kind, indexed by start with the furthest end reached so far."""

    def __init__(self, quotes: Sequence[MarkedQuote]) -> None:
        ordered = sorted(quotes, key=lambda q: q.start)
        self._starts = [q.start for q in ordered]
        self._furthest_ends = list(accumulate((q.end for q in ordered), max))

    def furthest_end(self, starting_by: int) -> int | None:
        """The furthest end of a quote starting at or before ``starting_by`` (None: none)."""
        count = bisect.bisect_right(self._starts, starting_by)
        return self._furthest_ends[count - 1] if count else None

    def overlaps(self, quote: MarkedQuote) -> bool:
        """Whether a quote touches or overlaps ``quote`` (one character apart counts):
        ``o.start - 1 <= quote.end and quote.start <= o.end + 1`` for some ``o``."""
        end = self.furthest_end(quote.end + 1)
        return end is not None and end >= quote.start - 1

    def holds(self, quote: MarkedQuote) -> bool:
        """Whether a quote holds ``quote``, opening mark and all: ``o.start <=
        quote.before_mark and quote.end < o.end`` for some ``o``."""
        end = self.furthest_end(quote.before_mark)
        return end is not None and end > quote.end
