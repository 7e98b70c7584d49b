"""Issue 14: the body a French person's set-off role names (``Sophie Lavallée,
vice-présidente de la FSSS-CSN``) takes no title from that role, so it is no person a later
``Selon elle`` or ``ajoute-t-il`` could stand for: the pronoun keeps the person described
(real French model; :func:`newswire.nlp.quotes.resolution.titles.titles_of`).

Sentences are written for these tests in the house style of French, Québec and African
papers; the bodies' names are invented.
"""

from __future__ import annotations

import pytest

from newswire.nlp.pipeline import Pipeline
from tests.nlp.quotes.test_french import french_quote_starting

ROWS = [
    ("La crise couve depuis l'été. Ce n'est pas l'avis de Paul-Henri Ewané Nkoulou, "
     "vice-président de la Fécafoot chargé du football amateur. « Le comité exécutif ne se "
     "réunit plus jamais », accuse-t-il.", "Le comité exécutif", "Paul-Henri Ewané Nkoulou"),
    ("La crise couve depuis l'été. Il faut entendre Joseph Ndoumbé Essomba, secrétaire "
     "général de la Fédération camerounaise de handball, qui a démissionné lundi. « Le comité "
     "exécutif ne se réunit plus jamais », accuse-t-il.", "Le comité exécutif",
     "Joseph Ndoumbé Essomba"),
    # A name with no preposition hung on the role is the role's holder (guard).
    ("La société a prolongé les coupures. « Cette mesure est nécessaire pour préserver les "
     "réserves », a déclaré à l'agence TAP le directeur central de l'exploitation à la "
     "Société des eaux, Hatem Ben Salah Mansouri.", "Cette mesure est nécessaire",
     "Hatem Ben Salah Mansouri"),
    # A body that is the subject stays what ``elle`` stands for (guard: pronouns_fr).
    ("La FSEQ réclame une baisse du nombre d'élèves par classe. Selon elle, la surcharge "
     "de travail pousse les jeunes enseignants à quitter le métier.", "la surcharge", "FSEQ"),
    # A role set off after a name still titles that name (guard): ``le secrétaire général``
    # is Paul Girard.
    ("Le secrétaire général du SNPCA, Paul Girard, a quitté la réunion avant la fin. Plus "
     "tard, le secrétaire général a ajouté : « Nous ne signerons rien cette semaine. »",
     "Nous ne signerons rien", "Paul Girard"),
]


@pytest.mark.parametrize(("body", "start", "speaker"), ROWS)
def test_french_employers_untitled(pipeline: Pipeline, body: str, start: str,
                                   speaker: str) -> None:
    """The quote starting with ``start`` is ``speaker``'s."""
    quote = french_quote_starting(pipeline, body, start)
    assert quote.speaker == speaker, quote
