"""A word's gender read once a lexicon (:func:`newswire.nlp.quotes.base.gender.gender_of` keeps
each word's answer): the same answers at a first and a later ask, and a lexicon made with
other words reads them, not another lexicon's kept answers."""

from __future__ import annotations

from dataclasses import replace

import pytest

from newswire.nlp.quotes.base.gender import gender_of
from newswire.nlp.quotes.lexicon_en import ENGLISH
from newswire.nlp.quotes.lexicon_fr import FRENCH


@pytest.mark.parametrize(("words", "french", "borrowed", "expected"), [
    (["Mrs."], False, False, "f"),
    (["Mr", "spokeswoman"], False, False, None),  # the words disagree
    (["Marie-Hélène"], True, False, "f"),
    (["Marie-Laure"], True, False, "f"),  # French: the first part decides
    (["Marie-Laure"], True, True, None),  # borrowed: every part must be known
    (["Clinton"], False, False, None),
    (["actress", "Ms"], False, False, "f"),
])
def test_gender_of_at_every_ask(words: list[str], french: bool, borrowed: bool,
                                expected: str | None) -> None:
    """The answer is the same at the first ask and the next ones."""
    lexicon = FRENCH if french else ENGLISH
    for _ in range(3):
        assert gender_of(words, lexicon, borrowed=borrowed) == expected


def test_a_new_lexicon_reads_its_own_words() -> None:
    """A lexicon made after another asked the same word answers by its own tables."""
    gender_of(["Robin"], ENGLISH)  # ENGLISH's answer kept first
    female = replace(ENGLISH, female_words=ENGLISH.female_words | {"robin"},
                     male_words=ENGLISH.male_words - {"robin"})
    male = replace(ENGLISH, female_words=ENGLISH.female_words - {"robin"},
                   male_words=ENGLISH.male_words | {"robin"})
    assert gender_of(["Robin"], female) == "f"
    assert gender_of(["Robin"], male) == "m"
    assert gender_of(["Robin"], female) == "f"
