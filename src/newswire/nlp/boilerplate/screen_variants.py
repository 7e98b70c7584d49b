"""The copies of a responsive layout that the widest screen hides, dropped before the main text
is looked for.

Framer renders a component once per breakpoint (phone, tablet, desktop) as sibling
``ssr-variant`` elements, each carrying a ``hidden-<hash>`` class for every breakpoint it is
not shown at, and its stylesheet hides each such class in that breakpoint's media query
(``@media (min-width: 1200px){.hidden-1rq27kw{display:none!important}}``). trafilatura reads
the markup, not the stylesheet, so a post came out once per breakpoint (WCXB dev, a Framer
post: three copies, word F1 0.50). One screen is chosen, the widest, as a desktop reader
sees the page: the variants its class hides go. A page whose stylesheet does not say which
class the widest screen hides is left as it is.

Elementor (WordPress) does the same by a fixed class: an element marked
``elementor-hidden-desktop`` is shown on tablets and phones only, and often repeats what the
desktop layout shows (WCXB dev, an Elementor post: its text twice, word F1 0.27; 1.00 with
the desktop's view).

Tailwind marks it in the class itself: ``md:hidden`` hides an element from the ``md``
breakpoint up, unless a wider breakpoint shows it again (``md:hidden xl:block``). A phone
layout so hidden is often a second copy of what the desktop shows (a shop's product grid
and details, a news hub's cards: WCXB tune, five pages of four sites, sum 3.70 -> 3.92).
But where the page's desktop layout is drawn by a script, the phone copy is the only one in
the markup and WCXB's gold keeps it (an iFixit parts grid: 0.48 -> 0.08 when dropped): so a
Tailwind element the widest screen hides goes only when half its words or more are repeated
elsewhere on the page (:func:`repeated_elsewhere`).

Lives here: :func:`drop_other_variants`, and the Tailwind tests it reads
(:func:`tailwind_hides_widest`, :func:`repeated_elsewhere`). May import :mod:`.invisible`,
lxml and the standard library only.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator

from lxml import etree  # type: ignore[import-untyped]

from newswire.nlp.boilerplate.invisible import drop_outermost

__all__ = ["COPY_SHARE", "DESKTOP_HIDDEN_CLASS", "VARIANT_CLASS", "drop_other_variants",
           "repeated_elsewhere", "tailwind_hides_widest", "widest_screen_class"]

#: The class Framer gives each breakpoint's copy of a component.
VARIANT_CLASS = "ssr-variant"
#: Elementor's class for an element hidden on the desktop screen.
DESKTOP_HIDDEN_CLASS = "elementor-hidden-desktop"
#: Tailwind's breakpoints, narrowest first.
_BREAKPOINTS = {"sm": 1, "md": 2, "lg": 3, "xl": 4, "2xl": 5}
#: Tailwind's display classes that show an element again.
_SHOWN = frozenset({"block", "inline-block", "inline", "flex", "inline-flex", "grid",
                    "inline-grid", "table", "table-cell", "table-row", "flow-root", "contents",
                    "list-item"})
#: At least this share of a hidden element's words stand elsewhere on the page: a copy.
COPY_SHARE = 0.5
#: A class hidden from a minimum width up, with no maximum: the widest screens'.
_HIDDEN_FROM = re.compile(
    r"@media\s*\(\s*min-width:\s*(\d+)px\s*\)\s*\{\s*\.(hidden-[\w-]+)\s*\{\s*display:\s*none")


def widest_screen_class(html: str) -> str | None:
    """The ``hidden-*`` class the page's stylesheet hides on its widest screens, if it says."""
    widths = {name: int(width) for width, name in _HIDDEN_FROM.findall(html)}
    return max(widths, key=widths.__getitem__) if widths else None


def drop_other_variants(tree: etree._Element, html: str) -> list[etree._Element]:
    """Remove from ``tree`` the copies the widest screen hides (Framer's ``ssr-variant``
    elements carrying its hidden class, Elementor's desktop-hidden elements, Tailwind's
    elements hidden on the widest screens that repeat the page; their tail text stays) and
    return them in page order; ``html``: the page's source, searched first so
    that other pages (most) spare a walk of the tree and of their stylesheet."""
    hidden = {DESKTOP_HIDDEN_CLASS} if DESKTOP_HIDDEN_CLASS in html else set()
    framer = widest_screen_class(html) if VARIANT_CLASS in html else None
    found: list[etree._Element] = []
    if hidden or framer is not None:
        found = [element for element in tree.iter() if isinstance(element.tag, str)
                 and _hidden_copy(element.get("class"), hidden, framer)]
    if ":hidden" in html:
        tailwind = [element for element in tree.xpath("//*[contains(@class, ':hidden')]")
                    if tailwind_hides_widest(element.get("class"))]
        copies = repeated_elsewhere(tree, tailwind)
        if copies:  # in page order, for drop_outermost
            order = _page_order(tree)
            found = sorted({*found, *copies}, key=order.__getitem__)
    return drop_outermost(found)


def tailwind_hides_widest(names: str | None) -> bool:
    """Whether Tailwind classes ``names`` hide the element on the widest screens: the widest
    breakpoint setting its display says ``hidden``."""
    widest, hides = 0, False
    for word in (names or "").split():
        breakpoint, _, display = word.rpartition(":")
        rank = _BREAKPOINTS.get(breakpoint, 0)
        if rank and rank >= widest and (display == "hidden" or display in _SHOWN):
            widest, hides = rank, display == "hidden"
    return hides


def repeated_elsewhere(tree: etree._Element,
                       found: list[etree._Element]) -> list[etree._Element]:
    """The elements of ``found`` that copy the page: :data:`COPY_SHARE` of their words or more
    are in texts (of two words or more) that stand as often outside them as well."""
    if not found:
        return []
    page = Counter(_own_texts(tree))
    copies = []
    for element in found:
        inside = Counter(_own_texts(element))
        words = sum(len(text.split()) * n for text, n in inside.items())
        copied = sum(len(text.split()) * n for text, n in inside.items() if page[text] > n)
        if words and copied >= COPY_SHARE * words:
            copies.append(element)
    return copies


def _own_texts(root: etree._Element) -> Iterator[str]:
    """The text each element of ``root`` holds before its first child, single-spaced."""
    for element in root.iter():
        if isinstance(element.tag, str) and element.text and len(element.text.split()) >= 2:
            yield " ".join(element.text.split())


def _page_order(tree: etree._Element) -> dict[etree._Element, int]:
    """Each element's place in the page, for :func:`sorted`'s key."""
    return {element: n for n, element in enumerate(tree.iter())}


def _hidden_copy(names: str | None, hidden: set[str], framer: str | None) -> bool:
    """Whether an element of class attribute ``names`` is a copy the widest screen hides: a
    Framer variant carrying the ``framer`` class, or one of the ``hidden`` (Elementor)
    classes. Both hold the word ``hidden``: most elements are passed over on that test."""
    if not names or "hidden" not in names:
        return False
    words = names.split()
    if framer is not None and VARIANT_CLASS in words and framer in words:
        return True
    return not hidden.isdisjoint(words)
