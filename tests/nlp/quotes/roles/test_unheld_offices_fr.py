"""Issue 14: a French office nobody named holds (``Le maire de Toulouse``, ``la ministre
des Transports``, ``Le préfet``) is not the person last named, when its complement names
its own place or body or its article says the other gender; an epithet of the one just
named (``l'élue``, ``le dirigeant de 54 ans``) still is (real French model;
:mod:`newswire.nlp.quotes.roles.unheld_offices_fr`).

Sentences are written for these tests; names and places are invented.
"""

from __future__ import annotations

import pytest

from newswire.nlp.pipeline import Pipeline
from tests.nlp.quotes.test_french import french_quote_starting

ROWS = [
    # A complement naming the office's own town: not the councillor quoted before.
    ("« Mille arbres, c'est bien sur le papier », relève Nadia Boulanger, conseillère "
     "municipale écologiste. Le maire de Castelbrun s'est dit ouvert à cette idée. Lors du "
     "conseil, il a affirmé que « cinq ou six grands parcs » ouvriraient la nuit.",
     "cinq ou six grands parcs", "maire de Castelbrun"),
    ("« Nous attendons un geste fort », a lancé Olivier Garand, porte-parole du syndicat. "
     "La ministre des Transports a répondu que « tout est sur la table » depuis lundi.",
     "tout est sur la table", "ministre des Transports"),
    # The article's gender: ``le`` is no woman named before.
    ("« Nous jouons sous trente-huit degrés », explique Nadia Fontaine, comédienne. La "
     "préfecture a déclenché le plan canicule. Le préfet a affirmé que « les parades seront "
     "limitées aux heures fraîches » jusqu'à dimanche.", "les parades seront", "préfet"),
    # Guard: an epithet with no capitalised complement is the one just named.
    ("« Nous ne fermerons pas l'usine », assure Bernard Maillet, qui dirige l'entreprise "
     "depuis vingt ans. Le dirigeant de 54 ans a ajouté que « les commandes reprennent » "
     "depuis septembre.", "les commandes reprennent", "Bernard Maillet"),
    # Guard: the same body under another word for the post is the one titled before.
    ("Le directeur général de la SNTP, Karim Benali, a reçu la presse lundi. « Nous "
     "publierons tous les contrats d'ici la fin du mois », assure le patron de la SNTP.",
     "Nous publierons tous les contrats", "Karim Benali"),
    # Guard: the holder titled so before is the office's holder.
    ("Le maire de Castelbrun, Jean Roux, a réuni le conseil lundi. Le maire de Castelbrun a "
     "affirmé que « le budget sera tenu » malgré la crise.", "le budget sera tenu",
     "Jean Roux"),
]


@pytest.mark.parametrize(("body", "start", "speaker"), ROWS)
def test_unheld_offices_fr(pipeline: Pipeline, body: str, start: str, speaker: str) -> None:
    """The quote starting with ``start`` is ``speaker``'s."""
    quote = french_quote_starting(pipeline, body, start)
    assert quote.speaker == speaker, quote
