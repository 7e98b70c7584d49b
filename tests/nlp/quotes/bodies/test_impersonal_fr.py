"""The body or camp behind a French impersonal ``on``: a relative ``où l'on`` after a body's
seat (``à Bercy, où l'on rappelle``), an unaccented capital ``A`` (``A l'Elysée``, ``A la
CGT``: house styles that leave capitals bare), a camp named alone (``Dans l'opposition``):
:mod:`newswire.nlp.quotes.bodies.impersonal_fr`, :mod:`newswire.nlp.quotes.fr_parse.
side_openings_fr` (real model; sentences written for these tests in other outlets' styles,
none copied from a set)."""

from __future__ import annotations

import pytest

from newswire.nlp.pipeline import Pipeline
from tests.nlp.quotes.test_french import french_quote_starting


@pytest.mark.parametrize(("body", "quote", "speaker"), [
    # A relative "où l'on" after a ministry's seat, a person named bare before (was None).
    ("Bruno Castel a présenté son budget mardi. La copie a été mal reçue à Bercy, où l'on "
     "juge que « les comptes ne tombent pas juste ».",
     "les comptes", "Bercy"),
    # ... after a body's name, with a negation in the quote (was None).
    ("Le projet inquiète jusqu'à la CFDT, où l'on affirme que « rien ne sera signé sans "
     "garanties ».",
     "rien ne sera", "CFDT"),
    # An unaccented capital A before the presidency's seat and its article (was "A l'Elysée"
    # or None: the model took the preposition into the place).
    ("Le gouvernement a survécu à la motion. A l'Elysée, on assure que « le président reste "
     "serein ».",
     "le président reste", "Elysée"),
    # Neighbour: a seat's name alone after "A" was read before this rule (review52b).
    ("Le texte passe en commission jeudi. A Matignon, on indique que « le calendrier sera "
     "tenu ».",
     "le calendrier", "Matignon"),
    # ... and before a body named in capitals (was None).
    ("Les grévistes ont voté la reconduction. A la CGT, on dénonce « une provocation de plus "
     "de la direction ».",
     "une provocation", "CGT"),
    # A camp named alone, then a person with a title after the name (was None).
    ("Dans l'opposition municipale, on juge le projet « mal ficelé et trop cher ». Le maire, "
     "Paul Roux, balaie ces critiques.",
     "mal ficelé", "opposition municipale"),
    ("Dans l'opposition, on dénonce un budget « sans aucune ambition pour la ville ».",
     "sans aucune ambition", "opposition"),
    # Guards: a town before "où l'on" is its people, nobody named ...
    ("Le cortège est arrivé à Rennes, où l'on assure que « la fête sera belle ».",
     "la fête", None),
    # ... and so is a room after "Dans", and a town after an unaccented "A".
    ("Dans la salle, on murmure que « le maire ne se représentera pas ».",
     "le maire ne", None),
    ("A Lyon, on affirme que « tout va bien dans le meilleur des mondes ».",
     "tout va bien", None),
])
def test_impersonal_on_speaks_for_its_side(pipeline: Pipeline, body: str, quote: str,
                                           speaker: str | None) -> None:
    """The speaker of a quote given by ``on``: the body, seat or camp set before it, never a
    town or a room."""
    assert french_quote_starting(pipeline, body, quote).speaker == speaker
