"""Issue 14: which titled person a description (``the chancellor``) names (real model).

Texts are written for these tests, in Canadian and British news phrasing.
"""

from __future__ import annotations

import pytest

from newswire.nlp.pipeline import Pipeline
from tests.nlp.quotes.test_resolution import Expected, check


@pytest.mark.parametrize(("body", "expected"), [
    ("Chancellor Rachel Reeves delivered her budget on Wednesday. Shadow chancellor Mel Stride "
     "attacked the plan in the Commons. “This budget protects working people,” the Chancellor "
     "said.",
     [("This budget protects working people", "Rachel Reeves", "person")]),
    ("Premier Doug Ford opened the session on Monday. Deputy Premier Sylvia Jones took "
     "questions afterwards. “We will build the highway,” the premier said.",
     [("We will build the highway", "Doug Ford", "person")]),
    ("Mayor Olivia Chow met Deputy Mayor Ausma Malik on Friday. “The budget is balanced,” the "
     "deputy mayor said.",
     [("The budget is balanced", "Ausma Malik", "person")]),
    ("Bill Morgan campaigned in Halifax on Monday. Former prime minister Stephen Harper joined "
     "him at the rally. “He is the leader this country needs,” the former prime minister said.",
     [("He is the leader this country needs", "Stephen Harper", "person")]),
])
def test_description_takes_the_holder_of_that_office(pipeline: Pipeline, body: str,
                                                    expected: list[Expected]) -> None:
    """A shadow, deputy or vice title is another office than its noun alone, both ways."""
    check(pipeline, body, expected)


@pytest.mark.parametrize(("body", "expected"), [
    ("Retired neurosurgeon Ben Carson spoke in Des Moines on Sunday. The crowd was small. “We "
     "need a leader who listens,” the retired neurosurgeon said.",
     [("We need a leader who listens", "Ben Carson", "person")]),
    ("Real estate developer Jane Li bought the site in 2019. City council approved the tower "
     "last week. The developer said construction would start in the spring.",
     [("construction would start", "Jane Li", "person")]),
])
def test_description_by_a_title_of_someone_named_before(pipeline: Pipeline, body: str,
                                                       expected: list[Expected]) -> None:
    """A description whose noun no list knows names the person titled so before it."""
    check(pipeline, body, expected)


@pytest.mark.parametrize(("body", "expected"), [
    ("Ontario Premier Doug Ford met Alberta Premier Danielle Smith in Toronto. Later, the "
     "Alberta premier said the pipeline would be built.",
     [("the pipeline would be built", "Danielle Smith", "person")]),
    ("Marco Rubio stressed defence issues during an appearance with Sen. Joni Ernst, R-Iowa. The "
     "Florida senator told reporters he feels good about his campaign.",
     [("he feels good", "Marco Rubio", "person")]),
])
def test_description_with_a_place_takes_that_place_holder(pipeline: Pipeline, body: str,
                                                         expected: list[Expected]) -> None:
    """``the Alberta premier`` is the premier titled with Alberta; with none, the nearer person."""
    check(pipeline, body, expected)


@pytest.mark.parametrize(("body", "expected"), [
    ("Several insurers have lost money on the exchanges. One of them, UnitedHealth Group, "
     "said it would pull out of most states next year.",
     [("it would pull out", "UnitedHealth Group", "organization")]),
])
def test_count_word_speaks_as_the_name_in_apposition(pipeline: Pipeline, body: str,
                                                     expected: list[Expected]) -> None:
    """``One of them, UnitedHealth Group, said``: the apposed name speaks, not the number."""
    check(pipeline, body, expected)


@pytest.mark.parametrize(("body", "expected"), [
    ("Donald Trump attacked Megyn Kelly on Twitter. The Republican front-runner said the Fox "
     "News host was “overrated.”",
     [("overrated", "Donald Trump", "person")]),
    ("Former Secretary of State Hillary Clinton was in Iowa on Monday. The Democratic "
     "front-runner told voters she would fight for them.",
     [("she would fight for them", "Hillary Clinton", "person")]),
])
def test_a_hyphenated_role_is_one_role(pipeline: Pipeline, body: str,
                                       expected: list[Expected]) -> None:
    """``the front-runner`` (three tokens, head ``runner``) is a role held by someone named."""
    check(pipeline, body, expected)


@pytest.mark.parametrize(("body", "expected"), [
    ("Bernie Sanders visited Missouri on Saturday, holding a rally in Springfield that drew "
     "nearly 5,000 people. The self-described democratic socialist said he would win the state’s "
     "primary if turnout were high.",
     [("he would win the state", "Bernie Sanders", "person")]),
    ("Mr. Trump boasted that he welcomed the former president to his golf club. “He’s a great "
     "gentleman,” the real estate developer said of Mr. Clinton.",
     [("He’s a great gentleman", "Trump", "person")]),
    ("Entering the final contests in June, Hillary Clinton leads Bernie Sanders by 271 "
     "pledged delegates, but the self-described democratic socialist has said he will fight "
     "on to the convention.",
     [("he will fight on", "Bernie Sanders", "person")]),
    ("Donald Trump drew huge crowds in Florida. Campaign manager Corey Lewandowski watched "
     "from the wings as the billionaire real estate developer told the crowd that he would "
     "win the state.",
     [("that he would win the state", "Donald Trump", "person")]),
])
def test_an_epithet_is_the_person_named_before(pipeline: Pipeline, body: str,
                                               expected: list[Expected]) -> None:
    """A characterised agent noun (``the real estate developer``) is the person named
    before, as a role noun would be."""
    check(pipeline, body, expected)


@pytest.mark.parametrize(("body", "expected"), [
    ("Rep. Ann Kirkpatrick released a web ad last month. “We need leaders to stand up to "
     "Donald Trump,” the narrator says.",
     [("We need leaders", "narrator", "person")]),
    ("Tom Ebeling and his wife were greeted by an organizer at a field office. “You guys are "
     "gonna be the most effective messengers,” the organizer told them.",
     [("You guys are gonna", "organizer", "person")]),
])
def test_a_bare_agent_noun_stays_unnamed(pipeline: Pipeline, body: str,
                                         expected: list[Expected]) -> None:
    """``the narrator``, ``the organizer`` with no words that characterise whom is a role in
    the event told, by its phrase, not the person named before."""
    check(pipeline, body, expected)
