"""Speakers that are offices, institutions and members of organisations (``person_of``,
``offices``, ``institutions``): the Canadian-news classes the hand-written probe found.

Texts are written for these tests (none copied from any dataset), each its own short story.
"""

from __future__ import annotations

import pytest

from newswire.nlp.pipeline import Pipeline
from tests.nlp.quotes.test_resolution import Expected, check


@pytest.mark.parametrize(("body", "expected"), [
    ("Irene Nattel of RBC Dominion Securities said the conversions should help margins.",
     [("the conversions", "Irene Nattel", "person")]),
    ("Grand Chief Alvin Fiddler of Nishnawbe Aski Nation, which represents 49 First Nations, "
     "said the situation was a failure.",
     [("the situation", "Alvin Fiddler", "person")]),
    ("Tenant advocates share that concern. Geordie Dent of the Federation of Metro Tenants’ "
     "Associations says his group hears every week from tenants.",
     [("his group", "Geordie Dent", "person")]),
    # ... and a pronoun after it is that person, not the organisation's last words.
    ("Irene Nattel of RBC Dominion Securities said the conversions should help margins.\n"
     "“Short-term pain, but the strategy is right,” she said.",
     [("Short-term pain", "Irene Nattel", "person")]),
    # Guard: an organisation that speaks with a person named inside it stays the speaker.
    ("The Lee Kuan Yew School of Public Policy said the report was flawed.",
     [("the report", "Lee Kuan Yew School", "organization")]),
])
def test_person_of_organisation_speaks(pipeline: Pipeline, body: str,
                                       expected: list[Expected]) -> None:
    """``X of <organisation> said``: X speaks, though the parse makes the organisation subject."""
    check(pipeline, body, expected)


@pytest.mark.parametrize(("body", "expected"), [
    ("Chief Wesley Kakegamic said the plant was failing. Deputy Chief Sarah Moonias said "
     "families were boiling water.\nThe chief said the emergency would stay in place.",
     [("the emergency", "Wesley Kakegamic", "person")]),
    ("Mayor Bo Chen said the budget was tight. Former mayor Cy Ma said it was bloated.\n"
     "The mayor said the budget would pass.",
     [("the budget would pass", "Bo Chen", "person")]),
    # The description carries the word itself: the holder of that office.
    ("Mayor Bo Chen said the budget was tight. Deputy Mayor Ann Lee said it was bloated.\n"
     "The deputy mayor said she would vote against it.",
     [("she would vote", "Ann Lee", "person")]),
    # Only a lesser office holds the noun: its holder, as before.
    ("Deputy Chief Sarah Moonias said families were boiling water.\n"
     "The chief said the emergency would stay in place.",
     [("the emergency", "Sarah Moonias", "person")]),
    # A regional or national chief holds another office than the community's chief.
    ("The government offered $410 million to settle the claim, but the community’s chief says "
     "the offer falls short of what her people are owed.\nLake Chief Marlene Keeshig said the "
     "community was grateful.\nRegional Chief Dennis Morriseau of the Assembly of First "
     "Nations said the offer was progress.",
     [("the offer falls short", "Marlene Keeshig", "person")]),
    ("Chief Ava Cote said the water plant was failing. National Chief Cindy Woodhouse said the "
     "fund was too small.\nThe chief said repairs would take a year.",
     [("repairs would take", "Ava Cote", "person")]),
    # The chief's nephew holds no office of chief.
    ("Chief Marlene Keeshig said the community was grateful.\n“You can’t write a cheque for "
     "that,” said Tyler Keeshig, 23, a youth councillor and the chief’s nephew.\nThe chief "
     "said the vote would be held in June.",
     [("the vote would be held", "Marlene Keeshig", "person")]),
])
def test_description_names_the_office_itself(pipeline: Pipeline, body: str,
                                             expected: list[Expected]) -> None:
    """``the chief`` is the Chief over the Deputy (Grand, Regional, former) Chief named later."""
    check(pipeline, body, expected)


@pytest.mark.parametrize(("body", "expected"), [
    ("The case rested on the testimony of a passerby who said the truck was speeding.",
     [("the truck", "passerby", "person")]),
    ("Police are still looking for witnesses. A passerby said the driver ran the light.",
     [("the driver", "passerby", "person")]),
])
def test_passerby_speaks_as_its_phrase(pipeline: Pipeline, body: str,
                                       expected: list[Expected]) -> None:
    """``a passerby`` (no agent ending) is an unnamed person, as ``a bystander`` is."""
    check(pipeline, body, expected)


@pytest.mark.parametrize(("body", "expected"), [
    ("Evacuation orders grew on Sunday near Kamloops. The province says more than 4,000 people "
     "are under evacuation orders.",
     [("more than 4,000", "province", "organization")]),
    ("Roy has pleaded not guilty. The defence has said Roy acted in self-defence.",
     [("Roy acted", "defence", "organization")]),
    ("The trial opened on Monday. The prosecution argued the killing was planned.",
     [("the killing", "prosecution", "organization")]),
    # Guards: the city is still the place named before; the state's lawyers are a group.
    ("Crews worked through the night in Kamloops. The city said the road would reopen Monday.",
     [("the road", "Kamloops", "organization")]),
    ("The law was challenged in March. The state's lawyers said the law was valid.",
     [("the law was valid", "state's lawyers", "group")]),
])
def test_institution_by_its_role(pipeline: Pipeline, body: str,
                                 expected: list[Expected]) -> None:
    """``the province``, ``the defence``, ``the prosecution`` speak as their phrase."""
    check(pipeline, body, expected)


@pytest.mark.parametrize(("body", "expected"), [
    ("“There was no deal,” Steven MacKinnon said.\nAccording to the Parliamentary Budget "
     "Officer, eight in 10 households would receive more in rebates than they pay.",
     [("eight in 10", "Parliamentary Budget Officer", "organization")]),
    # Guard: a person titled so is still the one meant.
    ("Attorney General Sean Fraser said the bill was legal. Steven MacKinnon spoke after him. "
     "The Attorney General said it would pass.",
     [("it would pass", "Sean Fraser", "person")]),
])
def test_office_held_by_nobody_named(pipeline: Pipeline, body: str,
                                     expected: list[Expected]) -> None:
    """A capitalised office the entities read as an organisation, held by no one named, is
    that office, not the person named last."""
    check(pipeline, body, expected)


@pytest.mark.parametrize(("body", "expected"), [
    ("Ontario Power Generation said the plant would close in 2027. The federal government "
     "says it will help the workers.",
     [("it will help", "federal government", "organization")]),
    ("The Canadian Union of Public Employees said its members were shocked by the closure. "
     "The government said retraining money was available.",
     [("retraining money", "government", "organization")]),
    # Guards: an agency named before is the government speaking; so is the one named so.
    ("The Justice Department said the rule was legal. The government said it would appeal.",
     [("it would appeal", "Justice Department", "organization")]),
    ("The federal government says it will help the workers. Unifor said its members were "
     "shocked. The government said retraining money was available.",
     [("retraining money", "federal government", "organization")]),
])
def test_government_is_no_company(pipeline: Pipeline, body: str,
                                  expected: list[Expected]) -> None:
    """``the government`` is never a company, union or party named before it."""
    check(pipeline, body, expected)


@pytest.mark.parametrize(("body", "expected"), [
    ("“It is a start,” said Coun. Jane Smith.", [("It is a start", "Jane Smith", "person")]),
    ("“There is no risk to the public,” said Cpl. Julie Courchene.",
     [("There is no risk", "Julie Courchene", "person")]),
    ("“The investigation continues,” said Staff Sgt. Ann Roy.",
     [("The investigation continues", "Ann Roy", "person")]),
    ("“We found the car,” said Const. Mike Moore of Surrey RCMP.",
     [("We found the car", "Mike Moore", "person")]),
])
def test_said_before_an_abbreviated_title(pipeline: Pipeline, body: str,
                                          expected: list[Expected]) -> None:
    """``said Coun. Jane Smith``: the title's full stop ends no sentence; the name speaks."""
    check(pipeline, body, expected)
