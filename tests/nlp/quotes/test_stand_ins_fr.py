"""A French unnamed one who speaks (``Une ancienne aide-soignante ... a accepté de
témoigner``) is whom the next ``il``/``elle`` stands for, not a person named earlier."""

from __future__ import annotations

import pytest

from newswire.nlp.pipeline import Pipeline
from tests.nlp.quotes.test_french import french_quotes


@pytest.mark.parametrize(("body", "expected"), [
    # The unnamed one says something: the pronoun after is theirs (w3, zb3 of the tuning).
    ("La directrice, Françoise Dupouy, n'a pas répondu. Une ancienne aide-soignante a accepté "
     "de témoigner. Elle avait alerté la direction à plusieurs reprises. « On nous répondait "
     "qu'il n'y avait pas d'argent », a-t-elle glissé.", "ancienne aide-soignante"),
    ("Marc-André Lussier, courtier, a vendu ses parts en mars. Un autre acheteur a affirmé "
     "avoir tout perdu. « Il y en a qui ont perdu leurs économies », a-t-il souligné.",
     "autre acheteur"),
    # Guards: one who says nothing (``est mort``) stands for no one the pronoun quotes; the
    # gender of ``une`` keeps ``il`` on the man named before.
    ("Un homme de 71 ans est mort dans l'incendie. Le maire, Karim Oudjane, est arrivé vers "
     "4 heures. Il a promis que « personne ne dormirait dehors ».", "Karim Oudjane"),
    ("Le maire, Karim Oudjane, est arrivé vers 4 heures. Une voisine a raconté la nuit. « On "
     "relogera tout le monde », a-t-il insisté.", "Karim Oudjane"),
])
def test_an_unnamed_one_who_speaks_is_the_next_pronoun(pipeline: Pipeline, body: str,
                                                       expected: str) -> None:
    """``a-t-elle glissé`` after ``Une ancienne aide-soignante a accepté de témoigner``: hers."""
    assert french_quotes(pipeline, body)[-1].speaker == expected
