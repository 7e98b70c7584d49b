"""What a web page says about itself: title, authors, dates, site, canonical URL, language.

Read through trafilatura (meta tags, OpenGraph, JSON-LD, the page's title and bylines),
htmldate (published and modified dates) and ``authors.py`` (author sources in order, names
cleaned); this module only chooses between their answers and drops what cannot be true:
dates in the future, before 1990 or at the Unix epoch.
"""

from __future__ import annotations

import logging
from copy import deepcopy
from datetime import UTC, date, datetime, timedelta

from lxml import etree, html  # type: ignore[import-untyped]

from newswire.models import PageMetadata
from newswire.nlp.boilerplate.author_names import site_last
from newswire.nlp.boilerplate.authors import (
    author_box,
    author_link,
    byline_text,
    clean_authors,
    written_by,
)
from newswire.nlp.boilerplate.declared_authors import declared_authors
from newswire.nlp.boilerplate.declared_times import (
    MODIFIED_KEYS,
    PUBLISHED_KEYS,
    declared_moments,
    declares_date,
    meta_declares,
    midnight,
    same_instant,
    unswapped,
    url_dates,
    with_declared_time,
)
from newswire.nlp.boilerplate.html_tree import head_meta, node_count
from newswire.nlp.boilerplate.json_ld import JsonLdObjects, page_objects
from newswire.nlp.boilerplate.page_title import page_title
from newswire.nlp.boilerplate.shown_dates import (
    dated_lines,
    shown_date,
)

__all__ = [
    "EARLIEST", "FUTURE_SLACK", "MAX_DATE_SEARCH_ELEMENTS",
    "parse_date", "plausible_date", "read_dates", "read_markup",
    "read_metadata", "search_further",
]

#: Before this, a "publication date" is a parsing accident (copyright years, epoch zero).
EARLIEST = datetime(1990, 1, 1, tzinfo=UTC)
#: Clocks and time zones differ: a date up to a day ahead is accepted.
FUTURE_SLACK = timedelta(days=1)
#: htmldate's output with the time of day when the page gives one.
_DATE_FORMAT = "%Y-%m-%dT%H:%M:%S%z"
#: htmldate is quadratic in elements (100,000 empty divs took 11 s): above this many, only
#: the page's head is searched for a date.
MAX_DATE_SEARCH_ELEMENTS = 10_000

_log = logging.getLogger(__name__)


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
    from trafilatura.metadata import (
        examine_meta,
        extract_meta_json,
        extract_sitename,
        extract_url,
    )

    meta = examine_meta(head_meta(tree))
    # As trafilatura does: a one-word author meta tag is a handle or a site, JSON-LD may say more.
    if meta.author and " " not in meta.author:
        meta.author = None
    try:
        meta = extract_meta_json(tree, meta)
    except Exception:  # noqa: BLE001 - JSON-LD in the wild is often broken
        _log.debug("broken JSON-LD metadata in %s", url)
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
        language=_language(tree),
        description=meta.description or None,
    )
    return page, (meta.pagetype or "").strip().lower() or None


def read_dates(
    tree: etree._Element, page: PageMetadata, url: str | None, now: datetime | None = None,
    *, extensive: bool = False, json_ld: JsonLdObjects | None = None,
) -> PageMetadata:
    """``page`` with its published and modified dates.

    Published: htmldate's reading of the markup (meta tags, JSON-LD, URL, time elements),
    else the date shown under the headline unless labelled "Updated", else (``extensive``)
    htmldate's search of the whole text (slow), else the shown "Updated" date (the page was
    out by then). A date shown under the headline without an "Updated" label is the first
    publication when it is older than the markup's (the markup's is a later edit), or when
    it is later and the page declares no date in its head or JSON-LD (htmldate then read a
    date elsewhere: a related story's, an image's). Modified: htmldate's second reading of a
    page its markup dates, else the shown date labelled "Updated". Both in UTC, with the
    time of day the page declares for that day (:mod:`declared_times`) when htmldate gave
    only the day. ``json_ld``: the page's JSON-LD objects, when the caller has read them.

    A published date that no meta tag of the page declares yields to another date shown
    under the headline, even one labelled "Updated": the date the page shows its readers is
    the one it is dated by (:func:`_shown_over_undeclared`); a shown day that is the
    markup's instant in the page's time zone is that instant. Dates shown away from the
    headline come last (:func:`_dated_elsewhere`).
    """
    now = now or datetime.now(UTC)
    json_ld = page_objects(tree) if json_ld is None else json_ld
    scope = _date_scope(tree)
    marked = _page_date(scope, url, now, original=True)
    shown = shown_date(tree)
    shown_day = _plausible_day(shown.day, now) if shown else None
    shown_update = shown_day if shown and shown.update else None
    shown_first = None if shown and shown.update else shown_day
    published_moments = declared_moments(tree, PUBLISHED_KEYS, json_ld)
    if marked and shown_first and same_instant(shown_first.date(), marked, published_moments):
        shown_first = None
    published = marked
    if marked is None:
        published = (shown_first
                     or (_searched_date(scope, url, now) if extensive else None)
                     or shown_update)
    elif shown_first and (shown_first.date() < marked.date()
                          or (shown_first.date() > marked.date()
                              and not declares_date(tree, url, marked, json_ld))):
        published = shown_first
    # An "Updated" date before the first publication is no update of it.
    later_update = (shown_update if shown_update and published and shown_update > published
                    else None)
    published = _shown_over_undeclared(tree, url, published, shown_first or later_update)
    published = _dated_elsewhere(tree, published, now)
    # Only pages whose markup dates them are read again for a later date (htmldate's second
    # pass): on the others it would search the whole page again, for little.
    modified = _page_date(scope, url, now, original=False) if marked else shown_update
    published = unswapped(published, published_moments)
    published = with_declared_time(published, published_moments)
    # htmldate's "modified" may be the publication day itself: its declared time then.
    modified = with_declared_time(
        modified, declared_moments(tree, MODIFIED_KEYS, json_ld) + published_moments)
    if modified and published and modified < published:
        modified = None  # the date htmldate read was not the page's (a later shown one won)
    return page.model_copy(update={"published_at": published, "modified_at": modified})


def _shown_over_undeclared(tree: etree._Element, url: str | None,
                           published: datetime | None, shown: datetime | None
                           ) -> datetime | None:
    """``shown`` (the date under the headline) when ``published`` is another day that
    neither a date meta tag of the page nor its URL gives, else ``published``.

    htmldate's date without a meta tag or the URL behind it is a weaker claim than the
    date the page shows: a JSON-LD ``datePublished`` alone may be the CMS's record of the
    page's creation, a date read from the text or an ambiguous "01/07/16" another's; a
    page that shows only its "Updated" date is dated by it (WCXB dev article pages: tune
    +8 −2, check +8 −0).
    """
    if (published is None or shown is None or shown.date() == published.date()
            or meta_declares(tree, published.date()) or url_dates(url, published.date())):
        return published
    return shown


def _dated_elsewhere(tree: etree._Element, published: datetime | None, now: datetime
                     ) -> datetime | None:
    """``published``, or what the page shows away from its headline, often at the
    article's end: the day a line says it was "originally published on" when older (the
    markup and headline give the last edit); the publication a line shows beside
    ``published`` as its update ("December 3, 2025. Updated: December 7, 2025": a page
    declaring only its ``article:modified_time``)."""
    if published is None:
        return None
    lines = dated_lines(tree)
    if lines.first_published and lines.first_published < published.date():
        return _plausible_day(lines.first_published, now) or published
    pair = lines.publication_and_update
    if pair and pair[1] == published.date():
        return _plausible_day(pair[0], now) or published
    return published


def _plausible_day(day: date, now: datetime) -> datetime | None:
    return plausible_date(midnight(day), now)


def _searched_date(scope: etree._Element, url: str | None, now: datetime) -> datetime | None:
    """htmldate's search of the page's text, without its last resort: a bare year or the
    copyright year ("© 2026") it gives as January 1 of that year, which dates nothing."""
    found = _page_date(scope, url, now, original=True, extensive=True)
    if found is None or (found.month, found.day, found.hour, found.minute) == (1, 1, 0, 0):
        return None
    return found


def search_further(tree: etree._Element, page: PageMetadata, *, text: bool = True,
                   json_ld: JsonLdObjects | None = None) -> PageMetadata:
    """``page`` with an author when its markup names none: from the page's text (``text``)
    a "By Jane Doe" line, else trafilatura's byline search (slow: a copy of the tree and
    XPath over all of it), meant for the pages that need it; else the author the page's
    JSON-LD declares in a form trafilatura does not read (an organisation, a reference;
    ``json_ld``: the page's JSON-LD objects when the caller has read them).
    """
    from trafilatura.metadata import extract_author

    if page.authors:
        return page
    authors = (clean_authors(byline_text(tree)) or clean_authors(extract_author(tree))
               if text else [])
    # Last: a byline in the text names the person where JSON-LD may give the company
    # (WCXB dev articles: tune +1 page, check +1 page).
    authors = authors or clean_authors(declared_authors(tree, json_ld))
    return page.model_copy(update={"authors": authors})


def plausible_date(value: datetime | None, now: datetime) -> datetime | None:
    """``value`` unless it cannot be a publication date (future, before 1990, the epoch)."""
    if value is None:
        return None
    aware = value if value.tzinfo else value.replace(tzinfo=UTC)
    if aware < EARLIEST or aware > now + FUTURE_SLACK:
        return None
    return aware


def parse_date(text: str | None) -> datetime | None:
    """A date or timestamp as htmldate writes it (ISO 8601), or None."""
    if not text:
        return None
    try:
        return datetime.strptime(text, _DATE_FORMAT)
    except ValueError:
        pass
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        return None


def _page_date(
    scope: etree._Element, url: str | None, now: datetime, *, original: bool,
    extensive: bool = False,
) -> datetime | None:
    """htmldate's date of ``scope`` (the page, or its head: :func:`_date_scope`)."""
    from htmldate import find_date

    found = find_date(
        scope, url=url, original_date=original, extensive_search=extensive,
        outputformat=_DATE_FORMAT, max_date=(now + FUTURE_SLACK).strftime("%Y-%m-%d"),
    )
    return plausible_date(parse_date(found), now)


def _date_scope(tree: etree._Element) -> etree._Element:
    """The tree htmldate reads: a huge page only by its head, where dates are declared."""
    if node_count(tree) <= MAX_DATE_SEARCH_ELEMENTS:
        return tree
    head = tree.find(".//head")
    scope = html.Element("html")
    if head is not None:
        scope.append(deepcopy(head))
    return scope


def _language(tree: etree._Element) -> str | None:
    """The page's own language claim: ``<html lang>``, else its content-language meta."""
    root = tree.getroottree().getroot()
    claims = [root.get("lang"), root.get("{http://www.w3.org/XML/1998/namespace}lang")]
    claims += tree.xpath("//meta[@http-equiv='content-language' or @property='og:locale']/@content")
    for claim in claims:
        code = str(claim or "").strip().replace("_", "-").split("-")[0].lower()
        if code.isalpha() and 2 <= len(code) <= 3:
            return code
    return None
