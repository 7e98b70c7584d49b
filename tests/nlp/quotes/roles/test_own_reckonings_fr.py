"""``Selon ses calculs``, ``d'après son analyse``, ``D'après son recensement``: a French
source's own reckoning speaks as its owner, a person or the body that was the subject; a paper
of its own (``son rapport``) keeps its phrase: :mod:`newswire.nlp.quotes.roles.
own_reckonings_fr` (real model; sentences written for these tests in other outlets' styles,
none copied from a set)."""

from __future__ import annotations

import pytest

from newswire.nlp.pipeline import Pipeline
from tests.nlp.quotes.test_french import french_quote_starting


@pytest.mark.parametrize(("body", "quote", "speaker"), [
    # A councillor with a title after the name; her reckoning (was "ses calculs", a group).
    ("Claire Vidal, adjointe aux finances, a défendu la hausse. « Personne ne paiera plus "
     "qu'avant », a-t-elle assuré. Selon ses calculs, 40 % des ménages verront leur taxe "
     "baisser.",
     "40 % des", "Claire Vidal"),
    # A witness in court, named bare (was "son analyse", a document).
    ("L'expert Julien Moreau a témoigné lundi. Selon son analyse, le conducteur roulait à "
     "plus de 90 km/h.",
     "le conducteur", "Julien Moreau"),
    # A body that was the subject just before, in a negation (was None).
    ("La Fédération des boulangers ne cache pas son inquiétude. D'après son recensement, "
     "plus de 300 boutiques ont fermé cette année.",
     "plus de 300", "Fédération des boulangers"),
    # Guards: a report of its own keeps its phrase ...
    ("Le ministère a publié un rapport mardi. Selon son rapport, la dette a doublé en dix "
     "ans.",
     "la dette", "son rapport"),
    # ... and so does an entourage.
    ("Le ministre est resté silencieux. Selon son entourage, il annoncera sa décision "
     "lundi.",
     "il annoncera", "son entourage"),
])
def test_reckoning_speaks_as_its_owner(pipeline: Pipeline, body: str, quote: str,
                                       speaker: str | None) -> None:
    """The speaker of a quote given by someone's reckoning: its owner."""
    assert french_quote_starting(pipeline, body, quote).speaker == speaker
