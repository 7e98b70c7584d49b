"""French reported words that are only the speaker's name, the inverted subject read as the
verb's object, are no quote (:mod:`newswire.nlp.quotes.speech.named_objects_fr`). Texts are
written for these tests in the styles of a Dakar daily, a Québec business page, a Swiss
paper and a Paris daily."""

from __future__ import annotations

import pytest

from newswire.nlp.pipeline import Pipeline
from tests.nlp.quotes.test_french import french_quotes


@pytest.mark.parametrize(("body", "texts"), [
    # A title the model leaves out of the name ("El Hadji"), a role set off after it.
    ("« Nous prions pour la paix », a déclaré El Hadji Moustapha Sy, porte-parole de la "
     "famille.", ["Nous prions pour la paix"]),
    # "C'est ce qu'a annoncé son PDG, M. X": the CEO is who announced, not what.
    ("C'est ce qu'a annoncé son PDG, M. Paul Martin, lors d'une conférence de presse.", []),
    # A person greeted is no content either: "a salué X, son prédécesseur".
    ("Elle a salué Jean Dupont, son prédécesseur, pour son travail.", []),
    # Held: what is said names a person inside a common noun's phrase.
    ("Les syndicats réclament la démission de Paul Martin.", ["la démission de Paul Martin"]),
    ("Le conseil d'administration a annoncé le départ du PDG, Paul Martin.",
     ["le départ du PDG"]),
    ("Le club a annoncé l'arrivée de Moussa Diallo, attaquant de 24 ans.",
     ["l'arrivée de Moussa Diallo"]),
])
def test_a_name_read_as_the_object_is_no_quote(
        pipeline: Pipeline, body: str, texts: list[str]) -> None:
    """A speaker's own name is never the words reported; a content with a name stays."""
    assert [q.text for q in french_quotes(pipeline, body)] == texts
