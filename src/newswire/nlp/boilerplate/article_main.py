"""A page told article whose URL names no story is read like an untold page: by its
``<main>`` element when trafilatura kept little of it.

SEO plugins print ``og:type`` "article" on every page of a site, so section fronts, topic
hubs, a blog's front page and a shop's browse page are told article. There trafilatura
keeps one card or one teaser of the page; the ``<main>`` reading (``main_element_text``)
keeps the page's sections. A story's URL names it: a headline ("/council-passes-budget",
``page_kind.headline_slug``) or an id ("/articleshow/104338201.cms", "/news/12345678",
"?p=4821"); those keep trafilatura's text. WCXB dev tune half (pages54's lead,
``handoff/pages54.md``): section fronts and hubs of six sites (a radio network's sections,
a university's subject page, a game store's genre page, a running shop's browse page, a
company blog's front page, a moving guide's hub) gained; a news article whose URL ends in
an id lost until ids were read as stories.

Lives here: :func:`reads_main_as_article`. Imports ``page_kind`` only (and ``models``).
"""

from __future__ import annotations

import re

from newswire.models import PageKind
from newswire.nlp.boilerplate.page_kind import headline_slug

__all__ = ["reads_main_as_article"]

#: A story's id in the URL's last segment or query: four digits or more in a row
#: ("/104338201.cms", "/news/12345678", "?p=4821") or an opaque token of letters and
#: digits ("/news/articles/c0l8yzq5ewxo", "/article/9f3b2c1a7e8d4b6f").
_STORY_ID = re.compile(r"\d{4,}|\b(?=[a-z]*\d)(?=\d*[a-z])[a-z\d]{8,}\b", re.IGNORECASE)
#: Folders that file a story: a publication date ("/2024-05-06/", "/2024/5/6/") or a
#: folder of posts ("/article/", "/articles/", "/story/", "/p/").
_STORY_FOLDER = re.compile(
    r"/(?:19|20)\d\d[/-]\d{1,2}[/-]|/(?:articles?|story|stories|p|post|posts)/[^/]+$",
    re.IGNORECASE)


def reads_main_as_article(kind: PageKind | None, url: str | None) -> bool:
    """Whether a page told article is read by its ``<main>`` element: its URL is known and
    names neither a headline nor a story (an id, a date or a folder of posts)."""
    if kind != "article" or not url or headline_slug(url):
        return False
    path, _, query = url.partition("?")
    path = path.split("#", 1)[0].split("//", 1)[-1].rstrip("/")
    last = path.rsplit("/", 1)[-1]
    return not (_STORY_ID.search(last + " " + query.split("#", 1)[0])
                or _STORY_FOLDER.search(path))
