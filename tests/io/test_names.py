"""A file's suffixes and its path inside the folder named, taken from the strings, are
pathlib's exactly (the ids of every file replayed before must not move)."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newswire.io.names import name_suffixes, path_inside


@pytest.mark.parametrize(("name", "expected"), [
    ("story.txt", [".txt"]),
    ("story.txt.gz", [".txt", ".gz"]),
    ("story", []),
    (".profile", []),                   # a leading dot is no suffix
    ("..story.txt", [".txt"]),
    ("story.", []),                     # a trailing dot: none at all
    ("story..txt", [".", ".txt"]),
    ("v1.2.html", [".2", ".html"]),
    ("café.TXT", [".TXT"]),
], ids=["txt", "gz", "none", "hidden", "dots-before", "trailing-dot", "double-dot", "version",
        "case-kept"])
def test_a_names_suffixes_are_pathlibs(name: str, expected: list[str]) -> None:
    """``name_suffixes`` gives ``Path(name).suffixes`` (the scan's count and file kinds)."""
    assert name_suffixes(name) == expected == Path(name).suffixes


@pytest.mark.parametrize(("path", "folder", "expected"), [
    ("archive/2024/01/story.txt", "archive", "2024/01/story"),
    ("archive/story.txt.gz", "archive", "story.txt"),          # the inner suffix kept
    ("archive/.hidden", "archive", ".hidden"),
    ("archive/story.", "archive", "story."),
    ("archive/a.b/story", "archive", "a.b/story"),              # a folder's dot stays
    ("/srv/arch/x.html", "/srv/arch", "x"),
    ("//srv/x.txt", "//srv", "x"),                              # POSIX keeps two slashes
    ("x/story.txt", ".", "x/story"),                            # `replay .`: pathlib's way
    ("/srv/x.txt", "/", "srv/x"),                               # `replay /`: pathlib's way
    ("archive/sub/../x.txt", "archive", "sub/../x"),            # as spelled, not resolved
], ids=["nested", "gz", "hidden", "trailing-dot", "dotted-folder", "absolute",
        "two-slashes", "dot-folder", "root-folder", "dotdot"])
def test_a_files_path_inside_its_folder_is_pathlibs(
        path: str, folder: str, expected: str) -> None:
    """``path_inside`` gives ``relative_to(folder).with_suffix("").as_posix()`` for a file
    met in the folder's walk (``folder / name``), the string an id is made of."""
    walked = Path(folder) / Path(path).relative_to(folder)  # as the walk spells it
    assert path_inside(walked, Path(folder)) == expected == (
        walked.relative_to(folder).with_suffix("").as_posix())


NAMES = st.text(alphabet="ab.é ", min_size=1, max_size=6).filter(lambda n: n not in (".", ".."))


@settings(max_examples=300, deadline=None)
@given(folder=st.lists(NAMES, max_size=3), inside=st.lists(NAMES, min_size=1, max_size=3))
def test_any_name_of_dots_and_letters_is_read_as_pathlib_reads_it(
        folder: list[str], inside: list[str]) -> None:
    """Names made of dots, letters and spaces in any order: the same suffixes and the same
    path inside the folder as pathlib's, for a folder named relative or absolute."""
    for base in (Path(*folder) if folder else Path(), Path("/", *folder)):
        walked = base.joinpath(*inside)
        assert name_suffixes(walked.name) == walked.suffixes
        assert path_inside(walked, base) == walked.relative_to(base).with_suffix("").as_posix()
