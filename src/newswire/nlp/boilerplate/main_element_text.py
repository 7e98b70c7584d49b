"""The page's own ``<main>`` element (or a forum's posts) as the body, where trafilatura kept
one item of many: on listings, forums and pages that do not say what they are.

Lives here: :func:`main_element_body` and what it reads past (:data:`MAIN_ELEMENT_CHROME`);
which kinds of page it runs on is :mod:`.html`'s choice (``MAIN_ELEMENT_KINDS``). May import
``html_tree``, ``page_text``, ``page_kind``, ``line_rules`` and lxml; not :mod:`.html`.
"""

from __future__ import annotations

import re

from lxml import etree  # type: ignore[import-untyped]

from newswire.models import PageKind
from newswire.nlp.boilerplate.html_tree import main_element, paragraph, posts_container
from newswire.nlp.boilerplate.line_rules import words
from newswire.nlp.boilerplate.page_kind import headline_slug
from newswire.nlp.boilerplate.page_text import visible_lines

__all__ = ["MAIN_ELEMENT_CHROME", "MAIN_ELEMENT_SHARE", "main_element_body"]

#: Below this share of the ``<main>`` element's words, trafilatura missed most of the page.
MAIN_ELEMENT_SHARE = 0.5
#: Boxes of a main element that are no page's text: shop filters and facets, sidebars,
#: cookie and consent dialogs, pop-ups (WCXB dev, all pages: tune +0.0018, check +0.0023).
MAIN_ELEMENT_CHROME = re.compile(r"filter|facet|sidebar|cookie|consent|modal|popup", re.I)


def main_element_body(
    tree: etree._Element, body: etree._Element | None, url: str | None,
    kind: PageKind | None = None,
) -> etree._Element | None:
    """The ``<main>`` element's (or body's) text as a body when trafilatura kept little of it;
    on forums, the text of the thread's posts when the page marks them.

    The body stands in for pages without a main element, but not on pages whose URL is not
    known: those are likely articles, where trafilatura is right and the body's undeclared
    menus are not (Zyte news benchmark: one page 0.81 -> 0.09 precision). WCXB dev, all
    pages: tune 0.836 -> 0.842, check 0.839 -> 0.840. Untold pages whose URL ends in a
    headline keep trafilatura's text, ``<main>`` or not.
    """
    if kind == "forum":
        # A thread's posts, each an ``<article>``, are its text: trafilatura keeps the first
        # few and the ``<main>`` test would miss them (WCXB dev forums: tune 0.767 -> 0.794,
        # check 0.710 -> 0.731).
        posts = posts_container(tree)
        lines = visible_lines(posts, hidden_names=MAIN_ELEMENT_CHROME) if posts is not None else []
        if lines:
            return _lines_body(lines)
    if kind is None and headline_slug(url):
        # An untold page whose URL ends in a headline is an article: there the reading paid
        # only on the tune half (WCXB dev, all pages: tune +0.0028, check -0.0004, Zyte 0;
        # bench/boilerplate_ablation.py), whatever element it reads.
        return body
    main = main_element(tree)
    if main is None or (main.tag == "body" and not url):
        return body
    lines = visible_lines(main, hidden_names=MAIN_ELEMENT_CHROME)
    kept = len(words("".join(body.itertext()))) if body is not None else 0
    if kept >= MAIN_ELEMENT_SHARE * len(words(" ".join(lines))):
        return body
    return _lines_body(lines)


def _lines_body(lines: list[str]) -> etree._Element:
    """A body of one paragraph per line."""
    replacement = etree.Element("body")
    for line in lines:
        replacement.append(paragraph(line))
    return replacement
