"""``newswire reprocess``: rewind the worker's consumer group on ``articles.raw``.

Run it with the workers stopped (Kafka only lets an empty group's offsets be moved). The
worker started afterwards with ``--reprocess-until P:O,...`` enriches again every message
that was in ``articles.raw`` when the group was rewound (below each partition's end then),
bypassing the dedupe table; later messages are deduplicated as usual, whatever their
timestamps say (a producer's clock, or an archive's dates, do not decide).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Mapping
from typing import NamedTuple

from aiokafka import AIOKafkaConsumer
from aiokafka.coordinator.assignors.roundrobin import RoundRobinPartitionAssignor
from aiokafka.errors import InconsistentGroupProtocolError, KafkaError

from newswire import topics
from newswire.errors import BrokerError
from newswire.kafka.clients import client_kwargs, start_consumer
from newswire.kafka.groups import wait_group_empty
from newswire.kafka.offsets import last_offsets, partitions, start_offsets
from newswire.settings import Settings

__all__ = ["Rewound", "format_bounds", "parse_bounds", "rewind_group"]


class Rewound(NamedTuple):
    """Per partition of ``articles.raw``: where the group now starts, and the end it had
    (the offset after its last message) when it was rewound."""

    start: dict[int, int]
    end: dict[int, int]


def format_bounds(ends: Mapping[int, int]) -> str:
    """``{0: 12, 1: 7}`` as ``0:12,1:7`` (the worker's ``--reprocess-until``)."""
    return ",".join(f"{partition}:{offset}" for partition, offset in sorted(ends.items()))


def parse_bounds(text: str) -> dict[int, int]:
    """``0:12,1:7`` as ``{0: 12, 1: 7}``; ValueError when it is not that."""
    bounds = {}
    for item in filter(None, text.split(",")):
        partition, _, offset = item.partition(":")
        try:
            bounds[int(partition)] = int(offset)
        except ValueError:
            raise ValueError(f"{item!r} is not PARTITION:OFFSET") from None
    return bounds

log = logging.getLogger(__name__)


class _AsFaust(RoundRobinPartitionAssignor):  # type: ignore[misc]
    """Round robin under Faust's protocol name: a group keeps the protocol its workers chose,
    and Tansu refuses a member that proposes another one."""

    name = "faust"


async def rewind_group(settings: Settings, start: str, timeout: float = 90) -> Rewound:
    """Commit ``start`` (beginning | TIME | OFFSET) as the group's offsets; return them with
    the partitions' ends of this moment (what a reprocess run reads again).

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


async def _rewind_once(settings: Settings, start: str, deadline: float) -> Rewound:
    topic = settings.topic(topics.RAW)
    consumer = AIOKafkaConsumer(
        topic, group_id=settings.app_id, enable_auto_commit=False,
        partition_assignment_strategy=(_AsFaust,),
        session_timeout_ms=int(settings.session_timeout_s * 1000), **client_kwargs(settings))
    await start_consumer(consumer, settings)
    try:
        tps = await partitions(consumer, topic, settings)
        await _wait_for_assignment(consumer, len(tps), deadline)
        offsets = await start_offsets(consumer, tps, start, settings)
        ends = await last_offsets(consumer, tps, settings)
        try:
            await consumer.commit(offsets)
        except KafkaError as exc:
            message = f"cannot move the offsets of group {settings.app_id}: stop its workers"
            raise BrokerError(f"{message} ({exc})") from exc
        return Rewound({tp.partition: offset for tp, offset in offsets.items()},
                       {tp.partition: offset for tp, offset in ends.items()})
    finally:
        await consumer.stop()


async def _wait_for_assignment(consumer: AIOKafkaConsumer, count: int, deadline: float) -> None:
    loop = asyncio.get_running_loop()
    while len(consumer.assignment()) < count:
        if loop.time() > deadline:
            raise BrokerError("the group did not hand over every partition: stop its workers")
        # getmany drives the group join; the records it may return are not used.
        await consumer.getmany(timeout_ms=200, max_records=1)
