"""A French role whose holder is set off by commas after the role's complement speaks as that
holder (``L’adjointe à l’éducation, Valérie Cazeneuve, a détaillé``): the parse hangs the name
on the complement, and the role went to a person named before or to no one."""

from __future__ import annotations

import pytest

from newswire.nlp.pipeline import Pipeline
from tests.nlp.quotes.test_french import french_quotes


@pytest.mark.parametrize(("body", "expected"), [
    # The name as a conjunct of the complement (zk5 of the tuning).
    ("Le maire, Christian Sabatier, a ouvert le débat.\n\nL’adjointe à l’éducation, Valérie "
     "Cazeneuve, a détaillé le nouveau barème. “Les familles les plus modestes paieront moins "
     "qu’aujourd’hui, a-t-elle souligné. C’est la classe moyenne qui fera l’effort.”",
     "Valérie Cazeneuve"),
    # As an apposition of the complement (zk1, q11).
    ("Interrogé par Ouest-France à l'issue de la réunion, le sous-préfet de Brest, "
     "Jean-Michel Ravary, a indiqué que l'État attendrait « la fin du débat public ».",
     "Jean-Michel Ravary"),
    ("L'attachée de presse de la ministre, Sophie Lachance, a précisé que le ministère "
     "souhaitait « resserrer sérieusement les règles ».", "Sophie Lachance"),
    # Guard: a name set off after the role itself is read as before.
    ("Le maire, Christian Sabatier, a ouvert le débat. « Nous ne pouvons plus absorber "
     "l'inflation », a-t-il expliqué.", "Christian Sabatier"),
])
def test_a_name_set_off_after_the_complement_holds_the_role(pipeline: Pipeline, body: str,
                                                            expected: str) -> None:
    """``le sous-préfet de Brest, Jean-Michel Ravary, a indiqué``: Ravary speaks."""
    assert french_quotes(pipeline, body)[-1].speaker == expected
