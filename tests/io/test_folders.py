"""A folder's files as the commands read them: NFC ids, symbolic links to folders followed
out of the folders named and skipped (with why) into or above them."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from newswire.io.archive import count_records, read_paths

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
