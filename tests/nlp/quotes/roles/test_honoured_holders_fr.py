"""Issue 14: the holder of a French office set off after it with an honorific (``Le
directeur de l'unité, M. Farid Zerrouki, reconnaît``: the parse hangs ``M.`` on the
office's complement and the name on ``M.``) or after the pilgrim's honorific (``son
président, El Hadj Moussa Garba,``) is the speaker, not the office's phrase nor the person
named before (:mod:`newswire.nlp.quotes.roles.appositions`,
:mod:`newswire.nlp.entities.french.pilgrims_fr`).

Sentences written for these tests in several outlets' styles (an Algerian regional page, a
Moroccan wire, a Belgian daily, a Dakar daily, a Cameroonian daily, a Malian radio's site);
names invented.
"""

from __future__ import annotations

import pytest

from newswire.nlp.pipeline import Pipeline
from tests.nlp.quotes.test_french import french_quote_starting

HOLDERS = [
    # An Algerian regional page: ``M.`` hung on the office's complement, a partial quote.
    ("Le directeur de l'hydraulique de la wilaya, M. Rachid Benali, reconnaît une \"situation "
     "tendue\". \"Nous rattrapons le temps perdu\", a-t-il déclaré.", "situation tendue",
     "Rachid Benali"),
    # A Moroccan wire: the complement's own complement, ``a assuré que`` (right before
    # the rule too: a neighbour it must keep).
    ("Le président d'une des communes concernées, M. Driss Amrani, a assuré que les travaux "
     "\"avancent bien\".", "avancent bien", "Driss Amrani"),
    # A Belgian daily: a woman, ``Mme``, a negation, the office's words after the name
    # (right before the rule too: a neighbour it must keep).
    ("La directrice de l'école communale, Mme Sophie Lambert, ne cache pas une « vraie "
     "inquiétude ». « Nous manquons de bras », dit-elle.", "Nous manquons", "Sophie Lambert"),
    # A Dakar daily: a person named bare before, then the office and its holder.
    ("Moustapha Diallo a ouvert la séance. Le secrétaire général du syndicat des enseignants, "
     "M. Ousmane Faye, a dénoncé « des retards inacceptables ».", "des retards inacceptables",
     "Ousmane Faye"),
    # A Cameroonian daily: the pilgrim's honorific after a possessive office.
    ("Joint au téléphone, son président, El Hadj Moussa Garba Tchiroma, a confirmé les "
     "retards. « Nous voulons notre argent », a-t-il déclaré.", "Nous voulons",
     "Moussa Garba Tchiroma"),
    # A Malian radio's site: another person quoted before, the imam after.
    ("« Les pistes sont bouchées », a dénoncé Hamadoun Ag Ahmed, éleveur. L'imam de la "
     "mosquée de Sébénikoro, El Hadj Bakary Coulibaly, a promis d'en parler. « La propreté "
     "fait partie de la foi », a-t-il ajouté.", "La propreté", "Bakary Coulibaly"),
    # review50: the honorific in an incise, the model's name span opening at ``El``.
    ("« Le dialogue reste ouvert », a déclaré El Hadj Ousmane Sarr, porte-parole du khalife.",
     "Le dialogue reste ouvert", "Ousmane Sarr"),
    # The honorific in the incise, after the quotation.
    ("« Le football guinéen mérite mieux », a déclaré El Hadji Sékou Bangoura, président de la "
     "Ligue.", "Le football guinéen", "Sékou Bangoura"),
]

NOT_HOLDERS = [
    # The honorific's name is the verb's object, not set off in the office's phrase.
    ("Le directeur de l'unité a reçu M. Paul Karamoko mardi. « Tout sera prêt en mai », a "
     "déclaré le directeur de l'unité.", "Tout sera prêt", "directeur de l'unité"),
    # The office's holder never named, a name after ``et`` in the office's sentence.
    ("Le directeur de l'unité, entouré de ses ingénieurs et de M. Paul Karamoko, a reconnu "
     "une « situation tendue ».", "situation tendue", "directeur de l'unité"),
]


@pytest.mark.parametrize(("body", "start", "speaker"), HOLDERS)
def test_holder_set_off_with_an_honorific_speaks(pipeline: Pipeline, body: str, start: str,
                                                 speaker: str) -> None:
    """The name set off after the office, behind ``M.``/``Mme``/``El Hadj``, is the speaker."""
    assert french_quote_starting(pipeline, body, start).speaker == speaker


@pytest.mark.parametrize(("body", "start", "speaker"), NOT_HOLDERS)
def test_name_outside_the_office_phrase_holds_nothing(pipeline: Pipeline, body: str,
                                                      start: str, speaker: str) -> None:
    """A name not set off inside the office's own phrase does not hold it."""
    assert french_quote_starting(pipeline, body, start).speaker == speaker
