"""The feeds file: the shipped example, its fields, its errors, feeds placed by host."""

from __future__ import annotations

from pathlib import Path

import pytest

from newswire.errors import FeedsFileError
from newswire.feeds.config import load_feeds, parse_feeds
from tests.conftest import ROOT


def test_example_feeds_file_loads() -> None:
    """The feeds.toml shipped at the repository root is valid and lists real feeds."""
    specs = load_feeds(ROOT / "feeds.toml")
    assert len(specs) >= 3
    assert all(spec.url.startswith("https://") for spec in specs)


def test_feeds_file_fields(tmp_path: Path) -> None:
    """url, source, kind and interval bounds are read; a repeated URL counts once."""
    path = tmp_path / "feeds.toml"
    path.write_text('[[feeds]]\nurl = "https://a.example/rss"\nsource = "A"\n'
                    'interval = { min = "10m", max = 7200 }\n'
                    '[[feeds]]\nurl = "https://b.example/sitemap.xml"\nkind = "sitemap"\n'
                    '[[feeds]]\nurl = "https://a.example/rss"\n', encoding="utf-8")
    first, second = load_feeds(path)
    assert (first.source, first.min_interval_s, first.max_interval_s) == ("A", 600, 7200)
    assert (second.kind, second.source, second.host) == ("sitemap", None, "b.example")


@pytest.mark.parametrize(("document", "message"), [
    ({}, "no \\[\\[feeds\\]\\]"),
    ({"feeds": [{"url": "ftp://x/feed"}]}, "feed 1: url must be an http"),
    ({"feeds": [{"url": "https://x/f", "kind": "podcast"}]}, "kind must be"),
    ({"feeds": [{"url": "https://x/f", "intervall": 3}]}, "unknown keys"),
    ({"feeds": [{"url": "https://x/f", "interval": {"min": "2h", "max": "1h"}}]}, "above max"),
    ({"feeds": [{"url": "https://x/f", "interval": {"min": "soon"}}]}, "not a time window"),
])
def test_feeds_file_errors_name_the_entry(document: dict[str, object], message: str) -> None:
    """An invalid feeds file raises FeedsFileError saying which feed and why."""
    with pytest.raises(FeedsFileError, match=message):
        parse_feeds(document)


def test_feeds_of_one_host_share_a_partition() -> None:
    """Feeds are placed by host: two feeds of one host land on the same partition."""
    specs = parse_feeds({"feeds": [{"url": "https://a.example/one"},
                                   {"url": "https://A.example/two"}]})
    assert specs[0].partition(8) == specs[1].partition(8)
