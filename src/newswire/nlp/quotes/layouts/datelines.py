"""A story's dateline (``LOS ANGELES —``, ``RENO, Nev. (AP) —``) names where it was filed.

Nobody speaks there (``WASHINGTON —`` is no subject of ``said``) and its place is nobody's
antecedent (``“I am still Sanders,” it read`` is not Los Angeles). The dateline that opens
a body is the one the boilerplate stage's ``find_dateline`` found (its place is one of the
entities): the pipeline hands where it ends to ``extract_quotes`` (``dateline_end``), which
marks the body doc with it (:func:`mark_dateline`); the cue stage asks :func:`in_dateline`,
the resolver :func:`span_in_dateline`, so ``Toronto (CP) -`` counts as it does for the
entities. Capitals before a dash that detector does not read as the body's dateline (a
later story's ``WASHINGTON —``) are still taken for one by each stage's own test, as
before: without them one PolNeAR dev figure dropped (``handoff/ops24.md``).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from newswire.nlp.quotes.base.sentence_index import sentence_start

__all__ = ["in_dateline", "mark_dateline", "span_in_dateline"]

#: Where a doc keeps its dateline's (start, end) characters (``Doc.user_data``).
_KEY = "newswire.dateline"
_DASHES = frozenset(("—", "–", "--"))
# "CALGARY, Alberta, Nov. 6, 2026 /PRNewswire/ --": how far the dash may follow the place.
_DATELINE_TOKENS = 14
_OPENING_TOKENS = 2  # "(AP) WASHINGTON —", "By AP WASHINGTON —"


def mark_dateline(doc: Doc, end: int, *, text: str | None = None) -> None:
    """Record that ``doc``'s dateline ends at character ``end`` (0: it has none).

    A dateline is one line (a byline may come before it): it starts on the line it ends on.
    ``text`` is ``doc.text`` when the caller has it (joining it makes a Token for every word).
    """
    start = (doc.text if text is None else text).rfind("\n", 0, end) + 1 if end > 0 else 0
    doc.user_data[_KEY] = (start, end)


def _marked(doc: Doc) -> tuple[int, int]:
    bounds: tuple[int, int] = doc.user_data.get(_KEY, (0, 0))
    return bounds


def in_dateline(token: Token) -> bool:
    """Whether ``token`` is part of a dateline: the body's, or capitals before a dash."""
    start, end = _marked(token.doc)
    return start <= token.idx < end or _capitals_before_dash(token)


def span_in_dateline(span: Span) -> bool:
    """Whether ``span`` (an entity's mention) starts in a dateline: the body's, or it is in
    capitals at its sentence's start and a dash follows it with no lower-case word between
    (``NDP Leader Jagmeet Singh said —`` is no dateline)."""
    start, end = _marked(span.doc)
    return start <= span.start_char < end or _capitals_span_before_dash(span)


def _capitals_before_dash(token: Token) -> bool:
    """``WASHINGTON —`` or ``RENO, Nev. (AP) —`` opening a sentence."""
    if not (token.text.isupper() and len(token.text) > 2) or token.i - token.sent.start > 2:
        return False
    return any(t.text in _DASHES for t in token.doc[token.i + 1:token.i + _DATELINE_TOKENS])


def _capitals_span_before_dash(span: Span) -> bool:
    # Where the span starts first: most mentions are further into their sentence (every
    # entity's mention asks), and their words are then never read.
    if span.start - sentence_start(span[0]) > _OPENING_TOKENS:
        return False
    words = [t.text for t in span if any(c.isalpha() for c in t.text)]
    if not words or not all(w.isupper() for w in words) or sum(map(len, words)) < 3:
        return False
    for token in span.doc[span.end:span.end + _DATELINE_TOKENS]:
        if token.text in _DASHES:
            return True
        if token.text[:1].islower():
            return False
    return False
