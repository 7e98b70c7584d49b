"""Stream phases of the throughput benchmark: real workers on an embedded broker, measured.

A phase starts its workers in a fresh consumer group on fresh topics, warms every partition
up, sends a corpus (all at once, or paced), reads every enriched event or dead letter back,
and records the rate, the latency of each article, and where the time and the CPU went
(the workers' own metrics, per-thread CPU from ``/proc``, the broker's and this process's).
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import re
import sys
import time
import urllib.request
import uuid
from dataclasses import dataclass, field
from pathlib import Path

from newswire import topics
from newswire.broker import EmbeddedBroker, free_port
from newswire.kafka.clients import ensure_topics, make_consumer, make_producer
from newswire.kafka.producer import encode
from newswire.models import RawArticle
from newswire.settings import Settings
from newswire.stream.process import WorkerProcess


class Worker(WorkerProcess):
    """A worker child process, with the figures the benchmark reads off it."""

    def metrics(self) -> dict[str, float]:
        """The worker's Prometheus metrics, unlabelled samples only."""
        values: dict[str, float] = {}
        try:
            with urllib.request.urlopen(self.url("/metrics"), timeout=2) as response:
                text = response.read().decode("utf-8")
        except OSError:
            return values
        for line in text.splitlines():
            match = re.fullmatch(r"([a-z_]+) ([-+0-9.eE]+|NaN)", line)
            if match:
                values[match[1]] = float(match[2])
        return values

    def peak_rss_mb(self) -> float:
        """VmHWM of the worker process, in MB."""
        status = Path(f"/proc/{self.pid}/status").read_text()
        line = next(x for x in status.splitlines() if x.startswith("VmHWM"))
        return int(line.split()[1]) / 1024

    def thread_cpu(self) -> dict[int, float]:
        """CPU seconds (user + system) of each thread of the worker, by thread id."""
        times: dict[int, float] = {}
        for task in Path(f"/proc/{self.pid}/task").iterdir():
            with contextlib.suppress(OSError, ValueError):
                times[int(task.name)] = cpu_seconds(task / "stat")
        return times


def cpu_seconds(stat: Path) -> float:
    """User + system CPU seconds from a ``/proc/.../stat`` file."""
    fields = stat.read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def others_cpu(broker: EmbeddedBroker) -> tuple[float, float]:
    """CPU seconds used so far by the broker and by this process (the load generator)."""
    broker_cpu = cpu_seconds(Path(f"/proc/{broker.pid}/stat")) if broker.pid else 0.0
    own = os.times()
    return broker_cpu, own.user + own.system


@dataclass
class Phase:
    """What one stream phase measured."""

    name: str
    workers: int
    articles: int
    seconds: float = 0.0
    rate: float = 0.0
    dead_letters: int = 0
    #: Produce-to-enriched seconds of every article, by id.
    latency_by_id: dict[str, float] = field(default_factory=dict)
    peak_rss_mb: list[float] = field(default_factory=list)
    batches: float = 0.0
    batch_size_mean: float = 0.0
    busy_share: float = 0.0
    cpu_share: dict[str, float] = field(default_factory=dict)
    #: CPU of the broker and of this process (producer and reader), as shares of wall time.
    broker_cpu_share: float = 0.0
    bench_cpu_share: float = 0.0
    #: Articles each worker enriched: partitions split the corpus by key, not by work.
    articles_per_worker: list[int] = field(default_factory=list)
    send_rate: float | None = None

    @property
    def latencies(self) -> list[float]:
        """Every article's latency, shortest first."""
        return sorted(self.latency_by_id.values())


def base_settings(broker: EmbeddedBroker, workdir: Path, name: str) -> Settings:
    """Settings of one phase: fresh topic prefix and app id, environment defaults otherwise."""
    tag = uuid.uuid4().hex[:8]
    return Settings(broker=broker.url, topic_prefix=f"bench-{name}-{tag}.",
                    app_id=f"newswire-bench-{name}-{tag}", data_dir=str(workdir / tag))


def start_workers(settings: Settings, count: int, workdir: Path) -> list[Worker]:
    """Start ``count`` workers in one group and wait until each has its model loaded."""
    workers = [
        Worker(settings.model_copy(update={"web_port": free_port()}),
               workdir / f"{settings.app_id}-{index}.log").spawn()
        for index in range(count)
    ]
    for worker in workers:  # they load their models side by side
        worker.wait_healthy(timeout=120)
    return workers


def warmup_articles(partitions: int) -> list[RawArticle]:
    """Small articles, at least two per partition, so every partition is consumed once."""
    return [RawArticle(id=f"warmup-{index}", title=f"Warm-up {index}",
                       text="Alice Smith met Bob Jones in Paris on Monday, officials said.")
            for index in range(partitions * 4)]


class Reader:
    """Reads enriched events and dead letters; remembers when each article id first arrived."""

    def __init__(self, settings: Settings) -> None:
        self.consumer = make_consumer(settings, topics.ENRICHED, topics.DLQ, group_id=None,
                                      auto_offset_reset="earliest")
        self.enriched_topic = settings.topic(topics.ENRICHED)
        self.arrived: dict[str, float] = {}
        self.dead: set[str] = set()

    async def start(self) -> None:
        """Connect."""
        await self.consumer.start()

    async def until(self, keys: set[str], timeout: float) -> None:
        """Read until every key in ``keys`` arrived (or fail after ``timeout`` seconds)."""
        deadline = time.monotonic() + timeout
        while not keys <= self.arrived.keys():
            if time.monotonic() > deadline:
                missing = len(keys - self.arrived.keys())
                raise SystemExit(f"{missing} of {len(keys)} articles not back in {timeout}s")
            batch = await self.consumer.getmany(timeout_ms=100)
            now = time.perf_counter()
            for records in batch.values():
                for record in records:
                    key = record.key.decode("utf-8") if record.key else ""
                    self.arrived.setdefault(key, now)
                    if record.topic != self.enriched_topic:
                        self.dead.add(key)

    async def stop(self) -> None:
        """Disconnect."""
        await self.consumer.stop()


async def run_phase(broker: EmbeddedBroker, workdir: Path, name: str, corpus: list[RawArticle],
                    workers: int, pace: float | None = None) -> Phase:
    """Start ``workers``, warm them up, then send ``corpus`` (at ``pace`` articles/s if set)."""
    settings = base_settings(broker, workdir, name)
    await ensure_topics(settings)
    running = start_workers(settings, workers, workdir)
    phase = Phase(name, workers, len(corpus), send_rate=pace)
    producer = make_producer(settings)
    reader = Reader(settings)
    await producer.start()
    await reader.start()
    raw = settings.topic(topics.RAW)
    try:
        warm = warmup_articles(settings.partitions)
        for article in warm:
            key, value = encode(article)
            await producer.send(raw, value, key=key)
        await reader.until({a.article_id() for a in warm}, timeout=120)
        before = [w.metrics() for w in running]
        cpu_before = [w.thread_cpu() for w in running]
        others_before = others_cpu(broker)
        messages = [encode(article) for article in corpus]
        sent: dict[str, float] = {}
        started = time.perf_counter()

        async def send_all() -> None:
            for index, (key, value) in enumerate(messages):
                if pace:
                    delay = started + index / pace - time.perf_counter()
                    if delay > 0:
                        await asyncio.sleep(delay)
                sent[key.decode()] = time.perf_counter()
                await producer.send(raw, value, key=key)
            await producer.flush()

        await asyncio.gather(
            send_all(), reader.until({key.decode() for key, _ in messages}, timeout=900))
        after = [w.metrics() for w in running]
        cpu_after = [w.thread_cpu() for w in running]
        others_after = others_cpu(broker)
        finished = max(reader.arrived[k] for k in sent)
        phase.seconds = finished - started
        phase.rate = len(corpus) / phase.seconds
        phase.latency_by_id = {key: reader.arrived[key] - at for key, at in sent.items()}
        phase.dead_letters = len(reader.dead & sent.keys())
        phase.peak_rss_mb = [round(w.peak_rss_mb(), 1) for w in running]
        phase.batches, phase.batch_size_mean, phase.busy_share = batch_figures(
            before, after, phase.seconds)
        phase.articles_per_worker = [
            round(a.get("newswire_articles_processed_total", 0.0)
                  - b.get("newswire_articles_processed_total", 0.0))
            for b, a in zip(before, after, strict=True)]
        phase.cpu_share = cpu_figures(running, cpu_before, cpu_after, phase.seconds)
        phase.broker_cpu_share = round((others_after[0] - others_before[0]) / phase.seconds, 3)
        phase.bench_cpu_share = round((others_after[1] - others_before[1]) / phase.seconds, 3)
    finally:
        await reader.stop()
        await producer.stop()
        codes = [w.stop() for w in running]
        if any(codes):
            print(f"warning: worker exit statuses {codes}", file=sys.stderr)
    return phase


def batch_figures(before: list[dict[str, float]], after: list[dict[str, float]],
                  seconds: float) -> tuple[float, float, float]:
    """Batches, mean batch size and the share of wall time inside batches (mean per worker)."""
    def delta(name: str) -> list[float]:
        return [a.get(name, 0.0) - b.get(name, 0.0) for b, a in zip(before, after, strict=True)]

    batches = sum(delta("newswire_batch_size_count"))
    messages = sum(delta("newswire_batch_size_sum"))
    busy = delta("newswire_batch_seconds_sum")
    mean_size = messages / batches if batches else 0.0
    share = sum(busy) / len(busy) / seconds if busy and seconds else 0.0
    return batches, round(mean_size, 1), round(share, 3)


def cpu_figures(workers: list[Worker], before: list[dict[int, float]],
                after: list[dict[int, float]], seconds: float) -> dict[str, float]:
    """Mean per worker, as a share of wall time: CPU of the event-loop thread, of the busiest
    other thread (the NLP thread), of all other threads, and of the whole process."""
    loop = nlp = rest = 0.0
    for worker, old, new in zip(workers, before, after, strict=True):
        used = {tid: cpu - old.get(tid, 0.0) for tid, cpu in new.items()}
        main = used.pop(worker.pid, 0.0)
        busiest = max(used.values(), default=0.0)
        loop += main
        nlp += busiest
        rest += sum(used.values()) - busiest
    scale = len(workers) * seconds
    return {"loop_thread": round(loop / scale, 3), "nlp_thread": round(nlp / scale, 3),
            "other_threads": round(rest / scale, 3),
            "process": round((loop + nlp + rest) / scale, 3)}
