"""A name written right after an office and its portfolio, with no comma (real model):
``Commissioner of Taxation Marguerite Ostby said`` is Marguerite Ostby speaking, not the
commissioner; the portfolio's words are no part of the name and no person.

Texts are written for these tests, in the styles of Pacific, Scottish, Irish, Indian,
Australian and Canadian government, parliament and business copy.
"""

from __future__ import annotations

import pytest

from newswire.nlp.entities.roles.portfolio_holders import _offices
from newswire.nlp.pipeline import Pipeline
from tests.nlp.quotes.test_resolution import Expected, check


@pytest.mark.parametrize(("body", "expected"), [
    # A Pacific minister's long portfolio, then the name the model runs into it.
    ("Minister for Fisheries and Ocean Resources Tevita Lauaki said the ban would be "
     "\"reviewed in June, not before\".",
     [("reviewed in June", "Tevita Lauaki", "person")]),
    # A regulator's head in business copy; a negation with an honorific later.
    ("\"The audit found no wrongdoing,\" Commissioner of Taxation Marguerite Ostby said in a "
     "statement on Friday. Ms Ostby did not say whether \"further reviews\" were planned.",
     [("The audit found", "Marguerite Ostby", "person")]),
    # A Scottish member and her seat of two places; the model read the first as a person.
    ("Conservative MSP for Moray and Nairn Coast Isla Drummond-Reid said the minister had "
     "been \"a bystander at these talks\".",
     [("a bystander", "Isla Drummond-Reid", "person")]),
    # An Indian minister of state with an honorific before the name and commas inside the
    # portfolio.
    ("Union Minister of State for Ports, Shipping and Waterways Shri Devendra Kashyap told "
     "the House the bill would \"not touch fishermen's rights\".",
     [("not touch", "Devendra Kashyap", "person")]),
    # A Gaelic constituency name of three words before a Gaelic name of three: the name's
    # first word is a known first name.
    ("Western Isles MSP Murdo Iain MacAulay said the ferry contract had been \"a fiasco "
     "from start to finish\".",
     [("a fiasco", "Murdo Iain MacAulay", "person")]),
    # The name's possessive; then a clause set off after the name (a comma ends it).
    ("Director of Public Prosecutions Orlaith Brennan-Keogh's office said the file was "
     "\"under active consideration\".\n\n"
     "Secretary of State for Wales Tamsin Howell-Pryce, who visited the plant on Monday, said "
     "the jobs were \"safe for now\".",
     [("under active consideration", "Orlaith Brennan-Keogh", "person"),
      ("safe for now", "Tamsin Howell-Pryce", "person")]),
    # Two office holders of one department joined by "and" (review52): the first is still
    # named and speaks; the second office opens a run of its own.
    ("Minister for Transport Darragh Collins and Minister of State for Public Transport "
     "Jerry Buckley said the plan was \"ambitious but achievable\".",
     [("ambitious but achievable", "Darragh Collins", "person")]),
    # Guard: an office with its portfolio and no name after it stays the office.
    ("The Minister for Emergency Management said the government would release \"an initial "
     "$200,000\" to the relief fund.",
     [("an initial", "Minister for Emergency Management", "group")]),
    # Guard: a person named bare before is no part of another office's portfolio.
    ("Priya Raman said the waiting list was \"too long\". The Minister for Health and "
     "Colm Feeney met on Monday.",
     [("too long", "Priya Raman", "person")]),
])
def test_a_name_after_an_office_and_its_portfolio_speaks(
        pipeline: Pipeline, body: str, expected: list[Expected]) -> None:
    """The person named right after an office's portfolio is the speaker, by name."""
    check(pipeline, body, expected)


@pytest.mark.parametrize(("text", "names"), [
    ("Commissioner of Competition Everett Lachance-Obi said", ["Everett Lachance-Obi"]),
    ("Minister of Economy, Trade and Industry Kenji Morishita told", ["Kenji Morishita"]),
    ("Secretary of State for Northern Ireland Hilary Benn said", ["Hilary Benn"]),
    ("Prime Minister of New Zealand Christopher Luxon said", ["Christopher Luxon"]),
    ("MSP for Glasgow Southside and Pollok Ruaridh Kinnaird said", ["Ruaridh Kinnaird"]),
    # Letters after the name are no part of it (Irish and British copy).
    ("Minister for Finance Paschal Donohoe TD said", ["Paschal Donohoe"]),
    ("Secretary of State for Scotland Ian Murray MP said", ["Ian Murray"]),
    # A second person after "and" is no holder; a constituency alone names no one.
    ("MSP for Dundee City East Shona Robison and Douglas Ross said", []),
    ("The MSP for Dundee City East said", []),
    # No name: the portfolio ends in a common word, or a company's name is all there is.
    ("The Minister for Emergency Management said", []),
    ("A spokeswoman for the Minister for Olympic and Paralympic Games Infrastructure said", []),
    ("Chairman of Marlowe Sachs said", []),
    # Four name words: where the portfolio ends is unknown.
    ("Director of Kittredge Lowe Jane Smith said", []),
    # A line break between the portfolio and the words after it.
    ("Minister for Housing and\nLocal Government Darragh O'Brien said", []),
])
def test_where_the_name_after_a_portfolio_begins(text: str, names: list[str]) -> None:
    """The name is the run's last two or three name words, after at least one portfolio word."""
    assert [text[start:end] for _, _, start, end in _offices(text)[0]] == names
