"""An interview answer quoting someone else keeps its own words around that quote as the
interviewee's (:mod:`newswire.nlp.quotes.layouts.interview_quotes`; real model).

Texts are written for these tests.
"""

from __future__ import annotations

import pytest

from newswire.nlp.pipeline import Pipeline
from tests.nlp.quotes.test_extract import quotes_of as english_quotes
from tests.nlp.quotes.test_french import french_quotes

_INTRO = ("Hélène Marchal, 58 ans, préside depuis juin l'association des usagers du rail en "
          "Auvergne.\n\n")
_QUOTING = ("La présidente des usagers du rail défend les petites lignes. Entretien.\n\n"
            + _INTRO
            + "Les élus locaux vous soutiennent-ils ?\n\n"
            "Beaucoup, oui, en privé. Un maire m'a dit : « Je ne peux pas le dire en conseil "
            "municipal, mais sans la gare mon village disparaît dans dix ans. » C'est une "
            "stratégie de prudence, pas un désaccord.\n\n"
            "Et la région ?\n\n"
            "Elle attend de voir. Nous lui avons écrit deux fois depuis l'été.\n\n")


@pytest.mark.parametrize(("body", "expected"), [
    # An answer quoting someone else at length: its words around that quote stay hers.
    (_QUOTING,
     [("Beaucoup, oui, en privé.", "Hélène Marchal"),
      ("C'est une stratégie de prudence, pas un désaccord.", "Hélène Marchal"),
      ("Elle attend de voir. Nous lui avons écrit deux fois depuis l'été.", "Hélène Marchal")]),
])
def test_french_answers_around_others_quotes(pipeline: Pipeline, body: str,
                                             expected: list[tuple[str, str]]) -> None:
    """An answer that is mostly another person's quote keeps its own words before and after
    that quote as the interviewee's direct quotes (the other quote is not hers)."""
    quotes = [(q.text, q.speaker) for q in french_quotes(pipeline, body) if q.kind == "direct"]
    assert [q for q in quotes if q[1] == "Hélène Marchal"] == expected
    assert all(not text.startswith("Je ne peux pas") for text, speaker in quotes
               if speaker == "Hélène Marchal")


_ASKED_EN = "We asked Tricia Nguyen, chief economist at the agency, what is behind the drop.\n\n"
_ASKED_FR = "Claire Vannier a répondu aux questions de franceinfo.\n\n"
_BYLINE_FR = ("Entretien.\n\nPropos recueillis par Paul Lemaire\n\n"
              "Hélène Marchal préside l'association.\n\n")


@pytest.mark.parametrize(("body", "expected"), [
    # English (the rows after it are French)
    (_ASKED_EN + "Q: Why?\n\nA: \u201c", []),
    (_ASKED_FR + "franceinfo : Comment va votre fille ?\n\nClaire Vannier : Elle ne dort "
     "plus.\n\n?\n\n.", [("Comment va votre fille ?", "franceinfo"),
                        ("Elle ne dort plus.", "Claire Vannier")]),
    (_BYLINE_FR + "Q : ?\n\nR :\n\nQ : Pourquoi ?\n\nR : Je ne sais pas.",
     [("Pourquoi ?", "Paul Lemaire"), ("Je ne sais pas.", "Hélène Marchal")]),
])
def test_wordless_turns(pipeline: Pipeline, body: str, expected: list[tuple[str, str]]) -> None:
    """A question or answer with no word (a lone mark, ``?``, a bare label) is no quote."""
    quotes = english_quotes if body.startswith(_ASKED_EN) else french_quotes
    assert [(q.text, q.speaker) for q in quotes(pipeline, body) if q.kind == "direct"] == expected
