"""bench/fresh_eval.py and bench/fresh_halves.py: how a found quote is matched to a gold row
(round thirty's reading: apostrophes alike, a reported quote read from its cue on; the strict
reading beside it) and which articles ``--articles`` takes. Rows are written for these tests;
no fresh article is read."""

from __future__ import annotations

from types import ModuleType, SimpleNamespace
from typing import Any

import pytest

from tests.conftest import bench_module


@pytest.fixture(scope="module")
def fresh() -> ModuleType:
    """The fresh bench, imported as the script imports it."""
    return bench_module("fresh_eval")


@pytest.fixture(scope="module")
def halves() -> ModuleType:
    """The fresh bench's halves and article choice."""
    return bench_module("fresh_halves")


@pytest.mark.parametrize(("gold", "quote", "found", "strictly"), [
    # The quote holds the gold words, or lies inside them (a trailing comma aside).
    ("costs would fall", {"text": "costs would fall by half"}, True, True),
    ("we will not back down, she said", {"text": "we will not back down,"}, True, True),
    # Apostrophes typed one way in the gold row, the other in the text.
    ("we don’t know yet", {"text": "we don't know yet"}, True, False),
    ("l'usine fermera", {"text": "l’usine fermera en mars"}, True, False),
    # A gold row starting at the verb of saying: the quote read from its cue on holds it.
    ("said the council would", {"text": "the council would meet again",
                                "cued": "said the council would meet again"}, True, False),
    # Other words: no match either way.
    ("the plan is dead", {"text": "the plan is alive", "cued": "said the plan is alive"},
     False, False),
])
def test_holds(fresh: ModuleType, gold: str, quote: dict[str, Any], found: bool,
               strictly: bool) -> None:
    """A gold row's words match a quote by text, apostrophes read alike or from its cue;
    the strict reading (before round thirty) by text only."""
    assert fresh.holds(gold, quote) is found
    assert fresh.holds(gold, quote, strict=True) is strictly


_BODY = "She said the plan would work. He said that it was late. They said on Monday it was."


def _quote(kind: str, cue: tuple[int, int] | None, start: int) -> SimpleNamespace:
    end = _BODY.index(".", start)
    return SimpleNamespace(kind=kind, field="body", start=start, end=end,
                           cue=None if cue is None else SimpleNamespace(start=cue[0], end=cue[1]))


@pytest.mark.parametrize(("kind", "cue", "start", "expected"), [
    # The cue right before the reported words, or one word ("that") between.
    ("indirect", (4, 8), 9, "said the plan would work"),
    ("indirect", (33, 37), 43, "said that it was late"),
    # Two words between ("on Monday"), no cue, a direct quote: no cued reading.
    ("indirect", (61, 65), 76, ""),
    ("indirect", None, 9, ""),
    ("direct", (4, 8), 9, ""),
])
def test_cued(fresh: ModuleType, kind: str, cue: tuple[int, int] | None, start: int,
              expected: str) -> None:
    """A reported quote is read from its cue on only when the cue comes first, at most one
    word before it."""
    event = SimpleNamespace(body=_BODY)
    assert fresh.cued(event, _quote(kind, cue, start)) == expected


@pytest.mark.parametrize(("answer", "key"), [
    ("l’Union des producteurs", "union des producteurs"),
    ("l'Union des producteurs", "union des producteurs"),
    ("The Ministry", "ministry"),
])
def test_answer_key_reads_apostrophes_alike(fresh: ModuleType, answer: str, key: str) -> None:
    """A phrase answer is compared in lower case, without its determiner, either apostrophe."""
    assert fresh.answer_key(answer) == key


@pytest.mark.parametrize(("article", "prefixes", "taken"), [
    ("zz3", ("zz",), True),
    ("zza3", ("zz",), False),  # a set's letters never take a longer set's articles
    ("e1", ("e1",), True),
    ("e17", ("e1",), False),  # an id takes that article only
    ("k9", (), True),
])
def test_chosen(halves: ModuleType, article: str, prefixes: tuple[str, ...],
                taken: bool) -> None:
    """``--articles`` takes a set by its whole letters, an article by its whole id."""
    assert halves.chosen(article, prefixes) is taken


def test_halves_never_share_an_article(halves: ModuleType) -> None:
    """A set's tuning half and its check half are apart, so reading misses on one never reads
    the other."""
    for name, tune in halves.HALVES.items():
        if name.endswith("-tune"):
            check = halves.HALVES[name.removesuffix("-tune") + "-check"]
            assert not set(tune) & set(check), name
