"""The headline of a web page: the ``<h1>`` a reader sees, else its metadata title.

Titles and ``og:title`` are often rewritten for search engines and carry the site's name
("Headline | Site"); the page's own ``<h1>`` is the headline when the two agree or when the
metadata title says something else. Imports lxml and trafilatura's title reader.
"""

from __future__ import annotations

import re
from itertools import islice

from lxml import etree  # type: ignore[import-untyped]

__all__ = ["MIN_HEADLINE_WORDS", "headline", "page_title"]

#: An ``<h1>`` of fewer words is a logo or a section ("Mattressnap"), no headline.
MIN_HEADLINE_WORDS = 3
#: The ``<h1>``s read: the headline, another, and a site's name set as an ``<h1>`` above them.
_HEADINGS_READ = 3
#: Characters a title separates its site name with ("Headline | Site", "Site - Headline").
_TITLE_SEPARATOR = re.compile(r"\s+[|\-–—:·•»]\s+")
_WORD = re.compile(r"\w+")


def page_title(meta_title: str | None, tree: etree._Element, site: str | None) -> str | None:
    """The headline of the page ``tree`` whose metadata gives ``meta_title`` (trafilatura's
    reading of the page's ``<title>`` when None) and the site name ``site``."""
    return headline(_meta_title(meta_title, tree), _headings(tree), site)


def headline(meta_title: str | None, headings: list[str], site: str | None) -> str | None:
    """The article's headline: an ``<h1>`` the metadata title agrees with, else the page's
    first ``<h1>`` of three words or more (the headline the reader sees: titles and
    ``og:title`` are often rewritten for search engines), else the metadata title without
    the site name it often carries ("Headline | Site"). An ``<h1>`` that is the site's name
    (a logo set as ``<h1>`` above the headline), not the title's own part, is none."""
    title = " ".join((meta_title or "").split())
    key = _key(title)
    headings = _without_site_name(headings, title, site)
    for heading in headings:
        heading_key = _key(heading)
        if heading_key and key and (heading_key in key or key in heading_key):
            return heading
    if headings and len(headings[0].split()) >= MIN_HEADLINE_WORDS:
        return headings[0]
    if not title:
        return headings[0] if len(headings) == 1 else None
    return _without_site(title, site)


def _without_site_name(headings: list[str], title: str, site: str | None) -> list[str]:
    """The first two of ``headings`` that are not the site's name ``site``, unless the
    metadata ``title`` without its site part is that name (a site named as its page)."""
    site_key = _key(site)
    own = _key(_without_site(title, site))
    return [h for h in headings if not site_key or _key(h) != site_key or _key(h) in own][:2]


def _without_site(title: str, site: str | None) -> str:
    """``title`` without a leading or trailing part that is the site's name (or shorter)."""
    parts = _TITLE_SEPARATOR.split(title)
    if len(parts) < 2:
        return title
    site_key = _key(site)
    first, last = parts[0], parts[-1]
    if site_key and _key(last) and (_key(last) in site_key or site_key in _key(last)):
        return title[: title.rfind(last)].rstrip(" |-–—:·•»")
    if site_key and _key(first) == site_key:
        return title[len(first):].lstrip(" |-–—:·•»")
    # No site name known: the shorter end is the site's ("Headline - Daily Planet").
    return title[: title.rfind(last)].rstrip(" |-–—:·•»") if len(last) < len(first) else title


def _meta_title(meta_title: str | None, tree: etree._Element) -> str | None:
    if meta_title:
        return meta_title
    from trafilatura.metadata import extract_title

    return extract_title(tree)


def _headings(tree: etree._Element) -> list[str]:
    texts = (" ".join("".join(h.itertext()).split()) for h in tree.iterfind(".//h1"))
    return list(islice((t for t in texts if t), _HEADINGS_READ))


def _key(text: str | None) -> str:
    return " ".join(_WORD.findall((text or "").casefold()))
