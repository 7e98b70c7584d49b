"""A doc's sentences, found once a doc: ``token.sent`` walks the boundaries back and forth
from the word and makes two Spans at every ask, ``doc.sents`` walks the whole doc; the
quotes stage asks a word's sentence tens of thousands of times over PolNeAR's 440 articles
(the lead's sentences before a role noun, the sentence told before a pronoun).

The bounds are kept in ``Doc.user_data`` as numbers (a doc so marked still serialises), like
:mod:`~newswire.nlp.quotes.base.word_arrays`' groups: only for a parse no later step changes (the
quotes stage's, not a component's).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator

from spacy.tokens import Doc, Span, Token

from newswire.nlp.quotes.base.doc_keeps import kept

__all__ = ["sentence_bounds", "sentence_of", "sentence_start", "sentences"]

_KEY = "newswire.sentence_starts"


def sentences(doc: Doc) -> Iterator[Span]:
    """``doc.sents``, from the bounds found once a doc."""
    starts = kept(doc, _KEY, _starts)
    for k, start in enumerate(starts):
        yield Span(doc, start, starts[k + 1] if k + 1 < len(starts) else len(doc))


def sentence_of(token: Token) -> Span:
    """``token.sent``: the same words, from the bounds found once a doc."""
    return Span(token.doc, *sentence_bounds(token))


def sentence_bounds(token: Token) -> tuple[int, int]:
    """``(token.sent.start, token.sent.end)``, with no Span made (a Span makes three Tokens):
    for a rule that needs only where the sentence starts or ends."""
    doc = token.doc
    starts = kept(doc, _KEY, _starts)
    k = bisect_right(starts, token.i)
    return starts[k - 1], starts[k] if k < len(starts) else len(doc)


def sentence_start(token: Token) -> int:
    """``token.sent.start``, with no Span made."""
    starts = kept(token.doc, _KEY, _starts)
    return starts[bisect_right(starts, token.i) - 1]


def _starts(doc: Doc) -> list[int]:
    """Where each sentence starts, as ``doc.sents`` finds them (the first at 0)."""
    return [sent.start for sent in doc.sents]
