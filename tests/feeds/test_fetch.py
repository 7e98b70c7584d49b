"""The fetcher and politeness against a loopback server: each fault is counted and survived."""

from __future__ import annotations

import asyncio
import time
from datetime import UTC, datetime, timedelta
from types import SimpleNamespace

import pytest

from newswire.errors import BlockedError, FetchError
from newswire.feeds import guard, metrics
from newswire.feeds import polite as polite_module
from newswire.feeds.fetch import Fetcher, raise_for_status, retry_after
from newswire.feeds.polite import Politeness
from newswire.settings import Settings
from tests.feeds import server as serve
from tests.feeds.conftest import SHORT_TIMEOUTS
from tests.feeds.content import START
from tests.feeds.server import FeedServer


def _count(name: str, **labels: str) -> float:
    return metrics.REGISTRY.get_sample_value(name, labels) or 0.0


async def _get(settings: Settings, url: str) -> int:
    async with Fetcher(settings) as fetcher:
        response = await Politeness(fetcher, settings).fetch(url)
        raise_for_status(response)
        return response.status


@pytest.mark.parametrize(("handler", "reason"), [
    (serve.status(404), "http_404"),
    (serve.status(410), "http_410"),
    (serve.status(500), "http_500"),
    (serve.status(429, {"Retry-After": "7"}), "http_429"),
    (serve.slow(10.0, serve.html_page("late")), "timeout"),
    (serve.streamed(lambda: iter([b"x"] * 100), pause_s=0.1), "timeout"),
    (serve.streamed(lambda: iter([b"x" * 1_000_000] * 30)), "too_large"),
    (serve.redirect("/page"), "redirects"),
], ids=["404", "410", "500", "429", "timeout", "trickle", "30MB", "redirect-loop"])
async def test_faults_raise_a_fetch_error_with_a_reason(
        fast: Settings, server: FeedServer, handler: serve.Handler, reason: str) -> None:
    """Each fault ends as one FetchError naming it, within the configured limits."""
    settings = fast.model_copy(update=SHORT_TIMEOUTS)
    server.routes["/page"] = handler
    started = time.monotonic()
    with pytest.raises(FetchError) as caught:
        await _get(settings, server.url("/page"))
    assert caught.value.reason == reason
    assert time.monotonic() - started < settings.fetch_total_timeout_s + 1.5
    if reason == "http_429":
        assert caught.value.retry_after == 7


async def test_fetch_failures_are_counted(fast: Settings, server: FeedServer) -> None:
    """Timeouts and oversized bodies show on /metrics by reason."""
    server.routes["/big"] = serve.streamed(lambda: iter([b"x" * 500_000] * 4))
    before = _count("newswire_fetch_failures_total", reason="too_large")
    with pytest.raises(FetchError):
        await _get(fast, server.url("/big"))
    assert _count("newswire_fetch_failures_total", reason="too_large") == before + 1


async def test_redirects_are_followed_up_to_the_cap(fast: Settings, server: FeedServer) -> None:
    """Three redirects are followed; a fourth is one too many."""
    server.routes |= {"/r1": serve.redirect("/r2"), "/r2": serve.redirect("/r3"),
                      "/r3": serve.redirect("/end"), "/end": serve.html_page("ok"),
                      "/r0": serve.redirect("/r1")}
    assert await _get(fast, server.url("/r1")) == 200
    with pytest.raises(FetchError, match="more than 3 redirects"):
        await _get(fast, server.url("/r0"))


@pytest.mark.parametrize("target", ["http://127.0.0.1:{port}/page", "http://localhost:{port}/",
                                    "http://169.254.169.254/latest/meta-data/",
                                    "file:///etc/passwd"])
async def test_private_addresses_are_refused_by_default(server: FeedServer, target: str) -> None:
    """Without FETCH_ALLOW_PRIVATE nothing is requested from loopback, metadata or file:."""
    server.routes["/page"] = serve.html_page("secret")
    with pytest.raises(BlockedError) as caught:
        await _get(Settings(), target.format(port=server.port))
    assert caught.value.reason in {"private", "scheme"}
    assert server.hits == []


@pytest.mark.parametrize("target", ["http://169.254.169.254/latest/meta-data/",
                                    "http://10.1.2.3/admin", "file:///etc/passwd"])
async def test_a_redirect_to_a_private_address_is_refused(
        server: FeedServer, monkeypatch: pytest.MonkeyPatch, target: str) -> None:
    """Every redirect hop is checked: a redirect cannot lead to metadata, private or file:.

    The test server is on loopback, so here (and only here) 127.0.0.1 counts as public.
    """
    real = guard.address_allowed
    monkeypatch.setattr(guard, "address_allowed", lambda address, *, allow_private:
                        address == "127.0.0.1" or real(address, allow_private=allow_private))
    server.routes["/hop"] = serve.redirect(target)
    with pytest.raises(BlockedError):
        await _get(Settings(), server.url("/hop"))
    assert [hit.path for hit in server.hits] == ["/robots.txt", "/hop"]


async def test_robots_disallow_is_refused_and_counted(fast: Settings,
                                                      server: FeedServer) -> None:
    """A path robots.txt disallows for newswire is not requested; allowed paths are."""
    server.routes["/robots.txt"] = serve.document(
        "User-agent: newswire\nDisallow: /private/\n", "text/plain", etag=False)
    server.routes["/private/a"] = server.routes["/public/a"] = serve.html_page("page")
    before = _count("newswire_robots_refusals_total")
    async with Fetcher(fast) as fetcher:
        polite = Politeness(fetcher, fast)
        with pytest.raises(BlockedError, match="robots"):
            await polite.fetch(server.url("/private/a"))
        assert (await polite.fetch(server.url("/public/a"))).status == 200
    assert server.requests_for("/private/a") == []
    assert len(server.requests_for("/robots.txt")) == 1
    assert _count("newswire_robots_refusals_total") == before + 1


async def test_crawl_delay_spaces_requests_to_a_host(fast: Settings, server: FeedServer) -> None:
    """Crawl-delay: 0.4 holds three requests to one host at least 0.8 s apart in all."""
    server.routes["/robots.txt"] = serve.document("User-agent: *\nCrawl-delay: 0.4\n",
                                                  "text/plain", etag=False)
    server.routes["/p"] = serve.html_page("page")
    async with Fetcher(fast) as fetcher:
        polite = Politeness(fetcher, fast)
        started = time.monotonic()
        await asyncio.gather(*(polite.fetch(server.url("/p")) for _ in range(3)))
    assert time.monotonic() - started >= 0.8


async def test_per_host_concurrency(fast: Settings, server: FeedServer) -> None:
    """With a concurrency of 2, six slow requests to one host are answered two at a time."""
    slow = serve.InFlight(0.2, serve.html_page("page"))
    server.routes["/slow"] = slow
    settings = fast.model_copy(update={"fetch_host_concurrency": 2})
    async with Fetcher(settings) as fetcher:
        polite = Politeness(fetcher, settings)
        answers = await asyncio.gather(*(polite.fetch(server.url("/slow")) for _ in range(6)))
    assert [a.status for a in answers] == [200] * 6
    assert slow.most == 2


async def test_retry_after_holds_the_host(fast: Settings, server: FeedServer) -> None:
    """After a 503 with Retry-After: 1, the next request to that host waits a second."""
    server.routes["/busy"] = serve.status(503, {"Retry-After": "1"})
    server.routes["/p"] = serve.html_page("page")
    async with Fetcher(fast) as fetcher:
        polite = Politeness(fetcher, fast)
        assert (await polite.fetch(server.url("/busy"))).status == 503
        started = time.monotonic()
        await polite.fetch(server.url("/p"))
    assert time.monotonic() - started >= 0.9


@pytest.mark.parametrize(("header", "held"), [
    ("1", False),
    ("86400", True),
    ("Fri, 01 Jan 2100 00:00:00 GMT", True),
    ("301", True),
], ids=["a-second", "a-day", "a-date-in-2100", "just-over-the-crawl-delay-cap"])
async def test_a_retry_after_longer_than_the_crawl_delay_cap_fails_the_fetch_at_once(
        fast: Settings, server: FeedServer, header: str, held: bool,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """A host holding us longer than the longest Crawl-delay (300 s) is not waited for in
    the poll (`feeds run --once` would hang): the next fetch of the host fails as `held`
    with the time asked, to be tried at a later poll; a short hold is waited for."""
    server.routes["/busy"] = serve.status(429, {"Retry-After": header})
    server.routes["/p"] = serve.html_page("page")
    _frozen_clock(monkeypatch)  # "301" stays over the cap however slow the machine is
    async with Fetcher(fast) as fetcher:
        polite = Politeness(fetcher, fast)
        assert (await polite.fetch(server.url("/busy"))).status == 429
        if not held:
            assert (await asyncio.wait_for(polite.fetch(server.url("/p")), 30)).status == 200
            return
        before = _count("newswire_fetch_failures_total", reason="held")
        with pytest.raises(FetchError) as caught:
            await asyncio.wait_for(polite.fetch(server.url("/p")), 30)
    assert caught.value.reason == "held"
    assert _count("newswire_fetch_failures_total", reason="held") == before + 1
    assert (caught.value.retry_after or 0) > 300
    assert server.requests_for("/p") == []


async def test_conditional_request_gets_304(fast: Settings, server: FeedServer) -> None:
    """A request with the ETag it was given is answered 304, with no body."""
    server.routes["/feed"] = serve.document("<rss/>", "application/rss+xml")
    async with Fetcher(fast) as fetcher:
        first = await fetcher.get(server.url("/feed"))
        second = await fetcher.get(server.url("/feed"),
                                   {"If-None-Match": first.header("etag") or ""})
    assert (first.status, second.status, second.body) == (200, 304, b"")


async def test_user_agent_is_sent(fast: Settings, server: FeedServer) -> None:
    """Every request carries the configured user agent."""
    server.routes["/p"] = serve.html_page("page")
    await _get(fast, server.url("/p"))
    assert {hit.headers["User-Agent"] for hit in server.hits} == {fast.fetch_user_agent}


async def test_a_redirect_to_another_host_obeys_that_hosts_robots(fast: Settings,
                                                                  server: FeedServer) -> None:
    """A hop to another host asks that host's robots.txt first: a disallowed page is refused."""
    server.routes["/robots.txt"] = serve.document(
        "User-agent: newswire\nDisallow: /private/\n", "text/plain", etag=False)
    server.routes["/private/a"] = serve.html_page("page")
    server.routes["/go"] = serve.redirect(f"http://localhost:{server.port}/private/a")
    with pytest.raises(BlockedError, match="robots"):
        await _get(fast, server.url("/go"))
    assert server.requests_for("/private/a") == []
    assert len(server.requests_for("/robots.txt")) == 2  # once per host: 127.0.0.1, localhost


def test_retry_after_reads_seconds_and_dates() -> None:
    """Retry-After as seconds or as an HTTP date; junk is ignored."""
    assert retry_after("120") == 120
    assert retry_after("Fri, 20 Nov 2026 08:02:00 GMT", now=START.timestamp()) == 120
    assert retry_after("soon") is None


def _frozen_clock(monkeypatch: pytest.MonkeyPatch) -> None:
    """Politeness's clock stands still except when it sleeps (a sleep moves it to the time
    slept until), so a hold's length does not depend on how long the test took."""
    clock = [1000.0]

    async def sleep_until(deadline: float) -> None:
        clock[0] = max(clock[0], deadline)
        await asyncio.sleep(0)

    monkeypatch.setattr(polite_module, "time", SimpleNamespace(monotonic=lambda: clock[0]))
    monkeypatch.setattr(polite_module, "sleep_until", sleep_until)


@pytest.mark.parametrize(("header", "saved_after_s"), [
    ("1", None),                  # waited out in the poll: nothing to save
    ("300", None),                # the longest Crawl-delay: still waited out
    ("86400", 86400.0),           # held: saved with its end on the wall clock
    ("1" + "0" * 20, 365 * 86400.0),  # centuries: saved for a year, not a date overflow
], ids=["a-second", "the-cap", "a-day", "centuries"])
async def test_a_long_hold_is_handed_to_the_sink_as_it_begins(
        fast: Settings, server: FeedServer, header: str, saved_after_s: float | None) -> None:
    """A Retry-After over 300 s is handed to `on_hold` (the runner saves it on the state
    topic) with the host and the hold's end; a shorter one is not."""
    server.routes["/busy"] = serve.status(429, {"Retry-After": header})
    saved: list[tuple[str, datetime]] = []

    async def on_hold(host: str, until: datetime) -> None:
        saved.append((host, until))

    asked = datetime.now(UTC)
    async with Fetcher(fast) as fetcher:
        await Politeness(fetcher, fast, on_hold=on_hold).fetch(server.url("/busy"))
    if saved_after_s is None:
        assert saved == []
        return
    [(host, until)] = saved
    assert host == server.url("")
    assert asked + timedelta(seconds=saved_after_s) <= until <= \
        datetime.now(UTC) + timedelta(seconds=saved_after_s)


@pytest.mark.parametrize(("ends_in_s", "held"), [
    (-60.0, False),      # ended: ignored, the host is asked
    (0.0, False),        # ends now: ignored
    (3600.0, True),      # an hour left: not asked, the fetch fails as held
], ids=["ended", "ends-now", "an-hour-left"])
async def test_a_saved_hold_is_honoured_until_it_ends(
        fast: Settings, server: FeedServer, ends_in_s: float, held: bool) -> None:
    """A hold saved by an earlier process keeps the host unasked until it ends; an ended
    one is ignored."""
    server.routes["/p"] = serve.html_page("page")
    async with Fetcher(fast) as fetcher:
        polite = Politeness(fetcher, fast)
        polite.hold(server.url(""), datetime.now(UTC) + timedelta(seconds=ends_in_s))
        assert polite.held(server.url("/p")) is held
        if not held:
            assert (await asyncio.wait_for(polite.fetch(server.url("/p")), 30)).status == 200
            return
        with pytest.raises(FetchError) as caught:
            await asyncio.wait_for(polite.fetch(server.url("/p")), 30)
    assert caught.value.reason == "held"
    assert server.hits == []  # not robots.txt either
