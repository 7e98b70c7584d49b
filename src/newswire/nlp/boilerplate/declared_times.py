"""The moments (date and time of day) a page declares for its publication and last edit.

htmldate gives the day right but often drops the time ("2025-03-13T07:45:00+01:00" in
JSON-LD comes back as 2025-03-13), so the time is read here from the same declarations:
JSON-LD ``datePublished``/``dateCreated``/``dateModified``, the meta tags
``article:published_time``/``article:modified_time``/``og:updated_time`` (and their
``itemprop`` forms), then ``<time datetime>``. Only full timestamps count: a bare day
adds nothing to the day htmldate chose.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import UTC, date, datetime, time, timedelta

from lxml import etree  # type: ignore[import-untyped]

from newswire.nlp.boilerplate.json_ld import JsonLdObjects, page_objects
from newswire.timeparse import parse_iso

__all__ = [
    "DATE_META", "JSON_LD_DATE_KEYS", "MODIFIED_KEYS", "PUBLISHED_KEYS", "declared_moments",
    "declares_date", "declares_update", "json_ld_dates", "meta_declares", "midnight",
    "moment_on", "same_instant", "to_utc", "unswapped", "url_dates", "with_declared_time",
]

#: Declarations of the first publication, in the order they are trusted.
PUBLISHED_KEYS = ("datepublished", "article:published_time", "datecreated")
#: Declarations of the last edit.
MODIFIED_KEYS = ("datemodified", "article:modified_time", "og:updated_time")
#: JSON-LD keys that date the page itself (a video's ``uploadDate`` does not).
JSON_LD_DATE_KEYS = ("datepublished", "datemodified", "datecreated")
#: Meta names and properties that declare a date ("publisher" does not).
DATE_META = re.compile(r"published|modif|date|created|updated", re.IGNORECASE)
#: A timestamp with a time of day ("2025-03-13T07:45", "2025-03-13 07:45:00+01:00").
_TIMESTAMP = re.compile(r"^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}")


def declared_moments(
    tree: etree._Element, keys: tuple[str, ...], json_ld: JsonLdObjects | None = None,
) -> list[datetime]:
    """The full timestamps the page declares under ``keys`` (JSON-LD, meta tags, then
    ``<time datetime>`` elements: with the matching ``itemprop``, or any when ``keys`` are
    the published ones), in that order; naive ones are taken as UTC. ``json_ld``: the
    page's JSON-LD objects when the caller has read them (``json_ld.page_objects``)."""
    objects = page_objects(tree) if json_ld is None else json_ld
    json_values = (value for key in keys for found in objects
                   for name, value in found.items() if name.lower() == key)
    texts = [*json_values, *_meta_values(tree, keys), *_time_values(tree, keys)]
    moments = (_timestamp(text) for text in texts)
    return [moment for moment in moments if moment is not None]


def declares_update(tree: etree._Element, json_ld: JsonLdObjects | None = None) -> bool:
    """Whether the page's markup declares a last edit, a bare day included: a JSON-LD
    ``dateModified``, a meta tag htmldate reads as one (``article:modified_time``,
    ``last-modified``...) or an element with ``itemprop="dateModified"``."""
    from htmldate.core import ITEMPROP_ATTRS_MODIFIED, NAME_MODIFIED, PROPERTY_MODIFIED

    objects = page_objects(tree) if json_ld is None else json_ld
    if any(name.lower() == "datemodified" and isinstance(value, str) and value.strip()
           for found in objects for name, value in found.items()):
        return True
    names = NAME_MODIFIED | PROPERTY_MODIFIED
    for meta in tree.iterfind(".//meta[@content]"):
        said = (meta.get("property") or meta.get("name") or meta.get("itemprop")
                or meta.get("http-equiv") or "")
        if said.strip().lower() in names and meta.get("content").strip():
            return True
    return any((element.get("itemprop") or "").strip().lower() in ITEMPROP_ATTRS_MODIFIED
               for element in tree.iterfind(".//*[@itemprop]"))


def json_ld_dates(objects: JsonLdObjects) -> list[str]:
    """The dates the page's JSON-LD ``objects`` declare (:data:`JSON_LD_DATE_KEYS`), as given."""
    return [value for found in objects for name, value in found.items()
            if name.lower() in JSON_LD_DATE_KEYS and isinstance(value, str) and value.strip()]


def meta_declares(tree: etree._Element, day: date) -> bool:
    """Whether a date meta tag of the page (``article:published_time``,
    ``itemprop="datePublished"``, ``<meta name="date">``…) gives ``day`` in ISO form."""
    iso = day.isoformat()
    return any(
        DATE_META.search(meta.get("property") or meta.get("name") or meta.get("itemprop") or "")
        and (meta.get("content") or "").strip().startswith(iso)
        for meta in tree.iterfind(".//meta"))


def declares_date(tree: etree._Element, url: str | None = None, day: date | None = None,
                  json_ld: JsonLdObjects | None = None) -> bool:
    """Whether the page declares a date in its head (``article:published_time``,
    ``og:updated_time``, ``<meta name="date">``…), in JSON-LD (``datePublished``,
    ``dateModified``, ``dateCreated``; ``json_ld``: its objects when the caller has read
    them), as ``itemprop="datePublished"``, or ``day`` in its URL (``/2024/03/05/``,
    ``/2024-03-``)."""
    if day and url_dates(url, day):
        return True
    for meta in tree.iterfind(".//head//meta"):
        name = meta.get("property") or meta.get("name") or meta.get("itemprop") or ""
        if meta.get("content") and DATE_META.search(name):
            return True
    return (tree.find(".//*[@itemprop='datePublished']") is not None
            or bool(json_ld_dates(page_objects(tree) if json_ld is None else json_ld)))


def url_dates(url: str | None, day: date) -> bool:
    """Whether ``url`` carries ``day``'s year and month (``/2024/03/05/``, ``/2024-03-``)."""
    return bool(url and re.search(rf"{day.year}[/-]?{day.month:02d}", url))


def same_instant(day: date, marked: datetime, moments: list[datetime]) -> bool:
    """Whether a moment the page declares falls on ``day`` in its own time zone and is the
    instant htmldate gave (``marked``, with its time of day): a page that shows its local
    day ("July 4") beside a UTC timestamp ("07-05T00:04Z") dates one moment, not two."""
    if marked.time() == time(0):
        return False  # a bare day: no instant to compare
    return any(moment.date() == day and to_utc(moment) == to_utc(marked) for moment in moments)


def unswapped(day: datetime | None, moments: list[datetime]) -> datetime | None:
    """``day``, or the declared moment whose day it is with month and day swapped: htmldate
    reads an ambiguous shown date ("10/12/2023") day first even where the page's own full
    timestamp says October 12."""
    if day is None or day.day > 12 or day.day == day.month:
        return day
    for moment in moments:
        if (moment.year, moment.month, moment.day) == (day.year, day.day, day.month):
            return midnight(moment.date())
    return day


def midnight(day: date) -> datetime:
    """``day`` at midnight UTC: a day without a time, as htmldate gives it."""
    return datetime(day.year, day.month, day.day, tzinfo=UTC)


def moment_on(day: date, moments: list[datetime]) -> datetime | None:
    """The first of ``moments`` that falls on ``day`` in its own offset (the page's day)."""
    return next((moment for moment in moments if moment.date() == day), None)


def with_declared_time(chosen: datetime | None, moments: list[datetime]) -> datetime | None:
    """``chosen`` in UTC; when it is a bare day (midnight UTC, as htmldate gives a day), the
    first of ``moments`` on that day instead: the page's own time of day.

    A moment whose UTC day is not the page's own day (07:45+10:00 is the day before in UTC)
    is kept as that day at midnight UTC, the time dropped: the day is what consumers and the
    date benchmark compare, and the page's day is the one it is dated by.
    """
    if chosen is None:
        return None
    if chosen.utcoffset() == timedelta(0) and chosen.time() == time(0):
        chosen = moment_on(chosen.date(), moments) or chosen
    moment = to_utc(chosen)
    if moment is not None and moment.date() != chosen.date():
        return midnight(chosen.date())
    return moment


def to_utc(moment: datetime | None) -> datetime | None:
    """``moment`` in UTC (a naive one is taken as UTC)."""
    if moment is None:
        return None
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def _timestamp(text: object) -> datetime | None:
    if not isinstance(text, str) or not _TIMESTAMP.match(text.strip()):
        return None
    return parse_iso(text)


def _meta_values(tree: etree._Element, keys: tuple[str, ...]) -> Iterator[str]:
    metas = list(tree.iterfind(".//meta"))
    for key in keys:
        for meta in metas:
            name = meta.get("property") or meta.get("name") or meta.get("itemprop") or ""
            if name.strip().lower() == key and meta.get("content"):
                yield meta.get("content")


def _time_values(tree: etree._Element, keys: tuple[str, ...]) -> Iterator[str]:
    for element in tree.iterfind(".//time[@datetime]"):
        prop = (element.get("itemprop") or "").strip().lower()
        if prop in keys or (not prop and keys == PUBLISHED_KEYS):
            yield element.get("datetime")
