"""Whether a page has any markup trafilatura's byline search could read, so that the search
(a copy and a pruning of the whole tree) runs only where it may find something.

Lives here: :func:`has_author_markup` and the patterns it mirrors from trafilatura's
``AUTHOR_XPATHS``. May import lxml only.
"""

from __future__ import annotations

import re

from lxml import etree  # type: ignore[import-untyped]

__all__ = ["has_author_markup"]

#: What trafilatura's byline search (``trafilatura.xpaths.AUTHOR_XPATHS``) looks for, widened
#: to plain substrings: its ``class`` patterns ("author-?name", "[Aa]uthor", "[Bb]yline",
#: "submitted-by"...), its ``id`` patterns, and the exact values and elements it names.
_AUTHOR_CLASS = re.compile("uthor|yline|channel-name|zuozhe|bianji|xiaobian|submitted-by"
                           "|posted-by|journalist-name|screenname|writer")
_AUTHOR_ID = re.compile("uthor|zuozhe|bianji|xiaobian")
_AUTHOR_CLASSES = frozenset({"username", "byl", "BBL"})
_AUTHOR_TEST_IDS = frozenset({"AuthorCard", "AuthorURL"})
#: Elements it looks for by name (``//author``; ``rel='me'`` tests a child ``<rel>``).
_AUTHOR_TAGS = frozenset({"author", "rel"})


def has_author_markup(tree: etree._Element) -> bool:
    """Whether some element of ``tree`` may be one trafilatura's byline search
    (``extract_author``) reads: when none is, that search finds nothing, and its copy and
    pruning of the whole tree (13 ms a page) are spared. A superset of its XPaths, read in
    one loop (the same test as XPath took twice as long)."""
    for element in tree.iter(etree.Element):
        if element.tag in _AUTHOR_TAGS:
            return True
        attributes = element.attrib
        if not attributes:
            continue
        names = attributes.get("class")
        if names and (names in _AUTHOR_CLASSES or _AUTHOR_CLASS.search(names)):
            return True
        name = attributes.get("id")
        if ((name and _AUTHOR_ID.search(name))
                or "author" in (attributes.get("itemprop") or "")
                or "Byline" in (attributes.get("data-component") or "")
                or attributes.get("rel") == "author"
                or attributes.get("data-testid") in _AUTHOR_TEST_IDS):
            return True
    return False
