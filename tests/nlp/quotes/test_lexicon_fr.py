"""The French lexicon's shared pieces: one person's name as a page prints it."""

from __future__ import annotations

import pytest

from newswire.nlp.quotes.lexicon_fr import FRENCH, THE_SINGULAR, person_name


@pytest.mark.parametrize(("name", "most_words", "expected"), [
    ("Nathalie Dumas", 3, True),
    ("Jean-Marc Le Goff", 3, True),
    ("Jeanne d'Arc", 3, True),
    ("Anne de Lacroix", 3, True),
    ("Nathalie Brégeon-Ferrand", 2, True),
    ("Marie Anne de Lacroix", 3, False),  # four words: more than an author byline holds
    ("Marie Anne de Lacroix", 4, True),  # ... but a label's name may have four
    ("franceinfo", 4, False),  # an outlet in one word, no capital
    ("Le Monde Diplomatique Paris Édition", 4, False),
    ("la rédaction", 3, False),
])
def test_a_person_name_is_two_to_most_words_capitalised_words(
        name: str, most_words: int, expected: bool) -> None:
    """``person_name`` takes two to ``most_words`` words, capitalised or a particle."""
    assert (person_name(most_words).fullmatch(name) is not None) is expected


@pytest.mark.parametrize(("word", "singular", "definite"), [
    ("le", True, True),
    ("la", True, True),
    ("l'", True, True),
    ("l’", True, True),
    ("les", False, True),  # plural: "les ministres" is no bare title
    ("cette", False, True),
    ("une", False, False),
])
def test_the_singular_articles_are_definite_ones(word: str, singular: bool,
                                                 definite: bool) -> None:
    """One table of the singular definite articles (headlines' bare titles, stand-ins), part
    of the lexicon's definite words."""
    assert (word in THE_SINGULAR) is singular
    assert (word in FRENCH.definite) is definite
