"""What a page says about itself, read before its text is extracted: metadata and kind.

Lives here: :func:`page_metadata` (markup, JSON-LD read once, kind, dates, a byline and a date
searched in the text where :func:`searched` says). May import the boilerplate modules that
read a page's markup (``metadata``, ``json_ld``, ``page_kind``), ``newswire.models`` and lxml;
not :mod:`.html`, which calls it.
"""

from __future__ import annotations

from lxml import etree  # type: ignore[import-untyped]

from newswire.models import PageKind, PageMetadata
from newswire.nlp.boilerplate.json_ld import page_objects
from newswire.nlp.boilerplate.metadata import read_dates, read_markup, search_further
from newswire.nlp.boilerplate.page_kind import headline_slug, page_kind

__all__ = ["page_metadata", "searched"]


def page_metadata(tree: etree._Element, url: str | None) -> tuple[PageMetadata, PageKind | None]:
    """The page's metadata and kind; its text is searched further where ``searched`` says."""
    page, og_type = read_markup(tree, url)
    json_ld = page_objects(tree)  # parsed once, read by kind, dates and authors
    kind = page_kind(tree, url, og_type, json_ld)
    search = searched(kind, url)
    page = read_dates(tree, page, url, extensive=search, json_ld=json_ld)
    return search_further(tree, page, text=search, json_ld=json_ld), kind


def searched(kind: PageKind | None, url: str | None) -> bool:
    """Whether a page's text is searched for a byline and a date its metadata lacks.

    Articles, and pages that do not say what they are whose URL ends in a headline slug:
    on those, the searches gave 3 (author) and 2 (date) points on WCXB dev articles, check
    half. Searching every page that does not say cost 17 ms a page more over all WCXB pages
    (htmldate's extensive search tries dateparser's every locale), mostly on non-articles.
    """
    return kind == "article" or (kind is None and headline_slug(url))
