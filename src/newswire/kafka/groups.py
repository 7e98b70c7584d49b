"""Who is in a consumer group: ``reprocess`` warns before it joins a group that lists members.

A consumer that joins a group of running Faust workers under Faust's protocol name gets an
assignment Faust cannot read, or hands one to them; the running worker then stops consuming
while its ``/healthz`` still answers ok. The members are asked for with a DescribeGroups
request (v1, which Apache Kafka and Tansu both answer): aiokafka 0.14's admin client asks v3
and decodes the answer with v2's layout, which fails on every broker.
"""

from __future__ import annotations

import asyncio

from aiokafka.client import AIOKafkaClient
from aiokafka.errors import KafkaError, for_code
from aiokafka.protocol.admin import DescribeGroupsRequest_v1
from aiokafka.protocol.api import Request

from newswire.errors import BrokerError
from newswire.kafka.clients import client_kwargs
from newswire.settings import Settings

__all__ = ["group_members", "wait_group_empty"]


class _DescribeGroups(Request[DescribeGroupsRequest_v1]):  # type: ignore[misc]
    """DescribeGroups at version 1 only (see the module's docstring)."""

    API_KEY = 15

    def __init__(self, groups: list[str]) -> None:
        self._groups = groups

    def build(self, request_struct_class: type[DescribeGroupsRequest_v1]
              ) -> DescribeGroupsRequest_v1:
        return request_struct_class(self._groups)


async def group_members(settings: Settings, group: str) -> list[str]:
    """The member ids of ``group`` (empty when it has none or does not exist)."""
    client = AIOKafkaClient(**client_kwargs(settings))
    try:
        await client.bootstrap()
    except KafkaError as exc:
        await client.close()
        raise BrokerError(f"cannot reach Kafka at {settings.bootstrap_servers}: {exc}") from exc
    try:
        coordinator = await client.coordinator_lookup(0, group)  # 0: a consumer group
        response = await client.send(coordinator, _DescribeGroups([group]))
    finally:
        await client.close()
    members: list[str] = []
    for error_code, _name, _state, _type, _protocol, group_members_ in response.groups:
        if error_code:
            raise BrokerError(f"cannot describe group {group}: {for_code(error_code).__name__}")
        members += [member[0] for member in group_members_]
    return members


async def wait_group_empty(settings: Settings, group: str, timeout: float) -> list[str]:
    """Wait up to ``timeout`` seconds for ``group`` to have no member; the members still
    listed then (none: the group is empty). A worker stopped a moment ago stays a member
    until its session times out; on Tansu 0.6 one that stopped without leaving the group
    stays listed until the next member joins, so a member listed is not proof of a running
    worker there (Apache Kafka expires it)."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while members := await group_members(settings, group):
        if loop.time() > deadline:
            return members
        await asyncio.sleep(1)
    return []
