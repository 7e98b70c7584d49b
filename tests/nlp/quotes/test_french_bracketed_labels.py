"""Issue 14: a French title ``Name (Club) : « ... »`` gives the quote to the person, not
to the club, firm or party the brackets add (real French model).

Titles are written for these tests in the house style of French business and sport pages,
each followed by a body paragraph as a paper prints it.
"""

from __future__ import annotations

import pytest

from newswire.nlp.pipeline import Pipeline
from tests.nlp.quotes.test_french import french_quote_starting

ROWS = [
    ("Inès Vautrin (Comptalys) : « Je ne partirai pas aux États-Unis pour lever plus »\n\n"
     "La fondatrice de Comptalys a reçu Challenges dans ses bureaux lyonnais.",
     "Je ne partirai pas", "Inès Vautrin"),
    ("Thierry Moulinier (Garonne) : « On a offert ce match à Villefort »\n\n"
     "Garonne a perdu samedi sur sa pelouse face à Villefort (1-2).",
     "On a offert ce match", "Thierry Moulinier"),
    ("Sarah Lemoine (PS) : « Nous voterons contre ce budget »\n\n"
     "La députée socialiste a annoncé la position de son groupe mardi.",
     "Nous voterons contre", "Sarah Lemoine"),
]


@pytest.mark.parametrize(("body", "start", "speaker"), ROWS)
def test_french_bracketed_labels(pipeline: Pipeline, body: str, start: str,
                                 speaker: str) -> None:
    """The quote starting with ``start`` is ``speaker``'s."""
    quote = french_quote_starting(pipeline, body, start)
    assert quote.speaker == speaker, quote
