"""Issue 14: honorifics, titles and letters of English news beyond Britain and North America
(Singapore, Nigeria, Ghana) are no part of the speaker's name (real model).

Texts are written for these tests (round sixteen, people32), in the phrasing of Singaporean
and West African papers: ``Madam`` before a woman's name, ``Alhaji`` and ``Engr`` before a
man's, ``SAN`` (Senior Advocate of Nigeria) set off by commas after counsel's name.
"""

from __future__ import annotations

import pytest

from newswire.models import RawArticle
from newswire.nlp.pipeline import Pipeline
from tests.nlp.quotes.test_resolution import Expected, check


@pytest.mark.parametrize(("body", "expected"), [
    # "Madam" was read into the name, which the model then cut after one word ("Madam Siti").
    ("Commuters said they were left in the dark for too long. Madam Siti Rahmah, 54, a clinic "
     "assistant who lives in Bedok, said she did not receive any information about alternative "
     "routes until she reached the station.",
     [("she did not receive any information", "Siti Rahmah", "person")]),
    # "Alhaji" and "Engr" are courtesy words, like "Mr": the name is without them.
    ("The state chairman of the governing party, Alhaji Musiliu Olanrewaju, told reporters that "
     "the party was not worried about the outcome of the case.",
     [("that the party was not worried", "Musiliu Olanrewaju", "person")]),
    ("Engr Chukwudi Okafor said the bridge was \"structurally unsound and must be closed\".",
     [("structurally unsound", "Chukwudi Okafor", "person")]),
])
def test_a_courtesy_word_is_no_part_of_the_name(pipeline: Pipeline, body: str,
                                                expected: list[Expected]) -> None:
    """``Madam X``, ``Alhaji X``, ``Engr X`` speak as the person ``X``."""
    check(pipeline, body, expected)


@pytest.mark.parametrize(("body", "person"), [
    # "SAN" set off by commas was an organisation of its own, a speaker for a later "he".
    ("Counsel to the governor, Chief Adekunle Ogunbiyi, SAN, said the petitioner had failed "
     "to call a single agent.\nHe said the petition was \"dead on arrival\".",
     "Adekunle Ogunbiyi"),
    ("But counsel to INEC, Mr Abdulrahman Yusuf-Bello, SAN, urged the tribunal to dismiss the "
     "petition, describing it as \"speculative and lacking in merit.\"", "Abdulrahman Yusuf-Bello"),
])
def test_senior_counsel_s_letters_are_no_organisation(pipeline: Pipeline, body: str,
                                                     person: str) -> None:
    """``X, SAN, said``: the person X is named, and ``SAN`` is no entity."""
    names = {e.name: e.type for e in pipeline.enrich(RawArticle(id="t", text=body)).entities}
    assert names.get(person) == "PERSON", names
    assert "SAN" not in names, names


@pytest.mark.parametrize(("body", "expected"), [
    # The parse heads the subject on "Professor" and hangs the name on it as an apposition,
    # with no comma: the speaker was "Associate Professor", and "he" went to Grab.
    ("Grab said in a statement that it had capped surge pricing in the affected areas.\n"
     "Associate Professor Raymond Koh of the Nanyang Technological University's School of "
     "Civil and Environmental Engineering said that power faults were among the hardest to "
     "isolate quickly on an older line.\n\"The East-West Line is nearly 40 years old,\" he "
     "said.",
     [("that power faults were among", "Raymond Koh", "person"),
      ("The East-West Line is nearly", "Raymond Koh", "person")]),
])
def test_a_name_right_after_its_title_speaks(pipeline: Pipeline, body: str,
                                             expected: list[Expected]) -> None:
    """``Associate Professor X of Y said ... he said``: X both times, not the title."""
    check(pipeline, body, expected)


@pytest.mark.parametrize(("body", "expected"), [
    # The model saw no name; the name set off beside the role heading the subject speaks.
    ("Khyber Pakhtunkhwa's health adviser, Dr Arshad Mahmood Yousafzai, said the provincial "
     "government had directed hospitals to continue treatment for Afghan patients free of "
     "charge until the border reopened.",
     [("the provincial government had directed", "Arshad Mahmood Yousafzai", "person")]),
    # An office with a list of portfolios before the name: the model took them into it.
    ("Speaking separately, Minister of Economy, Trade and Industry Kenji Morishita told "
     "reporters on Tuesday that the government would decide on additional support \"after "
     "carefully examining the company's progress.\"",
     [("after carefully examining", "Kenji Morishita", "person")]),
])
def test_a_name_the_model_missed_beside_an_office_speaks(pipeline: Pipeline, body: str,
                                                         expected: list[Expected]) -> None:
    """``X's health adviser, Dr A B C, said`` and ``Minister of P, Q and R A B told``: the
    person, not nobody or the office's words."""
    check(pipeline, body, expected)


@pytest.mark.parametrize(("body", "expected"), [
    # The parse hangs "a doctor" on the hospital as an apposition: the hospital is where the
    # doctor works, not the doctor's name.
    ("At Kenyatta National Hospital, a doctor who asked not to be named because she was not "
     "authorised to speak to the media said 17 people had been treated for injuries, most of "
     "them from rubber bullets.",
     [("17 people had been treated", "doctor", "group")]),
    # Guard: a name the noun follows as the subject is its name.
    ("Bernie Sanders, her rival, said the plan was \"a gift to Wall Street\".",
     [("a gift to Wall Street", "Bernie Sanders", "person")]),
])
def test_a_fronted_place_is_no_name_of_the_noun_after_it(pipeline: Pipeline, body: str,
                                                         expected: list[Expected]) -> None:
    """``At X Hospital, a doctor ... said``: the doctor speaks, not the hospital."""
    check(pipeline, body, expected)
