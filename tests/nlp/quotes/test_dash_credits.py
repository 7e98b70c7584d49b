"""Issue 14: a quotation credited after a dash at the end of its line is the credited
person's; a dash that goes on with the sentence credits nobody (real model).

The first rows are lines of a fresh English tuning article (zc13, a fact check; round
nineteen, roles36); the others are written for the test.
"""

from __future__ import annotations

import pytest

from newswire.nlp.pipeline import Pipeline
from newswire.nlp.quotes.dash_credits import credited_name
from tests.nlp.quotes.test_resolution import Expected, check


@pytest.mark.parametrize(("body", "expected"), [
    ("CLAIM: \"Violent crime in my state is down 30 percent since I took office.\" — Gov. "
     "Ray Dillard of Missouri\n\nTHE FACTS: That depends on which numbers you use. Dillard "
     "took office in January 2021.",
     [("Violent crime in my state", "Ray Dillard", "person")]),
    ("CLAIM: \"Our state has created more manufacturing jobs than any state in the country "
     "over the past two years.\" — Gov. Elise Vantongeren of Michigan\n\nTHE FACTS: Michigan "
     "added about 21,000 jobs, Vantongeren's office said.",
     [("Our state has created", "Elise Vantongeren", "person")]),
    ("“We will not leave anyone behind.” — Jens Stoltenberg, NATO Secretary-General\n\nThe "
     "alliance met in Brussels on Tuesday.",
     [("We will not leave anyone behind", "Jens Stoltenberg", "person")]),
])
def test_a_name_after_a_dash_ending_the_line_is_the_speaker(
        pipeline: Pipeline, body: str, expected: list[Expected]) -> None:
    """``"..." — Gov. Ray Dillard of Missouri``: Ray Dillard said it."""
    check(pipeline, body, expected)


@pytest.mark.parametrize(("line", "expected"), [
    ('"We will." — Gov. Ray Dillard', "Ray Dillard"),
    ('"Peace." — Jens Stoltenberg, NATO Secretary-General\nThe alliance met.',
     "Jens Stoltenberg"),
    ('"Not yet" -- Senator Maria Ortiz-Calderón of Ohio', "Maria Ortiz-Calderón"),
    ('"Closed for the season" — and then the owners left town for good.', None),
    ('"Closed" — The Mayor of Springfield', None),
    ('"Closed" — Springfield\n', None),
    ('"Closed," she said — Jane Roe', None),
])
def test_the_credit_is_a_name_ending_the_line(line: str, expected: str | None) -> None:
    """Only two to four capitalised words, after a title, to the line's end, are a credit."""
    assert credited_name(line, line.index('"', 1) + 1) == expected
