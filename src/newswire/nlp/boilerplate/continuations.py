"""An article cut into several sibling boxes with adverts between them
(``<div class="article__body">`` twice): the paragraphs of the later boxes, which
trafilatura leaves out.  Markup only, like :mod:`newswire.nlp.boilerplate.html_tree`.
"""

from __future__ import annotations

from lxml import etree  # type: ignore[import-untyped]

from newswire.nlp.boilerplate.html_tree import text_of
from newswire.nlp.boilerplate.line_rules import is_sentence, words

__all__ = ["MAX_CONTINUATIONS", "continuation_paragraphs"]

#: More boxes than this with one class are a layout, not an article cut by adverts.
MAX_CONTINUATIONS = 6


def continuation_paragraphs(tree: etree._Element, body: etree._Element) -> list[str]:
    """Paragraphs of later containers that look like the one the article ended in.

    Some sites cut an article into several sibling ``<div class="article__body">`` with
    adverts between them; trafilatura keeps only the first.
    """
    texts = [t for t in (text_of(p) for p in body.iter("p")) if len(t) > 40]
    container = _container_of(tree, texts[-1]) if texts else None
    if container is None:
        return []
    twins = [e for e in tree.iter(str(container.tag)) if e.get("class") == container.get("class")]
    # A class shared by many boxes is a layout class (widgets, menus), not an article part.
    if not 1 < len(twins) <= MAX_CONTINUATIONS:
        return []
    seen = set(texts)
    extra: list[str] = []
    shape = _shape(container.getparent())
    for element in twins[twins.index(container) + 1:]:
        if _shape(element.getparent()) == shape:
            paragraphs = [text_of(p) for p in element.iter("p")]
            extra += [t for t in paragraphs if t and t not in seen and len(words(t)) >= 5]
    prose = sum(len(words(t)) for t in extra if is_sentence(t))
    return extra if prose >= 0.7 * sum(len(words(t)) for t in extra) else []


def _shape(element: etree._Element | None) -> tuple[str, str]:
    if element is None:
        return ("", "")
    return (str(element.tag), element.get("class") or "")


def _container_of(tree: etree._Element, text: str) -> etree._Element | None:
    """The nearest ancestor with a class of the page paragraph whose text is ``text``."""
    paragraph = next((p for p in tree.iter("p") if text_of(p) == text), None)
    if paragraph is None:
        return None
    for ancestor in list(paragraph.iterancestors())[:3]:
        if ancestor.get("class"):
            return ancestor
    return None
