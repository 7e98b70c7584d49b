"""Produce RawArticles to ``articles.raw``, keyed by article id."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from newswire import topics
from newswire.archive import Record
from newswire.kafka import ensure_topics, make_producer
from newswire.models import RawArticle
from newswire.settings import Settings


@dataclass
class SendReport:
    """What was sent, and what could not be read and why."""

    sent: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    skipped: Counter[str] = field(default_factory=Counter)


def encode(article: RawArticle) -> tuple[bytes, bytes]:
    """Key and value of ``article`` on ``articles.raw``; the id is always filled in."""
    article_id = article.article_id()
    value = article.model_copy(update={"id": article_id}).model_dump_json(exclude_none=True)
    return article_id.encode("utf-8"), value.encode("utf-8")


async def send_records(settings: Settings, records: Iterable[Record]) -> SendReport:
    """Send every readable record; collect the unreadable ones in the report."""
    await ensure_topics(settings)
    report = SendReport()
    producer = make_producer(settings)
    await producer.start()
    try:
        for record in records:
            if record.article is None:
                report.errors.append(str(record.error))
                continue
            key, value = encode(record.article)
            await producer.send(settings.topic(topics.RAW), value=value, key=key)
            report.sent.append(key.decode("utf-8"))
        await producer.flush()
    finally:
        await producer.stop()
    return report
