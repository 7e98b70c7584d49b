"""The article's text from an extracted page: the kept blocks as lines, and whether any
article is left at all.

Lives here: :func:`body_text` (the removed blocks dropped, lines repeated inside blocks
taken out) and :func:`has_article`. May import :mod:`.html` (the :class:`~.html.Extracted`
page and ``removed_as``), ``html_tree``, ``repeats``, ``line_rules``, ``shape_rules``.
"""

from __future__ import annotations

from collections.abc import Set as AbstractSet

from lxml import etree  # type: ignore[import-untyped]

from newswire.models import RemovedLine
from newswire.nlp.boilerplate.html import Extracted, removed_as
from newswire.nlp.boilerplate.html_tree import drop
from newswire.nlp.boilerplate.line_rules import is_sentence, words
from newswire.nlp.boilerplate.repeats import LINE_REPEAT_KINDS, repeated_lines
from newswire.nlp.boilerplate.shape_rules import has_words

__all__ = ["MIN_ARTICLE_WORDS", "body_text", "has_article"]

#: Fewer words than this, and no sentence, is no article (a menu entry, a button).
MIN_ARTICLE_WORDS = 10


def has_article(body: str) -> bool:
    """False for what is left of a page without an article: a menu entry, a stray word."""
    return has_words(body, MIN_ARTICLE_WORDS) or any(
        is_sentence(line) and len(words(line)) >= 3 for line in body.splitlines()
    )


def body_text(extracted: Extracted, removed: AbstractSet[int]
              ) -> tuple[str, list[RemovedLine]]:
    """The article text after dropping the removed blocks (from the tree), one per line, and
    the lines repeated inside blocks that left it (``repeated-line``)."""
    from trafilatura.xml import xmltotxt

    if extracted.body is None:
        return "", []
    for i in sorted(removed, reverse=True):
        drop(extracted.blocks[i].element)
    etree.strip_tags(extracted.body, "ref")
    text = xmltotxt(extracted.body, include_formatting=False) or ""
    lines = [" ".join(line.split()) for line in text.splitlines()]
    repeated: set[int] = set()
    if extracted.page_kind in LINE_REPEAT_KINDS:
        # Lines inside blocks repeat too: a quote in a reply's block (see ``repeats``).
        repeated = repeated_lines(lines)
    kept = "\n".join(line for i, line in enumerate(lines) if line and i not in repeated)
    return kept, removed_as("repeated-line", [lines[i] for i in sorted(repeated)])
