"""The questions of a French interview are quotes of the interviewer
(:mod:`newswire.nlp.quotes.layouts.interviews_fr`)."""

from __future__ import annotations

import pytest

from newswire.nlp.pipeline import Pipeline
from tests.nlp.quotes.test_french import french_quotes

_EXCHANGE = ("Les agriculteurs peuvent-ils encore s'assurer contre la sécheresse ?\n\n"
             "De moins en moins. Nous voyons des exploitations refusées par trois assureurs "
             "de suite, et je crains que cela ne s'aggrave.\n\n"
             "Que demandez-vous à l'État ?\n\n"
             "Un fonds public, tout simplement. On ne peut pas laisser les éleveurs seuls "
             "face au climat.\n\n")
_QUOTED_EXCHANGE = ("Les stations de moyenne altitude ont-elles encore un avenir ?\n\n"
                    "« Elles en ont un, mais probablement pas dans le ski alpin tel qu'on le "
                    "connaît. »\n\n"
                    "La neige de culture peut-elle compenser ?\n\n"
                    "« En partie, et pour un temps. C'est une solution de court terme. »\n\n")
_INTRO = ("Éleveuse dans le Cantal, Sylvie Roumégoux préside depuis mai la chambre "
          "d'agriculture du département.\n\n")


@pytest.mark.parametrize(("body", "author", "expected"), [
    # "Recueilli par" (the model also tags "Recueilli" a person): the name after "par" asks.
    ("La présidente de la chambre d'agriculture alerte sur les assurances. Entretien.\n\n"
     "Recueilli par Samuel Benhamou\n\n" + _INTRO + _EXCHANGE, None,
     [("Les agriculteurs peuvent-ils encore s'assurer contre la sécheresse ?",
       "Samuel Benhamou"),
      ("Que demandez-vous à l'État ?", "Samuel Benhamou")]),
    # A section "Nous avons posé la question à ..." with its answers in quotation marks, the
    # writer signing "Par ..." at the top.
    ("Par Romain Chabert\n\nLes stations du Vercors attendent la neige.\n\n"
     "Nous avons posé la question à Claire Dumontet, climatologue à Grenoble.\n\n"
     + _QUOTED_EXCHANGE, None,
     [("Les stations de moyenne altitude ont-elles encore un avenir ?", "Romain Chabert"),
      ("La neige de culture peut-elle compenser ?", "Romain Chabert")]),
    # The byline left the body for the article's author: the author asks.
    ("Questions à Claire Dumontet\n\nLa climatologue a répondu à nos questions.\n\n"
     + _QUOTED_EXCHANGE, "Nicolas Darrigade",
     [("Les stations de moyenne altitude ont-elles encore un avenir ?", "Nicolas Darrigade"),
      ("La neige de culture peut-elle compenser ?", "Nicolas Darrigade")]),
    # Guard: an author that is a desk, not a person, asks nothing.
    ("Questions à Claire Dumontet\n\nLa climatologue a répondu à nos questions.\n\n"
     + _QUOTED_EXCHANGE, "la rédaction", []),
    # Guard: no byline and no author, the questions are nobody's and not taken.
    ("Entretien avec la présidente de la chambre d'agriculture.\n\n" + _INTRO + _EXCHANGE,
     None, []),
    # Guard: questions with no announced interview are the reporter's own prose.
    ("Par Romain Chabert\n\n" + _INTRO + _EXCHANGE, None, []),
])
def test_french_interview_questions(pipeline: Pipeline, body: str, author: str | None,
                                    expected: list[tuple[str, str]]) -> None:
    """A French interview's questions are direct quotes of its byline writer (in the body,
    else the article's author when one person); with none named, or no interview, none."""
    asked = [q for q in french_quotes(pipeline, body, author)
             if q.kind == "direct" and q.text.endswith("?")]
    assert [(q.text, q.speaker) for q in asked] == expected
    for quote in asked:
        assert body[quote.start:quote.end] == quote.text


@pytest.mark.parametrize(("body", "expected"), [
    # "Questions à" a named person: each answer in quotation marks is hers.
    ("Par Romain Chabert\n\nLes stations du Vercors attendent la neige.\n\n"
     "Questions à Claire Dumontet\n\nLa climatologue a répondu à nos questions.\n\n"
     + _QUOTED_EXCHANGE,
     [("Elles en ont un, mais probablement pas dans le ski alpin tel qu'on le connaît.",
       "Claire Dumontet"),
      ("En partie, et pour un temps. C'est une solution de court terme.", "Claire Dumontet")]),
    # Guard: the same answers with no interview announced stay without a speaker.
    ("Par Romain Chabert\n\nLes stations du Vercors attendent la neige.\n\n"
     + _QUOTED_EXCHANGE,
     [("Elles en ont un, mais probablement pas dans le ski alpin tel qu'on le connaît.", None),
      ("En partie, et pour un temps. C'est une solution de court terme.", None)]),
])
def test_quoted_answers_are_the_interviewees(pipeline: Pipeline, body: str,
                                             expected: list[tuple[str, str | None]]) -> None:
    """An interview's answers printed in quotation marks are its interviewee's quotes."""
    answers = [q for q in french_quotes(pipeline, body)
               if q.kind == "direct" and not q.text.endswith("?")]
    assert [(q.text, q.speaker) for q in answers] == expected
