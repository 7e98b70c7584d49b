"""French bodies, papers and groups as speakers where the parse lost the cue or its subject:
a participle of saying on a paper someone issued, a second verb of saying after ``» et``, a
verb of saying after the clitic ``y``, a bare noun phrase the parse made an oblique, an
unquoted sentence closed by an incise whose subject the parse took, a noun the tagger read
as an adjective."""

from __future__ import annotations

import pytest

from newswire.nlp.pipeline import Pipeline
from tests.nlp.quotes.test_french import french_quotes


@pytest.mark.parametrize(("body", "expected"), [
    # Whoever published the message says what its participle says.
    ("L'association Vigie Loire a publié mardi un message sur Facebook demandant aux élus de "
     "« revoir entièrement le tracé du contournement ».",
     [("revoir entièrement le tracé du contournement", "Vigie Loire", "organization")]),
    # "« A » et recommande de « B »": the second verb shares the first one's subject.
    ("Selon une note interne consultée par notre rédaction, les stocks atteignent un record. "
     "Le document évoque « une surproduction qui ne se résorbera pas seule » et recommande "
     "de « réduire les surfaces plantées dès 2027 ».",
     [("les stocks atteignent un record", "note interne", "document"),
      ("une surproduction qui ne se résorbera pas seule", "document", "document"),
      ("réduire les surfaces plantées dès 2027", "document", "document")]),
    # "y déplore que": the verb after the clitic is the sentence's, the body its subject.
    ("Dans un communiqué publié jeudi, la Fédération des transporteurs a appelé à la grève. "
     "La Fédération y déplore que les nouvelles taxes « pénalisent lourdement » les petites "
     "entreprises du secteur.",
     [("pénalisent lourdement", "Fédération", "organization")]),
    # A bare phrase opening the sentence is its subject: the sources, not their union.
    ("D'après un rapport de la Direction de l'analyse, de la prévision et des statistiques "
     "(DAPSA) consulté par l'APS, la production est estimée à 1,6 million de tonnes.\n\n"
     "Des sources au sein du syndicat indiquent par ailleurs que la question des salaires "
     "sera abordée avant la fin du mois.",
     [("de la prévision et des statistiques (DAPSA) consulté par l'APS, la production est "
       "estimée à 1,6 million de tonnes", "rapport de la Direction de l'analyse", "document"),
      ("que la question des salaires sera abordée avant la fin du mois",
       "Des sources au sein du syndicat", "group")]),
    # An incise closing an unquoted sentence whose subject the parse gave to the incise verb.
    ("Un nouveau vol de navette est programmé mardi, a précisé la préfecture.",
     [("Un nouveau vol de navette est programmé mardi", "préfecture", "organization")]),
    # A relative clause on the incise's subject (with a quotation) is no second verb of the
    # sentence, and its quotation no part of what the incise reports (zzk11's dateline).
    ("MAMOUDZOU, 5 déc 2026 (AFP) - Les autorités comoriennes ont refusé cette semaine "
     "l'atterrissage de trois avions affrétés par l'Etat français pour reconduire des "
     "étrangers en situation irrégulière interpellés à Mayotte, a annoncé vendredi la "
     "préfecture, qui dénonce un \"blocage politique\".",
     [("Les autorités comoriennes ont refusé cette semaine "
       "l'atterrissage de trois avions affrétés par l'Etat français pour reconduire des "
       "étrangers en situation irrégulière interpellés à Mayotte", "préfecture",
       "organization"),
      ("blocage politique", None, "unknown")]),
    # "l'intersyndicale", tagged ADJ, is the incise's subject all the same.
    ("« Nous ne céderons pas sur les postes promis aux écoles rurales », prévient "
     "l'intersyndicale dans un texte commun.",
     [("Nous ne céderons pas sur les postes promis aux écoles rurales", "intersyndicale",
       "organization")]),
])
def test_french_bodies_said(pipeline: Pipeline, body: str,
                            expected: list[tuple[str, str | None, str]]) -> None:
    """Each quote's speaker and kind when the parse lost a body's cue or subject."""
    assert [(q.text, q.speaker, q.speaker_kind)
            for q in french_quotes(pipeline, body)] == expected


@pytest.mark.parametrize("body", [
    # Who received the letter said nothing: no verb of issuing, no speaker from it.
    "Le maire a reçu mardi une lettre demandant « la réouverture immédiate du gymnase ».",
])
def test_received_paper_is_not_issued(pipeline: Pipeline, body: str) -> None:
    """A participle of saying on a paper someone received does not speak for them."""
    assert all(q.speaker != "maire" for q in french_quotes(pipeline, body))
