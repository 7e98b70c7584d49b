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


@pytest.mark.parametrize(("body", "expected"), [
    # "selon X" opening its sentence: the whole rest (the parse hung X on "crise").
    ("Les employés sont en grève. Selon plusieurs analystes du secteur, la crise actuelle "
     "pourrait frapper plus durement les manufactures.",
     "la crise actuelle pourrait frapper plus durement les manufactures"),
    # ... past an apposition of the source's.
    ("Les employés sont en grève. Mais selon Luc Roy, économiste à l'UQAM, la grève pourrait "
     "durer.", "la grève pourrait durer"),
    # "..., selon X." closing it: everything before the comma (was "en pleine grève").
    ("Les employés sont en grève. Les négociations doivent reprendre jeudi, en pleine grève, "
     "selon des sources syndicales.", "Les négociations doivent reprendre jeudi, en pleine grève"),
])
def test_selon_at_either_end_of_its_sentence(pipeline: Pipeline, body: str,
                                             expected: str) -> None:
    """A French ``selon X`` opening or closing its sentence reports the rest of it."""
    [quote] = french_quotes(pipeline, body)
    assert quote.text == expected


@pytest.mark.parametrize(("body", "expected"), [
    # A verb of demanding, denouncing or announcing says its direct object (UD "obj").
    ("Les employés sont en grève depuis lundi à Lyon. Les syndicats dénoncent également le "
     "recours à des intérimaires pour remplacer les grévistes.",
     [("le recours à des intérimaires", "syndicats")]),
    ("Les employés sont en grève. Les deux syndicats réclament conjointement un plan social "
     "comprenant des retraites anticipées.",
     [("un plan social comprenant des retraites anticipées", "deux syndicats")]),
    # Guard: a verb whose object is the person spoken to says nothing of it.
    ("Le maire a remercié les bénévoles du quartier pour leur travail.", []),
])
def test_french_verbs_saying_their_object(pipeline: Pipeline, body: str,
                                          expected: list[tuple[str, str]]) -> None:
    """A French verb of demanding or denouncing reports its noun object as said words."""
    assert [(q.text, q.speaker) for q in french_quotes(pipeline, body)] == expected


@pytest.mark.parametrize(("body", "expected"), [
    # A definite noun for one person stands for the person named before ("l’édile").
    ("Le maire, Jean-Claude Berthelot, parle d'un séisme. « Ce n'est pas seulement une usine "
     "qui ferme », estime l'édile.", "Jean-Claude Berthelot"),
    ("Yannick Le Goff est délégué syndical. Le quadragénaire assure que la colère « couve "
     "depuis des mois ».", "Yannick Le Goff"),
    # A noun given an age is a person's, whatever the noun ("le vétéran de 33 ans").
    ("Le capitaine, Sébastien Hermans, a pris la défense de son entraîneur. Le vétéran de "
     "33 ans a assuré que le vestiaire était « derrière lui à cent pour cent ».",
     "Sébastien Hermans"),
    # The accused of a court report is the one named on trial.
    ("Le tribunal a jugé mardi Thierry Lacoste, 61 ans. « Je reconnais des erreurs de "
     "gestion », a déclaré le prévenu.", "Thierry Lacoste"),
])
def test_french_epithets(pipeline: Pipeline, body: str, expected: str) -> None:
    """A French epithet (``l’édile``, ``le quadragénaire``) is the person named before."""
    assert [q.speaker for q in french_quotes(pipeline, body)] == [expected]


@pytest.mark.parametrize("body", [
    "Le club a signé avec Hugo Lambert. « Je suis très heureux », explique le contrat de 5 ans.",
    "Karim Benali a été élu dimanche. Le mandat de 6 ans précise que le maire « réside dans "
    "la commune ».",
    "Le bailleur a loué le terrain à Paul Girard. Le bail de 99 ans indique que « le terrain "
    "reste public ».",
])
def test_a_length_in_years_is_no_age(pipeline: Pipeline, body: str) -> None:
    """``le contrat de 5 ans``, ``le bail de 99 ans``: a length, not an age, so not a person."""
    assert [q.speaker for q in french_quotes(pipeline, body)] == [None]


def test_french_clause_before_a_quoted_one(pipeline: Pipeline) -> None:
    """A said ``que`` clause before a joined one holding a quotation is reported alone."""
    body = ("Il rappelle que l'entreprise dépend à 80 % des commandes des Chantiers, et que les "
            "prix sont fixés « au plus juste » par le donneur d'ordres.")
    assert [(q.text, q.kind) for q in french_quotes(pipeline, body)] == [
        ("que l'entreprise dépend à 80 % des commandes des Chantiers", "indirect"),
        ("au plus juste", "partial")]


@pytest.mark.parametrize("body", [
    "Selon le ministre la réforme sera adoptée avant l'été.",
    "Mais selon la direction le site ne fermera pas.",
    "D'après les syndicats la grève sera reconduite jeudi.",
])
def test_an_opening_selon_without_a_comma_is_no_error(pipeline: Pipeline, body: str) -> None:
    """``Selon X`` opening a sentence with no comma after it: the article is enriched (the
    words after the source were once paired with a missing comma and the worker failed)."""
    assert all(q.text for q in french_quotes(pipeline, body))
