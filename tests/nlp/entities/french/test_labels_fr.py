"""French entities: WikiNER labels made into newswire's types, on real French news sentences."""

from __future__ import annotations

import pytest

from newswire.models import Entity
from newswire.nlp.entities.extract import extract_entities
from newswire.nlp.pipeline import Pipeline


def french_entities(pipeline: Pipeline, body: str, title: str = "") -> list[Entity]:
    """The entities of a French article, through the French pipeline."""
    nlp = pipeline.models.full("fr")
    return extract_entities(nlp(title), nlp(body))


@pytest.mark.parametrize(("body", "expected", "absent"), [
    ("Le président Emmanuel Macron a reçu mardi à l'Élysée le chancelier allemand Olaf Scholz. "
     "Macron a salué « une amitié indispensable ».",
     {("Emmanuel Macron", "PERSON"), ("Olaf Scholz", "PERSON")}, {"Macron"}),
    ("Les Français se rendront aux urnes en juin, selon un sondage publié par l'institut Ipsos "
     "pour Le Monde.",
     {("Français", "NORP"), ("Ipsos", "ORG"), ("Le Monde", "ORG")}, set()),
    ("La Banque centrale européenne a maintenu ses taux, a annoncé jeudi sa présidente, "
     "Christine Lagarde, à Francfort.",
     {("Banque centrale européenne", "ORG"), ("Christine Lagarde", "PERSON"),
      ("Francfort", "GPE")}, set()),
    ("La Coupe du monde de rugby s'est ouverte à Saint-Denis, au nord de Paris, devant 80 000 "
     "spectateurs.",
     {("Coupe du monde de rugby", "EVENT"), ("Saint-Denis", "GPE"), ("Paris", "GPE")}, set()),
    ("Le ministre de l'Intérieur, Gérald Darmanin, s'est rendu à Marseille. Darmanin a promis "
     "des renforts de police à la France.",
     {("Gérald Darmanin", "PERSON"), ("Marseille", "GPE"), ("France", "GPE")},
     {"ministre de l'Intérieur", "la France"}),
    # An honorific is no part of the name: "M. Legault" is François Legault.
    ("Le premier ministre François Legault a défendu sa réforme. M. Legault a répondu aux "
     "critiques de Mme Bélanger, ministre de la Santé.",
     {("François Legault", "PERSON")}, {"M. Legault", "Mme Bélanger"}),
])
def test_french_entities(pipeline: Pipeline, body: str, expected: set[tuple[str, str]],
                         absent: set[str]) -> None:
    """People, organisations, places, peoples and events get canonical names and our types."""
    entities = french_entities(pipeline, body)
    found = {(e.name, e.type) for e in entities}
    assert expected <= found
    assert not absent & {e.name for e in entities}
    for entity in entities:
        for mention in entity.mentions:
            assert body[mention.start:mention.end] == mention.text


@pytest.mark.parametrize(("body", "name", "role"), [
    ("Le ministre des Transports, Clément Beaune, a annoncé une hausse des tarifs.",
     "Clément Beaune", "Ministre des Transports"),
    ("La mairesse de Montréal, Valérie Plante, a défendu son budget mardi.",
     "Valérie Plante", "Mairesse de Montréal"),
    ("Le premier ministre François Legault a défendu sa réforme.",
     "François Legault", "Premier ministre"),
])
def test_french_roles(pipeline: Pipeline, body: str, name: str, role: str) -> None:
    """A French title before a name, with its office and a comma or none, is the role."""
    found = [e for e in french_entities(pipeline, body) if e.name == name]
    assert [e.role for e in found] == [role]


@pytest.mark.parametrize(("body", "expected", "absent"), [
    ("« La situation est critique », a déclaré le Dr Vincent Oliva, chef des urgences. Le "
     "Dr Oliva a demandé des renforts.",
     {("Vincent Oliva", "PERSON")}, {"Dr Vincent Oliva", "Dr Oliva"}),
    ("Le Pr Karine Lacombe, infectiologue, a réagi.",
     {("Karine Lacombe", "PERSON")}, {"Pr Karine Lacombe"}),
    ("Le ministère de la Santé a annoncé jeudi de nouvelles mesures.",
     {("ministère de la Santé", "ORG")}, set()),
    ("Un rapport de l'Institut canadien d'information sur la santé publié jeudi montre une "
     "hausse des attentes.",
     {("Institut canadien d'information sur la santé", "ORG")}, {"Institut canadien"}),
    ("Les Jeunes Agriculteurs (JA) et la FNSEA appellent à manifester.",
     {("Jeunes Agriculteurs", "ORG"), ("FNSEA", "ORG")}, set()),
    # A widened name takes in the place the model read as its own span (was a crash:
    # two entities over one token).
    ("Le Syndicat des cols bleus regroupés de Montréal, qui représente les employés "
     "municipaux, a salué l’annonce.",
     {("Syndicat des cols bleus regroupés de Montréal", "ORG")}, set()),
    # ... also when the model tags that place an adjective ("du Québec" read ADJ, LOC).
    ("Hydro-Québec a indiqué que la hausse serait limitée à 3 %.\n\nLa Fédération des "
     "chambres de commerce du Québec estime pour sa part que la hausse nuira aux PME.",
     {("Fédération des chambres de commerce du Québec", "ORG")},
     {"Fédération des chambres de commerce"}),
    # Names the model read whole stay as they are; a verb ends the name.
    ("La Banque du Canada a maintenu son taux directeur. Jacques Dubois et Charles "
     "Desjardins ont parlé.",
     {("Banque du Canada", "ORG"), ("Jacques Dubois", "PERSON"),
      ("Charles Desjardins", "PERSON")}, set()),
    # An organisation's first word makes it one, whatever the model read (a place here).
    ("Du côté de la Fédération autonome de l’enseignement (FAE), on se montre prudent.",
     {("Fédération autonome de l’enseignement", "ORG")}, set()),
    # ... also after a capitalised article: the model read "Le Bureau d'audiences
    # publiques" as MISC after a byline's lines (dropped: no entity, no speaker).
    ("Mathieu Lessard\nLe Devoir\nLe Bureau d'audiences publiques sur l'environnement (BAPE) "
     "recommande au gouvernement de ne pas autoriser le projet.",
     {("Bureau d'audiences publiques sur l'environnement", "ORG")}, set()),
    # A name right after a noun of an organisation's sort is that organisation.
    ("L’organisme Équiterre s’oppose à la hausse. Le syndicat Unifor dénonce la fermeture. "
     "L’entreprise Boréalis n’a pas répondu.",
     {("Équiterre", "ORG"), ("Unifor", "ORG"), ("Boréalis", "ORG")}, set()),
    # Capitalised common words before a country inside a sentence: its agency; the country
    # alone elsewhere stays a place.
    ("Le chômage a grimpé à 7 %, selon Statistique Canada. Il vit au Canada depuis 2010.",
     {("Statistique Canada", "ORG"), ("Canada", "GPE")}, set()),
    # A party's initials before a first name are no part of the name.
    ("Pour le sénateur LR Bruno Retailleau, il s’agit d’une « rupture anthropologique ».",
     {("Bruno Retailleau", "PERSON")}, {"LR Bruno Retailleau"}),
    # A known first name and a capitalised word: a person the model missed, or the whole
    # name of one it cut ("Roy" alone).
    ("La gouverneure Carolyn Rogers a toutefois prévenu que d’autres baisses restaient "
     "possibles.", {("Carolyn Rogers", "PERSON")}, set()),
    ("Des piétons étaient partagés. Hélène Roy vit à Verdun depuis 30 ans.",
     {("Hélène Roy", "PERSON")}, {"Roy"}),
    # An organisation's first word the model read alone, or not at all, with the lower-case
    # words of its name after it and a last place.
    ("Le Centre de services scolaire des Hautes-Laurentides a confirmé mardi soir son "
     "intention de fermer l’école.",
     {("Centre de services scolaire des Hautes-Laurentides", "ORG")}, {"Centre"}),
    ("Les associations de consommateurs ne l’entendent pas ainsi. Union des consommateurs "
     "estime qu’une telle hausse toucherait durement les ménages.",
     {("Union des consommateurs", "ORG")}, {"Union"}),
    # A city's administration with its place is one name; "La Ville" alone is no name.
    ("« C’est trop cher », fait savoir la Ville de Laval.", {("Ville de Laval", "GPE")},
     {"Ville", "Laval"}),
    ("La Ville de Trois-Rivières a annoncé la fermeture du pont. La Ville estime que les "
     "travaux dureront deux ans.", {("Ville de Trois-Rivières", "GPE")}, {"La Ville", "Ville"}),
    # A hyphenated word ending with a place's name is an organisation, not a person.
    ("Hydro-Québec estime que les tarifs doivent augmenter.", {("Hydro-Québec", "ORG")},
     set()),
    # After "M." or "Mme", a person's name, whatever the model read.
    ("M. Ouellette n'exclut pas d'autres compressions si aucune entente n'est conclue avec "
     "Québec au printemps.", {("Ouellette", "PERSON")}, set()),
    # A known first name and capitalised words the model read as a place: a person; not a
    # street named for one, nor a saint's place.
    ("Le chef de l'opposition à l'hôtel de ville, Kevin Drouin-Maltais, a qualifié le budget "
     "de « budget sans vision ».", {("Kevin Drouin-Maltais", "PERSON")}, set()),
    ("Elle habite Saint Laurent depuis 2010.", {("Saint Laurent", "GPE")}, set()),
    # A headline's common noun with a "de" phrase is no person ("Budget" opening it).
    ("Budget de Sherbrooke : « on n'avait pas le choix », plaide la mairesse", set(),
     {"Budget de Sherbrooke"}),
    # A body's lower-case noun and adjective before the domain the model read alone is the
    # whole body's name, kept as an entity (the quote speaks as it: review50's finding),
    ("La délégation régionale des Affaires islamiques a annoncé la date du pèlerinage.",
     {("délégation régionale des Affaires islamiques", "ORG")}, {"Affaires islamiques"}),
    ("Selon la délégation provinciale des Affaires religieuses, les prêches ont changé.",
     {("délégation provinciale des Affaires religieuses", "ORG")}, set()),
    # not envoys without the adjective, nor a minister (a person's office).
    ("La délégation de l'Union européenne a quitté Dakar mardi.",
     {("Union européenne", "ORG")}, {"délégation de l'Union européenne"}),
    ("Le ministre des Comptes publics a présenté le budget.", set(),
     {"ministre des Comptes publics"}),
])
def test_french_names_the_model_mistypes_or_cuts(
        pipeline: Pipeline, body: str, expected: set[tuple[str, str]],
        absent: set[str]) -> None:
    """A title makes the person after it; a ministry's noun, an organisation; an
    organisation's cut name is widened; common words in the plural name a group."""
    entities = french_entities(pipeline, body)
    assert expected <= {(e.name, e.type) for e in entities}
    assert not absent & {e.name for e in entities}
