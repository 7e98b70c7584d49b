"""Issue 14: a French incise with to whom, where or how the source spoke before its subject
(``a confié à l'AFP X``, ``a assuré à la tribune X``, ``a commenté dans un communiqué X``)
gives the quote to that subject (real French model).

Texts are written for these tests in the house style of French and Belgian papers; and an
agency's name after the preposition's noun (``à l'agence TAP le directeur ..., X``), which
must not be taken for the speaker.
"""

from __future__ import annotations

import pytest

from newswire.nlp.pipeline import Pipeline
from tests.nlp.quotes.test_french import french_quote_starting

ROWS = [
    ("\"On a l'impression de parler à un mur\", a confié à l'AFP Laëtitia Roumagnac, "
     "contrôleuse depuis douze ans à Toulouse.", "On a l'impression", "Laëtitia Roumagnac"),
    ("\"Ce n'est pas une menace, c'est un constat comptable\", a assuré à la tribune "
     "Pierre-Henri Vasseur, président de l'Assemblée des départements de France.",
     "Ce n'est pas une menace", "Pierre-Henri Vasseur"),
    ("\"Après beaucoup de réflexion, nous sommes convaincus\", a commenté dans un communiqué "
     "Anne-Catherine Dumoulin, présidente du conseil.", "Après beaucoup de réflexion",
     "Anne-Catherine Dumoulin"),
    # the agency's name is the preposition's phrase: the role after it speaks, by its name
    ("« Cette mesure est nécessaire. Elle sera levée dès que possible », a déclaré à l'agence "
     "TAP le directeur de l'exploitation à la SONEDE, Hatem Ben Slimane.",
     "Cette mesure est nécessaire", "Hatem Ben Slimane"),
    # guards: the name after the preposition's noun is that medium's, not a speaker
    ("Le ministre a réagi mardi matin. « Nous ne céderons pas », a déclaré à la radio RTL.",
     "Nous ne céderons pas", None),
    ("Le ministre a réagi mardi. « Nous ne céderons pas », a déclaré sur la chaîne BFMTV.",
     "Nous ne céderons pas", None),
]


@pytest.mark.parametrize(("body", "start", "speaker"), ROWS)
def test_french_incise_places(pipeline: Pipeline, body: str, start: str,
                              speaker: str | None) -> None:
    """The quote starting with ``start`` is ``speaker``'s."""
    quote = french_quote_starting(pipeline, body, start)
    assert quote.speaker == speaker, quote
