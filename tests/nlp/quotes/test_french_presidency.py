"""A French ``présidence`` (of a university, a region, a federation, the Republic) is a body
that speaks as its phrase (:data:`newswire.nlp.quotes.lexicon_fr.FRENCH`'s ``org_nouns``)."""

from __future__ import annotations

import pytest

from newswire.nlp.pipeline import Pipeline
from tests.nlp.quotes.test_french import french_quotes


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
