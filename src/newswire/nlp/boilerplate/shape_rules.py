"""What a line is by its shape, in any language: its words, whether it ends as prose does,
and breadcrumbs (``Home › World › Europe``).

Imports nothing of newswire: :mod:`.line_rules` and most boilerplate modules read lines with
these.
"""

from __future__ import annotations

import re
from itertools import islice

__all__ = ["WORD_RE", "Breadcrumbs", "has_words", "is_sentence", "words"]

WORD_RE = re.compile(r"\w+")
_DIGIT = re.compile(r"\d")
_NAV_SEPARATORS = re.compile(r"\s+(?:›|»|>|\||/|·|•|→)\s+")
_SENTENCE_END = re.compile(r"[.!?…:;\"”’»)。！？]\s*$")


def words(text: str) -> list[str]:
    """The word tokens of ``text``."""
    return WORD_RE.findall(text)


def has_words(text: str, n: int) -> bool:
    """``len(words(text)) >= n``, reading ``text`` only as far as its ``n``-th word (an
    article's body has thousands)."""
    return n <= 0 or next(islice(WORD_RE.finditer(text), n - 1, None), None) is not None


def is_sentence(line: str) -> bool:
    """True for a line that ends the way prose does."""
    return bool(_SENTENCE_END.search(line))


class Breadcrumbs:
    """Three or more short parts of words joined by separators, and no sentence.

    Parts with digits or only initials are a table's row or header ("W D L G / F G / A P").
    """

    name = "nav"

    @staticmethod
    def hits(line: str, n_words: int) -> bool:
        """True when ``line`` (of ``n_words`` words) is a trail of breadcrumbs."""
        parts = _NAV_SEPARATORS.split(line)
        if len(parts) < 3 or is_sentence(line) or n_words > 20 or _DIGIT.search(line):
            return False
        return all(0 < len(ws := words(p)) <= 4 and any(len(w) >= 3 for w in ws) for p in parts)
