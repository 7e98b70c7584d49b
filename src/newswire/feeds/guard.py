"""Which addresses the runner may reach: public http(s) only, unless told otherwise.

A feed is input from the internet: an item linking to ``http://169.254.169.254/`` (cloud
metadata), ``http://127.0.0.1:6066/`` or ``file:///etc/passwd`` must not make newswire fetch
it. The check runs on the URL (scheme, literal addresses) and, through
:class:`GuardedResolver`, on every address a host name resolves to when a connection is
opened: so every request and every redirect hop is checked on the address actually used,
and a name that resolves to a private address is refused too.
"""

from __future__ import annotations

import ipaddress
import socket
from urllib.parse import urlsplit

from aiohttp.abc import AbstractResolver, ResolveResult
from aiohttp.resolver import DefaultResolver

from newswire.errors import BlockedError

__all__ = ["SCHEMES", "GuardedResolver", "PrivateAddressError", "address_allowed", "check_url"]

SCHEMES = frozenset({"http", "https"})


def address_allowed(address: str, *, allow_private: bool) -> bool:
    """Whether an IP address is public (or any address, with ``allow_private``)."""
    if allow_private:
        return True
    try:
        ip = ipaddress.ip_address(address.split("%", 1)[0])
    except ValueError:
        return False
    if isinstance(ip, ipaddress.IPv6Address):
        embedded = _embedded_ipv4(ip)
        if embedded is not None:
            ip = embedded
        elif ip not in _GLOBAL_UNICAST_V6:
            # Python 3.11 calls ``::127.0.0.1`` and ``fec0::1`` global: only 2000::/3 is.
            return False
    return ip.is_global and not ip.is_multicast


#: Every global IPv6 unicast address is in 2000::/3 (RFC 4291, IANA).
_GLOBAL_UNICAST_V6 = ipaddress.IPv6Network("2000::/3")
#: NAT64's well-known prefix (RFC 6052): the last 32 bits are the IPv4 address reached.
_NAT64 = ipaddress.IPv6Network("64:ff9b::/96")


def _embedded_ipv4(ip: ipaddress.IPv6Address) -> ipaddress.IPv4Address | None:
    """The IPv4 address an IPv6 one reaches through a translator or tunnel (mapped, NAT64,
    6to4), which is what has to be public: ``64:ff9b::a9fe:a9fe`` is 169.254.169.254."""
    if ip.ipv4_mapped is not None:
        return ip.ipv4_mapped
    if ip in _NAT64:
        return ipaddress.IPv4Address(int(ip) & 0xFFFF_FFFF)
    return ip.sixtofour


def check_url(url: str, *, allow_private: bool) -> None:
    """Refuse a URL that is not http(s), has no host, or names a non-public address."""
    parts = urlsplit(url)
    if parts.scheme.lower() not in SCHEMES:
        raise BlockedError(f"scheme {parts.scheme or '(none)'!r} is not fetched", url=url,
                           reason="scheme")
    host = parts.hostname
    if not host:
        raise BlockedError("no host in URL", url=url, reason="scheme")
    if _is_ip(host) and not address_allowed(host, allow_private=allow_private):
        raise BlockedError(f"address {host} is not public", url=url, reason="private")
    if not allow_private and host.rstrip(".").lower() in {"localhost", "localhost.localdomain"}:
        raise BlockedError(f"host {host} is not public", url=url, reason="private")


def _is_ip(host: str) -> bool:
    try:
        ipaddress.ip_address(host.split("%", 1)[0])
    except ValueError:
        return False
    return True


class PrivateAddressError(OSError):
    """A host name resolved only to addresses that are not public.

    An ``OSError``, so aiohttp reports it as a connection error of that request; the
    fetcher turns it into a :class:`BlockedError`.
    """


class GuardedResolver(AbstractResolver):
    """aiohttp's resolver, keeping only addresses :func:`address_allowed` accepts."""

    def __init__(self, *, allow_private: bool) -> None:
        self._inner = DefaultResolver()
        self._allow_private = allow_private

    async def resolve(self, host: str, port: int = 0,
                      family: socket.AddressFamily = socket.AF_INET) -> list[ResolveResult]:
        """The public addresses of ``host``; none at all raises :class:`PrivateAddressError`."""
        results = await self._inner.resolve(host, port, family)
        allowed = [r for r in results
                   if address_allowed(r["host"], allow_private=self._allow_private)]
        if not allowed:
            raise PrivateAddressError(f"{host} resolves to no public address")
        return allowed

    async def close(self) -> None:
        """Close the wrapped resolver."""
        await self._inner.close()
