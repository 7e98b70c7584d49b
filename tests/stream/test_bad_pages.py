"""Issue 13's bad pages through a real worker on Tansu, as a user sends them.

Pages with no body, a frameset, only scripts, lying or broken encodings, JSON-LD with
impossible dates or a URL for an author, a page in German: written as files and produced
with ``newswire send``; a 50 MB page and bytes in no charset the wire accepts produced as
raw messages. Each ends a dead letter with its reason and original bytes, or an event.
"""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

import pytest

from newswire import topics
from newswire.models import DeadLetter, EnrichedArticle
from newswire.settings import Settings
from newswire.stream.process import WorkerProcess
from tests.stream.conftest import produce_as_is, read_all, run_cli, values_of, wait_drained

pytestmark = pytest.mark.integration

MB = 1_000_000
NO_TEXT = "no article text could be extracted from the html"
PROSE = "The council approved the budget on Monday after a long debate about roads and schools."
ARTICLE = ("<article><p>The city of Zürich voted on Sunday to approve the new tram line after "
           "a long campaign.</p><p>“We will build it,” said Mayor Anna Meier.</p></article>")

#: File name -> its bytes; sent with ``newswire send`` and dead-lettered for want of text.
EMPTY_PAGES: dict[str, bytes] = {
    "no_body.html": b"<html><head><title>Only a title</title></head><body></body></html>",
    "frameset.html": b"<html><head><title>Frames</title></head><frameset cols='50%,50%'>"
                     b"<frame src='a.html'><frame src='b.html'></frameset></html>",
    "only_scripts.html": b"<html><head><title>Scripts</title><script>var a = 1;</script>"
                         b"</head><body><script>document.write('hi')</script>"
                         b"<noscript></noscript></body></html>",
}

#: File name -> its bytes; sent with ``newswire send`` and enriched.
PAGES: dict[str, bytes] = {
    # Latin-1 bytes (and cp1252 quotation marks) under a declared utf-8.
    "latin1_says_utf8.html": ("<html><head><meta charset='utf-8'><title>Latin-1 tram vote"
                              "</title></head><body>" + ARTICLE + "</body></html>"
                              ).encode("cp1252"),
    # UTF-8 bytes under a declared shift_jis.
    "utf8_says_shift_jis.html": ("<html><head><meta charset='shift_jis'><title>Shift tram vote"
                                 "</title></head><body>" + ARTICLE + "</body></html>").encode(),
    # UTF-8 with a stray byte no charset explains (read as UTF-8, the byte replaced).
    "broken_bytes.html": ("<html><head><title>Broken tram vote</title></head><body>"
                          + ARTICLE).encode().replace(b"long", b"lo\xffng") + b"</body></html>",
    "impossible_jsonld.html": (
        "<html><head><title>Budget vote</title><script type='application/ld+json'>"
        '{"@type": "NewsArticle", "headline": "Budget vote", '
        '"datePublished": "2026-13-45T25:61:00Z", "dateModified": "1970-01-01T00:00:00Z", '
        '"author": "https://twitter.com/someone"}</script></head><body><article>'
        f"<h1>Budget vote</h1><p>{PROSE}</p><p>“It is a good day,” said Councillor Ruth Adams."
        "</p></article></body></html>").encode(),
    "german.html": (
        "<html lang='de'><head><title>Stadtrat beschließt Haushalt</title></head><body><article>"
        "<p>Der Stadtrat hat am Montag nach langer Debatte den Haushalt für Schulen und Straßen "
        "beschlossen.</p><p>„Das ist ein guter Tag für die Stadt“, sagte Bürgermeisterin Anna "
        "Meier nach der Abstimmung.</p></article></body></html>").encode(),
}


def fifty_megabyte_page() -> bytes:
    """A RawArticle of a 50 MB page: an article, then empty ``<div>`` elements."""
    filler = "<div>x</div>" * (50 * MB // len("<div>x</div>"))
    return json.dumps({"html": f"<html><body><article><p>{PROSE}</p></article>{filler}"
                               "</body></html>"}).encode()


#: Key -> raw message bytes produced straight to ``articles.raw``; each a dead letter.
WIRE: dict[str, tuple[bytes, str]] = {
    "fifty-mb": (fifty_megabyte_page(), "TooLargeError"),
    "latin1-text": ("Zürich\nThe city of Zürich voted on Sunday.".encode("latin-1"),
                    "DecodeError"),
}




def write_pages(folder: Path) -> list[str]:
    """Every page written as a file in ``folder``; their paths."""
    for name, content in (EMPTY_PAGES | PAGES).items():
        (folder / name).write_bytes(content)
    return [str(folder / name) for name in EMPTY_PAGES | PAGES]


async def outcomes(settings: Settings) -> tuple[dict[str, EnrichedArticle], list[DeadLetter]]:
    """Enriched articles by title and every dead letter, once the worker drained the input."""
    await wait_drained(settings, timeout=240)
    enriched = [EnrichedArticle.model_validate_json(v)
                for v in values_of(await read_all(settings, topics.ENRICHED))]
    letters = [DeadLetter.model_validate_json(v)
               for v in values_of(await read_all(settings, topics.DLQ))]
    return {a.title or "": a for a in enriched}, letters


def test_bad_pages_end_dead_letters_with_reason_or_events(
    settings: Settings, tmp_path: Path
) -> None:
    """Every bad page of issue 13 ends a dead letter with its reason and original bytes or
    an enriched event, and the worker lives on."""
    settings = settings.model_copy(update={"max_article_bytes": 2 * MB})
    paths = write_pages(tmp_path)
    worker = WorkerProcess(settings, tmp_path / "worker.log").start()
    try:
        sent = run_cli(settings, "send", *paths)
        assert sent.returncode == 0, sent.stderr
        asyncio.run(produce_as_is(settings, {k: v for k, (v, _) in WIRE.items()}, 64 * MB))
        by_title, letters = asyncio.run(outcomes(settings))
        assert worker.process is not None
        assert worker.process.poll() is None, worker.log()
    finally:
        assert worker.stop() == 0, worker.log()

    # The empty pages: the reason, and the bytes `send` produced (the page's html inside).
    from_files = {json.loads(bytes(d.original))["html"]: d for d in letters if d.key not in WIRE}
    assert set(from_files) == {page.decode() for page in EMPTY_PAGES.values()}
    assert {(d.error_type, d.reason) for d in from_files.values()} == {
        ("EmptyArticleError", NO_TEXT)}
    # The raw messages: cut to the limit with the reason saying so, or not UTF-8.
    wire = {d.key: d for d in letters if d.key in WIRE}
    assert {key: d.error_type for key, d in wire.items()} == {k: t for k, (_, t) in WIRE.items()}
    assert bytes(wire["fifty-mb"].original) == WIRE["fifty-mb"][0][:settings.max_article_bytes]
    assert f"original truncated to {settings.max_article_bytes} of" in wire["fifty-mb"].reason
    assert bytes(wire["latin1-text"].original) == WIRE["latin1-text"][0]
    assert "neither JSON nor UTF-8" in wire["latin1-text"].reason
    assert all(d.topic == settings.topic(topics.RAW) and d.offset is not None for d in letters)

    # The lying and broken encodings read right; the tram vote quote is Anna Meier's.
    for title in ("Latin-1 tram vote", "Shift tram vote", "Broken tram vote"):
        article = by_title[title]
        assert "The city of Zürich voted on Sunday" in article.body, title
        assert [(q.text, q.speaker) for q in article.quotes if q.kind == "direct"] == [
            ("We will build it,", "Anna Meier")], title
    # Impossible dates and a URL for an author are dropped, the article kept.
    budget = by_title["Budget vote"]
    assert (budget.published_at, budget.author) == (None, None)
    assert budget.page is not None
    assert (budget.page.authors, budget.page.modified_at) == ([], None)
    assert PROSE in budget.body
    # A German page: its language, its quote, and what was not analysed and why.
    german = by_title["Stadtrat beschließt Haushalt"]
    assert german.language == "de"
    assert [q.text for q in german.quotes] == ["Das ist ein guter Tag für die Stadt"]
    assert {s.step for s in german.skipped} >= {"entities", "speakers"}
    assert len(by_title) == len(PAGES)
