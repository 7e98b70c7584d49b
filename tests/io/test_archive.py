"""Reading articles from files: each format, and unreadable records reported, not dropped."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

from newswire.io.archive import read_paths


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
