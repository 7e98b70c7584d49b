"""Which quotation marks an article quotes in: double ones (US, Canadian) or single ones
(British, Australian: ``‘We will not back down,’ said Jo Grady.``).

An article quotes in single marks when its single-marked direct quotes (a capital after the
opening mark, the sentence's punctuation before the closing one) outnumber its double-marked
quotes that stand outside them.  It then nests double marks inside single ones (``‘They
called it “a fair offer”, but it is not,’ she said``): those are part of the outer quote,
as single marks inside double ones are in US style.  A body in double marks keeps the
single-marked quotes no apostrophe can look like: whole sentences in a paragraph opening
with one, and the quotes of its deck.  No spaCy.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from newswire.nlp.quotes.base.parse_labels import SENTENCE_ENDS
from newswire.nlp.quotes.marked.mark_sets import CLOSERS_AFTER_STOP, MarkSet
from newswire.nlp.quotes.marked.marks import MarkedQuote, find_marked_quotes
from newswire.nlp.quotes.marked.reach import QuoteReach

__all__ = ["article_quotes", "deck_end", "quotes_in_single_marks"]

#: British style in straight marks: ``'We will,' she said`` (an opening mark before a capital,
#: a closing one after the sentence's punctuation), never ``the '90s`` or ``officials' view``.
_STRAIGHT_SINGLE_OPEN = re.compile(r"(?:^|(?<=[\s(\[—–]))'(?=[A-Z])", re.MULTILINE)
_STRAIGHT_SINGLE_CLOSE = re.compile(r"(?<=[.,!?])'(?=\s|$)", re.MULTILINE)
_SENTENCE_PUNCT = frozenset(".,!?")


def quotes_in_single_marks(text: str) -> bool:
    """Whether ``text`` quotes in single marks: curly ones, or straight ones that both open
    before a capital and close after punctuation somewhere (apostrophes do neither)."""
    return "‘" in text or (_STRAIGHT_SINGLE_OPEN.search(text) is not None
                           and _STRAIGHT_SINGLE_CLOSE.search(text) is not None)


def article_quotes(text: str, marks: MarkSet, doubles: Sequence[MarkedQuote], *,
                   headline: bool) -> list[MarkedQuote]:
    """The quotes of ``text`` given its double-marked ones: single-marked quotes join them in
    a headline, in a body with no double marks, and in a body that quotes in single marks
    (then a double-marked quote inside a single-marked one is no quote of its own); a body
    in double marks keeps those of its deck and its single-quoted paragraphs."""
    if not headline and not quotes_in_single_marks(text):
        return _with_shaped_singles(text, doubles, None, marks) if "'" in text else list(doubles)
    singles = find_marked_quotes(text, "single", marks)
    # A body that may quote in single marks: its doubles inside singles are no quotes.
    body = not headline and bool(doubles)
    outer = QuoteReach(singles)
    kept_doubles = [d for d in doubles if not (body and outer.holds(d))]
    kept = QuoteReach(kept_doubles)
    kept_singles = [s for s in singles if not kept.overlaps(s)]
    if body and sum(_is_direct(text, s) for s in kept_singles) <= len(kept_doubles):
        return _with_shaped_singles(text, doubles, kept_singles, marks)
    return sorted(kept_doubles + kept_singles, key=lambda q: q.start)


def _with_shaped_singles(text: str, doubles: Sequence[MarkedQuote],
                         singles: Sequence[MarkedQuote] | None, marks: MarkSet
                         ) -> list[MarkedQuote]:
    """A body in double marks with the single-marked quotes no apostrophe looks like: whole
    sentences in a paragraph that opens with one (``'We cannot support it,' Hillier told the
    BBC. 'The government needs to think again.'``) and the quotes of a deck, the lines
    above the first sentence, written as headlines are (``Finance chair calls it 'the
    budget we can afford'``).  Double marks nested in a kept single-marked quote are part
    of it, as in a British body.  ``singles``: the body's single-marked quotes outside
    double marks, found here when None."""
    if singles is None:
        reach = QuoteReach(doubles)
        singles = [s for s in find_marked_quotes(text, "single", marks)
                   if not reach.overlaps(s)]
    deck_end = _first_sentence_line(text)
    shaped = [s for s in singles if not s.unclosed and (
        s.end <= deck_end or (_is_direct(text, s) and _paragraph_opens_quoted(text, s)))]
    outer = QuoteReach(shaped)
    return sorted([*(d for d in doubles if not outer.holds(d)), *shaped],
                  key=lambda q: q.start)


def deck_end(text: str, dateline_end: int = 0) -> int:
    """Where a body's deck (the lines above its first sentence) ends; 0 when it has none.
    A deck stands above the dateline: from the line of ``OTTAWA —`` (ending at
    ``dateline_end``) on is the lede, even when its first line ends mid-sentence."""
    end = _first_sentence_line(text)
    if 0 < dateline_end <= end:
        return text.rfind("\n", 0, dateline_end - 1) + 1
    return end


def _first_sentence_line(text: str) -> int:
    """Where the first line that ends as a sentence does (``.``, ``!``, ``?``, a closing
    mark after them) starts: the lines above are the deck and byline.  0 when no line
    does: with no sentence to stand above, no line is told for a deck."""
    at = 0
    for line in text.splitlines(keepends=True):
        if line.rstrip().rstrip(CLOSERS_AFTER_STOP).rstrip()[-1:] in SENTENCE_ENDS:
            return at
        at += len(line)
    return 0


def _paragraph_opens_quoted(text: str, quote: MarkedQuote) -> bool:
    """Whether the quote's paragraph opens with a single quotation mark and says more than
    one quote (a line that is only a quote is a subhead pulled from the article)."""
    start = text.rfind("\n", 0, quote.start) + 1
    end = text.find("\n", quote.end)
    paragraph = text[start:end if end >= 0 else len(text)].strip()
    whole = paragraph[1:].rstrip("'’").rstrip() == text[quote.start:quote.end].rstrip()
    return paragraph[:1] in ("'", "‘") and not whole


def _is_direct(text: str, quote: MarkedQuote) -> bool:
    """A quote shaped as a sentence someone said: ``‘We will,’`` (not ``‘cowards’``)."""
    return (not quote.unclosed and text[quote.start].isupper()
            and text[quote.end - 1] in _SENTENCE_PUNCT)
