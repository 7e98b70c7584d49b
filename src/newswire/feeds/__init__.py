"""The feeds runner: polls RSS, Atom, JSON Feed and news sitemaps, fetches the new items'
pages politely and produces them to ``articles.raw``; its state lives in compacted topics.

- ``config``: the feeds file (TOML) -> :class:`FeedSpec`
- ``guard``, ``fetch``, ``polite``: the one HTTP client, refusing non-public addresses,
  capped, timed; robots.txt, per-host spacing and concurrency, Retry-After (pages are
  decoded by ``newswire.io.charset``, which files and standard input share)
- ``parse``, ``sitemap``, ``items``: documents -> :class:`FeedItem` (off the event loop)
- ``urls``: canonical URLs and article ids; ``schedule``: poll intervals and backoff
- ``state``, ``readback``, ``poll``, ``pages``, ``runner``, ``status``: Kafka state and
  reading it back, one poll, one page, the group-owned loop, ``newswire feeds status`` (feeds
  and host holds); ``metrics``: ``/metrics`` of the runner; ``outcome``: the exit status of
  ``feeds run --once``

May import the contract (``models``, ``errors``, ``settings``, ``topics``, ``timeparse``),
``newswire.io`` and ``newswire.kafka``; never ``nlp``, ``stream`` or ``cli``.
"""

from newswire.feeds.config import FeedSpec, load_feeds, parse_feeds
from newswire.feeds.items import FeedItem, ParsedFeed
from newswire.feeds.parse import parse_document
from newswire.feeds.runner import FeedRunner
from newswire.feeds.state import FEEDS_SEEN, FEEDS_STATE, FeedState, SeenEntry
from newswire.feeds.status import FeedsStatus, read_status
from newswire.feeds.urls import article_id, canonical_url

__all__ = ["FEEDS_SEEN", "FEEDS_STATE", "FeedItem", "FeedRunner", "FeedSpec", "FeedState",
           "FeedsStatus", "ParsedFeed", "SeenEntry", "article_id", "canonical_url",
           "load_feeds", "parse_document", "parse_feeds", "read_status"]
