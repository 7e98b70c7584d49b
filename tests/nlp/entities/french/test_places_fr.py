"""One-word French names the small model reads as people where the sentence says place or day."""

from __future__ import annotations

import pytest

from newswire.nlp.pipeline import Pipeline
from tests.nlp.entities.french.test_labels_fr import french_entities


@pytest.mark.parametrize(("body", "place", "person"), [
    # After "de" or "à", a village or a town the article never names as a person.
    ("À 61 ans, le viticulteur de Frontenac a décidé d'arracher 14 de ses 32 hectares.",
     "Frontenac", None),
    ("« On l'a lu sur le téléphone », raconte Coralie Gouttefangeas, sage-femme depuis quinze "
     "ans à Thiers. Elle craint de voir partir ses collègues.",
     "Thiers", "Coralie Gouttefangeas"),
    # Its mention inside a place's name says nothing of it.
    ("Valérie Chassaing, présidente de la communauté de communes Thiers Dore et Montagne, "
     "dénonce une décision brutale. « On l'a lu sur le téléphone », raconte Coralie "
     "Gouttefangeas, sage-femme depuis quinze ans à Thiers.", "Thiers", "Coralie Gouttefangeas"),
    # Joined to places the model knows.
    ("Les appels au 15 seront régulés par le Samu de la Gironde, qui orientera les patients "
     "vers Bordeaux, Pauillac ou Arcachon selon les cas, indique l'ARS dans un communiqué.",
     "Arcachon", None),
    # A street named after a man is a place.
    ("Il a été condamné à la confiscation de l'immeuble de la rue Villon et à une interdiction "
     "d'acheter un bien immobilier pendant cinq ans.",
     "Villon", None),
])
def test_lone_word_where_a_place_stands(pipeline: Pipeline, body: str, place: str,
                                        person: str | None) -> None:
    """A lone word after "de", "à", "vers" or a street's noun is no person."""
    entities = {e.name: e.type for e in french_entities(pipeline, body)}
    assert entities.get(place, "GPE") != "PERSON"
    if person is not None:
        assert entities.get(person) == "PERSON"


@pytest.mark.parametrize(("body", "person"), [
    # The article names the man in full: "de Muller" is his.
    ("Gérard Muller, ancien trésorier du club, a reconnu les faits. La plaidoirie de l'avocat "
     "de Muller a duré une heure.", "Gérard Muller"),
    # An honorific names a person, even after "de".
    ("Le cabinet de M. Thiers n'a pas répondu. La secrétaire de Thiers a raccroché.", "Thiers"),
    # A first name alone after "de" stays a person ("la femme de Kévin").
    ("La compagne de Kévin travaille aussi au chantier depuis trois ans.", "Kévin"),
    # A surname alone after "de", written elsewhere where a person stands.
    ("Les partisans de Trump ont manifesté devant le Capitole. « Nous ne lâcherons rien », a "
     "lancé Trump.", "Trump"),
    ("Grâce à Griezmann, l'Atlético s'est imposé. « C'était un match difficile », a confié "
     "Griezmann.", "Griezmann"),
    # A person's kin or counsel before "de": the name after it is a person's.
    ("La fille de Moreau n'a pas souhaité s'exprimer. « Nous attendons la justice », a dit "
     "son avocat.", "Moreau"),
    ("L'entourage de Zelensky a démenti ces informations mardi soir.", "Zelensky"),
])
def test_people_after_de_stay_people(pipeline: Pipeline, body: str, person: str) -> None:
    """A first name, or a name written once where a person stands or after a person's kin,
    stays a person."""
    entities = {e.name: e.type for e in french_entities(pipeline, body)}
    assert entities.get(person) == "PERSON"


@pytest.mark.parametrize(("body", "day", "person"), [
    ("Jeudi, Martine Dubois a présenté son budget devant le conseil municipal.", "Jeudi",
     "Martine Dubois"),
    ("Dimanche, les électeurs ont voté à Thiers, où Coralie Gouttefangeas était candidate.",
     "Dimanche", "Coralie Gouttefangeas"),
])
def test_a_day_opening_a_sentence_is_no_one(pipeline: Pipeline, body: str, day: str,
                                            person: str) -> None:
    """"Jeudi," opening a sentence is a day, which the model may read as a person."""
    entities = {e.name: e.type for e in french_entities(pipeline, body)}
    assert day not in entities
    assert entities.get(person) == "PERSON"
