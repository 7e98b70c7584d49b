"""Issue 14: a French incise made with a pronominal verb (``s'indigne X``, ``s'est emporté
le député X``) gives the quote to the person after the verb, not to ``s'`` or to a word of
the quotation (real French model).

Texts are written for these tests in the house style of French, Belgian and Swiss papers:
a sentence before the quotation (which is what made the parse hang the verb on the quote),
a name or a role with its name after the verb, ``est`` between the reflexive and its
participle; and a reflexive incise with its inverted pronoun, which the inversion rule
already gives.
"""

from __future__ import annotations

import pytest

from newswire.nlp.pipeline import Pipeline
from tests.nlp.quotes.test_french import french_quote_starting

ROWS = [
    # the parse gave the verb a subject inside the quotation ("Ce", "On")
    ("La colère domine chez les salariés. « Ce n'est pas acceptable », s'indigne Sébastien "
     "Hurtaux.", "Ce n'est pas acceptable", "Sébastien Hurtaux"),
    ("Du côté des salariés, la colère domine. \"On nous demande des efforts depuis des années, "
     "et voilà le résultat\", s'indigne Karim Lefort, délégué syndical CGT, majoritaire sur le "
     "site.", "On nous demande des efforts", "Karim Lefort"),
    # "est" between the reflexive and the participle, a role before the name
    ("Dans l'opposition, la réaction a été immédiate. « On nous avait promis une ligne pour "
     "2030. On nous annonce aujourd'hui 2034 », s'est emporté le député Olivier Hanssens, qui "
     "siège dans la commission depuis 2019.", "On nous avait promis", "Olivier Hanssens"),
    ("Du côté visiteur, le ton est différent. \"Mon adjoint a été touché par un briquet. "
     "Qu'est-ce qu'on attend ?\", s'est emporté l'entraîneur de Westhoek, Pieter Claes, au "
     "micro de nos confrères.", "Mon adjoint a été touché", "Pieter Claes"),
    # an unnamed person after the verb, whom the parse made "s'"'s object
    ("Le projet divise. “Une troupe permanente, c’est beau sur le papier. Mais avec quel "
     "argent ? On risque de programmer moins de compagnies”, s’interroge un directeur de "
     "compagnie locale.", "Une troupe permanente", "directeur de compagnie locale"),
    # the inverted pronoun of a reflexive incise stays its subject
    ("Marie Dubois, 71 ans, a chanté toute sa vie. « Dans dix ans, qui va chanter ? », "
     "s'interroge-t-elle.", "Dans dix ans, qui va chanter", "Marie Dubois"),
]


@pytest.mark.parametrize(("body", "start", "speaker"), ROWS)
def test_french_reflexive_incises(pipeline: Pipeline, body: str, start: str,
                                  speaker: str) -> None:
    """The quote starting with ``start`` is ``speaker``'s."""
    quote = french_quote_starting(pipeline, body, start)
    assert quote.speaker == speaker, quote
