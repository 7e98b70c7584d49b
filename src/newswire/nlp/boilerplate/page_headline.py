"""The page's headline at the top of its text: the title, not a line of the body.

trafilatura keeps a page's ``<h1>`` as the first line of what it extracts. On pages told
article the block rules already take it as ``title`` (:mod:`.html_blocks`); on the pages
below the same line went into the body, and every stage after saw the title twice. WCXB's
gold leaves it out of the main text on articles (the first gold line is the ``<h1>`` on 16
of 382 tuning article pages) and keeps it on a third of shop and service pages, so it goes
only where that paid on both halves (``clean_html`` on every WCXB dev page beside base32's,
word F1 x1000; tune / check by file id, then the two halves cut by site):

- untold pages whose URL names a headline (articles): all +0.10 / +0.07, +0.10 / +0.07;
  articles +0.17 / +0.18, +0.18 / +0.17 (on check, 5 pages of other kinds lose a little:
  forum -0.14, product -0.20, listing -0.06, collection -0.08);
- documentation +0.44 / +0.20, +0.23 / +0.40; listings +0.31 / +0.00, +0.20 / +0.10.

Not on forums (tune -17.7: one thread whose text is little more than its title),
products (-5.9 / -2.3), collections (mixed) or untold pages without a headline URL
(check -0.01: service and listing pages lose on both halves). Pages without a URL (Zyte's)
are left as they were.
"""

from __future__ import annotations

from itertools import islice

from lxml import etree  # type: ignore[import-untyped]

from newswire.models import PageKind
from newswire.nlp.boilerplate.headline_repeats import headline_keys, normalise, repeats_headline
from newswire.nlp.boilerplate.html_tree import drop, iter_blocks, text_of

__all__ = ["HEADLINE_KINDS", "drop_headline"]

#: Kinds of page told whose headline at the top leaves the body (untold pages: when their
#: URL names a headline; told articles: :mod:`.html_blocks`).
HEADLINE_KINDS: frozenset[PageKind | None] = frozenset({"listing", "documentation"})
#: The headline is looked for among this many first blocks (a kicker may come first).
HEADLINE_BLOCKS = 2


def drop_headline(body: etree._Element, titles: tuple[str, ...]) -> list[str]:
    """Remove the first of the first blocks of ``body`` that is one of ``titles`` (the
    page's title and ``<h1>`` texts; a title may carry the site's name after it); its
    text, or nothing."""
    wanted = headline_keys(titles)
    if not wanted:
        return []
    for block in islice(iter_blocks(body), HEADLINE_BLOCKS):
        text = text_of(block)
        if repeats_headline(normalise(text), wanted):
            drop(block)
            return [text]
    return []
