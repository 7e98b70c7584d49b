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

Lives here: :func:`drop_other_variants`. May import :mod:`.invisible`, lxml and ``re`` only.
"""

from __future__ import annotations

import re

from lxml import etree  # type: ignore[import-untyped]

from newswire.nlp.boilerplate.invisible import drop_outermost

__all__ = ["VARIANT_CLASS", "drop_other_variants", "widest_screen_class"]

#: The class Framer gives each breakpoint's copy of a component.
VARIANT_CLASS = "ssr-variant"
#: A class hidden from a minimum width up, with no maximum: the widest screens'.
_HIDDEN_FROM = re.compile(
    r"@media\s*\(\s*min-width:\s*(\d+)px\s*\)\s*\{\s*\.(hidden-[\w-]+)\s*\{\s*display:\s*none")


def widest_screen_class(html: str) -> str | None:
    """The ``hidden-*`` class the page's stylesheet hides on its widest screens, if it says."""
    widths = {name: int(width) for width, name in _HIDDEN_FROM.findall(html)}
    return max(widths, key=widths.__getitem__) if widths else None


def drop_other_variants(tree: etree._Element, html: str) -> list[etree._Element]:
    """Remove from ``tree`` the ``ssr-variant`` copies the widest screen hides (their tail text
    stays) and return them in page order; ``html``: the page's source, searched first so
    that other pages (most) spare a walk of the tree and of their stylesheet."""
    if VARIANT_CLASS not in html:
        return []
    hidden = widest_screen_class(html)
    if hidden is None:
        return []
    return drop_outermost([element for element in tree.iter() if isinstance(element.tag, str)
                           and _hidden_variant(element.get("class"), hidden)])

def _hidden_variant(names: str | None, hidden: str) -> bool:
    if not names or VARIANT_CLASS not in names:
        return False
    words = names.split()
    return VARIANT_CLASS in words and hidden in words
