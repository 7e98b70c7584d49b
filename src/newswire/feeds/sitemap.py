"""Sitemaps and sitemap indexes (lxml), news sitemaps included, guarded against XML bombs.

Entities are never resolved, no DTD or network is loaded, ``huge_tree`` stays off (lxml's
own limits on depth and text size hold), gzip is recognised by its bytes and inflated to at
most :data:`MAX_SITEMAP_BYTES`, and at most :data:`MAX_SITEMAP_URLS` URLs are read, the
limits of the sitemaps protocol. Blocking: call it off the event loop.
"""

from __future__ import annotations

import re
import zlib
from collections import Counter
from urllib.parse import urljoin

from lxml import etree  # type: ignore[import-untyped]

from newswire.errors import FetchError
from newswire.feeds.items import FeedItem, ParsedFeed
from newswire.timeparse import parse_iso

__all__ = [
    "GZIP_MAGIC", "MAX_SITEMAP_BYTES", "MAX_SITEMAP_URLS", "gunzip", "looks_like_sitemap",
    "parse_sitemap",
]

MAX_SITEMAP_BYTES = 50 * 1024 * 1024
MAX_SITEMAP_URLS = 50_000
GZIP_MAGIC = b"\x1f\x8b"
_ROOT = re.compile(rb"<(?:[\w.-]+:)?(urlset|sitemapindex)[\s>]")


def gunzip(body: bytes, url: str, limit: int = MAX_SITEMAP_BYTES) -> bytes:
    """``body`` inflated when it starts with the gzip magic bytes, else as it is.

    Raises :class:`FetchError` (``too_large``) past ``limit`` bytes: a small gzip may
    inflate to gigabytes.
    """
    if not body.startswith(GZIP_MAGIC):
        return body
    inflater = zlib.decompressobj(wbits=16 + zlib.MAX_WBITS)
    try:
        data = inflater.decompress(body, limit + 1)
    except zlib.error as exc:
        raise FetchError(f"broken gzip: {exc}", url=url, reason="malformed") from exc
    if len(data) > limit:
        raise FetchError(f"inflates to over {limit} bytes", url=url, reason="too_large")
    return data


def looks_like_sitemap(body: bytes) -> bool:
    """Whether the document's root element is ``urlset`` or ``sitemapindex``."""
    return _ROOT.search(body[:4096]) is not None


def parse_sitemap(body: bytes, url: str) -> ParsedFeed:
    """The URLs of a sitemap (with news:title and news:publication_date), or the child
    sitemaps of a sitemap index, newest first; malformed XML is read as far as it goes."""
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False,
                             huge_tree=False, recover=True, remove_comments=True)
    root = etree.fromstring(body, parser) if body.strip() else None
    malformed = bool(parser.error_log) or root is None
    if root is None:
        return ParsedFeed("sitemap", malformed=True)
    entries = [el for el in root if isinstance(el.tag, str)][:MAX_SITEMAP_URLS]
    if _local(root) == "sitemapindex":
        children = sorted((_child(el, url) for el in entries if _local(el) == "sitemap"),
                          key=lambda pair: pair[1], reverse=True)
        return ParsedFeed("sitemap", children=[loc for loc, _ in children if loc],
                          malformed=malformed)
    urls = [el for el in entries if _local(el) == "url"]
    return ParsedFeed("sitemap", items=[_item(el, url) for el in urls],
                      title=_publication(urls), malformed=malformed)


def _publication(urls: list[etree._Element]) -> str | None:
    """The news sitemap's ``news:publication/news:name`` (the most frequent one): the name
    its articles carry, as a feed's title names a feed's (else they carry the host)."""
    names = Counter(name for el in urls if (name := _text(el, "news", "publication", "name")))
    return names.most_common(1)[0][0] if names else None


def _local(element: etree._Element) -> str:
    return str(etree.QName(element).localname)


def _text(element: etree._Element, *path: str) -> str | None:
    """The text of the first descendant along ``path`` of local names."""
    current: etree._Element | None = element
    for name in path:
        current = next((c for c in current if isinstance(c.tag, str) and _local(c) == name),
                       None) if current is not None else None
    text = current.text if current is not None else None
    return text.strip() if text and text.strip() else None


def _child(element: etree._Element, base: str) -> tuple[str | None, str]:
    loc = _text(element, "loc")
    return (urljoin(base, loc) if loc else None), _text(element, "lastmod") or ""


def _item(element: etree._Element, base: str) -> FeedItem:
    loc = _text(element, "loc")
    published = parse_iso(_text(element, "news", "publication_date")
                          or _text(element, "lastmod"))
    return FeedItem(url=urljoin(base, loc) if loc else None, guid=loc,
                    title=_text(element, "news", "title"), published_at=published,
                    language=_text(element, "news", "publication", "language"))
