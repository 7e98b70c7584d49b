"""The clause holding a quotation beside a joined clause that holds none is reported too."""

from __future__ import annotations

import pytest

from newswire.nlp.pipeline import Pipeline
from tests.nlp.quotes.test_extract import quotes_of


@pytest.mark.parametrize(("body", "expected"), [
    # "that A “...” and that B": B was reported, A (it says more than its quotation) too.
    ('Toronto police said in a statement that the force would increase patrols in the area '
     '"in the coming days" and that officers would be speaking with businesses.',
     ['that the force would increase patrols in the area "in the coming days"',
      "that officers would be speaking with businesses"]),
    ('Kanazawa said late on Wednesday that demand from smartphone makers had been "weaker '
     'than anticipated" in November, and cut its forecast by 18%.',
     ['that demand from smartphone makers had been "weaker than anticipated" in November',
      "cut its forecast by 18%"]),
    # Guard: a trailing aside with a verb of saying of its own is no joined statement.
    ("Ann Lee declared that Trump would have a path to the nomination, which she described "
     "as “a total disaster”.", ["that Trump would have a path to the nomination"]),
    # A clause whose only words outside the quotation are a lead-in stays a partial quote.
    ('The mayor said the plan was "a disaster" and that council would vote again.',
     ["that council would vote again"]),
])
def test_holding_clause_beside_joined(pipeline: Pipeline, body: str,
                                      expected: list[str]) -> None:
    """Each clause said under the one verb is reported, the one holding a quotation whole."""
    assert [q.text for q in quotes_of(pipeline, body) if q.kind == "indirect"] == expected
