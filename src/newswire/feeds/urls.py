"""Canonical URLs (courlan), the article id derived from them, and a page's rel=canonical.

Two links to one article (tracking parameters, ``HTTP://Example.com:80/a/../b#top``, the
order of query parameters) give one canonical URL, hence one article id and one entry in the
seen set.
"""

from __future__ import annotations

import html
import posixpath
import re
from urllib.parse import urljoin, urlsplit, urlunsplit

import courlan

from newswire.models import stable_hash

__all__ = ["article_id", "canonical_url", "page_canonical"]

_LINK_TAG = re.compile(r"<link\b[^>]*>", re.IGNORECASE)
_ATTRIBUTE = re.compile(r"""([\w-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))""")
_HEAD_END = re.compile(r"</head\s*>|<body\b", re.IGNORECASE)
#: rel=canonical is looked for in the head only; this bounds the search on a page without one.
_HEAD_CHARS = 200_000


def canonical_url(url: str) -> str:
    """``url`` normalised: lower-case scheme and host, no default port, no tracking
    parameters, sorted query, no dot segments, no fragment."""
    try:
        normalized = courlan.normalize_url(url)
    except ValueError:
        normalized = url
    parts = urlsplit(normalized)
    path = _without_dot_segments(parts.path)
    return urlunsplit((parts.scheme.lower(), parts.netloc.lower(), path or "/", parts.query, ""))


def _without_dot_segments(path: str) -> str:
    if "/." not in path:
        return path
    normalized = posixpath.normpath(path).lstrip("/")
    trailing = path.endswith(("/", "/.", "/..")) and normalized not in {"", "."}
    return "/" + (normalized if normalized != "." else "") + ("/" if trailing else "")


def article_id(canonical: str) -> str:
    """The article id of a page: a stable hash of its canonical URL."""
    return stable_hash("url", canonical)


def page_canonical(page: str, page_url: str) -> str | None:
    """The page's ``<link rel="canonical">``, canonicalised, when it stays on the page's own
    site (a page must not claim another site's article id)."""
    head = page[:_HEAD_CHARS]
    end = _HEAD_END.search(head)
    for tag in _LINK_TAG.findall(head[: end.start()] if end else head):
        attributes = {m[1].lower(): html.unescape(next(v for v in m.groups()[1:] if v is not None))
                      for m in _ATTRIBUTE.finditer(tag)}
        if "canonical" in attributes.get("rel", "").lower().split() and attributes.get("href"):
            target = urljoin(page_url, attributes["href"].strip())
            if urlsplit(target).scheme in {"http", "https"} and _same_site(target, page_url):
                return canonical_url(target)
    return None


def _same_site(first: str, second: str) -> bool:
    def site(url: str) -> str:
        return (urlsplit(url).hostname or "").removeprefix("www.")

    return site(first) == site(second)
