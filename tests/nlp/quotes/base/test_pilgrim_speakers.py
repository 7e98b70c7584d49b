"""Issue 14: an incise's subject opened by the pilgrim's honorific (``a déclaré El Hadji
Moustapha Sy``) speaks as the person named after it, not as the determiner the French parse
made of ``El`` (real French model).

Texts written for these tests in the styles of a Dakar, a Bamako and a Conakry daily, with
their neighbours: the same name without the honorific, an English ``Al`` first name.
"""

from __future__ import annotations

import pytest

from newswire.models import RawArticle
from newswire.nlp.pipeline import Pipeline
from tests.nlp.quotes.test_french import french_quote_starting

ROWS = [
    # review51's row: an incise, then the office set off after the name
    ("« Nous prions pour la paix », a déclaré El Hadji Moustapha Sy, porte-parole de la "
     "famille.",
     "Nous prions pour la paix", "Moustapha Sy"),
    # no apposition, a sentence after it (neighbour: the parse made the name the subject
    # before this rule too; review52b)
    ("« Le marché de Médine rouvrira lundi », a annoncé El Hadji Bakary Sidibé. Les "
     "commerçants attendent depuis trois semaines.",
     "Le marché de Médine rouvrira lundi", "Bakary Sidibé"),
    # a person named before: the honorific's name still speaks, not the one before
    ("Le gouverneur, Mamadou Camara, a reçu les transporteurs. « Nous ne bloquerons pas la "
     "route », a promis El Hadji Ousmane Barry, président du syndicat.",
     "Nous ne bloquerons pas la route", "Ousmane Barry"),
    # neighbour: the same incise without the honorific (as before)
    ("« Nous prions pour la paix », a déclaré Moustapha Sy, porte-parole de la famille.",
     "Nous prions pour la paix", "Moustapha Sy"),
]


@pytest.mark.parametrize(("body", "start", "speaker"), ROWS)
def test_pilgrim_incise_speaker(pipeline: Pipeline, body: str, start: str,
                                speaker: str) -> None:
    """The quote starting with ``start`` is the person named after the honorific."""
    quote = french_quote_starting(pipeline, body, start)
    assert quote.speaker == speaker, quote


def test_english_al_is_a_first_name(pipeline: Pipeline) -> None:
    """``Al`` before an English name is his first name, untouched by the honorific's rule."""
    event = pipeline.enrich(RawArticle(id="al", text='"We will win," Al Gore said on Tuesday.'))
    assert [q.speaker for q in event.quotes] == ["Al Gore"]
