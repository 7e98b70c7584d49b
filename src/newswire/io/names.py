"""A file's suffixes and its path inside a folder, as strings, spelled as pathlib spells them.

The look before reading computes both for every file of the trees named (the id clash
check, the count): through pathlib's objects (``relative_to``, ``with_suffix``,
``suffixes``) that was most of its time, about twice base42's; on the strings it is a few
slices. Any spelling this does not cover the same way (a folder named ``.`` or ``/``, a
Windows path) goes through pathlib, so the ids are pathlib's exactly.
"""

from __future__ import annotations

import os
from pathlib import Path

__all__ = ["name_suffixes", "path_inside"]


def name_suffixes(name: str) -> list[str]:
    """``Path(name).suffixes`` for a file name (no separator): ``.txt``, ``.gz`` of
    ``story.txt.gz``; none for ``.profile`` or ``story.``."""
    if name.endswith("."):
        return []
    return ["." + suffix for suffix in name.lstrip(".").split(".")[1:]]


def path_inside(path: Path, folder: Path) -> str:
    """``path.relative_to(folder).with_suffix("").as_posix()``: the path of a file met in the
    walk of ``folder`` (so spelled under it), without its last suffix (``2024/01/story``)."""
    text, base = str(path), str(folder)
    if os.sep != "/" or base in (".", "/") or not text.startswith(base + "/"):
        return path.relative_to(folder).with_suffix("").as_posix()
    head, _, name = text[len(base) + 1:].rpartition("/")
    dot = name.rfind(".")
    if 0 < dot < len(name) - 1:  # pathlib's suffix: not a leading dot, not a trailing one
        name = name[:dot]
    return f"{head}/{name}" if head else name
