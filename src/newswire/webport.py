"""Whether the web port of a worker or feeds runner is free, asked before it starts.

A second worker (or runner) on one machine with the same port used to die on aiohttp's bind
with a traceback of some fifty lines, after it had joined its group; one line naming the
setting to change says it before anything starts.
"""

from __future__ import annotations

import socket

from newswire.errors import WebPortError

__all__ = ["check_web_port"]


def check_web_port(host: str, port: int, variable: str) -> None:
    """Raise :class:`WebPortError` when ``host:port`` cannot be bound; ``variable`` is the
    setting that moves it (``NEWSWIRE_WEB_PORT``, ``NEWSWIRE_FEEDS_WEB_PORT``)."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE)
    except socket.gaierror as exc:
        raise WebPortError(f"cannot serve on {host}:{port}: {exc.strerror}") from exc
    family, kind, proto, _name, address = infos[0]
    with socket.socket(family, kind, proto) as probe:
        # As aiohttp binds: a port left in TIME_WAIT by a stopped worker is free.
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind(address)
        except OSError as exc:
            raise WebPortError(
                f"cannot serve /healthz and /metrics on {host}:{port}: {exc.strerror} "
                f"(another worker or runner?); set {variable}, or NEWSWIRE_WEB_ENABLED=false"
            ) from exc
