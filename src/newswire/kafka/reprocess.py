"""``newswire reprocess``: rewind the worker's consumer group on ``articles.raw``.

Run it with the workers stopped (Kafka only lets an empty group's offsets be moved). The
worker started afterwards with ``--reprocess-before T`` enriches every message produced
before ``T`` again, bypassing the dedupe table; later messages are deduplicated as usual.
"""

from __future__ import annotations

import asyncio
import logging

from aiokafka import AIOKafkaConsumer
from aiokafka.coordinator.assignors.roundrobin import RoundRobinPartitionAssignor
from aiokafka.errors import InconsistentGroupProtocolError, KafkaError

from newswire import topics
from newswire.errors import BrokerError
from newswire.kafka.clients import client_kwargs, start_consumer
from newswire.kafka.groups import wait_group_empty
from newswire.kafka.offsets import partitions, start_offsets
from newswire.settings import Settings

__all__ = ["rewind_group"]

log = logging.getLogger(__name__)


class _AsFaust(RoundRobinPartitionAssignor):  # type: ignore[misc]
    """Round robin under Faust's protocol name: a group keeps the protocol its workers chose,
    and Tansu refuses a member that proposes another one."""

    name = "faust"


async def rewind_group(settings: Settings, start: str, timeout: float = 90) -> dict[int, int]:
    """Commit ``start`` (beginning | TIME | OFFSET) as the group's offsets; return them.

    The consumer joins the group to commit (Tansu refuses commits from non-members). A
    running worker would stop consuming (its ``/healthz`` still ok) once this consumer joined
    its group, so members still listed after twice the session timeout are named in a
    warning; joining goes on, because on Tansu a worker that stopped without leaving stays
    listed until someone joins. A worker that just stopped may also keep the group's
    protocol until its session ends, so joining is retried.
    """
    listed = await wait_group_empty(settings, settings.app_id, 2 * settings.session_timeout_s)
    if listed:
        log.warning("group %s still lists %d member(s) (%s): a worker still running in it "
                    "stops consuming now, stop it and run its replacement after this; one "
                    "that stopped without leaving the group is dropped as this joins",
                    settings.app_id, len(listed), ", ".join(listed))
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while True:
        try:
            return await _rewind_once(settings, start, deadline)
        except InconsistentGroupProtocolError as exc:
            if loop.time() > deadline:
                raise BrokerError(
                    f"group {settings.app_id} still has members: stop its workers first"
                ) from exc
            await asyncio.sleep(1)


async def _rewind_once(settings: Settings, start: str, deadline: float) -> dict[int, int]:
    topic = settings.topic(topics.RAW)
    consumer = AIOKafkaConsumer(
        topic, group_id=settings.app_id, enable_auto_commit=False,
        partition_assignment_strategy=(_AsFaust,),
        session_timeout_ms=int(settings.session_timeout_s * 1000), **client_kwargs(settings))
    await start_consumer(consumer, settings)
    try:
        tps = await partitions(consumer, topic)
        await _wait_for_assignment(consumer, len(tps), deadline)
        offsets = await start_offsets(consumer, tps, start)
        try:
            await consumer.commit(offsets)
        except KafkaError as exc:
            message = f"cannot move the offsets of group {settings.app_id}: stop its workers"
            raise BrokerError(f"{message} ({exc})") from exc
        return {tp.partition: offset for tp, offset in offsets.items()}
    finally:
        await consumer.stop()


async def _wait_for_assignment(consumer: AIOKafkaConsumer, count: int, deadline: float) -> None:
    loop = asyncio.get_running_loop()
    while len(consumer.assignment()) < count:
        if loop.time() > deadline:
            raise BrokerError("the group did not hand over every partition: stop its workers")
        # getmany drives the group join; the records it may return are not used.
        await consumer.getmany(timeout_ms=200, max_records=1)
