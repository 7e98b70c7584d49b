"""A French body's sort before its name speaks as that name: ``l'institut GfK``, ``Le
groupe de supporters Les Rouges du Tarn a dénoncé « … »`` speak as ``GfK``, ``Les Rouges du
Tarn``, not as ``institut`` or ``groupe de supporters``:
:mod:`newswire.nlp.quotes.roles.sorted_names_fr` (real model; sentences written for these
tests in the styles of several outlets, none copied from a set)."""

from __future__ import annotations

import pytest

from newswire.nlp.pipeline import Pipeline
from tests.nlp.quotes.test_french import french_quote_starting


@pytest.mark.parametrize(("body", "quote", "speaker"), [
    # A sports weekly: a supporters' club, its name opening with an article (was the sort).
    ("Le club des supporters Les Dogues du Nord a publié dimanche un message : « Nous serons "
     "là à Lens, quoi qu'il arrive. »", "Nous serons", "Les Dogues du Nord"),
    # A regional daily: a collective with its number, a person named bare before.
    ("Paul Marchetti a vendu ses vignes l'an dernier. Le collectif Viticulteurs 24 dénonce "
     "« une lente liquidation du vignoble familial ».", "une lente", "Viticulteurs 24"),
    # A Belgian daily: an adjective between the sort and the name (a neighbour: base51
    # already gives it).
    ("La fédération patronale Agoria rappelle que « les carnets de commandes restent pleins "
     "jusqu'en mars ».", "les carnets", "Agoria"),
    # A union with its département after its name: the model's own whole name stands.
    ("Le syndicat SNES-FSU du Gard dénonce dans un communiqué « une rentrée sous tension dans "
     "les collèges ».", "une rentrée", "SNES-FSU du Gard"),
    # A verb the tagger reads as an adjective is no part of the name (review of zp7's shape;
    # a guard against this branch's own adjective rule: base51 gives it too).
    ("L'association Nature Valais parle d'un « désastre écologique annoncé » dans la vallée.",
     "désastre", "Nature Valais"),
    # Guards: a sort with no name keeps its phrase ...
    ("Le collectif de riverains a dénoncé samedi « un passage en force de la mairie ».",
     "un passage",
     "collectif de riverains"),
    # ... and a person after a comma is the body's spokesperson, as before.
    ("L'association, par la voix de sa présidente, Claire Morin, dénonce « une décision "
     "incompréhensible pour les familles ».", "une décision", "Claire Morin"),
])
def test_sort_speaks_as_the_name_after_it(pipeline: Pipeline, body: str, quote: str,
                                          speaker: str) -> None:
    """The speaker of a quote whose subject is a French sort's noun before a name."""
    assert french_quote_starting(pipeline, body, quote).speaker == speaker
