"""French verbs of saying whose object is what was said or asked for
(:mod:`newswire.nlp.quotes.speech.objects_fr`, :mod:`newswire.nlp.quotes.stances.phrases_fr`)."""

from __future__ import annotations

import pytest

from newswire.nlp.pipeline import Pipeline
from tests.nlp.quotes.test_french import french_quotes


@pytest.mark.parametrize(("body", "expected"), [
    # The object's "de" phrase hung on the verb past a phrase set off by commas.
    ("Le conseil départemental a annoncé le lancement, en janvier, d'une étude sur une "
     "possible usine de dessalement.",
     [("le lancement, en janvier, d'une étude sur une possible usine de dessalement",
       "indirect", "conseil départemental")]),
    # An aside with another verb of saying inside the object no longer hides the object; the
    # reported span runs over the partial quote it holds (spans may overlap, as in English).
    ("Léa Fankhauser a évoqué une initiative cantonale à Genève et dans le canton de Vaud, ce "
     "que plusieurs élus romands jugent « tout à fait envisageable ».",
     [("une initiative cantonale à Genève et dans le canton de Vaud, ce que plusieurs élus "
       "romands jugent « tout à fait envisageable »", "indirect", "Léa Fankhauser"),
      ("tout à fait envisageable", "partial", "plusieurs élus romands")]),
    # Verbs whose object is the content: a prosecutor's demand, a count, a finding.
    ("La représentante du ministère public a requis deux ans d'emprisonnement et une "
     "interdiction définitive de diriger un établissement.",
     [("deux ans d'emprisonnement et une interdiction définitive de diriger un établissement",
       "indirect", "représentante du ministère public")]),
    ("La Mutualité sociale agricole a recensé une hausse des appels à sa ligne d'écoute.",
     [("une hausse des appels à sa ligne d'écoute", "indirect", "Mutualité sociale agricole")]),
    ("Le commissaire, Gilles-Éric Thériault, y note une hausse de 30 % des plaintes.",
     [("une hausse de 30 % des plaintes", "indirect", "Gilles-Éric Thériault")]),
    # "plaider pour": a stance, as "appeler à".
    ("Le militant plaide pour un renforcement des moyens des services d'hygiène.",
     [("un renforcement des moyens des services d'hygiène", "indirect", "militant")]),
    # Guard: a content verb in the infinitive after "pour" says what something is for.
    ("La fédération des parents a lancé une adresse mail pour recenser les heures perdues.",
     []),
    # Guard: no "de" phrase after the object's aside: the object stays as it is.
    ("Le maire a annoncé la fermeture de la piscine, en janvier, pour des travaux.",
     [("la fermeture de la piscine", "indirect", "maire")]),
])
def test_content_objects(pipeline: Pipeline, body: str,
                         expected: list[tuple[str, str, str | None]]) -> None:
    """The object of a French verb of saying that takes a content is reported speech of the
    verb's subject."""
    quotes = french_quotes(pipeline, body)
    assert [(q.text, q.kind, q.speaker) for q in quotes] == expected
