"""A French ``de son côté`` / ``pour sa part`` beside a verb of saying is no part of who
speaks: the subject before it speaks (hand-made sentences, not from any fresh set)."""

from __future__ import annotations

import pytest

from newswire.nlp.pipeline import Pipeline
from tests.nlp.quotes.test_french import french_quotes


@pytest.mark.parametrize(("body", "speakers"), [
    # The aside between the auxiliary and the participle made "côté" the head of the verb.
    ("Le projet de tramway divise la commune. Le Parti socialiste lausannois a de son côté "
     "dénoncé « une décision prise sans la moindre concertation ».",
     ["Parti socialiste lausannois"]),
    ("La fermeture de l'usine inquiète. Le Parti socialiste vaudois a pour sa part exigé "
     "dans un communiqué « des garanties écrites pour chaque salarié » dont le groupe a "
     "bénéficié.",
     ["Parti socialiste vaudois"]),
    # Set off by commas, with a second verb after the quote: both the body's (a regional
    # office, named with its region: :mod:`.bodies.regional_offices_fr`).
    ("L'Agence régionale de santé (ARS) de Normandie a, de son côté, rappelé dans un "
     "communiqué que l'eau pouvait présenter « une couleur brune pendant deux jours » et "
     "recommande de la laisser couler quelques minutes avant consommation.",
     ["Agence régionale de santé (ARS) de Normandie",
      "Agence régionale de santé (ARS) de Normandie"]),
])
def test_own_part_aside_is_not_the_speaker(pipeline: Pipeline, body: str,
                                           speakers: list[str]) -> None:
    """The speakers of quotes whose verb of saying stands beside an own-part aside."""
    assert [q.speaker for q in french_quotes(pipeline, body)] == speakers
