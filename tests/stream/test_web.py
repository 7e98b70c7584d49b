"""The worker's HTTP views: health and Prometheus metrics on a real worker, and the
`/entities/top` query read without one."""

from __future__ import annotations

import asyncio
import re
import urllib.request
from datetime import timedelta
from pathlib import Path

import pytest
from aiokafka import AIOKafkaProducer

from newswire import subscribe, topics
from newswire.broker import free_port
from newswire.models import EnrichedArticle
from newswire.settings import Settings
from newswire.stream.process import WorkerProcess
from newswire.stream.web import top_query
from tests.stream.conftest import read_until


def get(settings: Settings, path: str) -> str:
    """GET a page of the worker's web server."""
    url = f"http://127.0.0.1:{settings.web_port}{path}"
    with urllib.request.urlopen(url, timeout=5) as response:
        return str(response.read().decode("utf-8"))


@pytest.mark.integration
async def test_metrics_count_processed_and_dead_lettered(
    worker: WorkerProcess, producer: AIOKafkaProducer, settings: Settings
) -> None:
    """/metrics counts enriched articles, dead letters, batches and consumer lag."""
    del worker
    await producer.send_and_wait(settings.topic(topics.RAW), b"Title\nAnn Lee went to Rome.",
                                 key=b"ok")
    await producer.send_and_wait(settings.topic(topics.RAW), b"\xff\xfe", key=b"bad")
    await read_until(settings, topics.ENRICHED, 1)
    await read_until(settings, topics.DLQ, 1)
    page = get(settings, "/metrics")
    assert "newswire_articles_processed_total 1.0" in page
    assert "newswire_dead_letters_total 1.0" in page
    assert 'newswire_articles_failed_total{error_type="DecodeError"} 1.0' in page
    assert "newswire_batch_seconds_count" in page
    assert "newswire_consumer_lag{" in page
    assert '"status": "ok"' in get(settings, "/healthz").replace('":"', '": "')


@pytest.mark.integration
async def test_consumer_lag_lists_every_assigned_partition(
    worker: WorkerProcess, producer: AIOKafkaProducer, settings: Settings
) -> None:
    """One article on partition 0 of four: /metrics gives the lag of all four partitions
    the worker is assigned, each 0 once it is enriched (before: partition 0 alone, so a
    dashboard summing the gauge undercounted)."""
    del worker
    await producer.send_and_wait(settings.topic(topics.RAW), b"Title\nAnn Lee went to Rome.",
                                 key=b"lag", partition=0)
    await read_until(settings, topics.ENRICHED, 1)
    lags = re.findall(r'^newswire_consumer_lag\{partition="(\d+)"\} (\S+)$',
                      get(settings, "/metrics"), flags=re.MULTILINE)
    assert sorted(lags) == [(str(p), "0.0") for p in range(settings.partitions)]


@pytest.mark.integration
async def test_subscribe_yields_typed_events_and_resumes_with_a_group(
    worker: WorkerProcess, producer: AIOKafkaProducer, settings: Settings
) -> None:
    """newswire.subscribe yields EnrichedArticle models; a group's second run continues."""
    del worker
    for number in range(2):
        await producer.send_and_wait(settings.topic(topics.RAW),
                                     f"Title {number}\nAnn Lee went to Rome.".encode(),
                                     key=f"sub-{number}".encode())
    await read_until(settings, topics.ENRICHED, 2)
    group = f"{settings.app_id}-subscriber"
    first = await first_event(settings, group)
    second = await first_event(settings, group)
    assert isinstance(first, EnrichedArticle)
    assert isinstance(second, EnrichedArticle)
    assert {first.id, second.id} == {"sub-0", "sub-1"}


async def first_event(settings: Settings, group: str) -> object:
    """The next event of articles.enriched for ``group`` (offsets committed on exit)."""
    events = subscribe(topics.ENRICHED, settings=settings, group=group)
    async with asyncio.timeout(60):
        event = await anext(events)
    await events.aclose()
    return event


@pytest.mark.integration
def test_a_worker_whose_output_is_a_file_writes_no_terminal_codes(settings: Settings,
                                                                  tmp_path: Path) -> None:
    """At the default log level, a worker writing to a file or a pipe (a log, the demo's
    worker log, a supervisor) writes no terminal control codes there (before: Faust's
    start-up spinner hid and showed the cursor, ``\\x1b[?25l\\x1b[?25h``, and its handler
    kept the root logger at DEBUG)."""
    default = settings.model_copy(update={"log_level": "WARNING", "web_port": free_port()})
    worker = WorkerProcess(default, tmp_path / "worker.log").start()
    assert worker.stop() == 0
    assert "\x1b[" not in worker.log(tail=None)


@pytest.mark.parametrize(("query", "expected"), [
    ({}, (timedelta(hours=24), 10)),
    ({"since": "7d", "limit": "1000"}, (timedelta(days=7), 1000)),
])
def test_entities_top_reads_its_window_and_row_count(query: dict[str, str],
                                                     expected: tuple[timedelta, int]) -> None:
    """/entities/top's since and limit, with their defaults."""
    assert top_query(query) == expected


@pytest.mark.parametrize("limit", ["0", "-1", "1001", "ten"])
def test_entities_top_refuses_a_row_count_out_of_range(limit: str) -> None:
    """limit=-1 dropped the last row and a huge one listed the registry: both are a 400 now."""
    with pytest.raises(ValueError, match="limit"):
        top_query({"limit": limit})
