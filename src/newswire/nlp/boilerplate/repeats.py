"""Runs of blocks that a page's main text repeats: the same section printed twice.

Pages carry their text twice more often than one would think: a responsive layout with a
desktop and a mobile copy of the same section, a Discourse thread whose crawler copy sits
beside the app's, a landing page whose ``<main>`` holds its feature list once per
breakpoint. trafilatura (and the ``<main>`` reading) keep both copies; the reader and the
benchmark's gold see one. A run of :data:`RUN_BLOCKS` blocks in a row, of at least
:data:`RUN_WORDS` words, that repeats an earlier run word for word (case and punctuation
aside) is dropped. On most pages a single repeated line is the page's text (a spec line
shared by several products of a listing); on forums, product pages and shop collections
it is a reply quoting the post it answers, each post's poster lines or each card's price
label, and there any repeated block goes (:data:`LINE_REPEAT_KINDS`), and so does a line of
:data:`LINE_WORDS` words or more repeated inside blocks (a quote inside a reply's block, a
traceback pasted in every post of a crawler copy: :func:`repeated_lines`).

Not on articles (WCXB dev, told article: tune +0.0027, check -0.0003), documentation (a
reference repeats its parameter blocks: -0.0069 / -0.0004), listings (no gain either half).
"""

from __future__ import annotations

from lxml import etree  # type: ignore[import-untyped]

from newswire.models import PageKind
from newswire.nlp.boilerplate.html_tree import drop, iter_blocks, text_of
from newswire.nlp.boilerplate.line_rules import words

__all__ = [
    "LINE_REPEAT_KINDS", "LINE_WORDS", "REPEAT_KINDS", "RUN_BLOCKS", "RUN_WORDS",
    "drop_repeated_runs", "repeated_lines", "repeated_runs",
]

#: Kinds of page whose repeated runs are dropped (None: the page does not say; not when its
#: URL names a headline, an article: see ``html.extract``). WCXB dev,
#: word F1 over the pages told so, tune / check: nothing +0.0044 / +0.0024, forum
#: +0.020 / +0.008, product +0.003 / +0.004.
REPEAT_KINDS: frozenset[PageKind | None] = frozenset({None, "forum", "product"})
#: Kinds of page where any block repeated word for word goes after its first copy: a forum
#: reply quoting the post it answers, each post's "Original Poster" / "Join Date" lines, a
#: shop card's "Loading..." or "$76" (WCXB dev, over the pages told so, tune / check: forum
#: +0.017 / +0.006, product +0.006 / +0.009, collection +0.034 / +0.019, on top of the runs).
LINE_REPEAT_KINDS: frozenset[PageKind | None] = frozenset({"forum", "product", "collection"})
#: Blocks in a row that make a run: two lines repeat by chance (a label and its value),
#: three rarely do.
RUN_BLOCKS = 3
#: Words a run needs: three short buttons ("Share", "Reply", "Report") are no section.
RUN_WORDS = 10
#: Words a line needs to go as a repeat of an earlier line of the text: shorter ones are a
#: poster's name, "1 like" or a line of code ("import time", "fi") that a post may repeat.
#: WCXB dev, pages told forum, product or collection, tune / check: forum +0.0065 /
#: +0.0034, collection +0.0012 / 0, product +0.0001 / +0.0002, listing 0 / +0.0002.
LINE_WORDS = 5


def repeated_runs(texts: list[str], size: int = RUN_BLOCKS, min_words: int = RUN_WORDS
                  ) -> set[int]:
    """Indices of ``texts`` inside a run of ``size`` texts (``min_words`` words or more) that
    repeats an earlier run it does not overlap."""
    keys = [" ".join(words(text.lower())) for text in texts]
    first: dict[tuple[str, ...], int] = {}
    repeated: set[int] = set()
    for start in range(len(keys) - size + 1):
        run = tuple(keys[start:start + size])
        if sum(len(key.split()) for key in run) < max(1, min_words):
            continue
        earlier = first.setdefault(run, start)
        if earlier + size <= start:
            repeated.update(range(start, start + size))
    return repeated


def drop_repeated_runs(body: etree._Element, lines: bool = False) -> list[str]:
    """Remove the blocks of ``body`` that repeat an earlier run of blocks (any block that
    repeats an earlier one, with ``lines``); their texts, in order."""
    read = [(block, text_of(block)) for block in iter_blocks(body)]
    blocks = [block for block, text in read if text]
    texts = [text for _, text in read if text]
    repeated = repeated_runs(texts, 1, 1) if lines else repeated_runs(texts)
    for index in sorted(repeated, reverse=True):
        drop(blocks[index])
    return [texts[index] for index in sorted(repeated)]


def repeated_lines(lines: list[str], min_words: int = LINE_WORDS) -> set[int]:
    """Indices of the ``lines`` of ``min_words`` words or more that repeat an earlier line
    word for word (case and punctuation aside)."""
    seen: set[str] = set()
    repeated: set[int] = set()
    for index, line in enumerate(lines):
        key = " ".join(words(line.lower()))
        if key in seen and len(key.split()) >= min_words:
            repeated.add(index)
        seen.add(key)
    return repeated
