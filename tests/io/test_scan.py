"""The look before reading: ids two paths named would share refused (with the folder to name
instead, or, on two Windows drives, without one), in the walk that counts the records."""

from __future__ import annotations

import ntpath
import os
import unicodedata
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newswire.cli import cli
from newswire.io import scan
from newswire.io.scan import count_records, id_clash, scan_paths
from tests.io.test_folders import write_tree

NFC_CAFE = unicodedata.normalize("NFC", "café")
NFD_CAFE = unicodedata.normalize("NFD", "café")


@pytest.mark.parametrize(("names", "named", "expected"), [
    (["a/1.txt", "b/1.txt"], ["a", "b"],
     "a/1.txt and b/1.txt would both be article '1' (a file's id is its path inside the "
     "folder named); name one folder that holds both (newswire replay . gives them 'a/1' and "
     "'b/1'), or rename one"),
    (["a/1.txt", "b/1.html"], ["a", "b"], "a/1.txt and b/1.html would both be"),
    (["a/1.txt", "b/1.txt"], ["a/1.txt", "b/1.txt"], "a/1.txt and b/1.txt would both"),
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
    (["a/1.txt", "a/sub/1.txt"], ["a", "a/sub"], None),         # a/sub read in a: 1, sub/1
    (["a/1.txt"], ["a", "a/1.txt"], None),                      # one file twice
    (["a/1.txt", "a/1.html"], ["a/1.txt", "a/1.html"], None),   # one folder's pair
    (["a/1.txt", "b/1.txt"], ["a"], None),                      # one path named
    (["a/1.txt", "b/1.jsonl"], ["a", "b"], None),               # JSON: its own ids
    (["a/1.txt"], ["a", "-"], None),                            # standard input
    (["a/1.txt", "b/1.txt"], ["gone/1.txt", "a/1.txt", "b/1.txt"],  # a missing file owns
     "a/1.txt and b/1.txt would both be article '1'"),              # no id: the two
    (["a/1.txt"], ["a/1.txt", "gone/1.txt"], None),             # missing, after: no clash
], ids=["two-folders", "text-and-page", "two-files", "nfc-and-nfd",
        "deep", "absolute", "dot-dot", "distinct", "distinct-paths", "folder-twice",
        "folder-and-subfolder", "file-twice",
        "one-folders-pair", "one-path", "jsonl", "stdin", "missing-first", "missing-after"])
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


def windows_drives(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, cwd_drive: bool) -> None:
    """Paths as Windows sees them: tmp/a on drive C:, tmp/b on drive D: (ntpath's own
    ValueError for them), or, with ``cwd_drive``, both on C: and the command run from D:."""
    drives = {str(tmp_path / "a"): "C:\\a", str(tmp_path / "b"): "D:\\b"}
    if cwd_drive:
        monkeypatch.setattr(os.path, "relpath",
                            lambda path, start=None: ntpath.relpath("C:\\srv", "D:\\work"))
    else:
        monkeypatch.setattr(os.path, "commonpath",
                            lambda paths: ntpath.commonpath([drives[str(p)] for p in paths]))


@pytest.mark.parametrize(("cwd_drive", "expected"), [
    (False, "a/1.txt and b/1.txt would both be article '1' (a file's id is its path inside "
            "the folder named); no one folder holds both (another drive): rename one"),
    (True, "a/1.txt and b/1.txt would both be article '1' (a file's id is its path inside "
           "the folder named); name one folder that holds both (newswire replay TMP gives "
           "them 'a/1' and 'b/1'), or rename one"),
], ids=["two-drives", "run-from-another-drive"])
def test_a_clash_across_windows_drives_is_refused_without_a_traceback(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, cwd_drive: bool, expected: str) -> None:
    """`replay C:\\a D:\\b`: no folder holds both, so the refusal says so instead of
    naming one (os.path.commonpath raised ValueError, a traceback); run from another drive
    (no relative path to the folder), the folder is named absolute."""
    monkeypatch.chdir(tmp_path)
    write_tree(tmp_path, ["a/1.txt", "b/1.txt"])
    windows_drives(tmp_path, monkeypatch, cwd_drive)
    assert id_clash(["a", "b"], "replay") == expected.replace("TMP", str(tmp_path))


def test_replay_across_windows_drives_exits_2_with_the_refusal(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The command, in process (so the drives can be faked): exit 2 and the refusal on
    stderr, nothing read, no traceback."""
    monkeypatch.chdir(tmp_path)
    write_tree(tmp_path, ["a/1.txt", "b/1.txt"])
    windows_drives(tmp_path, monkeypatch, cwd_drive=False)
    result = CliRunner().invoke(cli, ["replay", "--dry-run", "a", "b"])
    assert result.exit_code == 2, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert "no one folder holds both (another drive): rename one" in " ".join(
        result.stderr.split())
    assert "would send" not in result.stdout


@pytest.mark.parametrize(("names", "named", "expected"), [
    (["a/1.txt", "a/2.txt", "b/3.txt"], ["a", "b"], 3),
    (["a/1.txt", "a/sub/2.txt"], ["a", "a/sub"], 3),             # 2 files + a/sub held by a
    (["a/1.txt", "b/x.jsonl"], ["a", "b"], 4),                    # 3 lines of JSON
    (["a/1.txt", "b/x.warc"], ["a", "b"], None),                  # a WARC: not cheap to know
    (["a/1.txt"], ["a", "-"], None),                              # standard input
], ids=["two-folders", "subfolder-held", "jsonl-lines", "warc", "stdin"])
def test_the_scan_counts_what_reading_yields_in_the_walk_that_checks_ids(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, names: list[str], named: list[str],
        expected: int | None) -> None:
    """replay's one look before reading: the count its progress bar shows, from the same
    walk as the clash check, equal to count_records (and to the records read)."""
    monkeypatch.chdir(tmp_path)
    write_tree(tmp_path, [name for name in names if not name.endswith((".jsonl", ".warc"))])
    for name in names:
        (tmp_path / name).parent.mkdir(exist_ok=True)
        if name.endswith(".jsonl"):
            (tmp_path / name).write_text('{"text": "A."}\n{"text": "B."}\n\n{"text": "C."}\n')
        elif name.endswith(".warc"):
            (tmp_path / name).write_bytes(b"")
    scan = scan_paths(named, "replay", count=True)
    assert (scan.clash, scan.total) == (None, expected)
    assert count_records(named) == expected


@pytest.mark.parametrize(("gone", "when"), [
    ("a/1.txt", "after"),     # read, then gone before its namesake in b was compared
    ("b/1.txt", "before"),    # listed, then gone before it was compared
], ids=["first-vanished", "second-vanished"])
def test_a_file_vanishing_mid_walk_is_no_clash_and_no_traceback(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, gone: str, when: str) -> None:
    """A file deleted while the archive is scanned (a crawler rotating its output): the
    comparison of two files sharing an id raised FileNotFoundError, a traceback before
    anything was sent; with one of them gone there is no clash (reading says it is gone)."""
    monkeypatch.chdir(tmp_path)
    write_tree(tmp_path, ["a/1.txt", "b/1.txt"])
    listed = scan.named_files

    def vanishing(paths: list[str]) -> Iterator[object]:
        for item in listed(paths):
            if when == "before" and str(getattr(item, "file", "")) == gone:
                (tmp_path / gone).unlink()
            yield item
            if when == "after" and str(getattr(item, "file", "")) == gone:
                (tmp_path / gone).unlink()

    monkeypatch.setattr(scan, "named_files", vanishing)
    assert scan.scan_paths(["a", "b"], "replay", count=True) == scan.Scan(None, 2)
