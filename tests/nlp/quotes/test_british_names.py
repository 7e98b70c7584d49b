"""Issue 14 (round fifteen, uk31): British and Irish news writes a title or honorific with
no full stop before a name (``Mr Dylan Parry-Hughes``, ``Prof Helen Marchant``) and sets a
role off by commas before it (``At Bangor, the senior coroner, Mr X, said``); the parse
often hangs both on a place fronted before them (real model).

Texts are written for these tests, in British and Irish news phrasing.
"""

from __future__ import annotations

import pytest

from newswire.nlp.pipeline import Pipeline
from tests.nlp.quotes.test_resolution import Expected, check


@pytest.mark.parametrize(("body", "expected"), [
    # The name's mention starts after "Prof"/"Mr": the comma before the honorific was missed,
    # so the name was no subject and "she"/"he" went to someone named earlier.
    ("Dr Ruth Ellery said the trust had no choice. At Bangor, the vice-chancellor, Prof "
     "Carys Llewelyn-Pugh, told staff in an email that the cuts were needed. The email was "
     "sent on Monday. She later said the decision had been the hardest of her career.",
     [("the decision had been the hardest", "Carys Llewelyn-Pugh", "person")]),
    ("Owen Pryce, 19, died in March when he fell from a ridge. Recording a narrative "
     "conclusion at Ruthin, the senior coroner for North Wales, Mr Idris Ap-Thomas, said the "
     "firm had ignored warnings. ‘Nobody listened,’ he said.",
     [("Nobody listened", "Idris Ap-Thomas", "person")]),
])
def test_a_titled_name_set_off_before_a_subjectless_verb_is_its_subject(
        pipeline: Pipeline, body: str, expected: list[Expected]) -> None:
    """``, Prof Carys Llewelyn-Pugh, told``: the subject, so the next ``she`` is her."""
    check(pipeline, body, expected)


@pytest.mark.parametrize(("body", "expected"), [
    # The role hung on the place before it: "the coroner" went to the place (Ruthin).
    ("Owen Pryce, 19, died in March when he fell from a ridge. Recording a narrative "
     "conclusion at Ruthin, the senior coroner for North Wales, Mr Idris Ap-Thomas, said the "
     "firm had ignored warnings. The firm's director, Mr Alan Vickery, gave evidence. The "
     "coroner said he found Mr Vickery an honest witness.",
     [("he found Mr Vickery an honest witness", "Idris Ap-Thomas", "person")]),
    # Guard: a role in a phrase that does not open after a comma is no title of the name.
    ("Speaking to the judge, Aled Morgan said he had been at home that night.",
     [("he had been at home that night", "Aled Morgan", "person")]),
])
def test_a_role_set_off_before_a_titled_name_is_that_persons(
        pipeline: Pipeline, body: str, expected: list[Expected]) -> None:
    """``at Ruthin, the senior coroner ..., Mr Idris Ap-Thomas,``: his role, not Ruthin's."""
    check(pipeline, body, expected)


@pytest.mark.parametrize(("body", "expected"), [
    # "Aoife" is no first name of the short list: "Aoife Brannigan" stayed an organisation
    # and "She" went to the Taoiseach; "Ms Brannigan" was a name of its own.
    ("The Taoiseach rejected the criticism, and he said numbers were up. The Labour Party's "
     "Aoife Brannigan said the problem went beyond numbers. She said the Government had "
     "ignored warnings from the authority. \"They were told,\" Ms Brannigan said.",
     [("the Government had ignored warnings", "Aoife Brannigan", "person"),
      ("They were told", "Aoife Brannigan", "person")]),
    # Guard: a spokeswoman for a department is not the party member named next.
    ("A spokeswoman for the Department of Health later said the Government would \"set out "
     "further measures\" soon.\n\nThe Labour Party's Aoife Brannigan said the problem went "
     "beyond numbers. \"They were told,\" Ms Brannigan said.",
     [("set out further measures", "spokeswoman for the Department of Health", "group")]),
])
def test_a_first_name_of_the_wider_table_makes_a_person(
        pipeline: Pipeline, body: str, expected: list[Expected]) -> None:
    """``Aoife Brannigan`` beside ``Ms Brannigan``: a person, so ``She`` is her."""
    check(pipeline, body, expected)


@pytest.mark.parametrize(("body", "expected"), [
    # "Seán", "Siobhán" had no gender: "he" took the last subject, Keane.
    ("Seán Dolan, a farmer, and Siobhán Keane, a teacher, spoke at the meeting in Galway on "
     "Monday. Keane said the plan was flawed. 'We were ignored for years,' he said.",
     [("We were ignored for years", "Seán Dolan", "person")]),
])
def test_an_accented_first_name_has_its_gender(pipeline: Pipeline, body: str,
                                               expected: list[Expected]) -> None:
    """``Seán``, ``Siobhán``: the table's ``Sean``, ``Siobhan``, so ``he`` skips Keane."""
    check(pipeline, body, expected)


@pytest.mark.parametrize(("body", "expected"), [
    # The model types "Pádraig Dolan TD" an organisation: the letters stayed in the name and
    # "Mr Dolan" was a name of its own.
    ("Pádraig Dolan TD said the Government had lost control. ‘This is a disgrace,’ Mr Dolan "
     "said.",
     [("the Government had lost control", "Pádraig Dolan", "person"),
      ("This is a disgrace", "Pádraig Dolan", "person")]),
    # Irish offices and police ranks written without full stops are titles, not names.
    ("Taoiseach Micheál Martin said the budget would help families. The Taoiseach told the "
     "Dáil it was 'a fair budget'.",
     [("the budget would help families", "Micheál Martin", "person"),
      ("it was 'a fair budget", "Micheál Martin", "person")]),
    ("Det Insp Mark Hale said the investigation was continuing.",
     [("the investigation was continuing", "Mark Hale", "person")]),
    # Guard: a club's or a bank's letters make no person.
    ("Orlando City SC said the coach had left the club. TD Securities said rates would fall.",
     [("the coach had left the club", "Orlando City SC", "organization"),
      ("rates would fall", "TD Securities", "organization")]),
])
def test_letters_and_titles_around_irish_and_british_names(
        pipeline: Pipeline, body: str, expected: list[Expected]) -> None:
    """``Pádraig Dolan TD``, ``Taoiseach Micheál Martin``, ``Det Insp Mark Hale``: the person."""
    check(pipeline, body, expected)
