"""Issue 14: French quotes from francophone Africa and the overseas press go to the person
named, past the titles and shapes that press prints (real French model).

Texts are written for these tests in the house style of that press: ``M.`` after an
office, ``Me`` for a lawyer, a date set off in an incise, an auxiliary between a name and
its verb, a hyphened surname the model leaves out, a feminine office noun.
"""

from __future__ import annotations

import pytest

from newswire.nlp.pipeline import Pipeline
from tests.nlp.quotes.test_french import french_quote_starting

ROWS = [
    # "M." set off after the office (a conjunct to the parse) holds it
    ("Le maire de la Commune IV, M. Bakary Sangaré, a annoncé la mobilisation de cent jeunes "
     "volontaires pour le ramassage des ordures.",
     "la mobilisation de cent jeunes volontaires", "Bakary Sangaré"),
    # "l'avocate" is the "Me" (maître) named before, not the lawyer of the paragraph before
    ("D'entrée, son avocat, Me Joseph Mballa Essomba, a attaqué le rapport d'expertise. « Mon "
     "client n'a jamais signé ces bons de commande », a-t-il lancé à la barre.\n\n« On nous "
     "demande de condamner un homme sur la foi de photocopies », a poursuivi l'avocat.\n\n"
     "Pour l'État du Cameroun, partie civile, Me Henriette Ngo Mbock a réclamé le "
     "remboursement intégral des sommes. L'avocate a soutenu que la société publique avait "
     "été « vidée de sa substance » au moment où les producteurs attendaient leurs ristournes.",
     "que la société publique", "Henriette Ngo Mbock"),
    # a date set off by commas in an incise is when, the office and its holder after it who
    ("« Le pays doit décider du rythme de ses exportations », a déclaré devant la presse, fin "
     "novembre, le directeur général de l'Autorité de régulation, Patrice Kalenga Mbuyi.",
     "Le pays doit décider", "Patrice Kalenga Mbuyi"),
    # a verb the parse left without a subject: the name set off just before its auxiliary
    ("Lors d’un point de presse à Port-au-Prince, la directrice de l’épidémiologie, des "
     "laboratoires et de la recherche au MSPP, la Dre Nadège Désir Jean-Gilles, a annoncé "
     "l’ouverture, d’ici à dix jours, de trois nouveaux centres de traitement du choléra.\n"
     "Lors d’un point de presse à Port-au-Prince, la directrice de l’épidémiologie, des "
     "laboratoires et de la recherche au MSPP, la Dre Marie-Nadège Désir Jean-Baptiste, a "
     "annoncé l’ouverture de trois nouveaux centres de traitement du choléra.",
     "l’ouverture de trois nouveaux centres", "Marie-Nadège Désir Jean-Baptiste"),
    # a person the model missed keeps the hyphened surname the parse links to the name
    ("« Nous attendons toujours la grille de calcul », déplore Carine Mbuyi "
     "Kalala-Tshibangu, directrice générale d'une société minière de Likasi.",
     "Nous attendons toujours", "Carine Mbuyi Kalala-Tshibangu"),
]


@pytest.mark.parametrize(("body", "start", "speaker"), ROWS)
def test_francophone_titles(pipeline: Pipeline, body: str, start: str, speaker: str) -> None:
    """The quote starting with ``start`` is the named person's."""
    quote = french_quote_starting(pipeline, body, start)
    assert quote.speaker == speaker, quote


@pytest.mark.parametrize(("body", "start", "man"), [
    # "la réalisatrice" is no man titled "réalisateur"
    ("Le jury était présidé par le réalisateur sénégalais Cheikh Ndiaye Faye. La productrice "
     "Awa Sarr Diop a salué le prix.\n\n« Ce prix appartient à toutes les femmes de mon "
     "quartier », a confié la réalisatrice à la sortie.",
     "Ce prix appartient", "Cheikh Ndiaye Faye"),
])
def test_a_womans_office_is_no_mans(pipeline: Pipeline, body: str, start: str, man: str) -> None:
    """A French office noun in the feminine never resolves to a man titled with it."""
    quote = french_quote_starting(pipeline, body, start)
    assert quote.speaker != man, quote
