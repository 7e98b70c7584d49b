"""Prometheus metrics of the worker (served on ``/metrics``)."""

from __future__ import annotations

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram

__all__ = [
    "BATCH_SECONDS", "BATCH_SIZE", "BY_LANGUAGE", "CONSUMER_LAG", "DEAD_LETTERED", "DUPLICATES",
    "FAILED", "PROCESSED", "REGISTRY",
]

REGISTRY = CollectorRegistry()

PROCESSED = Counter("newswire_articles_processed", "Articles enriched", registry=REGISTRY)
BY_LANGUAGE = Counter(
    "newswire_articles_by_language", "Articles enriched, by detected language (ISO 639-1 or "
    "und)", ["language"], registry=REGISTRY,
)
FAILED = Counter(
    "newswire_articles_failed", "Articles that failed, by error type", ["error_type"],
    registry=REGISTRY,
)
DEAD_LETTERED = Counter("newswire_dead_letters", "Messages sent to the DLQ", registry=REGISTRY)
DUPLICATES = Counter(
    "newswire_duplicates_skipped", "Articles already enriched with the same content",
    registry=REGISTRY,
)
BATCH_SIZE = Histogram(
    "newswire_batch_size", "Messages per batch", buckets=(1, 2, 4, 8, 16, 32, 64, 128),
    registry=REGISTRY,
)
BATCH_SECONDS = Histogram(
    "newswire_batch_seconds", "Time to enrich and publish one batch", registry=REGISTRY,
)
CONSUMER_LAG = Gauge(
    "newswire_consumer_lag", "Messages behind the end of articles.raw, per partition",
    ["partition"], registry=REGISTRY,
)
