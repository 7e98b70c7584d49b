"""The files of the folders and files named on the command line, and their article ids.

A folder is read in name order. A symbolic link to a folder is followed when it leads out of
every folder named (``archive/2019 -> /mnt/cold/2019``: its files are read as
``archive/2019/...``); one leading into or above a folder named, to a folder already read, or
to nothing is not followed, and each is reported as a skipped record (a warning and a count
in the summary), so no link loops and no file is read twice under two ids (across every
folder named: :mod:`.named` shares what the walks met). A link to a file is read as the
file, under the link's path, unless the file is inside a folder named, or named itself (read
there: the link is skipped, said). One file (device, inode) met under two names (hard links,
two links to it, a link and a followed folder link) is read under the first, the others
skipped and said.

A .txt or .html file's id is its path inside the folder named (its name when named on its
own), Unicode NFC, so a tree copied from macOS (NFD names) gives the ids it gives on Linux.
"""

from __future__ import annotations

import gzip
import os
import unicodedata
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO, cast

from newswire.errors import ArchiveError
from newswire.io.file_keys import FileKey, file_key
from newswire.io.names import name_suffixes, path_inside
from newswire.io.records import Record
from newswire.models import MAX_ID_CHARS, stable_hash

TEXT_SUFFIXES = {".txt", ".text", ".md"}
HTML_SUFFIXES = {".html", ".htm"}

__all__ = ["HTML_SUFFIXES", "TEXT_SUFFIXES", "Met", "file_article_id", "file_kind",
           "folder_files", "open_binary", "suffixes_kind"]


def file_kind(path: Path) -> str:
    """The suffix that says how a file is read (``.txt`` for ``story.txt.gz``), lower case."""
    return suffixes_kind(name_suffixes(path.name))


def suffixes_kind(suffixes: Sequence[str]) -> str:
    """:func:`file_kind` of a file of these suffixes (the scan has them: computed once)."""
    suffixes = [s.lower() for s in suffixes]
    if suffixes and suffixes[-1] == ".gz":
        suffixes = suffixes[:-1]
    return suffixes[-1] if suffixes else ""


def open_binary(path: Path) -> BinaryIO:
    """The bytes of the file ``path``, gunzipped when it ends in ``.gz`` (read by the archive
    and counted by the scan before it)."""
    if path.suffix == ".gz":
        return cast(BinaryIO, gzip.open(path, "rb"))
    return path.open("rb")


def file_article_id(path: Path, folder: Path | None = None) -> str:
    """The article id of a .txt or .html file: its path inside ``folder`` (the folder named
    on the command line) without its extension, folders joined by "/" (``2024/01/story``),
    so that two files of one name in different folders of an archive are two articles, and
    the same tree replayed again gives the same ids; a file named on its own (``folder``
    None) is its name without the extension, as it always was. Unicode NFC, whatever form
    the file system spells the name in. A path over the id limit keeps its name after a
    hash of the whole path, still one id per file. A name that is not UTF-8 is refused
    (ValueError): no id could be sent as it is spelled."""
    inside = path.stem if folder is None else path_inside(path, folder)
    try:
        inside.encode("utf-8")
    except UnicodeEncodeError:  # bytes the file system gave back undecoded (surrogateescape)
        raise ValueError("its name is not UTF-8: rename it") from None
    inside = unicodedata.normalize("NFC", inside)
    if len(inside) <= MAX_ID_CHARS:
        return inside
    return f"{stable_hash('path', inside, size=32)}/{unicodedata.normalize('NFC', path.stem)}"


@dataclass
class Met:
    """What the walks of one command met, shared so that no file or folder is read twice:
    each folder entered and each file another name could reach (hard-linked, or a link's
    target), by (device, inode), with the path it was read under, and the files named on
    their own (read under the name named). A plain file under a followed folder link is
    not kept (a million of them held some 300 MB): a link to it finds its folder entered."""

    folders: dict[FileKey, Path] = field(default_factory=dict)
    files: dict[FileKey, str] = field(default_factory=dict)
    named: Mapping[FileKey, str] = field(default_factory=dict)
    unlisted: set[Path] = field(default_factory=set)  # entered, but their listing failed


def folder_files(folder: Path, named: Sequence[Path] = (), met: Met | None = None, *,
                 held: Sequence[str] = ()) -> Iterator[Path | Record]:
    """Every file under ``folder`` in name order (a Path); a Record for each symbolic link not
    followed or file met before (skipped, with the reason) and each folder that cannot be
    listed (an error). ``named``: every folder named in the command (links into them are
    not followed); ``met``: shared by the walks of every folder named (two links to one
    outside folder read it once, a file hard-linked into two folders is read once);
    ``held``: the real paths of the paths named inside ``folder`` (read in this walk, also
    when a folder above them cannot be listed)."""
    roots = tuple(Path(os.path.realpath(p)) for p in (*named, folder))
    walk = _Walk(roots, Met() if met is None else met, tuple(held))
    walk.enter(folder)
    yield from walk.files(folder)


@dataclass
class _Walk:
    """One folder's walk: the real folders named, what the command met so far (so nothing
    is read twice and no link loops), and the paths named inside it."""

    roots: tuple[Path, ...]
    met: Met
    held: tuple[str, ...] = ()

    def files(self, folder: Path) -> Iterator[Path | Record]:
        try:
            with os.scandir(folder) as scan:
                entries = sorted(scan, key=lambda entry: entry.name)
        except OSError as exc:
            yield Record(str(folder), error=ArchiveError(f"{folder}: {exc.strerror or exc}"))
            self.met.unlisted.add(folder)  # a link to a file of it is read: none was here
            yield from self._held_under(folder)
            return
        for entry in entries:
            path = folder / entry.name
            try:
                is_dir, is_file = entry.is_dir(), entry.is_file()
            except OSError:  # a loop of links (ELOOP)
                is_dir = is_file = False
            if is_dir:
                refused = self._refused_link(path) if entry.is_symlink() else None
                refused = refused or self.enter(path)
                if refused:
                    yield Record(str(path), skipped=f"{path}: not followed, {refused}")
                else:
                    yield from self.files(path)
            elif is_file:
                # A link to a file of a folder named is read there, under its own path.
                refused = self._inside_named(path) if entry.is_symlink() else None
                refused = refused or self._met_before(entry, path)
                if refused:
                    yield Record(str(path), skipped=f"{path}: not read, {refused}")
                else:
                    yield path
            elif entry.is_symlink():
                yield Record(str(path), skipped=f"{path}: a link to nothing (a missing "
                             "target or a loop of links)")

    def _held_under(self, folder: Path) -> Iterator[Path | Record]:
        """The paths named inside ``folder``, which cannot be listed: each was left to this
        walk (:mod:`.named`), so each is read here, spelled under ``folder`` (its ids those
        of the folder named), not lost without a word. ``a/x`` (r-x) inside ``a`` (--x)."""
        real = os.path.join(os.path.realpath(folder), "")  # noqa: PTH118 (ends in a sep)
        inside = sorted({path for path in self.held if path.startswith(real)})
        for index, path in enumerate(inside):
            if any(path.startswith(outer + os.sep) for outer in inside[:index]):
                continue  # read with the held folder it is inside
            spelled = folder / os.path.relpath(path, real)
            if not os.path.isdir(spelled):  # noqa: PTH112
                yield spelled
                continue
            refused = self.enter(spelled)
            if refused:
                yield Record(str(spelled), skipped=f"{spelled}: not followed, {refused}")
            else:
                yield from self.files(spelled)

    def enter(self, folder: Path) -> str | None:
        """None once ``folder`` is marked entered; why not, when it already was."""
        try:
            status = folder.stat()
        except OSError:  # gone, or not to be looked at: its listing says why
            return None
        key = file_key(status, str(folder))
        if key in self.met.folders:
            return f"a folder already read as {self.met.folders[key]}"
        self.met.folders[key] = folder
        return None

    def _met_before(self, entry: os.DirEntry[str], path: Path) -> str | None:
        """Why the file ``entry`` is not read, when it is one read under another name: named
        on its own, or met before (hard links, two links to it, a link to a file of a folder
        entered). One ``stat`` a file: the (device, inode) is kept only for a file another
        name could reach (hard-linked, or a link's target), so memory stays flat on a tree
        of plain files, also under a followed folder link."""
        try:
            status = entry.stat()  # the file's, through a link
            if not status.st_ino:  # Windows: a listing's stat has no inode; ask the file
                status = os.stat(path)  # noqa: PTH116
        except OSError:  # gone, or not to be looked at: reading it says why
            return None
        key = file_key(status, str(path))  # no inode (FAT): its real path
        if key in self.met.named:
            if entry.is_symlink():
                target = os.path.realpath(path)
                return f"a link to {target}, named (so it is read under its own path)"
            return f"the same file as {self.met.named[key]}, named (so it is read under that name)"
        if key in self.met.files:
            return f"the same file as {self.met.files[key]}, read there (one file, two names)"
        if entry.is_symlink():
            read_in = self._in_folder_entered(path)
            if read_in is not None:
                return f"the same file as {read_in}, read there (one file, two names)"
        if status.st_nlink > 1 or entry.is_symlink():
            self.met.files[key] = str(path)
        return None

    def _in_folder_entered(self, link: Path) -> Path | None:
        """The link's target as spelled in the walk of its folder, when that folder was
        entered by this command (its files read there, or to be, under their own paths):
        what lets a followed folder link's plain files go unkept. A link met before its
        target's folder is entered is kept instead, and the target skipped there."""
        target = os.path.realpath(link)
        folder = os.path.dirname(target)  # noqa: PTH120
        try:
            key = file_key(os.stat(folder), folder, real=True)  # noqa: PTH116
        except OSError:
            return None
        entered = self.met.folders.get(key)
        if entered is None or entered in self.met.unlisted:
            return None
        return entered / os.path.basename(target)  # noqa: PTH119

    def _refused_link(self, link: Path) -> str | None:
        inside = self._inside_named(link)  # first: a link to a folder named is no loop to it
        if inside is not None:
            return inside.replace("so it is read", "so its files are read")
        target = Path(os.path.realpath(link))
        for root in self.roots:
            if not root.is_relative_to(target):
                continue
            # A loop only when the link itself is inside what it leads to (``up -> ..``);
            # a link from b to a, above a/sub named, would read a/sub's files twice.
            if Path(os.path.realpath(link.parent)).is_relative_to(target):
                return f"a link to {target}, which holds {root} (named): a loop"
            return f"a link to {target}, which holds {root} (named: its files would be read twice)"
        return None

    def _inside_named(self, link: Path) -> str | None:
        target = Path(os.path.realpath(link))
        for root in self.roots:
            if target.is_relative_to(root):
                return (f"a link to {target}, inside {root} (named, so it is read under "
                        "its own path)")
        return None
