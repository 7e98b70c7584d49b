"""A French sentence opened by the side of a body or a camp (``Dans l'entourage de la
ministre, on assure``) speaks as that side; a place (``Dans la salle``, ``À Lyon``) or a
bare organisation noun (``Dans la majorité``) does not (hand-made sentences)."""

from __future__ import annotations

import pytest

from newswire.nlp.pipeline import Pipeline
from tests.nlp.quotes.test_french import french_quotes


@pytest.mark.parametrize(("body", "speakers"), [
    ("La ministre a défendu la réforme mardi. Dans l'entourage de la ministre, on assure que "
     "la mesure « n'est pas gravée dans le marbre ».",
     ["entourage de la ministre"]),
    # Already right before the rule (another reading): guards that it keeps them.
    ("Le projet divise. Au cabinet de la ministre, on assure que le calendrier « sera tenu "
     "coûte que coûte ».",
     ["cabinet de la ministre"]),
    ("Le budget est critiqué. Au Rassemblement national, on dénonce « un matraquage fiscal "
     "sans précédent ».",
     ["Rassemblement national"]),
    # A bare ``Côté`` before a body's name; a seat of power after ``À``/``Au``.
    ("Les retards s'accumulent. Côté SNCF, on reconnaît « une situation très dégradée sur "
     "cet axe ».",
     ["SNCF"]),
    ("Le tarif baissera en février. À Bercy, on indique que la décision sera publiée « dans "
     "les délais habituels ».",
     ["Bercy", "Bercy"]),
    ("Le sommet s'est achevé. Au Quai d'Orsay, on fait valoir que sa tenue « n'était pas "
     "acquise il y a six mois ».",
     ["Quai d'Orsay"]),
    # Places and topics: no speaker, as before.
    ("Les négociations reprennent. Côté salaires, on juge l'offre « très en deçà de "
     "l'inflation ».",
     [None]),
    ("La fête a attiré du monde. Dans la salle, on disait que le concert « était le meilleur "
     "de l'année ».",
     [None]),
    ("La ville se prépare. À Lyon, on estime que la crue « ne dépassera pas le niveau de "
     "2003 ».",
     [None]),
])
def test_side_opening_speaks(pipeline: Pipeline, body: str,
                             speakers: list[str | None]) -> None:
    """The speakers of quotes whose ``on`` follows an opening naming a side."""
    assert [q.speaker for q in french_quotes(pipeline, body)] == speakers


def test_bare_majority_is_no_side(pipeline: Pipeline) -> None:
    """``Dans la majorité, on ... selon plusieurs sources``: the sources, not a union named
    before matched to ``majorité`` by its sort."""
    body = ("Les syndicats CSC et CGSP appellent à la grève. Dans la majorité, on rappelle que "
            "le budget a été augmenté et on juge la grève « prématurée et injustifiée », selon "
            "plusieurs sources parlementaires.")
    speakers = {q.text: q.speaker for q in french_quotes(pipeline, body)}
    assert speakers["prématurée et injustifiée"] == "plusieurs sources parlementaires"
