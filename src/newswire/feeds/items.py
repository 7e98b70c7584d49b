"""What a feed or sitemap says: its items, its title, and hints for the next poll."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Literal

__all__ = ["FeedItem", "ParsedFeed"]


@dataclass(frozen=True)
class FeedItem:
    """One entry of a feed or one ``<url>`` of a sitemap; ``url`` is absolute (or None)."""

    url: str | None
    guid: str | None = None
    title: str | None = None
    author: str | None = None
    published_at: datetime | None = None
    #: The language the feed declares for the item (RSS ``<language>``, Atom ``xml:lang``,
    #: JSON Feed ``language``, ``news:language``): a claim the worker weighs against the text.
    language: str | None = None


@dataclass(frozen=True)
class ParsedFeed:
    """A parsed feed or sitemap. ``children`` are the sitemaps a sitemap index lists
    (newest first); ``ttl_s`` is RSS ``<ttl>`` in seconds; ``malformed`` says the document
    was not well-formed and was read as far as it went."""

    kind: Literal["feed", "sitemap"]
    items: list[FeedItem] = field(default_factory=list)
    title: str | None = None
    ttl_s: float | None = None
    children: list[str] = field(default_factory=list)
    malformed: bool = False
