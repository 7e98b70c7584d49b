"""French interviews printed as questions and answers without labels
(:mod:`newswire.nlp.quotes.layouts.interviews_fr`)."""

from __future__ import annotations

import pytest

from newswire.nlp.entities.extract import extract_entities
from newswire.nlp.pipeline import Pipeline
from newswire.nlp.quotes.extract import extract_quotes
from tests.nlp.quotes.test_french import french_quotes

_QUESTIONS = ("Les petites lignes ferroviaires sont-elles condamnées ?\n\n"
              "Certainement pas. Nous avons rouvert deux gares l'an dernier et la "
              "fréquentation a doublé en six mois.\n\n"
              "Le gouvernement promet pourtant des économies…\n\n"
              "Les économies, on nous les annonce chaque automne. Sans train, les villages se "
              "vident et les jeunes partent.\n\n")
_ANSWERS = [("Certainement pas. Nous avons rouvert deux gares l'an dernier et la fréquentation "
             "a doublé en six mois.", "Hélène Marchal"),
            ("Les économies, on nous les annonce chaque automne. Sans train, les villages se "
             "vident et les jeunes partent.", "Hélène Marchal")]
#: The questions, the interviewer's when a byline names one (Paul Lemaire below).
_ASKED = [("Les petites lignes ferroviaires sont-elles condamnées ?", "Paul Lemaire"),
          ("Le gouvernement promet pourtant des économies…", "Paul Lemaire")]
#: The same with the form's labels, which are no one's words (``R`` was a speaker).
_LABELLED = "\n\n".join(f"{label} : {para}" for label, para in zip(
    ("Q", "R", "Q", "R"), _QUESTIONS.split("\n\n"), strict=False)) + "\n\n"
_INTRO = ("Hélène Marchal, 58 ans, préside depuis juin l'association des usagers du rail en "
          "Auvergne.\n\n")


@pytest.mark.parametrize(("body", "expected"), [
    # A deck ending "Entretien.", the reporter's byline, an introduction naming her.
    ("La présidente des usagers du rail défend les petites lignes. Entretien.\n\n"
     "Propos recueillis par Paul Lemaire\n\n" + _INTRO + _QUESTIONS,
     [_ASKED[0], _ANSWERS[0], _ASKED[1], _ANSWERS[1]]),
    # "Trois questions à" announcing it, the interviewee named in the same paragraph.
    ("Trois questions à Hélène Marchal, présidente des usagers du rail en Auvergne.\n\n"
     + _QUESTIONS, _ANSWERS),
    # The nearest paragraph naming anyone says who answers, not an earlier one.
    ("Entretien avec la présidente des usagers du rail.\n\nLe ministre Paul Girard a "
     "annoncé la fermeture de douze lignes.\n\n" + _INTRO + _QUESTIONS, _ANSWERS),
    # "Q :"/"R :" and "Question :"/"Réponse :" labels: the same turns, past their labels.
    ("Propos recueillis par Paul Lemaire\n\n" + _INTRO + _LABELLED,
     [_ASKED[0], _ANSWERS[0], _ASKED[1], _ANSWERS[1]]),
    ("Propos recueillis par Paul Lemaire\n\n" + _INTRO
     + _LABELLED.replace("Q :", "Question :").replace("R :", "Réponse :"),
     [_ASKED[0], _ANSWERS[0], _ASKED[1], _ANSWERS[1]]),
    # An answer saying "je le regrette" is still the interviewee's, not left to "je".
    ("Trois questions à Hélène Marchal, présidente des usagers du rail en Auvergne.\n\n"
     + _QUESTIONS.replace(_ANSWERS[0][0], "Nous n'avons plus assez de trains, je le regrette."),
     [("Nous n'avons plus assez de trains, je le regrette.", "Hélène Marchal"), _ANSWERS[1]]),
    # Guard: an "Entretien" rubric over an explainer asking its own questions, answered in
    # the reporter's prose (no first person), is no interview.
    ("Entretien\n\nLe technicien Marc Dubois a inspecté la chaudière.\n\n"
     "Faut-il la faire vérifier chaque année ?\n\n"
     "Oui, la loi impose un contrôle annuel par un professionnel agréé.\n\n"
     "Et le ramonage ?\n\n"
     "Il est obligatoire deux fois par an dans la plupart des communes.", []),
    # Guard: odd input (questions and nothing else, empty paragraphs) takes nothing.
    ("Entretien.\n\n" + "Pourquoi ?\n\n\n\n" * 300, []),
    # Guard: no announcement, the paragraphs after a question are the reporter's.
    (_INTRO + _QUESTIONS, []),
    # Guard: an introduction naming two people does not say whose answers they are.
    ("Entretien avec les usagers du rail.\n\nHélène Marchal et Bruno Ferrand animent "
     "l'association des usagers du rail en Auvergne.\n\n" + _QUESTIONS, []),
])
def test_french_interview_answers(pipeline: Pipeline, body: str,
                                  expected: list[tuple[str, str]]) -> None:
    """An announced French interview's unlabelled answers are direct quotes of the one
    person its introduction names; without an announcement, or with two people, none."""
    quotes = [q for q in french_quotes(pipeline, body) if q.kind == "direct"]
    assert [(q.text, q.speaker) for q in quotes] == expected
    for quote in quotes:
        assert body[quote.start:quote.end] == quote.text


def _headlined_quotes(pipeline: Pipeline, title: str, body: str) -> list[tuple[str, str]]:
    """The direct quotes of a French article with its headline, as (text, speaker)."""
    nlp = pipeline.models.full("fr")
    title_doc, body_doc = nlp(title), nlp(body)
    quotes = extract_quotes(title_doc, body_doc, extract_entities(title_doc, body_doc))
    return [(q.text, q.speaker or "") for q in quotes
            if q.kind == "direct" and q.field == "body"]


_PORTRAIT = ("Hélène Marchal, 58 ans, préside depuis juin l'association des usagers du rail. "
             "Elle a longtemps travaillé avec Bruno Ferrand.\n\n")


@pytest.mark.parametrize(("title", "body", "expected"), [
    # A deck ending "Rencontre." announces an interview met in person; the headline's label
    # names the interviewee among the two people the introduction names.
    ("Hélène Marchal : « Les petites lignes ne sont pas mortes »",
     "La présidente des usagers du rail défend les petites lignes. Rencontre.\n\n"
     + _PORTRAIT + _QUESTIONS, _ANSWERS),
    # The interview rubric in the headline announces it from the body's first paragraph;
    # the introduction names her in full, and "Ouranos" (a consortium) the model takes for
    # a person is not a second interviewee.
    ("Entrevue | « Les petites lignes ne sont pas mortes »",
     "Pour comprendre ce qui se passe, Le Devoir s'est entretenu avec Hélène Marchal, "
     "ingénieure chez Ouranos, le consortium québécois de recherche sur le climat. Mme "
     "Marchal coordonne depuis cinq ans les scénarios utilisés par les villes.\n\n"
     + _QUESTIONS, _ANSWERS),
    # Labelled turns: the labels naming who speaks are no words of the turn.
    ("Hélène Marchal : « Les petites lignes ne sont pas mortes »",
     "La présidente des usagers du rail défend les petites lignes. Rencontre.\n\n"
     + _PORTRAIT + "Le Journal : Les petites lignes ferroviaires sont-elles condamnées ?\n\n"
     "Hélène Marchal : Certainement pas. Nous avons rouvert deux gares l'an dernier.\n\n"
     "Le Journal : Le gouvernement promet pourtant des économies ?\n\n"
     "Hélène Marchal : Les économies, on nous les annonce chaque automne.\n\n",
     [("Les petites lignes ferroviaires sont-elles condamnées ?", "Le Journal"),
      ("Certainement pas. Nous avons rouvert deux gares l'an dernier.", "Hélène Marchal"),
      ("Le gouvernement promet pourtant des économies ?", "Le Journal"),
      ("Les économies, on nous les annonce chaque automne.", "Hélène Marchal")]),
    # Guard: no rubric, no announcement: the paragraphs after a question are the reporter's.
    ("Les petites lignes ne sont pas mortes",
     _PORTRAIT + _QUESTIONS, []),
])
def test_announced_by_headline(pipeline: Pipeline, title: str, body: str,
                               expected: list[tuple[str, str]]) -> None:
    """A French interview announced by a deck ending ``Rencontre.`` or by the headline's
    rubric has its answers taken, the interviewee the person the headline's label names;
    a label naming who speaks is left out of the turn."""
    assert _headlined_quotes(pipeline, title, body) == expected
