"""First names of French usage (France, Québec, Belgium, Switzerland) carry their gender, so
a later ``il`` or ``elle`` skips a person of the other one. Texts are written for these tests,
in the phrasing of a Québec daily, a Paris daily, a Belgian, a Swiss and a Breton paper."""

from __future__ import annotations

import pytest

from newswire.nlp.entities.words.francophone_first_names import (
    francophone_gender,
    french_usage_gender,
)
from newswire.nlp.pipeline import Pipeline
from newswire.nlp.quotes.base.gender import name_gender
from newswire.nlp.quotes.lexicon_fr import FRENCH
from tests.nlp.quotes.test_french import french_quote_starting


@pytest.mark.parametrize(("name", "gender"), [
    ("Étienne", "m"), ("Loïc", "m"), ("Thibault", "m"), ("Aurélien", "m"), ("Rémi", "m"),
    ("Inès", "f"), ("Solène", "f"), ("Noémie", "f"), ("Clémence", "f"), ("Maëlle", "f"),
    # The American table reads these as women's; in French they are men's.
    ("Lilian", "m"), ("Jocelyn", "m"),
    # Left out: borne by both, or a common surname or word.
    ("Sacha", None), ("Camille", None), ("Gauthier", None), ("Noël", None),
])
def test_a_french_first_name_has_its_gender(name: str, gender: str | None) -> None:
    """A common first name of French usage is read with its gender in French text, as the
    first word of a full name only: never as a surname (the table of Africa and the Maghreb,
    read for a name's last word, does not hold it)."""
    assert french_usage_gender(name) == gender
    assert francophone_gender(name) is None
    if gender is not None:
        assert name_gender(f"{name} Morin", lexicon=FRENCH) == gender


@pytest.mark.parametrize(("name", "gender"), [
    # review53's F3: a woman's first name no table knows, a surname the new table holds.
    ("Chantale Benoit", None), ("Lyne Thibault", None), ("Jacinthe Tanguy", None),
    ("Étienne Benoit", "m"), ("Inès Florent", "f"),
])
def test_a_french_first_name_is_no_surname(name: str, gender: str | None) -> None:
    """The French-usage names say nothing as a name's last word."""
    assert name_gender(name, lexicon=FRENCH) == gender


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
