"""The headline of a web page: the ``<h1>`` a reader sees, else its metadata title.

Titles and ``og:title`` are often rewritten for search engines and carry the site's name
("Headline | Site"); the page's own ``<h1>`` is the headline when the two agree or when the
metadata title says something else, unless an ``<h2>`` at the top is the title word for word
(:func:`titled_subheading`). Imports lxml and trafilatura's title reader.
"""

from __future__ import annotations

import re
from itertools import islice
from urllib.parse import urlsplit

from lxml import etree  # type: ignore[import-untyped]

__all__ = ["MIN_HEADLINE_WORDS", "headline", "page_title", "titled_subheading"]

#: An ``<h1>`` of fewer words is a logo or a section ("Mattressnap"), no headline.
MIN_HEADLINE_WORDS = 3
#: The ``<h1>``s read: the headline, another, and a site's name set as an ``<h1>`` above them.
_HEADINGS_READ = 3
#: The ``<h2>``s read for a headline set one level down: the first, above the sections.
_SUBHEADINGS_READ = 1
#: Characters a title separates its site name with ("Headline | Site", "Site - Headline").
_TITLE_SEPARATOR = re.compile(r"\s+[|\-–—:·•»]\s+")
_WORD = re.compile(r"\w+")


def page_title(meta_title: str | None, tree: etree._Element, site: str | None,
               url: str | None = None) -> str | None:
    """The headline of the page ``tree`` at ``url`` whose metadata gives ``meta_title``
    (trafilatura's reading of the page's ``<title>`` when None) and the site name ``site``."""
    titled = titled_subheading((meta_title, _document_title(tree)), _headings(tree),
                               _headings(tree, "h2", _SUBHEADINGS_READ),
                               (site, _host_name(url)))
    return titled or headline(_meta_title(meta_title, tree), _headings(tree), site)


def titled_subheading(titles: tuple[str | None, ...], headings: list[str],
                      subheadings: list[str], site_names: tuple[str | None, ...]
                      ) -> str | None:
    """The first of ``subheadings`` (the page's first ``<h2>``s) that is one of ``titles``
    (the metadata title, the ``<title>`` element) word for word, site name aside, when no
    ``<h1>`` of ``headings`` holds it: blog themes set the blog's name as the ``<h1>`` and
    the post's title as an ``<h2>`` ("Antoyo's Blog" over "rustc_codegen_gcc: Progress
    Report #39"), a hero banner's slogan or a pull quote is the ``<h1>`` (the title is what
    the page says it is, the ``<h2>`` the reader sees it in); else None. A title that is
    only the site's name (``site_names``: its known name, its host's) or a topic's one or two
    words names no headline, and an ``<h1>`` that opens with the title ("Storm Ellen live:
    roads closed" under "Storm Ellen | Herald") is the headline it shortens."""
    site = site_names[0] if site_names else None
    names = {_key(name).replace(" ", "") for name in site_names if name}
    keys = {_key(t) for title in titles if title for t in (title, _site_part_cut(title, site))}
    # A title of one or two words is a topic ("Dredging | Herald"), not a post's headline.
    keys = {key for key in keys
            if len(key.split()) >= MIN_HEADLINE_WORDS and key.replace(" ", "") not in names}
    if not keys or any(key in _key(h) for h in headings for key in keys):
        return None
    return next((h for h in subheadings if _key(h) in keys), None)


def _host_name(url: str | None) -> str | None:
    """The name a URL's host gives its site ("coastherald" of www.coastherald.com)."""
    host = urlsplit(url or "").hostname or ""
    labels = host.removeprefix("www.").split(".")
    return labels[0] if labels[0] else None


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


def _site_part_cut(title: str, site: str | None) -> str:
    """``title`` without the part that is the site's known name, or without what follows its
    last ``|`` ("Headline | Rust Blog"); not the shorter end of other separators (a title's
    own "What is X - A guided introduction" is no site name)."""
    parts = _TITLE_SEPARATOR.split(title)
    site_key = _key(site)
    if site_key and len(parts) > 1 and site_key in (_key(parts[0]), _key(parts[-1])):
        return _without_site(title, site)
    return title[: title.rfind(" | ")] if " | " in title else title


def _meta_title(meta_title: str | None, tree: etree._Element) -> str | None:
    if meta_title:
        return meta_title
    from trafilatura.metadata import extract_title

    return extract_title(tree)


def _document_title(tree: etree._Element) -> str | None:
    found = tree.find(".//title")
    return " ".join("".join(found.itertext()).split()) if found is not None else None


def _headings(tree: etree._Element, tag: str = "h1", read: int = _HEADINGS_READ) -> list[str]:
    texts = (" ".join("".join(h.itertext()).split()) for h in tree.iterfind(f".//{tag}"))
    return list(islice((t for t in texts if t), read))


def _key(text: str | None) -> str:
    return " ".join(_WORD.findall((text or "").casefold()))
