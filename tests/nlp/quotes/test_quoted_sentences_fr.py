"""A French pronoun after a quote looks back past the sentences wholly inside quotation
marks for the sentence the writer told before them: ``X estime que ... « ... », a-t-il
affirmé. Selon lui`` is X, not a subject named further back."""

from __future__ import annotations

from dataclasses import replace

import pytest

from newswire.nlp.entities import extract_entities
from newswire.nlp.pipeline import Pipeline
from newswire.nlp.quotes.extract import extract_quotes
from newswire.nlp.quotes.lexicon_fr import FRENCH
from tests.nlp.quotes.test_french import french_quotes

_SABATIER = (
    "Le député Bastien Lefranc-Oudot défend son texte depuis des mois.\n\nLe président de la "
    "CPF, le pédiatre Olivier Sabatier, estime que le texte « se trompe de cible ». « On ne "
    "crée pas de médecins en les empêchant de s'installer. On va simplement décourager les "
    "internes de choisir la médecine générale », a-t-il affirmé au Monde. Selon lui, près "
    "d'un tiers des étudiants de sa faculté envisagent déjà d'exercer à l'étranger.")


@pytest.mark.parametrize(("body", "expected"), [
    # The quote's sentences, then "Selon lui" (n1 of the tuning): the one told just before
    # the quote, not the deputy named a paragraph back.
    (_SABATIER, "Olivier Sabatier"),
    # Guard: with no quote between them, the pronoun is the subject told just before.
    ("Le maire, Gérard Lemonnier, a ouvert la séance à 20 heures. Il assure que les camions "
     "passeront « par la route départementale, jamais par le bourg ».", "Gérard Lemonnier"),
])
def test_a_pronoun_looks_past_quoted_sentences(pipeline: Pipeline, body: str,
                                               expected: str) -> None:
    """``Selon lui`` after the quote of the one told before it: theirs."""
    assert french_quotes(pipeline, body)[-1].speaker == expected


def test_the_look_past_quoted_sentences_is_the_lexicons(pipeline: Pipeline) -> None:
    """``pronouns_skip_quoted`` switches the rule, not the doc's language: off, ``Selon lui``
    is no longer the one told before the quote."""
    nlp = pipeline.models.full("fr")
    title_doc, body_doc = nlp(""), nlp(_SABATIER)
    entities = extract_entities(title_doc, body_doc)
    speakers = [extract_quotes(title_doc, body_doc, entities, lexicon)[-1].speaker
                for lexicon in (FRENCH, replace(FRENCH, pronouns_skip_quoted=False))]
    assert speakers[0] == "Olivier Sabatier"
    assert speakers[1] != "Olivier Sabatier"
