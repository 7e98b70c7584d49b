"""French interviews with speaker labels, dropped after the first exchange: questions are
the asker's, answers the interviewee's (:mod:`newswire.nlp.quotes.layouts.exchanges_fr`).

Texts are written for these tests.
"""

from __future__ import annotations

import pytest

from newswire.nlp.pipeline import Pipeline
from tests.nlp.quotes.test_french import french_quotes

_INTRO = ("Sa fille de douze ans est harcelée depuis la rentrée. Claire Vannier, mère "
          "d'une élève du collège Jules-Verne, a répondu aux questions de franceinfo.\n\n")
_LABELLED = ("franceinfo : Comment va votre fille aujourd'hui ?\n\n"
             "Claire Vannier : Elle ne dort plus. Je la retrouve en pleurs tous les soirs, "
             "et je ne sais plus quoi lui dire.\n\n")
_BARE = ("Qu'attendez-vous du collège ?\n\n"
         "Qu'il nous écoute enfin. Nous avons écrit trois fois à la principale, sans "
         "jamais recevoir de réponse.\n\n")
_AFTER = ("Le rectorat assure de son côté qu'une enquête interne a été ouverte.\n\n")


@pytest.mark.parametrize(("body", "expected"), [
    # The outlet's label asks (an organisation), the labels dropped after the first exchange.
    (_INTRO + _LABELLED + _BARE + _AFTER,
     [("Comment va votre fille aujourd'hui ?", "franceinfo", "organization"),
      ("Elle ne dort plus. Je la retrouve en pleurs tous les soirs, et je ne sais plus quoi "
       "lui dire.", "Claire Vannier", "person"),
      ("Qu'attendez-vous du collège ?", "franceinfo", "organization"),
      ("Qu'il nous écoute enfin. Nous avons écrit trois fois à la principale, sans jamais "
       "recevoir de réponse.", "Claire Vannier", "person")]),
    # A reporter's name as the label: the reporter asks, as a person.
    (_INTRO + _LABELLED.replace("franceinfo :", "Julien Masset :"),
     [("Comment va votre fille aujourd'hui ?", "Julien Masset", "person"),
      ("Elle ne dort plus. Je la retrouve en pleurs tous les soirs, et je ne sais plus quoi "
       "lui dire.", "Claire Vannier", "person")]),
    # The form's labels name no one: the turns are quotes of no one (not of "Q" and "R").
    ("Q : Pourquoi fermer l'école ?\n\nR : Nous n'avons plus assez d'élèves.\n\n" + _AFTER,
     [("Pourquoi fermer l'école ?", None, "unknown"),
      ("Nous n'avons plus assez d'élèves.", None, "unknown")]),
    # Guard: headings with a colon (no labelled question answered under another label).
    ("Budget : la ville augmente la taxe foncière.\n\n"
     "Écoles : trois classes fermeront en juin ?\n\n" + _AFTER, []),
])
def test_labelled_french_exchange(pipeline: Pipeline, body: str,
                                  expected: list[tuple[str, str | None, str]]) -> None:
    """A labelled French exchange's questions are the asker's, answers the answerer's."""
    turns = [(q.text, q.speaker, q.speaker_kind) for q in french_quotes(pipeline, body)
             if q.kind == "direct"]
    assert turns == expected
    for quote in french_quotes(pipeline, body):
        assert body[quote.start:quote.end] == quote.text
