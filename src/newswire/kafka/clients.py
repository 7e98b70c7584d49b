"""Plain aiokafka clients configured from :class:`Settings` (CLI, demo, subscribe).

The worker itself uses Faust (:mod:`newswire.stream`); everything that only produces or
reads topics uses these, so SASL/SSL settings reach every connection the same way.
"""

from __future__ import annotations

import asyncio
import contextlib
import ssl
import time
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from aiokafka import AIOKafkaConsumer, AIOKafkaProducer
from aiokafka.admin import AIOKafkaAdminClient, NewTopic
from aiokafka.errors import (
    KafkaConnectionError,
    KafkaError,
    TopicAlreadyExistsError,
    UnknownTopicOrPartitionError,
    for_code,
)

from newswire import topics
from newswire.errors import BrokerError
from newswire.settings import Settings

__all__ = [
    "DEFAULT_PORT", "EXIT_BROKER_LOST", "Outage", "broker_reachable", "client_kwargs",
    "default_max_down", "described_partitions", "ensure_topics", "first_server",
    "host_and_port", "make_admin", "make_consumer", "make_producer", "partition_numbers",
    "ssl_context", "start_consumer", "topic_error", "wait_broker_lost",
]

#: Kafka's port, when the broker list gives none.
DEFAULT_PORT = 9092
#: Exit status of a process that lost its broker (``EX_UNAVAILABLE`` of sysexits.h).
EXIT_BROKER_LOST = 69


def ssl_context(settings: Settings) -> ssl.SSLContext | None:
    """An SSL context for the ``SSL``/``SASL_SSL`` protocols, else None."""
    if not settings.security_protocol.endswith("SSL"):
        return None
    context = ssl.create_default_context(cafile=settings.ssl_cafile)
    if settings.ssl_certfile:
        context.load_cert_chain(settings.ssl_certfile, settings.ssl_keyfile)
    return context


def client_kwargs(settings: Settings) -> dict[str, Any]:
    """Connection keyword arguments shared by aiokafka producers, consumers and admins."""
    kwargs: dict[str, Any] = {
        "bootstrap_servers": settings.bootstrap_servers,
        "security_protocol": settings.security_protocol,
        "ssl_context": ssl_context(settings),
    }
    if settings.security_protocol.startswith("SASL"):
        password = settings.sasl_password.get_secret_value() if settings.sasl_password else None
        kwargs |= {
            "sasl_mechanism": settings.sasl_mechanism,
            "sasl_plain_username": settings.sasl_username,
            "sasl_plain_password": password,
        }
    return kwargs


def make_producer(settings: Settings) -> AIOKafkaProducer:
    """A producer that waits for every replica (acks=all). Not idempotent: a retried batch
    may be written twice, which the worker's dedupe absorbs on ``articles.raw``."""
    return AIOKafkaProducer(**client_kwargs(settings), acks="all", linger_ms=5,
                            max_request_size=settings.max_message_bytes)


def make_consumer(settings: Settings, *names: str, **options: Any) -> AIOKafkaConsumer:
    """A consumer of the given (unprefixed) topic names."""
    full_names = [settings.topic(name) for name in names]
    options.setdefault("fetch_max_wait_ms", settings.fetch_max_wait_ms)
    return AIOKafkaConsumer(*full_names, **client_kwargs(settings), **options)


async def start_consumer(consumer: AIOKafkaConsumer, settings: Settings) -> None:
    """Start ``consumer``; a broker that cannot be reached is a :class:`BrokerError` naming it
    (one line for the CLI, not a traceback). Other errors (a group that will not take it) and
    a cancelled start (Ctrl-C while it connects) pass through for the caller to judge. Either
    way a consumer that did not start is closed here, so no caller leaves one unclosed."""
    try:
        await consumer.start()
    except KafkaConnectionError as exc:
        await consumer.stop()
        raise BrokerError(f"cannot reach Kafka at {settings.bootstrap_servers}: {exc}") from exc
    except BaseException:
        await consumer.stop()
        raise


def make_admin(settings: Settings) -> AIOKafkaAdminClient:
    """An admin client (not started)."""
    return AIOKafkaAdminClient(**client_kwargs(settings))


#: A topic's error codes that settle the question: none, and UNKNOWN_TOPIC_OR_PARTITION (it
#: does not exist). Any other (LEADER_NOT_AVAILABLE on a topic Apache Kafka has only just
#: created) says the topic exists but is not ready: it is asked again.
_SETTLED = (0, UnknownTopicOrPartitionError.errno)


async def described_partitions(admin: AIOKafkaAdminClient, topic: str, attempts: int = 5,
                               pause_s: float = 0.5) -> list[int] | None:
    """The partitions of ``topic`` (its full name) as the cluster describes it now, asked of
    a started ``admin``; None when it does not exist. A topic in a passing error is asked
    again, up to ``attempts`` times ``pause_s`` apart, then that error is raised (a
    :class:`KafkaError`: the cluster could not say, which is not "missing").

    Every topic is described: a Metadata request that names a missing topic creates it on a
    broker with ``auto.create.topics.enable`` (Apache Kafka's default), and aiokafka's
    ``describe_topics`` cannot say not to. (A consumer's ``partitions_for_topic`` answers
    from metadata nothing refreshes for a client that reads no topic yet, and its
    ``topics()`` gives names only.)
    """
    described = await admin.describe_topics()
    for _ in range(attempts - 1):
        if topic_error(described, topic) in _SETTLED:
            break
        await asyncio.sleep(pause_s)
        described = await admin.describe_topics()
    code = topic_error(described, topic)
    if code not in _SETTLED:
        raise for_code(code)(f"topic {topic} still in error after {attempts} descriptions")
    return partition_numbers(described, topic)


def topic_error(described: list[Any], topic: str) -> int:
    """The error code of ``topic`` in ``describe_topics`` output; UNKNOWN_TOPIC_OR_PARTITION
    when it is not listed."""
    for entry in described:
        if entry.get("topic") == topic:
            return int(entry.get("error_code") or 0)
    return int(UnknownTopicOrPartitionError.errno)


def partition_numbers(described: list[Any], topic: str) -> list[int] | None:
    """The sorted partition numbers of ``topic`` in ``describe_topics`` output (one dict per
    topic: ``topic``, ``error_code``, ``partitions`` of dicts with ``partition``); None when
    the topic is absent, in error, or has no partitions."""
    for entry in described:
        if entry.get("topic") == topic and not entry.get("error_code"):
            numbers = sorted(part["partition"] for part in entry.get("partitions") or [])
            return numbers or None
    return None


async def ensure_topics(settings: Settings, names: tuple[str, ...] = tuple(topics.MODELS),
                        configs: Mapping[str, str] | None = None) -> None:
    """Create newswire's topics with the configured partitions when they do not exist
    (``configs``: topic settings such as ``{"cleanup.policy": "compact"}``)."""
    admin = make_admin(settings)
    try:
        await admin.start()
    except KafkaError as exc:
        raise BrokerError(f"cannot reach Kafka at {settings.bootstrap_servers}: {exc}") from exc
    try:
        existing = set(await admin.list_topics())
        wanted = [
            NewTopic(settings.topic(name), settings.partitions, settings.replication_factor,
                     topic_configs=dict(configs or {}))
            for name in names
            if settings.topic(name) not in existing
        ]
        if wanted:
            # Another process may create them between our list and create.
            with contextlib.suppress(TopicAlreadyExistsError):
                await admin.create_topics(wanted)
    finally:
        await admin.close()


def first_server(settings: Settings) -> tuple[str, int]:
    """Host and port of the first bootstrap server: an IPv6 host without its brackets
    (``[::1]:9092``), Kafka's port 9092 when none is given (as Kafka clients read it)."""
    return host_and_port(settings.bootstrap_servers.split(",")[0])


def host_and_port(server: str) -> tuple[str, int]:
    """Host and port of one ``host:port`` of the broker list, read as :func:`first_server`."""
    server = server.strip()
    if server.startswith("["):
        host, _, rest = server[1:].partition("]")
        port = rest.removeprefix(":")
    elif server.count(":") == 1:
        host, _, port = server.partition(":")
    else:  # a bare host name, or a bare IPv6 address
        host, port = server, ""
    return host, int(port) if port.isdigit() else DEFAULT_PORT


async def broker_reachable(settings: Settings, timeout: float = 2.0) -> bool:
    """Whether a TCP connection to the first bootstrap server succeeds."""
    host, port = first_server(settings)
    try:
        _, writer = await asyncio.wait_for(asyncio.open_connection(host, port), timeout)
    except (OSError, TimeoutError):
        return False
    writer.close()
    await writer.wait_closed()
    return True


def default_max_down(settings: Settings) -> float:
    """Seconds without a broker before giving up: twice the session timeout, at least 10 s.

    After one session timeout a group has evicted the consumer anyway; the second one
    leaves room for a broker restart that keeps its data (Apache Kafka) to be ridden out.
    """
    return max(10.0, 2 * settings.session_timeout_s)


@dataclass
class Outage:
    """How long the broker has been unreachable, and the reason to give up once that is
    ``limit_s`` or more (the worker's watchdog and ``tail`` share it)."""

    servers: str
    limit_s: float
    down_since: float | None = None

    def update(self, reachable: bool, now: float) -> str | None:
        """Count one check made at ``now`` (monotonic); the reason to give up, or None."""
        if reachable:
            self.down_since = None
            return None
        self.down_since = now if self.down_since is None else self.down_since
        down = now - self.down_since
        if down < self.limit_s:
            return None
        return (f"Kafka broker {self.servers} unreachable for {down:.0f} s "
                f"(limit {self.limit_s:.0f} s)")


async def wait_broker_lost(settings: Settings, *, max_down_s: float | None = None,
                           interval_s: float = 2.0) -> str:
    """Return why, once the broker has been unreachable for ``max_down_s`` (checked every
    ``interval_s``); aiokafka itself retries a lost broker for ever, silently."""
    outage = Outage(settings.bootstrap_servers,
                    default_max_down(settings) if max_down_s is None else max_down_s)
    while True:
        now = time.monotonic()
        reachable = await broker_reachable(settings, timeout=min(2.0, interval_s))
        if (reason := outage.update(reachable, now)) is not None:
            return reason
        await asyncio.sleep(interval_s)
