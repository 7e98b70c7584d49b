"""The demo's check that what listens at NEWSWIRE_BROKER speaks Kafka: one raw ApiVersions."""

from __future__ import annotations

import asyncio
import socket
import struct
import threading
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager, suppress
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from newswire.broker import EmbeddedBroker
from newswire.kafka.probe import API_VERSIONS_REQUEST, is_api_versions_answer, speaks_kafka
from newswire.settings import Settings

_OUR_ID = API_VERSIONS_REQUEST[4:8]


@pytest.mark.parametrize(("head", "expected"), [
    (struct.pack(">i", 350) + _OUR_ID, True),  # a broker's answer: its size, our id
    (b"HTTP/1.0 400 Bad", False),  # a web server: "HTTP" read as a size is 1.2 GB
    (struct.pack(">i", 350) + b"\x00\x00\x00\x07", False),  # another request's answer
    (struct.pack(">i", 2) + _OUR_ID, False),  # too short for any ApiVersions answer
    (b"-ERR unk", False),  # Redis
    (b"\x00\x00", False),  # closed after two bytes
])
def test_only_an_api_versions_answer_is_kafka(head: bytes, expected: bool) -> None:
    """The first eight bytes back decide: a plausible size, then our correlation id."""
    assert is_api_versions_answer(head) is expected


class _Silent(BaseHTTPRequestHandler):
    def do_GET(self) -> None:  # pragma: no cover - our probe is never a GET
        self.send_error(404)

    def log_message(self, *args: object) -> None:
        """Quiet: the probe's bad request line is expected."""


@contextmanager
def _listener(serve: Callable[[socket.socket], None]) -> Iterator[int]:
    """A loopback TCP listener whose every connection ``serve`` handles; yields its port."""
    server = socket.create_server(("127.0.0.1", 0))
    stop = threading.Event()

    def accept() -> None:
        server.settimeout(0.2)
        while not stop.is_set():
            try:
                connection, _ = server.accept()
            except TimeoutError:
                continue
            with connection:
                serve(connection)

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    try:
        yield server.getsockname()[1]
    finally:
        stop.set()
        thread.join()
        server.close()


@contextmanager
def _web_server() -> Iterator[int]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Silent)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server.server_address[1]
    finally:
        server.shutdown()
        server.server_close()


def test_a_web_server_is_not_kafka_and_says_so_before_the_timeout() -> None:
    """A real HTTP server at NEWSWIRE_BROKER answers the probe's line with a 400, so the
    demo refuses it at once: with a timeout of an hour, the answer still comes."""
    with _web_server() as port:
        settings = Settings(broker=f"kafka://127.0.0.1:{port}")
        assert asyncio.run(asyncio.wait_for(speaks_kafka(settings, timeout=3600), 60)) is False


@pytest.mark.parametrize("serve", [
    pytest.param(lambda c: None, id="closes-at-once"),
    pytest.param(lambda c: c.sendall(b"220 smtp.example ESMTP\r\n"), id="greets-as-smtp"),
    pytest.param(lambda c: c.recv(100) and c.sendall(b"\x00\x00"), id="two-bytes-then-closes"),
])
def test_a_listener_that_is_not_kafka_is_refused(serve: Callable[[socket.socket], None]) -> None:
    """Whatever a listener that is no broker does, the probe says no."""
    with _listener(serve) as port:
        assert asyncio.run(speaks_kafka(Settings(broker=f"kafka://127.0.0.1:{port}"))) is False


def test_a_listener_that_says_nothing_is_refused_after_the_timeout() -> None:
    """A listener that accepts and never answers is no broker once ``timeout`` is out."""
    with _listener(lambda c: c.recv(100) and stop_wait(c)) as port:
        assert asyncio.run(speaks_kafka(Settings(broker=f"kafka://127.0.0.1:{port}"),
                                        timeout=0.5)) is False


def stop_wait(connection: socket.socket) -> None:
    """Hold the connection open, unanswered, until the client gives up and closes it."""
    connection.settimeout(30)
    with suppress(OSError):
        connection.recv(100)


def _still_open(connection: socket.socket) -> bool:
    """Whether the client has not closed ``connection`` (nothing to read is no close)."""
    try:
        return connection.recv(1, socket.MSG_PEEK | socket.MSG_DONTWAIT) != b""
    except BlockingIOError:
        return True
    except OSError:  # reset: the client aborted
        return False


@pytest.mark.parametrize("servers", [2, 3])
def test_silent_listeners_share_one_deadline(servers: int) -> None:
    """Listeners that accept and never answer are all asked at once, inside one deadline:
    each one's connection is still open when the last one's arrives (asked in turn, each
    after the one before gave up, the probe took ``timeout`` per server)."""
    everyone = threading.Barrier(servers)
    open_together: list[bool] = []

    def hold(connection: socket.socket) -> None:
        with suppress(OSError):  # the request, so that what is left to read is the close
            connection.recv(4 + len(API_VERSIONS_REQUEST), socket.MSG_WAITALL)
        with suppress(threading.BrokenBarrierError):
            everyone.wait(timeout=30)
        open_together.append(everyone.broken is False and _still_open(connection))
        stop_wait(connection)

    with ExitStack() as stack:
        ports = [stack.enter_context(_listener(hold)) for _ in range(servers)]
        broker = ";".join(f"127.0.0.1:{port}" for port in ports)
        assert asyncio.run(speaks_kafka(Settings(broker=f"kafka://{broker}"),
                                        timeout=1.5)) is False
    assert open_together == [True] * servers


def test_a_broker_after_a_silent_listener_is_asked_at_once() -> None:
    """A silent first server leaves the broker after it the probe's time: the broker's
    answer is read while the first server still says nothing."""
    def answer(connection: socket.socket) -> None:
        connection.recv(100)
        connection.sendall(struct.pack(">i", 350) + _OUR_ID)

    with (_listener(lambda c: c.recv(100) and stop_wait(c)) as silent,
          _listener(answer) as kafka):
        both = f"kafka://127.0.0.1:{silent};127.0.0.1:{kafka}"
        assert asyncio.run(speaks_kafka(Settings(broker=both), timeout=1.5)) is True


@pytest.mark.integration
def test_tansu_speaks_kafka_also_after_a_server_that_does_not(broker: EmbeddedBroker) -> None:
    """A real Tansu answers; with a web server first in the broker list, the second server
    (the broker) is asked too."""
    assert asyncio.run(speaks_kafka(Settings(broker=broker.url)))
    with _web_server() as port:
        both = f"kafka://127.0.0.1:{port};{broker.url.removeprefix('kafka://')}"
        assert asyncio.run(speaks_kafka(Settings(broker=both)))
