"""What tells one file or folder from another in one command: its (device, inode).

A file system without inodes (FAT, exFAT, some network drives) gives every file inode 0:
keyed by (device, 0), every file of such a disk would be "the same file" as the first one
kept, every folder "a folder already read", every path named "named twice". There the key
is the real path instead (device, real path): two spellings of one path, or a link to it,
still meet; hard links do not exist on those disks.
"""

from __future__ import annotations

import os

__all__ = ["FileKey", "file_key"]

FileKey = tuple[int, int | str]


def file_key(status: os.stat_result, path: str, *, real: bool = False) -> FileKey:
    """The key of the file or folder at ``path`` whose stat is ``status``: (device, inode),
    or (device, real path) when the file system gives no inode (``real``: ``path`` is real
    already, so not resolved again)."""
    if status.st_ino:
        return status.st_dev, status.st_ino
    return status.st_dev, path if real else os.path.realpath(path)
