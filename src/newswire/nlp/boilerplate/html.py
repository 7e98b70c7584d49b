"""Main text of a web page: trafilatura first, then what the kind of page calls for.

trafilatura (balanced, with its fallbacks; without them on shop collections) finds the main
block. On listings, forums and pages that do not say what they are, it often keeps one item
of many: there the page's own ``<main>`` element (else its ``<body>``) is read instead when
trafilatura kept less than half of its words. On article pages, the subheadings, paragraphs
and list items it dropped between paragraphs it kept come back (:mod:`.gaps`: collapsed
panels and slides inside the article among them); what survives inside the
article (the headline and standfirst repeated, "Read more" teasers, related links,
newsletter and social widgets) is removed block by block by :mod:`.html_blocks`, from the
:class:`Block` list made here.
Each choice is measured on WCXB dev (tuned on odd file ids, checked on even ones) beside
trafilatura alone, by ``bench/boilerplate_eval.py``.

Lives here: :func:`extract` and the kinds of page each of its steps runs on. Beside it: the
page's metadata and kind (:mod:`.page_metadata`), the ``<main>`` reading
(:mod:`.main_element_text`), the article's text from the blocks (:mod:`.article_text`, which
imports this module, so this one never imports it).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from lxml import etree  # type: ignore[import-untyped]

from newswire.models import PageKind, PageMetadata, RemovedLine
from newswire.nlp.boilerplate.baseline_lines import split_article_line
from newswire.nlp.boilerplate.blocks import Block, blocks_of
from newswire.nlp.boilerplate.collapsed import drop_kept_boxes, read_region
from newswire.nlp.boilerplate.continuations import continuation_paragraphs
from newswire.nlp.boilerplate.controls import CONTROL_KINDS, drop_controls
from newswire.nlp.boilerplate.discussion import discussion_body
from newswire.nlp.boilerplate.embeds import HTML_EMBED, unmark_html_embeds
from newswire.nlp.boilerplate.faq import restore_faq
from newswire.nlp.boilerplate.gaps import dropped_between, restore_between
from newswire.nlp.boilerplate.html_tree import (
    iter_blocks,
    load_page,
    normalise_body,
    page_anchors,
    paragraph,
    text_of,
    trafilatura_body,
)
from newswire.nlp.boilerplate.inline_quotes import inline_quotations
from newswire.nlp.boilerplate.invisible import drop_body_styles, drop_invisible
from newswire.nlp.boilerplate.main_element_text import main_element_body
from newswire.nlp.boilerplate.misnested import unwrap_misnested
from newswire.nlp.boilerplate.outside import PageLine, hidden_lines, page_lines
from newswire.nlp.boilerplate.page_boxes import drop_boxes, drops_boxes
from newswire.nlp.boilerplate.page_frame import (
    FRAME_KINDS,
    drop_footer_lines,
    drop_header_lines,
)
from newswire.nlp.boilerplate.page_headline import HEADLINE_KINDS, drop_headline
from newswire.nlp.boilerplate.page_kind import headline_slug
from newswire.nlp.boilerplate.page_language import PageEnglish
from newswire.nlp.boilerplate.page_metadata import page_metadata
from newswire.nlp.boilerplate.recommendations import drop_other_items
from newswire.nlp.boilerplate.repeats import (
    LINE_REPEAT_KINDS,
    REPEAT_KINDS,
    drop_repeated_runs,
)
from newswire.nlp.boilerplate.screen_variants import drop_other_variants
from newswire.nlp.boilerplate.streamed import may_stream, place_streamed_segments
from newswire.nlp.boilerplate.widget_lines import WIDGET_LINE_KINDS, drop_widget_lines

__all__ = [
    "BETWEEN_KINDS", "BLOCK_RULE_KINDS", "CONTINUATION_KINDS", "FAST_KINDS",
    "MAIN_ELEMENT_KINDS", "MAX_HTML_CHARS", "Block", "Extracted", "extract", "removed_as",
]

#: Pages are cut to this many characters, so that one hostile page cannot hold a worker.
MAX_HTML_CHARS = 6_000_000
#: Kinds of page (None: the page does not say) where trafilatura often keeps one item of many.
#: Not collections: there the ``<main>`` element is the shop's grid, filters and all (WCXB
#: dev pages told collection: tune 0.568 with it, 0.783 without; check 0.506, 0.538).
MAIN_ELEMENT_KINDS: frozenset[PageKind | None] = frozenset({None, "listing", "forum"})
#: Kinds of page where trafilatura's fallbacks (readability, jusText) swap its text for one
#: block of the grid; its own extraction alone keeps more (WCXB dev pages told collection:
#: tune 0.783 -> 0.812, check 0.538 -> 0.604), and is faster.
FAST_KINDS: frozenset[PageKind | None] = frozenset({"collection"})
#: Kinds of page on which the block rules below run (they were written for news articles).
BLOCK_RULE_KINDS: frozenset[PageKind | None] = frozenset({"article"})
#: Kinds of page whose text may continue in a sibling box (an article cut by adverts); on a
#: product or documentation page the "twin" boxes are other products' or sections' text.
CONTINUATION_KINDS: frozenset[PageKind | None] = frozenset({"article", None})
#: Kinds of page where what trafilatura dropped between the paragraphs it kept comes back
#: (:mod:`.gaps`; WCXB dev articles: tune +0.0055, check +0.0025; the other kinds, all
#: pages: tune +0.0010, check +0.0017). Not shop collections: there the gaps are the grid's
#: cards (tune -0.0001). Collapsed panels and slides after the last kept paragraph are not
#: appended any more: once the gaps came back, that gained nothing on either half (articles
#: tune -0.0001, check -0.0001; ``bench/boilerplate_ablation.py``).
BETWEEN_KINDS: frozenset[PageKind | None] = frozenset(
    {"article", "listing", "forum", "product", "documentation"})

for _name in ("trafilatura", "htmldate", "courlan"):
    logging.getLogger(_name).setLevel(logging.CRITICAL)


@dataclass(frozen=True)
class Extracted:
    """The main text of a page: its blocks in order, the XML body, what the page says, and
    the lines the page's rules took out of trafilatura's body before the blocks were made."""

    body: etree._Element | None
    blocks: list[Block]
    page: PageMetadata | None = None
    page_kind: PageKind | None = None
    headings: tuple[str, ...] = ()
    removed: tuple[RemovedLine, ...] = ()
    #: The page's visible text as read before extraction (:mod:`.outside`).
    lines: tuple[PageLine, ...] = ()
    #: Whether the page is in English (or cannot be told): the rules whose evidence is
    #: English words run only then (:mod:`.page_language`; identified when first asked).
    english: bool | PageEnglish = True
    #: The text of the elements dropped before extraction as hidden, on every screen
    #: (:mod:`.invisible`) or on the widest (:mod:`.screen_variants`), kept as data like
    #: :attr:`lines`.
    hidden: tuple[PageLine, ...] = ()

    @property
    def title(self) -> str:
        return (self.page.title if self.page else None) or ""


def extract(html: str, url: str | None = None, language: str | None = None) -> Extracted:
    """Read the page's metadata and kind, find its main text and split it into blocks;
    ``language``: the input's claim, which goes before the page's own."""
    tree = load_page(html[:MAX_HTML_CHARS])
    if tree is None:
        return Extracted(None, [])
    if may_stream(html):  # a search of the text spares a walk of the tree
        place_streamed_segments(tree)
    unwrap_misnested(tree)  # a post the parser put inside the header or a pop-up
    drop_body_styles(tree)  # CSS inside a paragraph is no text of it
    inline_quotations(tree, html)  # trafilatura reads a <q> as a block: it broke its sentence
    # What no reader sees (a Webflow post's hidden second copy), and the copies of a Framer
    # or Elementor layout the widest screen hides: their text is kept as data.
    hidden = tuple(hidden_lines([*drop_invisible(tree, html), *drop_other_variants(tree, html)]))
    seen = tuple(page_lines(tree))  # before boxes are dropped and trafilatura prunes
    page, kind = page_metadata(tree, url)
    headings = tuple(text_of(h) for h in tree.iterfind(".//h1"))[:2]
    # Links only matter where block rules may remove a block (and keep its links as data).
    anchors = page_anchors(tree) if kind in BLOCK_RULE_KINDS else {}
    if drops_boxes(kind):
        drop_boxes(tree)
    if HTML_EMBED in html:  # a search of the text spares a walk of the tree (0.7 ms a page)
        unmark_html_embeds(tree)
    body = trafilatura_body(tree, url, fast=kind in FAST_KINDS)
    split_article_line(body, tree)  # its last resort: an <article> run into one line
    body = discussion_body(tree, body, url)  # a link post: its discussion is its text
    if kind in MAIN_ELEMENT_KINDS:
        body = main_element_body(tree, body, url, kind)
    if body is None:
        return Extracted(None, [], page, kind, headings, lines=seen, hidden=hidden)
    english = PageEnglish(page.title or "", body, language or page.language)
    removed: list[RemovedLine] = []
    if kind in CONTINUATION_KINDS:
        for text in continuation_paragraphs(tree, body):
            body.append(paragraph(text))
    if kind in BETWEEN_KINDS or kind is None:
        # Untold pages whose URL names a headline are articles: what trafilatura dropped
        # between the paragraphs it kept comes back too (WCXB dev, all pages: tune +0.0026,
        # check +0.0013; articles +0.0019 / +0.0020). The other untold pages are services,
        # shop and section fronts, landing pages: trafilatura drops their subheadings and
        # sections between the ones it kept as on the told kinds (WCXB dev tune, untold
        # without a headline URL: 27 pages of 27 sites up, 19 of 16 down, all +0.0014; pages50).
        read = read_region(tree, body)
        restore_between(body, dropped_between(read))
        if kind in BLOCK_RULE_KINDS or (kind is None and headline_slug(url)):
            # Not on listings, forums, products and documentation: their "boxes" are the
            # page's cards and posts (WCXB dev, articles: tune +0.0006, check +0.0007).
            removed += removed_as("kept-box", drop_kept_boxes(body, read))
    restore_faq(html, tree, body)
    normalise_body(body)
    if kind in WIDGET_LINE_KINDS:
        removed += removed_as("widget", drop_widget_lines(body))
    if kind in REPEAT_KINDS | LINE_REPEAT_KINDS and not (kind is None and headline_slug(url)):
        runs = drop_repeated_runs(body, lines=kind in LINE_REPEAT_KINDS)
        removed += removed_as("repeated-block", runs)
    removed += _page_chrome(body, kind, url, (page.title or "", *headings))
    elements = list(iter_blocks(body))
    texts = [text_of(e) for e in elements]
    blocks = blocks_of(elements, texts, anchors)
    return Extracted(body, blocks, page, kind, headings, tuple(removed), seen, english, hidden)


def _page_chrome(body: etree._Element, kind: PageKind | None, url: str | None,
                 titles: tuple[str, ...]) -> list[RemovedLine]:
    """Drop what a page that is not an article shows of other items and of itself: other
    products and threads, its controls, its header above the title and its footer, and
    its headline atop the text (:mod:`.page_headline`; ``titles``: the title, the ``<h1>``
    texts). Untold pages whose URL names a headline are articles, and so, for the chrome,
    are untold pages without a URL (Zyte's news pages close with "Copyright 2019 ...")."""
    removed = [RemovedLine(text=text, rule=rule)
               for rule, text in drop_other_items(body, kind, headline_slug(url))]
    if kind is None and (not url or headline_slug(url)):
        return removed + removed_as("title", drop_headline(body, titles) if url else [])
    if kind in CONTROL_KINDS:
        removed += removed_as("control", drop_controls(body))
    if kind in FRAME_KINDS:
        removed += removed_as("page-header", drop_header_lines(body, titles[1:]))
        removed += removed_as("page-footer", drop_footer_lines(body))
    if kind in HEADLINE_KINDS:  # after the header: the headline opens the text then
        removed += removed_as("title", drop_headline(body, titles))
    return removed


def removed_as(rule: str, texts: list[str]) -> list[RemovedLine]:
    """Lines a page rule took out of the body, kept as data under the rule's name."""
    return [RemovedLine(text=text, rule=rule) for text in texts]
