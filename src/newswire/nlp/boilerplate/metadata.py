"""What a web page says about itself: title, authors, dates, site, canonical URL, language.

Read through trafilatura (meta tags, OpenGraph, JSON-LD, the page's title and bylines),
``page_dates`` (published and modified dates: htmldate, the dates the page shows, minus what
cannot be true) and ``authors.py`` (author sources in order, names cleaned); this module
only chooses between their answers.
"""

from __future__ import annotations

import logging
from datetime import datetime
from typing import TYPE_CHECKING

from lxml import etree  # type: ignore[import-untyped]

from newswire.models import PageMetadata
from newswire.nlp.boilerplate.author_markup import has_author_markup
from newswire.nlp.boilerplate.author_names import clean_authors, site_last
from newswire.nlp.boilerplate.authors import author_link, written_by
from newswire.nlp.boilerplate.bylines import author_box, byline_text
from newswire.nlp.boilerplate.declared_authors import declared_authors, one_word_author
from newswire.nlp.boilerplate.html_tree import head_meta
from newswire.nlp.boilerplate.json_ld import JsonLdObjects
from newswire.nlp.boilerplate.page_dates import (
    EARLIEST,
    FUTURE_SLACK,
    MAX_DATE_SEARCH_ELEMENTS,
    parse_date,
    plausible_date,
    read_dates,
)
from newswire.nlp.boilerplate.page_title import page_title
from newswire.nlp.boilerplate.trafilatura_paths import python_paths

if TYPE_CHECKING:
    from trafilatura.settings import Document

__all__ = [
    "EARLIEST", "FUTURE_SLACK", "MAX_DATE_SEARCH_ELEMENTS", "language_claim",
    "parse_date", "plausible_date", "read_dates", "read_markup",
    "read_metadata", "search_further",
]

_log = logging.getLogger(__name__)
#: trafilatura's metadata fields read here as text, which its JSON-LD reading may set to a
#: list or an object.
_TEXT_FIELDS = ("title", "author", "sitename", "description", "url", "pagetype")


def read_metadata(
    tree: etree._Element, url: str | None, now: datetime | None = None,
) -> tuple[PageMetadata, str | None]:
    """The page's metadata and its OpenGraph type (``og:type``), from an lxml tree, without
    the searches of its text (:func:`search_further`, htmldate's extensive search).

    The tree is only read. ``now`` bounds plausible dates (the current time by default).
    """
    page, og_type = read_markup(tree, url)
    return read_dates(tree, page, url, now), og_type


def read_markup(tree: etree._Element, url: str | None) -> tuple[PageMetadata, str | None]:
    """The page's metadata without its dates, and its OpenGraph type: what meta tags,
    JSON-LD and author markup say (cheap: no search of the page's text)."""
    from trafilatura.metadata import examine_meta, extract_sitename, extract_url

    meta = examine_meta(head_meta(tree))
    # As trafilatura does: a one-word author meta tag is a handle or a site, JSON-LD may say more.
    if meta.author and " " not in meta.author:
        meta.author = None
    meta = _with_json_ld(meta, tree, url)
    site = meta.sitename or extract_sitename(tree)
    # Markup only (meta tags, JSON-LD, the Twitter card, author-page links, author boxes):
    # the searches of the page's text are left to search_further, for the pages that need them.
    authors = (clean_authors(meta.author) or clean_authors(written_by(tree))
               or clean_authors(author_link(tree)) or clean_authors(author_box(tree)))
    page = PageMetadata(
        title=page_title(meta.title, tree, site),
        authors=site_last(authors, site),
        site_name=site or None,
        canonical_url=meta.url or extract_url(tree),
        language=language_claim(tree),
        description=meta.description or None,
    )
    return page, (meta.pagetype or "").strip().lower() or None


def _with_json_ld(meta: Document, tree: etree._Element, url: str | None) -> Document:
    """``meta`` completed by trafilatura's reading of the page's JSON-LD, where that gives
    text: it copies a ``headline`` or ``name`` as found, and a list or an object there
    (``"headline": ["...", "..."]``) would reach the title as no string; the meta tags'
    value is kept then."""
    from trafilatura.metadata import extract_meta_json

    before = {name: getattr(meta, name) for name in _TEXT_FIELDS}
    try:
        meta = extract_meta_json(tree, meta)
    except Exception:  # noqa: BLE001 - JSON-LD in the wild is often broken
        _log.debug("broken JSON-LD metadata in %s", url)
    for name, value in before.items():
        if not isinstance(getattr(meta, name), str | None):
            setattr(meta, name, value)
    return meta


def search_further(tree: etree._Element, page: PageMetadata, *, text: bool = True,
                   json_ld: JsonLdObjects | None = None) -> PageMetadata:
    """``page`` with an author when its markup names none: from the page's text (``text``)
    a "By Jane Doe" line, else trafilatura's byline search (slow: a copy of the tree and
    XPath over all of it), meant for the pages that need it; else the author the page's
    JSON-LD declares in a form trafilatura does not read (an organisation, a reference;
    ``json_ld``: the page's JSON-LD objects when the caller has read them).
    """
    if page.authors:
        return page
    authors = (clean_authors(byline_text(tree))
               or (clean_authors(_searched_author(tree)) if has_author_markup(tree) else [])
               if text else [])
    # Last: a byline in the text names the person where JSON-LD may give the company
    # (WCXB dev articles: tune +1 page, check +1 page).
    authors = authors or clean_authors(declared_authors(tree, json_ld))
    authors = authors or clean_authors(one_word_author(tree, page.site_name))
    return page.model_copy(update={"authors": authors})


def _searched_author(tree: etree._Element) -> str | None:
    """trafilatura's byline search, its XPath answered by loops (:mod:`.trafilatura_paths`)."""
    from trafilatura.metadata import extract_author

    with python_paths():
        author: str | None = extract_author(tree)
    return author


def language_claim(tree: etree._Element) -> str | None:
    """The page's own language claim: ``<html lang>``, else its content-language meta."""
    root = tree.getroottree().getroot()
    claims = [root.get("lang"), root.get("{http://www.w3.org/XML/1998/namespace}lang")]
    claims += tree.xpath("//meta[@http-equiv='content-language' or @property='og:locale']/@content")
    for claim in claims:
        code = str(claim or "").strip().replace("_", "-").split("-")[0].lower()
        if code.isalpha() and 2 <= len(code) <= 3:
            return code
    return None
