"""Producing articles: what cannot be sent is reported with its origin, never raised."""

from __future__ import annotations

import asyncio
import signal
import subprocess
import sys
import threading
from collections.abc import Iterator

import pytest
from aiokafka.errors import MessageSizeTooLargeError

from newswire.errors import ArchiveError, DecodeError
from newswire.io.records import Record
from newswire.kafka import producer
from newswire.kafka.producer import send_records
from newswire.models import RawArticle
from newswire.settings import Settings


@pytest.mark.parametrize(("article", "reason"), [
    pytest.param(RawArticle(id="big", html="<p>word </p>" * 200), "message is 2422 bytes, "
                 "over the 2000 byte limit (NEWSWIRE_MAX_ARTICLE_BYTES)", id="over-the-limit"),
    pytest.param(RawArticle(id="huge", html="<p>word </p>" * 100_000), "message is 1200023 "
                 "bytes, over the 2000 byte limit (NEWSWIRE_MAX_ARTICLE_BYTES)",
                 id="over-any-message"),
    pytest.param(RawArticle(id="empty", title="", text="  \n"),
                 "article has no title, text or html", id="nothing-to-enrich"),
    pytest.param(RawArticle(id="url", text="A long url.", url="https://e.com/" + "a" * 100),
                 "url is 114 characters, over the 100 character limit "
                 "(NEWSWIRE_MAX_URL_CHARS)", id="url-too-long"),
    pytest.param(RawArticle(id="source", text="A long source.", source="S" * 60),
                 "source is 60 characters, over the 50 character limit "
                 "(NEWSWIRE_MAX_SOURCE_CHARS)", id="source-too-long"),
])
def test_an_article_the_worker_would_dead_letter_is_reported_not_sent(
    article: RawArticle, reason: str
) -> None:
    """An article the worker would dead-letter (over NEWSWIRE_MAX_ARTICLE_BYTES, nothing to
    enrich, a url or source over its limit) is refused with the worker's reason, as `enrich`
    refuses it, instead of being sent to fail while `send` exits 0; the others are sent."""
    settings = Settings(max_article_bytes=2000, max_url_chars=100, max_source_chars=50)
    small = Record("small.txt", article=RawArticle(id="small", text="A short article."))
    report = asyncio.run(send_records(settings, [Record("in.html", article=article), small],
                                      dry_run=True))
    assert report.sent == ["small"]
    assert report.errors == [f"in.html: {reason} (the worker would dead-letter it)"]


@pytest.mark.parametrize(("article", "entry"), [
    pytest.param(RawArticle(id="big", html="<p>word </p>" * 200), "in.html: message is 2422 "
                 "bytes, over the 2000 byte limit (NEWSWIRE_MAX_ARTICLE_BYTES) (original "
                 "truncated to 2000 of 2422 bytes) (TooLargeError)", id="over-the-limit"),
    pytest.param(RawArticle(id="empty", title="", text="  \n"),
                 "in.html: article has no title, text or html (EmptyArticleError)",
                 id="nothing-to-enrich"),
    pytest.param(RawArticle(id="source", text="A long source.", source="S" * 60),
                 "in.html: source is 60 characters, over the 50 character limit "
                 "(NEWSWIRE_MAX_SOURCE_CHARS) (TooLargeError)", id="source-too-long"),
])
def test_with_dead_letters_a_refused_article_is_dead_lettered_not_an_error(
    article: RawArticle, entry: str
) -> None:
    """With dead_letters (replay), an article the worker would dead-letter is noted as
    dead-lettered with the worker's reason and error type, and is no error of the report."""
    settings = Settings(max_article_bytes=2000, max_url_chars=100, max_source_chars=50)
    small = Record("small.txt", article=RawArticle(id="small", text="A short article."))
    report = asyncio.run(send_records(settings, [Record("in.html", article=article), small],
                                      dry_run=True, dead_letters=True))
    assert (report.sent, report.errors, report.dead_lettered) == (["small"], [], [entry])
    assert report.seen == 2


LINE = Record("a.jsonl:2", error=DecodeError("a.jsonl:2: Expecting value: line 1 column 1"),
              original=b"not json")


@pytest.mark.parametrize(("dead_letters", "dead_lettered", "errors"), [
    (True, ["a.jsonl:2: Expecting value: line 1 column 1 (DecodeError)"], []),   # replay
    (False, [], ["a.jsonl:2: Expecting value: line 1 column 1"]),                # send
], ids=["replay", "send"])
def test_a_line_that_is_no_article_is_dead_lettered_by_replay_only(
        dead_letters: bool, dead_lettered: list[str], errors: list[str]) -> None:
    """A .jsonl line that is no article is dead-lettered with dead_letters (replay), named by
    FILE:LINE once; `send` keeps it an error; the next record is sent either way."""
    small = Record("a.jsonl:3", article=RawArticle(id="small", text="A short article."))
    report = asyncio.run(send_records(Settings(), [LINE, small], dry_run=True,
                                      dead_letters=dead_letters))
    assert (report.sent, report.dead_lettered, report.errors) == (
        ["small"], dead_lettered, errors)


class RefusingProducer:
    """Acknowledges every send but those keyed ``refused``, as a broker refusing a message."""

    async def start(self) -> None:
        """Nothing to connect to."""

    async def stop(self) -> None:
        """Nothing to close."""

    async def send(self, topic: str, *, value: bytes, key: bytes) -> asyncio.Future[object]:
        delivery: asyncio.Future[object] = asyncio.get_running_loop().create_future()
        if key == b"refused":
            delivery.set_exception(MessageSizeTooLargeError())
        else:
            delivery.set_result(None)
        return delivery


def test_a_send_the_broker_refuses_is_an_error_not_sent(monkeypatch: pytest.MonkeyPatch) -> None:
    """An article whose delivery fails is reported with its origin, not counted as sent."""
    async def no_topics(*_: object, **__: object) -> None:
        return None

    monkeypatch.setattr(producer, "ensure_topics", no_topics)
    monkeypatch.setattr(producer, "make_producer", lambda _settings: RefusingProducer())
    records = [Record(f"{name}.txt", article=RawArticle(id=name, text="A short article."))
               for name in ("kept", "refused")]
    report = asyncio.run(send_records(Settings(), records))
    assert report.sent == ["kept"]
    assert len(report.errors) == 1
    assert report.errors[0].startswith("refused.txt: not delivered: MessageSizeTooLargeError")


def test_a_dead_letter_the_broker_refuses_is_an_error(monkeypatch: pytest.MonkeyPatch) -> None:
    """A dead letter whose delivery fails leaves dead_lettered for errors: nothing is counted
    as handled that the broker did not take."""
    async def no_topics(*_: object, **__: object) -> None:
        return None

    monkeypatch.setattr(producer, "ensure_topics", no_topics)
    monkeypatch.setattr(producer, "make_producer", lambda _settings: RefusingProducer())
    records = [Record("refused.txt", article=RawArticle(id="refused", title="", text=" ")),
               Record("empty.txt", article=RawArticle(id="empty", title="", text=" "))]
    report = asyncio.run(send_records(Settings(), records, dead_letters=True))
    assert report.dead_lettered == ["empty.txt: article has no title, text or html "
                                    "(EmptyArticleError)"]
    assert len(report.errors) == 1
    assert report.errors[0].startswith("refused.txt: not delivered: MessageSizeTooLargeError")


class ThreadNoting:
    """Records read from a file, noting which thread asked for each."""

    def __init__(self, records: list[Record]) -> None:
        self.records = records
        self.threads: list[int] = []

    def __iter__(self) -> Iterator[Record]:
        for record in self.records:
            self.threads.append(threading.get_ident())
            yield record


def test_files_are_read_off_the_event_loop_in_order() -> None:
    """Each record is read in a worker thread, not the loop's, and the report keeps the
    order and the counts of sent, unreadable and skipped records."""
    records = [
        Record("a.txt", article=RawArticle(id="a", text="First article.")),
        Record("bad.jsonl:2", error=ArchiveError("bad.jsonl:2: not JSON")),
        Record("page.warc", skipped="not a page"),
        Record("b.txt", article=RawArticle(id="b", text="Second article.")),
        Record("c.txt", article=RawArticle(id="c", text="Third article.")),
    ]
    reader = ThreadNoting(records)
    seen: list[int] = []
    report = asyncio.run(send_records(Settings(), reader, dry_run=True,
                                      on_record=lambda r: seen.append(r.seen)))
    assert report.sent == ["a", "b", "c"]
    assert report.errors == ["bad.jsonl:2: not JSON"]
    assert report.skipped == {"not a page": 1}
    assert seen == [1, 2, 3, 4, 5]
    assert len(reader.threads) == 5
    assert threading.get_ident() not in reader.threads


def test_a_limit_stops_reading_and_closes_the_reader() -> None:
    """With a limit the reader is not read to its end, and it is closed."""
    closed: list[bool] = []

    def reader() -> Iterator[Record]:
        try:
            for index in range(100):
                yield Record(f"{index}.txt", article=RawArticle(id=str(index), text="Text."))
        finally:
            closed.append(True)

    report = asyncio.run(send_records(Settings(), reader(), limit=2, dry_run=True))
    assert report.sent == ["0", "1"]
    assert closed == [True]


WAITS_ON_STDIN = """
import asyncio, signal, sys
# A job started in the background of a script (as a CI runner may start pytest) inherits
# SIGINT ignored, and Python then installs no KeyboardInterrupt handler: give it back.
signal.signal(signal.SIGINT, signal.default_int_handler)
from newswire.io.records import Record
from newswire.kafka.producer import send_records
from newswire.models import RawArticle
from newswire.settings import Settings

def records():
    yield Record("first.txt", article=RawArticle(id="first", text="First article."))
    sys.stdin.read()  # a terminal, or a pipe whose writer lives on

def said(report):
    print("sent", len(report.sent), flush=True)

asyncio.run(send_records(Settings(), records(), dry_run=True, on_record=said))
"""


def test_ctrl_c_stops_a_send_waiting_on_its_input() -> None:
    """SIGINT ends `send -` while it waits for input that does not come (the writer of its
    stdin stays open); it used to wait until end of input."""
    process = subprocess.Popen([sys.executable, "-c", WAITS_ON_STDIN], stdin=subprocess.PIPE,
                               stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    assert process.stdin is not None
    assert process.stdout is not None
    try:
        assert process.stdout.readline() == b"sent 1\n"
        process.send_signal(signal.SIGINT)
        assert process.wait(timeout=60) != 0
    finally:
        process.kill()
        process.stdin.close()
        process.wait()
