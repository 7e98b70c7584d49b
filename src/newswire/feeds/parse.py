"""Feeds and sitemaps from the bytes newswire fetched: RSS 0.9x/1.0/2.0 and Atom (feedparser),
JSON Feed, sitemaps (:mod:`newswire.feeds.sitemap`). Blocking: call it off the event loop.

feedparser gets the bytes alone, never fetches anything itself, and reads a malformed feed
as far as it goes; relative links (after any ``xml:base``) are resolved here against the final
URL, where the feed really was. feedparser is not given that URL: it would resolve an RSS
``<guid>`` too (``<guid>12345</guid>`` without ``isPermaLink="false"`` came back as
``https://host/feeds/12345``), and a guid is the feed's identifier, kept as the feed wrote it.
An item whose only link is its guid has a URL only when that guid is an absolute http(s) URL:
feedparser reads any guid without ``isPermaLink="false"`` as the item's link, and ``12345``
or ``/news/1`` resolved against the feed's URL is a page made up, not one the feed named.
The released feedparser (6.0) does not read JSON Feed, so that small format is read here.
"""

from __future__ import annotations

import json
import time
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urljoin, urlsplit

import feedparser

from newswire.errors import FetchError
from newswire.feeds.config import FeedKind
from newswire.feeds.items import FeedItem, ParsedFeed
from newswire.feeds.sitemap import gunzip, looks_like_sitemap, parse_sitemap
from newswire.timeparse import parse_iso

__all__ = ["parse_document", "parse_json_feed", "parse_xml_feed"]


def parse_document(body: bytes, url: str, content_type: str | None = None,
                   kind: FeedKind | None = None) -> ParsedFeed:
    """Whatever ``body`` (fetched from ``url``) is: a sitemap, a JSON Feed or an XML feed."""
    body = gunzip(body, url)
    if kind == "sitemap" or (kind is None and looks_like_sitemap(body)):
        return parse_sitemap(body, url)
    if _is_json(body, content_type):
        return parse_json_feed(body, url)
    return parse_xml_feed(body, url, content_type)


def _is_json(body: bytes, content_type: str | None) -> bool:
    return "json" in (content_type or "").lower() or body.lstrip()[:1] == b"{"


def parse_xml_feed(body: bytes, url: str, content_type: str | None = None) -> ParsedFeed:
    """RSS or Atom through feedparser, relative links resolved against ``url``, guids as
    written."""
    parsed = feedparser.parse(body, response_headers={
        "content-type": content_type or "application/xml"})
    language = parsed.feed.get("language") or None
    items = [_entry(entry, url, language) for entry in parsed.entries]
    return ParsedFeed("feed", items=items, title=parsed.feed.get("title") or None,
                      ttl_s=_ttl(parsed.feed.get("ttl")), malformed=bool(parsed.bozo))


def _entry(entry: Any, base: str, feed_language: str | None) -> FeedItem:
    link = entry.get("link")
    if link and entry.get("guidislink") and link == entry.get("id") and not _is_web_url(link):
        link = None  # the guid taken as the link: an identifier, not a URL
    # Atom puts xml:lang on the text constructs; RSS has only the channel's <language>.
    detail = entry.get("summary_detail") or entry.get("title_detail") or {}
    return FeedItem(
        url=urljoin(base, link) if link else None,
        guid=entry.get("id") or None,
        title=entry.get("title") or None,
        author=_author(entry),
        published_at=_struct_time(entry.get("published_parsed") or entry.get("updated_parsed")),
        language=detail.get("language") or feed_language,
    )


def _is_web_url(text: str) -> bool:
    """Whether ``text`` is an absolute http(s) URL with a host."""
    parts = urlsplit(text.strip())
    return parts.scheme.lower() in ("http", "https") and bool(parts.netloc)


def _author(entry: Any) -> str | None:
    """The item's first author's name: RSS 2.0 writes ``<author>`` as an e-mail address with
    the name in brackets (``dana@example.org (Dana Whitfield)``), and feedparser's ``author``
    of an Atom entry with several authors is the last name with the first one's e-mail; an
    address alone names nobody (the page's byline fills ``author`` then)."""
    details = entry.get("authors") or [entry.get("author_detail") or {}]
    for detail in details:
        name = _string(detail.get("name")) if isinstance(detail, dict) else None
        if name:
            return name
    plain = _string(entry.get("author"))
    return plain if plain and "@" not in plain else None


def _struct_time(value: time.struct_time | None) -> datetime | None:
    """feedparser's dates are UTC struct_times."""
    if value is None:
        return None
    return datetime(*value[:6], tzinfo=UTC)


def _ttl(value: str | None) -> float | None:
    """RSS ``<ttl>``: minutes the feed may be cached."""
    try:
        minutes = float(value) if value else None
    except ValueError:
        return None
    return minutes * 60 if minutes and minutes > 0 else None


def parse_json_feed(body: bytes, url: str) -> ParsedFeed:
    """JSON Feed 1.0 and 1.1 (https://jsonfeed.org/version/1.1)."""
    try:
        document = json.loads(body)
    except (ValueError, UnicodeDecodeError) as exc:
        raise FetchError(f"not a JSON Feed: {exc}", url=url, reason="malformed") from exc
    if not isinstance(document, dict):
        raise FetchError("not a JSON Feed: not an object", url=url, reason="malformed")
    entries = document.get("items")
    language = _string(document.get("language"))
    items = [_json_item(entry, url, language) for entry in entries or []
             if isinstance(entry, dict)]
    title = document.get("title")
    return ParsedFeed("feed", items=items, title=title if isinstance(title, str) else None,
                      malformed=not isinstance(entries, list))


def _json_item(entry: dict[str, Any], base: str, feed_language: str | None) -> FeedItem:
    link = _string(entry.get("url")) or _string(entry.get("external_url"))
    authors = entry.get("authors") or ([entry["author"]] if entry.get("author") else [])
    names = [a["name"] for a in authors if isinstance(a, dict) and _string(a.get("name"))]
    return FeedItem(
        url=urljoin(base, link) if link else None,
        guid=_string(entry.get("id")) or (str(entry["id"]) if "id" in entry else None),
        title=_string(entry.get("title")),
        author=names[0].strip() if names else None,
        published_at=parse_iso(_string(entry.get("date_published"))
                               or _string(entry.get("date_modified"))),
        language=_string(entry.get("language")) or feed_language,
    )


def _string(value: Any) -> str | None:
    return value.strip() if isinstance(value, str) and value.strip() else None
