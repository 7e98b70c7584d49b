"""Foreign officials' names the model cuts (real model): a long office before a name
(``Minister of Economy, Trade and Industry Kenji Morishita``).

Texts are written for these tests, in wire and foreign-desk phrasing.
"""

from __future__ import annotations

import pytest

from newswire.nlp.pipeline import Pipeline
from tests.nlp.quotes.test_resolution import Expected, check


@pytest.mark.parametrize(("body", "expected"), [
    # An office listing three portfolios (was the organisation "Economy, Trade and Industry
    # Kenji Morishita").
    ("Speaking separately, Minister of Economy, Trade and Industry Kenji Morishita told "
     "reporters that the government would decide on support \"after carefully examining "
     "the company's progress.\"",
     [("after carefully examining", "Kenji Morishita", "person")]),
    # Guard: an office of one portfolio stays read as before.
    ("Minister for Transport Eamon Ryan said the scheme would be \"extended for another "
     "year at least.\"",
     [("extended for another year", "Eamon Ryan", "person")]),
])
def test_a_long_office_before_a_name_is_no_part_of_it(
        pipeline: Pipeline, body: str, expected: list[Expected]) -> None:
    """``Minister of Economy, Trade and Industry Kenji Morishita said`` is Kenji Morishita."""
    check(pipeline, body, expected)
