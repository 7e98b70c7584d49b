"""A French interview's answers printed in guillemets, under a ``Questions à X`` heading,
are the interviewee's; a quote with its own cue keeps its speaker."""

from __future__ import annotations

import pytest

from newswire.nlp.pipeline import Pipeline
from tests.nlp.quotes.test_french import french_quotes

_HEADING = ("Bayonne a battu Toulouse samedi soir.\n\nQuestions à Peio Arrieta\n\n"
            "À l'issue de la conférence de presse, le manager bayonnais a répondu à nos "
            "questions.\n\nCette victoire change-t-elle vos ambitions ?\n\n")


@pytest.mark.parametrize(("body", "expected"), [
    # Two questions, each answered in guillemets: both answers are the manager's.
    (_HEADING + "« Non. On veut être dans les six, on l'a dit depuis l'été. »\n\n"
     "Votre équipe a encore été fébrile en première période. Comment l'expliquez-vous ?\n\n"
     "« On a un problème d'entame, c'est évident. Je n'ai pas de réponse magique. »",
     ["Peio Arrieta", "Peio Arrieta"]),
    # An answer whose quote has its own cue keeps the one the cue names.
    (_HEADING + "« Non. On veut être dans les six », assure Jon Etxeberria.\n\n"
     "Votre équipe a encore été fébrile en première période. Comment l'expliquez-vous ?\n\n"
     "« On a un problème d'entame, c'est évident. Je n'ai pas de réponse magique. »",
     ["Jon Etxeberria", "Peio Arrieta"]),
    # Guard: no heading announcing an interview, no interviewee.
    ("Bayonne a battu Toulouse samedi soir. Peio Arrieta était ravi.\n\nEt maintenant ?\n\n"
     "« Non. On veut être dans les six. »\n\nEt le public ?\n\n« Il a joué avec nous. »",
     [None, None]),
])
def test_marked_answers_are_the_interviewees(pipeline: Pipeline, body: str,
                                             expected: list[str | None]) -> None:
    """``Questions à Peio Arrieta`` then questions answered in guillemets: his answers."""
    assert [q.speaker for q in french_quotes(pipeline, body)] == expected
