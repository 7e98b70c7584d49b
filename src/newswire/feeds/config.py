"""The feeds file the user edits (TOML): one ``[[feeds]]`` table per feed.

::

    [[feeds]]
    url = "https://www.theguardian.com/world/rss"   # required
    source = "The Guardian"                          # else the feed's own title
    kind = "feed"                                    # or "sitemap"; detected when absent
    interval = { min = "10m", max = "2h" }           # poll bounds; else the settings'
"""

from __future__ import annotations

import tomllib
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal
from urllib.parse import urlsplit

from newswire.errors import FeedsFileError, NewswireError
from newswire.timeparse import parse_window

__all__ = ["FeedKind", "FeedSpec", "host_partition", "load_feeds", "parse_feeds"]

FeedKind = Literal["feed", "sitemap"]
_KEYS = {"url", "source", "kind", "interval"}


@dataclass(frozen=True)
class FeedSpec:
    """One feed as the user listed it."""

    url: str
    source: str | None = None
    kind: FeedKind | None = None
    min_interval_s: float | None = None
    max_interval_s: float | None = None

    @property
    def host(self) -> str:
        """The host the feed lives on: feeds of one host share a state partition."""
        return (urlsplit(self.url).hostname or "").lower()

    def partition(self, partitions: int) -> int:
        """The partition of the state topics that holds this feed (by host)."""
        return host_partition(self.url, partitions)


def host_partition(url: str, partitions: int) -> int:
    """The partition of the state topics that holds what concerns ``url``'s host: its feeds
    and a hold it asked for."""
    host = (urlsplit(url).hostname or "").lower()
    return zlib.crc32(host.encode("utf-8")) % partitions


def load_feeds(path: Path) -> list[FeedSpec]:
    """Every feed of the TOML file at ``path``, in file order, each URL once."""
    try:
        document = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise FeedsFileError(f"cannot read feeds file {path}: {exc}") from exc
    return parse_feeds(document, origin=str(path))


def parse_feeds(document: dict[str, Any], origin: str = "feeds file") -> list[FeedSpec]:
    """The feeds of a parsed TOML document; a :class:`FeedsFileError` names the bad entry."""
    tables = document.get("feeds")
    if not isinstance(tables, list) or not tables:
        raise FeedsFileError(f"{origin}: no [[feeds]] tables")
    specs: dict[str, FeedSpec] = {}
    for number, table in enumerate(tables, start=1):
        try:
            spec = _spec(table)
        except (NewswireError, TypeError, ValueError) as exc:
            raise FeedsFileError(f"{origin}: feed {number}: {exc}") from exc
        specs.setdefault(spec.url, spec)
    return list(specs.values())


def _spec(table: Any) -> FeedSpec:
    if not isinstance(table, dict):
        raise TypeError("each [[feeds]] entry must be a table")
    unknown = set(table) - _KEYS
    if unknown:
        raise ValueError(f"unknown keys {sorted(unknown)}; known: {sorted(_KEYS)}")
    url = table.get("url")
    if not isinstance(url, str) or urlsplit(url).scheme not in {"http", "https"}:
        raise ValueError(f"url must be an http(s) URL, not {url!r}")
    kind = table.get("kind")
    if kind not in {None, "feed", "sitemap"}:
        raise ValueError(f"kind must be 'feed' or 'sitemap', not {kind!r}")
    source = table.get("source")
    if source is not None and not isinstance(source, str):
        raise TypeError("source must be a string")
    low, high = _bounds(table.get("interval"))
    return FeedSpec(url=url, source=source, kind=kind, min_interval_s=low, max_interval_s=high)


def _bounds(interval: Any) -> tuple[float | None, float | None]:
    if interval is None:
        return None, None
    if not isinstance(interval, dict) or set(interval) - {"min", "max"}:
        raise ValueError("interval must be a table { min = ..., max = ... }")
    low, high = (_seconds(interval.get(key)) for key in ("min", "max"))
    if low is not None and high is not None and low > high:
        raise ValueError(f"interval min ({low:g} s) is above max ({high:g} s)")
    return low, high


def _seconds(value: Any) -> float | None:
    """``"10m"``, ``"2h"`` or a number of seconds."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        raise TypeError(f"not a duration: {value!r}")
    seconds = parse_window(value).total_seconds() if isinstance(value, str) else float(value)
    if seconds <= 0:
        raise ValueError(f"a poll interval must be positive, not {value!r}")
    return seconds
