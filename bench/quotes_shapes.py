"""Right-referent misses by kind of source and by shape of the error, for ``quotes_eval.py``.

A strict miss has one of five shapes, read off the two strings alone (no offsets):

- ``no speaker``: nothing resolved;
- ``phrase for name``: the source has a name (``Boeing``, ``Donald Trump``, ``the Affordable
  Care Act``) and newswire gave a phrase (``company``, ``report``);
- ``name for phrase``: the source is an unnamed group or document (``officials``,
  ``lawsuit``) and newswire gave a name;
- ``wrong name``: a name, another one (or another spelling the fair rules do not take);
- ``wrong phrase``: a phrase, another one.

A name is a string whose first word after any determiner is capitalised. Nothing here imports
newswire; the counts are aggregates, never a list of articles' errors.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from quotes_gold import KINDS, Score
from quotes_referents import DETERMINERS

__all__ = ["SHAPES", "is_name", "miss_shape", "print_shapes", "shape_counts"]

SHAPES = ("no speaker", "phrase for name", "name for phrase", "wrong name", "wrong phrase")


def is_name(text: str) -> bool:
    """Whether ``text`` names something (its first word past a determiner is capitalised)."""
    words = text.replace("’", "'").split()
    while words and words[0].lower() in DETERMINERS:
        words = words[1:]
    return bool(words) and words[0][:1].isupper()


def miss_shape(speaker: str | None, wanted: Iterable[str]) -> str:
    """The shape of a strict miss: ``speaker`` predicted, ``wanted`` the gold referents."""
    if not speaker:
        return "no speaker"
    named_gold = any(is_name(w) for w in wanted)
    named_pred = is_name(speaker)
    if named_gold:
        return "wrong name" if named_pred else "phrase for name"
    return "name for phrase" if named_pred else "wrong phrase"


def shape_counts(scores: Iterable[Score]) -> tuple[Counter[tuple[str, str]], Counter[str]]:
    """(kind, shape) -> strict misses, and kind -> pairs, over ``scores``."""
    misses: Counter[tuple[str, str]] = Counter()
    pairs: Counter[str] = Counter()
    for s in scores:
        for kind, (_, _, total) in s.by_kind.items():
            pairs[kind] += total
        for _, p, _, resolved, _ in s.misses:
            misses[(resolved.kind, miss_shape(p.speaker, resolved.referents))] += 1
    return misses, pairs


def print_shapes(name: str, scores: Iterable[Score]) -> None:
    """One table: a row per kind of source, a column per shape of strict miss."""
    misses, pairs = shape_counts(scores)
    print(f"  strict misses by kind and shape, {name}:")
    print(f"    {'kind':12} {'pairs':>5} " + " ".join(f"{s:>15}" for s in SHAPES))
    for kind in KINDS:
        if pairs[kind]:
            cells = " ".join(f"{misses[(kind, s)]:15d}" for s in SHAPES)
            print(f"    {kind:12} {pairs[kind]:5d} {cells}")
