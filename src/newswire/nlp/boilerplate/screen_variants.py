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

Lives here: :func:`drop_other_variants`. May import :mod:`.invisible`, lxml and ``re`` only.
"""

from __future__ import annotations

import re

from lxml import etree  # type: ignore[import-untyped]

from newswire.nlp.boilerplate.invisible import drop_outermost

__all__ = ["DESKTOP_HIDDEN_CLASS", "VARIANT_CLASS", "drop_other_variants", "widest_screen_class"]

#: The class Framer gives each breakpoint's copy of a component.
VARIANT_CLASS = "ssr-variant"
#: Elementor's class for an element hidden on the desktop screen.
DESKTOP_HIDDEN_CLASS = "elementor-hidden-desktop"
#: A class hidden from a minimum width up, with no maximum: the widest screens'.
_HIDDEN_FROM = re.compile(
    r"@media\s*\(\s*min-width:\s*(\d+)px\s*\)\s*\{\s*\.(hidden-[\w-]+)\s*\{\s*display:\s*none")


def widest_screen_class(html: str) -> str | None:
    """The ``hidden-*`` class the page's stylesheet hides on its widest screens, if it says."""
    widths = {name: int(width) for width, name in _HIDDEN_FROM.findall(html)}
    return max(widths, key=widths.__getitem__) if widths else None


def drop_other_variants(tree: etree._Element, html: str) -> list[etree._Element]:
    """Remove from ``tree`` the copies the widest screen hides (Framer's ``ssr-variant``
    elements carrying its hidden class, Elementor's desktop-hidden elements; their tail text
    stays) and return them in page order; ``html``: the page's source, searched first so
    that other pages (most) spare a walk of the tree and of their stylesheet."""
    hidden = {DESKTOP_HIDDEN_CLASS} if DESKTOP_HIDDEN_CLASS in html else set()
    framer = widest_screen_class(html) if VARIANT_CLASS in html else None
    if not hidden and framer is None:
        return []
    return drop_outermost([element for element in tree.iter() if isinstance(element.tag, str)
                           and _hidden_copy(element.get("class"), hidden, framer)])


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
