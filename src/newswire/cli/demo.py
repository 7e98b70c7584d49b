"""``newswire demo``: broker (if needed), worker, the seeds in, their summaries out."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncGenerator
from contextlib import ExitStack, aclosing
from pathlib import Path

from rich.console import Console

from newswire import topics
from newswire.broker import EmbeddedBroker, free_port
from newswire.cli.render import print_article
from newswire.errors import ArchiveError, BrokerError
from newswire.io.archive import read_paths
from newswire.kafka.clients import (
    broker_reachable,
    ensure_topics,
    first_server,
)
from newswire.kafka.consume import records
from newswire.kafka.probe import speaks_kafka
from newswire.kafka.producer import send_records
from newswire.models import DeadLetter, EnrichedArticle
from newswire.say import say
from newswire.settings import Settings
from newswire.stream.process import WorkerProcess

__all__ = ["run_demo"]


def run_demo(settings: Settings, seeds: Path, timeout: float, console: Console) -> int:
    """Run the whole path once; 0 when every seed came back enriched."""
    if not seeds.exists():  # before a broker and a worker are started for nothing
        raise ArchiveError(f"no seeds at {seeds}: run the demo from the repository's root, "
                           "or give --seeds DIR")
    with ExitStack() as stack:
        if not asyncio.run(broker_reachable(settings)):
            broker = stack.enter_context(EmbeddedBroker(port=_loopback_port(settings)))
            settings = settings.model_copy(update={"broker": broker.url})
            say(console, "[dim]started the embedded Tansu broker at {}[/dim]", broker.url)
        elif not asyncio.run(speaks_kafka(settings)):
            # Said at once: the worker and the admin client would try for 40 s, then say
            # only that they cannot reach Kafka there.
            raise BrokerError(
                f"something answers at {settings.bootstrap_servers} but not as a Kafka "
                "broker: stop it, or set NEWSWIRE_BROKER to a free loopback port "
                "(e.g. 127.0.0.1:19092) and the demo starts its own broker there")
        worker = WorkerProcess(settings.model_copy(update={"web_port": free_port()}),
                               Path(settings.data_dir) / "demo-worker.log").spawn()
        stack.callback(worker.stop, timeout=20)
        say(console, "[dim]worker started (pid {}); sending {}[/dim]", worker.pid, seeds)
        return asyncio.run(_send_and_collect(settings, seeds, timeout, console))
    return 1  # pragma: no cover - ExitStack does not swallow exceptions


def _loopback_port(settings: Settings) -> int:
    host, port = first_server(settings)
    if host in {"127.0.0.1", "localhost"}:
        return port
    raise BrokerError(f"no broker reachable at {settings.bootstrap_servers}")


async def _send_and_collect(settings: Settings, seeds: Path, timeout: float,
                            console: Console) -> int:
    await ensure_topics(settings)
    report = await send_records(settings, read_paths([str(seeds)]))
    for error in report.errors:
        say(console, "[red]could not read {}[/red]", error)
    waiting = set(report.sent)
    if not waiting:
        say(console, "[red]no article could be sent from {}[/red]", seeds)
        return 1
    say(console, "sent {} article(s); waiting for them on {} …", len(waiting), topics.ENRICHED)
    try:
        failed = await asyncio.wait_for(_collect(settings, waiting, console), timeout)
    except TimeoutError:
        say(console, "[red]timed out after {:.0f}s; still missing: {} (see the worker log in {})",
            timeout, ", ".join(sorted(waiting)), settings.data_dir)
        return 1
    return 0 if not (report.errors or failed) else 1


async def _collect(settings: Settings, waiting: set[str], console: Console) -> int:
    """Print each awaited article as it arrives; return how many were dead-lettered."""
    failed = 0
    merged = _merged(settings, (topics.ENRICHED, topics.DLQ))
    async with aclosing(merged):  # its readers stop here, not at the loop's shutdown
        async for record in merged:
            if record[0] == topics.DLQ:
                letter = DeadLetter.model_validate_json(record[1])
                if letter.key in waiting:
                    waiting.discard(letter.key)
                    failed += 1
                    say(console, "[red]{} failed: {}[/red]", letter.key, letter.reason)
            else:
                article = EnrichedArticle.model_validate_json(record[1])
                if article.id in waiting:
                    waiting.discard(article.id)
                    print_article(console, article)
            if not waiting:
                break
    return failed


async def _merged(settings: Settings, names: tuple[str, ...]
                  ) -> AsyncGenerator[tuple[str, bytes], None]:
    """Records of several topics, interleaved as they arrive."""
    queue: asyncio.Queue[tuple[str, bytes]] = asyncio.Queue()

    async def pump(name: str) -> None:
        # Closed here, in the task, when it is cancelled: left to the loop's shutdown, a
        # reader's consumers (its own and its restart watch's) could go unclosed.
        async with aclosing(records(name, settings=settings, from_beginning=True)) as stream:
            async for record in stream:
                await queue.put((name, record.value or b""))

    tasks = [asyncio.create_task(pump(name)) for name in names]
    try:
        while True:
            yield await queue.get()
    finally:
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
