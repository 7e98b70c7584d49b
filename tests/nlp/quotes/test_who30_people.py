"""Issue 14 (round fourteen, who30): people described by their occupation, by a role two
people hold, by a capitalised role with their name set off after it, or by a bare role in
the subheadline are the person named (real model).

Texts are written for these tests, in Canadian, British and US news phrasing.
"""

from __future__ import annotations

import pytest

from newswire.nlp.pipeline import Pipeline
from tests.nlp.quotes.test_resolution import Expected, check


@pytest.mark.parametrize(("body", "expected"), [
    # "councillor", "dentist", "reeve" were no roles: the description was an unnamed group.
    ("Coun. Mark Tate voted against the plan on Tuesday. The councillor said the city had "
     "rushed the vote.",
     [("the city had rushed the vote", "Mark Tate", "person")]),
    ("Dr. Harinder Sandhu, the association's president, told reporters the group had raised "
     "the problem. The dentist says some of her colleagues have already stopped accepting "
     "new patients.",
     [("some of her colleagues", "Harinder Sandhu", "person")]),
    ("County Reeve Harlan Dufresne called a briefing on Saturday. The reeve said "
     "crews would work through the night.",
     [("crews would work through the night", "Harlan Dufresne", "person")]),
    # Guard: an unnamed dentist stays unnamed.
    ("A dentist in Brampton, who asked not to be named, said claims were bouncing. Mark Tate "
     "of the dental association declined to comment. The dentist said she had stopped "
     "taking new patients.",
     [("she had stopped taking new patients", "dentist in Brampton", "group")]),
])
def test_an_occupation_describes_the_person_named(pipeline: Pipeline, body: str,
                                                  expected: list[Expected]) -> None:
    """``The councillor said`` after ``Coun. Mark Tate``: Mark Tate; an unnamed one stays so."""
    check(pipeline, body, expected)


@pytest.mark.parametrize(("body", "expected"), [
    # Two critics: the one named last (Vos), not the one whose title was written last.
    ("Conservative health critic Lianne Vos told the House the plan was failing.\nNDP health "
     "critic Tomas Ekwueme said his party had fought for the plan.\nVos wasn't persuaded. "
     "Speaking to reporters afterward, the critic said the minister had spent months denying "
     "problems.",
     [("the minister had spent months", "Lianne Vos", "person")]),
])
def test_of_two_holders_of_a_role_the_last_named(pipeline: Pipeline, body: str,
                                                  expected: list[Expected]) -> None:
    """``the critic`` after two critics: the one named last."""
    check(pipeline, body, expected)


@pytest.mark.parametrize(("body", "expected"), [
    # The model reads "MP" as a proper noun; the role spoke.
    ("The local MP, Tom Whitcombe, said he had written to the health secretary.",
     [("he had written to the health secretary", "Tom Whitcombe", "person")]),
])
def test_a_capitalised_role_with_a_name_set_off_is_the_person(
        pipeline: Pipeline, body: str, expected: list[Expected]) -> None:
    """``The local MP, Tom Whitcombe, said``: Tom Whitcombe, not ``MP``."""
    check(pipeline, body, expected)


@pytest.mark.parametrize(("body", "expected"), [
    # The subheadline opens the body; its bare role is whom the body's "the chief executive"
    # is, as a headline's is.
    ("‘We let patients down,’ says chief executive, as inspectors find corridor care has "
     "become routine\n\nA hospital trust has apologised after patients were left on trolleys."
     "\n\n‘We let people down, and I am sorry,’ said Dr Imogen Fairley, the chief executive of "
     "Calderbrook Hospitals NHS Foundation Trust.",
     [("We let patients down", "Imogen Fairley", "person")]),
    ("Chief says four young people have died since September\n\nChief Raymond Nanaquawetung "
     "announced the declaration on Monday night.\n\nThe chief said the First Nation applied "
     "for funding in April.",
     [("four young people have died", "Raymond Nanaquawetung", "person")]),
])
def test_a_bare_role_in_the_subheadline_is_the_bodys_holder(
        pipeline: Pipeline, body: str, expected: list[Expected]) -> None:
    """``... says chief executive`` on the body's first line: the chief executive named."""
    check(pipeline, body, expected)


@pytest.mark.parametrize(("body", "expected"), [
    # The model took "Reeve" into an organisation's name.
    ("“This fire is moving faster than any model predicted,” county Reeve Harlan Dufresne "
     "said at a briefing. “Do not wait to pack,” he said.",
     [("This fire is moving faster", "Harlan Dufresne", "person"),
      ("Do not wait to pack", "Harlan Dufresne", "person")]),
])
def test_reeve_is_a_title(pipeline: Pipeline, body: str, expected: list[Expected]) -> None:
    """``county Reeve Harlan Dufresne said``: Harlan Dufresne, and the next ``he``."""
    check(pipeline, body, expected)


_FILLER = "The emergency department has struggled with long waits for years. " * 50


@pytest.mark.parametrize(("body", "expected"), [
    # "Her son" is Réjean, named more than a description's window before: it stands in for
    # him all the same, so "he" is Réjean, not the physician (no gender known) named since.
    ("Yvonne LeBlanc, 78, survived. Her son, Réjean LeBlanc, said the family does not blame "
     "the nurses.\n" + _FILLER + "\nDr. Anouk Therriault, a family physician in Digby, said "
     "the problem begins upstairs.\nHer son said the family plans to meet with the hospital.\n"
     "“I want to know what they’re going to change,” he said.",
     [("I want to know what they", "Réjean LeBlanc", "person")]),
])
def test_a_description_stands_in_for_a_person_named_far_back(
        pipeline: Pipeline, body: str, expected: list[Expected]) -> None:
    """``Her son said`` long after ``Her son, Réjean LeBlanc,``: a later ``he`` is Réjean."""
    check(pipeline, body, expected)


@pytest.mark.parametrize(("body", "expected"), [
    # The verb had no subject in the parse; the aside's owner was read as "Ohio".
    ("Rep. Jonah Pettibone, R-Ohio, who leads a House aviation subcommittee, posted on X "
     "shortly after the hearing that the agency \"has had more than enough time\" and that his "
     "panel would hold its own hearing.",
     [("has had more than enough time", "Jonah Pettibone", "person")]),
])
def test_a_party_and_state_after_a_name_are_no_speaker(
        pipeline: Pipeline, body: str, expected: list[Expected]) -> None:
    """``Rep. X, R-Ohio, who leads ..., posted``: X, not Ohio."""
    check(pipeline, body, expected)
