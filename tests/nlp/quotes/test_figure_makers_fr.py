"""French figures and a communiqué speak as whoever made them (``Selon les estimations de la
direction``, ``Selon les chiffres présentés par l'ADF``, ``Selon un communiqué de la direction
de la Protection civile``); a titled document keeps its own phrase, and a thing hung on the
figures by ``de`` is no maker."""

from __future__ import annotations

import pytest

from newswire.nlp.pipeline import Pipeline
from tests.nlp.quotes.test_french import french_quotes


@pytest.mark.parametrize(("body", "speaker"), [
    # An estimate hung on a body by "de": the body's claim.
    ("La grève des pilotes est maintenue. Selon les estimations de la direction, près de "
     "20.000 passagers pourraient être affectés ce week-end.", "direction"),
    # Figures with a participle and its "par" agent: the agent made them.
    ("Les départements sont à bout. Selon les chiffres présentés par l'ADF, les dépenses "
     "sociales ont progressé de 18 % en trois ans.", "ADF"),
    ("Les expulsions se poursuivent. Selon des chiffres communiqués par la préfecture, plus "
     "de 19 000 reconduites ont été réalisées depuis janvier.", "préfecture"),
    # A communiqué speaks as its issuer.
    ("Deux personnes sont mortes dans les crues. Selon un communiqué de la direction de la "
     "Protection civile, les victimes ont été emportées par les eaux près de Hadjout.",
     "Protection civile"),
    # A titled document keeps its phrase: a study is no figure.
    ("Le secteur recrute peu. Selon une étude de la chambre de commerce, près d'un tiers des "
     "entreprises peinent à embaucher.", "étude de la chambre de commerce"),
])
def test_figures_speak_as_their_maker(pipeline: Pipeline, body: str, speaker: str) -> None:
    """The speaker of a ``selon`` clause whose source is figures or a communiqué."""
    assert [q.speaker for q in french_quotes(pipeline, body)] == [speaker]
