"""The look before reading, in one walk of the paths named: the article ids two of them would
share (the commands refuse them) and how many records the reading will yield (replay's
progress bar).

Two different files of different paths named that would share an id are a clash
(``replay a b``, each with ``1.txt``) when naming the folder holding both would tell them
apart; files of one folder named whose names differ only in the extension or the Unicode
form stay one article, as the folder's reading makes them.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import cast

from newswire.io.folders import (
    HTML_SUFFIXES,
    TEXT_SUFFIXES,
    file_article_id,
    open_binary,
    suffixes_kind,
)
from newswire.io.named import Named, named_files
from newswire.io.names import name_suffixes
from newswire.io.records import Record

__all__ = ["Scan", "count_records", "id_clash", "scan_paths"]

#: The files whose id comes from their path, so two paths named could share one.
_ID_FROM_PATH = TEXT_SUFFIXES | HTML_SUFFIXES


@dataclass(frozen=True)
class Scan:
    """Why the paths are refused (None: they are not), and how many records reading them
    yields (None: not counted, or not cheap to know: standard input, a WARC)."""

    clash: str | None
    total: int | None


def scan_paths(paths: Sequence[str], command: str | None, *, count: bool) -> Scan:
    """One walk of ``paths``: the clash (when ``command`` is given and two paths or more are
    named; its message suggests ``newswire COMMAND FOLDER``) and, with ``count``, the
    records to expect. Stops at the first clash."""
    check = command is not None and len({path for path in paths if path != "-"}) >= 2
    if not check and not count:
        return Scan(None, None)
    owners: dict[str, tuple[int, str]] = {}  # str, not Path: half the memory a million ids
    total: int | None = 0 if count else None
    for item in named_files(paths):
        suffixes = name_suffixes(item.file.name) if isinstance(item, Named) else []
        if total is not None:
            total = _add_records(total, item, suffixes)
        elif not check:  # nothing left to learn
            break
        if check and isinstance(item, Named) and not item.stdin:
            clash = _clash(owners, item, cast(str, command), suffixes_kind(suffixes))
            if clash is not None:
                return Scan(clash, None)
    return Scan(None, total)


def id_clash(paths: Sequence[str], command: str) -> str | None:
    """Why ``paths`` are refused, when two different files of different paths named would
    have one article id though naming one folder that holds both would tell them apart."""
    return scan_paths(paths, command, count=False).clash


def count_records(paths: Sequence[str]) -> int | None:
    """How many records ``read_paths`` will yield, when that is cheap to know (else None)."""
    return scan_paths(list(paths), None, count=True).total


def _add_records(total: int, item: Named | Record, suffixes: list[str]) -> int | None:
    """``total`` and the records ``item`` yields (a JSON Lines file's non-blank lines, one
    for any other), or None when they are not cheap to know (standard input, a WARC)."""
    if isinstance(item, Record):  # a link not followed, a folder not listed, a path held
        return total + 1
    if item.stdin or ".warc" in suffixes:
        return None
    if ".jsonl" not in suffixes:
        return total + 1
    try:
        with open_binary(item.file) as handle:
            return total + sum(1 for line in handle if line.strip())
    except (OSError, ValueError, EOFError):  # missing or broken: read_paths says so
        return total + 1


def _clash(owners: dict[str, tuple[int, str]], item: Named, command: str, kind: str,
           ) -> str | None:
    """The refusal when ``item`` (a .txt or .html file: ``kind``) would have the article id
    of a file another path named gave first (``owners``: each id's first position named and
    file, filled here), else None."""
    if kind not in _ID_FROM_PATH:
        return None
    try:
        article_id = file_article_id(item.file, item.folder)
    except ValueError:  # a name that is not UTF-8: read_file says so
        return None
    index, first = owners.setdefault(article_id, (item.position, str(item.file)))
    if index == item.position:
        return None
    # Whether the files exist is asked only now, of the two sharing an id (a stat each on a
    # shared id, not on each of thousands of files named): a missing one is read as an
    # error, it owns no id (a folder's files were listed, but one may be gone since).
    if not _exists(item.file):
        return None
    if not _exists(Path(first)):
        owners[article_id] = (item.position, str(item.file))
        return None
    return _told_apart(article_id, Path(first), item.file, command)


def _exists(path: Path) -> bool:
    try:
        return path.exists()
    except OSError:  # not to be looked at: reading it says why
        return False


def _told_apart(article_id: str, first: Path, second: Path, command: str) -> str | None:
    """The refusal naming both files, when the folder holding both gives them two ids."""
    try:
        if first.samefile(second):
            # One file named twice, under any spelling: by (device, inode), not by real
            # path, which keeps the case typed (``Archive`` and ``archive`` on macOS or
            # Windows) and differs for hard links. The second reading is a duplicate.
            return None
    except OSError:  # gone since listed, or not to be looked at: not read, reading says why
        return None
    said = (f"{first} and {second} would both be article {article_id!r} (a file's id is its "
            "path inside the folder named)")
    # ".." taken out as the shell would (``replay ../../r/a .`` from r/b holds both in r, not
    # in "."): Path.absolute keeps it, and Path.resolve would also follow the links read
    # through, whose files' ids are their paths through the link.
    apart = [Path(os.path.abspath(path)) for path in (first, second)]  # noqa: PTH100
    try:
        holder = Path(os.path.commonpath([path.parent for path in apart]))
    except ValueError:  # on two Windows drives (C:\a, D:\b) no folder holds both
        return f"{said}; no one folder holds both (another drive): rename one"
    ids = [file_article_id(path, holder) for path in apart]
    if ids[0] == ids[1]:
        return None  # one folder's text and page of one name: one article, as documented
    folder = _as_named(holder, first, second)
    return (f"{said}; name one folder that holds both (newswire {command} {folder} gives "
            f"them {ids[0]!r} and {ids[1]!r}), or rename one")


def _as_named(holder: Path, first: Path, second: Path) -> str:
    """The folder to name, spelled as the paths were: absolute when both were (``replay
    /srv/a /srv/b``: ``/srv``, not ``../../srv`` from wherever the command ran), or when the
    command runs on another Windows drive (no relative path leads there)."""
    if first.is_absolute() and second.is_absolute():
        return str(holder)
    try:
        return os.path.relpath(holder)
    except ValueError:  # Windows: the folder is on another drive than the current one
        return str(holder)
