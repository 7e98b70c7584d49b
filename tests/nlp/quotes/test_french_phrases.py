"""French verbs whose preposition's object is what was said or stood for: ``appelle à``,
``a fait part de``."""

from __future__ import annotations

import pytest

from newswire.nlp.pipeline import Pipeline
from tests.nlp.quotes.test_french import french_quotes


@pytest.mark.parametrize(("body", "expected"), [
    ("Le syndicat appelle à la prudence.",
     [("la prudence", "stance", "syndicat")]),
    ("La FTQ a fait part de ses inquiétudes quant au projet.",
     [("ses inquiétudes quant au projet", "speech", "FTQ")]),
    ("La mairesse Valérie Plante appelle à manifester samedi devant l’hôtel de ville.",
     [("manifester samedi devant l’hôtel de ville", "stance", "Valérie Plante")]),
    # No such phrase: "appeler" a person, "faire" something else.
    ("La police a appelé les pompiers vers midi.", []),
    ("La FTQ a fait une demande au ministre.", []),
])
def test_french_phrases(pipeline: Pipeline, body: str,
                        expected: list[tuple[str, str, str | None]]) -> None:
    """Each phrase's object, its cue kind and its subject."""
    quotes = french_quotes(pipeline, body)
    assert [(q.text, q.cue_kind, q.speaker) for q in quotes] == expected
