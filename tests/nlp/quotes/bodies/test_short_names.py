"""Issue 14 (orgs28): a company called by the first words of its full name is that company,
and a name's plural apostrophe shows its sort, curly or straight (real model).

Texts are written for these tests, in Canadian wire and business-news phrasing.
"""

from __future__ import annotations

import pytest

from newswire.nlp.pipeline import Pipeline
from tests.nlp.quotes.test_resolution import Expected, check


@pytest.mark.parametrize(("body", "expected"), [
    ("Harvest Lane Foods Inc. locked out about 900 workers at its Milton distribution centre "
     "on Thursday. In a statement, Harvest Lane said it had tabled the best offer in the "
     "history of the facility.",
     [("it had tabled the best offer", "Harvest Lane Foods Inc.", "organization")]),
    ("Borealis Ridge Mining Corp. said the water came from a settling pond. Borealis Ridge "
     "said in a follow-up statement that it had notified the ministry within two hours.",
     [("that it had notified the ministry", "Borealis Ridge Mining Corp.", "organization")]),
    ("Cobalt Peak Resources Ltd. will cut 200 jobs at its Sudbury mine. Cobalt Peak said the "
     "price of nickel had fallen by a third this year.",
     [("the price of nickel had fallen", "Cobalt Peak Resources Ltd.", "organization")]),
    # Guards: a name opening with a person's first name stays the person (the dealership is
    # named after him); the full name speaks as itself.
    ("Tom Baird Motors Ltd. sponsored the tournament. Tom Baird said the money would pay for "
     "new jerseys.",
     [("the money would pay for new jerseys", "Tom Baird", "person")]),
    ("Harvest Lane Foods Inc. said it would keep its stores open.",
     [("it would keep its stores open", "Harvest Lane Foods Inc.", "organization")]),
])
def test_a_company_by_its_short_name(pipeline: Pipeline, body: str,
                                     expected: list[Expected]) -> None:
    """``Harvest Lane said`` after ``Harvest Lane Foods Inc.``: the company, not a person."""
    check(pipeline, body, expected)


@pytest.mark.parametrize(("body", "expected"), [
    # "the union" is the association whose name shows a union ("Workers’", curly), not the
    # company named since as a subject by its short name.
    ("“This is a recognition,” said Colleen Furey, president of the Nova Scotia Paramedic "
     "Workers’ Association, which represents about 1,100 paramedics. The employer, Atlantic "
     "Response Services Ltd., had offered 7 per cent. Atlantic Response said in a statement "
     "that it would comply with the award. Paramedics will see the back pay by spring, "
     "according to the union.",
     [("Paramedics will see the back pay", "Nova Scotia Paramedic Workers’ Association",
       "organization")]),
])
def test_the_union_is_not_the_company_by_its_short_name(pipeline: Pipeline, body: str,
                                                        expected: list[Expected]) -> None:
    """``the union`` never takes a company called by its short name."""
    check(pipeline, body, expected)


@pytest.mark.parametrize(("body", "expected"), [
    # The model reads "Borealis Air" as a person where it says something: a name ending with
    # a company's trade is no person's, so "the airline" finds it.
    ("The agency says it has received 600 complaints about Borealis Air since Sunday. "
     "Borealis Air said in a statement Wednesday that a failure at a crew scheduling vendor "
     "had disrupted operations.\n“We sincerely apologize to every guest whose travel plans "
     "were affected,” the airline said.",
     [("that a failure at a crew scheduling vendor", "Borealis Air", "organization"),
      ("We sincerely apologize", "Borealis Air", "organization")]),
    ("Passengers were stranded at Halifax airport. By Thursday afternoon, Borealis said its "
     "schedule had returned to normal, after Borealis Air blamed a vendor outage.",
     [("its schedule had returned to normal", "Borealis Air", "organization")]),
])
def test_an_airline_by_its_name(pipeline: Pipeline, body: str,
                                expected: list[Expected]) -> None:
    """``Borealis Air`` is a company, never a person; ``Borealis`` its short name."""
    check(pipeline, body, expected)
