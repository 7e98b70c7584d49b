"""Issue 14: names of the francophone African press come out whole (real French model).

Texts are written for these tests.
"""

from __future__ import annotations

import pytest

from newswire.nlp.entities.extract import extract_entities
from newswire.nlp.pipeline import Pipeline


def _people(pipeline: Pipeline, body: str) -> list[str]:
    nlp = pipeline.models.full("fr")
    title_doc, body_doc = nlp(""), nlp(body)
    return sorted(e.name for e in extract_entities(title_doc, body_doc) if e.type == "PERSON")


@pytest.mark.parametrize(("body", "expected"), [
    # a first name before a surname of two words the article also writes alone is kept
    ("Le ministre de la Santé publique, Jean-Pierre Mbarga Ondoa, a lancé la campagne. "
     "« Chaque agent sera payé », a conclu M. Mbarga Ondoa.",
     ["Jean-Pierre Mbarga Ondoa"]),
    ("Le président de la commission, Ousmane Ba Thiam, a parlé lundi. M. Ba Thiam a promis "
     "des kits.",
     ["Ousmane Ba Thiam"]),
    # a capitalised common word the model ran into the full name is still dropped (no
    # first name: "Le candidat Donald Trump" would pass even if every word were kept)
    ("Milliardaire Donald Trump a parlé lundi. Donald Trump a promis des baisses d'impôts.",
     ["Donald Trump"]),
])
def test_first_names_kept(pipeline: Pipeline, body: str, expected: list[str]) -> None:
    """The person's name keeps its first name when a shorter form is written too."""
    assert _people(pipeline, body) == expected


@pytest.mark.parametrize(("body", "absent"), [
    ("« Nous ne sommes pas des mendiants », a martelé le Pr Emmanuel Nkodo Abena, secrétaire "
     "de la section locale.", "Pr"),
])
def test_lone_title_is_no_entity(pipeline: Pipeline, body: str, absent: str) -> None:
    """A title alone (``le Pr``, read as a place by the model) is no entity."""
    nlp = pipeline.models.full("fr")
    title_doc, body_doc = nlp(""), nlp(body)
    assert absent not in {e.name for e in extract_entities(title_doc, body_doc)}
