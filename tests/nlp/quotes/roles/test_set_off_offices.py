"""The person set off after a capitalised office the parse heads on its last word holds it
(``quotes/set_off_offices.py``; real model, sentences written for these tests after a tuning
article's shape)."""

from __future__ import annotations

import pytest

from newswire.nlp.pipeline import Pipeline
from tests.nlp.quotes.test_resolution import Expected, check


@pytest.mark.parametrize(("body", "expected"), [
    ("B.C.’s Minister of Emergency Management and Climate Readiness, Devika Sorensen-Achara, "
     "said the government accepted all 41 recommendations in principle.",
     [("the government accepted all 41 recommendations", "Devika Sorensen-Achara", "person")]),
    ("The Minister of Emergency Management and Climate Readiness, Devika Sorensen-Achara, "
     "said the government accepted all 41 recommendations.",
     [("the government accepted all 41 recommendations", "Devika Sorensen-Achara", "person")]),
    # A courtesy title the model leaves out of the name (folded from enfound40's rule).
    ("The State Minister for Rural Roads, Dr Samuel Okello Mugisha, told reporters that the "
     "ministry was doing everything possible to fix the bridges.",
     [("that the ministry was doing everything possible to fix the bridges",
       "Samuel Okello Mugisha", "person")]),
    # An office the parse already heads on its role noun is unchanged.
    ("Ontario's Minister of Health, Sylvia Jones, said the province would act.",
     [("the province would act", "Sylvia Jones", "person")]),
])
def test_the_person_set_off_after_an_office_holds_it(pipeline: Pipeline, body: str,
                                                     expected: list[Expected]) -> None:
    """``Minister of X and Y, Name, said``: the name, not the office's last word, speaks."""
    check(pipeline, body, expected)


@pytest.mark.parametrize(("body", "expected"), [
    ("The Minister for Agriculture, Food and the Marine, Martin Heydon, said the scheme would "
     "“protect family farms”. He said payments would begin in March.",
     [("payments would begin in March", "Martin Heydon", "person")]),
    ("Reached for comment, the Kisumu County Executive Committee Member for Health, Dr "
     "Millicent Adhiambo-Were, said the delays were caused by late disbursement. “We are not "
     "withholding salaries deliberately,” she said.",
     [("We are not withholding salaries", "Millicent Adhiambo-Were", "person")]),
    ("B.C.’s Minister of Emergency Management and Climate Readiness, Devika Sorensen-Achara, "
     "told reporters the plan was on track. She said crews would be ready by June.",
     [("crews would be ready by June", "Devika Sorensen-Achara", "person")]),
    # The subject keeps its place: another office named in its clause is not whom "she" is.
    ("The Deputy Premier, Lisa Moreau, told reporters that the Minister of Health would visit "
     "the hospital on Friday. “We are listening to the nurses,” she said.",
     [("We are listening to the nurses", "Lisa Moreau", "person")]),
    # Guards: a name set off before the office, a title after the name, a name never set off.
    ("Martin Heydon, the Minister for Agriculture, said the scheme would work. He said "
     "payments would begin in March.",
     [("payments would begin in March", "Martin Heydon", "person")]),
    ("Health Minister Mark Holland said the deal was “a good one for patients”. He said talks "
     "would go on.",
     [("talks would go on", "Mark Holland", "person")]),
    ("Senator Tanya Ross said the bill was flawed. The Minister for Finance said he would not "
     "comment. He said the budget was balanced.",
     [("the budget was balanced", "Minister", "person")]),
])
def test_a_pronoun_after_a_set_off_office_finds_its_holder(
        pipeline: Pipeline, body: str, expected: list[Expected]) -> None:
    """``The Minister for X, Name, said ... He said``: the pronoun finds the name."""
    check(pipeline, body, expected)


@pytest.mark.parametrize(("body", "expected"), [
    # Welsh government copy: the model reads "Housing, Rhodri Price" one organisation.
    ("The Cabinet Secretary for Housing, Rhodri Price, said in a statement that councils had "
     "new duties. He said ministers would “not hesitate” to act.",
     [("ministers would “not hesitate” to act", "Rhodri Price", "person")]),
    # Scottish public-body copy: a Gaelic particle name, hung by the parse on the place.
    ("NatureScot's area manager for Skye and Lochalsh, Dr Catriona Mac an t-Sagairt, told the "
     "meeting the agency recognised the “real distress” of crofters. “We hear you,” she said.",
     [("We hear you", "Catriona Mac an t-Sagairt", "person")]),
    # Guards: a court report's counsel with a courtesy title and letters (read as before),
    # a second person with her own cue, a name the model tags right, no person set off.
    ("Counsel for the residents, Mr Eoin Ó Cathasaigh SC, had argued that the board ignored "
     "the law. He told the court the decision was “plainly unlawful”.",
     [("plainly unlawful", "Eoin Ó Cathasaigh", "person")]),
    ("The Cabinet Secretary for Housing, Rhodri Price, said councils had new duties. "
     "Opposition spokeswoman Delyth Evans said the plan was late. “It is too little,” she "
     "said.",
     [("It is too little", "Delyth Evans", "person")]),
    ("The bank's chief economist, Dr Lena Farrow, said the outlook was fragile. “We are not "
     "out of the woods,” she said.",
     [("We are not out of the woods", "Lena Farrow", "person")]),
    ("The chair of the festival, Gŵyl Cerdd Dant, did not comment. Its director said ticket "
     "sales were “better than ever”.",
     [("better than ever", "director", "person")]),
])
def test_a_mistagged_holder_set_off_after_an_office_holds_it(
        pipeline: Pipeline, body: str, expected: list[Expected]) -> None:
    """``The Cabinet Secretary for X, Name, said``, the model's tags missing the name: the
    article's person holds the office for the quote and for the ``he``/``she`` after it."""
    check(pipeline, body, expected)


@pytest.mark.parametrize(("body", "expected"), [
    # Ghanaian police copy: a rank before the name the model leaves out of the person.
    ("The Divisional Police Commander, Chief Superintendent Kwesi Boateng-Addo, said three "
     "suspects had been arrested after the match.",
     [("three suspects had been arrested", "Kwesi Boateng-Addo", "person")]),
    # Nigerian army copy: a general's rank, two words, after the office (passes on base55:
    # the model tags the rank into the person there).
    ("The Army's Director of Public Relations, Brigadier General Onyema Nwachukwu-Eze, said "
     "the troops had repelled the attack.",
     [("the troops had repelled the attack", "Onyema Nwachukwu-Eze", "person")]),
    # Guards: a rank with no office before it, a courtesy title set off (read as before), a
    # second ranked person with no quote, a name set off after a lower-case office.
    ("Chief Inspector Gifty Owusu said investigations were ongoing. The Regional Commander, "
     "Ebenezer Tetteh, said patrols would be stepped up.",
     [("investigations were ongoing", "Gifty Owusu", "person"),
      ("patrols would be stepped up", "Ebenezer Tetteh", "person")]),
    ("The Deputy Commissioner of Police, Mr Daniel Kiprono, said the officers had acted "
     "lawfully. Her deputy, Inspector Tunde Bakare, declined to comment.",
     [("the officers had acted lawfully", "Daniel Kiprono", "person")]),
])
def test_a_rank_before_a_set_off_holder_is_stepped_over(
        pipeline: Pipeline, body: str, expected: list[Expected]) -> None:
    """``The Police Commander, Chief Superintendent Name, said``: the name, not the office."""
    check(pipeline, body, expected)
