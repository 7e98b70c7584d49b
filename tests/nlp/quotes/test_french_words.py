"""French words the tokenizer cuts and the model learnt whole: hyphenated names and nouns."""

from __future__ import annotations

import pytest

from newswire.nlp.pipeline import Pipeline
from tests.nlp.quotes.test_french import french_quotes


@pytest.mark.parametrize(("text", "expected"), [
    ("Hydro-Québec demande une hausse.", ["Hydro-Québec", "demande", "une", "hausse", "."]),
    ("la présidente-directrice générale", ["la", "présidente-directrice", "générale"]),
    ("Saint-Jean-sur-Richelieu", ["Saint-Jean-sur-Richelieu"]),
    # Inverted pronouns, spaced dashes and numbers stay as the tokenizer cut them.
    ("a-t-il dit", ["a", "-t", "-il", "dit"]),
    ("Montréal - Québec", ["Montréal", "-", "Québec"]),
    ("la COVID-19 en 2020-2021", ["la", "COVID-19", "en", "2020", "-", "2021"]),
])
def test_hyphenated_words_are_one_token(pipeline: Pipeline, text: str,
                                        expected: list[str]) -> None:
    """A run of words joined by hyphens with no space is one token; offsets are kept."""
    doc = pipeline.models.full("fr")(text)
    assert [t.text for t in doc] == expected
    assert "".join(t.text_with_ws for t in doc) == text


@pytest.mark.parametrize(("body", "expected"), [
    # Split, "Hydro-" was a place and "Québec" a person who spoke.
    ("Hydro-Québec demande une hausse de ses tarifs. Selon Hydro-Québec, la demande "
     "d’électricité doublera d’ici 2050.",
     [("la demande d’électricité doublera d’ici 2050", "indirect", "Hydro-Québec",
       "organization")]),
    # The union's name ended at "Loto".
    ("Le Syndicat des employés de Loto-Québec affirme que la direction n’a présenté aucun "
     "plan.",
     [("que la direction n’a présenté aucun plan", "indirect",
       "Syndicat des employés de Loto-Québec", "organization")]),
    # The hyphen of "présidente-directrice" was the verb's subject.
    ("« Nous devons construire », a déclaré la présidente-directrice générale, Claudine "
     "Bouchard.",
     [("Nous devons construire", "direct", "Claudine Bouchard", "person")]),
])
def test_hyphenated_speakers(pipeline: Pipeline, body: str,
                             expected: list[tuple[str, str, str, str]]) -> None:
    """Each quote with its speaker and kind when the speaker's name is hyphenated."""
    quotes = french_quotes(pipeline, body)
    assert [(q.text, q.kind, q.speaker, q.speaker_kind) for q in quotes] == expected
