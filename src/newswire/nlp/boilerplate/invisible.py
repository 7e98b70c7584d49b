"""Elements a site builder hides on every screen, dropped before the main text is looked for.

Webflow marks an element whose conditional visibility is off with the class
``w-condition-invisible``, and its stylesheet hides that class on every screen
(``display: none !important``). Its blog templates often hold a post twice, once in a
gated layout and once in an open one, and hide one of them so: trafilatura reads the
markup, not the stylesheet, and kept both copies (WCXB dev, a Webflow post: the article
twice, word F1 0.66; 0.999 with the hidden copy dropped). Classes that hide an element only
on some screens, or until a script shows it, are not here: which copy a reader sees then
depends on the screen.

The dropped elements are returned: their text is kept as the page's boilerplate data, as
``page-invisible`` lines (:func:`~.outside.outside_lines`), never lost silently.

Lives here: :func:`drop_invisible` and the classes it reads (:data:`INVISIBLE_CLASSES`),
:func:`drop_body_styles` (a stylesheet in the body, never text), and
:func:`drop_outermost`, which :mod:`.screen_variants` drops its hidden copies with too.
May import ``html_tree`` and lxml only.
"""

from __future__ import annotations

from lxml import etree  # type: ignore[import-untyped]

from newswire.nlp.boilerplate.html_tree import drop

__all__ = ["INVISIBLE_CLASSES", "drop_body_styles", "drop_invisible", "drop_outermost"]

#: Class names that hide an element on every screen, whatever else the element says.
INVISIBLE_CLASSES = frozenset({"w-condition-invisible"})


def drop_invisible(tree: etree._Element, html: str) -> list[etree._Element]:
    """Remove from ``tree`` the elements one of :data:`INVISIBLE_CLASSES` hides (their tail
    text stays) and return them, outermost only, in page order. ``html``: the page's source,
    searched first so that pages without such a class (most) spare a walk of the tree."""
    if not any(name in html for name in INVISIBLE_CLASSES):
        return []
    return drop_outermost([element for element in tree.iter()
                           if isinstance(element.tag, str) and _invisible(element.get("class"))])


def drop_body_styles(tree: etree._Element) -> None:
    """Remove the ``<style>`` elements inside the page's body (their tail text stays).

    A stylesheet is never text, but the body's ``<p>`` and ``<li>`` texts were read with it:
    CSS-in-JS libraries (Emotion, styled-components) and MediaWiki's TemplateStyles put a
    ``<style>`` element right before the element it styles, inside the paragraph or list
    item, and the rules came out in the article's restored paragraphs (WCXB tune 0681, a
    Twilio quickstart: ``.css-1ezs782{box-sizing:border-box;...}`` between its steps).
    The head's stylesheets stay: :mod:`.screen_variants` reads the page's source, not these.
    """
    body = tree.find("body")
    if body is None:
        return
    for style in list(body.iter("style")):
        drop(style, keep_spaces=True)  # words on both sides of a stylesheet stay apart


def drop_outermost(found: list[etree._Element]) -> list[etree._Element]:
    """Remove the elements of ``found`` (in page order) from their tree, their tail text kept,
    and return those removed: an element inside another already gone is not counted twice."""
    dropped: list[etree._Element] = []
    gone: set[etree._Element] = set()
    for element in found:
        if element.getparent() is None or any(a in gone for a in element.iterancestors()):
            continue  # the root stays (nothing to read without it), or gone with an ancestor
        drop(element)
        dropped.append(element)
        gone.add(element)
    return dropped


def _invisible(names: str | None) -> bool:
    return bool(names) and not INVISIBLE_CLASSES.isdisjoint(str(names).split())
