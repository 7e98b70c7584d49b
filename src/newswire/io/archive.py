"""Read articles from files: .txt, .html, .json, .jsonl(.gz), .warc(.gz), folders, stdin (``-``).

Readers are generators that hold one record at a time, so memory stays flat however large
the archive.  Pages, text files and standard input are decoded like fetched pages
(:mod:`.charset`: UTF-8, else the declared or guessed charset); JSON must be UTF-8.
"""

from __future__ import annotations

import codecs
import gzip
import itertools
import json
import sys
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import IO, BinaryIO

from pydantic import ValidationError

from newswire.errors import ArchiveError, DecodeError, InputError
from newswire.io.charset import decode_page, looks_binary
from newswire.io.folders import (
    HTML_SUFFIXES,
    TEXT_SUFFIXES,
    file_article_id,
    file_kind,
    open_binary,
)
from newswire.io.ingest import (
    article_from_text,
    json_error,
    looks_like_json,
    validation_summary,
)
from newswire.io.named import named_files
from newswire.io.records import Record
from newswire.io.scan import count_records
from newswire.models import RawArticle

#: Why a .txt, .html or standard input of binary content is refused.
NOT_TEXT = "binary content, not text (the worker would enrich it as garbage)"

__all__ = ["Record", "count_records", "file_article_id", "read_file", "read_paths"]


def read_paths(paths: Iterable[str]) -> Iterator[Record]:
    """Every record of every path; folders are read recursively in name order (symbolic
    links to folders as :func:`~newswire.io.folders.folder_files` says), and no path is
    read twice (:func:`~newswire.io.named.read_once`)."""
    for item in named_files(list(paths)):
        if isinstance(item, Record):
            yield item
        elif item.stdin:
            yield from _read_stream(sys.stdin, "<stdin>")
        else:
            yield from read_file(item.file, folder=item.folder)


def read_file(path: Path, folder: Path | None = None) -> Iterator[Record]:
    """The records of one file, chosen by its suffix (``folder``: the folder named on the
    command line that holds it, which a .txt or .html file's id is relative to)."""
    try:
        found = path.exists()
    except OSError as exc:  # a folder above it without search permission: not a traceback
        yield Record(str(path), error=ArchiveError(f"{path}: {exc.strerror or exc}"))
        return
    if not found:  # said so whatever its suffix (a missing folder has none)
        yield Record(str(path), error=ArchiveError(f"{path}: no such file or folder"))
        return
    kind = file_kind(path)
    try:
        if kind == ".warc":
            from newswire.io.warc import read_warc

            yield from read_warc(path)
        elif kind == ".jsonl":
            # Bytes, decoded line by line: one line that is not UTF-8 is that line's error.
            with open_binary(path) as handle:
                yield from _read_jsonl(handle, str(path))
        elif kind == ".json":
            yield _record(str(path), lambda: _parse_json(_read_text(path)))
        elif kind in HTML_SUFFIXES:
            yield _record(str(path), lambda: RawArticle(html=_read_decoded(path),
                                                        id=file_article_id(path, folder)))
        elif kind in TEXT_SUFFIXES:
            yield _record(str(path), lambda: article_from_text(_read_decoded(path),
                                                               id=file_article_id(path, folder)))
        else:
            yield Record(str(path), error=ArchiveError(f"{path}: unsupported file type"))
    except (OSError, EOFError) as exc:  # EOFError: a .gz cut short (the records before count)
        yield Record(str(path), error=ArchiveError(f"{path}: {exc}"))


def _read_stream(handle: IO[str], origin: str) -> Iterator[Record]:
    binary = getattr(handle, "buffer", None)  # the bytes, so a wrong encoding can be mended
    data: bytes | None = None
    if binary is not None:
        opening = _opening_lines(binary)
        if looks_like_json(_without_bom(b"".join(opening))):
            # JSON Lines piped in are read a line at a time, as a .jsonl file is: memory
            # stays flat however long the stream (``zcat archive.jsonl.gz | newswire replay -``).
            yield from _read_jsonl(itertools.chain(opening, binary), origin)
            return
        data = b"".join(opening) + binary.read()
    text = decode_page(data)[0] if data is not None else handle.read()
    if looks_binary(text):
        yield Record(origin, error=ArchiveError(f"{origin}: {NOT_TEXT}"))
    elif looks_like_json(text):
        # Lines end at "\n" only, as in a .jsonl file: str.splitlines() also splits at
        # U+2028, which JSON strings may hold raw (newswire export writes them so). Split
        # the bytes piped in, as a .jsonl file's are: a line that is not UTF-8 is that
        # line's dead letter, with the exact bytes, not a text mended by a charset guess.
        lines: list[str] | list[bytes] = text.split("\n") if data is None else data.split(b"\n")
        yield from _read_jsonl(lines, origin)
    else:
        yield _record(origin, lambda: article_from_text(text))


def _opening_lines(binary: BinaryIO) -> list[bytes]:
    """The stream's first line with something on it, and the blank lines before it: enough
    to tell JSON Lines from one plain-text article without reading the rest."""
    lines = [binary.readline()]
    while lines[-1] and not lines[-1].strip():
        lines.append(binary.readline())
    return lines


def _read_jsonl(lines: Iterable[str | bytes], origin: str) -> Iterator[Record]:
    """The records of JSON Lines, a file's or piped in; a UTF-8 byte order mark before the
    first line is dropped (RFC 8259 lets a reader ignore it), so the same bytes read the
    same from a file and from standard input."""
    for number, line in enumerate(lines, start=1):
        read = _without_bom(line) if number == 1 else line
        if read.strip():
            yield _line_record(f"{origin}:{number}", read)


def _without_bom(line: str | bytes) -> str | bytes:
    if isinstance(line, bytes):
        return line.removeprefix(codecs.BOM_UTF8)
    return line.removeprefix("\ufeff")


def _line_record(origin: str, line: str | bytes) -> Record:
    """A JSON Lines line's article; a line that is none keeps its bytes (without the line
    end) and the error the worker gives those bytes (DecodeError: not UTF-8 or not JSON;
    SchemaError: not a RawArticle; same reason, after ``FILE:LINE``), for ``replay`` to
    dead-letter."""
    try:
        return Record(origin, article=_parse_json(line))
    except (ValueError, UnicodeDecodeError) as exc:  # ValidationError is a ValueError
        raw = (line.encode("utf-8") if isinstance(line, str) else line).rstrip(b"\r\n")
        return Record(origin, error=_line_error(origin, raw, exc), original=raw)


def _line_error(origin: str, raw: bytes, exc: ValueError) -> InputError:
    """The worker's error for ``raw`` read as RawArticle JSON, its reason after ``origin``."""
    try:
        RawArticle.model_validate_json(raw)
    except ValidationError as worker_error:
        said = json_error(worker_error)
        return type(said)(f"{origin}: {said.message}")
    # The worker would take these bytes (json.loads and pydantic differ): say json's reason.
    return DecodeError(f"{origin}: {exc}")


def _parse_json(text: str | bytes) -> RawArticle:
    if isinstance(text, bytes):
        text = text.decode("utf-8")  # json.loads would also take UTF-16 and UTF-32
    return RawArticle.model_validate(json.loads(text))


def _record(origin: str, read: Callable[[], RawArticle]) -> Record:
    try:
        return Record(origin, article=read())
    except ValidationError as exc:  # before ValueError, its base: one line, not pydantic's
        return Record(origin, error=ArchiveError(
            f"{origin}: not a RawArticle: {validation_summary(exc)}"))
    except (ValueError, UnicodeDecodeError) as exc:
        return Record(origin, error=ArchiveError(f"{origin}: {exc}"))


def _open_text(path: Path) -> IO[str]:
    if path.suffix == ".gz":
        return gzip.open(path, "rt", encoding="utf-8")
    return path.open(encoding="utf-8")


def _read_decoded(path: Path) -> str:
    with open_binary(path) as handle:
        text = decode_page(handle.read())[0]
    if looks_binary(text):  # random bytes decode "in some charset" too
        raise ValueError(NOT_TEXT)
    return text


def _read_text(path: Path) -> str:
    with _open_text(path) as handle:
        return handle.read()
