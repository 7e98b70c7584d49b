"""QuoteReach: whether any of many quotes overlaps or holds a quote, without a pairwise loop."""

from __future__ import annotations

import random

import pytest

from newswire.nlp.quotes.marked.marks import MarkedQuote
from newswire.nlp.quotes.marked.reach import QuoteReach


def _q(start: int, end: int, mark_start: int = -1) -> MarkedQuote:
    return MarkedQuote(start=start, end=end, paragraph=0, mark_start=mark_start)


OTHERS = [_q(10, 20), _q(40, 45), _q(41, 60)]


@pytest.mark.parametrize(("quote", "overlaps", "holds"), [
    (_q(0, 5), False, False),        # before every quote
    (_q(0, 8), False, False),        # two characters short of the first
    (_q(0, 9), True, False),         # one character apart touches
    (_q(12, 18), True, True),        # inside the first, its mark at 11
    (_q(11, 18), True, True),        # its mark at 10, the first's start
    (_q(10, 18), True, False),       # its mark at 9, before the first's start
    (_q(12, 20), True, False),       # ends where the first ends: not held
    (_q(21, 30), True, False),       # starts just past the first's end: touches
    (_q(22, 30), False, False),      # one character later
    (_q(43, 59), True, True),        # held by the later, longer one, not the earlier
    (_q(70, 80), False, False),      # after every quote
    (_q(50, 55, mark_start=30), True, False),  # a spaced mark before every start
])
def test_overlaps_and_holds(quote: MarkedQuote, overlaps: bool, holds: bool) -> None:
    """Touching counts as overlapping; holding needs the opening mark inside and the end
    before the other's end."""
    reach = QuoteReach(OTHERS)
    assert (reach.overlaps(quote), reach.holds(quote)) == (overlaps, holds)


def test_empty_reach() -> None:
    """No quotes: nothing overlaps or holds anything."""
    assert not QuoteReach([]).overlaps(_q(0, 5))
    assert not QuoteReach([]).holds(_q(3, 5))


def test_same_answers_as_the_pairwise_loop() -> None:
    """On random quotes (unsorted, nested, overlapping) the answers are those of comparing
    each pair, as the quotes stage did before."""
    rng = random.Random(13)
    for _ in range(300):
        others = [_q(s, s + rng.randint(1, 30)) for s in (rng.randint(1, 200) for _ in
                                                           range(rng.randint(0, 12)))]
        reach = QuoteReach(others)
        for _ in range(20):
            start = rng.randint(1, 220)
            quote = _q(start, start + rng.randint(1, 30),
                       mark_start=rng.choice([-1, max(start - 3, 0)]))
            assert reach.overlaps(quote) == any(
                o.start - 1 <= quote.end and quote.start <= o.end + 1 for o in others)
            assert reach.holds(quote) == any(
                o.start <= quote.before_mark and quote.end < o.end for o in others)
