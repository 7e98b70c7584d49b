"""Producing articles: what cannot be sent is reported with its origin, never raised."""

from __future__ import annotations

import asyncio

from newswire.io.records import Record
from newswire.kafka.producer import send_records
from newswire.models import RawArticle
from newswire.settings import Settings


def test_article_over_the_message_size_is_reported_not_raised() -> None:
    """A page larger than any message newswire may produce is an error of the report."""
    settings = Settings(max_article_bytes=1000)  # largest message: 1 MiB
    huge = Record("huge.html", article=RawArticle(id="huge", html="<p>word </p>" * 100_000))
    small = Record("small.txt", article=RawArticle(id="small", text="A short article."))
    report = asyncio.run(send_records(settings, [huge, small], dry_run=True))
    assert report.sent == ["small"]
    assert len(report.errors) == 1
    assert report.errors[0].startswith("huge.html: ")
    assert str(settings.max_message_bytes) in report.errors[0]


def test_an_article_with_nothing_to_enrich_is_reported_not_sent() -> None:
    """An empty file (or a JSON item with empty fields) is refused with the worker's
    dead-letter reason, as `enrich` refuses it, instead of being sent to fail."""
    empty = Record("empty.txt", article=RawArticle(id="empty", title="", text="  \n"))
    small = Record("small.txt", article=RawArticle(id="small", text="A short article."))
    report = asyncio.run(send_records(Settings(), [empty, small], dry_run=True))
    assert report.sent == ["small"]
    assert report.errors == ["empty.txt: article has no title, text or html "
                             "(the worker would dead-letter it)"]
