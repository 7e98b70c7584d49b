"""What a pass reads once a doc and keeps on it (``Doc.user_data``): the sentences' bounds,
the heads, the indices of a rule's words, a rule's answers.

Only for what the quotes stage's parse decides, which no later step changes (a component
that relabels a word would leave a kept reading stale). A kept value is numbers, strings
and containers of them, so a doc so marked still serialises.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from spacy.tokens import Doc

__all__ = ["kept"]

_Kept = TypeVar("_Kept")


def kept(doc: Doc, key: str, make: Callable[[Doc], _Kept]) -> _Kept:
    """``make(doc)``, made at the doc's first ask and kept under ``key`` (one key for one
    ``make``): a later ask reads it. A maker never answers ``None``, which is made again."""
    found: _Kept | None = doc.user_data.get(key)  # no cast: typing.cast is a call
    if found is None:
        found = doc.user_data[key] = make(doc)
    return found
