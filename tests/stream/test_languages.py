"""English, French and German articles through one real worker on Tansu."""

from __future__ import annotations

import json

import pytest
from aiokafka import AIOKafkaProducer

from newswire import topics
from newswire.io.ingest import article_from_text
from newswire.kafka.producer import encode
from newswire.models import EnrichedArticle, QuoteEvent
from newswire.settings import Settings
from newswire.stream.process import WorkerProcess
from tests.conftest import ROOT, SEED
from tests.stream.conftest import read_all, read_until, run_cli, values_of, wait_drained
from tests.stream.test_web import get

pytestmark = pytest.mark.integration

ARTICLES = {
    "en": SEED,
    "fr": ROOT / "seeds" / "001_secheresse-drome-fr.txt",
    "de": ROOT / "tests" / "data" / "article_de.txt",
}


async def test_three_languages_through_a_worker(
    worker: WorkerProcess, producer: AIOKafkaProducer, settings: Settings
) -> None:
    """Each article comes out in its language: English and French with entities and named
    speakers, German with neither; /metrics counts them by language; tail filters by it."""
    del worker
    for language, path in ARTICLES.items():
        key, value = encode(article_from_text(path.read_text(encoding="utf-8"), id=language))
        await producer.send_and_wait(settings.topic(topics.RAW), value, key=key)
    values = await read_until(settings, topics.ENRICHED, len(ARTICLES))
    articles = {a.id: a for a in map(EnrichedArticle.model_validate_json, values)}
    assert {key: a.language for key, a in articles.items()} == {"en": "en", "fr": "fr",
                                                                "de": "de"}
    assert "Jens Stoltenberg" in {q.speaker for q in articles["en"].quotes}
    assert "Claire Dumoulin" in {q.speaker for q in articles["fr"].quotes}
    assert articles["de"].entities == []
    assert [s.step for s in articles["de"].skipped] == ["entities", "speakers"]
    await wait_drained(settings)
    quotes = [QuoteEvent.model_validate_json(v)
              for v in values_of(await read_all(settings, topics.QUOTES))]
    assert {q.language for q in quotes} == {"en", "fr", "de"}

    page = get(settings, "/metrics")
    for language in ARTICLES:
        assert f'newswire_articles_by_language_total{{language="{language}"}} 1.0' in page

    result = run_cli(settings, "tail", topics.QUOTES, "--from-beginning", "--language", "fr",
                     "--limit", "2")
    assert result.returncode == 0, result.stderr
    assert {json.loads(line)["language"] for line in result.stdout.splitlines()} == {"fr"}
