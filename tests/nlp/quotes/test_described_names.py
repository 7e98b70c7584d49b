"""Issue 14 (orgs27): an untyped name described as an organisation speaks as one (real model).

Texts are written for these tests, paraphrasing common news constructions.
"""

from __future__ import annotations

import pytest

from newswire.nlp.pipeline import Pipeline
from tests.nlp.quotes.test_resolution import Expected, check


@pytest.mark.parametrize(("body", "expected"), [
    ("Harvest, which represents grain farmers, said prices had fallen.",
     [("prices had fallen", "Harvest", "organization")]),
    ("Harvest, the union for grain handlers, said prices had fallen.",
     [("prices had fallen", "Harvest", "organization")]),
    # Guard: "who" describes a person, not an organisation.
    ("Staff were told on Friday. Harmony, who represents library workers, said 47 jobs were "
     "at risk.",
     [("47 jobs were at risk", None, "unknown")]),
])
def test_a_name_described_as_an_organisation_is_one(
        pipeline: Pipeline, body: str, expected: list[Expected]) -> None:
    """``Unison, which represents library workers, said``: the union, not nobody."""
    check(pipeline, body, expected)
