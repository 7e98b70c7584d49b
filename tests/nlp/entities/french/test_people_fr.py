"""French people's names the model cuts, misses or merges with a place, on real news sentences."""

from __future__ import annotations

import pytest

from newswire.nlp.pipeline import Pipeline
from tests.nlp.entities.french.test_labels_fr import french_entities


@pytest.mark.parametrize(("body", "expected", "absent"), [
    # A hyphenated surname the model left out of the name, which the parser links to it.
    ("À l'Assemblée législative, la ministre de la Santé, Karine Doucet-McGraw, a répondu que "
     "son gouvernement avait déjà \"mis de l'argent sur la table\" pour attirer des infirmières "
     "formées à l'étranger, notamment en provenance d'Afrique francophone.",
     {("Karine Doucet-McGraw", "PERSON")}, {"Karine"}),
    # Two proper nouns the model missed, one name to the parser.
    ("Le rapporteur du texte, le député de la Nièvre Bastien Lefranc-Oudot, s'est félicité "
     "d'un vote qu'il juge « historique ».",
     {("Bastien Lefranc-Oudot", "PERSON"), ("Nièvre", "GPE")}, set()),
    ("Le procès de Sylvain Béliveau s’est ouvert lundi au palais de justice de Laval.",
     {("Sylvain Béliveau", "PERSON")}, set()),
    ("Le public est resté debout. Sylvain Caron-Roux, abonné depuis la fondation de l'équipe, "
     "n'en revenait pas.",
     {("Sylvain Caron-Roux", "PERSON")}, set()),
    # A title is no first name (``Dre`` is a man's to the wider table, zl3).
    ("Sa représentante pour la zone septentrionale, la Dre Agnès Bayemi Fouda, a estimé que "
     "le Cameroun faisait partie des pays les plus avancés.",
     {("Agnès Bayemi Fouda", "PERSON")}, {"Dre Agnès Bayemi Fouda"}),
    # After an article, two proper nouns name a club or a body, no person.
    ("Porté par une mêlée dominatrice et un Baptiste Rouquette impeccable au pied (11 points), "
     "le Stade Occitan menait 18-7 à la pause.",
     set(), {"Stade Occitan"}),
])
def test_french_names_the_parser_links(pipeline: Pipeline, body: str,
                                       expected: set[tuple[str, str]], absent: set[str]) -> None:
    """Words the parser links as one name (flat:name) make one person's name, after no article."""
    entities = french_entities(pipeline, body)
    assert expected <= {(e.name, e.type) for e in entities}
    assert not absent & {e.name for e in entities if e.type == "PERSON"}


@pytest.mark.parametrize(("body", "name", "role", "not_a_person"), [
    ("Le rapporteur du texte, le député de la Nièvre Bastien Lefranc-Oudot, s'est félicité "
     "d'un vote qu'il juge « historique ».",
     "Bastien Lefranc-Oudot", "Député de la Nièvre", "Nièvre"),
    ("Des milliers d'enseignants ont manifesté contre la réforme portée par la ministre de "
     "l'Éducation de la Fédération Wallonie-Bruxelles, Anne-Sophie Delvaux (MR).",
     "Anne-Sophie Delvaux", None, "Fédération Wallonie-Bruxelles"),
    ("La ministre de la Santé, Karine Doucet-McGraw, a répondu aux critiques.",
     "Karine Doucet-McGraw", "Ministre de la Santé", "Santé"),
])
def test_the_place_of_an_office_is_no_person(pipeline: Pipeline, body: str, name: str,
                                             role: str | None, not_a_person: str) -> None:
    """The place after an office's ``de la`` completes the office: the name after it holds it."""
    entities = {e.name: e for e in french_entities(pipeline, body)}
    assert entities[name].type == "PERSON"
    if role is not None:
        assert entities[name].role == role
    assert not_a_person not in entities or entities[not_a_person].type != "PERSON"


@pytest.mark.parametrize(("body", "person", "absent"), [
    # A surname opening with ``Le``: the model keeps the first name alone, or reads the two
    # words as two places.
    ("« C'est inacceptable », a réagi Maëlle Le Floch, déléguée syndicale.",
     "Maëlle Le Floch", "Maëlle"),
    ("« Nous attendons des réponses claires », a déclaré Gwenaëlle Le Bihan, présidente de "
     "l'association.", "Gwenaëlle Le Bihan", "Gwenaëlle"),
    # The model's own whole names stay as they are.
    ("« Nous tiendrons nos objectifs », a déclaré Bruno Le Maire devant les députés.",
     "Bruno Le Maire", "Bruno"),
])
def test_a_surname_opening_with_an_article_is_the_names(pipeline: Pipeline, body: str,
                                                        person: str, absent: str) -> None:
    """``Maëlle Le Floch``, ``Gwenaëlle Le Bihan``: one person, the ``Le`` surname whole."""
    entities = {e.name: e.type for e in french_entities(pipeline, body)}
    assert entities.get(person) == "PERSON"
    assert absent not in entities


@pytest.mark.parametrize(("body", "absent"), [
    # Guards: a known place and the place after it are no person (``Lyon La Duchère``), nor
    # is a place the model reads whole.
    ("Le Havre a perdu contre Lyon La Duchère samedi.", "Lyon La Duchère"),
    ("Le quartier Paris La Défense reste désert le dimanche, selon la mairie.",
     "Paris"),
])
def test_places_before_an_article_stay_places(pipeline: Pipeline, body: str,
                                              absent: str) -> None:
    """Two places around ``La`` make no ``Le``/``La`` surname."""
    entities = {e.name: e.type for e in french_entities(pipeline, body)}
    assert entities.get(absent) != "PERSON"
