"""French ``Selon X,`` opening its sentence (:mod:`newswire.nlp.quotes.speech.according_fr`): where
the words said start."""

from __future__ import annotations

import pytest

from newswire.nlp.pipeline import Pipeline
from tests.nlp.quotes.test_french import french_quotes


@pytest.mark.parametrize(("body", "expected"), [
    # The clause's subject, set off with an apposition, is said too.
    ("Selon les documents déposés au palais de justice de Québec, Jean-Marc Pelletier, 52 ans, "
     "aurait détourné près d'un million de dollars entre 2020 et 2023.",
     "Jean-Marc Pelletier, 52 ans, aurait détourné près d'un million de dollars entre 2020 et "
     "2023"),
    # Guard: an apposition of the source's is none of the words said.
    ("Selon Luc Roy, économiste à l'UQAM, la crise pourrait durer jusqu'à l'été.",
     "la crise pourrait durer jusqu'à l'été"),
])
def test_said_after_an_opening_source(pipeline: Pipeline, body: str, expected: str) -> None:
    """The said words of ``Selon X,``: from the clause's subject, past the source's aside."""
    quotes = french_quotes(pipeline, body)
    assert [q.text for q in quotes if q.kind == "indirect"] == [expected]
