"""The article id of a .txt or .html file read from a folder: its path inside the folder
named on the command line, so files of one name in different folders stay apart."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from newswire.io.archive import file_article_id, read_paths
from newswire.models import MAX_ID_CHARS


def write_tree(root: Path, names: list[str]) -> None:
    """One small article per name (a path inside ``root``), each with its own text."""
    for name in names:
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        text = f"Story {name}\nSomething happened in {name}."
        if name.endswith(".html"):
            text = f"<html><body><p>Something happened in {name}.</p></body></html>"
        (root / name).write_text(text, encoding="utf-8")


def ids_read(paths: list[str]) -> list[str]:
    """The article ids ``read_paths`` gives, in its order; no record may be an error."""
    records = list(read_paths(paths))
    assert [r.error for r in records] == [None] * len(records)
    return [r.article.id for r in records if r.article and r.article.id]


@pytest.mark.parametrize(("files", "named", "expected"), [
    (["2024/01/story.txt", "2024/02/story.txt"], "archive",
     ["2024/01/story", "2024/02/story"]),                     # were both "story"
    (["a/1.txt", "b/1.html"], "archive", ["a/1", "b/1"]),     # were both "1"
    (["000_93293b0fcdc47d96.txt", "b.html"], "archive",       # a flat folder: as before
     ["000_93293b0fcdc47d96", "b"]),
    (["2024/01/story.txt", "2024/02/story.txt"], "archive/2024",  # inside the folder named
     ["01/story", "02/story"]),
    (["2024/01/story.txt"], "archive/2024/01/story.txt", ["story"]),  # a file named: its stem
    (["2024/01/story.md", "2024/01/page.htm"], "archive", ["2024/01/page", "2024/01/story"]),
], ids=["month-folders", "text-and-page", "flat-folder-unchanged", "a-subfolder-named",
        "a-file-named-keeps-its-stem", "other-extensions"])
def test_a_file_in_a_folder_is_its_path_inside_it(tmp_path: Path, files: list[str],
                                                   named: str, expected: list[str]) -> None:
    """A .txt/.html file read from a folder has the id of its path inside the folder named,
    without the extension, "/" between folders; a file named on its own, its stem."""
    write_tree(tmp_path / "archive", files)
    assert ids_read([str(tmp_path / named)]) == expected


@pytest.mark.parametrize("spelling", ["absolute", "trailing-slash", "relative", "dot"])
def test_every_way_of_naming_the_folder_gives_the_same_ids(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, spelling: str) -> None:
    """`replay /abs/archive`, `replay archive/`, `replay ./archive` and `replay .` from inside
    it give one set of ids: a second replay of the tree repeats the first's ids."""
    write_tree(tmp_path / "archive", ["2024/01/story.txt", "2024/02/story.html"])
    where, named = {
        "absolute": (tmp_path, str(tmp_path / "archive")),
        "trailing-slash": (tmp_path, "archive/"),
        "relative": (tmp_path, "./archive"),
        "dot": (tmp_path / "archive", "."),
    }[spelling]
    monkeypatch.chdir(where)
    assert ids_read([named]) == ["2024/01/story", "2024/02/story"]


DEEP = "/".join(["a-folder-with-a-long-name-" + "x" * 30] * 12)


@pytest.mark.parametrize(("inside", "expected"), [
    ("2024/01/story.txt", "2024/01/story"),
    ("2024/01/story.txt.gz", "2024/01/story.txt"),  # the last extension, as a file's stem
    ("story.html", "story"),
    (f"{DEEP}/story.txt", None),  # over the id limit: a hash of the path, then the name
], ids=["nested", "gzipped", "at-the-top", "over-the-id-limit"])
def test_file_article_id(inside: str, expected: str | None) -> None:
    """The id of a file inside a folder; a path over MAX_ID_CHARS becomes a hash of it and
    the file's stem, within the limit and still one id per path."""
    folder = Path("/archive")
    got = file_article_id(folder / inside, folder)
    if expected is not None:
        assert got == expected
    else:
        assert len(inside) > MAX_ID_CHARS >= len(got)
        assert got.endswith("/story")
        assert got != file_article_id(folder / "b" / inside, folder)
        assert got == file_article_id(folder / inside, folder)


@pytest.mark.parametrize(("files", "expected"), [
    (["2024/story.txt.gz"], ["2024/story.txt"]),
    (["page.html.gz"], ["page.html"]),
    (["story.txt", "story.txt.gz"], ["story", "story.txt"]),  # two articles, as documented
], ids=["text", "page", "plain-and-gzipped"])
def test_a_gzipped_files_id_keeps_its_inner_extension(
        tmp_path: Path, files: list[str], expected: list[str]) -> None:
    """A .txt.gz or .html.gz of a folder is read as the file inside, and its id keeps the
    inner extension, as every release gave it (README: kept so that archives replayed
    before get the same ids; gzipping a replayed folder gives new ones)."""
    write_tree(tmp_path / "archive", [name.removesuffix(".gz") for name in files])
    for name in files:
        if name.endswith(".gz"):
            plain = tmp_path / "archive" / name.removesuffix(".gz")
            (tmp_path / "archive" / name).write_bytes(gzip.compress(plain.read_bytes()))
            if name.removesuffix(".gz") not in files:
                plain.unlink()
    assert ids_read([str(tmp_path / "archive")]) == expected
