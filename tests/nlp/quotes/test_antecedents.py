"""Issue 14d: general rules of who a speaker word points to (real model).

Texts are written for these tests, paraphrasing common news constructions.
"""

from __future__ import annotations

import pytest

from newswire.nlp.pipeline import Pipeline
from tests.nlp.quotes.test_resolution import Expected, check


@pytest.mark.parametrize(("body", "expected"), [
    # The successes are what the analysts said, not who said it.
    ("Energy analysts say the utility will raise its rates in the spring. The company's "
     "record profits this year, they said, could ease the pressure on regulators.",
     [("The company's record profits", "Energy analysts", "group")]),
    # ... and a person named in what was said is not its speaker either.
    ("Tom Reyes chairs the zoning board. Mayor Bill Hart, he said, will not block the new "
     "tower.",
     [("Mayor Bill Hart", "Tom Reyes", "person")]),
])
def test_speaker_not_inside_what_was_said(pipeline: Pipeline, body: str,
                                          expected: list[Expected]) -> None:
    """A pronoun speaker's antecedent is never named inside the clause it reports."""
    check(pipeline, body, expected)


@pytest.mark.parametrize(("body", "expected"), [
    # Several advisers are not the one adviser named before.
    ("Jane Roe, an adviser to the governor, spoke first. The governor's advisers said the "
     "budget would pass in June.",
     [("the budget would pass", "governor's advisers", "group")]),
    ("Tom Hill, a senior aide to the mayor, left early. The aides said the mayor would not "
     "sign the bill.",
     [("the mayor would not sign", "aides", "group")]),
])
def test_plural_role_is_no_one_person(pipeline: Pipeline, body: str,
                                      expected: list[Expected]) -> None:
    """A plural role (``the advisers``) names a group, never the one person holding it."""
    check(pipeline, body, expected)


@pytest.mark.parametrize(("body", "expected"), [
    # A party word is shared by many: the place must be the titled person's too.
    ("Republican Majority Leader Tom Barrow said the vote would wait. Speaker Ann Ruiz says "
     "the caucus is united. In an interview on Thursday, the Ohio Republican said the bill "
     "would pass by June.",
     [("the bill would pass", "Ann Ruiz", "person")]),
    # An office is enough by itself, place or not.
    ("Sen. Ben Carter met the governor on Monday. Governor Ruth Ames was ready to sign the "
     "order. The Vermont senator said the order went too far.",
     [("the order went too far", "Ben Carter", "person")]),
])
def test_party_description_needs_its_place(pipeline: Pipeline, body: str,
                                           expected: list[Expected]) -> None:
    """``the Ohio Republican`` is not a Republican titled without Ohio; ``the Vermont
    senator`` is the senator."""
    check(pipeline, body, expected)


@pytest.mark.parametrize(("body", "expected"), [
    # The senator named in a clause of Dunn's appositive gives Dunn no title.
    ("Senator Ann Lee spoke first. Mark Dunn, a lawyer who once advised the senator, took "
     "questions. The senator said the bill would pass.",
     [("the bill would pass", "Ann Lee", "person")]),
    # ... nor does the title of another person named in it.
    ("Governor Ann Lee spoke first. Mark Dunn, an aide to Senator Bob Hale, took questions. "
     "The senator said the bill would pass.",
     [("the bill would pass", "Bob Hale", "person")]),
])
def test_appositive_titles_are_the_names_own(pipeline: Pipeline, body: str,
                                             expected: list[Expected]) -> None:
    """A name's appositive titles it, not another person named in it or a clause on it."""
    check(pipeline, body, expected)


@pytest.mark.parametrize(("body", "expected"), [
    ("The Sierra Club sued the agency on Monday. Environmental groups have long opposed the "
     "pipeline. It said the permit was issued illegally.",
     [("the permit was issued illegally", "Sierra Club", "organization")]),
    ("The Fraser Institute published its annual survey on Tuesday. Critics have questioned "
     "the rankings. It said Alberta's rules remained the most attractive to investors.",
     [("Alberta's rules remained", "Fraser Institute", "organization")]),
])
def test_it_is_never_a_plural_phrase(pipeline: Pipeline, body: str,
                                     expected: list[Expected]) -> None:
    """``it`` agrees in number: an unnamed plural subject (``Environmental groups``) is no
    antecedent of it, the organisation named before is."""
    check(pipeline, body, expected)
