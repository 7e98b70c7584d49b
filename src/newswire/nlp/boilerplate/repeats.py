"""Runs of blocks that a page's main text repeats: the same section printed twice.

Pages carry their text twice more often than one would think: a responsive layout with a
desktop and a mobile copy of the same section, a Discourse thread whose crawler copy sits
beside the app's, a landing page whose ``<main>`` holds its feature list once per
breakpoint. trafilatura (and the ``<main>`` reading) keep both copies; the reader and the
benchmark's gold see one. A run of :data:`RUN_BLOCKS` blocks in a row, of at least
:data:`RUN_WORDS` words, that repeats an earlier run word for word (case and punctuation
aside) is dropped. A single repeated line is not: a listing's "Add to cart" or a spec line
shared by several products is the page's text.

Not on articles (WCXB dev, told article: tune +0.0027, check -0.0003), documentation (a
reference repeats its parameter blocks: -0.0069 / -0.0004), listings or shop collections
(no gain either half). WCXB dev, word F1 of pages told forum, product, or nothing, tune /
check: see :data:`REPEAT_KINDS`.
"""

from __future__ import annotations

from lxml import etree  # type: ignore[import-untyped]

from newswire.models import PageKind
from newswire.nlp.boilerplate.html_tree import drop, iter_blocks, text_of
from newswire.nlp.boilerplate.line_rules import words

__all__ = ["REPEAT_KINDS", "RUN_BLOCKS", "RUN_WORDS", "drop_repeated_runs", "repeated_runs"]

#: Kinds of page whose repeated runs are dropped (None: the page does not say). WCXB dev,
#: word F1 over the pages told so, tune / check: nothing +0.0044 / +0.0024, forum
#: +0.020 / +0.008, product +0.003 / +0.004.
REPEAT_KINDS: frozenset[PageKind | None] = frozenset({None, "forum", "product"})
#: Blocks in a row that make a run: two lines repeat by chance (a label and its value),
#: three rarely do.
RUN_BLOCKS = 3
#: Words a run needs: three short buttons ("Share", "Reply", "Report") are no section.
RUN_WORDS = 10


def repeated_runs(texts: list[str]) -> set[int]:
    """Indices of ``texts`` inside a run that repeats an earlier run it does not overlap."""
    keys = [" ".join(words(text.lower())) for text in texts]
    first: dict[tuple[str, ...], int] = {}
    repeated: set[int] = set()
    for start in range(len(keys) - RUN_BLOCKS + 1):
        run = tuple(keys[start:start + RUN_BLOCKS])
        if sum(len(key.split()) for key in run) < RUN_WORDS:
            continue
        earlier = first.setdefault(run, start)
        if earlier + RUN_BLOCKS <= start:
            repeated.update(range(start, start + RUN_BLOCKS))
    return repeated


def drop_repeated_runs(body: etree._Element) -> int:
    """Remove the blocks of ``body`` that repeat an earlier run of blocks; how many."""
    blocks = [block for block in iter_blocks(body) if text_of(block)]
    repeated = repeated_runs([text_of(block) for block in blocks])
    for index in sorted(repeated, reverse=True):
        drop(blocks[index])
    return len(repeated)
