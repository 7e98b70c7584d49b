"""Two French people's spans with nothing between them are one name the model cut in two."""

from __future__ import annotations

import pytest

from newswire.nlp.pipeline import Pipeline
from tests.nlp.entities.test_labels_fr import french_entities


@pytest.mark.parametrize(("body", "expected", "absent"), [
    # The model reads a first name it does not know as a name of its own.
    ("Pour Pape Moussa Ba-Diallo, économiste au Centre de recherches économiques appliquées "
     "de Dakar, la taxe risque de produire l'effet inverse de celui recherché.",
     {("Pape Moussa Ba-Diallo", "PERSON")}, {"Pape", "Moussa Ba-Diallo"}),
    # Guards: an honorific the model typed a person is no part of the name (zb9); two
    # people set apart by a comma or by "et" stay two.
    ("Pape Moussa Ba-Diallo et Aïssatou Sall Guèye ont signé la lettre.",
     {("Aïssatou Sall Guèye", "PERSON")}, {"Pape Moussa Ba-Diallo Aïssatou Sall Guèye"}),
    ("Le ministre de l'Agriculture et du Développement rural, M. Bamba Tiémoko Adama, a "
     "abordé la question mercredi en marge du Conseil des ministres.",
     {("Bamba Tiémoko Adama", "PERSON")}, {"M. Bamba Tiémoko Adama"}),
])
def test_a_name_cut_in_two_is_one(pipeline: Pipeline, body: str,
                                  expected: set[tuple[str, str]], absent: set[str]) -> None:
    """``Pape`` + ``Moussa Ba-Diallo``: one person, not two."""
    entities = french_entities(pipeline, body)
    assert expected <= {(e.name, e.type) for e in entities}
    assert not absent & {e.name for e in entities}
