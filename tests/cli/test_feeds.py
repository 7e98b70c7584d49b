"""`newswire feeds` as a user runs it: a bad feeds file, the exit status of `run --once`
against a real loopback server, status before any poll."""

from __future__ import annotations

from pathlib import Path

import pytest

from newswire.broker import free_port
from newswire.settings import Settings
from tests.conftest import run_newswire
from tests.feeds import content
from tests.feeds import server as serve
from tests.feeds.conftest import FAST
from tests.stream.conftest import run_cli


@pytest.mark.parametrize(("text", "message"), [
    ("[[feeds]]\nurl = 'ftp://x/feed'\n", "feed 1: url must be an http(s) URL"),
    ("[[feeds\n", "cannot read feeds file"),
])
def test_run_rejects_a_bad_feeds_file(tmp_path: Path, text: str, message: str) -> None:
    """A bad feeds file exits 1 with a message naming the problem, before touching Kafka."""
    path = tmp_path / "feeds.toml"
    path.write_text(text, encoding="utf-8")
    result = run_newswire("feeds", "run", str(path), "--once",
                          env=Settings(broker="kafka://127.0.0.1:1").child_env())
    assert result.returncode == 1
    assert message in " ".join(result.stderr.split())


#: Feeds the loopback server serves: an RSS channel, a feed gone (404), a broken one (500).
FEEDS = {"/ok.xml": serve.document(content.rss([]), "application/rss+xml"),
         "/gone.xml": serve.status(404), "/broken.xml": serve.status(500)}


@pytest.mark.integration
@pytest.mark.parametrize(("paths", "allow_private", "status", "summary"), [
    (["/ok.xml"], True, 0, "1 feed(s) polled: 1 answered, 0 failed (ok; exit 0)"),
    (["/ok.xml", "/gone.xml"], True, 3,
     "2 feed(s) polled: 1 answered, 1 failed (some feeds failed; exit 3)"),
    (["/gone.xml", "/broken.xml"], True, 4,
     "2 feed(s) polled: 0 answered, 2 failed (every feed failed; exit 4)"),
    # Loopback stays refused unless told: the feed that answers above fails here.
    (["/ok.xml"], False, 4,
     "1 feed(s) polled: 0 answered, 1 failed (every feed failed; exit 4)"),
], ids=["all-answer", "one-of-two-fails", "all-fail", "loopback-refused-by-default"])
def test_run_once_exits_with_what_the_feeds_gave(
        settings: Settings, tmp_path: Path, paths: list[str], allow_private: bool,
        status: int, summary: str) -> None:
    """`feeds run --once` exits 0 when every feed answered, 3 when some failed and 4 when
    all did (it exited 0 even when every feed failed, and cron could not tell)."""
    server = serve.FeedServer(routes=dict(FEEDS)).start()
    try:
        path = tmp_path / "feeds.toml"
        path.write_text("".join(f'[[feeds]]\nurl = "{server.url(p)}"\n' for p in paths),
                        encoding="utf-8")
        fast = {**FAST, "fetch_allow_private": allow_private, "feeds_web_port": free_port()}
        result = run_newswire("feeds", "run", str(path), "--once",
                              env=settings.model_copy(update=fast).child_env())
    finally:
        server.stop()
    assert result.returncode == status, result.stdout + result.stderr
    assert summary in result.stdout
    if not allow_private:
        assert "address 127.0.0.1 is not public" in " ".join(result.stdout.split())


@pytest.mark.integration
def test_run_once_stopped_by_sigterm_exits_143(settings: Settings, tmp_path: Path) -> None:
    """A `--once` run that SIGTERM stops while a feed is still being fetched says so and
    exits 143 (128 + SIGTERM), not 0: the feed was never polled."""
    import signal
    import subprocess
    import sys
    import time

    server = serve.FeedServer(routes={"/slow.xml": serve.slow(30.0, FEEDS["/ok.xml"])}).start()
    try:
        path = tmp_path / "feeds.toml"
        path.write_text(f'[[feeds]]\nurl = "{server.url("/slow.xml")}"\n', encoding="utf-8")
        env = settings.model_copy(update={**FAST, "feeds_web_port": free_port()}).child_env()
        runner = subprocess.Popen([sys.executable, "-m", "newswire", "feeds", "run", str(path),
                                   "--once"], env={**env, "COLUMNS": "200"},
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        try:
            for _ in range(1200):  # until the runner is waiting on the feed (at most 2 min)
                if server.requests_for("/slow.xml") or runner.poll() is not None:
                    break
                time.sleep(0.1)
            assert server.requests_for("/slow.xml"), "the runner never asked for the feed"
            runner.send_signal(signal.SIGTERM)
            out, err = runner.communicate(timeout=60)
        finally:
            if runner.poll() is None:
                runner.kill()
                runner.wait()
    finally:
        server.stop()
    assert runner.returncode == 128 + signal.SIGTERM, out + err
    assert "stopped by SIGTERM after 0 feed(s) polled" in out


def test_run_help_gives_the_exit_statuses() -> None:
    """`feeds run --help` says what each exit status of `--once` means."""
    result = run_newswire("feeds", "run", "--help")
    text = " ".join(result.stdout.replace("│", " ").split())
    assert result.returncode == 0, result.stderr
    for meaning in ("0 every feed this runner polled answered", "3 some feeds failed",
                    "4 every feed failed", "1 the runner could not run"):
        assert meaning in text


@pytest.mark.integration
def test_status_before_any_poll(settings: Settings) -> None:
    """`feeds status` answers without a runner, and says when nothing was polled yet."""
    result = run_cli(settings, "feeds", "status")
    assert result.returncode == 0, result.stderr
    assert "no feed has been polled yet" in result.stdout


LONG_URL = "https://www.example-news-publisher.co.uk/international/world-news/rss.xml"
ERROR = "address 127.0.0.1 is not public (http://127.0.0.1:56499/rss.xml)"


@pytest.mark.parametrize("width", [80, 200])
def test_status_shows_whole_urls_and_errors_in_any_terminal(
        monkeypatch: pytest.MonkeyPatch, width: int) -> None:
    """`feeds status` prints each feed's whole URL, source and error whatever the terminal's
    width (at 80 columns the table cut them all to "http…", "sour…", "addr…")."""
    from datetime import UTC, datetime

    from rich.console import Console

    from newswire.cli import feeds as command
    from newswire.feeds import FeedState

    console = Console(width=width, record=True)
    monkeypatch.setattr(command, "console", console)
    now = datetime.now(UTC)
    command._print_states([
        FeedState(url=LONG_URL, source="Example News", last_poll=now, status=200, new_items=3),
        FeedState(url="http://127.0.0.1:56499/rss.xml", source="Riverside Post",
                  last_poll=now, backoff_s=300, failures=1, error=ERROR)])
    text = console.export_text()
    # Wrapped cells are split over lines: every piece must be there, and nothing cut.
    # The backoff in the units of the poll times beside it: 300 s is "5 min".
    for value in ("Example News", "Riverside Post", "5 min", *LONG_URL.split("/"),
                  *ERROR.split()):
        assert value in text
    assert "…" not in text


@pytest.mark.parametrize(("url", "error"), [
    ("https://example.org/feed?filter[type]=news", None),  # rich took "[type]" for a style
    ("https://example.org/rss.xml", "HTTP 404 for /rss.xml?x=[/b]"),  # a closing tag: crashed
], ids=["bracketed-query", "closing-tag-in-error"])
def test_status_says_brackets_as_written(monkeypatch: pytest.MonkeyPatch, url: str,
                                         error: str | None) -> None:
    """A feed's url and error are printed as written, brackets and all, never read as rich
    markup (which dropped ``[type]`` and raised on ``[/b]``)."""
    from datetime import UTC, datetime

    from rich.console import Console

    from newswire.cli import feeds as command
    from newswire.feeds import FeedState

    console = Console(width=200, record=True)
    monkeypatch.setattr(command, "console", console)
    command._print_states([FeedState(url=url, source="[Archive] News", error=error,
                                     last_poll=datetime.now(UTC), status=404)])
    text = console.export_text()
    for value in (url, "[Archive] News", *(error or "").split()):
        assert value in text


@pytest.mark.parametrize(("seconds", "shown"), [
    (45, "45 s"),
    (119, "119 s"),
    (120, "2 min"),
    (30 * 60, "30 min"),
    (2 * 3600, "2 h"),
    (24 * 3600, "24 h"),
    (3 * 86400, "3 d"),
    (365 * 86400, "365 d"),
    # Just under a bound, the number as rounded picks the unit: never "120 s" or "48 h".
    (119.6, "2 min"),
    (2 * 3600 - 1, "2 h"),
    (2 * 86400 - 1, "2 d"),
])
def test_duration_reads_in_the_largest_sensible_unit(seconds: float, shown: str) -> None:
    """Waits print in seconds up to two minutes, minutes up to two hours, hours up to two days,
    then days (a year's hold is `365 d`, not `525600 min`)."""
    from newswire.cli.feeds import _duration

    assert _duration(seconds) == shown


@pytest.mark.parametrize(("width", "hours", "shown"), [
    (80, 24.0, "in 24 h"),
    (200, 24.0, "in 24 h"),
    (80, 0.5, "in 30 min"),
], ids=["a-day-80-columns", "a-day-200-columns", "half-an-hour"])
def test_status_prints_each_held_host_whole(monkeypatch: pytest.MonkeyPatch, width: int,
                                            hours: float, shown: str) -> None:
    """`feeds status` names each held host, whole, with the end of its hold and the time
    left (holds used to be invisible there)."""
    from datetime import UTC, datetime, timedelta

    from rich.console import Console

    from newswire.cli import feeds as command
    from newswire.feeds.state import HostHold

    console = Console(width=width, record=True)
    monkeypatch.setattr(command, "console", console)
    host = "http://news-publisher-with-a-long-name.example.co.uk:8443"
    until = datetime.now(UTC) + timedelta(hours=hours, seconds=20)
    command._print_holds([HostHold(host=host, until=until)])
    text = " ".join(console.export_text().split())
    assert f"held host {host}" in text
    assert f"{until:%Y-%m-%d %H:%M:%S} UTC" in text
    assert shown in text
