"""WARC archives (news crawls): HTML response records become articles (uses warcio)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from newswire.errors import ArchiveError
from newswire.io.charset import decode_page
from newswire.io.records import Record
from newswire.models import RawArticle

__all__ = ["MAX_WARC_BODY_BYTES", "read_warc"]

#: Most bytes of one response body read from an archive: a crawl may hold a multi-gigabyte
#: record, which would fill memory before ``send`` refused it as too large to produce. Far
#: above any article a worker takes (``NEWSWIRE_MAX_ARTICLE_BYTES``, 2 MB by default).
MAX_WARC_BODY_BYTES = 64 * 1024 * 1024


def read_warc(path: Path) -> Iterator[Record]:
    """One Record per HTML response; other records are reported as skipped."""
    with path.open("rb") as handle:
        try:
            for record in ArchiveIterator(handle):
                yield _to_record(path, record)
        except ArchiveLoadFailed as exc:
            yield Record(str(path), error=ArchiveError(f"{path}: broken WARC: {exc}"))


def _to_record(path: Path, record: object) -> Record:
    rec_type = getattr(record, "rec_type", None)
    headers = getattr(record, "rec_headers", None)
    url = headers.get_header("WARC-Target-URI") if headers else None
    origin = f"{path}#{url or '?'}"
    if rec_type != "response":
        return Record(origin, skipped=f"warc {rec_type} record")
    http = getattr(record, "http_headers", None)
    content_type = (http.get_header("Content-Type") or "") if http else ""
    if "html" not in content_type.lower():
        return Record(origin, skipped="not html")
    body: bytes = record.content_stream().read(MAX_WARC_BODY_BYTES + 1)  # type: ignore[attr-defined]
    if len(body) > MAX_WARC_BODY_BYTES:  # the iterator skips the rest of the record
        return Record(origin, error=ArchiveError(
            f"{origin}: response body over {MAX_WARC_BODY_BYTES} bytes, not read"))
    article = RawArticle.model_validate({
        "url": url,
        "html": decode_page(body, content_type)[0],  # as fetched pages and .html files are
        "crawled_at": headers.get_header("WARC-Date") if headers else None,
    })
    return Record(origin, article=article)
