"""French unnamed groups and documents: the phrase a reader would repeat, quantifier and
maker included, and what a ``selon`` at either end of its sentence reports."""

from __future__ import annotations

import pytest

from newswire.nlp.pipeline import Pipeline
from tests.nlp.quotes.test_french import french_quotes


@pytest.mark.parametrize(("body", "expected"), [
    # A group keeps its quantifier: French news names it so ("plusieurs experts").
    ("Les employés sont en grève. D'après plusieurs députés de la majorité, une trentaine "
     "d'élus pourraient s'abstenir.", ("plusieurs députés de la majorité", "group")),
    ("Certains experts estiment que ce procès pourrait faire jurisprudence.",
     ("Certains experts", "group")),
    # A document keeps whose it is and which one, up to its maker.
    ("Un rapport de la Cour des comptes, publié en septembre, avait souligné que les aides "
     "n'avaient pas permis d'inverser la tendance.",
     ("rapport de la Cour des comptes", "document")),
    ("Selon un sondage mené par la firme Léger pour le compte de la Fédération des "
     "municipalités, 61 % des répondants affirment avoir peur.",
     ("sondage mené par la firme Léger", "document")),
    # ... and leaves out a participle that only says when.
    ("Le rapport de la Cour des comptes publié en septembre indiquait que le nombre de "
     "passages aux urgences avait augmenté.", ("rapport de la Cour des comptes", "document")),
    # Guard: a bare group and a bare document stay as they were.
    ("Le rapport souligne que les dépenses ont augmenté de 5 %.", ("rapport", "document")),
])
def test_french_group_and_document_phrases(pipeline: Pipeline, body: str,
                                           expected: tuple[str, str]) -> None:
    """An unnamed French source is its whole phrase, quantifier and maker included."""
    [quote] = french_quotes(pipeline, body)
    assert (quote.speaker, quote.speaker_kind) == expected
