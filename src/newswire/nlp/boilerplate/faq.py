"""A page's FAQ that trafilatura left out: the questions and answers under an FAQ heading.

Pages of every kind close their text with "Frequently asked questions": an article's last
section, a product's or a service's questions, a course listing's. The questions sit in an
accordion (``<details>``/``<summary>``, a Chakra, Kadence or Webflow list of ``h3`` and
answer panels) or a column of title/answer ``div``s, a markup trafilatura reads as a widget
and drops, heading and all, or keeps the answers of without their questions. WCXB's gold
keeps an FAQ that is a section of the text (in the box of the paragraphs trafilatura kept);
one in a box of its own below the article it leaves out about as often as it keeps it. So the
FAQ under a heading beside kept text goes back at the end of the body: the lines of it the
body lacks, heading first.

WCXB dev, tune half (``handoff/pages48.md``): 15 pages of 4 kinds change, 11 up, 4 down
(0291 Webflow FAQ, 4497 Chakra accordion are still left out: their FAQ has a box of its own).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import islice

from lxml import etree  # type: ignore[import-untyped]

from newswire.nlp.boilerplate.html_tree import paragraph, text_of

__all__ = ["FAQ_HEADING", "faq_blocks", "restore_faq"]

#: An FAQ section's heading: "FAQ", "FAQs", "Frequently asked questions (FAQs)",
#: "FAQs about graphic design", "Portage FAQ".
FAQ_HEADING = re.compile(r"\b(?:FAQs?|frequently asked questions)\b", re.IGNORECASE)
#: How a page spells an FAQ heading, searched for as plain strings: a case-blind regular
#: expression over the page costs 3.7 ms a page, these searches a tenth of that.
_MENTIONS = ("FAQ", "Faq", "faq", "requently asked", "requently Asked", "REQUENTLY ASKED")
#: A heading of more words than this is a sentence that names the FAQ, not its heading.
_MAX_HEADING_WORDS = 8
#: A question of more words than this is a paragraph that ends with a question mark.
_MAX_QUESTION_WORDS = 30
#: FAQ headings tried a page: each is a walk of its box, so a page of thousands of them
#: (hostile or generated) would cost their square; a real page's FAQ is among its first few.
_MAX_HEADINGS = 20
#: Fewer questions than this under a heading is no FAQ (a lone "Questions?" call to act).
_MIN_QUESTIONS = 2
#: A body paragraph of fewer words than this (a label, a button) may stand anywhere on the
#: page: it does not say the heading's box holds the body's text.
_MIN_KEPT_WORDS = 8
#: An element with text of its own and fewer children than this is a line of text (a few
#: links or emphases inside), not a box of blocks.
_LINE_CHILDREN = 5
_SECTION_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_HEADING_TAGS = frozenset({"h2", "h3", "h4", "h5", "h6", "div", "p", "span", "strong"})
#: Inline elements: a block holding only these (and text) is one line of the page.
_INLINE = frozenset({"a", "span", "strong", "em", "b", "i", "u", "br", "sup", "sub", "small",
                     "code", "mark", "abbr", "time", "img", "svg", "path", "font"})
_SKIP = frozenset({"script", "style", "noscript", "template", "nav", "form",
                   "select", "footer"})
#: A heading inside these is a link to the section (a table of contents), not the section.
_NOT_UNDER = ("a", "li", "nav", "header", "footer", "button")


def restore_faq(html: str, tree: etree._Element, body: etree._Element) -> int:
    """Append to ``body`` the lines of the first FAQ of ``tree`` (the page ``html``) that it
    lacks, heading first (a heading alone is the widget's name, left out on purpose); the
    number of lines appended."""
    if not any(m in html for m in _MENTIONS):  # a search of the text spares a walk of the tree
        return 0
    before = len(body)
    paragraphs: set[str] | None = None  # read at the first heading: most pages have none
    for heading in islice(_faq_headings(tree), _MAX_HEADINGS):
        if paragraphs is None:
            paragraphs = _kept_paragraphs(body)
        if not _beside_kept_text(heading, paragraphs):
            continue
        blocks = faq_blocks(heading)
        questions = [b for b in blocks if _is_question(b)]
        if len(questions) < _MIN_QUESTIONS:
            continue
        kept = text_of(body).lower()
        missing = [text for text in blocks if text.lower() not in kept]
        if not missing:
            return 0
        title = text_of(heading)
        if title.lower() not in kept:
            etree.SubElement(body, "head").text = title
        for text in missing:
            body.append(paragraph(text))
        return len(body) - before
    return 0


def _kept_paragraphs(body: etree._Element) -> set[str]:
    """The body's paragraphs and items long enough to say where the kept text stands."""
    return {text for e in body.iter("p", "item")
            if len((text := text_of(e)).split()) >= _MIN_KEPT_WORDS}


def _beside_kept_text(heading: etree._Element, kept: set[str]) -> bool:
    """Whether the box right around ``heading`` holds one of the body's ``kept`` paragraphs:
    the FAQ is a section of the text trafilatura kept. An FAQ in a box of its own below the
    article is an appendix WCXB's gold leaves out as often as it keeps it (WCXB dev, tune
    half)."""
    box = heading.getparent()
    if box is None:
        return False
    return any(text_of(e) in kept for e in box.iter("p", "li", "div")
               if len(e) < _LINE_CHILDREN and e.text)


def _faq_headings(tree: etree._Element) -> Iterator[etree._Element]:
    """The elements of ``tree`` that read as an FAQ's heading, in page order: a heading or a
    line of text of a few words naming an FAQ, outside a link, a list or a menu (a table of
    contents names the section without being it)."""
    for element in tree.iter(*_HEADING_TAGS):
        if element.tag in _SECTION_HEADINGS:
            text = text_of(element)
        elif len(element):
            continue  # a box of blocks, not a line
        else:
            text = " ".join((element.text or "").split())
        if not FAQ_HEADING.search(text) or len(text.split()) > _MAX_HEADING_WORDS:
            continue
        if any(a.tag in _NOT_UNDER for a in element.iterancestors()):
            continue
        yield element


def faq_blocks(heading: etree._Element) -> list[str]:
    """The lines after ``heading`` in the nearest box around it that holds questions: from
    the first question on, each question and answer one line."""
    box = heading.getparent()
    while box is not None:
        lines = list(_lines_after(box, heading))
        first = next((i for i, (_, line) in enumerate(lines) if _is_question(line)), None)
        if first is not None and sum(_is_question(line) for _, line in lines) >= _MIN_QUESTIONS:
            return _until_next_section(lines[first:])
        box = box.getparent()
    return []


def _until_next_section(lines: list[tuple[str, str]]) -> list[str]:
    """The lines up to the next heading that is no question ("Why You Should Trust Us")."""
    kept = []
    for tag, text in lines:
        if tag in _SECTION_HEADINGS and not _is_question(text):
            break
        kept.append(text)
    return kept


def _is_question(text: str) -> bool:
    """Whether a line is an FAQ's question: it ends with a question mark and is short."""
    return text.endswith("?") and len(text.split()) <= _MAX_QUESTION_WORDS


def _lines_after(box: etree._Element,
                 heading: etree._Element) -> Iterator[tuple[str, str]]:
    """The tag and text of each line of ``box`` that follows ``heading`` in page order."""
    after = False
    for element in _line_elements(box, heading):
        if element is heading:
            after = True
        elif after and (text := text_of(element)):
            yield element.tag, text


def _line_elements(element: etree._Element, heading: etree._Element) -> Iterator[etree._Element]:
    """The outermost elements of ``element`` holding only text and inline markup (and
    ``heading`` itself), in page order."""
    for child in element:
        if not isinstance(child.tag, str) or child.tag in _SKIP:
            continue
        if child is heading or all(
                isinstance(c.tag, str) and c.tag in _INLINE for c in child.iterdescendants()):
            yield child
        else:
            yield from _line_elements(child, heading)
