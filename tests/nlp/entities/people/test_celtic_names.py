"""Irish, Scottish Gaelic and Welsh names whose surname opens with a particle (real model):
``Owain ap Tomos``, ``Mòrag Nic a' Bhàird``, ``Cian Ó Murchú TD`` are one person each, later
``Mr ap Tomos`` is the same person, and a family's shared surname joins no one of them.

Texts are written for these tests, in the phrasing of Irish, Scottish and Welsh regional
papers, broadcasters' sites and court reports.
"""

from __future__ import annotations

import pytest

from newswire.nlp.entities.people.celtic_names import particle_surnames
from newswire.nlp.entities.spans.mentions import Text
from newswire.nlp.pipeline import Pipeline
from tests.nlp.quotes.test_resolution import Expected, check


@pytest.mark.parametrize(("body", "expected"), [
    # A Welsh patronymic, a role before it, the surname with its particle later.
    ("Farmers' union leader Owain ap Tomos said the scheme was \"unworkable on the hill\".\n\n"
     "Mr ap Tomos added: \"We will not plant trees on our best land.\"",
     [("unworkable on the hill", "Owain ap Tomos", "person"),
      ("We will not plant", "Owain ap Tomos", "person")]),
    # A Scottish Gaelic surname with its article, after a title.
    ("Community council convener Mòrag Nic a' Bhàird said islanders were \"running out of "
     "patience\" with the ferry operator.",
     [("running out of patience", "Mòrag Nic a' Bhàird", "person")]),
    # "Nic an t-": the article and the glued letter, after a noun opening the sentence.
    ("Headteacher Seonaid Nic an t-Sagairt said the school roll had fallen \"below twenty for "
     "the first time\".",
     [("below twenty", "Seonaid Nic an t-Sagairt", "person")]),
    # An Irish surname, a party's possessive before it and a legislator's letters after it.
    ("Fianna Fáil's Cian Ó Murchú TD said the figures were \"deeply worrying for rural "
     "Ireland\".",
     [("deeply worrying", "Cian Ó Murchú", "person")]),
    # A judge named with her title, then with the title and the surname alone; a negation
    # (right before the rule too: a neighbour it must keep).
    ("Sentencing him, Judge Nia ap Rhys said he had \"targeted the most vulnerable\".\n\n"
     "Judge ap Rhys said she did not accept that he was \"a man of good character\".",
     [("targeted the most vulnerable", "Nia ap Rhys", "person"),
      ("a man of good character", "Nia ap Rhys", "person")]),
    # Irish mutations: a lower-case h or t glued before the surname's capital; the surname
    # alone with its particle later.
    ("Pádraig Ó hAodha, a councillor in Clonmel, said the plan was \"dead in the water\". "
     "Ó hAodha said he would oppose it \"at every stage\".\n\n"
     "Cllr Aoife Nic an tSaoir disagreed, saying it was \"too late\".",
     [("dead in the water", "Pádraig Ó hAodha", "person"),
      ("at every stage", "Pádraig Ó hAodha", "person"),
      ("too late", "Aoife Nic an tSaoir", "person")]),
    # Guard: a family's surname alone ("the Mac Suibhne family") is no one of its members.
    ("Her father, Mr Peadar Mac Suibhne, said she \"loved that road\".\n\n"
     "Her aunt, Ms Áine Mac Suibhne, said: \"We will not stop asking questions.\"\n\n"
     "The coroner extended his sympathy to the Mac Suibhne family.",
     [("loved that road", "Peadar Mac Suibhne", "person"),
      ("We will not stop", "Áine Mac Suibhne", "person")]),
    # Guard: "Mac" of a product's name is no surname's particle.
    ("The Big Mac Index was cited by economist Joanna Rees, who said it was \"a blunt but "
     "honest tool\".",
     [("a blunt but honest tool", "Joanna Rees", "person")]),
])
def test_a_particle_surname_is_one_person(
        pipeline: Pipeline, body: str, expected: list[Expected]) -> None:
    """A name with a Celtic particle surname is the speaker's whole name, titles left out."""
    check(pipeline, body, expected)


@pytest.mark.parametrize(("body", "expected"), [
    # A noun only people are, capitalised as it opens the sentence, before a Gaelic name.
    ("Skipper Calum MacInnes, whose boat fishes out of Mallaig, said the cut was \"a hammer "
     "blow\".",
     [("a hammer blow", "Calum MacInnes", "person")]),
    # Right before the rule too: a neighbour it must keep.
    ("Publican Sorcha Breathnach said trade had been \"the worst in twenty years\".",
     [("the worst in twenty years", "Sorcha Breathnach", "person")]),
    # Guard: a first name opening the sentence stays the name's.
    ("Will Heffernan, a crofter on South Uist, said the ferry was \"not a luxury\".",
     [("not a luxury", "Will Heffernan", "person")]),
])
def test_a_person_noun_before_a_name_is_no_part_of_it(
        pipeline: Pipeline, body: str, expected: list[Expected]) -> None:
    """A noun such as ``Skipper`` or ``Publican`` opening the sentence is left out of the name."""
    check(pipeline, body, expected)


@pytest.mark.parametrize(("line", "names"), [
    # A word of 50,000 letters after a particle, then a digit: no name, read in linear time
    # (the pattern of the first version tried every split of it: minutes, not milliseconds).
    ("Mr ap Gwilym said the code was Mac A" + "a" * 50_000 + "1, not a name.", ["ap Gwilym"]),
    ("Mr ap Gwilym replied: ap A" + "a" * 50_000 + "'s.", ["ap Gwilym"]),
    ("Ó " + "Ab-" * 16_000 + "1 and Seán Mac Cormaic.", ["Seán Mac Cormaic"]),
])
def test_a_long_line_is_read_once(line: str, names: list[str]) -> None:
    """A 50,000-character word after a particle is no name, and the names beside it are
    still found: the surname pattern never backtracks over a long word."""
    found = particle_surnames([Text.of("body", line)], [])
    assert [m.text for m in found] == names
