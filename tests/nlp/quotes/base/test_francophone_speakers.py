"""Issue 14: French quotes from the francophone African, Maghreb and overseas press go to the
person the article names (real French model).

Texts are written for these tests in the house style of that press: titles before names
(``le Pr``, ``Dr``, ``le colonel``), a body's letters in brackets before its head's name,
first names of West and Central Africa and the Maghreb.
"""

from __future__ import annotations

import pytest

from newswire.nlp.entities.words.francophone_first_names import francophone_gender
from newswire.nlp.pipeline import Pipeline
from newswire.nlp.quotes.base.gender import name_gender
from newswire.nlp.quotes.lexicon_fr import FRENCH
from tests.nlp.quotes.test_french import french_quote_starting

ROWS = [
    # a lone "Pr" is no speaker: the name after it is ("Pr" was a place, then "Pr Emmanuel")
    ("« Nous ne sommes pas des mendiants », a martelé le Pr Emmanuel Nkodo Abena, secrétaire "
     "de la section locale du SYNES, à l'issue de l'assemblée.",
     "Nous ne sommes pas des mendiants", "Emmanuel Nkodo Abena"),
    # the body's letters in brackets are no name apposed to the office: the person is
    ("Le président de la Commission électorale nationale autonome (CENA), Ousmane Ba "
     "Thiombane, a voulu rassurer. Face à la presse, il a déclaré que « la révision se "
     "déroule dans des conditions satisfaisantes ».",
     "la révision se déroule", "Ousmane Ba Thiombane"),
    # ... nor is a body's name after the noun of its sort, inside the office's complement
    ("Joint par téléphone à Méagui, le président de la coopérative Union des producteurs du "
     "Bafing, Drissa Koné, s'est dit satisfait. « Le prix officiel, c'est une chose », "
     "a-t-il expliqué.",
     "Le prix officiel, c'est une chose", "Drissa Koné"),
    # ... and the name set off after the office (a conjunct to the parse) holds it: "le
    # président de la CENA" further on is that person, not the commission
    ("Le président de la Commission électorale nationale autonome (CENA), Ousmane Ba "
     "Thiombane, a voulu rassurer hier à Dakar.\nLes partis d'opposition dénoncent des "
     "lenteurs.\nEn attendant, le président de la CENA a appelé les citoyens « à ne pas "
     "attendre le dernier jour pour s'inscrire ».",
     "à ne pas attendre le dernier jour", "Ousmane Ba Thiombane"),
    # a name hung on its rank takes the office the rank is apposed to: "le gouverneur" is
    # that person, not the governor brought in unnamed before
    ("Le gouverneur de la région s'est rendu sur place samedi pour apaiser la tension.\n"
     "Face à la tension, le gouverneur de la région de la Boucle du Mouhoun, le colonel "
     "Adama Sawadogo, a conduit samedi une délégation. Les jeunes du village ont levé le "
     "blocus dimanche.\n« L'État ne laissera personne bloquer la mine », a déclaré le "
     "gouverneur à l'issue de la rencontre.",
     "L'État ne laissera personne", "Adama Sawadogo"),
    # ... and so with "Dr": "le ministre" later is the minister
    ("Le ministre de la Santé, Dr Bienvenu Dossou Adjovi, a lancé jeudi la campagne. Le "
     "directeur de l'agence, Dr Romaric Tchabi, a détaillé le dispositif.\nLe ministre a "
     "reconnu des retards. « Nous ne le cachons pas », a-t-il dit.",
     "Nous ne le cachons pas", "Bienvenu Dossou Adjovi"),
    # "Patrice" is a man's name in French: the "il" of the next sentence is his
    ("La requête avait été introduite par le candidat malheureux, Me Patrice Ilunga Kasongo, "
     "avocat au barreau de Kinshasa. Joint par téléphone, il n'a pas caché sa satisfaction. "
     "« C'est une victoire pour l'État de droit », a-t-il déclaré.",
     "C'est une victoire pour l'État de droit", "Patrice Ilunga Kasongo"),
]


@pytest.mark.parametrize(("body", "start", "speaker"), ROWS)
def test_francophone_speakers(pipeline: Pipeline, body: str, start: str, speaker: str) -> None:
    """The quote starting with ``start`` is the named person's."""
    quote = french_quote_starting(pipeline, body, start)
    assert quote.speaker == speaker, quote


@pytest.mark.parametrize(("name", "expected"), [
    ("Ousmane Ba Thiombane", "m"), ("Aïssatou Diallo", "f"), ("Patrice Lumbala", "m"),
    ("Hatem Ben Salem", "m"), ("Fatoumata Keïta", "f"), ("Edem Kodjo", None),
])
def test_francophone_first_names_give_a_gender(name: str, expected: str | None) -> None:
    """French text reads first names of francophone Africa and the Maghreb (and ``Patrice``
    as a man's); a name borne by both stays unknown."""
    assert name_gender(name, lexicon=FRENCH) == expected


@pytest.mark.parametrize(("word", "expected"), [
    ("Souleymane", "m"), ("AWA", "f"), ("Mame", None), ("Paris", None),
])
def test_francophone_gender_table(word: str, expected: str | None) -> None:
    """The table answers any case and nothing for a word it lacks."""
    assert francophone_gender(word) == expected
