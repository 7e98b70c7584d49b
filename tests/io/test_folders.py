"""A folder's files as the commands read them: NFC ids, symbolic links to folders followed
out of the folders named and skipped (with why) into or above them, and the ids two paths
named would share refused."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from newswire.io.archive import count_records, read_paths
from newswire.io.folders import id_clash

NFC_CAFE = unicodedata.normalize("NFC", "café")
NFD_CAFE = unicodedata.normalize("NFD", "café")


def write_tree(root: Path, names: list[str]) -> None:
    """One small article per name (a path inside ``root``), each with its own text."""
    for name in names:
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(f"Story {name}\nSomething happened in {name}.", encoding="utf-8")


def link(root: Path, links: dict[str, str]) -> None:
    """Symbolic links: a path inside ``root`` -> its target, as ``ln -s TARGET PATH`` says it."""
    for name, target in links.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).symlink_to(target)


@pytest.mark.parametrize(("names", "named", "expected"), [
    ([f"{NFD_CAFE}.txt"], "archive", [NFC_CAFE]),                  # macOS (NFD) spelling
    ([f"{NFC_CAFE}.txt"], "archive", [NFC_CAFE]),                  # Linux (NFC): as it was
    ([f"{NFD_CAFE}/{NFD_CAFE}.html"], "archive", [f"{NFC_CAFE}/{NFC_CAFE}"]),  # folders too
    ([f"{NFD_CAFE}.txt"], f"archive/{NFD_CAFE}.txt", [NFC_CAFE]),  # a file named on its own
    (["Ko\u0304be.txt"], "archive", ["K\u014dbe"]),                # o + macron composes
], ids=["nfd-file", "nfc-file", "nfd-folder", "nfd-file-named", "macron"])
def test_a_files_id_is_nfc_whatever_form_its_name_is_in(
        tmp_path: Path, names: list[str], named: str, expected: list[str]) -> None:
    """A .txt/.html file's id is Unicode NFC: a tree copied from macOS (NFD names) gives the
    ids it gives on Linux, so a replay of either copy is the same articles."""
    write_tree(tmp_path / "archive", names)
    records = list(read_paths([str(tmp_path / named)]))
    assert [r.article.id for r in records if r.article] == expected


def test_a_name_that_is_not_utf8_is_reported_not_sent(tmp_path: Path) -> None:
    """A file whose name is no UTF-8 (Latin-1 bytes) is one error naming it, not a pydantic
    message about the id; the other files are read."""
    folder = tmp_path / "archive"
    write_tree(folder, ["fine.txt"])
    (folder / "caf\udce9.txt").write_bytes(b"Title\nBody text.")  # the byte 0xE9 undecoded
    records = list(read_paths([str(folder)]))
    assert [r.article.id for r in records if r.article] == ["fine"]
    assert [str(r.error).split(": ", 1)[1] for r in records if r.error] == [
        "its name is not UTF-8: rename it"]


@pytest.mark.parametrize(("links", "expected_ids", "expected_skips"), [
    ({"archive/2019": "../cold/2019"},                     # out of the folder: followed
     ["2019/01/old", "2024/01/story"], []),
    ({"archive/up": ".."},                                  # above it: a loop, not followed
     ["2024/01/story"], ["archive/up: not followed, a link to TMP, which holds TMP/archive"]),
    ({"archive/2024/01/here": "."},                         # to its own folder
     ["2024/01/story"], ["archive/2024/01/here: not followed, a link to TMP/archive/2024/01,"
                         " inside TMP/archive (named"]),
    ({"archive/latest": "2024"},                            # inside: read under its own path
     ["2024/01/story"], ["archive/latest: not followed, a link to TMP/archive/2024, inside"]),
    ({"archive/a": "../cold", "archive/b": "../cold"},      # one folder by two links
     ["2024/01/story", "a/2019/01/old"],
     ["archive/b: not followed, a folder already read as TMP/archive/a"]),
    ({"archive/2019": "../cold/2019", "cold/2019/back": "../../archive"},  # out and back in
     ["2019/01/old", "2024/01/story"],
     ["archive/2019/back: not followed, a link to TMP/archive, inside TMP/archive (named"]),
    ({"archive/gone": "../nowhere"},                        # a missing target
     ["2024/01/story"], ["archive/gone: a link to nothing"]),
    ({"archive/l1": "l2", "archive/l2": "l1"},              # a loop of links
     ["2024/01/story"], ["archive/l1: a link to nothing", "archive/l2: a link to nothing"]),
    ({"archive/2024/01/copy.txt": "story.txt"},             # a linked file: read, as before
     ["2024/01/copy", "2024/01/story"], []),
], ids=["out-followed", "up-a-loop", "to-itself", "inside", "second-link", "out-and-back",
        "missing-target", "loop-of-links", "linked-file"])
def test_links_to_folders_are_followed_out_and_skipped_with_why_otherwise(
        tmp_path: Path, links: dict[str, str], expected_ids: list[str],
        expected_skips: list[str]) -> None:
    """A link to a folder out of the folder named is followed (ids through the link's path);
    one into or above it, to a folder already read, or to nothing is one skipped record
    that names it and says why, so no walk loops and no file is read under two ids; the
    progress bar's count is the records read."""
    write_tree(tmp_path / "archive", ["2024/01/story.txt"])
    write_tree(tmp_path / "cold", ["2019/01/old.txt"])
    link(tmp_path, links)
    records = list(read_paths([str(tmp_path / "archive")]))
    assert [r.article.id for r in records if r.article] == expected_ids
    skips = [(r.skipped or "").replace(str(tmp_path), "TMP").removeprefix("TMP/")
             for r in records if r.skipped]
    assert len(skips) == len(expected_skips)
    for said, expected in zip(skips, expected_skips, strict=True):
        assert said.startswith(expected)
    assert [r.error for r in records] == [None] * len(records)
    assert count_records([str(tmp_path / "archive")]) == len(records)


def test_a_link_into_another_folder_named_is_not_followed(tmp_path: Path) -> None:
    """`replay archive cold` with archive/2019 -> cold/2019: cold's files are read once,
    under cold's ids, not again through the link."""
    write_tree(tmp_path / "archive", ["2024/01/story.txt"])
    write_tree(tmp_path / "cold", ["2019/01/old.txt"])
    link(tmp_path, {"archive/2019": "../cold/2019"})
    records = list(read_paths([str(tmp_path / "archive"), str(tmp_path / "cold")]))
    assert [r.article.id for r in records if r.article] == ["2024/01/story", "2019/01/old"]
    assert [r.origin for r in records if r.skipped] == [str(tmp_path / "archive/2019")]


@pytest.mark.parametrize(("names", "named", "expected"), [
    (["a/1.txt", "b/1.txt"], ["a", "b"],
     "a/1.txt and b/1.txt would both be article '1' (a file's id is its path inside the "
     "folder named); name one folder that holds both (newswire replay . gives them 'a/1' and "
     "'b/1'), or rename one"),
    (["a/1.txt", "b/1.html"], ["a", "b"], "a/1.txt and b/1.html would both be"),
    (["a/1.txt", "b/1.txt"], ["a/1.txt", "b/1.txt"], "a/1.txt and b/1.txt would both"),
    (["a/1.txt", "a/sub/1.txt"], ["a", "a/sub"],
     "a/1.txt and a/sub/1.txt would both be article '1' (a file's id is its path inside the "
     "folder named); name one folder that holds both (newswire replay a gives them '1' and "
     "'sub/1'), or rename one"),
    ([f"a/{NFC_CAFE}.txt", f"b/{NFD_CAFE}.txt"], ["a", "b"],
     f"would both be article '{NFC_CAFE}'"),
    (["x/2024/01/s.txt", "y/2024/01/s.txt"], ["x/2024", "y/2024"],
     "(newswire replay . gives them 'x/2024/01/s' and 'y/2024/01/s')"),
    (["srv/a/1.txt", "srv/b/1.txt"], ["TMP/srv/a", "TMP/srv/b"],  # absolute, as typed
     "(newswire replay TMP/srv gives them 'a/1' and 'b/1')"),
    (["a/1.txt", "b/1.txt", "x/2.txt"], ["x/../a", "b"],       # ".." in a path named
     "(newswire replay . gives them 'a/1' and 'b/1')"),
    (["a/1.txt", "b/2.txt"], ["a", "b"], None),                 # no shared id
    (["a/x/1.txt", "b/y/1.txt"], ["a", "b"], None),             # x/1 and y/1
    (["a/1.txt"], ["a", "a"], None),                            # one folder twice
    (["a/1.txt"], ["a", "a/1.txt"], None),                      # one file twice
    (["a/1.txt", "a/1.html"], ["a/1.txt", "a/1.html"], None),   # one folder's pair
    (["a/1.txt", "b/1.txt"], ["a"], None),                      # one path named
    (["a/1.txt", "b/1.jsonl"], ["a", "b"], None),               # JSON: its own ids
    (["a/1.txt"], ["a", "-"], None),                            # standard input
], ids=["two-folders", "text-and-page", "two-files", "folder-and-subfolder", "nfc-and-nfd",
        "deep", "absolute", "dot-dot", "distinct", "distinct-paths", "folder-twice", "file-twice",
        "one-folders-pair", "one-path", "jsonl", "stdin"])
def test_two_paths_named_whose_files_share_an_id_are_refused(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, names: list[str], named: list[str],
        expected: str | None) -> None:
    """Two different files of different paths named that would be one article are refused
    with both files, the id and a folder naming which tells them apart; files that naming
    their folder would not tell apart (one folder's text and page of one name) and one file
    named twice are no clash."""
    monkeypatch.chdir(tmp_path)
    write_tree(tmp_path, names)
    clash = id_clash([path.replace("TMP", str(tmp_path)) for path in named], "replay")
    if expected is None:
        assert clash is None
    else:
        assert clash is not None
        assert expected.replace("TMP", str(tmp_path)) in clash



@pytest.mark.parametrize("named", [["a", "b"], ["a/1.txt", "b/1.txt"]],
                         ids=["folders", "files"])
def test_one_file_under_two_names_is_no_clash(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, named: list[str]) -> None:
    """One file reached by two paths whose real paths differ (b/1.txt a hard link to a/1.txt
    here; on macOS or Windows also `replay Archive archive`, whose real paths keep the case
    typed) is one file named twice, not two files sharing an id: compared by device and
    inode, it is no clash."""
    monkeypatch.chdir(tmp_path)
    write_tree(tmp_path, ["a/1.txt"])
    (tmp_path / "b").mkdir()
    (tmp_path / "b/1.txt").hardlink_to(tmp_path / "a/1.txt")
    assert id_clash(named, "replay") is None
