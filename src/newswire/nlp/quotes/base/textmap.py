"""Character/token bookkeeping for one doc, and the attribution record quotes are built from.

Everything here works in character offsets of ``doc.text`` and token indices of ``doc``;
lookups are binary searches over arrays built once, so an article with ten thousand quotes
costs ten thousand logarithmic lookups, not ten thousand scans.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from functools import cached_property
from typing import TYPE_CHECKING

from spacy.attrs import IDX
from spacy.tokens import Doc, Token

from newswire.models import CueKind, Field_, QuoteKind, Span
from newswire.nlp.quotes.base.sentence_index import sentences
from newswire.nlp.quotes.base.word_arrays import lower_indices, pos_indices
from newswire.nlp.quotes.lexicon import Lexicon
from newswire.nlp.quotes.marked.marks import MarkedQuote, paragraphs
from newswire.nlp.quotes.speech.saying import according_openers, is_according

if TYPE_CHECKING:
    from newswire.nlp.quotes.speech.cues import Cue

__all__ = [
    "MAX_SENTENCE_CHARS",
    "SENTENCE_REACH",
    "Attribution",
    "CharRange",
    "TextMap",
    "TokenRange",
]

TokenRange = tuple[int, int]
CharRange = tuple[int, int]
#: Longest sentence a quote carries whole. spaCy finds no sentence end in a paragraph of
#: nested or run-on quotes, and every quote of it would carry the whole paragraph: the
#: events would grow with the square of its length. Of a longer one, a quote carries the
#: words within :data:`SENTENCE_REACH` characters of it.
MAX_SENTENCE_CHARS = 2_000
SENTENCE_REACH = 500


@dataclass(frozen=True)
class Attribution:
    """A quote or reported clause (chars ``[start, end)``) and what points to its speaker."""

    start: int
    end: int
    kind: QuoteKind
    paragraph: int = 0
    unclosed: bool = False
    continued: bool = False
    cue: TokenRange | None = None
    speaker: Token | None = None
    speaker_name: str | None = None  # a name read off the text, e.g. "Name:" in a headline
    mention: TokenRange | None = None
    sentence: CharRange | None = None
    keep: bool = True
    group_id: str | None = None
    cue_kind: CueKind = "speech"
    #: Where the quote this part took its speaker from starts: a pronoun is resolved from
    #: there (``"... So you stay," she said. "Then you're back ..."``: both halves are the
    #: one ``she`` brought in before the first, not whoever the second half's sentence reaches).
    said_from: int | None = None

    def joined(self, donor: Attribution | None, group_id: str | None, *,
               keep: bool) -> Attribution:
        """This part of a group, taking cue and speaker from ``donor`` when it has none."""
        if donor is not None and self.speaker is not None and self.speaker == donor.speaker \
                and donor.start < self.start:  # one cue for both halves: read it as for the first
            return replace(self, group_id=group_id, keep=keep, said_from=donor.start)
        if donor is None or self.speaker is not None or self.speaker_name is not None:
            return replace(self, group_id=group_id, keep=keep)
        return replace(self, group_id=group_id, keep=keep, cue=self.cue or donor.cue,
                       speaker=donor.speaker, speaker_name=donor.speaker_name,
                       mention=donor.mention, said_from=min(donor.start, self.start))


class TextMap:
    """Offsets, paragraphs, sentences and quoted stretches of one doc, and its language's words."""

    def __init__(self, doc: Doc, marked: Sequence[MarkedQuote], lexicon: Lexicon, *,
                 text: str | None = None) -> None:
        self.doc = doc
        self.lexicon = lexicon
        # ``doc.text`` joins a Token for every word: a caller that has it passes it.
        self.text: str = doc.text if text is None else text
        self._token_starts = doc.to_array(IDX).tolist() if len(doc) else []  # no Token each
        self.paragraphs = paragraphs(self.text)
        self._para_starts = [s for s, _ in self.paragraphs]
        self._sentences = _sentence_ranges(doc)
        self._sent_starts = [s for s, _ in self._sentences]
        # Quoted stretches include their marks, so a mark is never read as a cue's neighbour.
        self.quoted = [self._stretch(q) for q in marked]
        self._quoted_starts = [s for s, _ in self.quoted]
        #: Quotations dropped as no quote (titles: ``le film « Les Misérables »``), which a
        #: said clause may hold whole (:meth:`ignoring`); none outside that block.
        self._ignored: frozenset[CharRange] = frozenset()
        #: The cue at each word asked so far (:func:`~.cues.cue_in`), by index.
        self.cues: dict[int, Cue | None] = {}
        #: The words each verb asked so far says (:func:`~.said_once.said_in`), by index.
        self.said: dict[int, list[Token] | None] = {}

    @contextmanager
    def ignoring(self, marked: Sequence[MarkedQuote]) -> Iterator[None]:
        """Inside the block, :meth:`overlaps_quote` does not count ``marked``."""
        self._ignored = frozenset(self._stretch(q) for q in marked)
        try:
            yield
        finally:
            self._ignored = frozenset()

    def _stretch(self, quote: MarkedQuote) -> CharRange:
        """The characters a quotation covers, its marks included."""
        return quote.before_mark, max(quote.mark_end, min(quote.end + 1, len(self.text)))

    @cached_property
    def according_tokens(self) -> list[int]:
        """Indices of the tokens opening an ``according to`` (``selon``), in order: read once,
        so quotes sharing one long sentence do not each scan it."""
        doc, lexicon = self.doc, self.lexicon
        return [i for i in self._according_openers if is_according(doc[i], lexicon)]

    @cached_property
    def cue_openers(self) -> list[int]:
        """Indices of the words a cue may start at (:func:`~.cues.cue_at`), in order: the
        verbs and the first words of ``according to``; read once as arrays, so each quote's
        window asks only these."""
        return sorted({*pos_indices(self.doc, "VERB"), *self._according_openers})

    @cached_property
    def _according_openers(self) -> list[int]:
        """Indices of the words an ``according to`` phrase of the language opens with, read
        as an array (no Token for the others): what both lists above start from."""
        return lower_indices(self.doc, according_openers(self.lexicon))

    def token_at(self, char: int) -> int:
        """Index of the token holding character ``char`` (or the one just before it)."""
        return max(bisect.bisect_right(self._token_starts, char) - 1, 0)

    def token_end(self, index: int) -> int:
        """Character just past token ``index``."""
        token = self.doc[index]
        return int(token.idx) + len(token.text)

    def tokens(self, start: int, end: int) -> TokenRange:
        """Token range covering characters ``[start, end)``."""
        if not len(self.doc) or end <= start:
            return 0, 0
        return self.token_at(start), self.token_at(end - 1) + 1

    def paragraph_index(self, char: int) -> int:
        """Index of the paragraph holding ``char``."""
        return max(bisect.bisect_right(self._para_starts, char) - 1, 0)

    def paragraph_of(self, char: int) -> CharRange:
        """The paragraph holding ``char``."""
        if not self.paragraphs:
            return 0, len(self.text)
        return self.paragraphs[self.paragraph_index(char)]

    def is_quoted(self, char: int) -> bool:
        """Whether ``char`` lies inside a quotation (marks included)."""
        at = bisect.bisect_right(self._quoted_starts, char) - 1
        return at >= 0 and self.quoted[at][0] <= char < self.quoted[at][1]

    def overlaps_quote(self, start: int, end: int) -> bool:
        """Whether ``[start, end)`` shares a character with any quotation (but those
        :meth:`ignoring` names)."""
        at = bisect.bisect_left(self._quoted_starts, end) - 1
        while at >= 0 and self.quoted[at][1] > start:
            if self.quoted[at] not in self._ignored:
                return True
            at -= 1
        return False

    @property
    def ignores_some(self) -> bool:
        """Whether some quotations are not counted now (:meth:`ignoring`)."""
        return bool(self._ignored)

    def with_whole_quotations(self, start: int, end: int) -> CharRange:
        """``[start, end)`` widened so that a quotation it cuts at either end is whole
        (marks included)."""
        first = bisect.bisect_right(self._quoted_starts, start) - 1
        if first >= 0 and self.quoted[first][0] <= start < self.quoted[first][1]:
            start = self.quoted[first][0]
        last = bisect.bisect_left(self._quoted_starts, end) - 1
        if last >= 0 and self.quoted[last][0] < end < self.quoted[last][1]:
            end = self.quoted[last][1]
        return self.trim(start, end)

    def sentence_chars(self, start: int, end: int) -> CharRange:
        """The sentences overlapping ``[start, end)``, kept inside its paragraphs."""
        first = max(bisect.bisect_right(self._sent_starts, start) - 1, 0)
        last = max(bisect.bisect_left(self._sent_starts, end) - 1, first)
        lo = self._sentences[first][0] if self._sentences else start
        hi = self._sentences[last][1] if self._sentences else end
        para_lo = self.paragraph_of(start)[0]
        para_hi = self.paragraph_of(max(end - 1, start))[1]
        return self.trim(max(lo, para_lo, 0), min(hi, para_hi))

    def sentence_around(self, sentence: CharRange, start: int, end: int) -> CharRange:
        """``sentence``, or of one over :data:`MAX_SENTENCE_CHARS`, the whole words of it
        within :data:`SENTENCE_REACH` characters of the quote at ``[start, end)``."""
        lo, hi = sentence
        if hi - lo <= MAX_SENTENCE_CHARS:
            return sentence
        near_lo, near_hi = max(lo, start - SENTENCE_REACH), min(hi, end + SENTENCE_REACH)
        if near_lo > lo and not self.text[near_lo - 1].isspace():
            space = self.text.find(" ", near_lo, start)
            near_lo = space + 1 if space >= 0 else min(start, near_hi)
        if near_hi < hi and not self.text[near_hi].isspace():
            space = self.text.rfind(" ", end, near_hi)
            near_hi = space if space >= 0 else max(end, near_lo)
        return self.trim(near_lo, near_hi)

    def trim(self, start: int, end: int) -> CharRange:
        """``[start, end)`` without surrounding whitespace."""
        while start < end and self.text[start].isspace():
            start += 1
        while end > start and self.text[end - 1].isspace():
            end -= 1
        return start, end

    def has_word(self, start: int, end: int) -> bool:
        """Whether ``[start, end)`` holds a word (a letter or a digit): a turn of ``A: “`` or a
        bare ``?`` is no quote."""
        return any(c.isalnum() for c in self.text[start:end])

    def span(self, field: Field_, start: int, end: int) -> Span:
        """A :class:`Span` of ``field`` for ``[start, end)``."""
        return Span(text=self.text[start:end], start=start, end=end, field=field)


def _sentence_ranges(doc: Doc) -> list[CharRange]:
    if not len(doc) or not (doc.has_annotation("SENT_START") or doc.has_annotation("DEP")):
        return []
    return [(s.start_char, s.end_char) for s in sentences(doc)]  # the bounds found once a doc
