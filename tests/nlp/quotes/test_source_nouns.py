"""Issue 14 (enkinds37): nouns for sources that are not people, which named no one before:
``Staff say`` (a group), ``A Northland health provider says``, ``The NSW Rural Fire Service
said``, ``the utility``, ``Garda headquarters``, ``the inspectorate``, ``iwi``, ``the
forecaster`` (organisations); a group's ``within`` phrase stays in its name (``Sources
within the government``). Real model.

Texts are written for these tests, paraphrasing Australian, New Zealand, Irish, South
African and British reporting.
"""

from __future__ import annotations

import pytest

from newswire.nlp.pipeline import Pipeline
from tests.nlp.quotes.test_resolution import Expected, check


@pytest.mark.parametrize(("body", "expected"), [
    ("Staff say they learned of the plan from the media.",
     [("they learned of the plan", "Staff", "group")]),
    ("Sources within the government said Treasury had advised against early payment.",
     [("Treasury had advised", "Sources within the government", "group")]),
    ("A Northland health provider says thousands of families could lose access to a doctor.",
     [("thousands of families", "Northland health provider", "organization")]),
    ("The NSW Rural Fire Service (RFS) said at least 14 homes had been destroyed.",
     [("at least 14 homes", "NSW Rural Fire Service", "organization")]),
    ("Rand Water supplies most of the city. The utility said it had offered technical "
     "assistance to the municipality.",
     [("it had offered technical assistance", "Rand Water", "organization")]),
    ("A regional utility says it will raise water rates by 8% next year.",
     [("it will raise water rates", "regional utility", "organization")]),
    ("Garda headquarters said that it did not comment on internal documents.",
     [("that it did not comment", "Garda headquarters", "organization")]),
    ("A Bay of Plenty iwi says it will appeal the decision.",
     [("it will appeal the decision", "Bay of Plenty iwi", "organization")]),
    ("The Met Office has extended its red warning for rain. In a statement, the forecaster "
     "said more rain was likely on already saturated ground.",
     [("more rain was likely", "Met Office", "organization")]),
])
def test_a_source_noun_that_is_no_person_speaks(
        pipeline: Pipeline, body: str, expected: list[Expected]) -> None:
    """``Staff say``, ``the utility said``: the group or the organisation speaks."""
    check(pipeline, body, expected)
