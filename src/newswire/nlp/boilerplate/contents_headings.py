"""A table of contents' heading left without its entries: a line of the page, not of the text.

A long guide or review opens with a "Table of contents" box: its heading and its list of
links to the sections below. trafilatura drops the links (a list of in-page links) and
often keeps the heading, which then stands alone above the first paragraph
(``Table of Contents`` / ``Looking for a moving company in the NYC? …``). That orphan heading
names nothing the text holds; the gold of WCXB's article pages never keeps it, and it keeps
the heading where the entries stay below it (``Jump to ↓`` over the sections' names).

A contents heading (:data:`CONTENTS_HEADING`: ``Table of contents``, ``Contents:``, ``On this
page``, ``In this article``, ``Jump to``, ``Sommaire``, ``Inhaltsverzeichnis``, ``Índice``)
is an orphan when prose follows at once, or a section's heading and then its prose (the
entries would be two or more short names in a row), or nothing at all. A heading repeated
at once (a theme's box title and its toggle) goes with it. Shared by every site builder's
box (WordPress plugins, Webflow, HubSpot), not one site's markup: WCXB dev tune, pages told
article, 13 pages of 13 sites carry one.

Lives here: :func:`orphan_contents_headings`. May import :mod:`.line_rules`' helpers only.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from newswire.nlp.boilerplate.line_rules import is_sentence, words

__all__ = ["CONTENTS_HEADING", "PROSE_MIN_WORDS", "orphan_contents_headings"]

#: The heading of a table of contents, alone on its line.
CONTENTS_HEADING = re.compile(
    r"^[\W_]*(?:table of contents?|(?:page )?contents|on this page|in this (?:article|post)|"
    r"jump to(?: section)?|sommaire|dans cet article|inhaltsverzeichnis|inhalt|[íi]ndice|"
    r"tabla de contenidos?)[\W_]*$",
    re.IGNORECASE,
)
#: A line that ends as prose does and has at least this many words is a paragraph, not a
#: contents entry ("What is an online course?" is an entry).
PROSE_MIN_WORDS = 8


def orphan_contents_headings(lines: Sequence[str]) -> list[int]:
    """The indices of ``lines`` that are contents headings without their entries below."""
    orphans: list[int] = []
    i = 0
    while i < len(lines):
        if not CONTENTS_HEADING.match(lines[i]):
            i += 1
            continue
        run = i + 1  # the heading repeated at once goes with it
        while run < len(lines) and CONTENTS_HEADING.match(lines[run]):
            run += 1
        if _no_entries(lines[run:run + 2]):
            orphans.extend(range(i, run))
        i = run
    return orphans


def _no_entries(following: Sequence[str]) -> bool:
    """Whether the two lines after a contents heading are no list of entries: nothing, prose,
    or a heading and its prose."""
    return not following or any(_prose(line) for line in following)


def _prose(line: str) -> bool:
    return is_sentence(line) and len(words(line)) >= PROSE_MIN_WORDS
