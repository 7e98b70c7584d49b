"""French quotes whose source is not a person: an acronym the model tagged a noun, an
organisation noun pointing back, a name cut before its bracketed acronym, bodies and people
in the plural, the body before an impersonal ``on``, a phrase stopping at a bracket."""

from __future__ import annotations

import pytest

from newswire.models import RawArticle
from newswire.nlp.pipeline import Pipeline
from tests.nlp.quotes.test_french import french_quotes


@pytest.mark.parametrize(("body", "expected"), [
    # An acronym after an elided article, tagged a common noun, is the body it names.
    ("L'ARS affirme que « la situation reste sous contrôle dans tout le département ».",
     [("la situation reste sous contrôle dans tout le département", "ARS", "organization")]),
    # ... but a role's acronym is no body.
    ("Le PDG affirme que « la situation reste sous contrôle dans tout le groupe ».",
     [("la situation reste sous contrôle dans tout le groupe", None, "unknown")]),
    # "l'institution", "l'instance" point back to the body named before.
    ("Le Conseil de la concurrence a publié mardi son rapport sur les carburants. Selon "
     "l'institution, « les marges ont atteint 1,92 dirham par litre au dernier trimestre ».",
     [("les marges ont atteint 1,92 dirham par litre au dernier trimestre",
       "Conseil de la concurrence", "organization")]),
    # A name the model cut before a word in lower case, extended to the acronym it spells.
    ("La mission, coordonnée par le Réseau des observateurs citoyens du Togo (ROCT), a "
     "déployé 1 500 observateurs. Le réseau relève que « le scrutin s'est globalement "
     "déroulé dans le calme ».",
     [("le scrutin s'est globalement déroulé dans le calme",
       "Réseau des observateurs citoyens du Togo", "organization")]),
    # Bodies in the plural are a group by their phrase, not the union named before.
    ("La CGT dénonce « une casse sociale sans précédent dans le secteur ». Les syndicats "
     "estiment que « le compte n'y est pas du tout ».",
     [("une casse sociale sans précédent dans le secteur", "CGT", "organization"),
      ("le compte n'y est pas du tout", "syndicats", "group")]),
    # People in the plural no list holds speak as a group by their phrase.
    ("Le gasoil coûte cher et, selon les pêcheurs, les prises ne couvrent plus les frais.",
     [("Le gasoil coûte cher et, selon les pêcheurs, les prises ne couvrent plus les frais",
       "pêcheurs", "group")]),
    # The body set before an impersonal "on" speaks; a town before it does not.
    ("Au ministère de l'Économie, on juge la demande « hors de portée dans le contexte "
     "budgétaire actuel ».",
     [("hors de portée dans le contexte budgétaire actuel", "ministère de l'Économie",
       "organization")]),
    ("Du côté de l'inspection du travail, on indique qu'aucune médiation n'a été sollicitée.",
     [("qu'aucune médiation n'a été sollicitée", "inspection du travail", "organization")]),
    ("À Lyon, on affirme que « tout va bien dans le meilleur des mondes ».",
     [("tout va bien dans le meilleur des mondes", None, "unknown")]),
])
def test_french_bodies(pipeline: Pipeline, body: str,
                       expected: list[tuple[str, str | None, str]]) -> None:
    """Each quote's speaker and kind when the source is a body, a group or a document."""
    assert [(q.text, q.speaker, q.speaker_kind)
            for q in french_quotes(pipeline, body)] == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("Selon la direction départementale des territoires (DDT), « c'est la cinquième attaque "
     "attribuée au loup depuis l'été ».",
     [("c'est la cinquième attaque attribuée au loup depuis l'été",
       "direction départementale des territoires")]),
    ("Selon une étude de l'Institut de recherche et d'informations socioéconomiques (IRIS), "
     "« près d'une éducatrice sur quatre songe à quitter la profession ».",
     [("près d'une éducatrice sur quatre songe à quitter la profession",
       "étude de l'Institut de recherche et d'informations socioéconomiques")]),
])
def test_french_phrase_stops_at_bracket(pipeline: Pipeline, body: str,
                                        expected: list[tuple[str, str]]) -> None:
    """A source's phrase ends before its bracketed acronym, never half inside it."""
    assert [(q.text, q.speaker) for q in french_quotes(pipeline, body)] == expected


@pytest.mark.parametrize(("text", "quote", "speaker"), [
    # A headline's topic before its colon, a plural in capitals, is no group that speaks.
    ("Carburants : le Conseil de la concurrence dénonce « un consommateur privé de la "
     "baisse des cours »\n\nRABAT – Le Conseil de la concurrence a publié mardi son rapport.",
     "un consommateur privé de la baisse des cours", None),
])
def test_french_headline_topic(pipeline: Pipeline, text: str, quote: str,
                               speaker: str | None) -> None:
    """A headline's topic word is never taken for a group of speakers."""
    quotes = pipeline.enrich(RawArticle(id="t", text=text)).quotes
    assert [q.speaker for q in quotes if q.text == quote] == [speaker]
