"""A body's paper between its verb of saying and ``que`` (``a annoncé dans un communiqué
que``, ``estime dans une note que``) is a noun, and the clause the body's
(:mod:`newswire.nlp.quotes.fr_parse.nouns_read_as_verbs_fr`)."""

from __future__ import annotations

import pytest

from newswire.nlp.pipeline import Pipeline
from tests.nlp.quotes.test_french import french_quotes


@pytest.mark.parametrize(("body", "start", "expected"), [
    # An exam office's communiqué, after a person named bare in the sentence before.
    ("Les résultats ont été proclamés mardi par Moussa Diallo. Par ailleurs, l'Office du "
     "baccalauréat a annoncé dans un communiqué que les relevés de notes seront disponibles "
     "en ligne dès vendredi.", "que les relevés", "Office du baccalauréat"),
    # An agency's note, with an aside after its name (health desk style).
    ("Les cas se multiplient dans la région. L'Organisation mondiale de la santé, qui appuie "
     "la riposte, estime dans une note que le risque de propagation vers les pays voisins est "
     "élevé.", "que le risque", "Organisation mondiale de la santé"),
    # Neighbour (read before the rule; it must keep it): a prefecture's communiqué holding
    # a partial quote in marks, with a negation in the clause.
    ("Les éleveurs attendent toujours leurs indemnités. La préfecture, de son côté, a indiqué "
     "dans un communiqué que « les dossiers ne seront pas tous instruits avant janvier ».",
     "les dossiers", "préfecture"),
    # Neighbour (read before the rule; it must keep it): a club's communiqué with an adverb
    # between the verb and the paper, after its coach, titled after his name, spoke.
    ("Pierre Lambert, l'entraîneur du club, n'a pas souhaité s'exprimer. Le club a précisé "
     "dimanche dans un communiqué que son attaquant passerait des examens lundi.",
     "que son attaquant", "club"),
])
def test_a_body_speaks_past_its_paper(pipeline: Pipeline, body: str, start: str,
                                      expected: str) -> None:
    """The clause after ``dans un communiqué``/``dans une note`` is said by the verb's
    subject, not by the paper read as a verb with no subject (the first two rows fail
    without the rule; the neighbours pass without it)."""
    quotes = [q for q in french_quotes(pipeline, body) if q.text.startswith(start)]
    assert quotes
    assert quotes[0].speaker == expected


@pytest.mark.parametrize(("body", "expected"), [
    # Guard: the verb "note" after its subject is a verb of saying, not a paper.
    ("La Cour des comptes note que la dette de la commune a doublé en six ans.",
     "Cour des comptes"),
    # Guard: a paper opening the sentence, a person with a title before her name speaking.
    ("La grève continue. Dans une lettre aux parents, la directrice Marie Dubois écrit que "
     "l'école ne fermera pas.", "Marie Dubois"),
])
def test_a_paper_is_no_verb_only_after_its_article(pipeline: Pipeline, body: str,
                                                   expected: str) -> None:
    """``note`` after its subject is still the verb, and a source named after a fronted
    paper still speaks."""
    assert [q.speaker for q in french_quotes(pipeline, body)] == [expected]
