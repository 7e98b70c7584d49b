"""A French subject set off from its verb of saying by an aside is that verb's subject
(:mod:`newswire.nlp.quotes.fr_parse.aside_subjects_fr`)."""

from __future__ import annotations

import pytest

from newswire.nlp.pipeline import Pipeline
from tests.nlp.quotes.test_french import french_quotes


@pytest.mark.parametrize(("body", "expected"), [
    # A relative aside: the parse made "mène" the root, "fait" its xcomp with no subject.
    ("Le Parti québécois, qui mène dans les sondages depuis plusieurs mois, a fait savoir "
     "qu'il voterait contre le principe du projet de loi.",
     [("qu'il voterait contre le principe du projet de loi", "indirect", "Parti québécois")]),
    # A participle aside the model reads as a noun: "ordre" was a "dep" of "fait".
    ("L'ordre des médecins, sollicité, a fait savoir qu'il ne prendrait position qu'après "
     "l'examen du texte en séance.",
     [("qu'il ne prendrait position qu'après l'examen du texte en séance", "indirect",
       "ordre des médecins")]),
    # The subject's noun the root, "explique" its parataxis.
    ("Un agent de l'office, interrogé sur place, explique que des prélèvements ont été "
     "envoyés en laboratoire pour des analyses génétiques.",
     [("que des prélèvements ont été envoyés en laboratoire pour des analyses génétiques",
       "indirect", "agent de l'office")]),
    # Guard: a subject the parse already gave its verb keeps it, the aside no part of it.
    ("Un ancien collègue de l'accusé, entendu mardi après-midi, a assuré ne l'avoir « jamais "
     "vu s'énerver au travail en quinze ans ».",
     [("jamais vu s'énerver au travail en quinze ans", "partial",
       "ancien collègue de l'accusé")]),
    # Guard: a verb of saying with its own subject after the aside is left alone.
    ("Le maire, qui porte le dossier depuis 2024, a rappelé que la commune avait déjà "
     "investi trois millions d'euros dans la piscine.",
     [("que la commune avait déjà investi trois millions d'euros dans la piscine",
       "indirect", "maire")]),
    # Guard: "est déclaré" with no reflexive is a passive; the doctors declare, not the patient.
    ("Le patient, hospitalisé depuis lundi, est déclaré hors de danger par les médecins.",
     [("hors de danger par les médecins", "indirect", None)]),
    # Guard: "s'est dite" is the subject's own words, the reflexive keeps the rule on it.
    ("La ministre, interrogée sur RTL, s'est dite favorable à un report de la réforme.",
     [("favorable à un report de la réforme", "indirect", "ministre")]),
])
def test_subject_before_an_aside(pipeline: Pipeline, body: str,
                                 expected: list[tuple[str, str, str | None]]) -> None:
    """The noun phrase before an aside speaks through the verb of saying after it."""
    quotes = french_quotes(pipeline, body)
    assert [(q.text, q.kind, q.speaker) for q in quotes] == expected


@pytest.mark.parametrize(("body", "not_speaker"), [
    # A passive verb of saying: the patient is declared, the doctors speak.
    ("Le patient, hospitalisé depuis lundi, est déclaré hors de danger par les médecins.",
     "patient"),
    ("Les deux blessés, transportés à l'hôpital de Liège, sont déclarés hors de danger par "
     "les secours.", "blessés"),
    # An incise inside the reported clause: the minister explains, the reform says nothing.
    ("La réforme, adoptée mardi par les députés, a expliqué le ministre, entrera en vigueur "
     "en janvier.", "réforme"),
    ("Le projet, qui sera voté en juin, a assuré le ministre, prévoit la suppression de trois "
     "cents postes.", "projet"),
])
def test_aside_subject_never_spoke(pipeline: Pipeline, body: str, not_speaker: str) -> None:
    """A phrase before an aside is no speaker when the verb after it is a passive or an
    incise with its own subject."""
    assert not_speaker not in [q.speaker for q in french_quotes(pipeline, body)]
