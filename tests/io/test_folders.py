"""A folder's files as the commands read them: NFC ids, symbolic links to folders followed
out of the folders named and skipped (with why) into or above them."""

from __future__ import annotations

import os
import unicodedata
from pathlib import Path

import pytest

from newswire.io.archive import count_records, read_paths
from newswire.io.folders import Met, folder_files

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
    ({"archive/2024/01/copy.txt": "story.txt"},             # a file inside: read once
     ["2024/01/story"], ["archive/2024/01/copy.txt: not read, a link to "
                         "TMP/archive/2024/01/story.txt, inside TMP/archive (named, so it is "
                         "read under its own path)"]),
    ({"archive/old.txt": "../cold/2019/01/old.txt"},        # a file outside: read, as before
     ["2024/01/story", "old"], []),
], ids=["out-followed", "up-a-loop", "to-itself", "inside", "second-link", "out-and-back",
        "missing-target", "loop-of-links", "linked-file-inside", "linked-file-outside"])
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


def hard_link(root: Path, links: dict[str, str]) -> None:
    """Hard links: a new path inside ``root`` -> an existing file (``ln TARGET PATH``)."""
    for name, target in links.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).hardlink_to(root / target)


SAME = ": not read, the same file as "
TWICE = ", read there (one file, two names)"


@pytest.mark.parametrize(("hard", "links", "named", "expected_ids", "expected_skips"), [
    ({"b/h.txt": "a/1.txt"}, {}, ["a", "b"], ["1", "sub/2", "3"],   # into two folders named
     ["b/h.txt" + SAME + "a/1.txt" + TWICE]),
    ({"b/1.txt": "a/1.txt"}, {}, ["a", "b"], ["1", "sub/2", "3"],   # one id (no clash): was
     ["b/1.txt" + SAME + "a/1.txt" + TWICE]),                       # sent twice as `1`
    ({"a/h.txt": "a/1.txt"}, {}, ["a"], ["1", "sub/2"],             # two names in one folder
     ["a/h.txt" + SAME + "a/1.txt" + TWICE]),
    ({}, {"a/x.txt": "../ext/4.txt", "b/y.txt": "../ext/4.txt"}, ["a", "b"],  # two links to
     ["1", "sub/2", "x", "3"], ["b/y.txt" + SAME + "a/x.txt" + TWICE]),       # one outside
    ({}, {"a/d": "../ext", "a/l.txt": "../ext/4.txt"}, ["a"],      # a followed link's file
     ["1", "d/4", "d/s/5", "sub/2"], ["a/l.txt" + SAME + "a/d/4.txt" + TWICE]),  # and link
    ({}, {"a/d": "../ext"}, ["a", "ext/4.txt"], ["1", "d/s/5", "sub/2", "4"],  # named, and
     ["a/d/4.txt" + SAME + "ext/4.txt, named (so it is read under that name)"]),  # met
    ({"a/h.txt": "ext/4.txt"}, {}, ["ext/4.txt", "a"], ["4", "1", "sub/2"],  # hard link of
     ["a/h.txt" + SAME + "ext/4.txt, named (so it is read under that name)"]),  # one named
    ({}, {"a/x.txt": "../ext/4.txt"}, ["a", "b"], ["1", "sub/2", "x", "3"], []),  # one link
    ({}, {"a/c.txt": "../ext/4.txt", "a/d": "../ext"}, ["a"],     # a link met before the
     ["1", "c", "d/s/5", "sub/2"], ["a/d/4.txt" + SAME + "a/c.txt" + TWICE]),  # followed
    ({}, {"a/d": "../ext", "b/l.txt": "../ext/s/5.txt"}, ["a", "b"],  # into a subfolder of
     ["1", "d/4", "d/s/5", "sub/2", "3"],                               # one followed, from
     ["b/l.txt" + SAME + "a/d/s/5.txt" + TWICE]),                       # another folder
    ({}, {"a/d": "../ext", "a/e": "../ext/s"}, ["a"],             # a second link into it
     ["1", "d/4", "d/s/5", "sub/2"], ["a/e: not followed, a folder already read as a/d/s"]),
    ({}, {"a/d": "../ext", "a/l.txt": "d/4.txt"}, ["a"],          # a link through the link
     ["1", "d/4", "d/s/5", "sub/2"], ["a/l.txt" + SAME + "a/d/4.txt" + TWICE]),
], ids=["hard-two-folders", "hard-one-id", "hard-one-folder", "two-links-outside",
        "link-and-followed", "named-and-followed", "hard-and-named", "one-link-as-before",
        "link-then-followed", "link-into-followed-sub", "folder-link-into-followed",
        "link-through-followed"])
def test_one_file_under_two_names_is_read_once(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, hard: dict[str, str],
        links: dict[str, str], named: list[str], expected_ids: list[str],
        expected_skips: list[str]) -> None:
    """One file (device, inode) met under two names in one command (hard links, two links
    to one file out of the folders named, a file named and reached through a followed
    link) was read twice, a duplicate event for consumers (under two ids, or one id twice);
    now it is read once, under the first name met (the name named, for a file named), and
    the other name is one skipped line; the progress bar's count is the records read."""
    monkeypatch.chdir(tmp_path)
    write_tree(tmp_path, ["a/1.txt", "a/sub/2.txt", "b/3.txt", "ext/4.txt", "ext/s/5.txt"])
    hard_link(tmp_path, hard)
    link(tmp_path, links)
    records = list(read_paths(named))
    assert [r.article.id for r in records if r.article] == expected_ids
    assert [r.skipped for r in records if r.skipped] == expected_skips
    assert [r.error for r in records] == [None] * len(records)
    assert count_records(named) == len(records)


@pytest.mark.parametrize(("hard", "links", "kept"), [
    ({}, {}, 0),
    ({"a/h.txt": "a/1.txt"}, {}, 1),
    ({}, {"a/d": "../ext"}, 0),                                   # plain files under a link
    ({"ext/h.txt": "ext/4.txt"}, {"a/d": "../ext"}, 1),            # a hard link under it
    ({}, {"a/d": "../ext", "a/x.txt": "../ext/4.txt"}, 0),         # its file linked after
    ({}, {"a/c.txt": "../ext/4.txt", "a/d": "../ext"}, 1),         # a link met before it
], ids=["plain-files", "one-hard-link", "followed-link", "hard-link-under-followed",
        "link-after-followed", "link-before-followed"])
def test_only_files_another_name_could_reach_are_kept(
        tmp_path: Path, hard: dict[str, str], links: dict[str, str], kept: int) -> None:
    """The (device, inode) of a file is kept only when another name could reach it (a
    hard-linked file, once for both names; a link's target met before its folder): a tree
    of plain files keeps none, memory flat, also under a followed folder link (each of its
    files was kept: some 300 MB for a million files; a link to one finds its folder)."""
    write_tree(tmp_path, ["a/1.txt", "a/sub/2.txt", "a/3.txt", "ext/4.txt", "ext/s/5.txt"])
    hard_link(tmp_path, hard)
    link(tmp_path, links)
    met = Met()
    list(folder_files(tmp_path / "a", met=met))
    assert len(met.files) == kept


def test_a_listing_without_inodes_asks_each_file(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """On Windows a listing's stat has inode, device and link count 0: every file would be
    "the same file" as the first one kept; the file's own stat is asked instead, so the
    same files are read and the same hard link skipped as where the listing has them."""
    monkeypatch.chdir(tmp_path)
    write_tree(tmp_path, ["a/1.txt", "a/sub/2.txt", "ext/4.txt"])
    hard_link(tmp_path, {"a/h.txt": "a/1.txt"})
    link(tmp_path, {"a/d": "../ext"})
    scandir = os.scandir

    class NoInode:
        def __init__(self, entry: os.DirEntry[str]) -> None:
            self.entry = entry

        def __getattr__(self, name: str) -> object:
            return getattr(self.entry, name)

        def stat(self) -> os.stat_result:
            status = list(self.entry.stat())
            status[1:4] = [0, 0, 0]  # st_ino, st_dev, st_nlink, as Windows lists them
            return os.stat_result(status)

    class Listing:
        def __init__(self, path: str) -> None:
            self.listing = scandir(path)

        def __enter__(self) -> list[NoInode]:
            with self.listing as entries:
                return [NoInode(entry) for entry in entries]

        def __exit__(self, *exc: object) -> None:
            return None

    monkeypatch.setattr(os, "scandir", Listing)
    records = list(read_paths(["a"]))
    assert [r.article.id for r in records if r.article] == ["1", "d/4", "sub/2"]
    assert [r.skipped for r in records if r.skipped] == ["a/h.txt" + SAME + "a/1.txt" + TWICE]


@pytest.mark.parametrize(("unlisted", "expected_ids"), [
    ("a/d", ["1", "sub/2", "z"]),              # its file's folder not listed: read as z
    ("a/d/s", ["1", "d/4", "sub/2"]),          # another folder not listed: read there
], ids=["link-into-unlisted", "link-beside-unlisted"])
def test_a_link_into_a_followed_folder_that_cannot_be_listed_is_read(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, unlisted: str,
        expected_ids: list[str]) -> None:
    """A followed folder whose listing fails read none of its files: a link to one of them
    is read (not skipped as "read there"), once; a link into a folder that was listed is
    still skipped, its file read there."""
    monkeypatch.chdir(tmp_path)
    write_tree(tmp_path, ["a/1.txt", "a/sub/2.txt", "ext/4.txt", "ext/s/5.txt"])
    link(tmp_path, {"a/d": "../ext", "a/z.txt": "../ext/4.txt"})
    scandir = os.scandir

    def listing(path: str) -> object:
        if os.fspath(path) == unlisted:
            raise PermissionError(13, "Permission denied", path)
        return scandir(path)

    monkeypatch.setattr(os, "scandir", listing)
    records = list(read_paths(["a"]))
    assert [r.article.id for r in records if r.article] == expected_ids
    assert [r.origin for r in records if r.error] == [unlisted]
