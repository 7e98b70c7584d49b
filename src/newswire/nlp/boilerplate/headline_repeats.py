"""The headline found again in a text: the comparison every cleaner uses to tell it.

Lives here: :func:`normalise` (a line as compared), :func:`same_headline` (one text against
one title), and :func:`headline_keys` / :func:`repeats_headline`, which both page cleaners
use to drop the headline atop the body: :mod:`.page_headline` on pages not told article
(before the blocks are made) and :mod:`.html_blocks` on told articles (on the blocks).
Plain text (:mod:`.text_lines`) compares with the one title it is given. May import
``line_rules`` only.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from collections.abc import Set as AbstractSet

from newswire.nlp.boilerplate.line_rules import words

__all__ = ["headline_keys", "normalise", "repeats_headline", "same_headline"]


def normalise(text: str) -> str:
    """Lowercase letters and digits only, for comparing a line with the title."""
    text = unicodedata.normalize("NFKC", text).casefold()
    return " ".join(words(text))


def same_headline(text: str, title: str) -> bool:
    """True when ``text`` is ``title``, or the title without a site name after it."""
    if not text:
        return False
    if text == title:
        return True
    return len(text) >= 20 and title.startswith(text) and len(text) >= 0.6 * len(title)


def headline_keys(titles: Iterable[str]) -> set[str]:
    """The page's headlines (its title, its ``<h1>`` texts) as compared, the empty ones left
    out: an empty title would match nothing anyway, and an empty set tells the caller to
    look no further."""
    return {normalise(title) for title in titles} - {""}


def repeats_headline(text: str, keys: AbstractSet[str]) -> bool:
    """Whether ``text`` (normalised) is one of the headlines ``keys`` (:func:`headline_keys`)."""
    return any(same_headline(text, key) for key in keys)
