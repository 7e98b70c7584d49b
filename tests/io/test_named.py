"""The paths named on one command line: a path inside another folder named, or named twice,
is read once, as part of that folder (its ids), and said; two links to one outside folder
from two folders named read it once."""

from __future__ import annotations

import errno
import os
import tempfile
from collections import Counter
from pathlib import Path
from typing import cast

import pytest

from newswire.io import named
from newswire.io.archive import count_records, read_paths
from newswire.io.records import Record
from newswire.io.scan import Scan, scan_paths
from tests.io.test_folders import link, write_tree

TREE = ["a/1.txt", "a/sub/2.txt", "b/3.txt", "ext/4.txt"]


@pytest.mark.parametrize(("links", "named", "expected_ids", "expected_skips"), [
    ({}, ["a", "a/sub"], ["1", "sub/2"],
     ["a/sub: not read on its own, inside a (named): read there, once"]),
    ({}, ["a/sub", "a"], ["1", "sub/2"],                # the order named: the same ids
     ["a/sub: not read on its own, inside a (named): read there, once"]),
    ({}, ["a/sub/2.txt", "a"], ["1", "sub/2"],          # a file inside a folder named
     ["a/sub/2.txt: not read on its own, inside a (named): read there, once"]),
    ({}, ["a", "./a/"], ["1", "sub/2"], ["./a/: named twice (as a), read once"]),
    ({}, ["a/1.txt", "a/1.txt"], ["1"], ["a/1.txt: named twice (as a/1.txt), read once"]),
    ({"lnk": "a"}, ["a", "lnk"], ["1", "sub/2"],        # a link named to a folder named
     ["lnk: named twice (as a), read once"]),
    ({"in": "a/sub"}, ["in", "a"], ["1", "sub/2"],      # a link named into a folder named
     ["in: not read on its own, inside a (named): read there, once"]),
    ({"a/x": "../ext", "b/y": "../ext"}, ["a", "b"],    # two links to one outside folder
     ["1", "sub/2", "x/4", "3"], ["b/y: not followed, a folder already read as a/x"]),
    ({"latest.txt": "ext/4.txt"}, ["latest.txt", "ext/4.txt"], ["4"],  # a file and a link
     ["latest.txt: named twice (as ext/4.txt), read once"]),          # to it: its own name,
    ({"latest.txt": "ext/4.txt"}, ["ext/4.txt", "latest.txt"], ["4"],  # in either order
     ["latest.txt: named twice (as ext/4.txt), read once"]),
    ({"a/l.txt": "../ext/4.txt"}, ["a", "ext/4.txt"],  # a link in a folder named to a
     ["1", "sub/2", "4"],                               # file named: read as the file
     ["a/l.txt: not read, a link to TMP/ext/4.txt, named (so it is read under its own "
      "path)"]),
    ({"a/l.txt": "../ext/4.txt"}, ["ext/4.txt", "a"], ["4", "1", "sub/2"],
     ["a/l.txt: not read, a link to TMP/ext/4.txt, named (so it is read under its own "
      "path)"]),
    ({"b/up": "../a"}, ["b", "a/sub"], ["3", "2"],      # a link to a folder holding one
     ["b/up: not followed, a link to TMP/a, which holds TMP/a/sub (named: its files would "
      "be read twice)"]),                               # named: not followed, and no loop
    ({}, ["a", "b"], ["1", "sub/2", "3"], []),          # apart: as before
    ({}, ["a", "nowhere", "nowhere"], ["1", "sub/2"], []),  # missing: an error each, as before
], ids=["subfolder-after", "subfolder-first", "file-inside", "folder-twice", "file-twice",
        "link-to-named", "link-into-named", "two-links-one-folder", "file-and-link-to-it",
        "link-to-file-and-file", "link-in-folder-to-file-named", "file-named-then-folder",
        "link-above-named-no-loop", "apart", "missing"])
def test_no_file_is_read_twice_in_one_command(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, links: dict[str, str],
        named: list[str], expected_ids: list[str], expected_skips: list[str]) -> None:
    """`replay a a/sub` read a/sub/2.txt twice (as `sub/2` and `2`), `replay a b` with a link
    in each to one outside folder read it twice: now each file is read once, under the ids
    of the folder named that holds it (whatever the order named), and each path or link not
    read is one skipped record naming it; the progress bar's count is the records read."""
    monkeypatch.chdir(tmp_path)
    write_tree(tmp_path, TREE)
    link(tmp_path, links)
    records = list(read_paths(named))
    assert [r.article.id for r in records if r.article] == expected_ids
    assert [r.skipped.replace(str(tmp_path), "TMP") for r in records if r.skipped] == (
        expected_skips)
    assert [r.origin for r in records if r.error] == [p for p in named if p == "nowhere"]
    assert count_records(named) == len(records)


@pytest.mark.parametrize(("files", "folders"), [(300, 0), (300, 3)],
                         ids=["files-globbed", "files-and-their-folders"])
def test_paths_named_are_placed_by_lookup_not_against_each_other(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, files: int, folders: int) -> None:
    """`send archive/*/*.txt` names thousands of files: whether each is inside another path
    named, or named before, is looked up by its (device, inode) keys, so the work grows with
    the paths named, not with their square (4,000 files named took 10 s, 40,000 some 16 min,
    before the first was read): at most a few looks at each path's keys."""
    monkeypatch.chdir(tmp_path)
    names = [f"d{n % max(folders, 1)}/{n}.txt" for n in range(files)]
    write_tree(tmp_path, names)
    looks: Counter[str] = Counter()
    found_of = named._Found.of

    class Looked:
        def __init__(self, found: named._Found) -> None:
            self.found = found

        def __getattr__(self, name: str) -> object:
            looks[name] += 1
            return getattr(self.found, name)

    monkeypatch.setattr(named._Found, "of", staticmethod(
        lambda path, *met: None if (found := found_of(path, *met)) is None else Looked(found)))
    paths = names + [f"d{n}" for n in range(folders)]
    once = named.read_once(paths)
    assert sum(isinstance(path, Record) for path in once) == (files if folders else 0)
    assert sum(looks.values()) <= 6 * len(paths)


@pytest.mark.parametrize("named", [
    ["locked/x.txt"],            # a file under a folder without search permission
    ["a", "locked/x.txt"],       # beside a folder read
    ["locked", "a"],             # a folder that cannot be looked at
], ids=["file", "file-beside-folder", "folder"])
def test_a_path_that_cannot_be_looked_at_is_an_error_not_a_traceback(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, named: list[str]) -> None:
    """`replay /srv/archive/x.txt` by a user without search permission on a folder above:
    Path.is_dir and Path.exists raise PermissionError (only a missing path is False), a
    traceback before anything was read; now that path is one error naming it and the
    other paths are read and counted. (os.stat refused here: the tests run as root.)"""
    monkeypatch.chdir(tmp_path)
    write_tree(tmp_path, [*TREE, "locked/x.txt"])
    stat = os.stat

    def refused(path: object, *args: object, **kwargs: object) -> os.stat_result:
        if "locked" in os.fspath(cast(str, path)):
            raise PermissionError(errno.EACCES, "Permission denied", os.fspath(cast(str, path)))
        return stat(cast(str, path), *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "stat", refused)
    records = list(read_paths(named))
    assert [(r.origin, str(r.error)) for r in records if r.error] == [
        (path, f"{path}: Permission denied") for path in named if "locked" in path]
    assert [r.article.id for r in records if r.article] == (
        ["1", "sub/2"] if "a" in named else [])
    assert scan_paths(named, "replay", count=True) == Scan(None, len(records))


@pytest.mark.parametrize(("files", "folders"), [(200, 1), (200, 4)],
                         ids=["one-folder", "four-folders"])
def test_each_folder_above_the_paths_named_is_looked_at_once(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, files: int, folders: int) -> None:
    """`send archive/2024/*.txt`: the folders above each file named (to tell whether it is
    inside another path named) are looked at once each, not once a file (every file
    stat'ed its whole real path: the look before reading cost twice base's)."""
    monkeypatch.chdir(tmp_path)
    names = [f"d{n % folders}/{n}.txt" for n in range(files)]
    write_tree(tmp_path, names)
    stat, calls = os.stat, Counter[str]()

    def counted(path: object, *args: object, **kwargs: object) -> os.stat_result:
        calls[os.fspath(cast(str, path))] += 1
        return stat(cast(str, path), *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "stat", counted)
    named.read_once(names)
    assert sum(calls.values()) <= files + folders + len(tmp_path.parts)


UNLISTED = ["a/1.txt", "a/sub/2.txt", "a/mid/6.txt", "a/mid/sub/5.txt"]
AS_ROOT = ("a folder's mode refuses nothing here (root, or CAP_DAC_OVERRIDE): run as a user, "
           "or `setpriv --bounding-set=-dac_override,-dac_read_search`")


def modes_refuse() -> bool:
    """Whether chmod 111 keeps this process from listing a folder (not as root)."""
    with tempfile.TemporaryDirectory() as tmp:
        os.chmod(tmp, 0o111)  # noqa: PTH101
        try:
            os.listdir(tmp)  # noqa: PTH208
        except PermissionError:
            return True
        finally:
            os.chmod(tmp, 0o755)  # noqa: PTH101
    return False


#: (folders and their modes, paths named, ids read, errors' origins, skipped lines)
HELD_ROWS = [
    ({"a": 0o111}, ["a", "a/sub"], ["sub/2"], ["a"],            # the holder cannot be listed
     ["a/sub: not read on its own, inside a (named): read there, once"]),
    ({"a/mid": 0o111}, ["a", "a/mid/sub"], ["1", "mid/sub/5", "sub/2"], ["a/mid"],
     ["a/mid/sub: not read on its own, inside a (named): read there, once"]),
    ({"a/mid": 0o111}, ["a", "a/mid/6.txt"], ["1", "mid/6", "sub/2"], ["a/mid"],
     ["a/mid/6.txt: not read on its own, inside a (named): read there, once"]),
    ({"a/mid": 0o111}, ["a/mid/sub/5.txt", "a", "a/mid/sub"],   # held in held: read once
     ["1", "mid/sub/5", "sub/2"], ["a/mid"],
     ["a/mid/sub/5.txt: not read on its own, inside a (named): read there, once",
      "a/mid/sub: not read on its own, inside a (named): read there, once"]),
    ({"a/mid": 0o000}, ["a", "a/mid/sub"], ["1", "sub/2"],      # not even to be looked at:
     ["a/mid", "a/mid/sub"], []),                               # both said, as before
]
HELD_IDS = ["holder-unlisted", "folder-between-unlisted", "file-in-unlisted", "held-in-held",
            "not-searchable"]


def _read_held(named: list[str]) -> tuple[list[Record], int | None]:
    records = list(read_paths(named))
    return records, count_records(named)


def _check_held(records: list[Record], total: int | None, ids: list[str],
                errors: list[str], skips: list[str]) -> None:
    assert [r.article.id for r in records if r.article] == ids
    assert [r.origin for r in records if r.error] == errors
    assert [r.skipped for r in records if r.skipped] == skips
    assert total == len(records)


@pytest.mark.skipif(not modes_refuse(), reason=AS_ROOT)
@pytest.mark.parametrize(("modes", "named", "ids", "errors", "skips"), HELD_ROWS,
                         ids=HELD_IDS)
def test_a_path_held_by_a_folder_that_cannot_be_listed_is_read_there(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, modes: dict[str, int],
        named: list[str], ids: list[str], errors: list[str], skips: list[str]) -> None:
    """`replay a a/sub` with `a` searchable but not readable (chmod 111): a/sub was said
    "read there" and never read, lost without a word; now it is read in a's walk, under a's
    ids (`sub/2`), after the error naming the folder not listed, and counted."""
    monkeypatch.chdir(tmp_path)
    write_tree(tmp_path, UNLISTED)
    try:
        for folder, mode in modes.items():
            (tmp_path / folder).chmod(mode)
        records, total = _read_held(named)
    finally:
        for folder in modes:
            (tmp_path / folder).chmod(0o755)
    _check_held(records, total, ids, errors, skips)


@pytest.mark.parametrize(("modes", "named", "ids", "errors", "skips"),
                         [row for row in HELD_ROWS if all(m & 0o111 for m in row[0].values())],
                         ids=[i for i, row in zip(HELD_IDS, HELD_ROWS, strict=True)
                              if all(m & 0o111 for m in row[0].values())])
def test_a_path_held_by_a_folder_whose_listing_fails_is_read_there(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, modes: dict[str, int],
        named: list[str], ids: list[str], errors: list[str], skips: list[str]) -> None:
    """The rows above as root (where chmod cannot refuse): the listing of each folder of
    ``modes`` refused with EACCES, as for a user; the folders stay searchable."""
    monkeypatch.chdir(tmp_path)
    refused = {os.path.realpath(tmp_path / folder) for folder in modes}
    scandir = os.scandir

    def listing(path: object) -> object:
        if os.path.realpath(cast(str, path)) in refused:
            raise PermissionError(errno.EACCES, "Permission denied", os.fspath(cast(str, path)))
        return scandir(cast(str, path))

    write_tree(tmp_path, UNLISTED)
    monkeypatch.setattr(os, "scandir", listing)
    _check_held(*_read_held(named), ids, errors, skips)


class _NoInodeEntry:
    """A listing's entry on a file system without inodes: its stat says inode 0."""

    def __init__(self, entry: os.DirEntry[str]) -> None:
        self.entry = entry

    def __getattr__(self, name: str) -> object:
        return getattr(self.entry, name)

    def stat(self) -> os.stat_result:
        return _no_inode(self.entry.stat())


def _no_inode(status: os.stat_result) -> os.stat_result:
    fields = list(status)
    fields[1] = 0  # st_ino, as FAT, exFAT and some network drives give it
    return os.stat_result(fields)


@pytest.mark.parametrize(("links", "named", "expected_ids", "expected_skips"), [
    ({}, ["a", "b"], ["1", "sub/2", "3"], []),               # two folders: not "twice"
    ({}, ["a/1.txt", "b/3.txt", "ext/4.txt"], ["1", "3", "4"], []),  # three files named
    ({}, ["b", "a/sub"], ["3", "2"], []),                    # apart: neither inside
    ({}, ["a", "./a/"], ["1", "sub/2"], ["./a/: named twice (as a), read once"]),
    ({}, ["a/sub", "a"], ["1", "sub/2"],                     # inside, by real path
     ["a/sub: not read on its own, inside a (named): read there, once"]),
    ({"lnk": "a"}, ["a", "lnk"], ["1", "sub/2"], ["lnk: named twice (as a), read once"]),
    ({"a/d": "../ext", "a/l.txt": "../ext/4.txt"}, ["a"], ["1", "d/4", "sub/2"],
     ["a/l.txt: not read, the same file as a/d/4.txt, read there (one file, two names)"]),
    ({"a/x": "../ext", "b/y": "../ext"}, ["a", "b"], ["1", "sub/2", "x/4", "3"],
     ["b/y: not followed, a folder already read as a/x"]),
], ids=["two-folders", "three-files", "apart", "folder-twice", "inside", "link-named",
        "link-to-followed-file", "two-links-one-folder"])
def test_a_file_system_without_inodes_tells_paths_apart_by_real_path(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, links: dict[str, str],
        named: list[str], expected_ids: list[str], expected_skips: list[str]) -> None:
    """On FAT or some network drives every stat says inode 0: keyed by (device, inode) the
    second path named was "named twice", every folder but the first "already read" and
    every path "inside" the first folder; now such paths are told apart by real path, so
    the same files are read, and the same ones skipped, as on a disk with inodes."""
    monkeypatch.chdir(tmp_path)
    write_tree(tmp_path, TREE)
    link(tmp_path, links)
    stat, scandir = os.stat, os.scandir

    def no_inode_stat(path: object, *args: object, **kwargs: object) -> os.stat_result:
        return _no_inode(stat(cast(str, path), *args, **kwargs))  # type: ignore[arg-type]

    class Listing:
        def __init__(self, path: str) -> None:
            self.listing = scandir(path)

        def __enter__(self) -> list[_NoInodeEntry]:
            with self.listing as entries:
                return [_NoInodeEntry(entry) for entry in entries]

        def __exit__(self, *exc: object) -> None:
            return None

    monkeypatch.setattr(os, "stat", no_inode_stat)
    monkeypatch.setattr(os, "scandir", Listing)
    assert (tmp_path / "a").stat().st_ino == (tmp_path / "b").stat().st_ino == 0  # faked
    records = list(read_paths(named))
    assert [r.article.id for r in records if r.article] == expected_ids
    assert [r.skipped for r in records if r.skipped] == expected_skips
    assert [r.error for r in records] == [None] * len(records)
    assert count_records(named) == len(records)
