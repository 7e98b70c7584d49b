"""Block rules of article pages: what survives inside the article trafilatura kept.

The headline and standfirst repeated at the top, "Read more" teasers, lists of related
links, and what follows a "Related" heading are removed block by block, with the same line
rules as plain text (:mod:`.text_lines`) plus what markup tells: how much of a block is
link text, and the page's own title and description. Only on pages told article
(``BLOCK_RULE_KINDS``: run on every page they lost on both WCXB halves), with the author's
card closing the article (:mod:`.author_bio`); elsewhere learned templates go, and cookie
notices and a forum's post dates (``KIND_LINE_RULES``). May import the other boilerplate
modules, lxml; nothing else.
"""

from __future__ import annotations

import re
from collections.abc import Set as AbstractSet
from typing import TYPE_CHECKING

from lxml import etree  # type: ignore[import-untyped]

from newswire.models import PageKind, PageMetadata
from newswire.nlp.boilerplate.author_bio import author_bio
from newswire.nlp.boilerplate.credit_lines import is_bare_credit
from newswire.nlp.boilerplate.headline_repeats import headline_keys, normalise, repeats_headline
from newswire.nlp.boilerplate.html import BLOCK_RULE_KINDS, Block, Extracted
from newswire.nlp.boilerplate.line_rules import is_sentence, is_teaser_heading, words
from newswire.nlp.boilerplate.named_rules import rule_among
from newswire.nlp.boilerplate.templates import line_fingerprint
from newswire.nlp.boilerplate.text_lines import Verdict, decide

if TYPE_CHECKING:
    from newswire.nlp.boilerplate.page_language import PageEnglish

__all__ = ["ARTICLE_SKIPPED_RULES", "BARE_CREDIT_RULES", "DESCRIBED", "KIND_LINE_RULES",
           "TEASER_MAX_WORDS", "TEASER_MIN_WORDS", "verdicts"]

#: A list item longer than this is prose even when it opens with a link.
TEASER_MAX_WORDS = 30
#: A list item shorter than this is the article's own list (fabrics, course or product
#: names), not another story's headline, even when it is all link. With ``DESCRIBED``, on
#: WCXB dev articles: tune +0.0004, check +0.0005; Zyte unchanged.
TEASER_MIN_WORDS = 6
#: After the link that opens a list item, these start a description of what the link
#: names ("Freebird60 Full Kit ($160): Compact 60% layout...", "Neem Oil – This is the
#: brand I use"): a list of products or places described, not of other stories.
DESCRIBED = re.compile(r"\s*(?:[:(–—]|- )")
#: A standfirst paragraph is the lead when it shares ``_LEAD_SHARED_WORDS`` words of this
#: many letters with the headline and the next ``_LEAD_NEXT`` blocks
#: (:func:`_keep_lead_paragraphs`): a lead paragraph shares several (the six tune pages it
#: gains on share 2 to 8), a local site's tagline at most its town or county (review53).
_LEAD_WORD_CHARS = 5
_LEAD_NEXT = 2
_LEAD_SHARED_WORDS = 2
#: The line rules that also run on pages told another kind than article (the others cost
#: those pages their text: prices, dates of reviews, code): a cookie notice trafilatura kept,
#: and on forums a post's date line ("Apr 13, 2009", "Posted ..."). WCXB dev, tune / check:
#: product +0.0014 / +0.0010, forum +0.0019 / +0.0004, listing +0.0002 / 0, the other kinds
#: within 0.0001.
#: Line rules that do not run on article pages: each removed lines on a few pages of both
#: WCXB halves and paid on neither (x1000 word F1, tune / check / Zyte, pages: consent
#: -0.0 / -0.0 / 0.0, 8/7; survey -0.0 / -0.0 / 0.0, 3/3; bench/boilerplate_ablation.py),
#: and they took real sentences ("... you agreed to the terms and conditions ...").
#: ``photo-credit``, ``nav`` and ``byline`` likewise, on sites the rules were never tuned on
#: too (WCXB dev cut by site, and the check half's pages of sites the tuning half lacks: 0.0
#: or -0.0 on each, Zyte 0.0; ``handoff/page25.md``): "Photos by residents show the bridge
#: ..." is a sentence, "By Air And Sea – How The Rescue Worked" a subheading.
ARTICLE_SKIPPED_RULES = frozenset({"consent", "survey", "photo-credit", "nav", "byline"})
#: Of those, the credit rules still take a line that does nothing but credit: "Photo:
#: Shutterstock", "By Rick Steves" (:func:`.credit_lines.is_bare_credit`): left in the
#: body, the name becomes a mention for the entity and quote stages.
BARE_CREDIT_RULES = frozenset({"photo-credit", "byline"})
KIND_LINE_RULES: dict[PageKind, frozenset[str]] = {
    "forum": frozenset({"consent", "date"}),
    **{kind: frozenset({"consent"})
       for kind in ("listing", "collection", "product", "documentation", "service")},
}


def verdicts(extracted: Extracted, learned: AbstractSet[str]) -> list[Verdict | None]:
    """One verdict per block: the line rules, then what markup and metadata add.

    Only on article pages; elsewhere learned templates and the lines of
    :data:`KIND_LINE_RULES` are removed. On a page not in English (``extracted.english``),
    the line rules whose evidence is English words do not run.
    """
    blocks, english = extracted.blocks, extracted.english
    if extracted.page_kind not in BLOCK_RULE_KINDS:
        kind = extracted.page_kind
        rules = KIND_LINE_RULES.get(kind, frozenset()) if kind is not None else frozenset()
        return [_kind_verdict(b.text, rules, learned, english) for b in blocks]
    lines = [b.text for b in blocks]
    result = [None if v is not None and _skipped_on_articles(v.rule, line) else v
              for line, v in zip(lines, decide(lines, "", learned, context=False,
                                               english=english), strict=True)]
    for i, block in enumerate(blocks):
        if result[i] is None and _is_link_teaser(block):
            result[i] = Verdict("related-link")
    _keep_links_inside_body(blocks, result)
    _mark_teaser_lists(blocks, result)
    _mark_after_promo_headings(blocks, result)
    _mark_page_header(extracted, result)
    _keep_lead_paragraphs(extracted, result)
    _mark_author_bio(extracted, result)
    return result


def _skipped_on_articles(rule: str, line: str) -> bool:
    """Whether a line rule's verdict is set aside on an article page."""
    if rule in BARE_CREDIT_RULES:
        return not is_bare_credit(line, rule)
    return rule in ARTICLE_SKIPPED_RULES


def _learned(text: str, learned: AbstractSet[str]) -> bool:
    return bool(learned) and line_fingerprint(text) in learned


def _kind_verdict(text: str, rules: AbstractSet[str], learned: AbstractSet[str],
                  english: bool | PageEnglish = True) -> Verdict | None:
    """A learned template, or a line that one of ``rules`` (line rule names) names first."""
    if _learned(text, learned):
        return Verdict("template", "learned")
    rule = rule_among(text, rules, english)  # only these rules' lines are searched whole
    return Verdict(rule) if rule is not None else None


def _keep_links_inside_body(blocks: list[Block], result: list[Verdict | None]) -> None:
    """On a page, a bare URL followed by more prose is part of the article (a shop link)."""
    prose_after = False
    for i in range(len(blocks) - 1, -1, -1):
        verdict = result[i]
        if verdict is None:
            prose_after = prose_after or is_sentence(blocks[i].text)
        elif verdict.rule == "link" and prose_after:
            result[i] = None


def _mark_teaser_lists(blocks: list[Block], result: list[Verdict | None]) -> None:
    """A list whose items mostly read as linked headlines is a list of other stories."""
    by_list: dict[etree._Element, list[int]] = {}
    for i, block in enumerate(blocks):
        parent = block.element.getparent()
        if block.tag == "item" and parent is not None:
            by_list.setdefault(parent, []).append(i)
    for items in by_list.values():
        led = sum(_headline_item(blocks[i]) for i in items)
        if len(items) >= 3 and led >= 0.6 * len(items):
            for i in items:
                result[i] = result[i] or Verdict("related-link")


def _headline_item(block: Block) -> bool:
    """A list item that reads like a story's headline: it opens with a link, is of a
    headline's length, and what follows the link does not describe what it names."""
    if not block.leading_link or not TEASER_MIN_WORDS <= len(words(block.text)) <= TEASER_MAX_WORDS:
        return False
    label = max((link.label for link in block.links if block.text.startswith(link.label)),
                key=len, default="")
    return not DESCRIBED.match(block.text[len(label):])


def _mark_after_promo_headings(blocks: list[Block], result: list[Verdict | None]) -> None:
    """Under a removed "Related" / "Don't miss" / "Tags" heading, the teasers go too."""
    for i, block in enumerate(blocks):
        verdict = result[i]
        if verdict is None or not is_teaser_heading(block.text):
            continue
        for j in range(i + 1, len(blocks)):
            if result[j] is not None:
                continue
            if is_sentence(blocks[j].text) and not blocks[j].leading_link:
                break
            result[j] = Verdict(verdict.rule)


def _is_link_teaser(block: Block) -> bool:
    """A paragraph that is one whole link, and no sentence: a teaser dropped into the text.

    A list item is judged with its list (:func:`_mark_teaser_lists`), not alone: one that
    was mostly link text went by itself before, which cost the link lists of pages told
    article (WCXB dev, all pages: tune -0.0007, check -0.0002; articles and Zyte no gain;
    ``handoff/ISSUE-13-audit.md``).
    """
    n = len(words(block.text))
    return block.tag == "p" and 0 < n <= 20 and block.link_words >= n and not is_sentence(
        block.text)


def _mark_page_header(extracted: Extracted, result: list[Verdict | None]) -> None:
    """The headline and standfirst repeated at the top belong to metadata, not the body."""
    page = extracted.page or PageMetadata()
    titles = headline_keys((page.title or "", *extracted.headings))
    description = normalise(page.description or "")
    for i, block in enumerate(extracted.blocks[:4]):
        if result[i] is not None:
            continue
        text = normalise(block.text)
        if not text:
            continue
        if repeats_headline(text, titles):
            result[i] = Verdict("title")
        # Only right under the headline: elsewhere the description is the lead paragraph.
        # A ``<p>`` marked here (or by the line rules' dek, ``text_lines._mark_standfirst``)
        # that shares the headline's and the next paragraphs' words is taken back as the
        # lead by :func:`_keep_lead_paragraphs`, which needs the blocks after it.
        elif i > 0 and result[i - 1] == Verdict("title") and _same_standfirst(text, description):
            result[i] = Verdict("standfirst")


def _mark_author_bio(extracted: Extracted, result: list[Verdict | None]) -> None:
    """The author's card closing the article (:mod:`.author_bio`; WCXB dev articles: tune
    +0.0003, check +0.0001; Zyte unchanged)."""
    authors = extracted.page.authors if extracted.page else []
    kept = [i for i, verdict in enumerate(result) if verdict is None]
    for i in author_bio([block.text for block in extracted.blocks], kept, authors):
        result[i] = Verdict("author-bio")


def _keep_lead_paragraphs(extracted: Extracted, result: list[Verdict | None]) -> None:
    """A standfirst set as a paragraph of the body is the article's lead paragraph.

    Publishing tools copy the first paragraph into the page's description when the writer
    gives none (WordPress excerpts, Substack's), so the description matches the lead; a
    summary written apart (a dek) is set as a subheading (``<h2>``, a subtitle), which
    trafilatura gives as a heading. WCXB dev tune articles: 8 pages change, 6 up (6 sites:
    a radio transcript, a franchise guide, two newsletters, a fashion blog, a gardening
    column), 2 down (a written dek in a ``<p>``); +0.0002. A site's tagline used as every
    page's description and printed above the story shares at most its town or county with
    the headline and the story's next paragraphs (:data:`_LEAD_SHARED_WORDS`): it still goes
    (review53). Tune with that bar: 5 up, 2 down (4433's one-line subtitle shares one word).
    """
    blocks = extracted.blocks
    for i, block in enumerate(blocks):
        if block.tag == "p" and result[i] == Verdict("standfirst"):
            around = [extracted.title, *(b.text for b in blocks[i + 1:i + 1 + _LEAD_NEXT])]
            if _shared_words(block.text, around) >= _LEAD_SHARED_WORDS:
                result[i] = None


def _shared_words(text: str, others: list[str]) -> int:
    """How many words of at least :data:`_LEAD_WORD_CHARS` letters ``text`` shares with
    ``others`` (by their first that many letters: `plumbers`, `plumbing`)."""
    keys = _word_keys(text)
    return len(keys & set().union(*map(_word_keys, others)))


def _word_keys(text: str) -> set[str]:
    return {w[:_LEAD_WORD_CHARS].lower() for w in words(text)
            if len(w) >= _LEAD_WORD_CHARS and w.isalpha()}


def _same_standfirst(text: str, description: str) -> bool:
    """True when a block is the meta description (which is often cut short with "...")."""
    if text == description:
        return True
    shorter, longer = sorted((text, description), key=len)
    return len(shorter) >= 40 and longer.startswith(shorter) and len(shorter) >= 0.8 * len(longer)
