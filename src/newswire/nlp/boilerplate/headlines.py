"""The headline of a plain-text article that came without a title: its first line, if it is one.

A feed item often carries the whole story in ``text``, headline first. That line is the
title: neither body text nor boilerplate. It is taken only when it reads as a headline: short,
not recognised as boilerplate, not a dateline, and not the first half of a wrapped paragraph.
"""

from __future__ import annotations

from collections.abc import Sequence

from newswire.nlp.boilerplate.datelines import dateline_in
from newswire.nlp.boilerplate.line_rules import is_sentence, rule_for, words
from newswire.nlp.boilerplate.links import URL_RE

__all__ = ["HEADLINE_MAX_CHARS", "HEADLINE_MAX_WORDS", "LEDE_MIN_WORDS", "headline_at",
           "is_headline"]

#: Longest headline, in words; a longer first line is the lede.
HEADLINE_MAX_WORDS = 25
#: Longest headline, in characters (words can be long: a URL, a run of symbols). Every entity
#: and quote event repeats the title, so it is bounded.
HEADLINE_MAX_CHARS = 1_000
#: How a line ends when its sentence runs on into the next line (a headline may end in ";").
_RUNS_ON = (",", "(", "/", "&", " -")
#: A first line of this many words or more that is a sentence in sentence case, full stop
#: included, is the lede of a story sent without its headline. Sentence-case headlines ending
#: in a full stop run to 19 words on PolNeAR train (1,786 headlines of PolNeAR and CoNLL
#: train read; Title Case and capitals ones are longer: they stay headlines).
LEDE_MIN_WORDS = 21
#: Closing quotes and brackets a sentence's full stop may stand inside.
_CLOSERS = "\"'”’) "


def headline_at(lines: Sequence[str]) -> int | None:
    """The index of the headline in ``lines`` (the first non-blank line), or None."""
    nonblank = [i for i, line in enumerate(lines) if line.strip()]
    if len(nonblank) < 2:
        return None
    first, following = lines[nonblank[0]].strip(), lines[nonblank[1]].strip()
    return nonblank[0] if is_headline(first, following) else None


def is_headline(line: str, following: str) -> bool:
    """Whether ``line``, above ``following``, reads as a headline."""
    if len(line) > HEADLINE_MAX_CHARS:
        return False
    n_words = len(words(line))
    if not 1 <= n_words <= HEADLINE_MAX_WORDS or not any(c.isalpha() for c in line):
        return False
    if line.endswith(_RUNS_ON) or _is_lede(line):
        return False
    # A line that stops mid-sentence and goes on below is a wrapped paragraph.
    if following[:1].islower() and not is_sentence(line):
        return False
    return not (URL_RE.search(line) or rule_for(line) or dateline_in(line))


def _is_lede(line: str) -> bool:
    """Whether ``line`` is a long sentence in sentence case ending in a full stop: the first
    paragraph of a story, not its headline (``The harbour board agreed on Wednesday to dredge
    the inner basin for the first time since 1998, at a cost of four million euro.``)."""
    found = words(line)
    if len(found) < LEDE_MIN_WORDS or not line.rstrip(_CLOSERS).endswith("."):
        return False
    capitalised = sum(1 for word in found[1:] if word[:1].isupper())
    return capitalised < (len(found) - 1) / 2
