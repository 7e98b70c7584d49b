"""Issue 14: a French deputy, aide or spokesperson named by the office they serve (``Le
premier adjoint au maire, X,``, ``le directeur de cabinet du préfet, X,``) does not hold
that office: ``le maire`` later is the mayor named before, not the deputy (real French model).

Texts written for these tests in the styles of several francophone outlets (a Beninese and a
Senegalese daily, a French regional, a Belgian and a Québec paper), with the neighbours the
rule must leave alone: the office's own holder named after it, a deputy described as such.
"""

from __future__ import annotations

import pytest

from newswire.nlp.pipeline import Pipeline
from tests.nlp.quotes.test_french import french_quote_starting

ROWS = [
    # Cotonou-style council report: the mayor named first, his deputy next
    ("Le maire de Parakou, Inoussa Chabi Zimé, a défendu un budget « sincère ». La première "
     "adjointe au maire, Mme Akouavi Dossa, a répondu aux critiques de l'opposition. Le maire "
     "a promis que les travaux seraient livrés « avant la saison des pluies ».",
     "avant la saison des pluies", "Inoussa Chabi Zimé"),
    # a French regional: the prefect's chief of staff speaks, then the prefect
    ("Le préfet de la Manche, Xavier Lenoir, s'est rendu sur le port mardi. Le directeur de "
     "cabinet du préfet, Hugo Marchetti, a rencontré les pêcheurs. « Nous ne laisserons pas "
     "la filière tomber », a assuré le préfet en fin de journée.",
     "Nous ne laisserons pas la filière tomber", "Xavier Lenoir"),
    # a Belgian paper: the minister's spokesman, then the minister herself
    ("La ministre de l'Éducation, Caroline Désir-Lambert, défend sa réforme. Le porte-parole de "
     "la ministre, Olivier Stassens, a précisé le calendrier. « Personne ne perdra son emploi », "
     "a insisté la ministre devant la commission.",
     "Personne ne perdra son emploi", "Caroline Désir-Lambert"),
    # guard: the deputy herself, by her own office, is still hers
    ("Le maire de Thiès, Babacar Diop Sall, était absent. L'adjointe au maire, Mme Coumba "
     "Ndiaye Fall, a reçu les commerçants. « Le marché rouvrira lundi », a annoncé l'adjointe.",
     "Le marché rouvrira lundi", "Coumba Ndiaye Fall"),
    # guard: a mayor named after his office, no deputy in sight, speaks as before
    ("Le maire de Rimouski, Guy Caron-Dubé, a présenté le budget lundi. « Nous n'augmenterons "
     "pas les taxes », a déclaré le maire.",
     "Nous n'augmenterons pas les taxes", "Guy Caron-Dubé"),
]


@pytest.mark.parametrize(("body", "start", "speaker"), ROWS)
def test_served_office_is_not_the_aides(pipeline: Pipeline, body: str, start: str,
                                        speaker: str) -> None:
    """The quote starting with ``start`` is the named holder's, not the aide's."""
    quote = french_quote_starting(pipeline, body, start)
    assert quote.speaker == speaker, quote
