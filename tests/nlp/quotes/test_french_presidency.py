"""A French ``présidence`` (of a university, a region, a federation, the Republic) is a body
that speaks as its phrase (:data:`newswire.nlp.quotes.lexicon_fr.FRENCH`'s ``org_nouns``)."""

from __future__ import annotations

import pytest

from newswire.nlp.pipeline import Pipeline
from tests.nlp.quotes.test_french import french_quote_starting, french_quotes


@pytest.mark.parametrize(("body", "start", "expected"), [
    # A university's presidency in a communiqué, a lecturer named bare before.
    ("Julien Masselot dénonce un marché au rabais. Dans un communiqué, la présidence de "
     "l'université reconnaît que le marché a été attribué au « mieux-disant financier ».",
     "que le marché", "présidence de l'université"),
    # A region's presidency, with a negation in what it says.
    ("Le site fermera en mars. La présidence de la région Bretagne a indiqué qu'elle ne "
     "laisserait pas partir les machines sans projet de reprise.",
     "qu'elle ne laisserait", "présidence de la région Bretagne"),
])
def test_a_presidency_speaks(pipeline: Pipeline, body: str, start: str, expected: str) -> None:
    """The presidency is an organisation speaking by its phrase."""
    quotes = [q for q in french_quotes(pipeline, body) if q.text.startswith(start)]
    assert quotes
    assert (quotes[0].speaker, quotes[0].speaker_kind) == (expected, "organization")


def test_a_candidate_to_the_presidency_is_still_the_person(pipeline: Pipeline) -> None:
    """Guard: ``candidat à la présidence`` in an apposition leaves the person speaking."""
    body = ("Jean Morel, candidat à la présidence de la fédération, affirme que « la campagne "
            "sera longue et difficile ».")
    assert [q.speaker for q in french_quotes(pipeline, body)] == ["Jean Morel"]


@pytest.mark.parametrize(("body", "start", "expected"), [
    # review53's slip: a name the parse hangs across a comma on the body (was présidence).
    ("Selon la présidence, Emmanuel Macron s'exprimera dimanche. « Le moment est grave », "
     "a-t-il confié à ses proches.", "Le moment est grave", "Emmanuel Macron"),
    # Neighbour (passes on base54): another body, the name after it.
    ("Selon la direction, Paul Girard quittera le club en juin. « Je pars sans regret », "
     "a-t-il lâché mardi.", "Je pars sans regret", "Paul Girard"),
    # Neighbour: a title heading the name still hands the "-il" on (M. Roy, his words).
    ("M. Roy a défendu son budget. « Nous tiendrons les comptes », a-t-il ajouté.",
     "Nous tiendrons", "Roy"),
])
def test_an_inverted_pronoun_after_selon_a_body_is_the_person(
        pipeline: Pipeline, body: str, start: str, expected: str) -> None:
    """``a-t-il confié`` after ``Selon la présidence, X ...`` is X's, not the body's."""
    assert french_quote_starting(pipeline, body, start).speaker == expected
