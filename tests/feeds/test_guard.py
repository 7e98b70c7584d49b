"""The address guard: non-public addresses and other schemes are refused."""

from __future__ import annotations

import pytest

from newswire.errors import BlockedError
from newswire.feeds.guard import check_url


@pytest.mark.parametrize("url", [
    "http://127.0.0.1/", "http://169.254.169.254/latest/meta-data/", "http://10.0.0.8/",
    "http://[::1]/", "http://[::ffff:127.0.0.1]/", "http://192.168.1.1/", "http://localhost/",
    "http://0.0.0.0/", "http://100.64.0.1/", "file:///etc/passwd", "ftp://news.example/",
    "gopher://x/", "http:///no-host", "http://[64:ff9b::a9fe:a9fe]/", "http://[2002:7f00:1::]/",
    "http://[::127.0.0.1]/", "http://[fec0::1]/", "http://[64:ff9b:1::a00:1]/",
])
def test_guard_refuses_non_public_addresses_and_schemes(url: str) -> None:
    """Non-public addresses (also inside NAT64, 6to4, old IPv6 forms) and other schemes fail."""
    with pytest.raises(BlockedError):
        check_url(url, allow_private=False)


def test_guard_allows_public_and_when_told() -> None:
    """Public addresses pass; private ones pass with allow_private; file: never does."""
    check_url("https://93.184.215.14/", allow_private=False)
    check_url("https://news.example/", allow_private=False)
    check_url("https://[2a00:1450:4007:80e::200e]/", allow_private=False)
    check_url("https://[64:ff9b::5db8:d70e]/", allow_private=False)  # NAT64 of 93.184.215.14
    check_url("http://127.0.0.1:8080/", allow_private=True)
    with pytest.raises(BlockedError):
        check_url("file:///etc/passwd", allow_private=True)
