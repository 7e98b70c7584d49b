"""The headline and deck rules of ``pulled`` are the lexicon's to switch (a French chapeau
sums up several sources: its quote naming no one is not the most-quoted speaker's), and a
deck stands above the dateline (real models).

Texts are written for these tests.
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from newswire.nlp.entities import extract_entities
from newswire.nlp.pipeline import Pipeline
from newswire.nlp.quotes.extract import extract_quotes
from newswire.nlp.quotes.lexicon import Lexicon
from newswire.nlp.quotes.lexicon_en import ENGLISH
from newswire.nlp.quotes.lexicon_fr import FRENCH
from tests.nlp.quotes.test_extract import quotes_of

_CRUE = ("La rivière est sortie de son lit dans la nuit de mardi. « Nous allons reconstruire "
         "chaque maison », a déclaré le maire, Jean-Paul Delorme. « L'État paiera sa part », a "
         "ajouté M. Delorme devant la mairie.")
_FLOOD = ("The river burst its banks overnight. \"We will rebuild every house,\" said Mayor "
          "Paul Delorme. \"The province will pay its share,\" Delorme said.")


@pytest.mark.parametrize(("language", "title", "body", "lexicon", "speaker"), [
    # French: the sufferers' words in the headline are no one's the body names.
    ("fr", "« On a tout perdu » : la crue ravage la vallée", _CRUE, FRENCH, None),
    # The switch, not the language: on for French, the mayor is guessed.
    ("fr", "« On a tout perdu » : la crue ravage la vallée", _CRUE,
     replace(FRENCH, headline_main_speaker=True), "Jean-Paul Delorme"),
    # English desks rewrite the main speaker's words: on for English.
    ("en", "'Every house will stand again,' flood victim tells council", _FLOOD, ENGLISH,
     "Paul Delorme"),
    ("en", "'Every house will stand again,' flood victim tells council", _FLOOD,
     replace(ENGLISH, headline_main_speaker=False), "flood victim"),
])
def test_the_main_speaker_guess_is_the_lexicons(pipeline: Pipeline, language: str, title: str,
                                                body: str, lexicon: Lexicon,
                                                speaker: str | None) -> None:
    """A headline quote naming no one, held by no body quote, is the body's most-quoted
    speaker's only where the lexicon's ``headline_main_speaker`` says so."""
    nlp = pipeline.models.full(language)
    title_doc, body_doc = nlp(title), nlp(body)
    quotes = extract_quotes(title_doc, body_doc, extract_entities(title_doc, body_doc), lexicon)
    (quote,) = [q for q in quotes if q.field == "title" and q.kind == "headline"]
    assert quote.speaker == speaker, quote


_CHOW = (" \"We will rebuild every house,\" said Mayor Olivia Chow. \"The city will pay for "
         "it,\" Chow said.")


@pytest.mark.parametrize(("body", "speaker"), [
    # A dateline lede whose first line ends mid-sentence is the story, not a deck: its
    # resident keeps her own words, not the mayor's.
    ("OTTAWA — \"The water came up so fast,\" a resident said on Tuesday, as the storm\n"
     "flooded the city." + _CHOW, "resident"),
    # Guard: a deck above the dateline is still a deck (the rewritten words: the mayor's).
    ("'Every house will stand,' says mayor\n\nOTTAWA — The storm flooded the city on "
     "Tuesday." + _CHOW, "Olivia Chow"),
])
def test_a_deck_stands_above_the_dateline(pipeline: Pipeline, body: str, speaker: str) -> None:
    """A quote naming no one above the first sentence is a deck's only above the dateline."""
    quotes = quotes_of(pipeline, body, "Storm floods Ottawa")
    assert quotes[0].speaker == speaker, quotes[0]


_HEARING = ("Le procès de Luc Ferron, accusé d'avoir incendié l'entrepôt de son employeur, "
            "s'est ouvert lundi devant le tribunal correctionnel de Besançon. « Le dossier est "
            "lourd », a rappelé la présidente.\n\n"
            "L'échange avec la présidente, Odile Brun, a été vif.\n\n"
            "— Pourquoi être revenu sur place ce soir-là ?\n\n"
            "— Pour récupérer mes affaires, rien d'autre.\n\n"
            "— À deux heures du matin, avec un bidon d'essence ?\n\n"
            "— Le bidon était pour ma tondeuse, je le jure.\n\n"
            "— Personne ne vous a vu tondre en pleine nuit ?\n\n"
            "— Je ne tondais pas, je rangeais mon garage.\n")


@pytest.mark.parametrize(("title", "speaker"), [
    # A court desk's headline retells the accused, not the presiding judge whose questions
    # outnumber his answers: a question is no claim a headline retells.
    ("Incendie de Besançon : l'ancien magasinier « regrette d'être revenu »", "Luc Ferron"),
    # Guard: the headline's own named speaker stays.
    ("Incendie de Besançon : « La justice tranchera », assure Odile Brun", "Odile Brun"),
])
def test_questions_make_no_main_speaker(pipeline: Pipeline, title: str, speaker: str) -> None:
    """A French headline quote after the topic, held by no body quote, is the most-quoted
    speaker's counting no question (a court exchange's judge asks more than anyone says)."""
    nlp = pipeline.models.full("fr")
    title_doc, body_doc = nlp(title), nlp(_HEARING)
    quotes = extract_quotes(title_doc, body_doc, extract_entities(title_doc, body_doc), FRENCH)
    (quote,) = [q for q in quotes if q.field == "title" and q.kind == "headline"]
    assert quote.speaker == speaker, quote
