"""A page's published and modified dates: htmldate's reading of its markup, the date shown
under its headline, the dates its lines show elsewhere, and what the page declares.

This module chooses between their answers and drops what cannot be true: dates in the
future, before 1990 or at the Unix epoch.
"""

from __future__ import annotations

import logging
import re
from copy import deepcopy
from datetime import UTC, date, datetime, timedelta

from lxml import etree, html  # type: ignore[import-untyped]

from newswire.models import PageMetadata
from newswire.nlp.boilerplate.declared_times import (
    MODIFIED_KEYS,
    PUBLISHED_KEYS,
    declared_moments,
    declares_date,
    declares_update,
    meta_declares,
    midnight,
    same_instant,
    unswapped,
    url_dates,
    with_declared_time,
)
from newswire.nlp.boilerplate.html_tree import node_count
from newswire.nlp.boilerplate.json_ld import JsonLdObjects, page_objects
from newswire.nlp.boilerplate.shown_dates import dated_lines, shown_date

__all__ = [
    "EARLIEST", "FUTURE_SLACK", "MAX_DATE_SEARCH_ELEMENTS", "parse_date", "plausible_date",
    "read_dates",
]

_log = logging.getLogger(__name__)

#: Before this, a "publication date" is a parsing accident (copyright years, epoch zero).
EARLIEST = datetime(1990, 1, 1, tzinfo=UTC)
#: Clocks and time zones differ: a date up to a day ahead is accepted.
FUTURE_SLACK = timedelta(days=1)
#: htmldate's output with the time of day when the page gives one.
_DATE_FORMAT = "%Y-%m-%dT%H:%M:%S%z"
#: htmldate is quadratic in elements (100,000 empty divs took 11 s): above this many, only
#: the page's head is searched for a date.
MAX_DATE_SEARCH_ELEMENTS = 10_000
#: A timestamp's seconds and their fraction ("22:31:00.000Z").
_FRACTION = re.compile(r"(\d{2}:\d{2}:\d{2})\.\d+")


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
    page its markup dates and declares an edit of, else the shown date labelled "Updated";
    none when that reading is the publication itself and the page declares no edit
    (htmldate's latest date of a page dated once is its publication, which a page
    declaring no edit is not read again for). Both in UTC, with the
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
    # pass): on the others it would search the whole page again, for little. Nor pages that
    # declare no edit: there htmldate's latest date is the one it read first (WCXB dev, first
    # 300 pages: 50 of the 51 such pages), so it is not searched for again.
    # Read only where it decides something: on pages the markup dates (a page dated
    # otherwise has its modified date from a shown "Updated" label, or none).
    updated = bool(marked) and declares_update(tree, json_ld)
    modified = shown_update
    if marked:
        modified = _page_date(scope, url, now, original=False) if updated else marked
    published = unswapped(published, published_moments)
    published = with_declared_time(published, published_moments)
    # htmldate's "modified" may be the publication day itself: its declared time then.
    if modified is not None:
        modified = with_declared_time(
            modified, declared_moments(tree, MODIFIED_KEYS, json_ld) + published_moments)
    if modified and published and modified < published:
        modified = None  # the date htmldate read was not the page's (a later shown one won)
    if modified and modified == published and not (shown_update or updated):
        modified = None  # htmldate's latest date is the publication: the page gives no update
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

    try:
        found = find_date(
            scope, url=url, original_date=original, extensive_search=extensive,
            outputformat=_DATE_FORMAT, max_date=(now + FUTURE_SLACK).strftime("%Y-%m-%d"),
        )
    except (ValueError, OverflowError):
        # htmldate raises on a timestamp it parsed but cannot compare ("+99:99" as offset).
        _log.debug("htmldate failed on an impossible timestamp in %s", url)
        return None
    return plausible_date(parse_date(found), now)


def _date_scope(tree: etree._Element) -> etree._Element:
    """The tree htmldate reads: a huge page only by its head, where dates are declared;
    timestamps with fractions of a second cut to the second (:func:`_whole_seconds`)."""
    if node_count(tree) <= MAX_DATE_SEARCH_ELEMENTS:
        return _whole_seconds(tree, copy=True)
    head = tree.find(".//head")
    scope = html.Element("html")
    if head is not None:
        scope.append(deepcopy(head))
    return _whole_seconds(scope, copy=False)


def _whole_seconds(scope: etree._Element, *, copy: bool) -> etree._Element:
    """``scope`` (a copy when ``copy`` and something changes) with the fractions of a second
    cut from its meta tags' and ``<time>`` elements' timestamps: htmldate drops
    "2025-12-08T22:31:00.000Z" whole (it reads ".000Z" as a phone number's digits) and
    falls back on another date."""
    found = [(element, name) for element, name in _timestamp_attributes(scope)
             if _FRACTION.search(element.get(name))]
    if not found:
        return scope
    if copy:
        scope = deepcopy(scope)
        found = [(element, name) for element, name in _timestamp_attributes(scope)
                 if _FRACTION.search(element.get(name))]
    for element, name in found:
        element.set(name, _FRACTION.sub(r"\1", element.get(name)))
    return scope


def _timestamp_attributes(scope: etree._Element) -> list[tuple[etree._Element, str]]:
    """The meta tags' ``content`` and ``<time>`` elements' ``datetime`` attributes."""
    return ([(meta, "content") for meta in scope.iterfind(".//meta[@content]")]
            + [(time, "datetime") for time in scope.iterfind(".//time[@datetime]")])
