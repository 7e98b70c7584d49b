"""The paths named on one command line, each file read once.

A path named inside a folder also named (``replay a a/sub``, ``replay a a/1.txt``), or one
named twice under any spelling (``replay a ./a``), is not read on its own: the folder's
reading holds it, under the folder's ids (``sub/x``, whichever order they were named in), and
it is said as one skipped record. Inside is decided by (device, inode) up the real path's
folders, so a name spelled in another case on a case-insensitive disk is still inside. The
folders' walks share the folders entered, so two links to one outside folder (``a/x ->
/ext``, ``b/y -> /ext``) read it once, through the first named (``x/...``).
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from stat import S_ISDIR
from typing import NamedTuple, cast

from newswire.io.file_keys import FileKey, file_key
from newswire.io.folders import Met, folder_files
from newswire.io.records import Record

__all__ = ["Named", "named_files", "read_once"]


class Named(NamedTuple):  # a tuple: one per file of a million-file tree, made cheaply
    """A file to read: which path named it (``position``, from 0), the file, and the folder
    named that holds it (None for a file named on its own, or ``-``: standard input)."""

    position: int
    file: Path
    folder: Path | None

    @property
    def stdin(self) -> bool:
        """Whether this is standard input (``-`` named), not a file."""
        return self.folder is None and str(self.file) == "-"


def named_files(paths: Sequence[str]) -> Iterator[Named | Record]:
    """Every file of ``paths`` in the order named, folders in name order; a Record for each
    path not read on its own (:func:`read_once`), each link not followed and each folder
    that cannot be listed. A path held by a folder named is read there: in its walk, under
    its ids, even when a folder between them cannot be listed (``replay a a/sub`` with
    ``a`` not readable reads ``a/sub`` as ``sub/...``, not nothing)."""
    once, held, found = _placed(paths)
    is_folder = [isinstance(path, str) and (this.folder if this else _is_folder(path))
                 for path, this in zip(once, found, strict=True)]  # stat'ed once, in _Found
    folders = [Path(cast(str, path)) for path, yes in zip(once, is_folder, strict=True) if yes]
    met = Met(named=_files_named(once, found) if folders else {})
    del found  # not held through the reading: thousands of paths named, each its keys
    for index, path in enumerate(once):
        if isinstance(path, Record):
            yield path
        elif is_folder[index]:
            root = Path(path)  # one for all its files: each id starts from its string
            for child in folder_files(root, folders, met, held=held.get(index, ())):
                yield child if isinstance(child, Record) else Named(index, child, root)
        else:
            yield Named(index, Path(path), None)


def read_once(paths: Sequence[str]) -> list[str | Record]:
    """``paths``, each one inside a folder also named, or naming what another path named
    reads (the first, or the one not spelled through a link), replaced by the skipped
    Record that says so."""
    return _placed(paths)[0]


def _placed(paths: Sequence[str],
            ) -> tuple[list[str | Record], dict[int, list[str]], list[_Found | None]]:
    """:func:`read_once`'s list, the real paths each folder named holds (by its position),
    which its walk reads if it cannot list a folder above them, and what each path is."""
    looks = _Looks()
    found = [_Found.of(path, looks) for path in paths]
    first = _FirstNamed.of(found)
    once: list[str | Record] = []
    held: dict[int, list[str]] = {}
    for index, path in enumerate(paths):
        holder, same = first.holder(index, found[index])
        if holder is None:
            once.append(path)
        elif same:
            once.append(Record(path, skipped=f"{path}: named twice (as {paths[holder]}), "
                                             "read once"))
        else:
            once.append(Record(path, skipped=f"{path}: not read on its own, inside "
                                             f"{paths[holder]} (named): read there, once"))
            held.setdefault(holder, []).append(os.path.realpath(path))
    return once, held, found


def _files_named(once: Sequence[str | Record], found: Sequence[_Found | None],
                 ) -> dict[FileKey, str]:
    """The files named on their own, by (device, inode): a folder's link to one, or a hard
    link of one, is not read (the file is, under the name named)."""
    return {this.key: path for path, this in zip(once, found, strict=True)
            if isinstance(path, str) and this is not None and not this.folder}


def _is_folder(path: str) -> bool:
    try:
        return path != "-" and Path(path).is_dir()
    except OSError:  # not to be looked at (EACCES above it: only a missing path is False)
        return False  # read as a file, whose reading says why


@dataclass(frozen=True)
class _Found:
    """A path named that exists: its (device, inode), its real folders' above it, whether
    it is a folder, and whether it is spelled through a symbolic link (its last part)."""

    key: FileKey
    above: frozenset[FileKey]
    folder: bool
    link: bool

    @classmethod
    def of(cls, path: str, looks: _Looks | None = None) -> _Found | None:
        """``looks``: shared by the paths named (``send archive/*/*.txt``: each folder is
        looked at once, not once a file). Strings, not Path: for thousands of paths named
        pathlib's objects cost more than the stat."""
        if path == "-":
            return None
        looks = _Looks() if looks is None else looks
        link = os.path.islink(path)  # noqa: PTH114
        real = _real(path, link, looks)
        try:
            status = os.stat(real)  # noqa: PTH116
            above = _above(os.path.dirname(real), looks.above)  # noqa: PTH120
        except OSError:  # missing, or not to be looked at: reading it says why
            return None
        return cls(file_key(status, real, real=True), above, S_ISDIR(status.st_mode), link)


def _real(path: str, link: bool, looks: _Looks) -> str:
    """``os.path.realpath(path)``; for a path whose last part is a plain name, not a link,
    its folder's real path once for every path named in it (``send archive/2024/*.txt``:
    realpath looked at each part of each path, most of the look at thousands named)."""
    head, tail = os.path.split(path)
    if link or tail in ("", os.curdir, os.pardir):
        return os.path.realpath(path)
    if head not in looks.real:
        looks.real[head] = os.path.realpath(head or os.curdir)
    return os.path.join(looks.real[head], tail)  # noqa: PTH118


@dataclass
class _Looks:
    """What the look at the paths named learnt once for all of them: the keys above each
    real folder, and the real path of each folder typed."""

    above: dict[str, frozenset[FileKey]] = field(default_factory=dict)
    real: dict[str, str] = field(default_factory=dict)


def _above(folder: str, met: dict[str, frozenset[FileKey]],
           ) -> frozenset[FileKey]:
    """The keys (device, inode) of the real ``folder`` and of each folder above it."""
    if folder not in met:
        parent = os.path.dirname(folder)  # noqa: PTH120
        status = os.stat(folder)  # noqa: PTH116
        held = _above(parent, met) if parent != folder else frozenset()
        met[folder] = held | {file_key(status, folder, real=True)}
    return met[folder]


@dataclass(frozen=True)
class _FirstNamed:
    """The path that reads each file or folder named (by device and inode): the first
    not spelled through a link, else the first (``send latest.txt story.txt``, the one a
    link to the other, reads ``story`` in either order, as a folder's walk does), and the
    first naming each folder: looked up, not compared with every other path (``send
    archive/*/*.txt`` names thousands: comparing each with each took minutes)."""

    path: dict[FileKey, int]
    folder: dict[FileKey, int]

    @classmethod
    def of(cls, found: Sequence[_Found | None]) -> _FirstNamed:
        first: dict[FileKey, int] = {}
        real: dict[FileKey, int] = {}
        folders: dict[FileKey, int] = {}
        for index, this in enumerate(found):
            if this is not None:
                key = this.key
                first.setdefault(key, index)
                if not this.link:
                    real.setdefault(key, index)
                if this.folder:
                    folders.setdefault(key, index)
        return cls(first | real, folders)

    def holder(self, index: int, this: _Found | None) -> tuple[int | None, bool]:
        """The path named whose reading holds path ``index`` (the first folder named it is
        inside, or the same file or folder named by another path), and whether the same."""
        if this is None:
            return None, False
        inside = [self.folder[key] for key in this.above if key in self.folder]
        reader = self.path[this.key]
        holders = inside + ([reader] if reader != index else [])
        if not holders:
            return None, False
        holder = min(holders)
        return holder, holder not in inside
