"""Issue 14: a French office whose holder is set off after it behind an article and a police
or military rank (``a déclaré le porte-parole du SPVM, l'agent Marc-André Chartrand``, ``a
précisé la porte-parole de la SQ, la sergente Annie Tremblay``) is spoken by that named
person, not by the office's phrase nor by a person named before
(:mod:`newswire.nlp.quotes.roles.ranks_fr`).

Sentences written for these tests in several outlets' styles (a Montréal daily, a Québec City
radio's site, a Canadian wire, a Belgian daily, an Acadian daily); names invented.
"""

from __future__ import annotations

import pytest

from newswire.nlp.pipeline import Pipeline
from tests.nlp.quotes.test_french import french_quote_starting

RANKED = [
    # A Montréal daily: the office's phrase, a comma, the rank, the name; sentence's end.
    ("Le conducteur, Marc Bélisle, a plaidé coupable. « Chaque fois, c'est un drame "
     "évitable », a déclaré le porte-parole du SPVM, l'agent Marc-André Chartrand.",
     "Chaque fois", "Marc-André Chartrand"),
    # A Québec City radio's site: a woman named bare before, a feminine rank.
    ("La victime, Chantal Ouimet, a témoigné. « J'ai tout perdu », a-t-elle dit. « C'est un "
     "dossier complexe », a précisé la porte-parole de la SQ, la sergente Annie Tremblay.",
     "C'est un dossier complexe", "Annie Tremblay"),
    # A Canadian wire: a masculine rank, more words after the name.
    ("« Aucun blessé n'est à déplorer », a indiqué le porte-parole de la GRC, le caporal "
     "Patrick Gauthier, en fin de journée.", "Aucun blessé", "Patrick Gauthier"),
]

NOT_RANKED = [
    # Set off before the verb (right before the rule too: a neighbour it must keep).
    ("Le porte-parole de la police, le sergent Marc Dion, a confirmé l'arrestation. « L'enquête "
     "se poursuit », a-t-il dit.", "L'enquête se poursuit", "Marc Dion"),
    # A rank with no office before it: the ranked person speaks (an Acadian daily).
    ("« Les secours sont arrivés vite », a déclaré le sergent Luc Arsenault.",
     "Les secours sont arrivés vite", "Luc Arsenault"),
    # A Belgian daily: a rank and a name set off after a plural that is no office.
    ("Le bourgmestre, Jean Roy, a remercié les policiers, l'agent Thomas Renard en tête. « Ils "
     "ont sauvé deux vies », a-t-il dit.", "Ils ont sauvé deux vies", "Jean Roy"),
]


@pytest.mark.parametrize(("body", "start", "speaker"), RANKED)
def test_holder_set_off_behind_a_rank_speaks(pipeline: Pipeline, body: str, start: str,
                                             speaker: str) -> None:
    """The name set off after the office behind ``l'agent``/``la sergente`` speaks."""
    assert french_quote_starting(pipeline, body, start).speaker == speaker


@pytest.mark.parametrize(("body", "start", "speaker"), NOT_RANKED)
def test_rank_elsewhere_changes_nothing(pipeline: Pipeline, body: str, start: str,
                                        speaker: str) -> None:
    """A ranked name before the verb, alone, or as an object keeps its reading."""
    assert french_quote_starting(pipeline, body, start).speaker == speaker
