"""French quotes on real French news sentences: « », dialogue dashes, inverted cues, selon."""

from __future__ import annotations

import pytest

from newswire.models import Quote
from newswire.nlp.entities.extract import extract_entities
from newswire.nlp.pipeline import Pipeline
from newswire.nlp.quotes.extract import extract_quotes


def french_quotes(pipeline: Pipeline, body: str) -> list[Quote]:
    """The quotes of a French body, with its entities, through the French pipeline."""
    nlp = pipeline.models.full("fr")
    title_doc, body_doc = nlp(""), nlp(body)
    return extract_quotes(title_doc, body_doc, extract_entities(title_doc, body_doc))


@pytest.mark.parametrize(("body", "expected"), [
    ("« Nous ne laisserons personne sur le bord de la route », a déclaré Élisabeth Borne lors "
     "d'un déplacement à Lille.",
     [("Nous ne laisserons personne sur le bord de la route", "direct", "Élisabeth Borne")]),
    ("La maire de Paris, Anne Hidalgo, a affirmé que les travaux seraient terminés avant l'été.",
     [("que les travaux seraient terminés avant l'été", "indirect", "Anne Hidalgo")]),
    ("Selon Bruno Le Maire, la croissance française atteindra 1 % cette année.",
     [("la croissance française atteindra 1 % cette année", "indirect", "Bruno Le Maire")]),
    ("Interrogé sur France Inter, Jean-Luc Mélenchon a estimé que le gouvernement « a perdu sa "
     "majorité ».",
     [("a perdu sa majorité", "partial", "Jean-Luc Mélenchon")]),
    ("Thierry Breton s'est exprimé à Bruxelles.\n— Nous ne reculerons pas, a-t-il prévenu "
     "devant la presse.",
     [("Nous ne reculerons pas", "direct", "Thierry Breton")]),
    ("« Les négociations avancent », explique Laurent Berger, secrétaire général de la CFDT.",
     [("Les négociations avancent", "direct", "Laurent Berger")]),
    ("Le Premier ministre a répondu aux syndicats. « La porte reste ouverte », dit-il.",
     [("La porte reste ouverte", "direct", None)]),
])
def test_french_quotes(pipeline: Pipeline, body: str,
                       expected: list[tuple[str, str, str | None]]) -> None:
    """Each quote with its kind and named speaker; a speaker never named stays None."""
    quotes = french_quotes(pipeline, body)
    assert [(q.text, q.kind, q.speaker) for q in quotes] == expected
    for quote in quotes:
        for span in (quote.cue, quote.speaker_mention, quote.sentence):
            assert span is None or body[span.start:span.end] == span.text


def test_inverted_pronoun_takes_the_person_before(pipeline: Pipeline) -> None:
    """``a-t-elle ajouté`` names the woman last named, as the pronoun's antecedent."""
    body = ("Claire Dumoulin préside la chambre d'agriculture de la Drôme. « Certaines "
            "exploitations ne passeront pas l'hiver », a-t-elle ajouté devant les manifestants.")
    [quote] = french_quotes(pipeline, body)
    assert quote.speaker == "Claire Dumoulin"
    assert quote.speaker_mention is not None
    assert quote.speaker_mention.text == "-elle"
