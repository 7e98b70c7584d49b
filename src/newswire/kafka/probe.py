"""Whether what listens at ``NEWSWIRE_BROKER`` speaks Kafka: one raw ApiVersions request.

aiokafka's bootstrap, asked the same of a web server, retries until its request timeout
(10 s); a Kafka broker answers ApiVersions at once, before any SASL handshake (KIP-35), and
anything else answers bytes that are no ApiVersions response, or closes, or says nothing.
"""

from __future__ import annotations

import asyncio
import contextlib
import struct

from newswire.kafka.clients import host_and_port, ssl_context
from newswire.settings import Settings

__all__ = ["API_VERSIONS_REQUEST", "bootstrap_servers", "is_api_versions_answer",
           "speaks_kafka"]

_API_VERSIONS, _VERSION_0 = 18, 0
_CORRELATION_ID = 0x6E777372  # "nwsr": any fixed id; the answer must echo it
#: The line end makes a line-reading server (HTTP, SMTP, Redis) answer at once: it has read
#: a request line it cannot parse. Kafka takes any client id.
_CLIENT_ID = b"newswire-probe\r\n"
#: ApiVersions v0 (the version every broker answers, in v0 layout even when it would rather
#: have another): header (api key, version, correlation id, client id) and an empty body.
API_VERSIONS_REQUEST = (
    struct.pack(">hhih", _API_VERSIONS, _VERSION_0, _CORRELATION_ID, len(_CLIENT_ID))
    + _CLIENT_ID)
#: Largest ApiVersions answer believed: a few hundred bytes in practice. A web server's
#: ``HTTP/1.0 400`` read as a Kafka size is over a gigabyte.
_MAX_ANSWER_BYTES = 1 << 20


def is_api_versions_answer(head: bytes) -> bool:
    """Whether the first eight bytes of an answer are a Kafka response to
    :data:`API_VERSIONS_REQUEST`: a plausible size, then our correlation id."""
    if len(head) < 8:
        return False
    size, correlation_id = struct.unpack(">ii", head[:8])
    assert isinstance(size, int)
    assert isinstance(correlation_id, int)
    return 6 <= size <= _MAX_ANSWER_BYTES and correlation_id == _CORRELATION_ID


def bootstrap_servers(settings: Settings) -> list[tuple[str, int]]:
    """Host and port of every bootstrap server."""
    return [host_and_port(server) for server in settings.bootstrap_servers.split(",")
            if server.strip()]


async def speaks_kafka(settings: Settings, timeout: float = 3.0) -> bool:
    """Whether a bootstrap server answers Kafka's ApiVersions within ``timeout`` seconds, one
    deadline for the whole probe: every server is asked at once (a silent first server must
    not leave the broker after it no time), the first yes wins. Something else listening
    there (a web server on 9092) answers no, at once."""
    probes = [asyncio.create_task(_answers_api_versions(host, port, settings))
              for host, port in bootstrap_servers(settings)]
    try:
        async with asyncio.timeout(timeout):
            for answer in asyncio.as_completed(probes):
                if await answer:
                    return True
    except TimeoutError:
        pass
    finally:
        for probe in probes:
            probe.cancel()
        await asyncio.gather(*probes, return_exceptions=True)
    return False


async def _answers_api_versions(host: str, port: int, settings: Settings) -> bool:
    """Whether ``host:port`` answers ApiVersions; no time limit of its own (the caller's
    deadline cancels it)."""
    context = ssl_context(settings)
    try:
        reader, writer = await asyncio.open_connection(
            host, port, ssl=context, server_hostname=host if context else None)
    except OSError:
        return False
    try:
        writer.write(struct.pack(">i", len(API_VERSIONS_REQUEST)) + API_VERSIONS_REQUEST)
        await writer.drain()
        head = await reader.readexactly(8)
    except (OSError, asyncio.IncompleteReadError):
        return False
    finally:
        # Abort, not close: a TLS close waits for the peer's goodbye, which a listener that
        # never answers never sends.
        writer.transport.abort()
        with contextlib.suppress(OSError):
            await writer.wait_closed()
    return is_api_versions_answer(head)
