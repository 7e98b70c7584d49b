"""A name after a rank and its article (``l'inspecteur Wilner Dorsainvil``, ``la sergente
Marie-Ève Gagnon``) or after a rank written with a capital (``le Général de brigade Yacouba
Sanogo``, ``l'Honorable Bienvenu Agossa Zinsou``) is a person's, the rank left out, whatever
the model made of it (:mod:`newswire.nlp.entities.french.ranks_fr`). Sentences written for
these tests in several outlets' styles (a Haitian daily, a Malian daily, a Québec daily, a
Guinean site, a Beninese daily); names invented."""

from __future__ import annotations

import pytest

from newswire.nlp.pipeline import Pipeline
from tests.nlp.entities.french.test_labels_fr import french_entities


@pytest.mark.parametrize(("body", "person", "absent"), [
    # A Haitian daily: the model types the name after ``l'inspecteur`` an organisation.
    ("Le porte-parole adjoint de la police, l'inspecteur Wilner Dorsainvil, a fait le point "
     "sur les opérations.", "Wilner Dorsainvil", set()),
    # A Malian daily: the rank with a capital read as the name itself.
    ("Le chef d'état-major, le Général de brigade Yacouba Sanogo, a présidé la cérémonie.",
     "Yacouba Sanogo", {"Général", "Général de brigade Yacouba Sanogo"}),
    # A Québec daily: the name after ``la sergente`` read as a MISC.
    ("La porte-parole de la gendarmerie, la sergente Marie-Ève Gagnon, a confirmé "
     "l'arrestation.", "Marie-Ève Gagnon", set()),
    # A Guinean site: a capitalised rank before the name, as an object (a neighbour: base51
    # already gives it).
    ("Le préfet a reçu le Colonel Moussa Diarra mardi.", "Moussa Diarra",
     {"Colonel Moussa Diarra"}),
    # A Beninese daily: a deputy's ``l'Honorable``, with a capital.
    ("Le secrétaire général du parti, l'Honorable Bienvenu Agossa Zinsou, juge le délai "
     "insuffisant.", "Bienvenu Agossa Zinsou", {"Honorable Bienvenu Agossa Zinsou"}),
    # review51: the rank opening the sentence, no stray ``Honorable`` entity of its own.
    ("L'Honorable Bienvenu Agossa Zinsou a estimé que le budget était mal ficelé.",
     "Bienvenu Agossa Zinsou", {"Honorable", "Honorable Bienvenu Agossa Zinsou"}),
])
def test_rank_opens_a_persons_name(pipeline: Pipeline, body: str, person: str,
                                   absent: set[str]) -> None:
    """The words after a rank are a person's name, without the rank."""
    entities = french_entities(pipeline, body)
    assert (person, "PERSON") in {(e.name, e.type) for e in entities}
    assert not absent & {e.name for e in entities}


@pytest.mark.parametrize(("body", "person"), [
    # ``général`` before ``de Gaulle``: no capitalised word right after the rank.
    ("Le navire a été baptisé en hommage au général de Gaulle.", "Général"),
    # ``Dr`` stays the relabelling's own title.
    ("Le Dr Vincent Oliva a soigné les blessés.", "Dr Vincent Oliva"),
    # review51b: a rank in a thing's name, after ``de l'`` or after another noun.
    ("Les victimes de l'Agent Orange réclament une indemnisation, a déclaré Marie Dupont.",
     "Orange"),
    ("Le collège Capitaine Dreyfus accueille 600 élèves cette année.", "Dreyfus"),
    ("Le brise-glace Commandant Charcot a quitté le port de Brest mardi.", "Charcot"),
])
def test_no_name_after_the_rank_no_person(pipeline: Pipeline, body: str, person: str) -> None:
    """A rank with no capitalised name right after it names no person of its own."""
    entities = french_entities(pipeline, body)
    assert person not in {e.name for e in entities if e.type == "PERSON"}
