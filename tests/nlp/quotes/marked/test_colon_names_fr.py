"""Issue 14: a French quote after a colon whose sentence brings the speaker in by a noun
phrase with complements (``Un éleveur de Bouaké, …, se montre inquiet : « … »``) is the
speaker's, not the place, club or page a complement names; a name outside a complement
still speaks (:mod:`newswire.nlp.quotes.marked.colon_names_fr`).

Sentences written for these tests in several outlets' styles (a regional daily, a Guinean
sports site, a Belgian daily, a Malian radio's site, a Swiss daily); names invented.
"""

from __future__ import annotations

import pytest

from newswire.nlp.pipeline import Pipeline
from tests.nlp.quotes.test_french import french_quote_starting

SPEAKERS = [
    # A regional daily: an unnamed farmer from a village, a relative clause, straight quotes.
    ("Un éleveur de Ploërmel, qui a perdu trente bêtes, se montre plus mesuré : \"Il faudra "
     "du temps.\"", "Il faudra du temps", "éleveur de Ploërmel"),
    # A Guinean sports site: a supporter of a club, a copula the parse makes the root.
    ("Le match s'est joué sous la pluie. Un supporter de Kankan, rencontré à la sortie, était "
     "moins optimiste : \"On a perdu la tête.\"", "On a perdu la tête", "supporter de Kankan"),
    # A Malian radio's site: a verbless answer, the person in a complement, a place after.
    ("Réponse de Mme Awa Coulibaly, présidente des maraîchères de Ségou : « Nous aussi, nous "
     "devons manger. »", "Nous aussi", "Awa Coulibaly"),
]

UNCHANGED = [
    # A Belgian daily: a named mayor, then the page he wrote on, « » (right before the rule
    # too: the name set off outside any complement still speaks).
    ("Le bourgmestre de Huy, Marc Delvaux, réagit sur sa page Facebook : « Nous ne lâcherons "
     "rien. »", "Nous ne lâcherons rien", "Marc Delvaux"),
    # A Swiss daily: ``Selon`` and one name, the name speaks (a complement, but the only one).
    ("Selon Pierre Favre : « Le canton doit agir. »", "Le canton doit agir", "Pierre Favre"),
    # review50: a label's bare noun (``Réaction de``, ``Réponse de``): the body it names.
    ("Le plan social a été présenté mardi. Réaction du Medef : « C'est un premier pas. »",
     "C'est un premier pas", "Medef"),
    # review50: a rubric before a pipe is no name.
    ("Portrait | Jeanne Morel : « Le théâtre m'a sauvée »", "Le théâtre", "Jeanne Morel"),
    # A person named bare before the colon, a place after the verb: the person speaks.
    ("Jeanne Morel a réagi depuis Genève : « Nous sommes soulagés. »", "Nous sommes soulagés",
     "Jeanne Morel"),
]


@pytest.mark.parametrize(("body", "start", "speaker"), SPEAKERS + UNCHANGED)
def test_colon_quote_goes_to_who_not_where(pipeline: Pipeline, body: str, start: str,
                                           speaker: str) -> None:
    """The colon's quote goes to the person brought in, not a complement's place or page."""
    assert french_quote_starting(pipeline, body, start).speaker == speaker
