"""Documents the feeds tests serve: RSS, Atom, JSON Feed and sitemaps generated for a list of
items, and real article pages (the sample article as HTML; Zyte pages when present)."""

from __future__ import annotations

import gzip
import html
import json
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path

from tests.conftest import SEED, SHARED

ZYTE = SHARED / "data" / "zyte-aeb" / "html"
START = datetime(2026, 11, 20, 8, 0, tzinfo=UTC)


@dataclass(frozen=True)
class Item:
    """One item of a generated feed; ``link`` may be relative, or None."""

    link: str | None
    title: str
    published: datetime
    guid: str | None = None
    author: str | None = None


def items(base: str, count: int, *, prefix: str = "/articles/a", gap_h: float = 2) -> list[Item]:
    """``count`` items linking to ``{base}{prefix}{n}.html``, newest first, ``gap_h`` apart."""
    return [Item(f"{base}{prefix}{n}.html", f"Article {n}",
                 START - timedelta(hours=gap_h * n), guid=f"urn:test:{prefix}{n}",
                 author="Jane Reporter")
            for n in range(count)]


def rss(entries: list[Item], title: str = "Test Wire", ttl_min: int | None = None) -> str:
    """An RSS 2.0 channel."""
    ttl = f"<ttl>{ttl_min}</ttl>" if ttl_min else ""
    body = "".join(
        "<item>"
        + f"<title>{html.escape(e.title)}</title>"
        + (f"<link>{html.escape(e.link)}</link>" if e.link else "")
        + (f'<guid isPermaLink="false">{e.guid}</guid>' if e.guid else "")
        + (f"<author>{e.author}</author>" if e.author else "")
        + f"<pubDate>{format_datetime(e.published, usegmt=True)}</pubDate></item>"
        for e in entries)
    return (f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
            f"<title>{title}</title><link>http://example.invalid/</link>{ttl}{body}"
            f"</channel></rss>")


def atom(entries: list[Item], title: str = "Test Atom") -> str:
    """An Atom feed."""
    body = "".join(
        f"<entry><title>{html.escape(e.title)}</title><id>{e.guid or e.link}</id>"
        + (f'<link rel="alternate" href="{html.escape(e.link)}"/>' if e.link else "")
        + f"<updated>{e.published.isoformat()}</updated>"
        + (f"<author><name>{e.author}</name></author>" if e.author else "") + "</entry>"
        for e in entries)
    return (f'<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
            f"<title>{title}</title><id>urn:test:atom</id>"
            f"<updated>{START.isoformat()}</updated>{body}</feed>")


def json_feed(entries: list[Item], title: str = "Test JSON") -> str:
    """A JSON Feed 1.1."""
    return json.dumps({
        "version": "https://jsonfeed.org/version/1.1", "title": title,
        "items": [{"id": e.guid or e.link, "url": e.link, "title": e.title,
                   "date_published": e.published.isoformat(),
                   "authors": [{"name": e.author}] if e.author else []} for e in entries],
    })


def news_sitemap(entries: list[Item], *, compress: bool = False) -> bytes:
    """A Google News sitemap (gzip-compressed with ``compress``)."""
    urls = "".join(
        f"<url><loc>{html.escape(e.link or '')}</loc><news:news><news:publication>"
        f"<news:name>Test</news:name><news:language>en</news:language></news:publication>"
        f"<news:publication_date>{e.published.isoformat()}</news:publication_date>"
        f"<news:title>{html.escape(e.title)}</news:title></news:news></url>"
        for e in entries)
    document = ('<?xml version="1.0" encoding="UTF-8"?>'
                '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
                'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">'
                f"{urls}</urlset>").encode()
    return gzip.compress(document) if compress else document


def sitemap_index(children: list[tuple[str, datetime]]) -> str:
    """A sitemap index of ``(url, lastmod)``."""
    body = "".join(f"<sitemap><loc>{html.escape(url)}</loc><lastmod>{moment.isoformat()}"
                   f"</lastmod></sitemap>" for url, moment in children)
    return ('<?xml version="1.0" encoding="UTF-8"?><sitemapindex '
            f'xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{body}</sitemapindex>')


def sample_page(title_suffix: str = "") -> str:
    """The shipped sample article as a web page: its title in <h1>, its text in <p>s, with
    a navigation bar and a footer around it."""
    title, _, body = SEED.read_text(encoding="utf-8").strip().partition("\n")
    paragraphs = "".join(f"<p>{html.escape(p.strip())}</p>" for p in body.split("\n")
                         if p.strip())
    return (f"<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
            f"<title>{html.escape(title + title_suffix)}</title></head><body>"
            f"<nav><a href=\"/\">Home</a> <a href=\"/world\">World</a></nav>"
            f"<article><h1>{html.escape(title + title_suffix)}</h1>{paragraphs}</article>"
            f"<footer>© Test Wire. All rights reserved.</footer></body></html>")


def real_pages(count: int) -> list[str]:
    """``count`` article pages: Zyte benchmark pages while there are, then the sample page
    under numbered titles."""
    zyte = sorted(ZYTE.glob("*.html.gz")) if ZYTE.is_dir() else []
    # Pages over 900 kB would be over the article size limit as JSON.
    pages = [page for page in map(_read_gz, zyte) if len(page) < 900_000][:count]
    return pages + [sample_page(f" ({n})") for n in range(count - len(pages))]


def _read_gz(path: Path) -> str:
    return gzip.decompress(path.read_bytes()).decode("utf-8", "replace")
