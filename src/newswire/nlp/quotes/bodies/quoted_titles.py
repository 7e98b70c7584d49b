"""A document named by a quoted title before its noun: ``according to the "Medicare for
all" document``.

The parse may make the title's first word the head of the phrase (``Medicare``, with ``for
all" document`` hung on it), so the source read off the parse was the title's entity.  The
source is the noun after the closing mark: the document the title names.
"""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["titled_noun"]


def titled_noun(head: Token) -> Token | None:
    """The common noun right after a quoted title that ``head`` (inside the title) heads:
    ``document`` for ``Medicare`` in ``the "Medicare for all" document``; else None."""
    words = list(head.subtree)
    marks = [t for t in words if t.is_quote]
    if len(marks) != 2 or not marks[0].i < head.i < marks[1].i:
        return None
    after = marks[1].i + 1
    if after != words[-1].i or head.doc[after].pos_ != "NOUN":
        return None
    return head.doc[after]
