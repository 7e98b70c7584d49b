"""Reading articles from files: each format, and unreadable records reported, not dropped."""

from __future__ import annotations

import gzip
import io
import json
import sys
from pathlib import Path

import pytest

from newswire.io.archive import count_records, read_paths


def test_reads_each_format(tmp_path: Path) -> None:
    """.txt, .html, .json, .jsonl and .jsonl.gz all become articles."""
    (tmp_path / "a.txt").write_text("Title A\nBody A", encoding="utf-8")
    (tmp_path / "b.html").write_text("<html><p>Body B</p></html>", encoding="utf-8")
    (tmp_path / "c.json").write_text(json.dumps({"id": "c", "text": "C"}), encoding="utf-8")
    (tmp_path / "d.jsonl").write_text('{"id": "d1", "text": "x"}\n\n{"id": "d2"}\n')
    with gzip.open(tmp_path / "e.jsonl.gz", "wt") as handle:
        handle.write('{"id": "e1", "text": "y"}\n')
    records = list(read_paths([str(tmp_path)]))
    assert [r.error for r in records] == [None] * 6
    ids = [r.article.id for r in records if r.article]
    assert ids == ["a", "b", "c", "d1", "d2", "e1"]
    assert records[0].article is not None
    assert records[0].article.title == "Title A"


def test_bad_records_are_reported(tmp_path: Path) -> None:
    """A broken JSON line and an unknown file type come back as errors with their origin."""
    (tmp_path / "a.jsonl").write_text('{"id": "ok"}\n{broken\n')
    (tmp_path / "b.bin").write_bytes(b"\x00")
    records = list(read_paths([str(tmp_path)]))
    assert [r.article.id for r in records if r.article] == ["ok"]
    errors = [str(r.error) for r in records if r.error]
    assert len(errors) == 2
    assert "a.jsonl:2" in errors[0]
    assert "unsupported" in errors[1]


PAGE = ("<html><head>{meta}<title>Café crème à Paris</title></head><body><article>"
        "<p>Le café de la place était plein mardi, a déclaré le maire, Hélène Durand.</p>"
        "</article></body></html>")
TEXT = "Café crème à Paris\nLe café de la place était plein mardi, a déclaré le maire."


@pytest.mark.parametrize(("name", "data", "expected"), [
    ("utf8-declared-latin1.html",
     PAGE.format(meta='<meta charset="iso-8859-1">').encode("utf-8"), "Hélène Durand"),
    ("cp1252-declared-utf8.html",
     PAGE.format(meta='<meta charset="utf-8">').encode("cp1252"), "Hélène Durand"),
    ("cp1252-undeclared.html", PAGE.format(meta="").encode("cp1252"), "Hélène Durand"),
    ("stray-bytes.html",
     PAGE.format(meta="").encode("utf-8").replace(b"<article>", b"<article>\xff\xfe"),
     "Hélène Durand"),
    ("latin1.txt", TEXT.encode("latin-1"), "était plein"),
    ("utf16.txt", TEXT.encode("utf-16"), "était plein"),
    ("shift-jis.html", "<html><body><p>市長は「重要だ」と述べた。東京で会議が開かれた。</p>"
     "</body></html>".encode("shift_jis"), "東京"),
], ids=["utf8-declared-latin1", "cp1252-declared-utf8", "cp1252-undeclared", "stray-bytes",
        "latin1-text", "utf16-text", "shift-jis-undeclared"])
def test_files_in_wrong_or_broken_encodings_are_read(tmp_path: Path, name: str, data: bytes,
                                                     expected: str) -> None:
    """A page or text file that is not valid UTF-8 (or lies about its charset) is decoded."""
    (tmp_path / name).write_bytes(data)
    [record] = list(read_paths([str(tmp_path / name)]))
    assert record.error is None
    assert record.article is not None
    assert expected in (record.article.html or record.article.text or "")


# Random bytes, reproducible: what a misnamed image or archive looks like.
GARBAGE = bytes((index * 7919 + index // 13 * 104729) % 256 for index in range(4000))


@pytest.mark.parametrize("name", ["garbage.txt", "garbage.html", "-"])
def test_binary_content_is_reported_not_sent(tmp_path: Path, name: str,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    """A .txt, .html or standard input of binary content is an error naming it: decoded "in
    some charset" it used to be sent (and enriched) as a text of replacement characters."""
    if name == "-":
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(GARBAGE)))
    else:
        (tmp_path / name).write_bytes(GARBAGE)
    [record] = list(read_paths([name if name == "-" else str(tmp_path / name)]))
    assert record.article is None
    assert "binary content, not text" in str(record.error)


def test_stdin_that_is_not_utf8_is_read(monkeypatch: pytest.MonkeyPatch) -> None:
    """Text piped in another encoding becomes an article that can be sent (no surrogates)."""
    piped = io.TextIOWrapper(io.BytesIO(TEXT.encode("latin-1")), encoding="utf-8",
                             errors="surrogateescape")
    monkeypatch.setattr(sys, "stdin", piped)
    [record] = list(read_paths(["-"]))
    assert record.article is not None
    assert record.article.text is not None
    assert "était plein" in record.article.text
    record.article.model_dump_json().encode("utf-8")


def test_stdin_text_opening_with_a_brace_is_plain_text(monkeypatch: pytest.MonkeyPatch) -> None:
    """Piped text whose headline opens with a brace is one article, not broken JSON lines."""
    piped = io.TextIOWrapper(io.BytesIO(b"{Breaking} Floods in Valencia\nRain fell."),
                             encoding="utf-8")
    monkeypatch.setattr(sys, "stdin", piped)
    [record] = list(read_paths(["-"]))
    assert record.article is not None, record.error
    assert record.article.title == "{Breaking} Floods in Valencia"


@pytest.mark.parametrize(("piped", "ids", "bad_lines"), [
    ('{"id": "a", "text": "one\u2028two"}\n{"id": "b", "text": "ok"}\n', ["a", "b"], []),
    ('{"id": "a", "text": "next\u0085line\u2029para"}\r\n', ["a"], []),
    ('{"id": "a", "text": "ok"}\nnot json\n{"id": "c", "text": "ok"}', ["a", "c"],
     ["<stdin>:2"]),
], ids=["line-separator-in-a-string", "nel-and-paragraph-separator", "a-bad-line"])
def test_json_lines_on_stdin_end_at_newlines_only(monkeypatch: pytest.MonkeyPatch, piped: str,
                                                  ids: list[str], bad_lines: list[str]) -> None:
    """JSON Lines piped in are split at "\\n" as a .jsonl file is: a U+2028, U+2029 or NEL
    inside a string (JSON allows them raw; `export` writes U+2028 so) stays in its article,
    not two lines that replay would dead-letter, losing the article."""
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(piped.encode("utf-8")),
                                                       encoding="utf-8"))
    records = list(read_paths(["-"]))
    assert [r.article.id for r in records if r.article] == ids
    assert [r.origin for r in records if r.error] == bad_lines


@pytest.mark.parametrize(("bad_line", "error_type"), [
    (b'{"id": "b", "text": "caf\xe9"}', "DecodeError"),
    (b'{not json, caf\xe9}', "DecodeError"),
    (b'{"id": "b", "text": "caf\xc3\xa9", "title": 5}', "SchemaError"),
], ids=["latin-1-article", "latin-1-junk", "utf-8-not-a-raw-article"])
def test_a_bad_line_on_stdin_keeps_the_bytes_piped_in(monkeypatch: pytest.MonkeyPatch,
                                                      bad_line: bytes, error_type: str) -> None:
    """A JSON Lines line piped in that is no article keeps its exact bytes as ``original``,
    as in a .jsonl file; the whole input used to be decoded by a charset guess first, so a
    Latin-1 line became a mended article or a dead letter of re-encoded text."""
    piped = b'{"id": "a", "text": "ok"}\n' + bad_line + b'\r\n{"id": "c", "text": "ok"}\n'
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(piped), encoding="utf-8"))
    records = list(read_paths(["-"]))
    assert [r.article.id for r in records if r.article] == ["a", "c"]
    [bad] = [r for r in records if r.error]
    assert (bad.origin, bad.original, type(bad.error).__name__) == \
        ("<stdin>:2", bad_line, error_type)


@pytest.mark.parametrize("piped", [False, True], ids=["jsonl-file", "standard-input"])
@pytest.mark.parametrize(("data", "ids", "bad"), [
    (b'\xef\xbb\xbf{"id": "a", "text": "ok"}\n{"id": "b", "text": "ok"}\n', ["a", "b"], []),
    (b'{"id": "a", "text": "ok"}\n\xef\xbb\xbf{"id": "b", "text": "ok"}\n', ["a"], [2]),
], ids=["bom-before-the-first-line", "bom-inside-the-data"])
def test_json_lines_read_the_same_from_a_file_and_piped_in(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path, piped: bool, data: bytes,
        ids: list[str], bad: list[int]) -> None:
    """The same JSON Lines bytes give the same records from a .jsonl file as on standard
    input: a byte order mark opening the data is dropped in both (the file refused its
    first line); one later in the data is that line's error."""
    path = tmp_path / "archive.jsonl"
    path.write_bytes(data)
    if piped:
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))
    records = list(read_paths(["-" if piped else str(path)]))
    assert [r.article.id for r in records if r.article] == ids
    assert [int(r.origin.rsplit(":", 1)[1]) for r in records if r.error] == bad


def test_a_json_item_of_wrong_types_is_reported_in_one_line(tmp_path: Path) -> None:
    """A JSON item with fields of the wrong type names the first field and the count, on one
    line, without pydantic's help links."""
    (tmp_path / "bad.json").write_text('{"title": 5, "text": [1]}', encoding="utf-8")
    (record,) = read_paths([str(tmp_path / "bad.json")])
    message = str(record.error)
    assert message.endswith("bad.json: not a RawArticle: title: Input should be a valid "
                            "string (+1 more)")
    assert "\n" not in message


def test_a_missing_or_broken_archive_is_counted_and_reported(tmp_path: Path) -> None:
    """`replay` counts its records first: a missing or broken .jsonl(.gz) counts as the one
    error record read_paths reports for it, instead of raising before anything is read."""
    (tmp_path / "broken.jsonl.gz").write_bytes(b"not gzip")
    paths = [str(tmp_path / "missing.jsonl"), str(tmp_path / "broken.jsonl.gz")]
    assert count_records(paths) == 2
    records = list(read_paths(paths))
    assert [r.article for r in records] == [None, None]
    assert "missing.jsonl" in str(records[0].error)


@pytest.mark.parametrize("name", ["seeds", "missing.txt", "missing.jsonl", "missing.html"])
def test_a_missing_path_is_reported_as_missing(tmp_path: Path, name: str) -> None:
    """A path that does not exist is reported as such, whatever its suffix (before: a
    missing folder such as ``seeds``, having none, was an "unsupported file type")."""
    [record] = list(read_paths([str(tmp_path / name)]))
    assert record.article is None
    assert str(record.error) == f"{tmp_path / name}: no such file or folder"


def test_a_jsonl_line_not_in_utf8_is_its_own_error_and_reading_goes_on(tmp_path: Path) -> None:
    """One line in Latin-1 in a .jsonl is reported with its line; the lines after it are read."""
    path = tmp_path / "feed.jsonl"
    path.write_bytes(b'{"id": "a", "text": "ok"}\n{"id": "b", "text": "caf\xe9"}\n'
                     b'{"id": "c", "text": "ok"}\n')
    records = list(read_paths([str(path)]))
    assert [r.article.id if r.article else None for r in records] == ["a", None, "c"]
    assert str(records[1].error).startswith(f"{path}:2: invalid RawArticle JSON: message: "
                                           "Invalid JSON: invalid unicode code point")
    assert count_records([str(path)]) == 3


@pytest.mark.parametrize(("line", "error_type", "message"), [
    (b"not json at all", "DecodeError",
     "invalid RawArticle JSON: message: Invalid JSON: expected ident at line 1 column 2"),
    (b'{"id": "b", "text": "caf\xe9"}', "DecodeError",
     "invalid RawArticle JSON: message: Invalid JSON: invalid unicode code point"),
    (b'{"id": "b",', "DecodeError",
     "invalid RawArticle JSON: message: Invalid JSON: EOF while parsing"),
    (b'{"title": 5}', "SchemaError",
     "invalid RawArticle JSON: title: Input should be a valid string"),
    (b"[1, 2]", "SchemaError", "invalid RawArticle JSON: message: Input should be an object"),
], ids=["not-json", "not-utf8", "cut-json", "wrong-type", "not-an-object"])
def test_a_jsonl_line_that_is_no_article_keeps_its_bytes_and_its_kind_of_error(
        tmp_path: Path, line: bytes, error_type: str, message: str) -> None:
    """A .jsonl line that is no article is a record with the line's bytes (no line end) and
    the worker's error for those bytes, DecodeError or SchemaError with the worker's reason
    (replay dead-letters it), after FILE:LINE; the lines around it are read."""
    path = tmp_path / "archive.jsonl"
    path.write_bytes(b'{"id": "a", "text": "ok"}\n' + line + b'\r\n{"id": "c", "text": "ok"}\n')
    first, bad, last = read_paths([str(path)])
    assert (first.article and first.article.id, last.article and last.article.id) == ("a", "c")
    assert (bad.article, bad.original, type(bad.error).__name__) == (None, line, error_type)
    assert str(bad.error).startswith(f"{path}:2: {message}")


@pytest.mark.parametrize(("name", "content"), [
    ("bad.json", b"not json"),
    ("missing.jsonl", None),
    ("a.pdf", b"%PDF-1.4"),
])
def test_a_file_that_is_no_article_carries_no_bytes(tmp_path: Path, name: str,
                                                    content: bytes | None) -> None:
    """Only a JSON Lines line carries its bytes: a whole file that cannot be read stays an
    ArchiveError without them (replay reports it, exit 1)."""
    if content is not None:
        (tmp_path / name).write_bytes(content)
    [record] = read_paths([str(tmp_path / name)])
    assert (record.article, record.original, type(record.error).__name__) == \
        (None, None, "ArchiveError")


def test_a_jsonl_gz_cut_short_keeps_its_records_and_says_so(tmp_path: Path) -> None:
    """A truncated .jsonl.gz (a download stopped midway) is an error record, not a crash."""
    whole = gzip.compress(b"".join(b'{"id": "%d", "text": "An article."}\n' % i
                                   for i in range(2000)))
    path = tmp_path / "cut.jsonl.gz"
    path.write_bytes(whole[: len(whole) // 2])
    records = list(read_paths([str(path)]))
    assert records[0].article is not None
    assert records[-1].article is None
    assert "ended before the end-of-stream marker" in str(records[-1].error)
    assert count_records([str(path)]) is not None


@pytest.mark.parametrize(("opening", "first_id"), [
    (b"", "a0"),
    (b"\n\n", "a0"),
    (b"\xef\xbb\xbf", "a0"),
], ids=["json-lines", "blank-lines-first", "byte-order-mark"])
def test_json_lines_on_stdin_are_read_a_line_at_a_time(monkeypatch: pytest.MonkeyPatch,
                                                       opening: bytes, first_id: str) -> None:
    """JSON Lines piped in are read as they come, as a .jsonl file is: the first article is
    given before the rest of the stream is read, so memory stays flat for a long replay."""
    piped = opening + b"".join(b'{"id": "a%d", "text": "ok"}\n' % n for n in range(2000))
    stream = io.BytesIO(piped)
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(stream, encoding="utf-8"))
    records = read_paths(["-"])
    first = next(records)
    assert first.article is not None
    assert first.article.id == first_id
    assert stream.tell() < len(piped) // 100
    assert sum(1 for _ in records) == 1999


@pytest.mark.parametrize(("files", "ids"), [
    (["a/new.txt", "b/new.txt"], ["new", "new"]),
    (["a/new.txt", "b/new.html"], ["new", "new"]),
    (["seeds/000_93293b0fcdc47d96.txt"], ["000_93293b0fcdc47d96"]),
])
def test_a_files_article_id_is_its_name_without_the_extension(
        tmp_path: Path, files: list[str], ids: list[str]) -> None:
    """As the README warns: two files of one name named on their own are one article (one
    command naming both is refused before reading: tests/cli/test_produce.py)."""
    for name in files:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("Title\nA body of text.", encoding="utf-8")
    records = list(read_paths([str(tmp_path / name) for name in files]))
    assert [r.article.id if r.article else r.error for r in records] == ids
