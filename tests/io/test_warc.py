"""WARC archives: HTML responses become articles with URL and crawl date; others are skipped."""

from __future__ import annotations

from io import BytesIO
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from newswire.io import warc
from newswire.io.archive import read_paths

PAGE = b"<html><body><article><h1>Talks</h1><p>Olaf Scholz met Emmanuel Macron.</p></article>"


def write_warc(path: Path, pages: list[tuple[str, str, bytes]] | None = None) -> None:
    """A gzipped WARC with ``pages`` (else an HTML response and an image response) and a
    request record."""
    with path.open("wb") as handle:
        writer = WARCWriter(handle, gzip=True)
        for url, content_type, body in pages or [
                ("https://news.example/a", "text/html; charset=utf-8", PAGE),
                ("https://news.example/logo.png", "image/png", b"\x89P")]:
            headers = StatusAndHeaders("200 OK", [("Content-Type", content_type)],
                                       protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(
                url, "response", payload=BytesIO(body), http_headers=headers))
        writer.write_record(writer.create_warc_record(
            "https://news.example/a", "request", payload=BytesIO(b"GET /a HTTP/1.1\r\n\r\n")))


def test_warc_html_responses_become_articles(tmp_path: Path) -> None:
    """One article from the HTML response; the image and the request are skipped, with why."""
    archive = tmp_path / "crawl.warc.gz"
    write_warc(archive)
    records = list(read_paths([str(archive)]))
    articles = [r.article for r in records if r.article]
    assert len(articles) == 1
    assert articles[0].url == "https://news.example/a"
    assert articles[0].html is not None
    assert "Olaf Scholz" in articles[0].html
    assert (articles[0].model_extra or {}).get("crawled_at")
    assert sorted(r.skipped for r in records if r.skipped) == ["not html", "warc request record"]


def test_warc_pages_are_decoded_as_fetched_pages_are(tmp_path: Path) -> None:
    """A WARC page in cp1252 without a charset, or in UTF-8 declared Latin-1, reads right."""
    archive = tmp_path / "crawl.warc.gz"
    text = "<html><body><p>Der Gemeinderat von Zürich stimmte am Sonntag über die Änderung ab."
    write_warc(archive, [("https://news.example/de", "text/html", text.encode("cp1252")),
                         ("https://news.example/fr", "text/html; charset=iso-8859-1",
                          "<p>Le président a déclaré « prêt à négocier ».".encode())])
    pages = [r.article.html for r in read_paths([str(archive)]) if r.article]
    assert pages == [text, "<p>Le président a déclaré « prêt à négocier »."]


def test_a_warc_body_over_the_bound_is_an_error_and_the_next_page_reads(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A response body over ``MAX_WARC_BODY_BYTES`` is reported without being read whole, and
    the records after it are still read."""
    monkeypatch.setattr(warc, "MAX_WARC_BODY_BYTES", 1000)
    archive = tmp_path / "crawl.warc.gz"
    write_warc(archive, [("https://news.example/huge", "text/html", b"<p>" + b"x" * 5000),
                         ("https://news.example/a", "text/html; charset=utf-8", PAGE)])
    records = list(read_paths([str(archive)]))
    assert [str(r.error) for r in records if r.error] == [
        f"{archive}#https://news.example/huge: response body over 1000 bytes, not read"]
    assert [r.article.url for r in records if r.article] == ["https://news.example/a"]
