"""Issue 14: a pronoun skips a person whose first name is strongly of the other gender (real
model).

Texts are written for these tests, in Canadian news phrasing; the first names are ones the
hand lists of :mod:`newswire.nlp.entities.words.firstnames` do not hold, found in the wider table.
"""

from __future__ import annotations

import pytest

from newswire.nlp.entities.words.firstnames import first_name_gender
from newswire.nlp.pipeline import Pipeline
from newswire.nlp.quotes.base.gender import name_gender
from newswire.nlp.quotes.lexicon_en import ENGLISH
from newswire.nlp.quotes.lexicon_fr import FRENCH
from tests.nlp.quotes.test_french import french_quote_starting, french_quotes
from tests.nlp.quotes.test_resolution import Expected, check


@pytest.mark.parametrize(("word", "expected"), [
    ("Pierre", "m"), ("Desmond", "m"), ("Connor", "m"), ("Maureen", "f"),
    ("Andrea", "f"), ("Jordan", None), ("Taylor", None), ("Poilievre", None),
])
def test_first_name_gender_reads_the_wider_table(word: str, expected: str | None) -> None:
    """Names strongly of one gender in the SSA table get it; names given to both stay none."""
    assert first_name_gender(word) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("Finance Minister Chrystia Freeland tabled the budget on Tuesday. Conservative Leader "
     "Pierre Poilievre called it reckless. She said the deficit would fall by 2027.",
     [("the deficit would fall", "Chrystia Freeland", "person")]),
    ("Andrea Horwath tabled the motion at city hall. Councillor Connor Whitfield voted "
     "against it. She said the vote was a victory for tenants.",
     [("the vote was a victory", "Andrea Horwath", "person")]),
    ("Maureen Okafor chaired the hearing in Halifax. Lawyer Desmond Brooks cross-examined "
     "the witness for an hour. “That is not what the record shows,” she said.",
     [("That is not what the record shows", "Maureen Okafor", "person")]),
])
def test_pronoun_skips_a_first_name_of_the_other_gender(pipeline: Pipeline, body: str,
                                                       expected: list[Expected]) -> None:
    """``she`` skips the nearer person whose first name the wider table says is male."""
    check(pipeline, body, expected)


@pytest.mark.parametrize(("name", "language", "expected"), [
    ("Marie-Laure Petit", "fr", "f"),  # "laure" unknown: the first part decides
    ("Saint-Jean Baptiste", "fr", None),  # a place: its first part is no first name
    ("Port-Louis Marine", "fr", None),
    ("Billie-Jean King", "en", None),  # English: the borrowed French "Jean" is no woman's
    ("Ruby-Jean Fox", "en", None),
    ("Jean-Claude Van Damme", "en", "m"),  # every part known in the French table
])
def test_hyphenated_first_name_gender(name: str, language: str, expected: str | None) -> None:
    """A hyphenated first name with a part no table knows takes its known first part's gender
    in French text only; English text borrows the French table only for names it knows whole."""
    lexicon = FRENCH if language == "fr" else ENGLISH
    assert name_gender(name, lexicon=lexicon) == expected


@pytest.mark.parametrize(("name", "language", "expected"), [
    ("Cécile Marchand", "fr", "f"),  # the wider table writes "Cecile"
    ("Joël Perrin", "fr", "m"),
    ("Anaïs Roussel", "fr", "f"),
    ("Gaëtan Morel", "fr", None),  # in no table, accented or not
    # The unaccented table is American: "Valery" is a woman's name there, "Valéry" a man's
    # in French (Valéry Giscard d'Estaing); "Valérie" stays a woman's.
    ("Valéry Giscard d'Estaing", "fr", "m"),
    ("Valérie Pécresse", "fr", "f"),
    ("Cécile Marchand", "en", None),  # English text: the table's own spelling only
])
def test_accented_first_name_gender(name: str, language: str, expected: str | None) -> None:
    """French text reads an accented first name in the wider table without its accents."""
    lexicon = FRENCH if language == "fr" else ENGLISH
    assert name_gender(name, lexicon=lexicon) == expected


@pytest.mark.parametrize(("body", "speaker"), [
    ("Joël Perrin préside l'association des commerçants depuis dix ans. Cécile Marchand a "
     "quitté la salle avant le vote. « Nous ne céderons pas sur les horaires », a-t-il lancé.",
     "Joël Perrin"),
    ("Cécile Marchand préside l'association des commerçants depuis dix ans. Joël Perrin a "
     "quitté la salle avant le vote. « Nous ne céderons pas sur les horaires », a-t-elle "
     "lancé.",
     "Cécile Marchand"),
])
def test_french_pronoun_skips_an_accented_name_of_the_other_gender(
        pipeline: Pipeline, body: str, speaker: str) -> None:
    """``-il`` skips ``Cécile``, ``-elle`` skips ``Joël``: French names known unaccented."""
    assert [q.speaker for q in french_quotes(pipeline, body)] == [speaker]


# First names of French usage (:mod:`newswire.nlp.entities.words.francophone_first_names`):
# texts written for these tests in the phrasing of a Québec daily, a Paris daily, a Belgian,
# a Swiss and a Breton paper.
@pytest.mark.parametrize(("body", "start", "speaker"), [
    # A Paris daily: a man, then a woman whose name the tables lacked; "Il" is the man's.
    ("Jacques Vernier a défendu la réforme devant la commission. Face à lui, Inès Garnier a "
     "dénoncé un texte bâclé. Il a répondu que « le calendrier sera tenu ».",
     "le calendrier sera tenu", "Jacques Vernier"),
    # A Belgian paper: two people with their titles after them; "-t-elle" is the woman's.
    ("Noémie Lecomte, échevine de la Mobilité, et Étienne Dubois, conseiller de l'opposition, "
     "se sont affrontés jeudi au conseil communal. « Ce plan n'a aucun sens », a-t-elle lancé.",
     "Ce plan n'a aucun sens", "Noémie Lecomte"),
    # A Québec daily: "Lilian" is a man's name in French (a woman's in the American table).
    ("La préfète, Anne Rousseau, a rencontré Lilian Morel, président du club, lundi. « Le "
     "stade rouvrira en mars », a-t-il précisé.",
     "Le stade rouvrira en mars", "Lilian Morel"),
    # A Breton paper: the man named first speaks, after his neighbour is named.
    ("Thibault Girard, agriculteur à Vannes, a vu ses champs inondés. Sa voisine Clémence Le "
     "Goff a tout perdu. « Je n'ai jamais vu ça », confie-t-il.",
     "Je n'ai jamais vu ça", "Thibault Girard"),
    # Held both ways: a woman named before a man whose name the tables lacked (a title says
    # hers), and a Swiss paper's woman named first, then a colleague.
    ("La mairesse de Rimouski, Catherine Dubé, a reçu les citoyens mardi soir. Le directeur du "
     "port, Loïc Bérubé, était aussi présent. « Nous allons trouver une solution d'ici "
     "l'été », a-t-elle assuré.",
     "Nous allons trouver une solution", "Catherine Dubé"),
    # review53's F3, a Québec union page and a Rimouski paper: a woman whose surname is a
    # man's first name of French usage keeps her quote.
    ("Chantale Benoit, présidente du syndicat des infirmières, a rencontré le ministre "
     "Christian Dubé. « On ne lâchera pas », a-t-elle lancé.",
     "On ne lâchera pas", "Chantale Benoit"),
    ("Lyne Thibault dirige la banque alimentaire de Rimouski. Son adjoint, Marc Roy, était "
     "absent. « Les besoins explosent », a-t-elle dit.", "Les besoins explosent", "Lyne Thibault"),
    ("Solène Marchand, infirmière à Lausanne, a rejoint le mouvement. Son collègue Aurélien "
     "Favre hésite encore. « On nous demande toujours plus », dit-elle.",
     "On nous demande toujours plus", "Solène Marchand"),
])
def test_a_pronoun_finds_a_french_name_by_gender(
        pipeline: Pipeline, body: str, start: str, speaker: str) -> None:
    """``il`` and ``elle`` reach the person whose French first name says the gender."""
    assert french_quote_starting(pipeline, body, start).speaker == speaker
